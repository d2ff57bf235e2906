package nl.themaplein.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import nl.themaplein.portal.account.Account;
import nl.themaplein.portal.account.AccountService;
import nl.themaplein.portal.web.security.Roles;

/**
 * Who is logged in, for the page header. The caller principal carries the account id (so no e-mail
 * address reaches a log); the name shown is the account's display name.
 */
@Named
@RequestScoped
public class CallerBacking {

    /**
     * The request, not Jakarta Security's SecurityContext: on error pages (an error dispatch) the
     * latter fails for want of a policy context, and the header must render there too.
     */
    @Inject private HttpServletRequest request;

    @Inject private AccountService accounts;

    private String displayName;

    private Set<String> groups;

    /** Whether anyone is logged in. */
    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    /** The display name of the logged-in account, empty when nobody is logged in. */
    public String getDisplayName() {
        if (displayName == null) {
            displayName = account().map(Account::getDisplayName).orElse("");
        }
        return displayName;
    }

    /**
     * Whether the caller is staff or admin in any organisation, for showing the staff links. From
     * the account's roles, not {@code isUserInRole}, which fails on error pages like the
     * SecurityContext. Only what is shown depends on it; every staff page is guarded by the
     * container and the services.
     */
    public boolean isStaff() {
        Set<String> groups = groups();
        return groups.contains(Roles.STAFF) || groups.contains(Roles.ADMIN);
    }

    /** Whether the caller is an admin, for showing the admin links (see {@link #isStaff()}). */
    public boolean isAdmin() {
        return groups().contains(Roles.ADMIN);
    }

    private Set<String> groups() {
        if (groups == null) {
            groups = account().map(Account::groups).orElse(Set.of());
        }
        return groups;
    }

    private Optional<Account> account() {
        Principal caller = request.getUserPrincipal();
        if (caller == null || !caller.getName().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return accounts.findAccount(Long.parseLong(caller.getName()));
    }
}
