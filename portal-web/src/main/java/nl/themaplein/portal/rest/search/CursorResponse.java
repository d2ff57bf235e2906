package nl.themaplein.portal.rest.search;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import nl.themaplein.search.query.CursorPage;

/**
 * One page of a deep-paging walk: pass {@code nextCursor} back as {@code cursor} for the next page,
 * until {@code last} is true.
 */
@JsonbPropertyOrder({"total", "size", "cursor", "nextCursor", "last", "results", "notices"})
public record CursorResponse(
        long total,
        int size,
        String cursor,
        String nextCursor,
        boolean last,
        List<SearchResponse.Result> results,
        List<SearchResponse.Notice> notices) {

    static CursorResponse of(CursorPage page, int size, UriInfo uri, Locale locale) {
        return new CursorResponse(
                page.total(),
                size,
                page.cursor(),
                page.nextCursor(),
                page.last(),
                page.hits().stream().map(hit -> SearchResponses.result(hit, uri, locale)).toList(),
                SearchResponses.notices(page.notices(), locale));
    }
}
