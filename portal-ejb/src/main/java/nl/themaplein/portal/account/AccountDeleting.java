package nl.themaplein.portal.account;

/**
 * Fired (synchronously, inside the deleting transaction) just before an account is removed:
 * observers remove the personal data they keep about it and anonymise what the member contributed.
 * An observer that throws stops the deletion.
 *
 * @param accountId the account about to go
 */
public record AccountDeleting(long accountId) {}
