/**
 * The catalogue inside the portal: imports of MARC files (uploaded or on the server) and of the
 * demo catalogue into the Solr index, through the ingest of {@code search-index}.
 */
package nl.themaplein.portal.catalogue;
