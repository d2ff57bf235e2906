/** The caller's own data: consents and "download my data" ({@code /api/v1/me/…}, slice B). */
package nl.themaplein.portal.rest.me;
