package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

class CatalogueImportTest {

    @TempDir Path dir;

    @Test
    void importingTheSameFileAgainUpdatesAndNeverDuplicates() throws IOException {
        Path file =
                write("aanwinsten.mrc", IsoRecord.file(record("r1"), record("r2"), record("r3")));
        CollectingSink sink = new CollectingSink();
        CatalogueImport job = new CatalogueImport(sink);

        ImportReport first = job.importPaths(List.of(file));
        ImportReport second = job.importPaths(List.of(file));

        assertThat(first.added()).isEqualTo(3);
        assertThat(first.updated()).isZero();
        assertThat(second.added()).isZero();
        assertThat(second.updated()).isEqualTo(3);
        assertThat(sink.size()).isEqualTo(3);
    }

    @Test
    void recordsWithoutA001KeepTheirIdAcrossImports() throws IOException {
        byte[] withoutId =
                IsoRecord.utf8("tijdelijk").field("245", "00", "a", "Zonder nummer").bytes();
        String xml =
                "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>00000nam"
                        + " a2200000 i 4500</leader><datafield tag=\"245\" ind1=\"0\""
                        + " ind2=\"0\"><subfield code=\"a\">Zonder"
                        + " nummer</subfield></datafield></record></collection>";
        CollectingSink sink = new CollectingSink();
        CatalogueImport job = new CatalogueImport(sink);

        job.importStream("a.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        ImportReport again =
                job.importStream(
                        "b.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(again.updated()).isEqualTo(1);
        assertThat(sink.records())
                .singleElement()
                .satisfies(
                        record ->
                                assertThat(record.id())
                                        .startsWith(MarcRecordMapper.HASH_ID_PREFIX));
    }

    @Test
    void writesInBatchesAndFinishesOncePerJob() {
        CollectingSink sink = new CollectingSink();
        CatalogueImport job =
                new CatalogueImport(sink, new MarcRecordMapper(), 3, (source, report) -> {});
        List<Record> records = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            records.add(Marc.book("b" + i).field("245", "00", "a", "Boek " + i).build());
        }

        ImportReport report = job.importRecords("geheugen", records);

        assertThat(sink.batchSizes()).containsExactly(3, 3, 1);
        assertThat(sink.finishCalls()).isEqualTo(1);
        assertThat(report.read()).isEqualTo(7);
        assertThat(report.imported()).isEqualTo(7);
        assertThat(report.recordsPerSecond()).isPositive();
    }

    @Test
    void aDirectoryIsReadInNameOrderSkippingHiddenFilesAndReportingWhatIsNotMarc()
            throws IOException {
        write("b.mrc", IsoRecord.file(record("b1"), record("b2")));
        write("a.xml", xml("a1"));
        write("leesmij.txt", "Dit is geen catalogus.".getBytes(StandardCharsets.UTF_8));
        write(".verborgen.mrc", IsoRecord.file(record("h1")));
        Files.createDirectories(dir.resolve("sub"));
        write("sub/b.mrc", IsoRecord.file(record("s1")));
        Map<String, ImportReport> perSource = new TreeMap<>();
        List<String> order = new ArrayList<>();
        CollectingSink sink = new CollectingSink();
        CatalogueImport job =
                new CatalogueImport(
                        sink,
                        new MarcRecordMapper(),
                        500,
                        (source, report) -> {
                            order.add(source);
                            perSource.put(source, report);
                        });

        ImportReport report = job.importPaths(List.of(dir));

        assertThat(order).containsExactly("a.xml", "b.mrc", "leesmij.txt", "sub/b.mrc");
        assertThat(perSource.get("b.mrc").added()).isEqualTo(2);
        assertThat(perSource.get("leesmij.txt").read()).isZero();
        assertThat(report.read()).isEqualTo(4);
        assertThat(report.added()).isEqualTo(4);
        assertThat(report.broken()).isZero();
        assertThat(sink.get("s1").source()).isEqualTo("sub/b.mrc");
        assertThat(report.problems())
                .singleElement()
                .satisfies(
                        problem -> {
                            assertThat(problem.source()).isEqualTo("leesmij.txt");
                            assertThat(problem.position()).isZero();
                            assertThat(problem.reason())
                                    .contains("neither MARC21 (ISO 2709) nor MARCXML");
                        });
        assertThat(sink.records()).extracting(CatalogueRecord::id).doesNotContain("h1");
    }

    @Test
    void aMissingPathIsAProblemAndTheOtherPathsAreStillImported() throws IOException {
        Path present = write("er.mrc", IsoRecord.file(record("r1")));

        ImportReport report =
                new CatalogueImport(new CollectingSink())
                        .importPaths(List.of(dir.resolve("weg.mrc"), present));

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.problems())
                .singleElement()
                .satisfies(
                        problem ->
                                assertThat(problem.reason())
                                        .isEqualTo("no such file or directory"));
    }

    @Test
    void brokenRecordsAreCountedReportedAndTheRestImported() throws IOException {
        byte[] broken = record("r2");
        broken[24 + 12 + 3] = 'x';
        Path file = write("deels.mrc", IsoRecord.file(record("r1"), broken, record("r3")));
        CollectingSink sink = new CollectingSink();

        ImportReport report = new CatalogueImport(sink).importPaths(List.of(file));

        assertThat(report.read()).isEqualTo(3);
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.broken()).isEqualTo(1);
        assertThat(report.problems())
                .singleElement()
                .satisfies(
                        problem -> {
                            assertThat(problem.source()).isEqualTo("deels.mrc");
                            assertThat(problem.position()).isEqualTo(2);
                            assertThat(problem.recordId()).isEqualTo("r2");
                        });
        assertThat(sink.records()).extracting(CatalogueRecord::id).containsExactly("r1", "r3");
    }

    @Test
    void aRecordTheMapperCannotHandleIsOneBrokenRecord() {
        Record tagless = MarcFactory.newInstance().newRecord("00000nam a2200000 i 4500");
        tagless.addVariableField(MarcFactory.newInstance().newDataField());
        List<Record> records = List.of(Marc.book("g1").build(), tagless, Marc.book("g3").build());
        CollectingSink sink = new CollectingSink();

        ImportReport report = new CatalogueImport(sink).importRecords("geheugen", records);

        assertThat(report.read()).isEqualTo(3);
        assertThat(report.broken()).isEqualTo(1);
        assertThat(report.problems().getFirst().reason())
                .startsWith("the record could not be mapped");
        assertThat(sink.records()).extracting(CatalogueRecord::id).containsExactly("g1", "g3");
    }

    @Test
    void aFailingSinkEndsTheJobWithItsException() throws IOException {
        Path file = write("r.mrc", IsoRecord.file(record("r1")));
        CatalogueSink unreachable =
                new CatalogueSink() {
                    @Override
                    public Outcome accept(List<CatalogueRecord> batch) {
                        throw new IllegalStateException(
                                "Solr at http://localhost:1 is not reachable");
                    }

                    @Override
                    public void finish() {}
                };

        assertThatThrownBy(() -> new CatalogueImport(unreachable).importPaths(List.of(file)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not reachable");
    }

    private static byte[] record(String id) {
        return IsoRecord.utf8(id).field("245", "00", "a", "Titel " + id).bytes();
    }

    private static byte[] xml(String id) {
        return ("<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>00000nam"
                        + " a2200000 i 4500</leader><controlfield tag=\"001\">"
                        + id
                        + "</controlfield></record></collection>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
