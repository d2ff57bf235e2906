/** {@code /staff/roles.xhtml}: staff grant and revoke roles in their organisation (slice B). */
package nl.themaplein.portal.web.roles;
