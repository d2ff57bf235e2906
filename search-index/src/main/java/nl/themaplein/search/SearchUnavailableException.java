package nl.themaplein.search;

/**
 * Solr could not answer: it is down, too slow, or refused a request. The message names the
 * collection and what was attempted and carries Solr's own text; it is for logs only. A member sees
 * a translated "search is unavailable" page, never this message.
 */
public class SearchUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With what was attempted and the cause. */
    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
