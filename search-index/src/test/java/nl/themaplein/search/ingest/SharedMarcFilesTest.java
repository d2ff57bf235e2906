package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.marc4j.marc.Record;

/**
 * Reads every file of the shared real-world MARC data (ISO 2709, many of them MARC-8, and MARCXML
 * with and without namespace) and checks each against the record count PROVENANCE.md documents.
 */
class SharedMarcFilesTest {

    private static final Logger LOG = Logger.getLogger(SharedMarcFilesTest.class.getName());

    /**
     * A row of a file table in PROVENANCE.md: | `file` | source | commit | licence | records | …
     */
    private static final Pattern FILE_ROW =
            Pattern.compile(
                    "^\\| `([^`]+)` \\|[^|]*\\|[^|]*\\|[^|]*\\| (\\d+) \\|", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> everySharedMarcFile() throws IOException {
        Path data = SharedData.dir().resolve("data");
        Map<String, Integer> documented = documentedCounts(data.resolve("PROVENANCE.md"));
        List<Path> files;
        try (Stream<Path> tree =
                Stream.concat(
                        Files.walk(SharedData.dataDir("marc21")),
                        Files.walk(SharedData.dataDir("marcxml")))) {
            files = tree.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).as("shared MARC files").isNotEmpty();
        return files.stream()
                .map(
                        file ->
                                DynamicTest.dynamicTest(
                                        data.relativize(file).toString(),
                                        () -> check(file, documented)));
    }

    private static void check(Path file, Map<String, Integer> documented) throws IOException {
        Integer expected = documented.get(file.getFileName().toString());
        assertThat(expected)
                .as("record count of %s in PROVENANCE.md", file.getFileName())
                .isNotNull();
        CollectingSink sink = new CollectingSink();

        ImportReport report = new CatalogueImport(sink).importPaths(List.of(file));

        assertThat(report.read()).as("records read").isEqualTo(expected.longValue());
        assertThat(report.added() + report.updated() + report.broken())
                .as("every record accounted for")
                .isEqualTo(report.read());
        assertThat(report.problems())
                .allSatisfy(
                        problem -> {
                            assertThat(problem.reason()).isNotBlank();
                            assertThat(problem.position()).isBetween(1L, report.read());
                        });
        assertThat(report.problems()).hasSize((int) report.broken());
        for (CatalogueRecord record : sink.accepted()) {
            assertThat(record.id()).as("id").isNotBlank();
            assertThat(record.title()).as("title of %s", record.id()).isNotBlank();
            assertThat(TextChecks.allText(record))
                    .allSatisfy(
                            text ->
                                    assertThat(TextChecks.fault(text))
                                            .as("%s in %s", text, record.id())
                                            .isNull());
        }
        assertDuplicatesExplained(file, sink.accepted());
        LOG.info(
                () ->
                        "%s: %d read, %d broken, %d distinct ids"
                                .formatted(
                                        file.getFileName(),
                                        report.read(),
                                        report.broken(),
                                        sink.size()));
    }

    /**
     * An id may repeat only where the file itself repeats a 001, or where two records without 001
     * have the same content (their hash ids then agree, and so do the mapped records).
     */
    private static void assertDuplicatesExplained(Path file, List<CatalogueRecord> mapped)
            throws IOException {
        Map<String, List<CatalogueRecord>> byId =
                mapped.stream().collect(Collectors.groupingBy(CatalogueRecord::id));
        Map<String, Long> repeated001 = repeatedControlNumbers(file);
        for (Map.Entry<String, List<CatalogueRecord>> entry : byId.entrySet()) {
            List<CatalogueRecord> sameId = entry.getValue();
            if (sameId.size() == 1) {
                continue;
            }
            if (entry.getKey().startsWith(MarcRecordMapper.HASH_ID_PREFIX)) {
                assertThat(sameId)
                        .as("records with hash id %s", entry.getKey())
                        .allMatch(sameId.getFirst()::equals);
            } else {
                assertThat(repeated001.get(entry.getKey()))
                        .as("times %s repeats its 001", file.getFileName())
                        .isEqualTo((long) sameId.size());
            }
        }
        LOG.info(() -> "%s repeats these 001s: %s".formatted(file.getFileName(), repeated001));
    }

    private static Map<String, Long> repeatedControlNumbers(Path file) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        try (MarcSource source = MarcSource.open(file)) {
            while (source.hasNext()) {
                if (source.next() instanceof MarcReadResult.Read read) {
                    String id = controlNumber(read.record());
                    if (id != null) {
                        counts.merge(id, 1L, Long::sum);
                    }
                }
            }
        }
        counts.values().removeIf(count -> count < 2);
        return counts;
    }

    private static String controlNumber(Record record) {
        String id = record.getControlNumber();
        return id == null || id.isBlank() ? null : id.strip();
    }

    private static Map<String, Integer> documentedCounts(Path provenance) throws IOException {
        String text = Files.readString(provenance, StandardCharsets.UTF_8);
        Matcher row = FILE_ROW.matcher(text);
        Map<String, Integer> counts = new HashMap<>();
        while (row.find()) {
            counts.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        return counts;
    }
}
