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
        if (unreadableBody(exception)) {
            // A body a provider other than JsonBodyReader could not read: the client's fault.
            LOG.log(
                    Level.FINE,
                    "Unreadable request body; incident {0}: {1}",
                    new Object[] {incident, exception});
            java.util.Locale locale = Problems.locale(headers);
            return Problems.response(
                    Problems.invalidParameters(
                            java.util.List.of(
                                    new Problem.InvalidParam(
                                            "body",
                                            nl.themaplein.portal.web.i18n.Messages.text(
                                                    locale, "api.body.invalid"))),
                            locale,
                            incident));
        }
        LOG.log(
                Level.SEVERE,
                "Request failed unexpectedly; answered 500, incident " + incident,
                exception);
        return Problems.response(Problems.of(500, Problems.locale(headers), incident));
    }

    /** JSON-B or JSON-P failed (reading a request body) somewhere in the causes. */
    static boolean unreadableBody(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.json.bind.JsonbException
                    || t instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }
}
