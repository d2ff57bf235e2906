package nl.themaplein.search.ingest;

import java.time.Duration;
import java.util.List;

/**
 * Counts and problems at the end of an import.
 *
 * @param read records read from the sources (good and broken)
 * @param added records new to the index
 * @param updated records that replaced an earlier version with the same id
 * @param broken records reported and skipped
 * @param problems one entry per broken record (and per unreadable file)
 * @param elapsed wall-clock time of the import
 */
public record ImportReport(
        long read,
        long added,
        long updated,
        long broken,
        List<ImportProblem> problems,
        Duration elapsed) {

    /** Records imported (added or updated). */
    public long imported() {
        return added + updated;
    }

    /** Records per second over the whole import. */
    public double recordsPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return read / seconds;
    }
}
