package nl.themaplein.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Gives every plain (non-Ajax) form post to a page a fresh CSP nonce, so a form posted without
 * JavaScript, which cannot send PrimeFaces' {@code primefaces.nonce}, is answered like any other
 * post instead of failing with PrimeFaces' "CSP nonce mismatch" as a server error.
 *
 * <p>This gives away nothing: a plain post re-renders the whole page, header and scripts, with the
 * new nonce, and the view state id still protects the form against cross-site request forgery. Ajax
 * posts keep PrimeFaces' own check, because their partial answer must carry the page's nonce.
 * {@link PlainPostNonceListener} stores the new nonce in the restored view, where PrimeFaces
 * compares it.
 */
@WebFilter("*.xhtml")
public class PlainPostNonceFilter extends HttpFilter {

    /** The request parameter and view map key PrimeFaces keeps its nonce under. */
    static final String NONCE = "primefaces.nonce";

    /** Request attribute holding the nonce this filter issued for the request. */
    static final String ISSUED = PlainPostNonceFilter.class.getName() + ".issued";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isPlainPost(request)) {
            chain.doFilter(request, response);
            return;
        }
        String nonce =
                Base64.getEncoder()
                        .encodeToString(
                                UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        request.setAttribute(ISSUED, nonce);
        chain.doFilter(new NonceRequest(request, nonce), response);
    }

    private static boolean isPlainPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && !"partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** The request with {@code primefaces.nonce} replaced; the body is parsed only when asked. */
    private static final class NonceRequest extends HttpServletRequestWrapper {

        private final String nonce;

        NonceRequest(HttpServletRequest request, String nonce) {
            super(request);
            this.nonce = nonce;
        }

        @Override
        public String getParameter(String name) {
            return NONCE.equals(name) ? nonce : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return NONCE.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.put(NONCE, new String[] {nonce});
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
