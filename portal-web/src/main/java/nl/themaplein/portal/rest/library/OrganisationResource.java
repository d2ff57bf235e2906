package nl.themaplein.portal.rest.library;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.error.NoSuchEntityException;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.LibraryMessages;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.library.Room;
import nl.themaplein.portal.library.RoomPhoto;
import nl.themaplein.portal.library.RoomPhotoFiles;
import nl.themaplein.portal.rest.library.LibraryJson.BranchBody;
import nl.themaplein.portal.rest.library.LibraryJson.BranchView;
import nl.themaplein.portal.rest.library.LibraryJson.OrganisationBody;
import nl.themaplein.portal.rest.library.LibraryJson.OrganisationView;
import nl.themaplein.portal.rest.library.LibraryJson.PhotoView;
import nl.themaplein.portal.rest.library.LibraryJson.RoomBody;
import nl.themaplein.portal.rest.library.LibraryJson.RoomView;
import nl.themaplein.portal.rest.library.LibraryJson.ThemeBody;
import nl.themaplein.portal.rest.library.LibraryJson.ThemeView;
import nl.themaplein.portal.theme.Theme;
import nl.themaplein.portal.theme.ThemeService;
import nl.themaplein.portal.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/admin/organisations…}: library organisations, their branches (details, the week
 * with several intervals a day, exceptions), rooms with photos, and their own themes. STAFF act on
 * their own organisation only (403 for another), ADMIN on all; creating an organisation is for
 * ADMIN. The services make every check; this class only translates.
 */
@Path("admin/organisations")
@RequestScoped
@Transactional
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Tag(
        name = "Library administration",
        description = "Organisations, branches, rooms, photos, themes")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public class OrganisationResource {

    @Inject private LibraryService libraries;
    @Inject private ThemeService themes;

    @Context private SecurityContext security;
    @Context private HttpHeaders headers;
    @Context private UriInfo uri;

    @GET
    @Operation(summary = "The organisations the caller may manage (all of them for an admin)")
    @APIResponse(responseCode = "200", description = "The organisations")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Neither STAFF nor ADMIN")
    public List<OrganisationView> organisations() {
        return libraries.managedOrganisations(caller()).stream().map(OrganisationView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates an organisation without branches (ADMIN only)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A field is refused; invalid-params names it")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response createOrganisation(OrganisationBody body) {
        OrganisationBody b = required(body);
        Organisation created =
                libraries.createOrganisation(caller(), b.code(), b.name(), b.website());
        return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
                .entity(OrganisationView.of(created))
                .build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One organisation")
    @APIResponse(responseCode = "200", description = "The organisation")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public OrganisationView organisation(@PathParam("code") String code) {
        return OrganisationView.of(managed(code));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes the name and website of an organisation")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "A field is refused")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public OrganisationView updateOrganisation(
            @PathParam("code") String code, OrganisationBody body) {
        OrganisationBody b = required(body);
        return OrganisationView.of(
                libraries.updateOrganisation(caller(), code, b.name(), b.website()));
    }

    @GET
    @Path("{code}/branches")
    @Operation(summary = "The branches of an organisation, with hours, exceptions and rooms")
    @APIResponse(responseCode = "200", description = "The branches")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    public List<BranchView> branches(@PathParam("code") String code) {
        return managed(code).getBranches().stream().map(this::view).toList();
    }

    @POST
    @Path("{code}/branches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a branch; its week and exceptions are set when given")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A field is refused; invalid-params names it")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response addBranch(@PathParam("code") String code, BranchBody body) {
        BranchBody b = required(body);
        Branch branch = libraries.addBranch(caller(), code, b.code(), b.details());
        hoursAndExceptions(code, branch.getCode(), b);
        return Response.created(uri.getAbsolutePathBuilder().path(branch.getCode()).build())
                .entity(view(branch))
                .build();
    }

    @GET
    @Path("{code}/branches/{branch}")
    @Operation(summary = "One branch with its week, upcoming exceptions and rooms")
    @APIResponse(responseCode = "200", description = "The branch")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    @APIResponse(responseCode = "404", description = "No such branch")
    public BranchView branch(@PathParam("code") String code, @PathParam("branch") String branch) {
        managed(code);
        return view(libraries.getBranch(code, branch));
    }

    @PUT
    @Path("{code}/branches/{branch}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Changes a branch",
            description =
                    "openingHours (weekday name to intervals, HH:mm; a weekday left out is closed)"
                            + " and exceptions (from today on) are replaced when present")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(
            responseCode = "400",
            description = "Refused, e.g. overlapping hours; names the field")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    @APIResponse(responseCode = "404", description = "No such branch")
    public BranchView updateBranch(
            @PathParam("code") String code, @PathParam("branch") String branch, BranchBody body) {
        BranchBody b = required(body);
        Branch changed = libraries.updateBranch(caller(), code, branch, b.details());
        hoursAndExceptions(code, branch, b);
        return view(changed);
    }

    @GET
    @Path("{code}/branches/{branch}/rooms")
    @Operation(summary = "The rooms of a branch with their photos")
    @APIResponse(responseCode = "200", description = "The rooms")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    public List<RoomView> rooms(
            @PathParam("code") String code, @PathParam("branch") String branch) {
        managed(code);
        return libraries.getBranch(code, branch).getRooms().stream().map(RoomView::of).toList();
    }

    @POST
    @Path("{code}/branches/{branch}/rooms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a room")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A field is refused")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    @APIResponse(responseCode = "409", description = "The branch has a room with this name")
    public Response addRoom(
            @PathParam("code") String code, @PathParam("branch") String branch, RoomBody body) {
        Room room = libraries.addRoom(caller(), code, branch, required(body).details());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(room.getId())).build())
                .entity(RoomView.of(room))
                .build();
    }

    @GET
    @Path("{code}/branches/{branch}/rooms/{room}")
    @Operation(summary = "One room")
    @APIResponse(responseCode = "200", description = "The room")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    @APIResponse(responseCode = "404", description = "No such room in this branch")
    public RoomView room(
            @PathParam("code") String code,
            @PathParam("branch") String branch,
            @PathParam("room") long room) {
        return RoomView.of(roomOf(code, branch, room));
    }

    @PUT
    @Path("{code}/branches/{branch}/rooms/{room}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a room")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "A field is refused")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    @APIResponse(responseCode = "404", description = "No such room in this branch")
    public RoomView updateRoom(
            @PathParam("code") String code,
            @PathParam("branch") String branch,
            @PathParam("room") long room,
            RoomBody body) {
        roomOf(code, branch, room);
        return RoomView.of(libraries.updateRoom(caller(), room, required(body).details()));
    }

    @DELETE
    @Path("{code}/branches/{branch}/rooms/{room}")
    @Operation(summary = "Deletes a room with its photos")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    @APIResponse(responseCode = "404", description = "No such room in this branch")
    public Response deleteRoom(
            @PathParam("code") String code,
            @PathParam("branch") String branch,
            @PathParam("room") long room) {
        roomOf(code, branch, room);
        libraries.deleteRoom(caller(), room);
        return Response.noContent().build();
    }

    @POST
    @Path("{code}/branches/{branch}/rooms/{room}/photos")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Adds a photo to a room",
            description =
                    "The body is a JPEG or PNG image of at most 10 MB; it is decoded, re-encoded"
                        + " without metadata and stored at 1600 and 480 pixels on the long side")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "400", description = "Not an image, too large, or alt text missing")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    @APIResponse(responseCode = "404", description = "No such room in this branch")
    public Response addPhoto(
            @PathParam("code") String code,
            @PathParam("branch") String branch,
            @PathParam("room") long room,
            @Parameter(description = "Alt text in Dutch") @QueryParam("altNl") String altNl,
            @Parameter(description = "Alt text in English") @QueryParam("altEn") String altEn,
            InputStream body)
            throws IOException {
        roomOf(code, branch, room);
        if (headers.getLength() > RoomPhotoFiles.MAX_BYTES) {
            throw new InvalidInputException("photo", LibraryMessages.PHOTO_TOO_LARGE, 10);
        }
        byte[] image = body.readNBytes(RoomPhotoFiles.MAX_BYTES + 1);
        RoomPhoto photo = libraries.addPhoto(caller(), room, image, altNl, altEn);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(photo.getId())).build())
                .entity(PhotoView.of(photo))
                .build();
    }

    @GET
    @Path("{code}/themes")
    @Operation(summary = "The themes the organisation added itself")
    @APIResponse(responseCode = "200", description = "The themes")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    public List<ThemeView> themes(@PathParam("code") String code) {
        return themes.ownThemes(managed(code)).stream().map(ThemeView::of).toList();
    }

    @POST
    @Path("{code}/themes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a theme of the organisation; its code is made from the Dutch name")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A field is refused")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    @APIResponse(responseCode = "409", description = "A theme with this name exists")
    public Response addTheme(@PathParam("code") String code, ThemeBody body) {
        ThemeBody b = required(body);
        Theme theme =
                themes.createTheme(
                        caller(),
                        libraries.getOrganisation(code),
                        new ThemeService.ThemeText(
                                b.nameNl(), b.nameEn(), b.introNl(), b.introEn()));
        return Response.created(uri.getAbsolutePathBuilder().path(theme.getCode()).build())
                .entity(ThemeView.of(theme))
                .build();
    }

    @PUT
    @Path("{code}/themes/{theme}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a theme of the organisation")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "A field is refused")
    @APIResponse(responseCode = "403", description = "Staff of another organisation")
    @APIResponse(responseCode = "404", description = "No such theme in this organisation")
    public ThemeView updateTheme(
            @PathParam("code") String code, @PathParam("theme") String theme, ThemeBody body) {
        Theme existing = themes.getTheme(theme);
        if (existing.isShared() || !existing.getOrganisation().getCode().equals(code)) {
            throw new NoSuchEntityException("theme", code + "/" + theme);
        }
        ThemeBody b = required(body);
        return ThemeView.of(
                themes.updateTheme(
                        caller(),
                        theme,
                        new ThemeService.ThemeText(
                                b.nameNl(), b.nameEn(), b.introNl(), b.introEn())));
    }

    private void hoursAndExceptions(String code, String branch, BranchBody body) {
        if (body.openingHours() != null) {
            libraries.setWeek(caller(), code, branch, body.week());
        }
        if (body.exceptions() != null) {
            libraries.setExceptions(
                    caller(),
                    code,
                    branch,
                    body.exceptions().stream()
                            .map(
                                    e ->
                                            e == null
                                                    ? new LibraryJson.ExceptionBody(
                                                            null, null, null, null)
                                                    : e)
                            .map(LibraryJson.ExceptionBody::input)
                            .toList());
        }
    }

    private BranchView view(Branch branch) {
        return BranchView.of(branch, libraries.upcomingExceptions(branch));
    }

    private Organisation managed(String code) {
        Organisation organisation = libraries.getOrganisation(code);
        libraries.access().requireManager(caller(), organisation);
        return organisation;
    }

    private Room roomOf(String code, String branch, long roomId) {
        managed(code);
        Room room = libraries.getRoom(roomId);
        Branch owner = room.getBranch();
        if (!owner.getCode().equals(branch) || !owner.getOrganisation().getCode().equals(code)) {
            throw new NoSuchEntityException("room", roomId);
        }
        return room;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", nl.themaplein.portal.text.Messages.REQUIRED);
        }
        return body;
    }

    /** The caller's account id: the principal's name (see AccountIdentityStore). */
    private long caller() {
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
