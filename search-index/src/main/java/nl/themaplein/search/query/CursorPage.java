package nl.themaplein.search.query;

import java.util.List;

/**
 * One page of a deep-paging walk for API clients (Solr's cursorMark): pass {@code nextCursor} back
 * to get the following page; when {@code last} is true there is nothing more.
 *
 * @param total number of matching documents
 * @param hits this page's documents
 * @param cursor the cursor this page was asked with ({@code *} for the first page)
 * @param nextCursor the cursor of the next page
 * @param last true when the walk is over
 * @param notices message keys, as in {@link SearchResult#notices()}
 */
public record CursorPage(
        long total,
        List<SearchHit> hits,
        String cursor,
        String nextCursor,
        boolean last,
        List<String> notices) {

    /** The cursor of a walk's first page. */
    public static final String FIRST = "*";
}
