package nl.themaplein.portal.account;

/**
 * Fired after an account was removed, inside the same transaction: for clean-up that needs the
 * account gone (counters, caches). The id no longer names any account.
 *
 * @param accountId the account that was removed
 */
public record AccountDeleted(long accountId) {}
