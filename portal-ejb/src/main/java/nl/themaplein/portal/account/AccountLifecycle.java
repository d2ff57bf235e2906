package nl.themaplein.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.config.ConfigKey;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.mail.MailOutbox;
import nl.themaplein.portal.mail.MailText;
import nl.themaplein.portal.setup.DatabaseMigrations;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.text.Messages;
import nl.themaplein.portal.text.TextInput;
import nl.themaplein.portal.theme.Theme;
import org.eclipse.microprofile.config.Config;

/**
 * What members do with their own account: sign up (and the confirmation mail), confirm the address,
 * ask for and use a password reset, change the profile and the password. Mails go through the
 * {@link MailOutbox} in the same transaction. Nothing here tells a stranger whether an address has
 * an account: a sign-up with a known address answers like a new one (the owner gets a mail), a
 * reset request answers the same for any text and does the same work.
 */
@ApplicationScoped
@Transactional
public class AccountLifecycle {

    private static final Logger LOG = Logger.getLogger(AccountLifecycle.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = DatabaseMigrations.PERSISTENCE_UNIT)
    private EntityManager em;

    @Inject private AccountService accounts;
    @Inject private PasswordHasher hasher;
    @Inject private MailOutbox outbox;
    @Inject private Config config;

    private String baseUrl;

    /** For the container. */
    public AccountLifecycle() {}

    /** Outside a container (tests). */
    public AccountLifecycle(
            EntityManager em,
            AccountService accounts,
            PasswordHasher hasher,
            MailOutbox outbox,
            String baseUrl) {
        this.em = em;
        this.accounts = accounts;
        this.hasher = hasher;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    /**
     * The outcome of step 1 of a sign-up: the new account, or none when the address had one already
     * (the caller shows the same next screen either way).
     */
    public record SignUp(Long accountId) {
        public Optional<Long> newAccount() {
            return Optional.ofNullable(accountId);
        }
    }

    /**
     * Opens an unconfirmed account and queues the confirmation mail; for an address that has an
     * account already, queues a mail to its owner instead and opens nothing.
     *
     * @throws InvalidInputException naming the first field the input policy refuses
     */
    public SignUp signUp(NewAccount request) {
        EmailAddress email = EmailAddress.parse("email", request.email());
        String name =
                TextInput.name("displayName", request.displayName(), Account.DISPLAY_NAME_MAX);
        String password = AccountService.checkPassword(request.password());
        if (request.homeBranchId() == null) {
            throw new InvalidInputException("homeBranch", Messages.REQUIRED);
        }
        if (em.find(Branch.class, request.homeBranchId()) == null) {
            throw new InvalidInputException("homeBranch", Messages.NOT_FOUND);
        }

        Optional<Account> existing = accounts.findByEmail(email.address());
        if (existing.isPresent()) {
            hasher.hash(password); // the same work as a new account, so the timing tells nothing
            Account owner = existing.get();
            outbox.queue(
                    owner.getEmail(),
                    owner.getLanguage(),
                    MailText.format(owner.getLanguage(), "mail.taken.subject"),
                    MailText.format(
                            owner.getLanguage(),
                            "mail.taken.body",
                            owner.getDisplayName(),
                            link("/account/forgot.xhtml"),
                            link("/login.xhtml")));
            LOG.log(
                    Level.INFO,
                    "Sign-up with the address of account {0}; its owner was mailed",
                    owner.getId());
            return new SignUp(null);
        }

        Account account =
                accounts.create(
                        new NewAccount(
                                email.address(),
                                name,
                                password,
                                request.homeBranchId(),
                                request.language()));
        String token = issue(account, TokenPurpose.CONFIRM);
        Language language = account.getLanguage();
        outbox.queue(
                account.getEmail(),
                language,
                MailText.format(language, "mail.confirm.subject"),
                MailText.format(
                        language,
                        "mail.confirm.body",
                        account.getDisplayName(),
                        link("/account/confirm.xhtml?token=" + token),
                        TokenPurpose.CONFIRM.lifetime().toHours()));
        return new SignUp(account.getId());
    }

    /**
     * Step 2 of a sign-up: the themes of a new, still unconfirmed account (codes unknown to the
     * portal are ignored). Does nothing for a confirmed account, so a stale sign-up cannot change
     * an account that is in use.
     */
    public void chooseSignUpThemes(long accountId, Collection<String> themeCodes) {
        Account account = accounts.getAccount(accountId);
        if (account.isConfirmed()) {
            return;
        }
        accounts.chooseInterests(accountId, themes(themeCodes));
    }

    /** Confirms the address the token was mailed to; false for an unknown, used or old token. */
    public boolean confirm(String token) {
        Optional<AccountToken> found = usable(token, TokenPurpose.CONFIRM);
        if (found.isEmpty()) {
            return false;
        }
        found.get().use(Instant.now());
        found.get().getAccount().confirm(Instant.now());
        LOG.log(Level.INFO, "Account {0} confirmed", found.get().getAccount().getId());
        return true;
    }

    /**
     * A reset request for whatever was typed. A known address gets a mail with a single-use link (1
     * hour); anything else gets nothing. Either way the same work is done up to the database write
     * and the caller shows the same answer.
     */
    public void requestReset(String typed) {
        String token = newToken();
        String hash = hash(token);
        Optional<Account> account = accounts.findByEmail(typed);
        if (account.isEmpty()) {
            LOG.log(Level.FINE, "Reset asked for an address without an account");
            return;
        }
        Account owner = account.get();
        em.persist(new AccountToken(owner, TokenPurpose.RESET, hash, Instant.now()));
        outbox.queue(
                owner.getEmail(),
                owner.getLanguage(),
                MailText.format(owner.getLanguage(), "mail.reset.subject"),
                MailText.format(
                        owner.getLanguage(),
                        "mail.reset.body",
                        owner.getDisplayName(),
                        link("/account/reset.xhtml?token=" + token),
                        TokenPurpose.RESET.lifetime().toMinutes()));
        LOG.log(Level.INFO, "Password reset mailed for account {0}", owner.getId());
    }

    /** Whether a reset token can still be used (for the page to say so before any typing). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean resetTokenUsable(String token) {
        return usable(token, TokenPurpose.RESET).isPresent();
    }

    /**
     * Sets a new password with a mailed reset token, which is then used up (as are the account's
     * other reset tokens). Also confirms the address: the link proves its owner read the mail.
     *
     * @throws InvalidInputException {@code password} against the rules, or {@code token} unknown,
     *     used or expired ({@link Messages#TOKEN_INVALID})
     */
    public void resetPassword(String token, String newPassword) {
        String password = AccountService.checkPassword(newPassword);
        AccountToken found =
                usable(token, TokenPurpose.RESET)
                        .orElseThrow(
                                () -> new InvalidInputException("token", Messages.TOKEN_INVALID));
        Account account = found.getAccount();
        Instant now = Instant.now();
        openTokens(account, TokenPurpose.RESET).forEach(t -> t.use(now));
        found.use(now);
        account.setPasswordHash(hasher.hash(password));
        account.confirm(now);
        LOG.log(Level.INFO, "Password of account {0} reset with a mailed link", account.getId());
    }

    /** Changes the profile: name, home branch, language and themes. */
    public void updateProfile(
            long accountId,
            String displayName,
            Long homeBranchId,
            Language language,
            Collection<String> themeCodes) {
        Account account = accounts.getAccount(accountId);
        String name = TextInput.name("displayName", displayName, Account.DISPLAY_NAME_MAX);
        Branch branch = null;
        if (homeBranchId != null) {
            branch = em.find(Branch.class, homeBranchId);
            if (branch == null) {
                throw new InvalidInputException("homeBranch", Messages.NOT_FOUND);
            }
        }
        account.setDisplayName(name);
        account.setHomeBranch(branch);
        account.setLanguage(language == null ? Language.NL : language);
        accounts.chooseInterests(accountId, themes(themeCodes));
        LOG.log(Level.INFO, "Account {0} changed its profile", accountId);
    }

    /**
     * Changes the password after checking the current one.
     *
     * @throws InvalidInputException {@code currentPassword} wrong, or {@code newPassword} against
     *     the rules
     */
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = accounts.getAccount(accountId);
        boolean matches =
                currentPassword != null
                        && currentPassword.length() <= PasswordHasher.MAX_LENGTH
                        && hasher.verify(currentPassword, account.getPasswordHash());
        if (!matches) {
            throw new InvalidInputException("currentPassword", Messages.PASSWORD_WRONG);
        }
        String password;
        try {
            password = AccountService.checkPassword(newPassword);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("newPassword", e.messageKey(), e.arguments().toArray());
        }
        account.setPasswordHash(hasher.hash(password));
        LOG.log(Level.INFO, "Account {0} changed its password", accountId);
    }

    // ---------------------------------------------------------------------------------------------

    private String issue(Account account, TokenPurpose purpose) {
        String token = newToken();
        em.persist(new AccountToken(account, purpose, hash(token), Instant.now()));
        return token;
    }

    private Optional<AccountToken> usable(String token, TokenPurpose purpose) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.FIND_BY_HASH, AccountToken.class)
                .setParameter("hash", hash(token))
                .getResultStream()
                .findFirst()
                .filter(t -> t.usableFor(purpose, Instant.now()));
    }

    private List<AccountToken> openTokens(Account account, TokenPurpose purpose) {
        return em.createNamedQuery(AccountToken.OPEN_OF_ACCOUNT, AccountToken.class)
                .setParameter("account", account.getId())
                .setParameter("purpose", purpose)
                .getResultList();
    }

    private List<Theme> themes(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        List<String> wanted = codes.stream().filter(c -> c != null && c.length() <= 60).toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM Theme t WHERE t.code IN :codes", Theme.class)
                .setParameter("codes", wanted)
                .getResultList();
    }

    private String link(String path) {
        if (baseUrl == null) {
            baseUrl = ConfigKey.BASE_URL.value(config, String.class);
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }

    /** 256 random bits, URL-safe, so a link carries it as is. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the token in hex: what the database keeps. */
    static String hash(String token) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
