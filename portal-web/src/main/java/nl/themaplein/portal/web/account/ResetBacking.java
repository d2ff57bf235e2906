package nl.themaplein.portal.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.themaplein.portal.account.AccountLifecycle;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;

/**
 * Setting a new password from the mailed link ({@code /account/reset.xhtml?token=…}): the rules of
 * the sign-up, typed twice; afterwards nobody is logged in and the page invites to log in. A used
 * or expired link gets a clear message with a link to ask again.
 */
@Named
@ViewScoped
public class ResetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private transient AccountLifecycle lifecycle;
    @Inject private LocaleBacking locale;

    private String token;
    private String password;
    private String repeat;
    private Boolean usable;
    private boolean done;

    /** The view action: checks the token before anyone types. */
    public void check() {
        if (usable == null) {
            usable = lifecycle.resetTokenUsable(token);
        }
    }

    /** Sets the new password; a token used up in the meantime shows the same message as on load. */
    public void reset() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (password == null || !password.equals(repeat)) {
            password = null;
            repeat = null;
            context.addMessage(
                    "reset:repeat",
                    new jakarta.faces.application.FacesMessage(
                            jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                            Messages.text(locale.getLocale(), "account.reset.mismatch"),
                            null));
            context.validationFailed();
            return;
        }
        try {
            lifecycle.resetPassword(token, password);
            done = true;
        } catch (InvalidInputException e) {
            if ("token".equals(e.field())) {
                usable = false;
            } else {
                FormErrors.show(context, "reset:password", e, locale.getLocale());
            }
        } finally {
            password = null;
            repeat = null;
        }
    }

    public boolean isUsable() {
        return Boolean.TRUE.equals(usable);
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
