package nl.themaplein.portal.rest.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is our fault: 500, logged SEVERE with its stack trace and the incident id; the
 * client gets the incident id and no detail of what broke.
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ThrowableMapper.class.getName());

    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        String incident = Incident.newId();
        LOG.log(
                Level.SEVERE,
                "Request failed unexpectedly; answered 500, incident " + incident,
                exception);
        return Problems.response(Problems.of(500, Problems.locale(headers), incident));
    }
}
