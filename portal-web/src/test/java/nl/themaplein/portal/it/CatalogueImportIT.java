package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.themaplein.portal.it.PortalDeployment.Demo;
import nl.themaplein.portal.setup.demo.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every shared MARC file ({@code data/marc21} and {@code data/marcxml}, recursively) through {@code
 * POST /api/v1/admin/imports} as an admin, on the deployed WAR with a real Solr. Each file's
 * records are counted independently of the portal ({@link MarcCounts}); what the portal reports
 * read, imported and broken must add up to that, and the index must grow by what it added.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueImportIT {

    private static final Logger LOG = Logger.getLogger(CatalogueImportIT.class.getName());
    private static final String ADMIN = DemoAccounts.emails().getFirst();

    /** A record of the shared data: evergreen_jazz_1k.mrc, 001 = 03-0018070. */
    private static final String KNOWN_ID = "03-0018070";

    private static final String KNOWN_TITLE = "The incredible jazz guitar of Wes Montgomery";

    private static Totals firstImport;
    private static long totalBefore;
    private static long totalAfter;

    @ArquillianResource private URL base;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.create("catalogue-import", Demo.ON);
    }

    @BeforeEach
    void importEverySharedFileOnce() {
        http = new Http(base);
        if (firstImport != null) {
            return;
        }
        List<Path> files = sharedMarcFiles();
        totalBefore = DemoCatalogueLoaded.await(http);
        firstImport = importAll(files);
        totalAfter = total();
        LOG.info(() -> "Imported " + files.size() + " shared MARC files: " + firstImport);
    }

    @Test
    void everyRecordIsImportedOrReportedBroken() {
        assertThat(firstImport.read).isEqualTo(firstImport.counted);
        assertThat(firstImport.added + firstImport.updated)
                .isEqualTo(firstImport.read - firstImport.broken);
        assertThat(firstImport.problems).isGreaterThanOrEqualTo(firstImport.broken);
    }

    @Test
    void theIndexGrowsByWhatWasAdded() {
        assertThat(totalAfter - totalBefore).isEqualTo(firstImport.added);
    }

    @Test
    void aTitleSearchFindsAKnownRecord() {
        JsonNode page = search("q=" + Http.encode("title:\"" + KNOWN_TITLE + "\""));

        List<String> ids = new ArrayList<>();
        page.get("results").forEach(result -> ids.add(result.get("id").asText()));
        assertThat(ids).contains(KNOWN_ID);
    }

    @Test
    void formatCountsAddUpToTheTotal() {
        JsonNode page = search("size=1");
        long sum = 0;
        for (JsonNode facet : page.get("facets")) {
            if (facet.get("key").asText().equals("format")) {
                for (JsonNode value : facet.get("values")) {
                    sum += value.get("count").asLong();
                }
            }
        }
        assertThat(sum).isEqualTo(page.get("total").asLong()).isEqualTo(totalAfter);
    }

    @Test
    void importingAgainUpdatesAndAddsNothing() {
        Totals again = importAll(sharedMarcFiles());

        assertThat(again.added).isZero();
        assertThat(again.updated).isEqualTo(firstImport.added + firstImport.updated);
        assertThat(total()).isEqualTo(totalAfter);
    }

    // ---------------------------------------------------------------------------------------------

    private Totals importAll(List<Path> files) {
        Totals totals = new Totals();
        Instant start = Instant.now();
        for (Path file : files) {
            HttpResponse<String> response =
                    http.post(
                            "api/v1/admin/imports?name="
                                    + Http.encode(file.getFileName().toString()),
                            file,
                            "Authorization",
                            Http.basic(ADMIN, DemoAccounts.PASSWORD));
            assertThat(response.statusCode()).as(file + ": " + response.body()).isEqualTo(200);

            JsonNode report = Http.json(response);
            long counted = MarcCounts.records(file);
            assertThat(report.get("read").asLong())
                    .as("records read from " + file)
                    .isEqualTo(counted);
            totals.add(counted, report);
        }
        totals.elapsed = Duration.between(start, Instant.now());
        return totals;
    }

    private long total() {
        return DemoCatalogueLoaded.total(http);
    }

    private JsonNode search(String parameters) {
        HttpResponse<String> response = http.get("api/v1/search?" + parameters);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static List<Path> sharedMarcFiles() {
        Path data = SharedData.dir().resolve("data");
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("marc21", "marcxml")) {
            Path dir = data.resolve(folder);
            assumeTrue(
                    Files.isDirectory(dir),
                    "Skipped: the shared MARC folder " + dir + " is absent");
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Sums of the import reports, with the independent count beside them. */
    private static final class Totals {
        long counted;
        long read;
        long added;
        long updated;
        long broken;
        long problems;
        long serverMillis;
        Duration elapsed = Duration.ZERO;

        void add(long countedInFile, JsonNode report) {
            counted += countedInFile;
            read += report.get("read").asLong();
            added += report.get("added").asLong();
            updated += report.get("updated").asLong();
            broken += report.get("broken").asLong();
            problems += report.get("problems").size();
            serverMillis += report.get("elapsedMillis").asLong();
        }

        @Override
        public String toString() {
            double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
            double serverSeconds = Math.max(serverMillis, 1) / 1000.0;
            return String.format(
                    java.util.Locale.ROOT,
                    "%d records counted, %d read, %d added, %d updated, %d broken; %.1f s with HTTP"
                            + " (%.0f records/s), %.1f s inside the imports (%.0f records/s)",
                    counted,
                    read,
                    added,
                    updated,
                    broken,
                    seconds,
                    read / seconds,
                    serverSeconds,
                    read / serverSeconds);
        }
    }
}
