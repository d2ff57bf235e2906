/**
 * The audit log: who granted or revoked which role, changed a consent, deleted an account or
 * imported interests, when and in which organisation. Entries outlive the accounts they name; a
 * deleted account shows as "deleted account".
 */
package nl.themaplein.portal.audit;
