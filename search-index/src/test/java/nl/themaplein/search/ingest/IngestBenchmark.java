package nl.themaplein.search.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Measures import throughput (read, convert, map; no index) over every shared MARC file into a sink
 * that only counts. Not a test: run it by hand and read the figures.
 *
 * <pre>
 * mvn -B -o -q -pl search-index test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * CP=search-index/target/test-classes:search-index/target/classes
 * java -cp $CP:$(cat search-index/target/test-classpath.txt) \
 *     nl.themaplein.search.ingest.IngestBenchmark /work/shared [rounds] [warm-up rounds]
 * </pre>
 *
 * The warm-up rounds let the JIT compile marc4j and the mapper and are reported apart; the figure
 * to quote is the median of the measured rounds (with the machine's load, as other work on the same
 * cores changes it).
 */
public final class IngestBenchmark {

    private IngestBenchmark() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: IngestBenchmark SHARED_DIR [ROUNDS]");
            System.exit(2);
        }
        Path data = Path.of(args[0]).resolve("data");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Path> sources = List.of(data.resolve("marc21"), data.resolve("marcxml"));
        if (!sources.stream().allMatch(Files::isDirectory)) {
            System.err.println("No marc21 and marcxml directories under " + data);
            System.exit(2);
        }
        // The per-source log lines would be timed too; the benchmark prints its own figures.
        Logger.getLogger("nl.themaplein.search.ingest").setLevel(Level.WARNING);

        double[] rates = new double[rounds];
        for (int round = 0; round < warmUps; round++) {
            report("warm-up " + (round + 1), run(sources));
        }
        for (int round = 0; round < rounds; round++) {
            ImportReport report = run(sources);
            rates[round] = report.recordsPerSecond();
            report("round " + (round + 1), report);
        }
        Arrays.sort(rates);
        System.out.printf(
                Locale.ROOT,
                "records/s over %d rounds: median %.0f, slowest %.0f, fastest %.0f%n",
                rounds,
                rates[rounds / 2],
                rates[0],
                rates[rounds - 1]);
    }

    private static ImportReport run(List<Path> sources) {
        return new CatalogueImport(new CountingSink()).importPaths(sources);
    }

    private static void report(String label, ImportReport report) {
        System.out.printf(
                Locale.ROOT,
                "%-11s %,d records read (%d broken) in %.2f s: %.0f records/s%n",
                label,
                report.read(),
                report.broken(),
                report.elapsed().toNanos() / 1e9,
                report.recordsPerSecond());
    }

    /** Counts what it is given and keeps nothing, so the benchmark measures ingest alone. */
    private static final class CountingSink implements CatalogueSink {

        private long count;

        @Override
        public Outcome accept(List<CatalogueRecord> batch) {
            count += batch.size();
            return new Outcome(batch.size(), 0);
        }

        @Override
        public void finish() {
            // Nothing to make visible.
        }
    }
}
