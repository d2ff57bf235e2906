package nl.themaplein.portal.rest.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.web.i18n.Messages;

/**
 * Refused request parameters: 400 with one {@code invalid-params} entry per parameter, named as the
 * client spelled it. The resources' parameter beans name their fields after the query parameters,
 * and their constraint messages are bundle keys in braces, translated here.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Logger LOG = Logger.getLogger(ConstraintViolationMapper.class.getName());

    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Locale locale = Problems.locale(headers);
        List<Problem.InvalidParam> params =
                exception.getConstraintViolations().stream()
                        .map(violation -> invalidParam(violation, locale))
                        .distinct()
                        .sorted(Comparator.comparing(Problem.InvalidParam::name))
                        .toList();

        String incident = Incident.newId();
        LOG.log(
                Level.FINE,
                "Refused request parameters {0}; incident {1}",
                new Object[] {params, incident});
        return Problems.response(Problems.invalidParameters(params, locale, incident));
    }

    private static Problem.InvalidParam invalidParam(
            ConstraintViolation<?> violation, Locale locale) {
        return new Problem.InvalidParam(
                parameterName(violation.getPropertyPath()), reason(violation, locale));
    }

    /** The last property (a field of a parameter bean) or parameter on the path. */
    static String parameterName(Path path) {
        String name = "request";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name;
    }

    private static String reason(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            if (Messages.has(key)) {
                return Messages.text(locale, key);
            }
        }
        return violation.getMessage();
    }
}
