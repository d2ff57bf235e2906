package nl.themaplein.search.ingest;

import java.io.IOException;

/** One syntax's way of reading records from a source, behind {@link MarcSource}. */
interface RecordStream {

    /** The next result, or null after the last record. */
    MarcReadResult next() throws IOException;
}
