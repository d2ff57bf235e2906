package nl.themaplein.portal.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy from PrimeFaces
 * (see {@code primefaces.CSP_POLICY} in {@code web.xml}), because only PrimeFaces knows the nonce
 * of its scripts; everything else (the API, static files, servlet error answers) gets the strict
 * policy below, which allows nothing to run or frame it.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(
                "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (request.isSecure()) {
            // Browsers honour these only over HTTPS, and complain about the opener policy
            // otherwise.
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
            response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        }

        if (!isFacesPage(request)) {
            response.setHeader("Content-Security-Policy", ContentSecurityPolicy.NON_PAGE_POLICY);
        }
        if (isPersonal(request)) {
            // What a logged-in caller sees is theirs: no shared or browser cache keeps it.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /**
     * Answers for a logged-in caller (the authentication mechanism has run before any filter), and
     * every answer about tokens, which may carry one.
     */
    private static boolean isPersonal(HttpServletRequest request) {
        if (request.getUserPrincipal() != null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/v1/auth/");
    }

    /**
     * Pages rendered by Faces: {@code *.xhtml} and the welcome page behind the context root. For an
     * error dispatch the failed request decides: its error page is a Faces page too.
     */
    private static boolean isFacesPage(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed != null ? failed.toString() : request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        if (failed != null) {
            return !path.startsWith("/api/");
        }
        boolean resource = path.contains("/jakarta.faces.resource/");
        return !resource && (path.endsWith(".xhtml") || path.equals("/") || path.isEmpty());
    }
}
