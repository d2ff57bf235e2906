package nl.themaplein.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.error.DuplicateException;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.error.NoSuchEntityException;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.setup.DatabaseMigrations;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.text.Messages;
import nl.themaplein.portal.text.TextInput;
import nl.themaplein.portal.theme.Theme;

/**
 * Accounts: opening one (the password only ever stored as a slow hash), finding one by e-mail
 * address whatever its case, checking a login, confirming the address and granting roles. Logs name
 * accounts by id, never by address or name.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext(unitName = DatabaseMigrations.PERSISTENCE_UNIT)
    private EntityManager em;

    @Inject private PasswordHasher hasher;

    @Inject private LoginThrottle throttle;

    /** For the container. */
    public AccountService() {}

    /** Outside a container (tests, tools): with an entity manager and hasher of one's own. */
    public AccountService(EntityManager em, PasswordHasher hasher) {
        this(em, hasher, new LoginThrottle());
    }

    /** Outside a container, with a login throttle of one's own. */
    public AccountService(EntityManager em, PasswordHasher hasher, LoginThrottle throttle) {
        this.em = em;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    /**
     * Opens an account after checking every field; it can log in once confirmed.
     *
     * @throws InvalidInputException naming the first field the input policy refuses
     * @throws DuplicateException when an account with that address (in any case) exists
     */
    public Account create(NewAccount request) {
        EmailAddress email = EmailAddress.parse("email", request.email());
        String name =
                TextInput.name("displayName", request.displayName(), Account.DISPLAY_NAME_MAX);
        String password = checkPassword(request.password());
        Branch home = request.homeBranchId() == null ? null : homeBranch(request.homeBranchId());
        Language language = request.language() == null ? Language.NL : request.language();

        if (findByKey(email.key()).isPresent()) {
            throw new DuplicateException("email", Messages.EMAIL_TAKEN);
        }
        Account account =
                new Account(email, name, hasher.hash(password), home, language, Instant.now());
        em.persist(account);
        em.flush();

        LOG.log(Level.INFO, "Account {0} created, awaiting confirmation", account.getId());
        return account;
    }

    /** The account with this address, compared without regard to case; empty for any other text. */
    public Optional<Account> findByEmail(String typed) {
        try {
            return findByKey(EmailAddress.parse("email", typed).key());
        } catch (InvalidInputException notAnAddress) {
            return Optional.empty();
        }
    }

    /** Like {@link #findByEmail}, but an unknown address is an error. */
    public Account getByEmail(String typed) {
        return findByEmail(typed)
                .orElseThrow(() -> new NoSuchEntityException("account", "(by e-mail)"));
    }

    public Optional<Account> findAccount(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Account getAccount(long id) {
        return findAccount(id).orElseThrow(() -> new NoSuchEntityException("account", id));
    }

    /**
     * The account a login names, if the password matches and the address is confirmed. Unknown
     * addresses cost the same hashing time as known ones, so the answer's speed tells nothing. No
     * transaction is held while hashing, so a burst of logins does not exhaust the connections.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> verifyCredentials(String email, String password) {
        return verifyCredentials(email, password, null);
    }

    /**
     * As {@link #verifyCredentials(String, String)}, throttled ({@link LoginThrottle}): after too
     * many failures for the login name, or from the client address (null when unknown), the login
     * is refused without checking, with the same empty answer as a wrong password.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> verifyCredentials(String email, String password, String client) {
        if (!throttle.allows(email, client)) {
            LOG.log(Level.FINE, "Login refused without checking: too many failures");
            return Optional.empty();
        }
        Optional<Account> account = check(email, password);
        if (account.isEmpty()) {
            throttle.failed(email, client);
        } else {
            throttle.succeeded(email);
        }
        return account;
    }

    private Optional<Account> check(String email, String password) {
        if (password == null || password.length() > PasswordHasher.MAX_LENGTH) {
            return Optional.empty();
        }
        Optional<Account> account = findByEmail(email);
        if (account.isEmpty()) {
            hasher.verifyNothing(password);
            return Optional.empty();
        }

        boolean matches = hasher.verify(password, account.get().getPasswordHash());
        if (!matches || !account.get().isConfirmed()) {
            LOG.log(Level.FINE, "Login refused for account {0}", account.get().getId());
            return Optional.empty();
        }
        return account;
    }

    /** Marks the account's address as confirmed (the first time only). */
    public void confirm(long accountId) {
        getAccount(accountId).confirm(Instant.now());
        LOG.log(Level.INFO, "Account {0} confirmed", accountId);
    }

    /**
     * Grants a role in an organisation; a curator names the theme, no other role does. Granting a
     * role the account holds already changes nothing.
     */
    public AccountRole grant(long accountId, Organisation organisation, Role role, Theme theme) {
        Account account = getAccount(accountId);
        Organisation managedOrganisation =
                em.getReference(Organisation.class, organisation.getId());
        Theme managedTheme = theme == null ? null : em.getReference(Theme.class, theme.getId());

        AccountRole grant = account.grant(managedOrganisation, role, managedTheme, Instant.now());
        em.flush();

        LOG.log(
                Level.INFO,
                "Account {0} holds role {1} in organisation {2}",
                new Object[] {accountId, role, organisation.getCode()});
        return grant;
    }

    /** Replaces the themes the member is curious about. */
    public void chooseInterests(long accountId, Collection<Theme> themes) {
        Set<Theme> managed = new HashSet<>();
        themes.forEach(t -> managed.add(em.getReference(Theme.class, t.getId())));
        getAccount(accountId).setInterests(managed);
        LOG.log(
                Level.FINE,
                "Account {0} chose {1} themes",
                new Object[] {accountId, managed.size()});
    }

    /**
     * Takes a role away; revoking a grant that is gone already changes nothing. Who may revoke is
     * checked by the caller ({@code RoleAdministration}).
     *
     * @return the revoked grant, or empty when there was none with this id
     */
    public Optional<AccountRole> revoke(long roleId) {
        AccountRole grant = em.find(AccountRole.class, roleId);
        if (grant == null) {
            return Optional.empty();
        }
        grant.getAccount().revoke(grant);
        em.remove(grant);
        em.flush();
        LOG.log(
                Level.INFO,
                "Account {0} no longer holds role {1} in organisation {2}",
                new Object[] {
                    grant.getAccount().getId(), grant.getRole(), grant.getOrganisation().getCode()
                });
        return Optional.of(grant);
    }

    /**
     * Sets or clears (null) the member number the ILS of the home branch's organisation knows the
     * member by.
     *
     * @throws DuplicateException when another member of that organisation has the number
     */
    public void setMemberNumber(long accountId, String number) {
        Account account = getAccount(accountId);
        String value =
                TextInput.optionalSingleLine("memberNumber", number, Account.MEMBER_NUMBER_MAX)
                        .orElse(null);
        if (value != null && account.getHomeBranch() != null) {
            boolean taken =
                    !em.createQuery(
                                    "SELECT a.id FROM Account a WHERE a.memberOrganisation = :o"
                                            + " AND a.memberNumber = :n AND a.id <> :id",
                                    Long.class)
                            .setParameter("o", account.getHomeBranch().getOrganisation())
                            .setParameter("n", value)
                            .setParameter("id", accountId)
                            .getResultList()
                            .isEmpty();
            if (taken) {
                throw new DuplicateException("memberNumber", MEMBER_NUMBER_TAKEN);
            }
        }
        account.setMemberNumber(value);
        em.flush();
    }

    /** Message key: another member of the organisation has this member number. */
    public static final String MEMBER_NUMBER_TAKEN = "interestImport.memberNumber.taken";

    private Optional<Account> findByKey(String key) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL_KEY, Account.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private Branch homeBranch(long id) {
        Branch branch = em.find(Branch.class, id);
        if (branch == null) {
            throw new InvalidInputException("homeBranch", Messages.NOT_FOUND);
        }
        return branch;
    }

    static String checkPassword(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < PasswordHasher.MIN_LENGTH || length > PasswordHasher.MAX_LENGTH) {
            throw new InvalidInputException(
                    "password",
                    Messages.PASSWORD_LENGTH,
                    PasswordHasher.MIN_LENGTH,
                    PasswordHasher.MAX_LENGTH);
        }
        // Input policy: no C0/C1 control characters (NUL, tab, newline, ...) in a password.
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("password", PASSWORD_CONTROL);
        }
        return password;
    }

    /** Message key: a password with control characters is refused. */
    public static final String PASSWORD_CONTROL = "account.password.control";
}
