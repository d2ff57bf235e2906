package nl.themaplein.portal.rest.me;

/**
 * The body of {@code PUT /api/v1/me}: the whole changeable profile. {@code homeBranch} null means
 * no home branch.
 *
 * @param displayName the name shown to others (letters, digits, spaces, {@code ' ’ - .}; at most
 *     100 characters)
 * @param language {@code nl} or {@code en}
 * @param homeBranch the branch by organisation code and branch code, or null
 */
public record MeUpdate(String displayName, String language, BranchCode homeBranch) {

    /** A branch named by the code of its organisation and its own code. */
    public record BranchCode(String organisation, String code) {}
}
