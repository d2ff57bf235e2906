/**
 * Bulk import of members' theme interests from an ILS or CRM export (CSV): {@link
 * nl.themaplein.portal.interest.InterestCsv} reads the file, {@link
 * nl.themaplein.portal.interest.InterestImportService} plans (dry run) and applies it.
 */
package nl.themaplein.portal.interest;
