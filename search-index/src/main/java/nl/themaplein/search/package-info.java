/**
 * Solr for the whole portal: the field names ({@link nl.themaplein.search.SolrFields}), the content
 * types of the one index, and the client factory ({@link nl.themaplein.search.SolrClients}) that
 * speaks to a standalone node and to SolrCloud through the same {@code SolrClient} type.
 */
package nl.themaplein.search;
