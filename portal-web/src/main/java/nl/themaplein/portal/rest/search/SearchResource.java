package nl.themaplein.portal.rest.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import nl.themaplein.portal.rest.ApiDocumentation;
import nl.themaplein.portal.rest.error.ProblemException;
import nl.themaplein.portal.rest.error.Problems;
import nl.themaplein.search.query.CatalogueSearch;
import nl.themaplein.search.query.CursorPage;
import nl.themaplein.search.query.InvalidCursorException;
import nl.themaplein.search.query.SearchRequest;
import nl.themaplein.search.query.SearchResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/search}: the catalogue search for programs, with the parameters of the search
 * page ({@code q}, {@code page}, {@code size} 1–100, {@code sort}, repeatable facet parameters such
 * as {@code format} and {@code language}, {@code yearFrom}, {@code yearTo}). Page numbers go up to
 * 10,000 and pages beyond the 10,000th result are refused with 400; {@code /search/cursor} walks
 * any number of results. A page past the end is an empty page with the total. A refused parameter
 * is a 400 problem naming it; a size above 100 is refused, not cut.
 */
@Path("search")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
@Tag(name = "search", description = "Search the catalogue: results, facets, paging.")
public class SearchResource {

    @Inject private CatalogueSearch search;

    @Context private UriInfo uri;
    @Context private HttpHeaders headers;

    /** One page of results with facet counts. */
    @GET
    @Operation(
            summary = "Search the catalogue",
            description =
                    "One page of results with facet counts and notices. Open to everyone; page 1 to"
                            + " 10,000, size 1 to 100.")
    @APIResponse(
            responseCode = "200",
            description = "One page of results",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "A refused parameter; invalid-params names it",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "401",
            description = "Wrong credentials or token were sent",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "503",
            description = "Search is unavailable for now (Retry-After)",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    public SearchResponse search(@Valid @BeanParam SearchParameters parameters) {
        SearchRequest request =
                SearchRequests.of(
                        parameters, uri.getQueryParameters(), parameters.page(), parameters.size());
        SearchResult result = search.search(request);
        refuseTooDeep(request, result);
        return SearchResponses.of(parameters.q(), result, uri, locale());
    }

    /**
     * Deep paging: {@code cursor=*} for the first page, then each answer's {@code nextCursor} until
     * {@code last} is true. Same parameters as {@link #search} except {@code page}.
     */
    @GET
    @Path("cursor")
    @Operation(
            summary = "Page deep through all results",
            description = "Start with cursor=* and pass nextCursor back until last is true.")
    @APIResponse(
            responseCode = "200",
            description = "One page and the next cursor",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CursorResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "A refused parameter; invalid-params names it",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "401",
            description = "Wrong credentials or token were sent",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    @APIResponse(
            responseCode = "503",
            description = "Search is unavailable for now (Retry-After)",
            content = @Content(mediaType = ApiDocumentation.PROBLEM))
    public CursorResponse cursor(
            @Valid @BeanParam SearchParameters parameters, @QueryParam("cursor") String cursor) {
        SearchRequest request =
                SearchRequests.of(parameters, uri.getQueryParameters(), 1, parameters.size());
        CursorPage page;
        try {
            page = search.searchAfter(request, cursor);
        } catch (InvalidCursorException e) {
            throw ProblemException.invalidParameter("cursor", "api.cursor.invalid");
        }
        return CursorResponse.of(page, request.pageSize(), uri, locale());
    }

    /** Pages that start beyond the 10,000th result exist only through the cursor. */
    private static void refuseTooDeep(SearchRequest request, SearchResult result) {
        long start = (long) (request.page() - 1) * request.pageSize();
        if (start >= CatalogueSearch.MAX_START && start < result.total()) {
            throw ProblemException.invalidParameter("page", "api.page.tooDeep");
        }
    }

    private Locale locale() {
        return Problems.locale(headers);
    }
}
