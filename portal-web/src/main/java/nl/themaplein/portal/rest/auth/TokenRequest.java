package nl.themaplein.portal.rest.auth;

/**
 * The body of {@code POST /api/v1/auth/tokens}.
 *
 * @param email the e-mail address of the account (any case)
 * @param password its password
 */
public record TokenRequest(String email, String password) {

    @Override
    public String toString() {
        return "TokenRequest[…]";
    }
}
