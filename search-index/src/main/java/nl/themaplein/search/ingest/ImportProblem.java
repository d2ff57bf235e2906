package nl.themaplein.search.ingest;

/**
 * A record that could not be imported.
 *
 * @param source file name or feed
 * @param position 1-based position of the record in the source
 * @param recordId the record's 001 when it could be read, else null
 * @param reason what was wrong, for staff
 */
public record ImportProblem(String source, long position, String recordId, String reason) {}
