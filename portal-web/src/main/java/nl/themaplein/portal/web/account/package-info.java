/** Login, logout and who is logged in, for the pages. */
package nl.themaplein.portal.web.account;
