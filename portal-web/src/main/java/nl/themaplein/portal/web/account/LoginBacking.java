package nl.themaplein.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import nl.themaplein.portal.account.AccountService;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;
import nl.themaplein.portal.web.security.LocalRedirects;

/**
 * The login form ({@code login.xhtml}). The credentials go to the server's security through {@link
 * SecurityContext#authenticate}; {@code PortalAuthenticationMechanism} checks them and renews the
 * session. A refusal says the same whatever was wrong, so the form does not reveal which accounts
 * exist.
 */
@Named
@RequestScoped
public class LoginBacking {

    /** Longest user name or password the form accepts (also the inputs' maxlength). */
    public static final int MAX_LENGTH = 254;

    @Inject private SecurityContext securityContext;
    @Inject private FacesContext faces;
    @Inject private LocaleBacking locale;
    @Inject private AccountService accounts;

    private String username;
    private String password;
    private String next;

    /** Checks the credentials; on success continues to {@code next} (a page of the portal). */
    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status =
                securityContext.authenticate(
                        (HttpServletRequest) external.getRequest(),
                        (HttpServletResponse) external.getResponse(),
                        AuthenticationParameters.withParams()
                                .credential(
                                        new UsernamePasswordCredential(
                                                username, new Password(password)))
                                .newAuthentication(true));

        switch (status) {
            case SUCCESS -> {
                rememberAccountLanguage((HttpServletRequest) external.getRequest());
                external.redirect(
                        external.getRequestContextPath() + LocalRedirects.localPath(next));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> refuse();
        }
    }

    /**
     * Pages speak the account's language from now on, unless the visitor chose one with the
     * language switch: that choice stays.
     */
    private void rememberAccountLanguage(HttpServletRequest request) {
        Principal caller = request.getUserPrincipal();
        if (LocaleBacking.chosen(request).isPresent()
                || caller == null
                || !caller.getName().matches("[0-9]{1,18}")) {
            return;
        }
        accounts.findAccount(Long.parseLong(caller.getName()))
                .ifPresent(
                        account ->
                                request.getSession()
                                        .setAttribute(
                                                LocaleBacking.ACCOUNT_LANGUAGE,
                                                account.getLanguage().locale()));
    }

    /** Ends the session and returns to the home page. */
    public void logout() throws IOException {
        ExternalContext external = faces.getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (jakarta.servlet.ServletException ignore) {
            // Not logged in at all: invalidating the session below is all there is to do.
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }

    private void refuse() {
        password = null;
        String text = Messages.text(locale.getLocale(), "login.refused");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public int getMaxLength() {
        return MAX_LENGTH;
    }
}
