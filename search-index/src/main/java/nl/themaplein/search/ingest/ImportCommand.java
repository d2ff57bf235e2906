package nl.themaplein.search.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.search.SearchUnavailableException;
import nl.themaplein.search.SolrClients;
import nl.themaplein.search.SolrConnectionSettings;
import nl.themaplein.search.index.CatalogueIndexer;
import org.apache.solr.client.solrj.SolrClient;

/**
 * The command-line importer: MARC 21 (ISO 2709) and MARCXML files or directories into the catalogue
 * index, with per-file and total counts, throughput and every problem on standard output.
 *
 * <pre>
 * ImportCommand --solr-url http://localhost:8983/solr [--collection themaplein] FILE|DIR...
 * ImportCommand --zk-hosts zk1:2181,zk2:2181/solr --collection themaplein FILE|DIR...
 * </pre>
 *
 * Exit status: 0 when the job finished (broken records included), 1 when the index could not be
 * reached or refused a batch, 2 on bad usage, 3 when not one record could be read from any of the
 * sources given (every source refused: not MARC, empty or unreadable).
 */
public final class ImportCommand {

    /** The job finished; broken records, if any, were reported and skipped. */
    public static final int FINISHED = 0;

    /** The index could not be reached or refused to write; the import stopped. */
    public static final int INDEX_FAILED = 1;

    /** The arguments were not understood; nothing was imported. */
    public static final int BAD_USAGE = 2;

    /**
     * Not one record could be read from the sources given: each was refused (not MARC, empty or
     * unreadable). A script must not mistake this for an import that found nothing new.
     */
    public static final int NOTHING_READ = 3;

    static final String DEFAULT_COLLECTION = "themaplein";

    /** Problems printed one by one; the rest are counted (the log has them all). */
    private static final int PROBLEMS_PRINTED = 200;

    private static final String USAGE =
            """
            Usage: ImportCommand (--solr-url URL | --zk-hosts HOSTS) [--collection NAME] [--verbose]
                                 FILE|DIR...

              --solr-url URL     base URL of a standalone Solr, e.g. http://localhost:8983/solr
              --zk-hosts HOSTS   ZooKeeper ensemble of a SolrCloud, e.g. zk1:2181,zk2:2181/solr
              --collection NAME  collection (or core) to write to; default %s
              --verbose          also log each step (otherwise only warnings are logged)
              FILE|DIR           MARC 21 (ISO 2709, MARC-8 or UTF-8) or MARCXML files; a directory
                                 means every file below it

            Exit status: 0 the import finished (broken records are reported and skipped),
                         1 the index could not be reached or refused to write,
                         2 bad usage (nothing was imported),
                         3 not one record could be read from the sources given: each was
                           refused (neither MARC21 nor MARCXML, empty or unreadable).
            """
                    .formatted(DEFAULT_COLLECTION);

    private ImportCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command with the given output streams; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return BAD_USAGE;
        }
        if (arguments == null) {
            out.print(USAGE);
            return FINISHED;
        }
        quietLogging(arguments.verbose());
        return importInto(arguments, out, err);
    }

    private static int importInto(Arguments arguments, PrintStream out, PrintStream err) {
        out.printf(
                "Importing into collection %s on %s%n",
                arguments.collection(), arguments.solr().describe());
        try (SolrClient client = SolrClients.create(arguments.solr())) {
            CatalogueIndexer indexer = new CatalogueIndexer(client, arguments.collection());
            CatalogueImport job =
                    new CatalogueImport(
                            indexer,
                            new MarcRecordMapper(),
                            CatalogueImport.DEFAULT_BATCH_SIZE,
                            (source, report) ->
                                    out.println("  " + source + ": " + outcome(report)));
            ImportReport report = job.importPaths(arguments.paths());
            out.println("Total: " + counts(report));
            printProblems(report, out);
            if (report.read() == 0) {
                err.println(
                        "Nothing imported: not one record could be read from the sources given;"
                                + " see the problems above");
                return NOTHING_READ;
            }
            return FINISHED;
        } catch (SearchUnavailableException e) {
            err.println(
                    "Import stopped: the index could not be reached or refused to write. "
                            + e.getMessage());
            return INDEX_FAILED;
        } catch (RuntimeException e) {
            // A SolrCloud client fails this way when ZooKeeper or the collection cannot be found.
            err.println("Import stopped: " + e);
            return INDEX_FAILED;
        } catch (IOException e) {
            err.println("Import finished, but closing the Solr client failed: " + e.getMessage());
            return FINISHED;
        }
    }

    /** A source's line: its counts, or that it was refused when not one record could be read. */
    private static String outcome(ImportReport report) {
        if (report.read() == 0 && !report.problems().isEmpty()) {
            return "refused, nothing read (the reason is listed under Problems)";
        }
        return counts(report);
    }

    private static String counts(ImportReport report) {
        return String.format(
                Locale.ROOT,
                "%d read, %d added, %d updated, %d broken in %.1f s (%.0f records/s)",
                report.read(),
                report.added(),
                report.updated(),
                report.broken(),
                report.elapsed().toNanos() / 1e9,
                report.recordsPerSecond());
    }

    private static void printProblems(ImportReport report, PrintStream out) {
        List<ImportProblem> problems = report.problems();
        if (problems.isEmpty()) {
            return;
        }
        out.printf("Problems (%d):%n", problems.size());
        problems.stream()
                .limit(PROBLEMS_PRINTED)
                .forEach(problem -> out.println("  " + describe(problem)));
        if (problems.size() > PROBLEMS_PRINTED) {
            out.printf(
                    "  … and %d more; the log lists every one%n",
                    problems.size() - PROBLEMS_PRINTED);
        }
    }

    static String describe(ImportProblem problem) {
        StringBuilder line = new StringBuilder(problem.source());
        if (problem.position() > 0) {
            line.append(" record ").append(problem.position());
        }
        if (problem.recordId() != null) {
            line.append(" (001 ").append(problem.recordId()).append(')');
        }
        return line.append(": ").append(problem.reason()).toString();
    }

    /** The command prints its own summary; the log adds only warnings unless asked for more. */
    private static void quietLogging(boolean verbose) {
        Logger.getLogger("").setLevel(verbose ? Level.INFO : Level.WARNING);
        Logger.getLogger("org.apache.solr").setLevel(Level.WARNING);
        Logger.getLogger("org.apache.zookeeper").setLevel(Level.WARNING);
        Logger.getLogger("org.eclipse.jetty").setLevel(Level.WARNING);
    }

    /** The parsed command line. */
    record Arguments(
            SolrConnectionSettings solr, String collection, boolean verbose, List<Path> paths) {

        /** The arguments, null when help was asked for; throws with a message on bad usage. */
        static Arguments parse(String[] args) {
            String solrUrl = null;
            String zkHosts = null;
            String collection = DEFAULT_COLLECTION;
            boolean verbose = false;
            List<Path> paths = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--help", "-h" -> {
                        return null;
                    }
                    case "--solr-url" -> solrUrl = value(args, ++i, arg);
                    case "--zk-hosts" -> zkHosts = value(args, ++i, arg);
                    case "--collection" -> collection = value(args, ++i, arg);
                    case "--verbose" -> verbose = true;
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("Unknown option " + arg);
                        }
                        paths.add(Path.of(arg));
                    }
                }
            }
            return new Arguments(settings(solrUrl, zkHosts), collection, verbose, existing(paths));
        }

        private static SolrConnectionSettings settings(String solrUrl, String zkHosts) {
            if ((solrUrl == null) == (zkHosts == null)) {
                throw new IllegalArgumentException("Give exactly one of --solr-url and --zk-hosts");
            }
            return solrUrl != null
                    ? SolrConnectionSettings.standalone(solrUrl)
                    : SolrConnectionSettings.zooKeeper(zkHosts, null);
        }

        private static List<Path> existing(List<Path> paths) {
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("Name at least one file or directory to import");
            }
            for (Path path : paths) {
                if (!Files.exists(path)) {
                    throw new IllegalArgumentException("No such file or directory: " + path);
                }
            }
            return List.copyOf(paths);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length || args[index].startsWith("--") || args[index].isBlank()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }
    }
}
