package nl.themaplein.search.query;

/** Sort options offered to members; the name is the public URL value in lower case. */
public enum SortOption {
    RELEVANCE,
    TITLE,
    AUTHOR,
    YEAR_NEWEST,
    YEAR_OLDEST
}
