package nl.themaplein.search.query;

import java.util.List;

/**
 * One page of results.
 *
 * @param total number of matching documents
 * @param page the 1-based page that was asked for
 * @param pageSize page size used
 * @param hits the documents of this page (empty past the end)
 * @param facets facets in display order
 * @param notices message keys for the member, e.g. {@code search.notice.searchedAsText} or {@code
 *     search.notice.shortened}; the web layer translates them
 */
public record SearchResult(
        long total,
        int page,
        int pageSize,
        List<SearchHit> hits,
        List<Facet> facets,
        List<String> notices) {

    /** Number of pages, at least 1. */
    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** A facet: its key (public URL name), label message key and values with counts. */
    public record Facet(String key, String labelKey, List<FacetValue> values) {}

    /** A facet value; {@code selected} when it is part of the current filters. */
    public record FacetValue(String value, long count, boolean selected) {}
}
