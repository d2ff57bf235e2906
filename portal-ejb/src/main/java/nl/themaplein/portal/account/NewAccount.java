package nl.themaplein.portal.account;

import nl.themaplein.portal.text.Language;

/**
 * What it takes to open an account, as typed; {@link AccountService#create} checks every field.
 *
 * @param email the login name and where mail goes
 * @param displayName the name shown to others
 * @param password the password in clear; only its hash is kept
 * @param homeBranchId the member's own branch, or null
 * @param language the language of the portal and its mails
 */
public record NewAccount(
        String email, String displayName, String password, Long homeBranchId, Language language) {

    @Override
    public String toString() {
        // Personal data and a password: never in a log.
        return "NewAccount[…]";
    }
}
