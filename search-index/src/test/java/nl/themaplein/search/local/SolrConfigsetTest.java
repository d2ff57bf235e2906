package nl.themaplein.search.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolrConfigsetTest {

    @Test
    void copiesEveryFileOfTheConfigset(@TempDir Path dir) throws Exception {
        Path conf = SolrConfigset.copyTo(dir.resolve("conf"));

        try (Stream<Path> files = Files.list(conf)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .contains(
                            "solrconfig.xml",
                            "managed-schema.xml",
                            "mapping-punctuation.txt",
                            "synonyms_nl.txt",
                            "protwords_nl.txt");
        }
    }

    @Test
    void copiesFromAJarToo(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("search-index.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(SolrConfigset.RESOURCE_DIR + "/"));
            out.putNextEntry(new JarEntry(SolrConfigset.RESOURCE_DIR + "/solrconfig.xml"));
            out.write("<config/>".getBytes(StandardCharsets.UTF_8));
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Path conf = SolrConfigset.copyTo(dir.resolve("conf"), loader);

            assertThat(Files.readString(conf.resolve("solrconfig.xml"))).isEqualTo("<config/>");
        }
    }

    @Test
    void copyingAgainReplacesFiles(@TempDir Path dir) throws Exception {
        Path conf = SolrConfigset.copyTo(dir);
        Files.writeString(conf.resolve("solrconfig.xml"), "stale");

        SolrConfigset.copyTo(dir);

        assertThat(Files.readString(conf.resolve("solrconfig.xml"))).contains("<config>");
    }
}
