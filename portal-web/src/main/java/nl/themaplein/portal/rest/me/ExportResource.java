package nl.themaplein.portal.rest.me;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.themaplein.portal.privacy.PersonalDataExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/me/export}: everything the portal keeps about the caller as one JSON file (the
 * same document as the download on {@code /my/privacy.xhtml}).
 */
@Path("me/export")
@RequestScoped
@PermitAll
@Tag(name = "me", description = "The caller's own account")
public class ExportResource {

    /** The zone of the libraries: the date in the file name is theirs. */
    static final ZoneId LIBRARIES = ZoneId.of("Europe/Amsterdam");

    @Inject private PersonalDataExport export;

    @Context private SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Download everything the portal keeps about the caller")
    @APIResponse(responseCode = "200", description = "The document, as an attachment")
    @APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)")
    public Response get() {
        long accountId = Caller.accountId(security);
        return Response.ok(
                        export.export(accountId).toString(),
                        MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** {@code themaplein-mijn-gegevens-<date>.json}, the date of today in the Netherlands. */
    public static String fileName() {
        return "themaplein-mijn-gegevens-" + LocalDate.now(LIBRARIES) + ".json";
    }
}
