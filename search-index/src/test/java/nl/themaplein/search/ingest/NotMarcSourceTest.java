package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not MARC at all is refused with a reason, never imported as "0 records". */
class NotMarcSourceTest {

    private static final byte[] PNG_START = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };

    @TempDir Path dir;

    @Test
    void theMarkdownOfCaseC01IsRefusedAsNeitherMarcNorMarcXml() {
        Path markdown = SharedData.caseFile("C01.md");

        ImportReport report =
                new CatalogueImport(new CollectingSink()).importPaths(List.of(markdown));

        assertThat(report.read()).isZero();
        assertThat(report.problems())
                .singleElement()
                .satisfies(
                        problem -> {
                            assertThat(problem.source()).isEqualTo("C01.md");
                            assertThat(problem.position()).isZero();
                            assertThat(problem.reason())
                                    .contains("neither MARC21 (ISO 2709) nor MARCXML");
                        });
    }

    @Test
    void aPngIsRefusedAsNeitherMarcNorMarcXml() throws IOException {
        Path png = Files.write(dir.resolve("omslag.png"), PNG_START);

        ImportReport report = new CatalogueImport(new CollectingSink()).importPaths(List.of(png));

        assertThat(report.read()).isZero();
        assertThat(report.problems())
                .singleElement()
                .satisfies(
                        problem ->
                                assertThat(problem.reason())
                                        .contains("neither MARC21 (ISO 2709) nor MARCXML"));
    }

    @Test
    void aPlainTextStreamIsRefused() {
        byte[] text = "Dit is geen catalogus.\n".getBytes(StandardCharsets.UTF_8);

        ImportReport report =
                new CatalogueImport(new CollectingSink())
                        .importStream("leesmij.txt", new ByteArrayInputStream(text));

        assertThat(report.problems())
                .singleElement()
                .satisfies(
                        problem ->
                                assertThat(problem.reason())
                                        .contains("neither MARC21 (ISO 2709) nor MARCXML"));
    }
}
