package nl.themaplein.search.local;

import java.nio.file.Path;

/** Logging set-up shared by the local Solr node and the local SolrCloud. */
final class SolrLogging {

    private static final String LOG_DIR = "solr.log.dir";

    private SolrLogging() {}

    /**
     * Points {@code solr.log.dir} at {@code dir} unless it is set already: without it Solr logs a
     * "Missing Java Option solr.log.dir" error at start-up that is only noise.
     */
    static void defaultLogDir(Path dir) {
        if (System.getProperty(LOG_DIR) == null) {
            System.setProperty(LOG_DIR, dir.toAbsolutePath().toString());
        }
    }
}
