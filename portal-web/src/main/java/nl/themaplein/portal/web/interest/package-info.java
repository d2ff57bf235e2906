/**
 * {@code /staff/interest-import.xhtml}: staff import members' theme interests from CSV (slice B).
 */
package nl.themaplein.portal.web.interest;
