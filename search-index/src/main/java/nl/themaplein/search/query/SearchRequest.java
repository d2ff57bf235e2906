package nl.themaplein.search.query;

import java.util.List;
import java.util.Map;

/**
 * What a member asked for, already validated: the raw text of the search box, facet filters (field
 * key to selected values, combined with OR inside a facet and AND across facets), a 1-based page, a
 * page size (1 to 100) and a sort key.
 *
 * @param query the text as typed; may be blank (browse everything public, newest first)
 * @param filters facet key (see {@link SearchConfig}) to selected values
 * @param yearFrom lower bound of the year range, or null
 * @param yearTo upper bound of the year range, or null
 * @param page 1-based page; a page past the end yields an empty page with the right total
 * @param pageSize 1..100
 * @param sort sort key (see {@link SortOption}); null means relevance (or newest when browsing)
 */
public record SearchRequest(
        String query,
        Map<String, List<String>> filters,
        Integer yearFrom,
        Integer yearTo,
        int page,
        int pageSize,
        SortOption sort) {}
