package nl.themaplein.portal.web.search;

import java.util.List;

/**
 * A facet as the search page shows it: heading and values, each value with the link that selects it
 * (or, when selected, removes it).
 */
public record FacetView(String key, String label, List<Value> values) {

    /** A facet value with its count and link. */
    public record Value(String label, long count, boolean selected, String url) {}
}
