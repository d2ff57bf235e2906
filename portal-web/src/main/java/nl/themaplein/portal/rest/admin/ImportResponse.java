package nl.themaplein.portal.rest.admin;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import nl.themaplein.search.ingest.ImportReport;

/**
 * The report of one import, as the API returns it.
 *
 * @param read records read from the file, good and broken
 * @param added records new to the catalogue
 * @param updated records that replaced an earlier version with the same id
 * @param broken records reported below and skipped
 * @param imported added plus updated
 * @param problems one entry per broken record (or unreadable file)
 * @param elapsedMillis wall-clock time of the import
 * @param recordsPerSecond records read per second
 */
@JsonbPropertyOrder({
    "read",
    "added",
    "updated",
    "broken",
    "imported",
    "problems",
    "elapsedMillis",
    "recordsPerSecond"
})
public record ImportResponse(
        long read,
        long added,
        long updated,
        long broken,
        long imported,
        List<Problem> problems,
        long elapsedMillis,
        double recordsPerSecond) {

    /** A record that was not imported: where it was and why. */
    public record Problem(String source, long position, String recordId, String reason) {}

    static ImportResponse of(ImportReport report) {
        List<Problem> problems =
                report.problems().stream()
                        .map(p -> new Problem(p.source(), p.position(), p.recordId(), p.reason()))
                        .toList();
        return new ImportResponse(
                report.read(),
                report.added(),
                report.updated(),
                report.broken(),
                report.imported(),
                problems,
                report.elapsed().toMillis(),
                Math.round(report.recordsPerSecond() * 10) / 10.0);
    }
}
