package nl.themaplein.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The shared case files ({@code ../shared/cases/Cnn.xml}), found through the system property {@code
 * themaplein.shared.dir}. Tests of a case skip, with a message, when the files are absent.
 */
public final class SharedCases {

    /** The cases whose records the Solr tests load. */
    public static final List<String> SEARCH_CASES = List.of("C01", "C02", "C04", "C07");

    /** Records in the files of {@link #SEARCH_CASES}: 2 + 1 + 3 + 1. */
    public static final int SEARCH_CASE_RECORDS = 7;

    /** Why a case test was skipped. */
    public static final String ABSENT =
            "Skipped: the shared case files are absent (system property themaplein.shared.dir)";

    private SharedCases() {}

    /** The MARCXML files of {@code cases}, or empty when any of them is missing. */
    public static Optional<List<Path>> files(List<String> cases) {
        String property = System.getProperty("themaplein.shared.dir");
        if (property == null) {
            return Optional.empty();
        }
        List<Path> files =
                cases.stream().map(id -> Path.of(property, "cases", id + ".xml")).toList();
        return files.stream().allMatch(Files::isRegularFile)
                ? Optional.of(files)
                : Optional.empty();
    }
}
