package nl.themaplein.portal.web.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads the credentials of an {@code Authorization: Basic …} header (RFC 7617, UTF-8). */
final class BasicCredentials {

    private static final String SCHEME = "basic ";

    private BasicCredentials() {}

    /**
     * The user name and password in {@code header}, or empty when the header is absent, uses
     * another scheme or is malformed.
     */
    static Optional<UsernamePasswordCredential> parse(String header) {
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            byte[] bytes = Base64.getDecoder().decode(header.substring(SCHEME.length()).trim());
            decoded = new String(bytes, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException ignore) {
            return Optional.empty();
        }

        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(
                new UsernamePasswordCredential(
                        decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    /** Whether {@code header} asks for Basic authentication at all. */
    static boolean isBasic(String header) {
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }
}
