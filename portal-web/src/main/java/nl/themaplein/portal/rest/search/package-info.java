/** {@code GET /api/v1/search} and its cursor: parameters, checks and the JSON answer. */
package nl.themaplein.portal.rest.search;
