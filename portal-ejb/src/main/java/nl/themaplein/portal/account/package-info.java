/**
 * Accounts and their roles per organisation: creation with a slow password hash, look-up by e-mail
 * address regardless of case, and the {@link nl.themaplein.portal.account.AccountIdentityStore}
 * through which Jakarta Security checks logins.
 */
package nl.themaplein.portal.account;
