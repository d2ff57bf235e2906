package nl.themaplein.portal.rest.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.account.ApiTokenService;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.rest.ApiDocumentation;
import nl.themaplein.portal.rest.Callers;
import nl.themaplein.portal.rest.JsonBodies;
import nl.themaplein.portal.rest.error.Incident;
import nl.themaplein.portal.rest.error.Problem;
import nl.themaplein.portal.rest.error.ProblemException;
import nl.themaplein.portal.rest.error.Problems;
import nl.themaplein.portal.rest.error.UnprocessableInputException;
import nl.themaplein.portal.text.Messages;
import nl.themaplein.portal.web.security.PortalAuthenticationMechanism;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Login for API clients. {@code POST /api/v1/auth/tokens} checks an e-mail address and password
 * through the container's {@link IdentityStoreHandler} (the same stores, and so the same checks and
 * throttling, as the login form) and issues a token; an unknown address and a wrong password get
 * the same 401. {@code DELETE /api/v1/auth/tokens/current} revokes the token the request came with.
 */
@Path("auth/tokens")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, ApiDocumentation.PROBLEM})
@Tag(name = "auth", description = "Login for API clients: tokens for the Bearer scheme.")
public class TokenResource {

    private static final Logger LOG = Logger.getLogger(TokenResource.class.getName());

    /** Longest address or password looked at; longer ones cannot log in. */
    static final int MAX_LENGTH = 254;

    @Inject private IdentityStoreHandler identityStores;

    @Inject private ApiTokenService tokens;

    @Context private HttpServletRequest request;

    @Context private HttpHeaders headers;

    @Context private SecurityContext security;

    /** Issues a token for a valid e-mail address and password. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Log in and get a token",
            description =
                    "Checks the e-mail address and password of a confirmed account and answers a"
                        + " token that works for 30 days as 'Authorization: Bearer <token>'. The"
                        + " token is shown only in this answer.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TokenRequest.class)))
    @APIResponse(
            responseCode = "201",
            description = "The token and when it expires",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is not JSON of this shape",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "401",
            description = "Unknown address or wrong password (the same answer for both)",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "422",
            description = "email or password missing; invalid-params names it",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    public Response create(String body) {
        TokenRequest login = JsonBodies.read(body, TokenRequest.class);
        if (login.email() == null || login.email().isBlank()) {
            throw new UnprocessableInputException(
                    new InvalidInputException("email", Messages.REQUIRED));
        }
        if (login.password() == null || login.password().isEmpty()) {
            throw new UnprocessableInputException(
                    new InvalidInputException("password", Messages.REQUIRED));
        }

        CredentialValidationResult result =
                login.email().length() > MAX_LENGTH || login.password().length() > MAX_LENGTH
                        ? CredentialValidationResult.INVALID_RESULT
                        : identityStores.validate(
                                new UsernamePasswordCredential(login.email(), login.password()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID
                || !result.getCallerPrincipal().getName().matches("[0-9]{1,18}")) {
            LOG.fine("API login refused: unknown account or wrong password");
            return refused();
        }

        long accountId = Long.parseLong(result.getCallerPrincipal().getName());
        ApiTokenService.IssuedToken issued = tokens.issue(accountId);
        return Response.status(Response.Status.CREATED)
                .type(MediaType.APPLICATION_JSON)
                .entity(new TokenResponse(issued.token(), issued.expiresAt()))
                .build();
    }

    /** Revokes the token this request authenticated with. */
    @DELETE
    @Path("current")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @Operation(
            summary = "Log out: revoke the token used",
            description =
                    "The token in the Authorization header stops working at once. A request"
                            + " authenticated otherwise (HTTP Basic) has no token to revoke: 400.")
    @APIResponse(responseCode = "204", description = "The token is revoked")
    @APIResponse(
            responseCode = "400",
            description = "The request did not come with a token",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "401",
            description = "No token, or a wrong, expired or revoked one",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    public Response revokeCurrent() {
        long accountId = Callers.accountId(security);
        Object token = request.getAttribute(PortalAuthenticationMechanism.API_TOKEN_ATTRIBUTE);
        if (!(token instanceof String used)) {
            throw ProblemException.of(400, "api.token.none");
        }
        tokens.revoke(used);
        LOG.log(Level.INFO, "Account {0} revoked the API token it used", accountId);
        return Response.noContent().build();
    }

    private Response refused() {
        Locale locale = Problems.locale(headers);
        Problem problem =
                new Problem(
                        "about:blank",
                        Problems.title(401, locale),
                        401,
                        nl.themaplein.portal.web.i18n.Messages.text(locale, "api.token.refused"),
                        Incident.newId(),
                        null);
        return Response.fromResponse(Problems.response(problem))
                .header("WWW-Authenticate", "Bearer realm=\"Themaplein\"")
                .build();
    }
}
