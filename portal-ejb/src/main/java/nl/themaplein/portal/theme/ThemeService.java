package nl.themaplein.portal.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.error.DuplicateException;
import nl.themaplein.portal.error.NoSuchEntityException;
import nl.themaplein.portal.library.LibraryMessages;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.library.OrganisationAccess;
import nl.themaplein.portal.setup.DatabaseMigrations;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.text.TextInput;

/** The themes: the shared list and what each organisation adds, in their display order. */
@ApplicationScoped
@Transactional
public class ThemeService {

    private static final Logger LOG = Logger.getLogger(ThemeService.class.getName());

    @PersistenceContext(unitName = DatabaseMigrations.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For the container. */
    public ThemeService() {}

    /** Outside a container (tests, tools): with an entity manager of one's own. */
    public ThemeService(EntityManager em) {
        this.em = em;
    }

    /** The themes every organisation shows. */
    public List<Theme> sharedThemes() {
        return em.createNamedQuery(Theme.FIND_SHARED, Theme.class).getResultList();
    }

    /** The shared themes plus those the organisation added, in display order. */
    public List<Theme> themesOf(Organisation organisation) {
        return em.createNamedQuery(Theme.FIND_VISIBLE_TO, Theme.class)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    public Optional<Theme> findTheme(String code) {
        return em.createNamedQuery(Theme.FIND_BY_CODE, Theme.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Theme getTheme(String code) {
        return findTheme(code).orElseThrow(() -> new NoSuchEntityException("theme", code));
    }

    /** Saves a new theme. */
    public Theme create(Theme theme) {
        em.persist(theme);
        LOG.log(
                Level.INFO,
                "Theme {0} created ({1})",
                new Object[] {
                    theme.getCode(),
                    theme.isShared() ? "shared" : "owned by " + theme.getOrganisation().getCode()
                });
        return theme;
    }

    // --- Themes kept by staff and admins (issue 3, slice C).

    /** A theme as typed: name and introduction in Dutch and English. */
    public record ThemeText(String nameNl, String nameEn, String introNl, String introEn) {}

    /** Every theme: the shared ones first, then each organisation's, in display order. */
    public List<Theme> allThemes() {
        return em.createQuery("SELECT t FROM Theme t", Theme.class).getResultList().stream()
                .sorted(
                        java.util.Comparator.comparing(
                                        (Theme t) ->
                                                t.isShared() ? "" : t.getOrganisation().getName())
                                .thenComparing(Theme::getSortOrder)
                                .thenComparing(Theme::getCode))
                .toList();
    }

    /** The themes an organisation added itself (without the shared ones). */
    public List<Theme> ownThemes(Organisation organisation) {
        return em.createQuery(
                        "SELECT t FROM Theme t WHERE t.organisation = :organisation"
                                + " ORDER BY t.sortOrder, t.code",
                        Theme.class)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    /**
     * A new theme of an organisation (staff of it, or an admin), or a shared one ({@code
     * organisation} null, admins only). Its code is made from the Dutch name.
     */
    public Theme createTheme(long accountId, Organisation organisation, ThemeText text) {
        OrganisationAccess access = new OrganisationAccess(em);
        if (organisation == null) {
            access.requireAdmin(accountId, "shared themes");
        } else {
            access.requireManager(accountId, organisation);
        }
        ThemeText checked = checked(text);
        requireNameFree(organisation, checked, null);
        Theme theme = new Theme(freeCode(checked.nameNl()), organisation, nextSortOrder());
        apply(theme, checked);
        em.persist(theme);
        LOG.log(
                Level.INFO,
                "Theme {0} created by account {1}",
                new Object[] {theme.getCode(), accountId});
        return theme;
    }

    /** Changes the texts of a theme; shared themes only by admins. */
    public Theme updateTheme(long accountId, String code, ThemeText text) {
        Theme theme = getTheme(code);
        OrganisationAccess access = new OrganisationAccess(em);
        if (theme.isShared()) {
            access.requireAdmin(accountId, "shared themes");
        } else {
            access.requireManager(accountId, theme.getOrganisation());
        }
        ThemeText checked = checked(text);
        requireNameFree(theme.getOrganisation(), checked, theme);
        apply(theme, checked);
        LOG.log(Level.INFO, "Theme {0} changed by account {1}", new Object[] {code, accountId});
        return theme;
    }

    /** A code from a name: lower-case ASCII letters and digits in hyphenated words. */
    static String codeFrom(String name) {
        String ascii =
                Normalizer.normalize(name, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-+|-+$", "");
        if (ascii.length() > Theme.CODE_MAX - 4) {
            ascii = ascii.substring(0, Theme.CODE_MAX - 4).replaceAll("-+$", "");
        }
        return ascii.isEmpty() ? "thema" : ascii;
    }

    private String freeCode(String name) {
        String base = codeFrom(name);
        String code = base;
        for (int i = 2; findTheme(code).isPresent(); i++) {
            code = base + "-" + i;
        }
        return code;
    }

    private int nextSortOrder() {
        Integer max =
                em.createQuery("SELECT MAX(t.sortOrder) FROM Theme t", Integer.class)
                        .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private void requireNameFree(Organisation organisation, ThemeText text, Theme self) {
        List<Theme> visible = organisation == null ? allThemes() : themesOf(organisation);
        for (Theme other : visible) {
            if (other != self
                    && (other.getName(Language.NL).equalsIgnoreCase(text.nameNl())
                            || other.getName(Language.EN).equalsIgnoreCase(text.nameEn()))) {
                throw new DuplicateException("nameNl", LibraryMessages.THEME_NAME_TAKEN);
            }
        }
    }

    private static ThemeText checked(ThemeText text) {
        return new ThemeText(
                TextInput.singleLine("nameNl", text.nameNl(), Theme.NAME_MAX),
                TextInput.singleLine("nameEn", text.nameEn(), Theme.NAME_MAX),
                TextInput.multiLine("introNl", text.introNl(), Theme.INTRO_MAX),
                TextInput.multiLine("introEn", text.introEn(), Theme.INTRO_MAX));
    }

    private static void apply(Theme theme, ThemeText text) {
        theme.setName(text.nameNl(), text.nameEn());
        theme.setIntro(text.introNl(), text.introEn());
    }
}
