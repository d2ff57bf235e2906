/** The home page: themes, libraries and today's opening hours. */
package nl.themaplein.portal.web.home;
