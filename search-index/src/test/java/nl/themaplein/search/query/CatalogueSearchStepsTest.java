package nl.themaplein.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.themaplein.search.query.CatalogueSearch.Paging;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each step of the query chain alone: which parameters it adds. Solr itself: the …IT tests. */
class CatalogueSearchStepsTest {

    /** Never called: the steps only build parameters. */
    private final SolrClient unused =
            new Http2SolrClient.Builder("http://localhost:1/solr").build();

    private final CatalogueSearch search =
            new CatalogueSearch(
                    unused,
                    "themaplein",
                    SearchConfig.CATALOGUE,
                    Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC));

    private final UserQueryParser parser = new UserQueryParser(SearchConfig.CATALOGUE);

    @AfterEach
    void close() throws Exception {
        unused.close();
    }

    @Test
    void browsingSendsNoQuery() {
        SolrQuery query = new SolrQuery();

        CatalogueSearch.addUserQuery(query, parser.parse("  "));

        assertThat(query.getQuery()).isNull();
    }

    @Test
    void orTurnsOffTheMinimumMatch() {
        SolrQuery and = new SolrQuery();
        SolrQuery or = new SolrQuery();

        CatalogueSearch.addUserQuery(and, parser.parse("kaart atlas"));
        CatalogueSearch.addUserQuery(or, parser.parse("kaart OR atlas"));

        assertThat(and.get("mm")).isNull();
        assertThat(or.get("mm")).isEqualTo("0%");
    }

    @Test
    void filterValuesTravelAsParametersOfTermQueries() {
        SolrQuery query = new SolrQuery();
        String odd = "Oorlog, \"1940\"/1945: {!lucene}*:*";

        search.addFilters(query, Map.of("subject", List.of(odd, "Kunst")), null, null);

        assertThat(query.getFilterQueries())
                .containsExactly(
                        "{!bool tag=flt_subject should=$fv_subject_0_q should=$fv_subject_1_q}");
        assertThat(query.get("fv_subject_0_q")).isEqualTo("{!term f=subject v=$fv_subject_0}");
        assertThat(query.get("fv_subject_0")).isEqualTo(odd);
        assertThat(query.get("fv_subject_1")).isEqualTo("Kunst");
    }

    @Test
    void unknownFacetKeysAndBlankValuesAreIgnored() {
        Map<String, List<String>> selected =
                search.selectedValues(
                        Map.of(
                                "type", List.of("person"),
                                "q", List.of("x"),
                                "format", Arrays.asList("BOOK", "", null, "BOOK", "EBOOK")));

        assertThat(selected).containsOnlyKeys("format");
        assertThat(selected.get("format")).containsExactly("BOOK", "EBOOK");
    }

    @Test
    void tooManyValuesAreCut() {
        List<String> many = java.util.stream.IntStream.range(0, 50).mapToObj(i -> "v" + i).toList();

        assertThat(search.selectedValues(Map.of("subject", many)).get("subject"))
                .hasSize(CatalogueSearch.MAX_VALUES_PER_FILTER);
    }

    @Test
    void yearValuesBecomeRanges() {
        assertThat(CatalogueSearch.yearRange("1990-1999")).contains("[1990 TO 1999]");
        assertThat(CatalogueSearch.yearRange("-1899")).contains("[* TO 1899]");
        assertThat(CatalogueSearch.yearRange("2000-")).contains("[2000 TO *]");
        assertThat(CatalogueSearch.yearRange("2019")).contains("[2019 TO 2019]");
        assertThat(CatalogueSearch.yearRange("-")).isEmpty();
        assertThat(CatalogueSearch.yearRange("1990 TO 1999")).isEmpty();
        assertThat(CatalogueSearch.yearRange("*:*")).isEmpty();
    }

    @Test
    void yearFilterAndBoundsShareTheYearTag() {
        SolrQuery query = new SolrQuery();

        search.addFilters(query, Map.of("year", List.of("1990-1999", "nonsense")), 2010, 2000);

        assertThat(query.getFilterQueries())
                .containsExactly(
                        "{!lucene tag=flt_year}year:[1990 TO 1999]",
                        "{!lucene tag=flt_year}year:[2000 TO 2010]");
    }

    @Test
    void everyFacetExcludesItsOwnFilter() {
        SolrQuery query = new SolrQuery();

        search.addFacets(query, Map.of());

        assertThat(query.getParams("facet.field"))
                .contains(
                        "{!ex=flt_format key=format}format",
                        "{!ex=flt_subject key=subject}subject");
        assertThat(query.getParams("facet.range")).containsExactly("{!ex=flt_year key=year}year");
        assertThat(query.get("f.year.facet.range.end")).isEqualTo("2030");
        assertThat(query.get("f.format.facet.limit")).isEqualTo("20");
    }

    @Test
    void pagingIsClampedAndNeverOverflows() {
        assertThat(Paging.of(0, 20)).isEqualTo(new Paging(1, 20));
        assertThat(Paging.of(-1, 0)).isEqualTo(new Paging(1, 1));
        assertThat(Paging.of(3, 1000)).isEqualTo(new Paging(3, 100));
        assertThat(Paging.of(Integer.MAX_VALUE, 100).start()).isEqualTo(214_748_364_600L);
    }

    @Test
    void pagesBeyondTheWindowAskForTheTotalOnly() {
        SolrQuery deep = new SolrQuery();
        SolrQuery normal = new SolrQuery();

        CatalogueSearch.addPaging(deep, Paging.of(501, 20));
        CatalogueSearch.addPaging(normal, Paging.of(3, 20));

        assertThat(deep.getRows()).isZero();
        assertThat(normal.getStart()).isEqualTo(40);
        assertThat(normal.getRows()).isEqualTo(20);
    }

    @Test
    void sortEndsWithTheId() {
        SolrQuery query = new SolrQuery();

        search.addSorting(query, SortOption.TITLE, parser.parse("x"));

        assertThat(query.getSortField()).isEqualTo("title_sort asc,year desc,id asc");
    }

    @Test
    void highlightsOnlyWhenThereAreWords() {
        SolrQuery browsing = new SolrQuery();
        SolrQuery searching = new SolrQuery();

        CatalogueSearch.addHighlighting(browsing, parser.parse(""));
        CatalogueSearch.addHighlighting(searching, parser.parse("havelaar"));

        assertThat(browsing.getHighlight()).isFalse();
        assertThat(searching.getHighlight()).isTrue();
        assertThat(searching.get("hl.tag.pre")).isEqualTo(SafeHtml.MARK_START);
    }
}
