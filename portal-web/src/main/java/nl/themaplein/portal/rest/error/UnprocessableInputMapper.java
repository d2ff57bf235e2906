package nl.themaplein.portal.rest.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.web.i18n.Messages;

/** 422 with {@code invalid-params} naming the refused field of a request body. */
@Provider
public class UnprocessableInputMapper implements ExceptionMapper<UnprocessableInputException> {

    private static final Logger LOG = Logger.getLogger(UnprocessableInputMapper.class.getName());

    /** The status of a well-formed request body with a refused value. */
    public static final int STATUS = 422;

    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(UnprocessableInputException exception) {
        Locale locale = Problems.locale(headers);
        String incident = Incident.newId();
        String field = exception.refusal().field();
        String reason = PortalExceptionMapper.text(exception.refusal(), locale);
        LOG.log(
                Level.FINE,
                "Refused field {0} of a request body; incident {1}",
                new Object[] {field, incident});
        return Problems.response(
                new Problem(
                        Problem.TYPE_INVALID_PARAMETER,
                        Messages.text(locale, "problem.invalidParameter.title"),
                        STATUS,
                        Messages.text(locale, "problem.invalidParameter.detail", field),
                        incident,
                        List.of(new Problem.InvalidParam(field, reason))));
    }
}
