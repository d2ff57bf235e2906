package nl.themaplein.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How the portal knows who is calling, checked on the server for every request.
 *
 * <ul>
 *   <li>The REST API ({@code /api/…}) is stateless: HTTP Basic on each request, never the session,
 *       so a browser's login cannot be borrowed by a cross-site request to the API. A protected API
 *       resource without valid credentials is answered 401 with a Basic challenge.
 *   <li>Pages use the login form: {@link nl.themaplein.portal.web.account.LoginBacking} hands the
 *       typed credentials over through {@code SecurityContext.authenticate}. On success the session
 *       id is renewed (no session fixation) and the caller is kept in the session; a protected page
 *       without a login redirects to the login page.
 * </ul>
 *
 * Accounts and their groups come from the portal's {@code IdentityStore}s through the container's
 * {@link IdentityStoreHandler}; no password is checked or logged here.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG =
            Logger.getLogger(PortalAuthenticationMechanism.class.getName());

    /** Session attribute holding the caller after a form login. */
    static final String SESSION_CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";

    /** The login page, relative to the context root. */
    public static final String LOGIN_PAGE = "/login.xhtml";

    private static final String API_PREFIX = "/api/";

    @Inject private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        return validatePageRequest(request, context);
    }

    private AuthenticationStatus validateApiRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (BasicCredentials.isBasic(header)) {
            Optional<UsernamePasswordCredential> credential = BasicCredentials.parse(header);
            CredentialValidationResult result =
                    credential
                            .map(identityStores::validate)
                            .orElse(CredentialValidationResult.INVALID_RESULT);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            LOG.log(Level.FINE, "Refused API credentials for {0}", request.getRequestURI());
            return challenge(response, context);
        }

        if (context.isProtected()) {
            return challenge(response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus validatePageRequest(
            HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return login(request, context, identityStores.validate(credential));
        }

        Optional<Caller> caller = sessionCaller(request);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
        }
        if (context.isProtected()) {
            return context.redirect(loginUrl(request));
        }
        return context.doNothing();
    }

    private static AuthenticationStatus login(
            HttpServletRequest request,
            HttpMessageContext context,
            CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            LOG.fine("Login refused: unknown account or wrong password");
            return AuthenticationStatus.SEND_FAILURE;
        }

        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        Caller caller =
                new Caller(
                        result.getCallerPrincipal().getName(),
                        Set.copyOf(result.getCallerGroups()));
        request.getSession(true).setAttribute(SESSION_CALLER, caller);

        LOG.log(Level.FINE, "Login accepted; session id renewed, groups {0}", caller.groups());
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus challenge(
            HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Themaplein\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static Optional<Caller> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(session.getAttribute(SESSION_CALLER))
                .filter(Caller.class::isInstance)
                .map(Caller.class::cast);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PREFIX);
    }

    private static String loginUrl(HttpServletRequest request) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return request.getContextPath()
                + LOGIN_PAGE
                + "?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    /** Who logged in through the form, kept in the session until logout or expiry. */
    record Caller(String name, Set<String> groups) implements Serializable {}
}
