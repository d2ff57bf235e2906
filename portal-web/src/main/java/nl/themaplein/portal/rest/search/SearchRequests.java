package nl.themaplein.portal.rest.search;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.themaplein.portal.rest.error.ProblemException;
import nl.themaplein.portal.web.search.FacetValues;
import nl.themaplein.search.query.SearchConfig;
import nl.themaplein.search.query.SearchRequest;
import nl.themaplein.search.query.SortOption;

/**
 * Turns checked API parameters into a {@link SearchRequest}. Facet parameters are the facet keys of
 * {@link SearchConfig#CATALOGUE} ({@code format}, {@code language}, {@code subject}, …), each
 * repeatable (OR within a facet); every other parameter is ignored. Nothing from the request
 * reaches Solr as is: values become filter values that the search escapes.
 */
final class SearchRequests {

    /** Longest facet value accepted. */
    static final int MAX_FACET_VALUE = 500;

    private static final java.util.regex.Pattern TEXT =
            java.util.regex.Pattern.compile(SearchParameters.TEXT);

    private SearchRequests() {}

    /** The request for page {@code page} of the search the parameters describe. */
    static SearchRequest of(
            SearchParameters parameters, MultivaluedMap<String, String> query, int page, int size) {
        Integer from = parameters.yearFrom();
        Integer to = parameters.yearTo();
        if (from != null && to != null && from > to) {
            throw ProblemException.invalidParameter("yearFrom", "api.yearRange.invalid");
        }
        return new SearchRequest(
                parameters.q(), filters(query), from, to, page, size, sort(parameters.sort()));
    }

    /** The sort option of a checked {@code sort} parameter, null for the default. */
    static SortOption sort(String value) {
        return value == null ? null : SortOption.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private static Map<String, List<String>> filters(MultivaluedMap<String, String> query) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (SearchConfig.Facet facet : SearchConfig.CATALOGUE.facets()) {
            List<String> values = query.get(facet.key());
            if (values != null && !values.isEmpty()) {
                filters.put(
                        facet.key(),
                        values.stream()
                                .map(value -> checked(facet.key(), value))
                                .distinct()
                                .toList());
            }
        }
        return filters;
    }

    private static String checked(String key, String value) {
        if (value.length() > MAX_FACET_VALUE) {
            throw ProblemException.invalidParameter(key, "api.facetValue.tooLong");
        }
        if (!TEXT.matcher(value).matches()) {
            throw ProblemException.invalidParameter(key, "api.text.controlCharacters");
        }
        return FacetValues.normalise(key, value)
                .orElseThrow(
                        () -> ProblemException.invalidParameter(key, FacetValues.problemKey(key)));
    }
}
