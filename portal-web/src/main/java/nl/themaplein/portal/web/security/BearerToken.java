package nl.themaplein.portal.web.security;

import java.util.Optional;

/** Reads the token of an {@code Authorization: Bearer …} header (RFC 6750). */
public final class BearerToken {

    private static final String SCHEME = "bearer ";

    private BearerToken() {}

    /** Whether {@code header} uses the Bearer scheme at all. */
    public static boolean isBearer(String header) {
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** The token in {@code header}; empty when it is absent or another scheme. */
    public static Optional<String> parse(String header) {
        if (!isBearer(header)) {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
