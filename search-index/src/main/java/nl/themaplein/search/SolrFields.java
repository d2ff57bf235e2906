package nl.themaplein.search;

/**
 * Every Solr field name the portal reads or writes, spelled once. The schema in {@code
 * solr/configsets/themaplein/conf/managed-schema.xml} declares each of them with a comment on why
 * it exists; a field added here must be added there too (SolrFieldsSchemaTest checks this).
 */
public final class SolrFields {

    /** Unique key: for catalogue records the MARC 001 (or a stable hash), prefixed by nothing. */
    public static final String ID = "id";

    /** Kind of content: see {@link ContentType}. Facet and filter. */
    public static final String TYPE = "type";

    /** Where the document came from (file name, harvest set, "demo"), for operators. */
    public static final String SOURCE = "source";

    /** The full display title: 245 $a $b $n $p (or $k $f), without trailing ISBD punctuation. */
    public static final String TITLE = "title";

    /** 245 $a alone, for exact-title boosts. */
    public static final String TITLE_MAIN = "title_main";

    /** 245 $b. */
    public static final String SUBTITLE = "subtitle";

    /** Sort key: the title without its non-filing characters or leading article, folded. */
    public static final String TITLE_SORT = "title_sort";

    /** False when the record had no usable title and {@link #TITLE} holds a placeholder. */
    public static final String HAS_TITLE = "has_title";

    /** Contributors as shown: "Name (role)". */
    public static final String AUTHOR_DISPLAY = "author_display";

    /** Contributor names alone, in record order, for the author facet. */
    public static final String AUTHOR = "author";

    /** The role of the contributor at the same position in {@link #AUTHOR}, "" when none. */
    public static final String AUTHOR_ROLE = "author_role";

    /** Contributor names as searchable text (copy of {@link #AUTHOR}, folded, not stemmed). */
    public static final String AUTHOR_TEXT = "author_text";

    /** Sort key of the first contributor. */
    public static final String AUTHOR_SORT = "author_sort";

    /** Subject headings (6XX), subdivisions joined with " -- ". Facet and search. */
    public static final String SUBJECT = "subject";

    /** Subject headings as searchable Dutch text (copy of {@link #SUBJECT}). */
    public static final String SUBJECT_TEXT = "subject_text";

    /** Genre and form terms (655). */
    public static final String GENRE = "genre";

    /** Genre and form terms as searchable Dutch text (copy of {@link #GENRE}). */
    public static final String GENRE_TEXT = "genre_text";

    /** ISBNs as catalogued (020 $a, with any qualifier), for display. */
    public static final String ISBN_DISPLAY = "isbn_display";

    /** Every ISBN in both its ISBN-10 (where one exists) and ISBN-13 form, digits only. */
    public static final String ISBN = "isbn";

    /** MARC language codes (008/35-37 and 041), e.g. "dut", "eng". */
    public static final String LANGUAGE = "language";

    /** Year of publication, from 008/07-10 or 264/260 $c. */
    public static final String YEAR = "year";

    /** Publisher names (264/260 $b). */
    public static final String PUBLISHER = "publisher";

    /** Place of publication (264/260 $a). */
    public static final String PUBLICATION_PLACE = "publication_place";

    /** Series statements (490 $a, 8XX). */
    public static final String SERIES = "series";

    /** Summary (520 $a). */
    public static final String SUMMARY = "summary";

    /** Format: one of {@code nl.themaplein.search.ingest.Format} names, e.g. BOOK, EBOOK. */
    public static final String FORMAT = "format";

    /** Online links (856 $u), stored as "url|label". */
    public static final String LINK = "link";

    /** Call numbers (852 $h, 090/099/092 $a). */
    public static final String CALL_NUMBER = "call_number";

    /** Themes the document belongs to (theme codes such as "digitale-vaardigheden"). */
    public static final String THEME = "theme";

    /** Library organisations that hold or offer the document (organisation codes). */
    public static final String ORGANISATION = "organisation";

    /** Catch-all text field: copy target of every searchable field. */
    public static final String TEXT = "text";

    /** Words of titles, names, subjects and series: the spelling-suggestion dictionary. */
    public static final String SPELL = "spell";

    /** When the document was last indexed. */
    public static final String INDEXED_AT = "indexed_at";

    private SolrFields() {}
}
