package nl.themaplein.portal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.config.ConfigKey;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.search.SearchServices;
import nl.themaplein.portal.text.Messages;
import nl.themaplein.search.ContentType;
import nl.themaplein.search.ingest.CatalogueImport;
import nl.themaplein.search.ingest.DemoCatalogue;
import nl.themaplein.search.ingest.ImportReport;
import org.eclipse.microprofile.config.Config;

/**
 * Catalogue imports inside the portal: an uploaded MARC21 or MARCXML file, or files on the server
 * under {@code portal.import.dir}, go through {@link CatalogueImport} into the Solr index; the
 * answer is the {@link ImportReport} with its counts and the broken records. Also loads the demo
 * catalogue into an empty index.
 *
 * <p>An upload is first spooled to a file the server names under {@code <data dir>/spool}, so a
 * slow client never holds the index writer, and deleted afterwards whatever happens.
 */
@ApplicationScoped
public class CatalogueImportService {

    private static final Logger LOG = Logger.getLogger(CatalogueImportService.class.getName());

    /** Longest upload name shown in reports; longer names are shortened. */
    static final int MAX_NAME_LENGTH = 200;

    private SearchServices search;
    private Path spoolDir;
    private Path importDir;

    /** For the container's proxy only. */
    protected CatalogueImportService() {}

    @Inject
    public CatalogueImportService(SearchServices search, Config config) {
        this(
                search,
                Path.of(ConfigKey.DATA_DIR.value(config, String.class), "spool"),
                Path.of(ConfigKey.IMPORT_DIR.value(config, String.class)));
    }

    public CatalogueImportService(SearchServices search, Path spoolDir, Path importDir) {
        this.search = search;
        this.spoolDir = spoolDir;
        this.importDir = importDir;
    }

    /**
     * Imports an uploaded file. {@code uploadName} is only a label in the report and logs, cleaned
     * first; the content decides the format.
     *
     * @throws nl.themaplein.search.SearchUnavailableException when the index cannot be written
     */
    public ImportReport importUpload(String uploadName, InputStream content) {
        String name = cleanUploadName(uploadName);
        Path spooled = spool(content);
        try (InputStream in = Files.newInputStream(spooled)) {
            ImportReport report = newImport().importStream(name, in);
            log("upload " + name, report);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the spooled upload " + spooled + " failed", e);
        } finally {
            delete(spooled);
        }
    }

    /**
     * Imports a file or a directory (every file below it) on the server. The path must lie under
     * {@code portal.import.dir}; a relative path is taken from there.
     *
     * @throws InvalidInputException when the path lies outside the import directory
     */
    public ImportReport importServerPath(String path) {
        Path resolved = resolveUnderImportDir(path);
        ImportReport report = newImport().importPaths(List.of(resolved));
        log(resolved.toString(), report);
        return report;
    }

    /**
     * Loads the demo catalogue when the index holds no catalogue record yet.
     *
     * @return the import's report, or empty when there were records already
     * @throws nl.themaplein.search.SearchUnavailableException when Solr does not answer
     */
    public Optional<ImportReport> importDemoCatalogueIfEmpty() {
        long present = search.count(ContentType.RECORD);
        if (present > 0) {
            LOG.log(
                    Level.INFO,
                    "Demo catalogue not loaded: collection {0} holds {1} catalogue records already",
                    new Object[] {search.collection(), present});
            return Optional.empty();
        }
        ImportReport report =
                newImport().importRecords(DemoCatalogue.SOURCE, DemoCatalogue.records());
        log("the demo catalogue", report);
        return Optional.of(report);
    }

    /** The number of catalogue records in the index. */
    public long indexedRecords() {
        return search.count(ContentType.RECORD);
    }

    /**
     * An upload name as staff may see it: NFC, without path parts, control or bidirectional
     * characters, at most {@value #MAX_NAME_LENGTH} characters; "upload" when nothing is left.
     */
    static String cleanUploadName(String name) {
        String text = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC);
        text = text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')) + 1);
        text = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\x{FFFE}\\x{FFFF}]", "").strip();
        if (text.length() > MAX_NAME_LENGTH) {
            text = text.substring(0, MAX_NAME_LENGTH);
        }
        return text.isEmpty() || text.equals(".") || text.equals("..") ? "upload" : text;
    }

    private CatalogueImport newImport() {
        return new CatalogueImport(search.catalogueIndexer());
    }

    private Path spool(InputStream content) {
        try {
            Files.createDirectories(spoolDir);
            Path file = Files.createTempFile(spoolDir, "upload-", ".marc");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Spooling an upload to "
                            + spoolDir
                            + " failed; check that the directory is writable",
                    e);
        }
    }

    private static void delete(Path spooled) {
        try {
            Files.deleteIfExists(spooled);
        } catch (IOException e) {
            LOG.log(
                    Level.WARNING,
                    "Spooled upload " + spooled + " could not be deleted; remove it by hand",
                    e);
        }
    }

    private Path resolveUnderImportDir(String path) {
        Path root = importDir.toAbsolutePath().normalize();
        Path resolved;
        try {
            resolved = root.resolve(path == null ? "" : path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InvalidInputException("path", Messages.IMPORT_PATH_OUTSIDE, root.toString());
        }
        if (!resolved.startsWith(root) || leavesThroughALink(resolved, root)) {
            LOG.log(
                    Level.WARNING,
                    "Refused an import of {0}: it is outside {1}",
                    new Object[] {resolved, root});
            throw new InvalidInputException("path", Messages.IMPORT_PATH_OUTSIDE, root.toString());
        }
        return resolved;
    }

    /** True when a symbolic link under the import directory points outside it. */
    private static boolean leavesThroughALink(Path resolved, Path root) {
        try {
            return Files.exists(resolved) && !resolved.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }

    private static void log(String what, ImportReport report) {
        LOG.log(
                Level.INFO,
                "Catalogue import of {0} done: {1} read, {2} added, {3} updated, {4} broken, {5}"
                        + " records/s",
                new Object[] {
                    what,
                    report.read(),
                    report.added(),
                    report.updated(),
                    report.broken(),
                    Math.round(report.recordsPerSecond())
                });
    }
}
