/** Where the container sends errors: problem+json for the API, an error page for people. */
package nl.themaplein.portal.web.error;
