package nl.themaplein.portal.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Everything that makes a search page: the query, the selected facet values, the year range, the
 * sort and the page. It is the page's URL (search.xhtml is driven by GET parameters only, so every
 * search can be bookmarked and shared), and every link on the page is another state derived from
 * this one. Choosing or removing a filter goes back to page 1.
 *
 * @param query the text as typed, possibly empty
 * @param filters facet key to selected values, in the order they were chosen
 * @param yearFrom lower bound of the year range, or null
 * @param yearTo upper bound of the year range, or null
 * @param sort the sort's URL value, or null for the default
 * @param page the 1-based page
 */
public record SearchState(
        String query,
        Map<String, List<String>> filters,
        Integer yearFrom,
        Integer yearTo,
        String sort,
        int page) {

    /** URL parameter names; they are public API (bookmarks) and the same as the REST API's. */
    public static final String QUERY = "q";

    public static final String PAGE = "page";
    public static final String SORT = "sort";
    public static final String YEAR_FROM = "yearFrom";
    public static final String YEAR_TO = "yearTo";

    /** A state; the filters are copied, the query is never null. */
    public SearchState {
        query = query == null ? "" : query;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        filters.forEach(
                (key, values) -> {
                    if (!values.isEmpty()) {
                        copy.put(key, List.copyOf(values));
                    }
                });
        filters = java.util.Collections.unmodifiableMap(copy);
    }

    /** Whether {@code value} of facet {@code key} is selected. */
    public boolean isSelected(String key, String value) {
        return filters.getOrDefault(key, List.of()).contains(value);
    }

    /** This search with {@code value} of facet {@code key} selected too, on page 1. */
    public SearchState withFilter(String key, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(changed.getOrDefault(key, List.of()));
        if (!values.contains(value)) {
            values.add(value);
        }
        changed.put(key, values);
        return new SearchState(query, changed, yearFrom, yearTo, sort, 1);
    }

    /** This search without {@code value} of facet {@code key}, on page 1. */
    public SearchState withoutFilter(String key, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(changed.getOrDefault(key, List.of()));
        values.remove(value);
        changed.put(key, values);
        return new SearchState(query, changed, yearFrom, yearTo, sort, 1);
    }

    /** This search with the year range {@code from}–{@code to} (either may be null), on page 1. */
    public SearchState withYears(Integer from, Integer to) {
        return new SearchState(query, filters, from, to, sort, 1);
    }

    /** This search without any filter or year range, on page 1. */
    public SearchState withoutFilters() {
        return new SearchState(query, Map.of(), null, null, sort, 1);
    }

    /** This search on page {@code number}. */
    public SearchState withPage(int number) {
        return new SearchState(query, filters, yearFrom, yearTo, sort, number);
    }

    /** Whether any facet value or year bound is selected. */
    public boolean hasFilters() {
        return !filters.isEmpty() || yearFrom != null || yearTo != null;
    }

    /**
     * The query string of this state, without the leading {@code ?}: parameters in a fixed order,
     * defaults left out, every value percent-encoded as UTF-8.
     */
    public String toQueryString() {
        StringJoiner parameters = new StringJoiner("&");
        if (!query.isEmpty()) {
            add(parameters, QUERY, query);
        }
        filters.forEach((key, values) -> values.forEach(value -> add(parameters, key, value)));
        if (yearFrom != null) {
            add(parameters, YEAR_FROM, yearFrom.toString());
        }
        if (yearTo != null) {
            add(parameters, YEAR_TO, yearTo.toString());
        }
        if (sort != null) {
            add(parameters, SORT, sort);
        }
        if (page > 1) {
            add(parameters, PAGE, Integer.toString(page));
        }
        return parameters.toString();
    }

    private static void add(StringJoiner parameters, String name, String value) {
        parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
