package nl.themaplein.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Jakarta Security's view of the account table: a login is an e-mail address (any case) and a
 * password; the caller is the account, named by its id so no address reaches the server's logs; the
 * groups are the names of the roles the account holds ({@link Role}). Wrong password, unknown
 * address and unconfirmed account all give the same invalid result after the same hashing work.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private AccountService accounts;
    private Instance<HttpServletRequest> requests;

    /** For the container's proxy only. */
    protected AccountIdentityStore() {}

    @Inject
    public AccountIdentityStore(AccountService accounts, Instance<HttpServletRequest> requests) {
        this.accounts = accounts;
        this.requests = requests;
    }

    /** Outside a container (tests): no request, so no client address to throttle by. */
    public AccountIdentityStore(AccountService accounts) {
        this(accounts, null);
    }

    /**
     * Called by Jakarta Security for a username-and-password credential; throttled per login name
     * and per client address ({@link LoginThrottle}).
     */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.verifyCredentials(
                        credential.getCaller(), credential.getPasswordAsString(), clientAddress())
                .map(AccountIdentityStore::valid)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** The address the request came from (the proxy's, behind one), or null outside a request. */
    private String clientAddress() {
        if (requests == null || !requests.isResolvable()) {
            return null;
        }
        try {
            return requests.get().getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }

    private static CredentialValidationResult valid(Account account) {
        String id = String.valueOf(account.getId());
        return new CredentialValidationResult(
                null, new CallerPrincipal(id), null, id, account.groups());
    }
}
