package nl.themaplein.portal.rest.search;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * One page of search results as the API returns it. Texts are plain (JSON escapes them); {@code
 * titleHighlight} alone carries markup, safe HTML with {@code <mark>} elements only.
 *
 * @param query the query as it was received
 * @param page the 1-based page asked for
 * @param size the page size
 * @param total number of matching records
 * @param pages number of pages, at least 1
 * @param results the records of this page; empty past the last page
 * @param facets facets in display order with their counts
 * @param notices what the member should know about how the query was read
 */
@JsonbPropertyOrder({"query", "page", "size", "total", "pages", "results", "facets", "notices"})
public record SearchResponse(
        String query,
        int page,
        int size,
        long total,
        int pages,
        List<Result> results,
        List<Facet> facets,
        List<Notice> notices) {

    /**
     * A record in the list.
     *
     * @param format the format's code ({@code BOOK}); {@code formatLabel} is its name
     * @param links {@code record}: this record in the API; {@code page}: its page for people
     */
    @JsonbPropertyOrder({
        "id",
        "title",
        "titleHighlight",
        "authors",
        "year",
        "format",
        "formatLabel",
        "languages",
        "links"
    })
    public record Result(
            String id,
            String title,
            String titleHighlight,
            List<String> authors,
            Integer year,
            String format,
            String formatLabel,
            List<String> languages,
            Links links) {}

    /** Where to read more about a record. */
    public record Links(String record, String page) {}

    /** A facet: its public key (also the query parameter), its heading and its values. */
    @JsonbPropertyOrder({"key", "label", "values"})
    public record Facet(String key, String label, List<FacetValue> values) {}

    /** A facet value with its count; {@code selected} when the request filters on it. */
    @JsonbPropertyOrder({"value", "label", "count", "selected"})
    public record FacetValue(String value, String label, long count, boolean selected) {}

    /** A notice: its stable key and its text in the client's language. */
    public record Notice(String key, String message) {}
}
