/**
 * Pages of slice B: the member's privacy page (consents, download, deletion), and the helpers the
 * staff and admin pages of roles, audit and interest import share.
 */
package nl.themaplein.portal.web.privacy;
