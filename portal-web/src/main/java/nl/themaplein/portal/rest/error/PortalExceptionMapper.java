package nl.themaplein.portal.rest.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.error.DuplicateException;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.error.NoSuchEntityException;
import nl.themaplein.portal.error.NotPermittedException;
import nl.themaplein.portal.error.PortalException;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.text.Messages;

/**
 * What the portal's services refuse on purpose, with the services' own message in the client's
 * language: invalid input is 400 naming the field, a duplicate 409, an unknown entity 404.
 */
@Provider
public class PortalExceptionMapper implements ExceptionMapper<PortalException> {

    private static final Logger LOG = Logger.getLogger(PortalExceptionMapper.class.getName());

    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(PortalException exception) {
        Locale locale = Problems.locale(headers);
        String incident = Incident.newId();
        String text = text(exception, locale);
        LOG.log(
                Level.FINE,
                "Service refused a request ({0}); incident {1}",
                new Object[] {exception.getMessage(), incident});

        Problem problem =
                switch (exception) {
                    case InvalidInputException invalid ->
                            Problems.invalidParameters(
                                    List.of(new Problem.InvalidParam(invalid.field(), text)),
                                    locale,
                                    incident);
                    case DuplicateException duplicate ->
                            new Problem(
                                    "about:blank",
                                    Problems.title(409, locale),
                                    409,
                                    text,
                                    incident,
                                    List.of(new Problem.InvalidParam(duplicate.field(), text)));
                    case NotPermittedException refused ->
                            new Problem(
                                    "about:blank",
                                    Problems.title(403, locale),
                                    403,
                                    text,
                                    incident,
                                    null);
                    case NoSuchEntityException missing ->
                            new Problem(
                                    "about:blank",
                                    Problems.title(404, locale),
                                    404,
                                    text,
                                    incident,
                                    null);
                    default ->
                            new Problem(
                                    "about:blank",
                                    Problems.title(400, locale),
                                    400,
                                    text,
                                    incident,
                                    null);
                };
        return Problems.response(problem);
    }

    static String text(PortalException exception, Locale locale) {
        try {
            String pattern = Messages.bundle(Language.of(locale)).getString(exception.messageKey());
            return new MessageFormat(pattern, locale).format(exception.arguments().toArray());
        } catch (MissingResourceException ignore) {
            return Problems.detail(400, locale);
        }
    }
}
