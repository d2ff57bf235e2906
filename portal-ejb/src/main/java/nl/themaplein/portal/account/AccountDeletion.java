package nl.themaplein.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.audit.AuditLog;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.setup.DatabaseMigrations;

/**
 * "Delete my account": after the member re-entered the password, removes the account with its
 * roles, themes and (through {@link AccountDeleting} observers) consents and whatever else other
 * parts keep, and anonymises what the member contributed. All in one transaction: an observer that
 * fails leaves the account as it was. The address is free for a new sign-up afterwards.
 */
@ApplicationScoped
@Transactional
public class AccountDeletion {

    private static final Logger LOG = Logger.getLogger(AccountDeletion.class.getName());

    /** Message key: the password given to confirm a deletion is wrong. */
    public static final String WRONG_PASSWORD = "privacy.delete.wrongPassword";

    @PersistenceContext(unitName = DatabaseMigrations.PERSISTENCE_UNIT)
    private EntityManager em;

    @Inject private PasswordHasher hasher;
    @Inject private AuditLog audit;
    @Inject private Event<AccountDeleting> deleting;
    @Inject private Event<AccountDeleted> deleted;

    /**
     * Deletes the account when {@code password} is its password.
     *
     * @throws InvalidInputException on field {@code password} when it is not
     */
    public void delete(long accountId, String password) {
        Account account = em.find(Account.class, accountId);
        if (account == null
                || password == null
                || password.length() > PasswordHasher.MAX_LENGTH
                || !hasher.verify(password, account.getPasswordHash())) {
            LOG.log(Level.INFO, "Deletion of account {0} refused: wrong password", accountId);
            throw new InvalidInputException("password", WRONG_PASSWORD);
        }

        deleting.fire(new AccountDeleting(accountId));
        em.remove(account);
        em.flush();
        deleted.fire(new AccountDeleted(accountId));
        audit.recordDeletion();

        LOG.log(Level.INFO, "Account {0} deleted with its personal data", accountId);
    }
}
