package nl.themaplein.search.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real in-memory {@link CatalogueSink} with the index's id semantics: a record whose id is
 * already there replaces the earlier one and counts as updated. Not thread-safe.
 */
final class CollectingSink implements CatalogueSink {

    private final Map<String, CatalogueRecord> byId = new LinkedHashMap<>();
    private final List<CatalogueRecord> accepted = new ArrayList<>();
    private final List<Integer> batchSizes = new ArrayList<>();
    private int finishCalls;

    @Override
    public Outcome accept(List<CatalogueRecord> batch) {
        batchSizes.add(batch.size());
        long added = 0;
        long updated = 0;
        accepted.addAll(batch);
        for (CatalogueRecord record : batch) {
            if (byId.put(record.id(), record) == null) {
                added++;
            } else {
                updated++;
            }
        }
        return new Outcome(added, updated);
    }

    @Override
    public void finish() {
        finishCalls++;
    }

    CatalogueRecord get(String id) {
        CatalogueRecord record = byId.get(id);
        if (record == null) {
            throw new AssertionError("No record with id " + id + "; ids: " + byId.keySet());
        }
        return record;
    }

    /** Every record accepted, in order, repeats included. */
    List<CatalogueRecord> accepted() {
        return List.copyOf(accepted);
    }

    /** The records by id, as the index would hold them. */
    List<CatalogueRecord> records() {
        return List.copyOf(byId.values());
    }

    int size() {
        return byId.size();
    }

    List<Integer> batchSizes() {
        return batchSizes;
    }

    int finishCalls() {
        return finishCalls;
    }
}
