package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems belong to the report, which the command prints; the log repeats them only at FINE, so an
 * operator does not read each one twice.
 */
class ProblemLoggingTest {

    private final Logger ingest = Logger.getLogger("nl.themaplein.search.ingest");
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler collector =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    logged.add(record);
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
    private Level levelBefore;

    @TempDir Path dir;

    @BeforeEach
    void listen() {
        levelBefore = ingest.getLevel();
        ingest.setLevel(Level.ALL);
        collector.setLevel(Level.ALL);
        ingest.addHandler(collector);
    }

    @AfterEach
    void stopListening() {
        ingest.removeHandler(collector);
        ingest.setLevel(levelBefore);
    }

    @Test
    void brokenRecordsAndRefusedSourcesAreLoggedAtFineOnly() throws IOException {
        byte[] broken = IsoRecord.utf8("k2").field("245", "00", "a", "Kapot").bytes();
        broken[24 + 12 + 3] = 'x';
        Files.write(dir.resolve("a.mrc"), IsoRecord.file(broken));
        Files.writeString(dir.resolve("leesmij.txt"), "Geen MARC", StandardCharsets.UTF_8);

        ImportReport report = new CatalogueImport(new CollectingSink()).importPaths(List.of(dir));

        assertThat(report.problems()).hasSize(2);
        List<String> problemLogs =
                logged.stream()
                        .filter(record -> record.getLevel().intValue() > Level.INFO.intValue())
                        .map(LogRecord::getMessage)
                        .toList();
        assertThat(problemLogs).isEmpty();
        assertThat(logged)
                .filteredOn(record -> record.getLevel().equals(Level.FINE))
                .extracting(LogRecord::getMessage)
                .anySatisfy(message -> assertThat(message).contains("leesmij.txt"))
                .anySatisfy(message -> assertThat(message).contains("a.mrc"));
    }
}
