package nl.themaplein.search.query;

import java.util.List;

/**
 * The search box, made safe: what {@link UserQueryParser} hands to {@link CatalogueSearch}.
 *
 * @param kind browse, search, or nothing left to search
 * @param solrQuery the edismax query (only escaped text, the allowed field aliases and the
 *     operators the parser kept); null unless {@link Kind#SEARCH}
 * @param usesOr true when the query kept an OR, so "either" must not be overruled by the handler's
 *     minimum-match rule
 * @param notices message keys for the member, in the order they arose, without duplicates
 */
public record ParsedQuery(Kind kind, String solrQuery, boolean usesOr, List<String> notices) {

    /** What the text amounted to. */
    public enum Kind {
        /** Nothing typed (or just {@code *}): show everything, newest first. */
        BROWSE,
        /** Words to search for. */
        SEARCH,
        /** Text was typed but none of it can be searched (only punctuation, say): no results. */
        NOTHING
    }

    /** Notice: part of the text was searched as plain words, not as the syntax it resembled. */
    public static final String SEARCHED_AS_TEXT = "search.notice.searchedAsText";

    /** Notice: the text was too long and only its beginning was searched. */
    public static final String SHORTENED = "search.notice.shortened";

    /** Checks the combination. */
    public ParsedQuery {
        notices = List.copyOf(notices);
        if ((kind == Kind.SEARCH) != (solrQuery != null)) {
            throw new IllegalArgumentException(
                    "A query string belongs to a search, and only there");
        }
    }

    static ParsedQuery browse(List<String> notices) {
        return new ParsedQuery(Kind.BROWSE, null, false, notices);
    }

    static ParsedQuery nothing(List<String> notices) {
        return new ParsedQuery(Kind.NOTHING, null, false, notices);
    }

    static ParsedQuery search(String solrQuery, boolean usesOr, List<String> notices) {
        return new ParsedQuery(Kind.SEARCH, solrQuery, usesOr, notices);
    }
}
