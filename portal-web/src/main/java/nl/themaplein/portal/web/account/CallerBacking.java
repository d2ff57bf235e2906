package nl.themaplein.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import nl.themaplein.portal.account.Account;
import nl.themaplein.portal.account.AccountService;

/**
 * Who is logged in, for the page header. The caller principal carries the account id (so no e-mail
 * address reaches a log); the name shown is the account's display name.
 */
@Named
@RequestScoped
public class CallerBacking {

    @Inject private SecurityContext security;
    @Inject private AccountService accounts;

    private String displayName;

    /** Whether anyone is logged in. */
    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** The display name of the logged-in account, empty when nobody is logged in. */
    public String getDisplayName() {
        if (displayName == null) {
            displayName = account().map(Account::getDisplayName).orElse("");
        }
        return displayName;
    }

    private Optional<Account> account() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null || !caller.getName().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return accounts.findAccount(Long.parseLong(caller.getName()));
    }
}
