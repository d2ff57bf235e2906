package nl.themaplein.portal.web.i18n;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import nl.themaplein.portal.web.security.LocalRedirects;

/**
 * The language switch: {@code /language?to=en&next=/search.xhtml%3Fq%3D…} remembers the choice in a
 * cookie for a year and sends the visitor back to the page they were on. {@code next} must be a
 * path inside the portal, so the switch cannot be used to redirect anyone elsewhere.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Cookie holding the chosen language code. */
    public static final String COOKIE = "themaplein-lang";

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Locale chosen = Messages.supported(Locale.of(String.valueOf(request.getParameter("to"))));
        response.addCookie(cookie(request, chosen));
        response.sendRedirect(
                request.getContextPath() + LocalRedirects.localPath(request.getParameter("next")));
    }

    private static Cookie cookie(HttpServletRequest request, Locale chosen) {
        Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
