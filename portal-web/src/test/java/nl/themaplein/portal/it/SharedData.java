package nl.themaplein.portal.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared public test data beside the project ({@code -Dthemaplein.shared.dir}). */
public final class SharedData {

    private SharedData() {}

    /** The shared directory; the test is skipped, with a message, when it is absent. */
    public static Path dir() {
        String configured = System.getProperty("themaplein.shared.dir");
        assumeTrue(
                configured != null && Files.isDirectory(Path.of(configured)),
                "Skipped: the shared test data is absent (themaplein.shared.dir = "
                        + configured
                        + ")");
        return Path.of(configured);
    }

    /** A file of the shared cases, e.g. {@code C01.xml}; skipped when absent. */
    public static Path caseFile(String name) {
        Path file = dir().resolve("cases").resolve(name);
        assumeTrue(
                Files.isRegularFile(file), "Skipped: the shared case file " + file + " is absent");
        return file;
    }
}
