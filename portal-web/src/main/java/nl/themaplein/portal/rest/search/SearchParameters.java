package nl.themaplein.portal.rest.search;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/**
 * The single-valued query parameters of {@code GET /api/v1/search}, checked by Bean Validation
 * before the resource runs; a refusal is a 400 problem naming the parameter (the field names here
 * are the parameter names). They are read as text so that {@code page=abc} or {@code
 * page=2147483648} is refused with a message, where a numeric parameter would make JAX-RS answer a
 * bare 404. The repeatable facet parameters are checked by {@link SearchRequests}.
 */
public class SearchParameters {

    /** Text of an API parameter: no control characters, no Unicode noncharacters. */
    static final String TEXT = "[^\\p{Cc}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]*";

    /** Longest query accepted; the search itself reads at most its first 1000 characters. */
    public static final int MAX_QUERY_LENGTH = 10_000;

    /** Largest page number; beyond 10,000 results only the cursor pages on. */
    public static final int MAX_PAGE = 10_000;

    /** Largest page size. */
    public static final int MAX_SIZE = 100;

    /** Page size when none is asked for. */
    public static final int DEFAULT_SIZE = 20;

    @QueryParam("q")
    @Size(max = MAX_QUERY_LENGTH, message = "{api.query.tooLong}")
    @Pattern(regexp = TEXT, message = "{api.text.controlCharacters}")
    private String q;

    @QueryParam("page")
    @Pattern(regexp = "[1-9][0-9]{0,3}|10000", message = "{api.page.invalid}")
    private String page;

    @QueryParam("size")
    @Pattern(regexp = "[1-9][0-9]?|100", message = "{api.size.invalid}")
    private String size;

    @QueryParam("sort")
    @Pattern(
            regexp = "relevance|title|author|year_newest|year_oldest",
            message = "{api.sort.invalid}")
    private String sort;

    @QueryParam("yearFrom")
    @Pattern(regexp = "-?[0-9]{1,4}", message = "{api.year.invalid}")
    private String yearFrom;

    @QueryParam("yearTo")
    @Pattern(regexp = "-?[0-9]{1,4}", message = "{api.year.invalid}")
    private String yearTo;

    public String q() {
        return q == null ? "" : q;
    }

    /** The page, 1 when not given. */
    public int page() {
        return page == null ? 1 : Integer.parseInt(page);
    }

    /** The page size, {@value #DEFAULT_SIZE} when not given. */
    public int size() {
        return size == null ? DEFAULT_SIZE : Integer.parseInt(size);
    }

    public String sort() {
        return sort;
    }

    public Integer yearFrom() {
        return yearFrom == null ? null : Integer.valueOf(yearFrom);
    }

    public Integer yearTo() {
        return yearTo == null ? null : Integer.valueOf(yearTo);
    }
}
