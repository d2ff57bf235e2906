package nl.themaplein.portal.rest.auth;

import java.time.Instant;

/**
 * A token just issued: send it as {@code Authorization: Bearer <token>}. It is shown only now; the
 * portal keeps only its hash.
 *
 * @param token the token, 43 characters of URL-safe Base64
 * @param expiresAt when it stops working (ISO 8601, UTC)
 */
public record TokenResponse(String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "TokenResponse[expiresAt=" + expiresAt + "]";
    }
}
