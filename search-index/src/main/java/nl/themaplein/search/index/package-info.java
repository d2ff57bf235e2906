/**
 * Writing to the index and reading documents back: catalogue records to Solr documents and back,
 * sort keys, and the indexer every catalogue import writes to.
 */
package nl.themaplein.search.index;
