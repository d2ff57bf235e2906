package nl.themaplein.portal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.account.AccountDeleting;
import nl.themaplein.portal.audit.AuditAction;
import nl.themaplein.portal.audit.AuditLog;
import nl.themaplein.portal.setup.DatabaseMigrations;

/**
 * Consents per purpose. Nothing is consented by default; every change is kept with its moment, so
 * the history shows what the member agreed to when. Later features ask {@link #hasConsent} before
 * they use loans, send newsletters or show a name.
 */
@ApplicationScoped
@Transactional
public class ConsentService {

    private static final Logger LOG = Logger.getLogger(ConsentService.class.getName());

    @PersistenceContext(unitName = DatabaseMigrations.PERSISTENCE_UNIT)
    private EntityManager em;

    @Inject private AuditLog audit;

    /** For the container. */
    public ConsentService() {}

    /** Outside a container (tests, tools). */
    public ConsentService(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    /** Whether the member consents to the purpose now. */
    public boolean hasConsent(long accountId, ConsentPurpose purpose) {
        return current(accountId).get(purpose).granted();
    }

    /** The state of every purpose, in the enum's order. */
    public Map<ConsentPurpose, Consent> current(long accountId) {
        Map<ConsentPurpose, Consent> state = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            state.put(purpose, new Consent(purpose, false, null));
        }
        for (ConsentChange change : history(accountId)) {
            state.put(
                    change.getPurpose(),
                    new Consent(change.getPurpose(), change.isGranted(), change.getChangedAt()));
        }
        return state;
    }

    /** Every change, oldest first. */
    public List<ConsentChange> history(long accountId) {
        return em.createQuery(
                        "SELECT c FROM ConsentChange c WHERE c.accountId = :account"
                                + " ORDER BY c.changedAt, c.id",
                        ConsentChange.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /**
     * Sets the purposes named in {@code wanted}; purposes left out stay as they are. Only real
     * changes are recorded (and written to the audit log, the member as actor).
     *
     * @return the purposes that changed
     */
    public List<ConsentPurpose> change(long accountId, Map<ConsentPurpose, Boolean> wanted) {
        Map<ConsentPurpose, Consent> now = current(accountId);
        Instant at = Instant.now();
        List<ConsentPurpose> changed = new ArrayList<>();
        for (Map.Entry<ConsentPurpose, Boolean> entry : wanted.entrySet()) {
            if (entry.getValue() != null && now.get(entry.getKey()).granted() != entry.getValue()) {
                em.persist(new ConsentChange(accountId, entry.getKey(), entry.getValue(), at));
                audit.record(
                        accountId,
                        AuditAction.CONSENT_CHANGED,
                        null,
                        accountId,
                        entry.getKey() + "=" + entry.getValue());
                changed.add(entry.getKey());
            }
        }
        LOG.log(Level.FINE, "Account {0} changed consents {1}", new Object[] {accountId, changed});
        return changed;
    }

    /** A deleted account's consents go with it (the database would cascade; the cache must too). */
    void forget(@Observes AccountDeleting deleting) {
        em.createQuery("DELETE FROM ConsentChange c WHERE c.accountId = :account")
                .setParameter("account", deleting.accountId())
                .executeUpdate();
    }
}
