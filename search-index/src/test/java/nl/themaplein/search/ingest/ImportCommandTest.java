package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportCommandTest {

    @TempDir Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "FILE | Give exactly one of --solr-url and --zk-hosts",
                "--solr-url http://localhost:8983/solr --zk-hosts zk:2181 FILE | Give exactly one"
                        + " of --solr-url and --zk-hosts",
                "--solr-url http://localhost:8983/solr | Name at least one file or directory to"
                        + " import",
                "--solr-url http://localhost:8983/solr --snel FILE | Unknown option --snel",
                "--solr-url | --solr-url needs a value",
                "--solr-url ftp://host/solr FILE | A Solr URL must be http(s)",
                "--solr-url http://localhost:8983/solr FILE/weg.mrc | No such file or directory",
            })
    void badUsageExitsWith2AndSaysWhy(String arguments, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("r.mrc"), "00000");
        String[] args = arguments.replace("FILE", file.toString()).split(" ");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ImportCommand.run(args, print(out), print(err));

        assertThat(status).isEqualTo(ImportCommand.BAD_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(message)
                .contains("Usage: ImportCommand");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void helpPrintsTheUsage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status =
                ImportCommand.run(
                        new String[] {"--help"}, print(out), print(new ByteArrayOutputStream()));

        assertThat(status).isEqualTo(ImportCommand.FINISHED);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("--zk-hosts HOSTS")
                .contains("Exit status")
                .contains("3 not one record could be read");
    }

    @Test
    void anUnreachableIndexExitsWith1() throws IOException {
        Path file =
                Files.write(
                        dir.resolve("r.mrc"),
                        IsoRecord.utf8("r1").field("245", "00", "a", "Titel").bytes());
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        // Port 9 (discard) on loopback: nothing listens there on a build machine.
        int status =
                ImportCommand.run(
                        new String[] {"--solr-url", "http://127.0.0.1:9/solr", file.toString()},
                        print(new ByteArrayOutputStream()),
                        print(err));

        assertThat(status).isEqualTo(ImportCommand.INDEX_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Import stopped");
    }

    @Test
    void aProblemLineNamesSourcePositionAndId() {
        assertThat(
                        ImportCommand.describe(
                                new ImportProblem(
                                        "C17.xml", 2, "c17-r2", "the leader has 23 characters")))
                .isEqualTo("C17.xml record 2 (001 c17-r2): the leader has 23 characters");
        assertThat(
                        ImportCommand.describe(
                                new ImportProblem(
                                        "leesmij.txt",
                                        0,
                                        null,
                                        "neither MARC21 (ISO 2709) nor MARCXML")))
                .isEqualTo("leesmij.txt: neither MARC21 (ISO 2709) nor MARCXML");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
