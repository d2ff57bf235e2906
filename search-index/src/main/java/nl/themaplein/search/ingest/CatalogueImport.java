package nl.themaplein.search.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.marc4j.marc.Record;

/**
 * An import job: streams MARC sources (files, directories, a named stream, or records made in
 * memory) through {@link MarcSource}, {@link MarcRecordMapper} and a {@link CatalogueSink} in
 * batches, and reports the counts.
 *
 * <p>A broken record is reported and skipped; an unreadable source is reported and the job goes on
 * with the next one; the job always ends with its counts. Only a failing sink (the index cannot be
 * reached) ends a job early, with the sink's exception. Ids are stable, so importing the same file
 * again updates its records and never duplicates them.
 *
 * <p>Every problem goes into the report, which the caller shows (the command prints it, an admin
 * page lists it); the log repeats problems only at FINE, so an operator reads each one once. The
 * log's INFO lines give each source's counts.
 *
 * <p>An instance holds no job state: one instance can run several jobs, also at once when the sink
 * allows it.
 */
public final class CatalogueImport {

    private static final Logger LOG = Logger.getLogger(CatalogueImport.class.getName());

    /** Records per batch handed to the sink. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    /**
     * Problems kept in a report; beyond this they are still counted and logged. A file of garbage
     * must not fill the memory with a million copies of the same complaint.
     */
    public static final int MAX_PROBLEMS_KEPT = 10_000;

    /** Hears each source's outcome as soon as it is known: for a command line or an admin page. */
    @FunctionalInterface
    public interface Listener {

        /** Called once per source (file or stream), after its last batch reached the sink. */
        void sourceFinished(String source, ImportReport report);
    }

    private final CatalogueSink sink;
    private final MarcRecordMapper mapper;
    private final int batchSize;
    private final Listener listener;

    /** An import into {@code sink} with the standard mapper and batch size, without a listener. */
    public CatalogueImport(CatalogueSink sink) {
        this(sink, new MarcRecordMapper(), DEFAULT_BATCH_SIZE, (source, report) -> {});
    }

    public CatalogueImport(
            CatalogueSink sink, MarcRecordMapper mapper, int batchSize, Listener listener) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        this.sink = Objects.requireNonNull(sink, "sink");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.batchSize = batchSize;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Imports files and directories; a directory means every regular, non-hidden file below it, in
     * name order. A path that does not exist or cannot be opened is reported as a problem.
     */
    public ImportReport importPaths(List<Path> paths) {
        Job job = new Job();
        for (Path path : paths) {
            for (Path file : filesOf(path, job)) {
                importFile(file, sourceName(path, file), job);
            }
        }
        return job.finish();
    }

    /** Imports one stream of MARCXML or ISO 2709 under a name for problems and logs; closes it. */
    public ImportReport importStream(String name, InputStream in) {
        Job job = new Job();
        try (MarcSource source = MarcSource.open(name, in)) {
            importSource(source, job);
        } catch (IOException e) {
            job.sourceUnreadable(name, e);
        }
        return job.finish();
    }

    /** Imports records made in memory, such as the {@link DemoCatalogue}, under a source name. */
    public ImportReport importRecords(String name, Iterable<Record> records) {
        Job job = new Job();
        SourceRun run = job.startSource(name);
        long position = 0;
        for (Record record : records) {
            run.read(++position, record);
        }
        run.finish();
        return job.finish();
    }

    private void importFile(Path file, String name, Job job) {
        try (MarcSource source = MarcSource.open(name, Files.newInputStream(file))) {
            importSource(source, job);
        } catch (IOException e) {
            job.sourceUnreadable(name, e);
        }
    }

    /**
     * A file's name in reports and in the index: its path below the directory named in the import
     * ({@code hbz_alma/990001.xml}), or its file name when it was named itself.
     */
    private static String sourceName(Path named, Path file) {
        return named.equals(file)
                ? file.getFileName().toString()
                : named.relativize(file).toString();
    }

    private void importSource(MarcSource source, Job job) {
        SourceRun run = job.startSource(source.name());
        while (source.hasNext()) {
            switch (source.next()) {
                case MarcReadResult.Read read -> run.read(read.position(), read.record());
                case MarcReadResult.Broken broken -> run.broken(broken.problem());
                case MarcReadResult.Refused refused -> run.refused(refused.problem());
            }
        }
        run.finish();
    }

    private static List<Path> filesOf(Path path, Job job) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            job.problem(new ImportProblem(path.toString(), 0, null, "no such file or directory"));
            return List.of();
        }
        try (Stream<Path> tree = Files.walk(path)) {
            return tree.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(path, file))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException | RuntimeException e) {
            job.problem(
                    new ImportProblem(
                            path.toString(),
                            0,
                            null,
                            "the directory cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    /** Hidden files and directories (".git", editor back-ups) are not catalogue data. */
    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The counts of one job, over all its sources. */
    private final class Job {

        private final long started = System.nanoTime();
        private final List<ImportProblem> problems = new ArrayList<>();
        private long problemsDropped;
        private long read;
        private long added;
        private long updated;
        private long broken;
        private int sources;

        SourceRun startSource(String name) {
            sources++;
            return new SourceRun(this, name);
        }

        void sourceUnreadable(String name, IOException e) {
            LOG.fine(
                    () ->
                            "Skipped source %s: it cannot be read (%s); the import goes on with the next one"
                                    .formatted(name, e.getMessage()));
            problem(
                    new ImportProblem(
                            name, 0, null, "the source cannot be read: " + e.getMessage()));
        }

        void problem(ImportProblem problem) {
            if (problems.size() < MAX_PROBLEMS_KEPT) {
                problems.add(problem);
            } else {
                problemsDropped++;
            }
        }

        void add(SourceRun run) {
            read += run.read;
            added += run.added;
            updated += run.updated;
            broken += run.broken;
        }

        ImportReport finish() {
            sink.finish();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            ImportReport report =
                    new ImportReport(read, added, updated, broken, List.copyOf(problems), elapsed);
            if (problemsDropped > 0) {
                LOG.warning(
                        "%d further problems were not kept in the report (FINE level logs each one)"
                                .formatted(problemsDropped));
            }
            LOG.info(
                    () ->
                            ("Import finished: %d source(s), %d records read, %d added, %d updated,"
                                            + " %d broken, in %.1f s (%.0f records/s)")
                                    .formatted(
                                            sources,
                                            read,
                                            added,
                                            updated,
                                            broken,
                                            seconds(elapsed),
                                            report.recordsPerSecond()));
            return report;
        }
    }

    /** The counts and the pending batch of one source. */
    private final class SourceRun {

        private final Job job;
        private final String name;
        private final long started = System.nanoTime();
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<CatalogueRecord> batch = new ArrayList<>(batchSize);
        private long read;
        private long added;
        private long updated;
        private long broken;

        SourceRun(Job job, String name) {
            this.job = job;
            this.name = name;
        }

        void read(long position, Record record) {
            read++;
            CatalogueRecord mapped;
            try {
                mapped = mapper.map(record, name);
            } catch (RuntimeException e) {
                // A record the mapper cannot handle is one broken record, not the end of the job.
                LOG.log(Level.FINE, "Mapping failed for record " + position + " of " + name, e);
                reportBroken(
                        new ImportProblem(
                                name,
                                position,
                                idOrNull(record),
                                "the record could not be mapped: " + e));
                return;
            }
            batch.add(mapped);
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        void broken(ImportProblem problem) {
            read++;
            reportBroken(problem);
        }

        void refused(ImportProblem problem) {
            LOG.fine(
                    () ->
                            "Refused %s: %s; the import goes on with the next source"
                                    .formatted(name, problem.reason()));
            keep(problem);
        }

        private void reportBroken(ImportProblem problem) {
            broken++;
            LOG.fine(
                    () ->
                            "Skipped record %d%s of %s: %s"
                                    .formatted(
                                            problem.position(),
                                            problem.recordId() == null
                                                    ? ""
                                                    : " (001 " + problem.recordId() + ")",
                                            name,
                                            problem.reason()));
            keep(problem);
        }

        private void keep(ImportProblem problem) {
            if (problems.size() < MAX_PROBLEMS_KEPT) {
                problems.add(problem);
            }
            job.problem(problem);
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            CatalogueSink.Outcome outcome;
            try {
                outcome = sink.accept(List.copyOf(batch));
            } catch (RuntimeException e) {
                LOG.severe(
                        () ->
                                ("Import of %s stopped: the catalogue index did not accept a batch"
                                     + " of %d records (%s); %d records of this source were written"
                                     + " before")
                                        .formatted(
                                                name,
                                                batch.size(),
                                                e.getMessage(),
                                                added + updated));
                throw e;
            }
            added += outcome.added();
            updated += outcome.updated();
            batch.clear();
        }

        void finish() {
            flush();
            job.add(this);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            ImportReport report =
                    new ImportReport(read, added, updated, broken, List.copyOf(problems), elapsed);
            LOG.info(
                    () ->
                            ("Imported %s: %d records read, %d added, %d updated, %d broken, in"
                                            + " %.1f s (%.0f records/s)")
                                    .formatted(
                                            name,
                                            read,
                                            added,
                                            updated,
                                            broken,
                                            seconds(elapsed),
                                            report.recordsPerSecond()));
            listener.sourceFinished(name, report);
        }
    }

    /** The id of a record that failed to map, if even that can be had. */
    private static String idOrNull(Record record) {
        try {
            return MarcRecordMapper.id(record);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static double seconds(Duration elapsed) {
        return elapsed.toNanos() / 1e9;
    }
}
