package nl.themaplein.portal.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.error.NoSuchEntityException;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.setup.DatabaseMigrations;

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
}
