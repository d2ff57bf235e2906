/** {@code /admin/audit.xhtml}: the audit log for administrators (slice B). */
package nl.themaplein.portal.web.audit;
