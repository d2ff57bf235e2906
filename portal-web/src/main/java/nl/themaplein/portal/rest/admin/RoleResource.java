package nl.themaplein.portal.rest.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import nl.themaplein.portal.account.Account;
import nl.themaplein.portal.account.AccountRole;
import nl.themaplein.portal.account.Role;
import nl.themaplein.portal.account.RoleAdministration;
import nl.themaplein.portal.rest.error.ProblemException;
import nl.themaplein.portal.rest.me.Caller;
import nl.themaplein.portal.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/admin/organisations/{code}/roles}: staff of that organisation (or an ADMIN) look
 * up an account by e-mail address and grant or revoke its roles there. The organisation and the
 * ADMIN rule are checked in {@link RoleAdministration}; staff of another organisation get 403.
 */
@Path("admin/organisations/{code}/roles")
@RequestScoped
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Tag(name = "roles", description = "Roles of accounts per organisation")
public class RoleResource {

    @Inject private RoleAdministration administration;

    @Context private SecurityContext security;

    @PathParam("code")
    private String organisation;

    /** An account and its roles in the organisation. */
    public record AccountRoles(
            long accountId, String email, String displayName, List<RoleView> roles) {}

    /** One role. */
    public record RoleView(long id, String role, String theme, Instant grantedAt) {}

    /** What to grant. */
    public record GrantRequest(String email, String role, String theme) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "An account (by e-mail address, any case) and its roles in the organisation")
    @APIResponse(responseCode = "200", description = "The account and its roles here")
    @APIResponse(responseCode = "400", description = "No e-mail address given")
    @APIResponse(responseCode = "403", description = "Not staff of this organisation")
    @APIResponse(
            responseCode = "404",
            description = "No account with this address, or no such organisation")
    public AccountRoles find(@QueryParam("email") String email) {
        long actor = Caller.accountId(security);
        if (email == null || email.isBlank()) {
            throw ProblemException.invalidParameter("email", "roles.api.email.required");
        }
        Account account = account(actor, email);
        return view(actor, account);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Grant a role: MEMBER, ORGANISER, CURATOR (with theme), STAFF; ADMIN by an"
                            + " ADMIN")
    @APIResponse(
            responseCode = "201",
            description = "Granted (or held already); the account and its roles")
    @APIResponse(responseCode = "400", description = "Unknown role, missing or unknown theme")
    @APIResponse(
            responseCode = "403",
            description = "Not staff of this organisation, or ADMIN by a non-admin")
    @APIResponse(responseCode = "404", description = "No account with this address")
    public Response grant(GrantRequest request) {
        long actor = Caller.accountId(security);
        // Who may act comes first, so staff of another organisation learn nothing from validation.
        administration.organisationFor(actor, organisation);
        if (request == null || request.email() == null || request.email().isBlank()) {
            throw ProblemException.invalidParameter("email", "roles.api.email.required");
        }
        Role role = role(request.role());
        Account account = account(actor, request.email());
        administration.grant(actor, organisation, account.getId(), role, request.theme());
        return Response.status(Response.Status.CREATED).entity(view(actor, account)).build();
    }

    @DELETE
    @Path("{roleId}")
    @Operation(summary = "Revoke a role of this organisation")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(
            responseCode = "403",
            description = "Not staff of this organisation, or ADMIN by a non-admin")
    @APIResponse(responseCode = "404", description = "No such role in this organisation")
    public Response revoke(@PathParam("roleId") long roleId) {
        administration.revoke(Caller.accountId(security), organisation, roleId);
        return Response.noContent().build();
    }

    private Account account(long actor, String email) {
        return administration
                .findAccount(actor, organisation, email)
                .orElseThrow(() -> ProblemException.notFound("roles.api.account.unknown"));
    }

    private AccountRoles view(long actor, Account account) {
        List<RoleView> roles =
                administration.rolesIn(actor, organisation, account.getId()).stream()
                        .map(RoleResource::view)
                        .toList();
        return new AccountRoles(
                account.getId(), account.getEmail(), account.getDisplayName(), roles);
    }

    private static RoleView view(AccountRole role) {
        return new RoleView(
                role.getId(),
                role.getRole().name(),
                role.getTheme() == null ? null : role.getTheme().getCode(),
                role.getGrantedAt());
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name == null ? "" : name.strip());
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalidParameter("role", "roles.api.role.unknown");
        }
    }
}
