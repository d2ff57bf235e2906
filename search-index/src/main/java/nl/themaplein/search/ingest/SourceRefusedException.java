package nl.themaplein.search.ingest;

/** Thrown inside a reader when the whole source must be refused; becomes a {@code Refused}. */
final class SourceRefusedException extends Exception {

    SourceRefusedException(String reason) {
        super(reason);
    }
}
