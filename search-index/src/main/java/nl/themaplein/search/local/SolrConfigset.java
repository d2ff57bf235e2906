package nl.themaplein.search.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The project's Solr configset ({@code solr/configsets/themaplein/conf} on the classpath), copied
 * out to a directory so a Solr node or ZooKeeper can read it. Works whether the classes come from a
 * directory (the build) or from the search-index jar (another module's tests, the run script).
 */
public final class SolrConfigset {

    /** The configset's name, in ZooKeeper and in a standalone solr home. */
    public static final String NAME = "themaplein";

    /** Where the configset's {@code conf} directory sits on the classpath. */
    static final String RESOURCE_DIR = "solr/configsets/" + NAME + "/conf";

    private SolrConfigset() {}

    /**
     * Copies every file of the configset into {@code confDir} (created when missing), replacing
     * files of the same name, and returns {@code confDir}.
     */
    public static Path copyTo(Path confDir) {
        return copyTo(confDir, SolrConfigset.class.getClassLoader());
    }

    /** As {@link #copyTo(Path)}, reading from {@code loader}'s classpath. */
    static Path copyTo(Path confDir, ClassLoader loader) {
        URI source = locate(loader);
        try {
            Files.createDirectories(confDir);
            if ("jar".equals(source.getScheme())) {
                copyFromJar(source, confDir);
            } else {
                copyTree(Path.of(source), confDir);
            }
            return confDir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the Solr configset to " + confDir, e);
        }
    }

    private static URI locate(ClassLoader loader) {
        URL url = loader.getResource(RESOURCE_DIR);
        if (url == null) {
            throw new IllegalStateException(RESOURCE_DIR + " is not on the classpath");
        }
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unusable configset location " + url, e);
        }
    }

    private static void copyFromJar(URI source, Path confDir) throws IOException {
        FileSystem jar;
        boolean opened = false;
        try {
            jar = FileSystems.newFileSystem(source, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            jar = FileSystems.getFileSystem(source);
        }
        try {
            copyTree(jar.getPath(RESOURCE_DIR), confDir);
        } finally {
            if (opened) {
                jar.close();
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
