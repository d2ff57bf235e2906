package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Case C17: a record with a 23-character leader must not stop the import, wherever it sits. The
 * shared file has it second; the test also moves it first and last.
 */
@DisplayName("C17 — one record with a short leader stops the whole MARCXML import")
class CaseC17Test {

    private static final Pattern RECORD = Pattern.compile("<record>.*?</record>", Pattern.DOTALL);

    @ParameterizedTest(name = "short-leader record at position {0}")
    @ValueSource(ints = {1, 2, 3})
    @DisplayName("the job completes, reads 3, keeps c17-r1 and c17-r3, skips c17-r2 naming its 001")
    void outcomeDoesNotDependOnWhereTheBadRecordSits(int position) throws IOException {
        CollectingSink sink = new CollectingSink();

        ImportReport report =
                new CatalogueImport(sink)
                        .importStream(
                                "C17.xml", new ByteArrayInputStream(withBadRecordAt(position)));

        assertThat(report.read()).isEqualTo(3);
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.broken()).isEqualTo(1);
        assertThat(report.problems())
                .singleElement()
                .satisfies(
                        problem -> {
                            assertThat(problem.recordId()).isEqualTo("c17-r2");
                            assertThat(problem.position()).isEqualTo(position);
                            assertThat(problem.source()).isEqualTo("C17.xml");
                            assertThat(problem.reason()).contains("leader has 23 characters");
                        });
        assertThat(sink.get("c17-r1").title()).contains("geldige leader");
        assertThat(sink.get("c17-r3").title()).contains("geldige leader");
    }

    /** The shared C17.xml with its second record (the bad one) moved to {@code position}. */
    private static byte[] withBadRecordAt(int position) throws IOException {
        String xml = Files.readString(SharedData.caseFile("C17.xml"), StandardCharsets.UTF_8);
        List<String> records = new ArrayList<>();
        Matcher matcher = RECORD.matcher(xml);
        while (matcher.find()) {
            records.add(matcher.group());
        }
        assertThat(records).hasSize(3);
        assertThat(records.get(1)).contains("c17-r2");

        List<String> reordered = new ArrayList<>(List.of(records.get(0), records.get(2)));
        reordered.add(position - 1, records.get(1));
        int start = xml.indexOf(records.get(0));
        int end = xml.indexOf(records.get(2)) + records.get(2).length();
        String moved =
                xml.substring(0, start) + String.join("\n  ", reordered) + xml.substring(end);
        return moved.getBytes(StandardCharsets.UTF_8);
    }
}
