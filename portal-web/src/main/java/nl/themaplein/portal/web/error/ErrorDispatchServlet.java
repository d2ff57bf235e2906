package nl.themaplein.portal.web.error;

import jakarta.faces.application.ViewExpiredException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.rest.error.Incident;
import nl.themaplein.portal.rest.error.Problem;
import nl.themaplein.portal.rest.error.Problems;
import nl.themaplein.portal.web.i18n.Messages;

/**
 * Where the container sends every error (see {@code web.xml}). API clients get {@code
 * application/problem+json} like the REST mappers write; people get an error page in their language
 * from {@code WEB-INF/errorpages}. An exception that reached the container is logged here, SEVERE,
 * with the incident id the page or problem shows.
 */
@WebServlet("/error")
public class ErrorDispatchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorDispatchServlet.class.getName());

    /** Request attribute with the incident id, for the error pages to show. */
    public static final String INCIDENT_ATTRIBUTE = "themaplein.incident";

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final String EXPIRED_PAGE = "/WEB-INF/errorpages/expired.xhtml";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String incident = Incident.newId();
        if (isExpiredView(request)) {
            answerExpiredView(request, response, incident);
            return;
        }
        int status = status(request);
        logFailure(request, status, incident);

        if (isApi(request)) {
            writeProblem(request, response, status, incident);
        } else {
            request.setAttribute(INCIDENT_ATTRIBUTE, incident);
            request.getRequestDispatcher(page(status)).forward(request, response);
        }
    }

    /**
     * A form posted with a view state this session never rendered or no longer holds: the session
     * expired, or the post was forged (this is the CSRF protection). A 400, not a server error.
     */
    private static boolean isExpiredView(HttpServletRequest request) {
        for (Throwable t = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
                t != null;
                t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void answerExpiredView(
            HttpServletRequest request, HttpServletResponse response, String incident)
            throws ServletException, IOException {
        LOG.log(
                Level.FINE,
                "Refused a form post for {0} with an unknown view state; incident {1}",
                new Object[] {request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), incident});
        request.setAttribute(INCIDENT_ATTRIBUTE, incident);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        request.getRequestDispatcher(EXPIRED_PAGE).forward(request, response);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer value && value >= 400 ? value : 500;
    }

    private static void logFailure(HttpServletRequest request, int status, String incident) {
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500) {
            LOG.log(
                    Level.SEVERE,
                    "Request for "
                            + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                            + " failed with status "
                            + status
                            + "; incident "
                            + incident,
                    exception);
        } else {
            LOG.log(
                    Level.FINE,
                    "Request for {0} answered {1}; incident {2}",
                    new Object[] {
                        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status, incident
                    });
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path =
                uri == null ? "" : uri.toString().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private static void writeProblem(
            HttpServletRequest request, HttpServletResponse response, int status, String incident)
            throws IOException {
        Locale locale =
                request.getHeader("Accept-Language") == null
                        ? Messages.DUTCH
                        : Messages.firstSupported(Collections.list(request.getLocales()));
        Problem problem = Problems.of(status, locale, incident);

        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSONB.toJson(problem));
    }

    /** A 403 keeps its status but shows the 404 page: its text says no more than "not here". */
    private static String page(int status) {
        return switch (status) {
            case 400 -> "/WEB-INF/errorpages/400.xhtml";
            case 401, 403, 404, 405 -> "/WEB-INF/errorpages/404.xhtml";
            default -> "/WEB-INF/errorpages/500.xhtml";
        };
    }
}
