package nl.themaplein.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The portal's Content-Security-Policy, in one place. Pages get {@link #getPagePolicy()} through
 * PrimeFaces ({@code primefaces.CSP_POLICY} in {@code web.xml} names this bean), which appends the
 * nonce of its scripts to the policy's last directive, {@code script-src}; so no inline script
 * without that nonce runs. Inline style attributes stay allowed: PrimeFaces components set them.
 * Everything that is not a page gets {@link #NON_PAGE_POLICY} from {@link SecurityHeadersFilter}.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    /** Pages; must end with {@code script-src}, where PrimeFaces adds the nonce. */
    static final String PAGE_POLICY =
            String.join(
                    "; ",
                    "default-src 'self'",
                    "img-src 'self' data:",
                    "style-src 'self' 'unsafe-inline'",
                    "font-src 'self' data:",
                    "connect-src 'self'",
                    "object-src 'none'",
                    "base-uri 'self'",
                    "form-action 'self'",
                    "frame-ancestors 'none'",
                    "script-src 'self'");

    /**
     * Responses that are not pages (the API, files, servlet errors): nothing runs or frames them.
     */
    static final String NON_PAGE_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    /** The policy of pages, without the nonce PrimeFaces adds. */
    public String getPagePolicy() {
        return PAGE_POLICY;
    }
}
