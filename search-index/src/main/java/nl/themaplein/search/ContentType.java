package nl.themaplein.search;

/** Kinds of content in the one index; the value of {@link SolrFields#TYPE}. */
public enum ContentType {
    /** A catalogue record: book, e-book, audiobook, music, video, map and so on. */
    RECORD,
    /** Online collection: e-books platforms, databases, courses. */
    ONLINE,
    /** An activity in a library branch or online. */
    ACTIVITY,
    /** Local people and groups. */
    PERSON,
    /** A community-curated theme page. */
    THEME_PAGE;

    /** The value stored in Solr. */
    public String solrValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
