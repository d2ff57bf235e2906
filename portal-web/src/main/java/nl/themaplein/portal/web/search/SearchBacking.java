package nl.themaplein.portal.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;
import nl.themaplein.search.SearchUnavailableException;
import nl.themaplein.search.query.CatalogueSearch;
import nl.themaplein.search.query.SearchConfig;
import nl.themaplein.search.query.SearchHit;
import nl.themaplein.search.query.SearchRequest;
import nl.themaplein.search.query.SearchResult;
import nl.themaplein.search.query.SortOption;

/**
 * The search page ({@code search.xhtml}), driven by its URL alone: {@code q}, {@code page}, {@code
 * sort}, {@code yearFrom}, {@code yearTo} arrive as view parameters, the repeatable facet values
 * ({@code format=BOOK&format=EBOOK}) from the request, and {@link #load} searches. Unlike the API,
 * the page forgives bad values (C13: {@code page=abc} shows page 1) because people follow links and
 * edit URLs; every link it shows is a {@link SearchState}.
 */
@Named
@RequestScoped
public class SearchBacking {

    private static final Logger LOG = Logger.getLogger(SearchBacking.class.getName());

    /** Results per page. */
    public static final int PAGE_SIZE = 20;

    /** Longest query the box sends; the search reads at most its first 1000 characters anyway. */
    public static final int MAX_QUERY_LENGTH = 10_000;

    /** Page links shown on either side of the current page. */
    private static final int PAGER_REACH = 4;

    @Inject private CatalogueSearch search;
    @Inject private LocaleBacking locale;
    @Inject private ExternalContext external;

    private String query;
    private String page;
    private String sort;
    private String yearFrom;
    private String yearTo;

    private SearchState state;
    private SearchResult result;
    private boolean unavailable;
    private boolean queryTooLong;
    private final List<String> ignoredFilters = new ArrayList<>();

    /** Runs the search the URL describes (the view action of the page). */
    public void load() {
        state =
                new SearchState(
                        query,
                        facetParameters(),
                        year(yearFrom),
                        year(yearTo),
                        sortKey(sort),
                        pageNumber(page));
        if (state.query().length() > MAX_QUERY_LENGTH) {
            queryTooLong = true;
            return;
        }

        try {
            result =
                    search.search(
                            new SearchRequest(
                                    state.query(),
                                    state.filters(),
                                    state.yearFrom(),
                                    state.yearTo(),
                                    state.page(),
                                    PAGE_SIZE,
                                    sortOption(state.sort())));
        } catch (SearchUnavailableException e) {
            unavailable = true;
            LOG.log(
                    Level.SEVERE,
                    "The search page could not search; it shows 'search unavailable'. Check that"
                            + " Solr runs and portal.solr.url points at it.",
                    e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Reading the URL, forgivingly

    /**
     * The facet values of the URL, normalised as the API does ({@link FacetValues}); a value that
     * is not valid for its facet is left out and noted, so the page never shows a filter that
     * selects nothing or everything.
     */
    private Map<String, List<String>> facetParameters() {
        Map<String, String[]> parameters = external.getRequestParameterValuesMap();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (SearchConfig.Facet facet : SearchConfig.CATALOGUE.facets()) {
            String[] values = parameters.get(facet.key());
            if (values == null) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String value : values) {
                if (value.isBlank()) {
                    continue;
                }
                FacetValues.normalise(facet.key(), value)
                        .filter(normal -> !kept.contains(normal))
                        .ifPresentOrElse(kept::add, () -> ignoredFilters.add(value));
            }
            filters.put(facet.key(), kept);
        }
        return filters;
    }

    /** A page number from 1 to 10,000, else 1. */
    static int pageNumber(String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,4}")) {
            return 1;
        }
        return Math.min(Integer.parseInt(value), CatalogueSearch.MAX_START);
    }

    static Integer year(String value) {
        return value != null && value.matches("-?[0-9]{1,4}") ? Integer.valueOf(value) : null;
    }

    static String sortKey(String value) {
        return SearchConfig.CATALOGUE.sorts().stream()
                .map(SearchConfig.Sort::key)
                .filter(key -> key.equals(value))
                .findFirst()
                .orElse(null);
    }

    private static SortOption sortOption(String key) {
        return key == null ? null : SortOption.valueOf(key.toUpperCase(Locale.ROOT));
    }

    // ---------------------------------------------------------------------------------------------
    // What the page shows

    /** Whether there is a result to show (false when search failed or the query was refused). */
    public boolean isSearched() {
        return result != null;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public boolean isQueryTooLong() {
        return queryTooLong;
    }

    public List<SearchHit> getHits() {
        return result == null ? List.of() : result.hits();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    /** The number of the first result on this page, for the list's {@code start}. */
    public int getFirstPosition() {
        return (state.page() - 1) * PAGE_SIZE + 1;
    }

    /** "12 resultaten voor “kaas”", announced to screen readers when it changes. */
    public String getCountText() {
        Locale current = locale.getLocale();
        return state.query().isBlank()
                ? Messages.text(current, "search.results.count", getTotal())
                : Messages.text(current, "search.results.countFor", getTotal(), state.query());
    }

    /** A page past the last one (C13): there are results, but not on this page. */
    public boolean isPastEnd() {
        return result != null && result.hits().isEmpty() && result.total() > 0;
    }

    public String getPastEndText() {
        return Messages.text(locale.getLocale(), "search.results.pastEnd", getTotal());
    }

    /** Nothing found at all. */
    public boolean isNothingFound() {

        return result != null && result.total() == 0;
    }

    /** The notices of the search, in the reader's language. */
    public List<String> getNotices() {
        List<String> notices = new ArrayList<>();
        for (String value : ignoredFilters) {
            String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
            notices.add(Messages.text(locale.getLocale(), "search.filter.ignored", shown));
        }
        if (result != null) {
            result.notices().forEach(key -> notices.add(Messages.text(locale.getLocale(), key)));
        }
        return notices;
    }

    /** The facets with at least one value, each value with its link. */
    public List<FacetView> getFacets() {
        if (result == null) {
            return List.of();
        }
        return result.facets().stream()
                .filter(facet -> !facet.values().isEmpty())
                .map(this::facetView)
                .toList();
    }

    private FacetView facetView(SearchResult.Facet facet) {
        Locale current = locale.getLocale();
        List<FacetView.Value> values =
                facet.values().stream()
                        .map(
                                value ->
                                        new FacetView.Value(
                                                FacetLabels.label(
                                                        facet.key(), value.value(), current),
                                                value.count(),
                                                value.selected(),
                                                url(
                                                        value.selected()
                                                                ? state.withoutFilter(
                                                                        facet.key(), value.value())
                                                                : state.withFilter(
                                                                        facet.key(),
                                                                        value.value()))))
                        .toList();
        return new FacetView(facet.key(), Messages.text(current, facet.labelKey()), values);
    }

    /** The chosen filters, each with the link that removes it. */
    public List<FacetView.Value> getSelectedFilters() {
        Locale current = locale.getLocale();
        List<FacetView.Value> chosen = new ArrayList<>();
        state.filters()
                .forEach(
                        (key, values) ->
                                values.forEach(
                                        value ->
                                                chosen.add(
                                                        new FacetView.Value(
                                                                Messages.text(
                                                                        current,
                                                                        "search.facets.remove",
                                                                        FacetLabels.label(
                                                                                key, value,
                                                                                current)),
                                                                0,
                                                                true,
                                                                url(
                                                                        state.withoutFilter(
                                                                                key, value))))));
        if (state.yearFrom() != null || state.yearTo() != null) {
            String range =
                    (state.yearFrom() == null ? "" : state.yearFrom())
                            + "–"
                            + (state.yearTo() == null ? "" : state.yearTo());
            chosen.add(
                    new FacetView.Value(
                            Messages.text(current, "search.facets.remove", range),
                            0,
                            true,
                            url(state.withYears(null, null))));
        }
        return chosen;
    }

    public String getClearFiltersUrl() {
        return url(state.withoutFilters());
    }

    /** The sort options, each with its link; the current one is marked. */
    public List<PageLink> getSorts() {
        String current =
                state.sort() == null
                        ? SortOption.RELEVANCE.name().toLowerCase(Locale.ROOT)
                        : state.sort();
        return SearchConfig.CATALOGUE.sorts().stream()
                .map(
                        option ->
                                new PageLink(
                                        Messages.text(locale.getLocale(), option.labelKey()),
                                        url(
                                                new SearchState(
                                                        state.query(),
                                                        state.filters(),
                                                        state.yearFrom(),
                                                        state.yearTo(),
                                                        option.key(),
                                                        1)),
                                        option.key().equals(current)))
                .toList();
    }

    /**
     * Numbered page links around the current page; pages beyond the 10,000th result are left out.
     */
    public List<PageLink> getPages() {
        int last = getLastPage();
        int from = Math.max(1, state.page() - PAGER_REACH);
        int to = Math.min(last, state.page() + PAGER_REACH);
        return IntStream.rangeClosed(from, to)
                .mapToObj(
                        n ->
                                new PageLink(
                                        Integer.toString(n),
                                        url(state.withPage(n)),
                                        n == state.page()))
                .toList();
    }

    /** The last page a member can open. */
    public int getLastPage() {
        long reachable = Math.min(getTotal(), CatalogueSearch.MAX_START);
        return (int) Math.max(1, (reachable + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String getPreviousUrl() {
        return state.page() > 1
                ? url(state.withPage(Math.min(state.page() - 1, getLastPage())))
                : null;
    }

    public String getNextUrl() {
        return state.page() < getLastPage() ? url(state.withPage(state.page() + 1)) : null;
    }

    public String getFirstPageUrl() {
        return url(state.withPage(1));
    }

    public String getPageText() {
        return Messages.text(
                locale.getLocale(), "search.results.page", state.page(), getLastPage());
    }

    /** The first three authors of a hit, as one line. */
    public String authors(SearchHit hit) {
        List<String> authors = hit.authors();
        String shown = String.join("; ", authors.subList(0, Math.min(3, authors.size())));
        return authors.size() > 3 ? shown + " …" : shown;
    }

    /** The name of a format code in the reader's language. */
    public String formatLabel(String format) {
        return FacetLabels.label("format", format, locale.getLocale());
    }

    /** The link to a record's page; it carries this search, so the record page can link back. */
    public String recordUrl(String id) {
        String url =
                external.getRequestContextPath()
                        + "/record.xhtml?id="
                        + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
        String search = state == null ? "" : state.toQueryString();
        return search.isEmpty()
                ? url
                : url
                        + "&back="
                        + java.net.URLEncoder.encode(
                                search, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String url(SearchState target) {
        String parameters = target.toQueryString();
        return external.getRequestContextPath()
                + "/search.xhtml"
                + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    public int getMaxQueryLength() {
        return MAX_QUERY_LENGTH;
    }

    public SearchState getState() {
        return state;
    }

    // ---------------------------------------------------------------------------------------------
    // View parameters

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getYearFrom() {
        return yearFrom;
    }

    public void setYearFrom(String yearFrom) {
        this.yearFrom = yearFrom;
    }

    public String getYearTo() {
        return yearTo;
    }

    public void setYearTo(String yearTo) {
        this.yearTo = yearTo;
    }

    /** A link on the page: its text, where it goes, whether it is the current one. */
    public record PageLink(String label, String url, boolean current) {}
}
