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
import nl.themaplein.portal.account.ApiTokenService;

/**
 * How the portal knows who is calling, checked on the server for every request.
 *
 * <ul>
 *   <li>The REST API ({@code /api/…}) is stateless: HTTP Basic or a Bearer token (issued by {@code
 *       POST /api/v1/auth/tokens}, see {@link ApiTokenService}) on each request, never the session,
 *       so a browser's login cannot be borrowed by a cross-site request to the API. Wrong
 *       credentials, or a wrong, expired or revoked token, are answered 401 with a challenge, also
 *       on public resources; a protected resource without credentials likewise.
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

    /** The challenges of a 401 on the API: Basic first, for clients that only know it. */
    static final String BASIC_CHALLENGE = "Basic realm=\"Themaplein\", charset=\"UTF-8\"";

    static final String BEARER_CHALLENGE = "Bearer realm=\"Themaplein\"";

    static final String BEARER_INVALID_CHALLENGE =
            "Bearer realm=\"Themaplein\", error=\"invalid_token\"";

    /** Request attribute with the token a request authenticated with, for revoking it. */
    public static final String API_TOKEN_ATTRIBUTE =
            PortalAuthenticationMechanism.class.getName() + ".token";

    @Inject private IdentityStoreHandler identityStores;

    @Inject private ApiTokenService tokens;

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
        if (BearerToken.isBearer(header)) {
            Optional<String> token = BearerToken.parse(header);
            Optional<ApiTokenService.TokenCaller> caller = token.flatMap(tokens::authenticate);
            if (caller.isPresent()) {
                request.setAttribute(API_TOKEN_ATTRIBUTE, token.get());
                return context.notifyContainerAboutLogin(
                        String.valueOf(caller.get().accountId()), caller.get().groups());
            }
            LOG.log(Level.FINE, "Refused an API token for {0}", request.getRequestURI());
            response.setHeader("WWW-Authenticate", BEARER_INVALID_CHALLENGE);
            return context.responseUnauthorized();
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
        response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
        response.addHeader("WWW-Authenticate", BEARER_CHALLENGE);
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
