package nl.themaplein.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A form post to a page must carry a Faces view state: every form of the portal is an {@code
 * h:form}, which always sends one. Faces itself would take a post without it for a first visit and
 * render the page (changing nothing); answering 400 says plainly that such a post, forged or
 * broken, is refused. Posts with a view state the session does not know are refused by Faces
 * (server-side state saving) and answered 400 by {@code ErrorDispatchServlet}. Multipart posts
 * (uploads) are left to Faces, which reads their parts itself.
 */
@WebFilter("*.xhtml")
public class FacesPostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FacesPostFilter.class.getName());

    /** The request parameter carrying the view state. */
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && isUrlEncodedForm(request)) {
            if (request.getCharacterEncoding() == null) {
                // Read the form as Faces would: our pages are UTF-8.
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            String state = request.getParameter(VIEW_STATE);
            if (state == null || state.isBlank()) {
                LOG.log(
                        Level.FINE,
                        "Refused a form post without a view state to {0}",
                        request.getRequestURI());
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isUrlEncodedForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null
                || type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33);
    }
}
