package nl.themaplein.portal.rest.me;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The account id of the API caller: the principal name the identity store gives (never null). */
public final class Caller {

    private Caller() {}

    /** The caller's account id; 401 when nobody (or no portal account) is calling. */
    public static long accountId(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        if (principal == null || !principal.getName().matches("[0-9]{1,18}")) {
            throw new NotAuthorizedException("Basic realm=\"Themaplein\", charset=\"UTF-8\"");
        }
        return Long.parseLong(principal.getName());
    }
}
