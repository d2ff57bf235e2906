package nl.themaplein.search.query;

import static nl.themaplein.search.query.ParsedQuery.SEARCHED_AS_TEXT;
import static nl.themaplein.search.query.ParsedQuery.SHORTENED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.themaplein.search.CaseQueries;
import nl.themaplein.search.SearchFixture;
import nl.themaplein.search.SharedCases;
import nl.themaplein.search.index.CatalogueIndexer;
import nl.themaplein.search.ingest.CatalogueImport;
import nl.themaplein.search.ingest.CatalogueRecord;
import nl.themaplein.search.ingest.CatalogueSink.Outcome;
import nl.themaplein.search.ingest.ImportReport;
import nl.themaplein.search.query.SearchResult.Facet;
import nl.themaplein.search.query.SearchResult.FacetValue;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Indexing and searching against a real Solr: the same tests run on a standalone node and on a
 * SolrCloud collection (subclasses start one Solr per class). The shared cases run here with their
 * expected values.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CatalogueSearchContract {

    private SolrClient client;
    private CatalogueSearch search;
    private CatalogueIndexer indexer;
    private ImportReport caseImport;
    private Outcome firstImport;
    private List<CatalogueRecord> records;

    /** Starts Solr and returns a client for it. */
    abstract SolrClient startSolr() throws Exception;

    /** The collection or core to use. */
    abstract String collection();

    /** Stops Solr. */
    abstract void stopSolr() throws Exception;

    @BeforeAll
    void indexEverything() throws Exception {
        client = startSolr();
        indexer = new CatalogueIndexer(client, collection());
        search = new CatalogueSearch(client, collection());
        records = new ArrayList<>(SearchFixture.records());

        caseImport =
                SharedCases.files(SharedCases.SEARCH_CASES)
                        .map(files -> new CatalogueImport(indexer).importPaths(files))
                        .orElse(null);
        firstImport = indexer.accept(records);
        indexer.finish();
    }

    /** Case tests need the case records, loaded from the shared MARCXML through the ingest code. */
    void assumeCasesLoaded() {
        assumeTrue(caseImport != null, SharedCases.ABSENT);
    }

    long caseRecords() {
        return caseImport == null ? 0 : caseImport.imported();
    }

    @AfterAll
    void stop() throws Exception {
        client.close();
        stopSolr();
    }

    SolrClient client() {
        return client;
    }

    CatalogueSearch catalogueSearch() {
        return search;
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    SearchResult find(String query) {
        return search.search(request(query, Map.of(), 1, 20, null));
    }

    static SearchRequest request(
            String query, Map<String, List<String>> filters, int page, int size, SortOption sort) {
        return new SearchRequest(query, filters, null, null, page, size, sort);
    }

    static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    static Facet facet(SearchResult result, String key) {
        return result.facets().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    static long count(SearchResult result, String facetKey, String value) {
        return facet(result, facetKey).values().stream()
                .filter(v -> v.value().equals(value))
                .mapToLong(FacetValue::count)
                .sum();
    }

    // ---------------------------------------------------------------------------------------------

    @Nested
    class Indexing {

        @Test
        void firstImportAddsEveryRecord() {
            assertThat(firstImport).isEqualTo(new Outcome(records.size(), 0));
            assertThat(find("").total()).isEqualTo(records.size() + caseRecords());
        }

        @Test
        void caseFilesImportWithoutProblems() {
            assumeCasesLoaded();

            assertThat(caseImport.broken()).isZero();
            assertThat(caseImport.added()).isEqualTo(SharedCases.SEARCH_CASE_RECORDS);
        }

        @Test
        void importingAgainUpdatesAndNeverDuplicates() {
            List<CatalogueRecord> again = records.subList(0, 10);

            Outcome outcome = indexer.accept(again);
            indexer.finish();

            assertThat(outcome).isEqualTo(new Outcome(0, 10));
            assertThat(find("").total()).isEqualTo(records.size() + caseRecords());
        }

        @Test
        void sameIdTwiceInOneBatchIsOneAddAndOneUpdate() {
            CatalogueRecord record =
                    nl.themaplein.search.TestRecords.record("twice", "Twee keer").build();

            Outcome outcome = indexer.accept(List.of(record, record));
            indexer.finish();

            assertThat(outcome).isEqualTo(new Outcome(1, 1));
            records.add(record);
        }

        @Test
        void recordComesBackWithEveryField() {
            CatalogueRecord stored =
                    records.stream()
                            .filter(r -> r.id().equals(SearchFixture.COMMA_ID))
                            .findFirst()
                            .orElseThrow();

            assertThat(search.findRecord(SearchFixture.COMMA_ID))
                    .hasValueSatisfying(
                            found ->
                                    assertThat(found)
                                            .usingRecursiveComparison()
                                            .ignoringFields("titleSort")
                                            .isEqualTo(stored));
            assertThat(search.findRecord("no-such-record")).isEmpty();
            assertThat(search.findRecord("")).isEmpty();
        }
    }

    @Nested
    @DisplayName("C01: a colon inside a title or call number")
    class C01 {

        @BeforeEach
        void needsCaseRecords() {
            assumeCasesLoaded();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Max Havelaar:of de koffieveilingen",
                    "Max Havelaar : of de koffieveilingen",
                    "havelaar: koffieveilingen",
                    "titel:havelaar"
                })
        void findsTheTitleAmongTheFirstThree(String query) {
            assertThat(ids(find(query)).stream().limit(3)).contains("c01-r1");
        }

        @Test
        void callNumberFindsItsRecord() {
            assertThat(ids(find("NED 839.3 : 2019"))).contains("c01-r2");
        }

        @Test
        void genuineFieldedSearchStillWorks() {
            assertThat(ids(find("title:havelaar"))).containsExactly("c01-r1");
            assertThat(ids(find("auteur:schrijver"))).containsExactly("c01-r1");
        }
    }

    @Nested
    @DisplayName("C02: a lone hyphen between words")
    class C02 {

        @BeforeEach
        void needsCaseRecords() {
            assumeCasesLoaded();
        }

        @Test
        void loneHyphenChangesNothing() {
            SearchResult withHyphens = find("amsterdam - geschiedenis - kaarten");
            SearchResult without = find("amsterdam geschiedenis kaarten");

            assertThat(ids(withHyphens)).isEqualTo(ids(without)).contains("c02-r1");
        }

        @Test
        void enDashChangesNothing() {
            assertThat(ids(find("amsterdam – geschiedenis"))).contains("c02-r1");
        }

        @Test
        void hyphenAloneGivesAnEmptyPage() {
            SearchResult result = find("-");

            assertThat(result.total()).isZero();
            assertThat(result.hits()).isEmpty();
        }

        @Test
        void trailingHyphenIsIgnored() {
            assertThat(ids(find("amsterdam -"))).contains("c02-r1");
        }

        @Test
        void attachedHyphenExcludes() {
            assertThat(ids(find("amsterdam -kaarten"))).doesNotContain("c02-r1");
        }
    }

    @Nested
    @DisplayName("C04: C++ and C#")
    class C04 {

        @BeforeEach
        void needsCaseRecords() {
            assumeCasesLoaded();
        }

        private final Set<String> cases = Set.of("c04-r1", "c04-r2", "c04-r3");

        private List<String> caseHits(String query) {
            return ids(find(query)).stream().filter(cases::contains).toList();
        }

        @ParameterizedTest
        @ValueSource(strings = {"C++", "c++"})
        void cPlusPlusFindsOnlyItself(String query) {
            assertThat(caseHits(query)).containsExactly("c04-r1");
        }

        @Test
        void cSharpFindsOnlyItself() {
            assertThat(caseHits("C#")).containsExactly("c04-r3");
        }

        @Test
        void exactTitleRanksFirst() {
            assertThat(caseHits("programmeren in C++")).first().isEqualTo("c04-r1");
        }

        @Test
        void plainCFindsC() {
            assertThat(caseHits("C")).contains("c04-r2");
        }

        @Test
        void otherProgrammingNamesStayWhole() {
            assertThat(ids(find(".NET"))).containsExactly("prog-1");
            assertThat(ids(find("f#"))).containsExactly("prog-2");
        }
    }

    @Nested
    @DisplayName("C07: very long input")
    class C07 {

        @BeforeEach
        void needsCaseRecords() {
            assumeCasesLoaded();
        }

        @ParameterizedTest
        @MethodSource("nl.themaplein.search.query.CatalogueSearchContract#citations")
        void citationFindsItsRecordQuickly(String query) {
            long started = System.nanoTime();

            SearchResult result = find(query);

            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isLessThan(Duration.ofSeconds(5));
            assertThat(ids(result).stream().limit(10)).contains("c07-r1");
            assertThat(result.notices()).contains(SHORTENED);
        }

        @Test
        void pluralFindsTheSingular() {
            assertThat(ids(find("bibliotheken"))).contains("c07-r1", "c01-r2");
        }

        @Test
        void repeatedWordIsShortenedWithANotice() {
            SearchResult result = find(CaseQueries.C07_REPEATED);

            assertThat(result.notices()).containsExactly(SHORTENED);
            assertThat(ids(result)).contains("c01-r2", "c07-r1");
        }
    }

    static Stream<String> citations() {
        return Stream.of(CaseQueries.C07_CITATION, CaseQueries.C07_QUOTED);
    }

    @Nested
    @DisplayName("C13: pages beyond the last one")
    class C13 {

        @Test
        void pageFarPastTheEndGivesTheTotalAndNoHits() {
            SearchResult result = search.search(request("sorteertest", Map.of(), 9999, 20, null));

            assertThat(result.total()).isEqualTo(6);
            assertThat(result.hits()).isEmpty();
            assertThat(result.page()).isEqualTo(9999);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
        void pageBelowOneIsPageOne(int page) {
            SearchResult result = search.search(request("sorteertest", Map.of(), page, 20, null));

            assertThat(result.page()).isEqualTo(1);
            assertThat(ids(result)).hasSize(6).isEqualTo(ids(find("sorteertest")));
        }

        @Test
        void largestPageNeverOverflows() {
            SearchResult result =
                    search.search(request("sorteertest", Map.of(), Integer.MAX_VALUE, 100, null));

            assertThat(result.hits()).isEmpty();
            assertThat(result.total()).isEqualTo(6);
        }

        @Test
        void filterOnPageThreeLeavesFiveHitsOnPageOne() {
            SearchResult third = search.search(request("utrecht", Map.of(), 3, 20, null));
            Map<String, List<String>> ebooks = Map.of("format", List.of("EBOOK"));

            SearchResult filteredThird = search.search(request("utrecht", ebooks, 3, 20, null));
            SearchResult filteredFirst = search.search(request("utrecht", ebooks, 1, 20, null));

            assertThat(third.total()).isEqualTo(SearchFixture.UTRECHT_RECORDS);
            assertThat(third.hits()).hasSize(20);
            assertThat(filteredThird.total()).isEqualTo(SearchFixture.UTRECHT_EBOOKS);
            assertThat(filteredThird.hits()).isEmpty();
            assertThat(filteredFirst.hits()).hasSize(SearchFixture.UTRECHT_EBOOKS);
        }

        @Test
        void pageSizeIsClamped() {
            SearchResult large = search.search(request("", Map.of(), 1, 1000, null));
            SearchResult none = search.search(request("", Map.of(), 1, 0, null));

            assertThat(large.pageSize()).isEqualTo(CatalogueSearch.MAX_PAGE_SIZE);
            assertThat(large.hits())
                    .hasSize((int) Math.min(large.total(), CatalogueSearch.MAX_PAGE_SIZE));
            assertThat(none.pageSize()).isEqualTo(1);
            assertThat(none.hits()).hasSize(1);
        }

        @Test
        void pagesDoNotOverlap() {
            Set<String> seen = new LinkedHashSet<>();
            for (int page = 1; page <= 4; page++) {
                seen.addAll(ids(search.search(request("utrecht", Map.of(), page, 20, null))));
            }

            assertThat(seen).hasSize(SearchFixture.UTRECHT_RECORDS);
        }
    }

    @Nested
    class Facets {

        @Test
        void formatCountsAddUpToTheTotal() {
            SearchResult everything = find("");

            long sum =
                    facet(everything, "format").values().stream()
                            .mapToLong(FacetValue::count)
                            .sum();

            assertThat(sum).isEqualTo(everything.total());
        }

        @Test
        void facetsComeInConfiguredOrder() {
            assertThat(find("").facets())
                    .extracting(Facet::key)
                    .containsExactly("format", "language", "subject", "year", "author", "genre");
        }

        @Test
        void valuesOfOneFacetCombineWithOr() {
            SearchResult all = find("utrecht");
            Map<String, List<String>> both = Map.of("language", List.of("dut", "eng"));

            SearchResult result = search.search(request("utrecht", both, 1, 20, null));

            assertThat(result.total())
                    .isEqualTo(count(all, "language", "dut") + count(all, "language", "eng"))
                    .isEqualTo(SearchFixture.UTRECHT_RECORDS);
            assertThat(facet(result, "language").values())
                    .extracting(FacetValue::value, FacetValue::selected)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple("dut", true),
                            org.assertj.core.groups.Tuple.tuple("eng", true));
        }

        @Test
        void ownFacetKeepsCountingTheOtherValues() {
            SearchResult all = find("utrecht");
            Map<String, List<String>> ebooks = Map.of("format", List.of("EBOOK"));

            SearchResult result = search.search(request("utrecht", ebooks, 1, 20, null));

            assertThat(count(result, "format", "BOOK")).isEqualTo(count(all, "format", "BOOK"));
            assertThat(count(result, "language", "dut") + count(result, "language", "eng"))
                    .isEqualTo(SearchFixture.UTRECHT_EBOOKS);
        }

        @Test
        void differentFacetsCombineWithAnd() {
            Map<String, List<String>> filters = new HashMap<>();
            filters.put("format", List.of("EBOOK"));
            filters.put("language", List.of("eng"));

            SearchResult result = search.search(request("utrecht", filters, 1, 20, null));

            assertThat(ids(result)).containsExactly("utrecht-03");
        }

        @ParameterizedTest
        @MethodSource("nl.themaplein.search.query.CatalogueSearchContract#oddSubjects")
        void valuesWithCommasQuotesSlashesAndColonsWork(String subject) {
            SearchResult result =
                    search.search(request("", Map.of("subject", List.of(subject)), 1, 20, null));

            assertThat(result.total()).isEqualTo(1);
            assertThat(result.hits().get(0).title()).startsWith("Bijzonder onderwerp");
            assertThat(facet(result, "subject").values())
                    .filteredOn(FacetValue::selected)
                    .extracting(FacetValue::value)
                    .containsExactly(subject);
        }

        @Test
        void selectedValueWithoutHitsIsStillShown() {
            Map<String, List<String>> filter = Map.of("subject", List.of("Noord/Zuid"));

            SearchResult result = search.search(request("utrecht", filter, 1, 20, null));

            assertThat(result.total()).isZero();
            assertThat(facet(result, "subject").values())
                    .contains(new FacetValue("Noord/Zuid", 0, true));
        }

        @Test
        void unknownFilterKeysAreIgnored() {
            Map<String, List<String>> filter =
                    Map.of("type", List.of("person"), "id", List.of("x"));

            assertThat(search.search(request("utrecht", filter, 1, 20, null)).total())
                    .isEqualTo(SearchFixture.UTRECHT_RECORDS);
        }

        @Test
        void yearsComeInDecadesNewestFirst() {
            SearchResult result = find("sorteertest");

            assertThat(facet(result, "year").values())
                    .extracting(FacetValue::value, FacetValue::count)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("2010-2019", 1L),
                            org.assertj.core.groups.Tuple.tuple("2000-2009", 1L),
                            org.assertj.core.groups.Tuple.tuple("1990-1999", 1L),
                            org.assertj.core.groups.Tuple.tuple("1940-1949", 1L),
                            org.assertj.core.groups.Tuple.tuple("1930-1939", 1L),
                            org.assertj.core.groups.Tuple.tuple("-1899", 1L));
        }

        @Test
        void decadeFilterAndFreeRange() {
            Map<String, List<String>> decades = Map.of("year", List.of("2000-2009", "-1899"));
            SearchRequest range =
                    new SearchRequest("sorteertest", Map.of(), 1930, 1950, 1, 20, SortOption.TITLE);

            assertThat(ids(search.search(request("sorteertest", decades, 1, 20, null))))
                    .containsExactlyInAnyOrder("sort-2", "sort-4");
            assertThat(ids(search.search(range))).containsExactly("sort-1", "sort-3");
        }
    }

    static Stream<String> oddSubjects() {
        return SearchFixture.ODD_SUBJECTS.stream();
    }

    @Nested
    class Sorting {

        private List<String> sorted(SortOption sort) {
            return ids(search.search(request("sorteertest", Map.of(), 1, 20, sort)));
        }

        @Test
        void titleIgnoresArticlesAndDiacritics() {
            assertThat(sorted(SortOption.TITLE))
                    .containsExactly("sort-1", "sort-6", "sort-2", "sort-4", "sort-3", "sort-5");
        }

        @Test
        void authorThenTitleWithoutAuthorLast() {
            assertThat(sorted(SortOption.AUTHOR))
                    .containsExactly("sort-2", "sort-5", "sort-1", "sort-4", "sort-3", "sort-6");
        }

        @Test
        void byYear() {
            assertThat(sorted(SortOption.YEAR_NEWEST))
                    .containsExactly("sort-5", "sort-2", "sort-6", "sort-1", "sort-3", "sort-4");
            assertThat(sorted(SortOption.YEAR_OLDEST))
                    .containsExactly("sort-4", "sort-3", "sort-1", "sort-6", "sort-2", "sort-5");
        }

        @Test
        void emptyQueryBrowsesEverythingNewestFirst() {
            SearchResult result = find("");

            assertThat(result.total()).isGreaterThanOrEqualTo(records.size() - 1L);
            assertThat(result.hits().get(0).year()).isEqualTo(SearchFixture.NEWEST_YEAR);
            assertThat(result.notices()).isEmpty();
        }
    }

    @Nested
    class Matching {

        @ParameterizedTest
        @ValueSource(strings = {"cafe", "CAFÉ", "café"})
        void diacriticsAndCaseAreFolded(String query) {
            assertThat(ids(find(query))).containsExactly("fold-1");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ijsselmeer", "Ĳsselmeer", "IJSSELMEER"})
        void ijLigatureIsIj(String query) {
            assertThat(ids(find(query))).containsExactly("fold-2");
        }

        @ParameterizedTest
        @ValueSource(strings = {"pagina's", "pagina’s", "pagina"})
        void apostrophesAreAlike(String query) {
            assertThat(ids(find(query))).contains("fold-3");
        }

        @ParameterizedTest
        @ValueSource(strings = {"strasse", "straße", "STRASSE"})
        void sharpSIsSs(String query) {
            assertThat(ids(find(query))).containsExactly("fold-4");
        }

        @Test
        void textIsShownAsWritten() {
            assertThat(find("cafe").hits().get(0).title()).isEqualTo("Café de Flore");
        }

        @Test
        void dutchStemming() {
            assertThat(find("wandeling").total()).isEqualTo(SearchFixture.UTRECHT_RECORDS);
            assertThat(find("wandelingen").total()).isEqualTo(SearchFixture.UTRECHT_RECORDS);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "90-245-1234-4",
                    "9024512344",
                    "978-90-245-1234-8",
                    "978 90 245 1234 8",
                    "ISBN 90 245 1234 4",
                    "isbn:9789024512348"
                })
        void isbnInAnyShape(String query) {
            assertThat(ids(find(query))).containsExactly("isbn-1");
        }

        @Test
        void prefixSearch() {
            assertThat(find("bijzond*").total()).isEqualTo(SearchFixture.ODD_SUBJECTS.size());
        }

        @Test
        void prefixDoesNotMatchEveryIsbn() {
            assertThat(ids(find("handbo*"))).containsExactly("isbn-1");
            assertThat(ids(find("verhal*"))).containsExactly("hl-1");
        }

        @Test
        void phrase() {
            assertThat(find("\"wandelen door utrecht\"").total())
                    .isEqualTo(SearchFixture.UTRECHT_RECORDS);
            assertThat(find("\"utrecht door wandelen\"").total()).isZero();
        }

        @Test
        void orMeansEither() {
            assertThat(ids(find("avondrood OR hobbit")))
                    .containsExactlyInAnyOrder("sort-6", "sort-3");
            assertThat(ids(find("avondrood hobbit"))).isEmpty();
        }

        @Test
        void notExcludes() {
            assertThat(ids(find("koch NOT diner"))).containsExactly("sort-5");
            assertThat(ids(find("sorteertest AND koch")))
                    .containsExactlyInAnyOrder("sort-2", "sort-5");
            assertThat(ids(find("-sorteertest koch"))).isEmpty();
        }

        @Test
        void onlyExclusionsMeanEverythingElse() {
            long all = find("").total();

            assertThat(find("-sorteertest").total()).isEqualTo(all - 6);
            assertThat(find("NOT sorteertest").total()).isEqualTo(all - 6);
        }
    }

    @Nested
    class Highlighting {

        @Test
        void titleIsEscapedThenMarked() {
            SearchHit hit = find("verhalen").hits().get(0);

            assertThat(hit.title()).isEqualTo("<script>alert(1)</script> en andere verhalen");
            assertThat(hit.titleHighlight())
                    .isEqualTo(
                            "&lt;script&gt;alert(1)&lt;/script&gt; en andere"
                                    + " <mark>verhalen</mark>");
        }

        @Test
        void foldedMatchIsMarkedAsWritten() {
            assertThat(find("cafe").hits().get(0).titleHighlight())
                    .isEqualTo("<mark>Café</mark> de Flore");
        }

        @Test
        void browsingShowsTheTitleEscaped() {
            SearchResult result = search.search(request("", Map.of(), 1, 100, null));

            assertThat(result.hits())
                    .filteredOn(hit -> hit.id().equals("hl-1"))
                    .extracting(SearchHit::titleHighlight)
                    .containsExactly("&lt;script&gt;alert(1)&lt;/script&gt; en andere verhalen");
        }
    }

    @Nested
    class DeepPaging {

        @Test
        void cursorWalksEveryResultOnce() {
            SearchRequest request = request("utrecht", Map.of(), 1, 7, SortOption.TITLE);
            List<String> seen = new ArrayList<>();
            String cursor = CursorPage.FIRST;
            CursorPage page;
            do {
                page = search.searchAfter(request, cursor);
                page.hits().forEach(hit -> seen.add(hit.id()));
                cursor = page.nextCursor();
            } while (!page.last());

            assertThat(seen).hasSize(SearchFixture.UTRECHT_RECORDS).doesNotHaveDuplicates();
            assertThat(page.total()).isEqualTo(SearchFixture.UTRECHT_RECORDS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"nonsense", "AoE/", "AgE=", "{!lucene}*:*", "%%%"})
        void foreignCursorIsRefused(String cursor) {
            SearchRequest request = request("utrecht", Map.of(), 1, 7, SortOption.TITLE);

            assertThatThrownBy(() -> search.searchAfter(request, cursor))
                    .isInstanceOf(InvalidCursorException.class)
                    .hasMessageNotContaining("Solr");
        }
    }

    @Nested
    class Safety {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "\"", "((((", "a:b:c", "{!lucene}*:*", "_query_:\"{!dismax}x\"", "[* TO *]",
                    "title:[a TO z]", "\\", "&& || !", "*havelaar", "havelaar~2", "/.*/",
                    "jaar:abc", "isbn:abc", "NOT", "AND OR NOT", "+-+-", "id:c01-r1 OR *:*",
                    "type:person", "{!join from=id to=id}*:*", "title:", "x^1000", "\u0000\u0001"
                })
        void anyInputGivesAnAnswerNotAnError(String query) {
            SearchResult result = find(query);

            assertThat(result.total()).isGreaterThanOrEqualTo(0);
            assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.type()).isEqualTo("record"));
        }

        @Test
        void localParamsAreSearchedAsText() {
            SearchResult result = find("{!lucene}*:*");

            assertThat(result.total()).isZero();
            assertThat(result.notices()).containsExactly(SEARCHED_AS_TEXT);
        }

        @Test
        void aThousandWordsAreFine() {
            String words =
                    String.join(
                            " ",
                            Stream.iterate(1, i -> i + 1).limit(1000).map(i -> "w" + i).toList());

            SearchResult result = find(words);

            assertThat(result.notices()).contains(SHORTENED);
        }
    }
}
