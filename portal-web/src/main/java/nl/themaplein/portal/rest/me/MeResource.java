package nl.themaplein.portal.rest.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nl.themaplein.portal.account.MeService;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.rest.ApiDocumentation;
import nl.themaplein.portal.rest.Callers;
import nl.themaplein.portal.rest.JsonBodies;
import nl.themaplein.portal.rest.error.UnprocessableInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/me}: the calling account, for any logged-in caller (HTTP Basic or a token). {@code
 * web.xml} lets no anonymous request in; {@link Callers} checks again. Refused values are 422
 * naming the field; a body that is not JSON is 400.
 */
@Path("me")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, ApiDocumentation.PROBLEM})
@Tag(name = "me", description = "The calling account: profile, followed themes and roles.")
@SecurityRequirement(name = ApiDocumentation.BASIC)
@SecurityRequirement(name = ApiDocumentation.BEARER)
public class MeResource {

    @Inject private MeService me;

    @Context private SecurityContext security;

    /** The calling account. */
    @GET
    @Operation(
            summary = "The calling account",
            description =
                    "Id, display name, e-mail address, language, home branch, the themes followed"
                            + " (named in the account's language) and the roles per organisation.")
    @APIResponse(
            responseCode = "200",
            description = "The account",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeResponse.class)))
    @APIResponse(
            responseCode = "401",
            description = "Not logged in, or wrong credentials or token",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    public MeResponse get() {
        return MeResponse.of(me.me(Callers.accountId(security)));
    }

    /** Replaces display name, language and home branch. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change the profile",
            description =
                    "Replaces display name, language (nl or en) and home branch (organisation and"
                            + " branch code; null for none). Follows the input policy.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeUpdate.class)))
    @APIResponse(
            responseCode = "200",
            description = "The account as changed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is not JSON of this shape",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "401",
            description = "Not logged in, or wrong credentials or token",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "422",
            description = "A value is refused; invalid-params names the field",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    public MeResponse update(String body) {
        long accountId = Callers.accountId(security);
        MeUpdate update = JsonBodies.read(body, MeUpdate.class);
        MeUpdate.BranchCode branch = update.homeBranch();
        try {
            return MeResponse.of(
                    me.update(
                            accountId,
                            new MeService.ProfileChange(
                                    update.displayName(),
                                    update.language(),
                                    branch == null ? null : branch.organisation(),
                                    branch == null ? null : branch.code())));
        } catch (InvalidInputException refused) {
            throw new UnprocessableInputException(refused);
        }
    }

    /** Replaces the followed themes. */
    @PUT
    @Path("themes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Choose the themes to follow",
            description =
                    "Replaces the themes the account follows by the codes given; an unknown code is"
                            + " refused and nothing changes.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ThemesUpdate.class)))
    @APIResponse(
            responseCode = "200",
            description = "The account with its themes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is not JSON of this shape",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "401",
            description = "Not logged in, or wrong credentials or token",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "422",
            description = "An unknown theme code; invalid-params names themes",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    public MeResponse themes(String body) {
        long accountId = Callers.accountId(security);
        ThemesUpdate update = JsonBodies.read(body, ThemesUpdate.class);
        try {
            return MeResponse.of(me.followThemes(accountId, update.themes()));
        } catch (InvalidInputException refused) {
            throw new UnprocessableInputException(refused);
        }
    }
}
