package nl.themaplein.search.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.search.SearchUnavailableException;
import nl.themaplein.search.SolrFields;
import nl.themaplein.search.ingest.CatalogueRecord;
import nl.themaplein.search.ingest.CatalogueSink;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

/**
 * Writes catalogue records to Solr: the sink of every catalogue import. A record whose id is in the
 * index already replaces it and counts as updated; any other counts as added. Records become
 * visible to searches at {@link #finish()}.
 *
 * <p>Works on a standalone core and on a SolrCloud collection alike; one instance may serve several
 * imports at once.
 */
public final class CatalogueIndexer implements CatalogueSink {

    private static final Logger LOG = Logger.getLogger(CatalogueIndexer.class.getName());

    private final SolrClient client;
    private final String collection;
    private final Clock clock;
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();

    /** An indexer writing to {@code collection} (a core name on standalone Solr). */
    public CatalogueIndexer(SolrClient client, String collection) {
        this(client, collection, Clock.systemUTC());
    }

    CatalogueIndexer(SolrClient client, String collection, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.collection = Objects.requireNonNull(collection, "collection");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Outcome accept(List<CatalogueRecord> batch) {
        if (batch.isEmpty()) {
            return new Outcome(0, 0);
        }
        Set<String> known = new HashSet<>(existingIds(batch));
        Instant now = clock.instant();
        long newOnes = 0;
        List<SolrInputDocument> docs = new ArrayList<>(batch.size());
        for (CatalogueRecord record : batch) {
            if (known.add(record.id())) {
                newOnes++;
            }
            docs.add(CatalogueDocuments.toDocument(record, now));
        }

        write(docs);
        Outcome outcome = new Outcome(newOnes, batch.size() - newOnes);
        added.addAndGet(outcome.added());
        updated.addAndGet(outcome.updated());
        LOG.fine(() -> "Indexed a batch into " + collection + ": " + outcome);
        return outcome;
    }

    @Override
    public void finish() {
        try {
            client.commit(collection);
        } catch (SolrServerException | IOException | SolrException e) {
            throw unavailable("Committing collection " + collection, e);
        }
        LOG.log(
                Level.INFO,
                "Committed collection {0}: {1} records added and {2} updated since this indexer"
                        + " started; they are searchable now",
                new Object[] {collection, added.get(), updated.get()});
    }

    /** Which of the batch's ids the index holds already, committed or not. */
    private Set<String> existingIds(List<CatalogueRecord> batch) {
        Set<String> ids = new LinkedHashSet<>();
        batch.forEach(record -> ids.add(record.id()));
        try {
            Set<String> existing = new HashSet<>();
            for (SolrDocument doc : RealTimeGet.byIds(client, collection, ids, SolrFields.ID)) {
                existing.add(doc.getFirstValue(SolrFields.ID).toString());
            }
            return existing;
        } catch (SolrServerException | IOException | SolrException e) {
            throw unavailable("Looking up " + ids.size() + " ids in collection " + collection, e);
        }
    }

    private void write(List<SolrInputDocument> docs) {
        try {
            client.add(collection, docs);
        } catch (SolrServerException | IOException | SolrException e) {
            throw unavailable("Writing " + docs.size() + " records to collection " + collection, e);
        }
    }

    private static SearchUnavailableException unavailable(String attempt, Exception cause) {
        return new SearchUnavailableException(attempt + " failed: " + cause.getMessage(), cause);
    }
}
