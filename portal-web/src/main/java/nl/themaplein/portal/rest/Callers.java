package nl.themaplein.portal.rest;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import nl.themaplein.portal.rest.error.ProblemException;

/**
 * The account calling the API. The caller principal is the account id (see {@code
 * AccountIdentityStore}); {@code web.xml} lets only authenticated callers reach the resources that
 * ask, and this checks again in code.
 */
public final class Callers {

    private Callers() {}

    /** The calling account's id; 401 when nobody is logged in. */
    public static long accountId(SecurityContext security) {
        Principal caller = security == null ? null : security.getUserPrincipal();
        if (caller == null || !caller.getName().matches("[0-9]{1,18}")) {
            throw ProblemException.of(401, "problem.401.detail");
        }
        return Long.parseLong(caller.getName());
    }
}
