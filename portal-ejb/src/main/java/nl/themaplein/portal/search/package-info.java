/**
 * The connection from the portal to Solr: one client per application, built from configuration, and
 * the search and indexing objects of {@code search-index} as CDI beans.
 */
package nl.themaplein.portal.search;
