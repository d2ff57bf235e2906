package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

    @Test
    void theStartOfCaseC01IsShownAsUtf8WithoutMojibake() {
        Path markdown = SharedData.caseFile("C01.md");

        ImportReport report =
                new CatalogueImport(new CollectingSink()).importPaths(List.of(markdown));

        assertThat(report.problems().getFirst().reason())
                .endsWith("it starts with \"# C01 — A colon inside a…\"")
                .doesNotContain("â");
    }

    @Test
    void aPreviewIsShortAndWithoutControlCharacters() {
        String preview =
                MarcSource.preview(
                        "Boodschappen:\tbrood\r\nmelk\u0000\u0007kaas en nog veel meer"
                                .getBytes(StandardCharsets.UTF_8));

        assertThat(preview).isEqualTo("Boodschappen: brood melk…");
        assertThat(preview.codePointCount(0, preview.length()))
                .isLessThanOrEqualTo(MarcSource.PREVIEW_CHARACTERS + 1);
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252() {
        byte[] windows = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x80, '5'};

        assertThat(MarcSource.preview(windows)).isEqualTo("Café €5");
    }

    @Test
    void aCharacterCutInTwoAtTheEndOfTheSniffedBytesKeepsTheTextUtf8() {
        // 62 bytes, then the first two of the three bytes of "—": the sniffed head ends inside it.
        byte[] full = ("Één en al" + "x".repeat(51) + "—").getBytes(StandardCharsets.UTF_8);
        byte[] head = Arrays.copyOf(full, 64);

        assertThat(MarcSource.preview(head)).startsWith("Één en al");
    }

    @Test
    void aPngShowsItsSignatureWithoutControlCharacters() {
        assertThat(MarcSource.preview(PNG_START)).isEqualTo("‰PNG IHDR");
    }
}
