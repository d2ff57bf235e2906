/**
 * Solr in this JVM, from Maven artifacts alone: the standalone node of {@code ./themaplein run}
 * ({@link nl.themaplein.search.local.LocalSolrServer}), a multi-node SolrCloud for tests ({@link
 * nl.themaplein.search.local.LocalSolrCloud}) and the configset copied out of the classpath. Never
 * used inside Payara.
 */
package nl.themaplein.search.local;
