package nl.themaplein.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.themaplein.portal.account.AccountLifecycle;

/**
 * The confirmation link of the sign-up mail ({@code /account/confirm.xhtml?token=…}): confirms the
 * address once and invites to log in; a used or expired link says so and points to logging in or
 * asking for a new password.
 */
@Named
@RequestScoped
public class ConfirmBacking {

    @Inject private AccountLifecycle lifecycle;

    private String token;
    private Boolean confirmed;

    /** The view action: uses the token (single use). */
    public void confirm() {
        if (confirmed == null) {
            confirmed = lifecycle.confirm(token);
        }
    }

    public boolean isConfirmed() {
        return Boolean.TRUE.equals(confirmed);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
