package nl.themaplein.search.query;

import static nl.themaplein.search.SolrFields.AUTHOR_DISPLAY;
import static nl.themaplein.search.SolrFields.FORMAT;
import static nl.themaplein.search.SolrFields.ID;
import static nl.themaplein.search.SolrFields.LANGUAGE;
import static nl.themaplein.search.SolrFields.TITLE;
import static nl.themaplein.search.SolrFields.TYPE;
import static nl.themaplein.search.SolrFields.YEAR;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.themaplein.search.ContentType;
import nl.themaplein.search.SearchUnavailableException;
import nl.themaplein.search.SolrFields;
import nl.themaplein.search.index.CatalogueDocuments;
import nl.themaplein.search.index.RealTimeGet;
import nl.themaplein.search.ingest.CatalogueRecord;
import nl.themaplein.search.query.SearchConfig.Facet;
import nl.themaplein.search.query.SearchConfig.FacetKind;
import nl.themaplein.search.query.SearchResult.FacetValue;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.RangeFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.DisMaxParams;
import org.apache.solr.common.params.FacetParams;
import org.apache.solr.common.params.HighlightParams;

/**
 * The catalogue search: a {@link SearchRequest} in, one {@link SearchResult} page out. The Solr
 * request is built by a chain of small steps, in this order:
 *
 * <ol>
 *   <li>{@link #addUserQuery} the search box, parsed by {@link UserQueryParser} (or nothing:
 *       browse);
 *   <li>{@link #addServerFilters} what members may see at all (catalogue records only);
 *   <li>{@link #addFilters} the chosen facet values (OR within a facet, AND across facets);
 *   <li>{@link #addFacets} the facets of {@link SearchConfig}, each ignoring its own filter;
 *   <li>{@link #addPaging} start and rows, page size clamped to 1..{@value #MAX_PAGE_SIZE};
 *   <li>{@link #addSorting} the chosen sort (newest first when browsing), id last;
 *   <li>{@link #addHighlighting} title highlights, later made safe HTML.
 * </ol>
 *
 * Matching and ranking (fields, boosts, minimum match) live in solrconfig.xml. No request value
 * reaches Solr as syntax: the search box is escaped by the parser, filter values travel as separate
 * parameters of {@code term} queries, and unknown filter keys are ignored. Every Solr failure
 * becomes a {@link SearchUnavailableException}.
 *
 * <p>Thread-safe; one instance per application, sharing the application's {@link SolrClient}.
 */
public final class CatalogueSearch {

    /** Largest page. */
    public static final int MAX_PAGE_SIZE = 100;

    /** Results beyond this position are reachable only through {@link #searchAfter} (a cursor). */
    public static final int MAX_START = 10_000;

    /** Values of one facet a request may select; more are ignored. */
    static final int MAX_VALUES_PER_FILTER = 20;

    /** Longest facet value accepted in a filter; longer ones cannot be facet values. */
    static final int MAX_FILTER_VALUE_LENGTH = 1000;

    /** First byte of every cursor Solr hands out. */
    private static final byte JAVABIN_VERSION = 2;

    /** Width of a bucket of the year facet. */
    static final int DECADE = 10;

    private static final String HIT_FIELDS =
            String.join(",", ID, TYPE, TITLE, AUTHOR_DISPLAY, YEAR, FORMAT, LANGUAGE);

    /** A year filter value: "1990-1999", "-1899", "2000-" or "2019". */
    private static final Pattern YEAR_VALUE = Pattern.compile("(\\d{1,4})?-(\\d{1,4})?|(\\d{1,4})");

    private final SolrClient client;
    private final String collection;
    private final SearchConfig config;
    private final UserQueryParser parser;
    private final Clock clock;

    /** A search of the catalogue records in {@code collection}. */
    public CatalogueSearch(SolrClient client, String collection) {
        this(client, collection, SearchConfig.CATALOGUE, Clock.systemDefaultZone());
    }

    CatalogueSearch(SolrClient client, String collection, SearchConfig config, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.collection = Objects.requireNonNull(collection, "collection");
        this.config = Objects.requireNonNull(config, "config");
        this.parser = new UserQueryParser(config);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One page of results. A page past the end has no hits and the right total; so does a page
     * starting beyond {@value #MAX_START} results.
     */
    public SearchResult search(SearchRequest request) {
        Paging paging = Paging.of(request.page(), request.pageSize());
        ParsedQuery parsed = parser.parse(request.query());
        if (parsed.kind() == ParsedQuery.Kind.NOTHING) {
            return new SearchResult(
                    0, paging.page(), paging.size(), List.of(), List.of(), parsed.notices());
        }
        Map<String, List<String>> selected = selectedValues(request.filters());

        SolrQuery query = new SolrQuery();
        addUserQuery(query, parsed);
        addServerFilters(query);
        addFilters(query, selected, request.yearFrom(), request.yearTo());
        addFacets(query, selected);
        addPaging(query, paging);
        addSorting(query, request.sort(), parsed);
        addHighlighting(query, parsed);

        QueryResponse response = execute(query);
        return new SearchResult(
                response.getResults().getNumFound(),
                paging.page(),
                paging.size(),
                hits(response),
                facets(response, selected),
                parsed.notices());
    }

    /**
     * Deep paging for API clients: the page after {@code cursor} ({@link CursorPage#FIRST} or null
     * for the first). Same query, filters and sort as {@link #search}, without facets.
     *
     * @throws InvalidCursorException when the cursor was not handed out by this search
     */
    public CursorPage searchAfter(SearchRequest request, String cursor) {
        String mark = checkedCursor(cursor);
        Paging paging = Paging.of(1, request.pageSize());
        ParsedQuery parsed = parser.parse(request.query());
        if (parsed.kind() == ParsedQuery.Kind.NOTHING) {
            return new CursorPage(0, List.of(), mark, mark, true, parsed.notices());
        }

        SolrQuery query = new SolrQuery();
        addUserQuery(query, parsed);
        addServerFilters(query);
        addFilters(query, selectedValues(request.filters()), request.yearFrom(), request.yearTo());
        query.setRows(paging.size());
        addSorting(query, request.sort(), parsed);
        addHighlighting(query, parsed);
        query.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);

        QueryResponse response = executeWithCursor(query);
        String next = response.getNextCursorMark();
        return new CursorPage(
                response.getResults().getNumFound(),
                hits(response),
                mark,
                next,
                mark.equals(next),
                parsed.notices());
    }

    /**
     * The cursor, or {@link CursorPage#FIRST} when none was given. Solr's cursors are Base64 of a
     * javabin list (first byte: javabin version 2); anything else is refused here, before Solr logs
     * a stack trace for it.
     */
    private static String checkedCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return CursorPage.FIRST;
        }
        String mark = cursor.strip();
        if (mark.equals(CursorPage.FIRST)) {
            return mark;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(mark);
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidCursorException("The cursor is not one this search handed out");
        }
        if (bytes.length < 2 || bytes[0] != JAVABIN_VERSION) {
            throw new InvalidCursorException("The cursor is not one this search handed out");
        }
        return mark;
    }

    /** The catalogue record with this id, from the index (also when not yet committed). */
    public Optional<CatalogueRecord> findRecord(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        List<SolrDocument> docs;
        try {
            docs = RealTimeGet.byIds(client, collection, List.of(id), "*");
        } catch (SolrServerException | IOException | SolrException e) {
            throw unavailable("Fetching record " + id, e);
        }
        return docs.stream()
                .filter(doc -> ContentType.RECORD.solrValue().equals(doc.getFirstValue(TYPE)))
                .findFirst()
                .map(CatalogueDocuments::toRecord);
    }

    /**
     * A few catalogue records of one theme, newest first: those whose {@code theme} field holds
     * {@code themeCode}, or (for records that carry no theme codes yet, such as the demo catalogue)
     * whose subject heading is {@code subjectHeading}. Both values travel as parameters of {@code
     * term} queries, never as syntax.
     */
    public List<SearchHit> forTheme(String themeCode, String subjectHeading, int rows) {
        SolrQuery query = new SolrQuery();
        addServerFilters(query);
        query.set("theme_code", themeCode);
        query.set("theme_subject", subjectHeading == null ? themeCode : subjectHeading);
        query.set("theme_code_q", "{!term f=" + SolrFields.THEME + " v=$theme_code}");
        query.set("theme_subject_q", "{!term f=" + SolrFields.SUBJECT + " v=$theme_subject}");
        query.addFilterQuery("{!bool should=$theme_code_q should=$theme_subject_q}");
        query.setRows(Math.max(1, Math.min(rows, MAX_PAGE_SIZE)));
        query.addSort(YEAR, SolrQuery.ORDER.desc);
        query.addSort(ID, SolrQuery.ORDER.asc);
        return hits(execute(query));
    }

    // ---------------------------------------------------------------------------------------------
    // The steps

    /** The parsed search box as q; browsing sends no q, so the handler's q.alt matches all. */
    static void addUserQuery(SolrQuery query, ParsedQuery parsed) {
        if (parsed.kind() != ParsedQuery.Kind.SEARCH) {
            return;
        }
        query.setQuery(parsed.solrQuery());
        if (parsed.usesOr()) {
            // The handler's mm would make "a OR b" require both; a member's OR means either.
            query.set(DisMaxParams.MM, "0%");
        }
    }

    /** Members search catalogue records only; later content types get their own searches. */
    static void addServerFilters(SolrQuery query) {
        query.addFilterQuery(termQuery(TYPE, "type_filter", ContentType.RECORD.solrValue(), query));
    }

    /**
     * One filter per facet with selected values, tagged so that facet's own counts ignore it: the
     * values of one facet combine with OR, different facets with AND. Each value travels in its own
     * parameter of a {@code term} query, so commas, quotes, slashes and colons are just characters.
     */
    void addFilters(
            SolrQuery query, Map<String, List<String>> selected, Integer yearFrom, Integer yearTo) {
        for (Map.Entry<String, List<String>> entry : selected.entrySet()) {
            Facet facet = config.findFacet(entry.getKey()).orElseThrow();
            if (facet.kind() == FacetKind.VALUES) {
                addValueFilter(query, facet, entry.getValue());
            } else {
                addYearFilter(query, facet, entry.getValue());
            }
        }
        addYearBounds(query, yearFrom, yearTo);
    }

    private static void addValueFilter(SolrQuery query, Facet facet, List<String> values) {
        StringBuilder filter = new StringBuilder("{!bool tag=").append(facet.filterTag());
        for (int i = 0; i < values.size(); i++) {
            String name = "fv_" + facet.key() + "_" + i;
            filter.append(" should=$").append(name).append("_q");
            query.set(name + "_q", "{!term f=" + facet.solrField() + " v=$" + name + "}");
            query.set(name, values.get(i));
        }
        query.addFilterQuery(filter.append('}').toString());
    }

    private static void addYearFilter(SolrQuery query, Facet facet, List<String> values) {
        List<String> ranges = new ArrayList<>();
        for (String value : values) {
            yearRange(value).ifPresent(range -> ranges.add(facet.solrField() + ":" + range));
        }
        if (!ranges.isEmpty()) {
            String tag = "{!lucene tag=" + facet.filterTag() + "}";
            query.addFilterQuery(tag + String.join(" OR ", ranges));
        }
    }

    /** The free year range of a request; tagged like the year facet's filter. */
    private void addYearBounds(SolrQuery query, Integer yearFrom, Integer yearTo) {
        if (yearFrom == null && yearTo == null) {
            return;
        }
        Integer from = yearFrom;
        Integer to = yearTo;
        if (from != null && to != null && from > to) {
            from = yearTo;
            to = yearFrom;
        }
        String tag = config.findFacet("year").map(Facet::filterTag).orElse("flt_year");
        query.addFilterQuery(
                "{!lucene tag=" + tag + "}" + YEAR + ":[" + bound(from) + " TO " + bound(to) + "]");
    }

    /** Every facet of the configuration, in order; each ignores its own filter (exclude tag). */
    void addFacets(SolrQuery query, Map<String, List<String>> selected) {
        query.setFacet(true);
        query.setFacetMinCount(1);
        for (Facet facet : config.facets()) {
            String local = "{!ex=" + facet.filterTag() + " key=" + facet.key() + "}";
            if (facet.kind() == FacetKind.VALUES) {
                query.add(FacetParams.FACET_FIELD, local + facet.solrField());
                query.set(perField(facet, FacetParams.FACET_LIMIT), facet.limit());
                addSelectedValueCounts(query, facet, selected.getOrDefault(facet.key(), List.of()));
            } else {
                addDecades(query, facet, local);
            }
        }
    }

    /** A selected value may fall outside the facet's top values; count it separately. */
    private static void addSelectedValueCounts(SolrQuery query, Facet facet, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String value = "fv_" + facet.key() + "_" + i;
            query.add(
                    FacetParams.FACET_QUERY,
                    "{!term f="
                            + facet.solrField()
                            + " ex="
                            + facet.filterTag()
                            + " key="
                            + selectedKey(facet, i)
                            + " v=$"
                            + value
                            + "}");
        }
    }

    private void addDecades(SolrQuery query, Facet facet, String local) {
        int nextDecade = (LocalDate.now(clock).getYear() / DECADE + 1) * DECADE;
        query.add(FacetParams.FACET_RANGE, local + facet.solrField());
        query.set(perField(facet, FacetParams.FACET_RANGE_START), SearchConfig.FIRST_DECADE);
        query.set(perField(facet, FacetParams.FACET_RANGE_END), nextDecade);
        query.set(perField(facet, FacetParams.FACET_RANGE_GAP), DECADE);
        query.set(
                perField(facet, FacetParams.FACET_RANGE_OTHER),
                FacetParams.FacetRangeOther.BEFORE.toString());
    }

    /** start and rows; a page beyond {@value #MAX_START} results asks for the total only. */
    static void addPaging(SolrQuery query, Paging paging) {
        if (paging.start() >= MAX_START) {
            query.setStart(0);
            query.setRows(0);
        } else {
            query.setStart((int) paging.start());
            query.setRows(paging.size());
        }
    }

    /** The chosen sort; relevance means newest first when there are no words. */
    void addSorting(SolrQuery query, SortOption sort, ParsedQuery parsed) {
        boolean browsing = parsed.kind() == ParsedQuery.Kind.BROWSE;
        query.setSorts(new ArrayList<>(config.sortFor(sort, browsing).clauses()));
        query.setFields(HIT_FIELDS);
    }

    /** Title highlights with private-use marks that {@link SafeHtml} turns into {@code <mark>}. */
    static void addHighlighting(SolrQuery query, ParsedQuery parsed) {
        if (parsed.kind() != ParsedQuery.Kind.SEARCH) {
            return;
        }
        query.setHighlight(true);
        query.set(HighlightParams.TAG_PRE, SafeHtml.MARK_START);
        query.set(HighlightParams.TAG_POST, SafeHtml.MARK_END);
    }

    // ---------------------------------------------------------------------------------------------
    // Request values

    /**
     * Known facets only, blank and repeated values dropped, at most {@value
     * #MAX_VALUES_PER_FILTER}.
     */
    Map<String, List<String>> selectedValues(Map<String, List<String>> filters) {
        Map<String, List<String>> selected = new LinkedHashMap<>();
        if (filters == null) {
            return selected;
        }
        for (Facet facet : config.facets()) {
            Collection<String> values = filters.getOrDefault(facet.key(), List.of());
            Set<String> kept = new LinkedHashSet<>();
            for (String value : values == null ? List.<String>of() : values) {
                if (isUsable(value) && kept.size() < MAX_VALUES_PER_FILTER) {
                    kept.add(value);
                }
            }
            if (!kept.isEmpty()) {
                selected.put(facet.key(), List.copyOf(kept));
            }
        }
        return selected;
    }

    private static boolean isUsable(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_FILTER_VALUE_LENGTH;
    }

    /** "1990-1999" → [1990 TO 1999], "-1899" → [* TO 1899], "2019" → [2019 TO 2019]. */
    static Optional<String> yearRange(String value) {
        Matcher matcher = YEAR_VALUE.matcher(value.strip());
        if (!matcher.matches() || "-".equals(value.strip())) {
            return Optional.empty();
        }
        if (matcher.group(3) != null) {
            return Optional.of("[" + matcher.group(3) + " TO " + matcher.group(3) + "]");
        }
        String from = matcher.group(1) == null ? "*" : matcher.group(1);
        String to = matcher.group(2) == null ? "*" : matcher.group(2);
        return Optional.of("[" + from + " TO " + to + "]");
    }

    private static String bound(Integer year) {
        return year == null ? "*" : Integer.toString(year);
    }

    private static String termQuery(String field, String param, String value, SolrQuery query) {
        query.set(param, value);
        return "{!term f=" + field + " v=$" + param + "}";
    }

    private static String perField(Facet facet, String param) {
        return "f." + facet.solrField() + "." + param;
    }

    private static String selectedKey(Facet facet, int index) {
        return "selected_" + facet.key() + "_" + index;
    }

    // ---------------------------------------------------------------------------------------------
    // Solr's answer

    private QueryResponse execute(SolrQuery query) {
        try {
            return client.query(collection, query, SolrRequest.METHOD.POST);
        } catch (SolrServerException | IOException | SolrException e) {
            throw unavailable("Searching collection " + collection, e);
        }
    }

    /** As {@link #execute}, but Solr refusing the request (400) means the cursor was not ours. */
    private QueryResponse executeWithCursor(SolrQuery query) {
        try {
            return client.query(collection, query, SolrRequest.METHOD.POST);
        } catch (SolrException e) {
            if (e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
                throw new InvalidCursorException("The cursor is not one this search handed out");
            }
            throw unavailable("Deep paging in collection " + collection, e);
        } catch (SolrServerException | IOException e) {
            throw unavailable("Deep paging in collection " + collection, e);
        }
    }

    private SearchUnavailableException unavailable(String attempt, Exception cause) {
        return new SearchUnavailableException(attempt + " failed: " + cause.getMessage(), cause);
    }

    private static List<SearchHit> hits(QueryResponse response) {
        Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            String id = doc.getFirstValue(ID).toString();
            String title = stringOf(doc.getFirstValue(TITLE));
            hits.add(
                    new SearchHit(
                            id,
                            stringOf(doc.getFirstValue(TYPE)),
                            title,
                            titleHighlight(highlights, id, title),
                            strings(doc.getFieldValues(AUTHOR_DISPLAY)),
                            doc.getFirstValue(YEAR) instanceof Number year ? year.intValue() : null,
                            stringOf(doc.getFirstValue(FORMAT)),
                            strings(doc.getFieldValues(LANGUAGE))));
        }
        return hits;
    }

    private static String titleHighlight(
            Map<String, Map<String, List<String>>> highlights, String id, String title) {
        List<String> marked =
                highlights == null
                        ? null
                        : highlights.getOrDefault(id, Map.of()).getOrDefault(TITLE, null);
        if (marked != null && !marked.isEmpty()) {
            return SafeHtml.highlight(marked.get(0));
        }
        return title == null ? null : SafeHtml.escape(title);
    }

    private List<SearchResult.Facet> facets(
            QueryResponse response, Map<String, List<String>> selected) {
        List<SearchResult.Facet> facets = new ArrayList<>();
        for (Facet facet : config.facets()) {
            List<String> chosen = selected.getOrDefault(facet.key(), List.of());
            List<FacetValue> values =
                    facet.kind() == FacetKind.VALUES
                            ? fieldValues(response, facet, chosen)
                            : decadeValues(response, facet, chosen);
            facets.add(new SearchResult.Facet(facet.key(), facet.labelKey(), values));
        }
        return facets;
    }

    private static List<FacetValue> fieldValues(
            QueryResponse response, Facet facet, List<String> chosen) {
        List<FacetValue> values = new ArrayList<>();
        FacetField field = response.getFacetField(facet.key());
        Set<String> shown = new LinkedHashSet<>();
        if (field != null && field.getValues() != null) {
            for (FacetField.Count count : field.getValues()) {
                values.add(
                        new FacetValue(
                                count.getName(),
                                count.getCount(),
                                chosen.contains(count.getName())));
                shown.add(count.getName());
            }
        }
        Map<String, Integer> counts = response.getFacetQuery();
        for (int i = 0; i < chosen.size(); i++) {
            Integer count = counts == null ? null : counts.get(selectedKey(facet, i));
            if (!shown.contains(chosen.get(i))) {
                values.add(new FacetValue(chosen.get(i), count == null ? 0 : count, true));
            }
        }
        return values;
    }

    /** Decades newest first, then everything before the first decade. */
    private static List<FacetValue> decadeValues(
            QueryResponse response, Facet facet, List<String> chosen) {
        RangeFacet<?, ?> range =
                response.getFacetRanges() == null
                        ? null
                        : response.getFacetRanges().stream()
                                .filter(r -> r.getName().equals(facet.key()))
                                .findFirst()
                                .orElse(null);
        List<FacetValue> values = new ArrayList<>();
        if (range == null) {
            return values;
        }
        for (RangeFacet.Count count : range.getCounts()) {
            if (count.getCount() > 0) {
                int start = Integer.parseInt(count.getValue());
                String value = start + "-" + (start + DECADE - 1);
                values.add(0, new FacetValue(value, count.getCount(), chosen.contains(value)));
            }
        }
        if (range.getBefore() != null && range.getBefore().intValue() > 0) {
            String value = "-" + (SearchConfig.FIRST_DECADE - 1);
            values.add(
                    new FacetValue(value, range.getBefore().longValue(), chosen.contains(value)));
        }
        return values;
    }

    private static String stringOf(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> strings(Collection<Object> values) {
        return values == null ? List.of() : values.stream().map(Object::toString).toList();
    }

    /**
     * A page and its size, made sane: page at least 1, size 1..{@value #MAX_PAGE_SIZE}.
     *
     * @param page 1-based
     * @param size results per page
     */
    record Paging(int page, int size) {

        static Paging of(int page, int size) {
            return new Paging(Math.max(1, page), Math.clamp(size, 1, MAX_PAGE_SIZE));
        }

        long start() {
            return (long) (page - 1) * size;
        }
    }
}
