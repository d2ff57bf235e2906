package nl.themaplein.portal.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.error.NoSuchEntityException;
import nl.themaplein.portal.setup.DatabaseMigrations;

/**
 * Library organisations, their branches and rooms, and whether a branch is open. Reads come with
 * what a page shows loaded (branches, their hours and rooms) in a fixed number of queries.
 */
@ApplicationScoped
@Transactional
public class LibraryService {

    private static final Logger LOG = Logger.getLogger(LibraryService.class.getName());

    @PersistenceContext(unitName = DatabaseMigrations.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For the container. */
    public LibraryService() {}

    /** Outside a container (tests, tools): with an entity manager of one's own. */
    public LibraryService(EntityManager em) {
        this.em = em;
    }

    /**
     * Every organisation by name, with branches, their regular hours and rooms loaded: one query
     * per level (EclipseLink batch reading with IN), however many branches and rooms there are.
     */
    public List<Organisation> organisations() {
        return em.createNamedQuery(Organisation.FIND_ALL, Organisation.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "o.branches")
                .setHint("eclipselink.batch", "o.branches.openingHours")
                .setHint("eclipselink.batch", "o.branches.rooms")
                .setHint("eclipselink.batch", "o.branches.rooms.facilities")
                .getResultList();
    }

    /** The number of organisations; zero on a fresh installation. */
    public long countOrganisations() {
        return em.createNamedQuery(Organisation.COUNT, Long.class).getSingleResult();
    }

    public Optional<Organisation> findOrganisation(String code) {
        return em.createNamedQuery(Organisation.FIND_BY_CODE, Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Organisation getOrganisation(String code) {
        return findOrganisation(code)
                .orElseThrow(() -> new NoSuchEntityException("organisation", code));
    }

    public Optional<Branch> findBranch(String organisationCode, String branchCode) {
        return em.createNamedQuery(Branch.FIND_BY_CODE, Branch.class)
                .setParameter("organisation", organisationCode)
                .setParameter("code", branchCode)
                .getResultStream()
                .findFirst();
    }

    public Branch getBranch(String organisationCode, String branchCode) {
        return findBranch(organisationCode, branchCode)
                .orElseThrow(
                        () ->
                                new NoSuchEntityException(
                                        "branch", organisationCode + "/" + branchCode));
    }

    public Optional<Branch> findBranch(long id) {
        return Optional.ofNullable(em.find(Branch.class, id));
    }

    public Branch getBranch(long id) {
        return findBranch(id).orElseThrow(() -> new NoSuchEntityException("branch", id));
    }

    /** Saves a new organisation with its branches and rooms. */
    public Organisation create(Organisation organisation) {
        em.persist(organisation);
        LOG.log(
                Level.INFO,
                "Library organisation {0} created with {1} branches",
                new Object[] {organisation.getCode(), organisation.getBranches().size()});
        return organisation;
    }

    /** Records other hours (or closure) of a branch on one date. */
    public OpeningException addException(OpeningException exception) {
        em.persist(exception);
        LOG.log(
                Level.INFO,
                "Opening exception on {0} recorded for branch {1}",
                new Object[] {exception.getDate(), exception.getBranch().getCode()});
        return exception;
    }

    /** The special days of a branch from {@code from} to {@code to}, both included. */
    public List<OpeningException> exceptions(Branch branch, LocalDate from, LocalDate to) {
        return em.createNamedQuery(OpeningException.FIND_BETWEEN, OpeningException.class)
                .setParameter("branch", branch)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The opening hours of a branch as they stand on the given dates (with special days). */
    public OpeningHours openingHours(Branch branch, LocalDate from, LocalDate to) {
        List<OpeningHours.SpecialDay> specialDays =
                exceptions(branch, from, to).stream().map(OpeningException::toSpecialDay).toList();
        return OpeningHours.of(branch.getOpeningHours(), specialDays);
    }

    /** Whether the branch is open at that moment, open this evening, and when it opens next. */
    public OpeningStatus openingStatus(long branchId, Instant at) {
        Branch branch = getBranch(branchId);
        LocalDate today = at.atZone(OpeningHours.ZONE).toLocalDate();
        return openingHours(branch, today, today.plusDays(OpeningHours.LOOK_AHEAD_DAYS))
                .statusAt(at);
    }
}
