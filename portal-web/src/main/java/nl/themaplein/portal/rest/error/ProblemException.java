package nl.themaplein.portal.rest.error;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Locale;
import nl.themaplein.portal.web.i18n.Messages;

/**
 * A refusal the resource can explain: a status plus bundle keys for the detail, and optionally the
 * parameter it concerns. Thrown by resources, turned into a problem by {@link
 * WebApplicationExceptionMapper}.
 */
public class ProblemException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String detailKey;
    private final String parameter;
    private final Object[] arguments;

    private ProblemException(int status, String detailKey, String parameter, Object... arguments) {
        super(detailKey, status);
        this.status = status;
        this.detailKey = detailKey;
        this.parameter = parameter;
        this.arguments = arguments.clone();
    }

    /** 400 about one parameter; {@code reasonKey} names the bundle text explaining the refusal. */
    public static ProblemException invalidParameter(
            String parameter, String reasonKey, Object... arguments) {
        return new ProblemException(400, reasonKey, parameter, arguments);
    }

    /** 404 with a detail from the bundle. */
    public static ProblemException notFound(String detailKey, Object... arguments) {
        return new ProblemException(404, detailKey, null, arguments);
    }

    /** Any status with a detail from the bundle. */
    public static ProblemException of(int status, String detailKey, Object... arguments) {
        return new ProblemException(status, detailKey, null, arguments);
    }

    Problem toProblem(Locale locale, String incident) {
        String detail = Messages.text(locale, detailKey, arguments);
        if (parameter != null) {
            return Problems.invalidParameters(
                    List.of(new Problem.InvalidParam(parameter, detail)), locale, incident);
        }
        return new Problem(
                "about:blank", Problems.title(status, locale), status, detail, incident, null);
    }
}
