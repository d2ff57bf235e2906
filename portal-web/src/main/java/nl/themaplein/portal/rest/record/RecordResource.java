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
import nl.themaplein.portal.rest.error.ProblemException;
import nl.themaplein.portal.rest.error.Problems;
import nl.themaplein.search.query.CatalogueSearch;

/**
 * {@code GET /api/v1/records/{id}}: every mapped field of one catalogue record; 404 problem when
 * the id is unknown. A record without a title carries {@code "title": null} and {@code "hasTitle":
 * false} (C18), never an error.
 */
@Path("records")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public class RecordResource {

    /** Longest id looked up; longer ones cannot be record ids. */
    static final int MAX_ID_LENGTH = 500;

    @Inject private CatalogueSearch search;

    @Context private HttpHeaders headers;

    /** The record with this id. */
    @GET
    @Path("{id}")
    public RecordResponse record(@PathParam("id") String id) {
        if (id.length() > MAX_ID_LENGTH) {
            throw ProblemException.notFound("api.record.notFound");
        }
        return search.findRecord(id)
                .map(record -> RecordResponse.of(record, Problems.locale(headers)))
                .orElseThrow(() -> ProblemException.notFound("api.record.notFound"));
    }
}
