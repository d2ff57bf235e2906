package nl.themaplein.portal.rest.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import nl.themaplein.portal.catalogue.CatalogueImportService;
import nl.themaplein.portal.rest.ApiDocumentation;
import nl.themaplein.portal.rest.error.ProblemException;
import nl.themaplein.portal.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/admin/imports?name=file.mrc}: imports one MARC21 or MARCXML file, sent as the
 * request body, into the catalogue; staff and admins only (HTTP Basic). The answer is the import
 * report: records read, added, updated and broken, and each broken record with its position and
 * reason. The content decides the format; {@code name} labels the report. Importing the same file
 * again updates its records and adds none. A body announced larger than {@value #MAX_MEGABYTES} MB
 * is refused with 413 before it is read.
 */
@Path("admin/imports")
@RequestScoped
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Tag(name = "admin", description = "Staff and administrators: catalogue imports.")
@SecurityRequirement(name = ApiDocumentation.BASIC)
@SecurityRequirement(name = ApiDocumentation.BEARER)
public class ImportResource {

    /** Largest file accepted; the largest of the shared test files is about 2 MB. */
    static final long MAX_MEGABYTES = 256;

    @Inject private CatalogueImportService imports;

    @Context private HttpHeaders headers;

    /** Imports the body. */
    @POST
    @Operation(
            summary = "Import a MARC file",
            description =
                    "Imports a MARC21 or MARCXML file sent as the body into the catalogue; the"
                            + " same file again updates its records. STAFF or ADMIN.")
    @APIResponse(
            responseCode = "200",
            description = "The import report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "No name, or an empty body",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "401",
            description = "Not logged in, or wrong credentials or token",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "403",
            description = "The account is not staff or administrator",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "413",
            description = "The file is larger than 256 MB",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public ImportResponse importFile(
            @QueryParam("name")
                    @NotNull(message = "{api.name.invalid}")
                    @Size(min = 1, max = 255, message = "{api.name.invalid}")
                    @Pattern(regexp = "[^\\p{Cc}]+", message = "{api.name.invalid}")
                    String name,
            InputStream body)
            throws IOException {
        if (headers.getLength() > MAX_MEGABYTES * 1024 * 1024) {
            throw ProblemException.of(413, "api.import.tooLarge", MAX_MEGABYTES);
        }
        PushbackInputStream content = new PushbackInputStream(body, 1);
        int first = content.read();
        if (first < 0) {
            throw ProblemException.of(400, "api.import.empty");
        }
        content.unread(first);
        return ImportResponse.of(imports.importUpload(name, content));
    }
}
