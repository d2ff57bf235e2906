package nl.themaplein.search.ingest;

import org.marc4j.marc.Record;

/** What reading the next record of a {@link MarcSource} gave. */
public sealed interface MarcReadResult {

    /**
     * A record read, converted to Unicode and normalised (NFC, no control characters).
     *
     * @param position 1-based position of the record in its source
     */
    record Read(long position, Record record) implements MarcReadResult {}

    /** A record that could not be read: reported and skipped; reading goes on with the next one. */
    record Broken(ImportProblem problem) implements MarcReadResult {}

    /**
     * The source as a whole cannot be read (not MARC, a foreign XML namespace, a DTD, an I/O
     * error); reading the source stops here. The problem's position is the number of records read
     * before, 0 when the source was refused at its start.
     */
    record Refused(ImportProblem problem) implements MarcReadResult {}
}
