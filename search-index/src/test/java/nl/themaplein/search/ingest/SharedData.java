package nl.themaplein.search.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared public test data (cases and real MARC files), found through the system property {@code
 * themaplein.shared.dir}. Tests that need it are skipped, with a message, when it is absent.
 */
final class SharedData {

    private SharedData() {}

    /** The shared directory, or the calling test is skipped. */
    static Path dir() {
        String property = System.getProperty("themaplein.shared.dir");
        assumeTrue(property != null, "Skipped: system property themaplein.shared.dir is not set");
        Path dir = Path.of(property);
        assumeTrue(
                Files.isDirectory(dir),
                () -> "Skipped: shared data directory " + dir + " is absent");
        return dir;
    }

    /** One case input file such as {@code C15.mrc}, or the calling test is skipped. */
    static Path caseFile(String name) {
        Path file = dir().resolve("cases").resolve(name);
        assumeTrue(Files.isRegularFile(file), () -> "Skipped: case file " + file + " is absent");
        return file;
    }

    /** A directory under {@code data/}, or the calling test is skipped. */
    static Path dataDir(String name) {
        Path data = dir().resolve("data").resolve(name);
        assumeTrue(
                Files.isDirectory(data),
                () -> "Skipped: shared data directory " + data + " is absent");
        return data;
    }
}
