package nl.themaplein.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.account.AccountDeleting;
import nl.themaplein.portal.setup.DatabaseMigrations;

/**
 * Writes and reads the audit log. Writing joins the caller's transaction, so an entry exists
 * exactly when the change it records was committed. Reading is for ADMIN only; the pages and
 * endpoints check that.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    /** Largest page of entries. */
    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = DatabaseMigrations.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For the container. */
    public AuditLog() {}

    /** Outside a container (tests, tools): with an entity manager of one's own. */
    public AuditLog(EntityManager em) {
        this.em = em;
    }

    /**
     * Records an entry.
     *
     * @param actorId who acted, null for the system
     * @param organisationId where, null when no one organisation
     * @param subjectId whom it concerns, null for nobody in particular
     * @param details short text without names or addresses; cut at {@link AuditEvent#DETAILS_MAX}
     */
    public AuditEvent record(
            Long actorId, AuditAction action, Long organisationId, Long subjectId, String details) {
        String text =
                details == null || details.length() <= AuditEvent.DETAILS_MAX
                        ? details
                        : details.substring(0, AuditEvent.DETAILS_MAX);
        AuditEvent event =
                new AuditEvent(Instant.now(), actorId, action, organisationId, subjectId, text);
        em.persist(event);
        LOG.log(
                Level.FINE,
                "Audit: account {0} {1} in organisation {2} about account {3}",
                new Object[] {actorId, action, organisationId, subjectId});
        return event;
    }

    /** One page of entries, newest first, optionally of one organisation and one action. */
    public AuditPage page(Long organisationId, AuditAction action, int page, int size) {
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 1);
        String where = where(organisationId, action);

        TypedQuery<Long> count =
                em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
        TypedQuery<AuditEvent> entries =
                em.createQuery(
                        "SELECT e FROM AuditEvent e"
                                + where
                                + " ORDER BY e.occurredAt DESC, e.id DESC",
                        AuditEvent.class);
        bind(count, organisationId, action);
        bind(entries, organisationId, action);

        List<AuditEvent> found =
                entries.setFirstResult((pageNumber - 1) * pageSize)
                        .setMaxResults(pageSize)
                        .getResultList();
        return new AuditPage(found, count.getSingleResult(), pageNumber, pageSize);
    }

    /** Every entry that names the account as actor or subject, oldest first (for the export). */
    public List<AuditEvent> about(long accountId) {
        return em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.actorAccountId = :id"
                                + " OR e.subjectAccountId = :id ORDER BY e.occurredAt, e.id",
                        AuditEvent.class)
                .setParameter("id", accountId)
                .getResultList();
    }

    /** The display names of those of {@code ids} that still exist, by id. */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery(
                        "SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    /**
     * Keeps the entries of an account that is being deleted, without it: its id is cleared and the
     * entry says that a deleted account acted or was acted on.
     */
    void anonymise(@Observes AccountDeleting deleting) {
        int actor =
                em.createQuery(
                                "UPDATE AuditEvent e SET e.actorAccountId = NULL,"
                                        + " e.actorDeleted = TRUE WHERE e.actorAccountId = :id")
                        .setParameter("id", deleting.accountId())
                        .executeUpdate();
        int subject =
                em.createQuery(
                                "UPDATE AuditEvent e SET e.subjectAccountId = NULL,"
                                        + " e.subjectDeleted = TRUE WHERE e.subjectAccountId = :id")
                        .setParameter("id", deleting.accountId())
                        .executeUpdate();
        LOG.log(
                Level.INFO,
                "Audit entries of deleted account {0} anonymised: {1} as actor, {2} as subject",
                new Object[] {deleting.accountId(), actor, subject});
    }

    /** Records the deletion itself: actor and subject are the deleted account, shown as such. */
    public void recordDeletion() {
        AuditEvent event =
                new AuditEvent(Instant.now(), null, AuditAction.ACCOUNT_DELETED, null, null, null);
        event.byDeletedAccount();
        em.persist(event);
    }

    private static String where(Long organisationId, AuditAction action) {
        StringBuilder where = new StringBuilder();
        if (organisationId != null) {
            where.append(" WHERE e.organisationId = :organisation");
        }
        if (action != null) {
            where.append(where.isEmpty() ? " WHERE" : " AND").append(" e.action = :action");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Long organisationId, AuditAction action) {
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        if (action != null) {
            query.setParameter("action", action);
        }
    }
}
