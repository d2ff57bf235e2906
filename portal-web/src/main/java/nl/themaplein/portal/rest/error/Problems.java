package nl.themaplein.portal.rest.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import nl.themaplein.portal.web.i18n.Messages;

/**
 * Builds problem responses with texts from the message bundle: {@code problem.<status>.title} and
 * {@code problem.<status>.detail}, falling back to the texts of the status class (4xx, 5xx).
 */
public final class Problems {

    private Problems() {}

    /** The client's language from its Accept-Language header: Dutch unless it prefers English. */
    public static Locale locale(HttpHeaders headers) {
        try {
            return Messages.firstSupported(headers.getAcceptableLanguages());
        } catch (RuntimeException ignore) {
            // A malformed Accept-Language header must not turn a problem answer into another one.
            return Messages.DUTCH;
        }
    }

    /** A problem for {@code status} with the bundle's title and detail for it. */
    public static Problem of(int status, Locale locale, String instance) {
        return new Problem(
                "about:blank",
                title(status, locale),
                status,
                detail(status, locale),
                instance,
                null);
    }

    /** The response carrying {@code problem}. */
    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A 400 problem naming the refused parameters. */
    public static Problem invalidParameters(
            List<Problem.InvalidParam> params, Locale locale, String instance) {
        String names = String.join(", ", params.stream().map(Problem.InvalidParam::name).toList());
        return new Problem(
                Problem.TYPE_INVALID_PARAMETER,
                Messages.text(locale, "problem.invalidParameter.title"),
                400,
                Messages.text(locale, "problem.invalidParameter.detail", names),
                instance,
                params);
    }

    /** The bundle's title for {@code status}. */
    public static String title(int status, Locale locale) {
        return textFor(status, "title", locale);
    }

    /** The bundle's detail for {@code status}. */
    public static String detail(int status, Locale locale) {
        return textFor(status, "detail", locale);
    }

    private static String textFor(int status, String part, Locale locale) {
        String exact = "problem." + status + "." + part;
        if (Messages.has(exact)) {
            return Messages.text(locale, exact);
        }
        return Messages.text(locale, "problem." + (status / 100) + "xx." + part);
    }
}
