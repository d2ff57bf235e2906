package nl.themaplein.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.search.SearchServices;
import nl.themaplein.search.SearchUnavailableException;
import nl.themaplein.search.SolrConnectionSettings;
import nl.themaplein.search.ingest.DemoCatalogue;
import nl.themaplein.search.ingest.ImportProblem;
import nl.themaplein.search.ingest.ImportReport;
import nl.themaplein.search.local.LocalSolrServer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.MarcXmlWriter;
import org.marc4j.marc.Record;

/**
 * Catalogue imports inside the portal against a real Solr node (started in this JVM, empty before
 * every test): uploads, server-side paths, the demo catalogue, and a Solr that is down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueImportServiceIT {

    private static final Logger LOG = Logger.getLogger(CatalogueImportServiceIT.class.getName());

    @TempDir static Path solrHome;
    @TempDir static Path dataDir;

    private LocalSolrServer solr;
    private SolrClient admin;
    private SearchServices search;
    private CatalogueImportService imports;
    private Path spoolDir;
    private Path importDir;

    @BeforeAll
    void startSolr() throws Exception {
        solr = LocalSolrServer.start(solrHome, 0);
        admin = new Http2SolrClient.Builder(solr.baseUrl()).build();
        search =
                new SearchServices(
                        SolrConnectionSettings.standalone(solr.baseUrl()), LocalSolrServer.CORE);
        search.open();
        spoolDir = dataDir.resolve("spool");
        importDir = Files.createDirectories(dataDir.resolve("imports"));
        imports = new CatalogueImportService(search, spoolDir, importDir);
    }

    @AfterAll
    void stopSolr() throws Exception {
        search.close();
        admin.close();
        solr.close();
    }

    @BeforeEach
    void emptyTheIndex() throws Exception {
        admin.deleteByQuery(LocalSolrServer.CORE, "*:*");
        admin.commit(LocalSolrServer.CORE);
    }

    @Test
    void theDemoCatalogueGoesIntoAnEmptyIndexOnlyOnce() {
        Optional<ImportReport> first = imports.importDemoCatalogueIfEmpty();
        Optional<ImportReport> second = imports.importDemoCatalogueIfEmpty();

        assertThat(first)
                .hasValueSatisfying(
                        r -> {
                            assertThat(r.added()).isEqualTo(DemoCatalogue.SIZE);
                            assertThat(r.broken()).isZero();
                        });
        assertThat(second).isEmpty();
        assertThat(imports.indexedRecords()).isEqualTo(DemoCatalogue.SIZE);
    }

    @Test
    void anUploadIsImportedUnderItsCleanedNameAndItsSpoolFileDeleted() throws IOException {
        byte[] marcXml = marcXml(DemoCatalogue.records().subList(0, 20));

        ImportReport first =
                imports.importUpload(
                        "../../tmp/Catalogus\u202E.xml", new ByteArrayInputStream(marcXml));
        ImportReport again =
                imports.importUpload("Catalogus.xml", new ByteArrayInputStream(marcXml));

        assertThat(first.read()).isEqualTo(20);
        assertThat(first.added()).isEqualTo(20);
        assertThat(again.added()).isZero();
        assertThat(again.updated())
                .as("the same file again updates, never duplicates")
                .isEqualTo(20);
        assertThat(imports.indexedRecords()).isEqualTo(20);
        try (var spooled = Files.list(spoolDir)) {
            assertThat(spooled).isEmpty();
        }
    }

    @Test
    void aBrokenUploadIsReportedNotThrown() throws IOException {
        byte[] good = marcXml(DemoCatalogue.records().subList(0, 3));
        String text = new String(good, StandardCharsets.UTF_8);
        Matcher firstEnd = Pattern.compile("</(\\w+:)?record>").matcher(text);
        assertThat(firstEnd.find()).as("MARCXML from marc4j").isTrue();
        String prefix = firstEnd.group(1) == null ? "" : firstEnd.group(1);
        byte[] broken =
                (text.substring(0, firstEnd.end())
                                + "<"
                                + prefix
                                + "record><"
                                + prefix
                                + "leader>kapot")
                        .getBytes(StandardCharsets.UTF_8);

        ImportReport garbage =
                imports.importUpload(
                        "garbage.bin",
                        new ByteArrayInputStream(
                                "dit is geen MARC".getBytes(StandardCharsets.UTF_8)));
        ImportReport truncated =
                imports.importUpload("truncated.xml", new ByteArrayInputStream(broken));

        assertThat(garbage.imported()).isZero();
        assertThat(garbage.problems())
                .isNotEmpty()
                .extracting(ImportProblem::source)
                .containsOnly("garbage.bin");
        assertThat(truncated.imported())
                .as("the good record before the fault is kept")
                .isEqualTo(1);
        assertThat(truncated.problems()).isNotEmpty();
        try (var spooled = Files.list(spoolDir)) {
            assertThat(spooled).isEmpty();
        }
    }

    @Test
    void serverPathsMustLieUnderTheImportDirectory() throws IOException {
        Files.write(importDir.resolve("batch.xml"), marcXml(DemoCatalogue.records().subList(0, 5)));

        ImportReport inside = imports.importServerPath("batch.xml");

        assertThat(inside.added()).isEqualTo(5);
        for (String outside : List.of("../spool", "/etc", importDir.resolve("../..").toString())) {
            assertThatThrownBy(() -> imports.importServerPath(outside))
                    .as(outside)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("path"));
        }
    }

    @Test
    void aSolrThatIsDownGivesSearchUnavailableSoTheDemoStepCanRetry() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SearchServices down =
                new SearchServices(
                        SolrConnectionSettings.standalone(
                                        "http://localhost:" + closedPort + "/solr")
                                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                        LocalSolrServer.CORE);
        down.open();
        try {
            CatalogueImportService unreachable =
                    new CatalogueImportService(down, spoolDir, importDir);

            assertThatThrownBy(unreachable::importDemoCatalogueIfEmpty)
                    .isInstanceOf(SearchUnavailableException.class);
        } finally {
            down.close();
        }
    }

    @Test
    void theSharedMarcFilesImportByServerPath() {
        Path shared = Path.of(System.getProperty("themaplein.shared.dir", "../../shared"), "data");
        Assumptions.assumeTrue(
                Files.isDirectory(shared.resolve("marc21")),
                "The shared MARC files are not at "
                        + shared
                        + "; set -Dthemaplein.shared.dir to run this test");
        CatalogueImportService fromShared = new CatalogueImportService(search, spoolDir, shared);

        ImportReport marc21 = fromShared.importServerPath("marc21");
        ImportReport marcXml = fromShared.importServerPath("marcxml");

        for (ImportReport report : List.of(marc21, marcXml)) {
            assertThat(report.imported()).isPositive();
            assertThat(report.read()).isEqualTo(report.imported() + report.broken());
        }
        long read = marc21.read() + marcXml.read();
        double seconds = (marc21.elapsed().toNanos() + marcXml.elapsed().toNanos()) / 1e9;
        LOG.info(
                () ->
                        "Shared MARC files through CatalogueImportService: %d records read, %d imported, %d broken in %.1f s (%.0f records/s)"
                                .formatted(
                                        read,
                                        marc21.imported() + marcXml.imported(),
                                        marc21.broken() + marcXml.broken(),
                                        seconds,
                                        read / seconds));
        // The index was empty: every record counted as added is one distinct record in it.
        assertThat(imports.indexedRecords()).isEqualTo(marc21.added() + marcXml.added());
    }

    private static byte[] marcXml(List<Record> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarcXmlWriter writer = new MarcXmlWriter(out, "UTF-8");
        records.forEach(writer::write);
        writer.close();
        return out.toByteArray();
    }
}
