package nl.themaplein.portal.library;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A library organisation: one body that runs one or more branches. Several organisations share an
 * installation; roles, owned themes and (later) activities belong to one of them. The code is
 * stable and appears in URLs and in the search index.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.FIND_ALL, query = "SELECT o FROM Organisation o ORDER BY o.name")
@NamedQuery(
        name = Organisation.FIND_BY_CODE,
        query = "SELECT o FROM Organisation o WHERE o.code = :code")
@NamedQuery(name = Organisation.COUNT, query = "SELECT COUNT(o) FROM Organisation o")
public class Organisation {

    public static final String FIND_ALL = "Organisation.findAll";
    public static final String FIND_BY_CODE = "Organisation.findByCode";
    public static final String COUNT = "Organisation.count";

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 200;
    public static final int WEBSITE_MAX = 500;

    @Id
    @SequenceGenerator(
            name = "organisation_seq",
            sequenceName = "organisation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Version private int version;

    @NotNull
    @Size(max = CODE_MAX)
    @Column(name = "code", nullable = false, length = CODE_MAX, updatable = false)
    private String code;

    @NotNull
    @Size(max = NAME_MAX)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = WEBSITE_MAX)
    @Column(name = "website", length = WEBSITE_MAX)
    private String website;

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Branch> branches = new ArrayList<>();

    protected Organisation() {}

    public Organisation(String code, String name, String website) {
        this.code = code;
        this.name = name;
        this.website = website;
    }

    /** Adds a branch to this organisation; it is saved with it. */
    public Branch addBranch(Branch branch) {
        branch.setOrganisation(this);
        branches.add(branch);
        return branch;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<Branch> getBranches() {
        return Collections.unmodifiableList(branches);
    }

    @Override
    public String toString() {
        return "Organisation[" + code + "]";
    }
}
