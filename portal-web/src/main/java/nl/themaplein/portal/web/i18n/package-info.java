/** Languages of the pages and the API: Dutch first, English too; texts, locale, language names. */
package nl.themaplein.portal.web.i18n;
