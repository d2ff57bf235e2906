package nl.themaplein.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.themaplein.portal.account.AccountLifecycle;

/**
 * Asking for a new password ({@code /account/forgot.xhtml}). Whatever was typed, the answer is the
 * same page with the same message ("Als dit adres bij ons bekend is, …"), the same status and size
 * (the field is emptied, so the typed text does not come back), after the same work: case C27.
 */
@Named
@RequestScoped
public class ForgotBacking {

    /** Longest text the field takes (an address is at most 254 characters). */
    public static final int MAX_LENGTH = 254;

    @Inject private AccountLifecycle lifecycle;

    private String email;
    private boolean sent;

    /** Mails a reset link if the address has an account; answers the same either way. */
    public void send() {
        lifecycle.requestReset(email);
        email = null;
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public int getMaxLength() {
        return MAX_LENGTH;
    }
}
