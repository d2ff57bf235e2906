package nl.themaplein.search.query;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.themaplein.search.SolrFields;
import org.apache.solr.client.solrj.SolrQuery.SortClause;

/**
 * The search screen, declared in one ordered place (as Blacklight's catalog controller and VuFind's
 * facets.ini do): the facets in display order, the fields a member may name in the search box, and
 * the sort options. Pages, the REST API and {@link CatalogueSearch} read this instead of spelling
 * fields themselves.
 *
 * <p>Keys are public: they appear in bookmarked URLs ({@code ?format=BOOK&sort=title}) and in the
 * REST API. Renaming one breaks those links; add the new key and keep accepting the old one.
 */
public final class SearchConfig {

    /** How a facet's values are produced. */
    public enum FacetKind {
        /** The field's values with their counts, most frequent first. */
        VALUES,
        /**
         * Decades of publication, newest first, plus one bucket for everything before {@link
         * #FIRST_DECADE}. Values are written {@code 1990-1999} and {@code -1899}; the same strings
         * select them in {@link SearchRequest#filters()}, as do {@code 2019} and {@code 2000-}.
         */
        YEAR_RANGE
    }

    /**
     * A facet.
     *
     * @param key public URL name, also the filter key in {@link SearchRequest#filters()}
     * @param solrField the string or point field with docValues it counts
     * @param labelKey message key of its heading
     * @param limit how many values are shown at most
     * @param kind how its values are produced
     */
    public record Facet(String key, String solrField, String labelKey, int limit, FacetKind kind) {

        /** The tag its filter carries, so its own counts can ignore it (OR within a facet). */
        public String filterTag() {
            return "flt_" + key;
        }
    }

    /** What kind of value a search field takes. */
    public enum FieldKind {
        /** Words and phrases, analysed as text; a trailing {@code *} is allowed. */
        TEXT,
        /** An ISBN in any hyphenation, ISBN-10 or ISBN-13. */
        ISBN,
        /** A year of four digits at most. */
        YEAR
    }

    /**
     * A field a member may name in the search box ({@code titel:havelaar}).
     *
     * @param key public name, the first of {@code names}
     * @param names what may be typed before the colon, lower case (English and Dutch)
     * @param solrAlias the edismax field alias in solrconfig.xml ({@code f.<alias>.qf}) that holds
     *     the fields and boosts; listed in the handler's {@code uf}
     * @param kind what value it takes
     */
    public record SearchField(String key, List<String> names, String solrAlias, FieldKind kind) {}

    /**
     * A sort option.
     *
     * @param option what members choose
     * @param labelKey message key of its name
     * @param clauses Solr sort clauses; the unique key always comes last so paging is stable
     */
    public record Sort(SortOption option, String labelKey, List<SortClause> clauses) {

        /** The public URL value, e.g. {@code year_newest}. */
        public String key() {
            return option.name().toLowerCase(Locale.ROOT);
        }
    }

    /** Facets of the catalogue search, in display order. */
    private static final List<Facet> FACETS =
            List.of(
                    new Facet(
                            "format",
                            SolrFields.FORMAT,
                            "search.facet.format",
                            20,
                            FacetKind.VALUES),
                    new Facet(
                            "language",
                            SolrFields.LANGUAGE,
                            "search.facet.language",
                            10,
                            FacetKind.VALUES),
                    new Facet(
                            "subject",
                            SolrFields.SUBJECT,
                            "search.facet.subject",
                            10,
                            FacetKind.VALUES),
                    new Facet(
                            "year", SolrFields.YEAR, "search.facet.year", 20, FacetKind.YEAR_RANGE),
                    new Facet(
                            "author",
                            SolrFields.AUTHOR,
                            "search.facet.author",
                            10,
                            FacetKind.VALUES),
                    new Facet(
                            "genre", SolrFields.GENRE, "search.facet.genre", 10, FacetKind.VALUES));

    /** Fields of the search box; INPUT-POLICY names exactly these. */
    private static final List<SearchField> SEARCH_FIELDS =
            List.of(
                    new SearchField(
                            "title", List.of("title", "titel"), "search_title", FieldKind.TEXT),
                    new SearchField(
                            "author", List.of("author", "auteur"), "search_author", FieldKind.TEXT),
                    new SearchField(
                            "subject",
                            List.of("subject", "onderwerp"),
                            "search_subject",
                            FieldKind.TEXT),
                    new SearchField("isbn", List.of("isbn"), "search_isbn", FieldKind.ISBN),
                    new SearchField(
                            "year", List.of("year", "jaar"), "search_year", FieldKind.YEAR));

    private static final SortClause BY_ID = SortClause.asc(SolrFields.ID);

    /** Sort options in the order the sort menu shows them. */
    private static final List<Sort> SORTS =
            List.of(
                    new Sort(
                            SortOption.RELEVANCE,
                            "search.sort.relevance",
                            List.of(
                                    SortClause.desc("score"),
                                    SortClause.desc(SolrFields.YEAR),
                                    BY_ID)),
                    new Sort(
                            SortOption.TITLE,
                            "search.sort.title",
                            List.of(
                                    SortClause.asc(SolrFields.TITLE_SORT),
                                    SortClause.desc(SolrFields.YEAR),
                                    BY_ID)),
                    new Sort(
                            SortOption.AUTHOR,
                            "search.sort.author",
                            List.of(
                                    SortClause.asc(SolrFields.AUTHOR_SORT),
                                    SortClause.asc(SolrFields.TITLE_SORT),
                                    BY_ID)),
                    new Sort(
                            SortOption.YEAR_NEWEST,
                            "search.sort.yearNewest",
                            List.of(
                                    SortClause.desc(SolrFields.YEAR),
                                    SortClause.asc(SolrFields.TITLE_SORT),
                                    BY_ID)),
                    new Sort(
                            SortOption.YEAR_OLDEST,
                            "search.sort.yearOldest",
                            List.of(
                                    SortClause.asc(SolrFields.YEAR),
                                    SortClause.asc(SolrFields.TITLE_SORT),
                                    BY_ID)));

    /** The catalogue search of issue 2. */
    public static final SearchConfig CATALOGUE = new SearchConfig();

    /** Decades before this year share one bucket of the year facet. */
    public static final int FIRST_DECADE = 1900;

    private SearchConfig() {}

    /** Facets in display order. */
    public List<Facet> facets() {
        return FACETS;
    }

    /** The facet with this public key. */
    public Optional<Facet> findFacet(String key) {
        return FACETS.stream().filter(facet -> facet.key().equals(key)).findFirst();
    }

    /** Fields a member may name in the search box. */
    public List<SearchField> searchFields() {
        return SEARCH_FIELDS;
    }

    /** The search field a typed name ({@code Titel}, {@code jaar}, …) stands for, any case. */
    public Optional<SearchField> findSearchField(String typedName) {
        String name = typedName.toLowerCase(Locale.ROOT);
        return SEARCH_FIELDS.stream().filter(field -> field.names().contains(name)).findFirst();
    }

    /** Sort options in menu order. */
    public List<Sort> sorts() {
        return SORTS;
    }

    /**
     * The sort to use: the one asked for, except that relevance means nothing without words, so
     * browsing (and a request without a sort) shows the newest first.
     */
    public Sort sortFor(SortOption requested, boolean browsing) {
        SortOption option = requested == null ? SortOption.RELEVANCE : requested;
        if (option == SortOption.RELEVANCE && browsing) {
            option = SortOption.YEAR_NEWEST;
        }
        SortOption wanted = option;
        return SORTS.stream().filter(sort -> sort.option() == wanted).findFirst().orElseThrow();
    }
}
