package nl.themaplein.portal.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.text.Language;

/**
 * A theme members can be curious about (digital skills, health, money and work …), with a name and
 * an introduction in Dutch and English. Shared themes belong to no organisation and every
 * organisation shows them; an organisation can add its own. The code is unique across the
 * installation: URLs and the search index ({@code SolrFields.THEME}) use it.
 */
@Entity
@Table(name = "theme")
@NamedQuery(
        name = Theme.FIND_VISIBLE_TO,
        query =
                "SELECT t FROM Theme t WHERE t.organisation IS NULL OR t.organisation ="
                        + " :organisation ORDER BY t.sortOrder, t.code")
@NamedQuery(
        name = Theme.FIND_SHARED,
        query = "SELECT t FROM Theme t WHERE t.organisation IS NULL ORDER BY t.sortOrder, t.code")
@NamedQuery(name = Theme.FIND_BY_CODE, query = "SELECT t FROM Theme t WHERE t.code = :code")
public class Theme {

    public static final String FIND_VISIBLE_TO = "Theme.findVisibleTo";
    public static final String FIND_SHARED = "Theme.findShared";
    public static final String FIND_BY_CODE = "Theme.findByCode";

    public static final int CODE_MAX = 60;
    public static final int NAME_MAX = 100;
    public static final int INTRO_MAX = 2000;

    @Id
    @SequenceGenerator(name = "theme_seq", sequenceName = "theme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "theme_seq")
    private Long id;

    @Version private int version;

    @NotNull
    @Size(max = CODE_MAX)
    @Column(name = "code", nullable = false, length = CODE_MAX, updatable = false)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @NotNull
    @Size(max = NAME_MAX)
    @Column(name = "name_nl", nullable = false, length = NAME_MAX)
    private String nameNl;

    @NotNull
    @Size(max = NAME_MAX)
    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @NotNull
    @Size(max = INTRO_MAX)
    @Column(name = "intro_nl", nullable = false, length = INTRO_MAX)
    private String introNl;

    @NotNull
    @Size(max = INTRO_MAX)
    @Column(name = "intro_en", nullable = false, length = INTRO_MAX)
    private String introEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Theme() {}

    /** A theme; {@code organisation} null makes it shared by all organisations. */
    public Theme(String code, Organisation organisation, int sortOrder) {
        this.code = code;
        this.organisation = organisation;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** The organisation that added this theme; null for a shared theme. */
    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isShared() {
        return organisation == null;
    }

    public String getName(Language language) {
        return language == Language.EN ? nameEn : nameNl;
    }

    public String getIntro(Language language) {
        return language == Language.EN ? introEn : introNl;
    }

    /** Sets the name in Dutch and English. */
    public void setName(String dutch, String english) {
        this.nameNl = dutch;
        this.nameEn = english;
    }

    /** Sets the introduction in Dutch and English (plain text). */
    public void setIntro(String dutch, String english) {
        this.introNl = dutch;
        this.introEn = english;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    @Override
    public String toString() {
        return "Theme[" + code + "]";
    }
}
