package nl.themaplein.search.ingest;

import java.util.List;

/**
 * Where imported records go. The Solr indexer implements it; an import job only knows this
 * interface, so ingest can be tested and benchmarked apart from the index.
 */
public interface CatalogueSink {

    /** Counts of one batch written. */
    record Outcome(long added, long updated) {}

    /** Writes one batch; records whose id already exists replace the earlier version. */
    Outcome accept(List<CatalogueRecord> batch);

    /** Makes everything written so far visible to searches. */
    void finish();
}
