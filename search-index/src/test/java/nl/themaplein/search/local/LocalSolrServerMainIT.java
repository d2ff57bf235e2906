package nl.themaplein.search.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The command {@code ./themaplein run} starts: Solr in its own JVM, one "ready" line with the URL,
 * and a clean stop on SIGTERM.
 */
class LocalSolrServerMainIT {

    private static final Pattern READY =
            Pattern.compile("Solr ready at (http://localhost:(\\d+)/solr) \\(core themaplein\\)");

    @Test
    void startsAnnouncesItselfAndStopsOnSigterm() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "local-solr-main-it-");
        Process solr = start(home);
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = readAll(solr, output);
        try {
            Matcher ready = awaitReady(solr, output);

            HttpResponse<String> ping = get(ready.group(1) + "/themaplein/admin/ping");
            assertThat(ping.statusCode()).isEqualTo(200);
            assertThat(ping.body()).contains("\"status\":\"OK\"");
        } finally {
            // SIGTERM through the handle: Process.destroy() would also close the output we read.
            solr.toHandle().destroy();
        }

        assertThat(solr.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(String.join("\n", output))
                .contains("Stopping Solr; the index stays in", "Solr stopped");
    }

    private static Process start(Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-Dsolr.log.dir=" + home.resolve("logs"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LocalSolrServer.class.getName(),
                        "--home",
                        home.toString(),
                        "--port",
                        "0")
                .redirectErrorStream(true)
                .start();
    }

    /** Collects the process's output, line by line, on a thread that ends with the process. */
    private static Thread readAll(Process solr, List<String> output) {
        Thread reader =
                new Thread(
                        () -> {
                            try (BufferedReader lines =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    solr.getInputStream(),
                                                    StandardCharsets.UTF_8))) {
                                lines.lines().forEach(output::add);
                            } catch (Exception ignore) {
                                // the process ended; what was read is in output
                            }
                        },
                        "local-solr-output");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    /** Waits for the ready line; fails after two minutes. */
    private static Matcher awaitReady(Process solr, List<String> output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && solr.isAlive()) {
            for (String line : output) {
                Matcher ready = READY.matcher(line);
                if (ready.find()) {
                    return ready;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No ready line; output:\n" + String.join("\n", output));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
