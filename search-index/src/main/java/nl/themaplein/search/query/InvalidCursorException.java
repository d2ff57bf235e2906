package nl.themaplein.search.query;

/**
 * A deep-paging cursor that Themaplein did not hand out (mangled, or from another sort). An API
 * answers it with 400; the message says what was wrong and carries no Solr text.
 */
public class InvalidCursorException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** With a message for the API client. */
    public InvalidCursorException(String message) {
        super(message);
    }
}
