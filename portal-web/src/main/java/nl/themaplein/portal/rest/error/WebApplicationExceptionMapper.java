package nl.themaplein.portal.rest.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Exceptions that already carry an HTTP status keep it, with a problem body in the client's
 * language. The detail is the bundle's text for that status, or the safe detail a {@link
 * ProblemException} brings; exception messages never reach the client.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG =
            Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        Locale locale = Problems.locale(headers);
        String incident = Incident.newId();

        Problem problem =
                exception instanceof ProblemException known
                        ? known.toProblem(locale, incident)
                        : Problems.of(status, locale, incident);

        log(status, incident, exception);
        Response.ResponseBuilder response = Response.fromResponse(Problems.response(problem));
        copyChallenge(exception.getResponse(), response);
        return response.build();
    }

    private static void log(int status, String incident, WebApplicationException exception) {
        if (status >= 500) {
            LOG.log(
                    Level.SEVERE,
                    "Request failed with status " + status + "; incident " + incident,
                    exception);
        } else {
            LOG.log(
                    Level.FINE,
                    "Request answered with status {0}; incident {1}: {2}",
                    new Object[] {status, incident, exception.toString()});
        }
    }

    /** Keeps the headers a client needs to act on the status (authentication, allowed methods). */
    private static void copyChallenge(Response original, Response.ResponseBuilder response) {
        for (String header : new String[] {"WWW-Authenticate", "Allow", "Retry-After"}) {
            Object value = original.getHeaders().getFirst(header);
            if (value != null) {
                response.header(header, value);
            }
        }
    }
}
