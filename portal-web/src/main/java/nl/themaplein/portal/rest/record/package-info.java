/** {@code GET /api/v1/records/{id}}: one catalogue record with every mapped field. */
package nl.themaplein.portal.rest.record;
