package nl.themaplein.portal.rest.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.themaplein.portal.rest.ApiDocumentation;
import nl.themaplein.portal.rest.error.ProblemException;
import nl.themaplein.portal.rest.error.Problems;
import nl.themaplein.search.query.CatalogueSearch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/records/{id}}: every mapped field of one catalogue record; 404 problem when
 * the id is unknown. A record without a title carries {@code "title": null} and {@code "hasTitle":
 * false} (C18), never an error.
 */
@Path("records")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
@Tag(name = "records", description = "Catalogue records by id.")
public class RecordResource {

    /** Longest id looked up; longer ones cannot be record ids. */
    static final int MAX_ID_LENGTH = 500;

    @Inject private CatalogueSearch search;

    @Context private HttpHeaders headers;

    /** The record with this id. */
    @GET
    @Path("{id}")
    @Operation(summary = "One catalogue record", description = "Every mapped field of the record.")
    @APIResponse(
            responseCode = "200",
            description = "The record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RecordResponse.class)))
    @APIResponse(
            responseCode = "401",
            description = "Wrong credentials or token were sent",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "404",
            description = "No record with this id",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "503",
            description = "Search is unavailable for now (Retry-After)",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    public RecordResponse record(@PathParam("id") String id) {
        if (id.length() > MAX_ID_LENGTH) {
            throw ProblemException.notFound("api.record.notFound");
        }
        return search.findRecord(id)
                .map(record -> RecordResponse.of(record, Problems.locale(headers)))
                .orElseThrow(() -> ProblemException.notFound("api.record.notFound"));
    }
}
