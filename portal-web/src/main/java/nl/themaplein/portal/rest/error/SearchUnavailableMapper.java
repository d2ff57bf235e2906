package nl.themaplein.portal.rest.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.search.SearchUnavailableException;

/**
 * Solr could not answer: 503 with a Retry-After, logged SEVERE with Solr's own text for the
 * operator; the client learns only that search is unavailable for now.
 */
@Provider
public class SearchUnavailableMapper implements ExceptionMapper<SearchUnavailableException> {

    private static final Logger LOG = Logger.getLogger(SearchUnavailableMapper.class.getName());

    /** Seconds a client should wait before asking again. */
    static final int RETRY_AFTER_SECONDS = 30;

    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(SearchUnavailableException exception) {
        String incident = Incident.newId();
        LOG.log(
                Level.SEVERE,
                "Search unavailable; answered 503, incident "
                        + incident
                        + ". Check that Solr runs and portal.solr.url points at it.",
                exception);
        return Response.fromResponse(
                        Problems.response(Problems.of(503, Problems.locale(headers), incident)))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }
}
