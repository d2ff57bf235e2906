package nl.themaplein.portal.rest.search;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import nl.themaplein.portal.rest.record.RecordResource;
import nl.themaplein.portal.web.i18n.Messages;
import nl.themaplein.portal.web.search.FacetLabels;
import nl.themaplein.search.query.SearchHit;
import nl.themaplein.search.query.SearchResult;

/** Builds the API's view of a {@link SearchResult}, with labels in the client's language. */
final class SearchResponses {

    private SearchResponses() {}

    static SearchResponse of(String query, SearchResult result, UriInfo uri, Locale locale) {
        return new SearchResponse(
                query,
                result.page(),
                result.pageSize(),
                result.total(),
                result.pageCount(),
                result.hits().stream().map(hit -> result(hit, uri, locale)).toList(),
                result.facets().stream().map(facet -> facet(facet, locale)).toList(),
                notices(result.notices(), locale));
    }

    static SearchResponse.Result result(SearchHit hit, UriInfo uri, Locale locale) {
        String format = hit.format();
        return new SearchResponse.Result(
                hit.id(),
                hit.title(),
                hit.titleHighlight(),
                hit.authors(),
                hit.year(),
                format,
                format == null ? null : FacetLabels.label("format", format, locale),
                hit.languages(),
                links(hit.id(), uri));
    }

    static SearchResponse.Links links(String id, UriInfo uri) {
        String record =
                uri.getBaseUriBuilder()
                        .path(RecordResource.class)
                        .path("{id}")
                        .build(id)
                        .toString();
        String page =
                UriBuilder.fromUri(uri.getBaseUri().resolve("../../record.xhtml"))
                        .queryParam("id", "{id}")
                        .build(id)
                        .toString();
        return new SearchResponse.Links(record, page);
    }

    static List<SearchResponse.Notice> notices(List<String> keys, Locale locale) {
        return keys.stream()
                .map(key -> new SearchResponse.Notice(key, Messages.text(locale, key)))
                .toList();
    }

    private static SearchResponse.Facet facet(SearchResult.Facet facet, Locale locale) {
        List<SearchResponse.FacetValue> values =
                facet.values().stream()
                        .map(
                                value ->
                                        new SearchResponse.FacetValue(
                                                value.value(),
                                                        FacetLabels.label(
                                                                facet.key(), value.value(), locale),
                                                value.count(), value.selected()))
                        .toList();
        return new SearchResponse.Facet(
                facet.key(), Messages.text(locale, facet.labelKey()), values);
    }
}
