package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.themaplein.portal.it.PortalDeployment.Demo;
import nl.themaplein.portal.setup.demo.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API over HTTP against the deployed WAR, a real Solr and the demo accounts: the shared
 * cases C01, C02, C04, C07, C13 and C18 with their expected values, the problem answers, and who
 * may import. The case records go in through the admin import endpoint, as staff would send them.
 */
@ExtendWith(ArquillianExtension.class)
class SearchApiIT {

    private static final String ADMIN = DemoAccounts.emails().getFirst();
    private static final String STAFF = "medewerker.lingestroom@example.org";
    private static final String MEMBER = "lid@example.org";
    private static final List<String> CASES =
            List.of("C01.xml", "C02.xml", "C04.xml", "C07.xml", "C18.xml");

    /** Words of Solr's own errors; none may ever reach a client. */
    private static final List<String> SOLR_TEXT =
            List.of(
                    "undefined field",
                    "SyntaxError",
                    "Cannot parse",
                    "org.apache.solr",
                    "SolrException",
                    "maxClauseCount",
                    "TooManyClauses",
                    "java.lang.",
                    "at nl.themaplein");

    private static boolean casesImported;

    @ArquillianResource private URL base;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.create("search-api", Demo.ON);
    }

    @BeforeEach
    void importCasesOnce() {
        http = new Http(base);
        if (casesImported) {
            return;
        }
        DemoCatalogueLoaded.await(http);
        for (String file : CASES) {
            HttpResponse<String> response =
                    http.post(
                            "api/v1/admin/imports?name=" + file,
                            SharedData.caseFile(file),
                            "Authorization",
                            Http.basic(STAFF, DemoAccounts.PASSWORD));
            assertThat(response.statusCode()).as(file + ": " + response.body()).isEqualTo(200);
            assertThat(Http.json(response).get("broken").asLong()).as(file).isZero();
        }
        casesImported = true;
    }

    // C01: a colon in free text

    @Test
    void titleWithColonFindsTheRecordInTheTopThree_C01() {
        for (String query :
                List.of(
                        "Max Havelaar:of de koffieveilingen",
                        "Max Havelaar : of de koffieveilingen",
                        "havelaar: koffieveilingen",
                        "titel:havelaar")) {
            assertThat(ids(search(query)).stream().limit(3)).as(query).contains("c01-r1");
        }
    }

    @Test
    void callNumberWithColonFindsItsRecord_C01() {
        assertThat(ids(search("NED 839.3 : 2019"))).contains("c01-r2");
    }

    // C02: a lone hyphen between words

    @Test
    void detachedHyphensDoNotExclude_C02() {
        List<String> withHyphens = ids(search("amsterdam - geschiedenis - kaarten", "size=100"));
        List<String> withoutHyphens = ids(search("amsterdam geschiedenis kaarten", "size=100"));

        assertThat(withHyphens).contains("c02-r1");
        assertThat(new HashSet<>(withHyphens)).isEqualTo(new HashSet<>(withoutHyphens));
        assertThat(ids(search("amsterdam – geschiedenis"))).contains("c02-r1");
    }

    @Test
    void aHyphenAloneIsAnOrdinarySearch_C02() {
        search("-");
        search("amsterdam -");
    }

    @Test
    void anAttachedHyphenExcludes_C02() {
        assertThat(ids(search("amsterdam -kaarten", "size=100"))).doesNotContain("c02-r1");
    }

    // C04: C++ and C#

    private final Set<String> caseRecords = Set.of("c04-r1", "c04-r2", "c04-r3");

    @Test
    void cPlusPlusFindsOnlyThatBook_C04() {
        assertThat(caseHits(search("C++", "size=100"))).containsExactly("c04-r1");
        assertThat(caseHits(search("c++", "size=100"))).containsExactly("c04-r1");
    }

    @Test
    void cSharpFindsOnlyThatBook_C04() {
        assertThat(caseHits(search("C#", "size=100"))).containsExactly("c04-r3");
    }

    @Test
    void thePhraseRanksCPlusPlusFirst_C04() {
        assertThat(ids(search("programmeren in C++"))).first().isEqualTo("c04-r1");
    }

    @Test
    void plainCFindsC_C04() {
        assertThat(ids(search("C", "size=100"))).contains("c04-r2");
    }

    private List<String> caseHits(JsonNode page) {
        return ids(page).stream().filter(caseRecords::contains).toList();
    }

    // C07: a long pasted citation

    private static final String CITATION =
            "De geschiedenis van de openbare bibliotheek in Nederland: van leesmuseum tot"
                + " netwerkorganisatie, met bijzondere aandacht voor de rol van gemeenten,"
                + " provincies en het rijk bij de financiering, de huisvesting en de"
                + " collectievorming van plaatselijke en regionale bibliotheken in de periode"
                + " tussen de oprichting van de eerste leeszalen omstreeks 1890 en de"
                + " stelselherziening van 2015, aangevuld met beschouwingen over leesbevordering,"
                + " jeugdbibliotheekwerk, de opkomst van de digitale bibliotheek, het uitlenen van"
                + " e-boeken, de samenwerking met scholen en welzijnsorganisaties, de positie van"
                + " vrijwilligers en beroepskrachten, de veranderende verwachtingen van lezers en"
                + " niet-lezers, en de vraag hoe de bibliotheek haar publieke functie kan behouden"
                + " in een samenleving waarin informatie overal en altijd beschikbaar lijkt te"
                + " zijn. Amsterdam: Testuitgeverij, 2019. 432 pagina's.";

    @Test
    void citationFindsTheBookWithinFiveSeconds_C07() {
        for (String query : List.of(CITATION, "\"" + CITATION + "\"")) {
            Instant start = Instant.now();
            JsonNode page = search(query);

            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
            assertThat(ids(page)).contains("c07-r1");
        }
    }

    @Test
    void aQueryOfFiveThousandCharactersIsShortenedWithANotice_C07() {
        JsonNode page = search("bibliotheek ".repeat(420));

        assertThat(page.get("notices").findValuesAsText("key")).contains("search.notice.shortened");
    }

    // C13: pages past the end and invalid page numbers

    /** A query with 1 to 20 hits (C13): the title of C02. */
    private static final String FEW_HITS = "amsterdam geschiedenis kaarten 1600-1800";

    @Test
    void aPagePastTheEndIsEmptyWithTheTotal_C13() {
        JsonNode first = search(FEW_HITS);
        JsonNode past = search(FEW_HITS, "page=9999");

        assertThat(first.get("total").asLong()).isBetween(1L, 20L);
        assertThat(past.get("total").asLong()).isEqualTo(first.get("total").asLong());
        assertThat(past.get("results")).isEmpty();
        assertThat(past.get("page").asInt()).isEqualTo(9999);
    }

    @Test
    void invalidPageNumbersAreRefusedNamingPage_C13() {
        for (String page : List.of("0", "-1", "abc", "2147483648", "")) {
            assertInvalidParameter("api/v1/search?q=amsterdam&page=" + Http.encode(page), "page");
        }
    }

    @Test
    void pageSizeAbove100IsRefused() {
        assertInvalidParameter("api/v1/search?q=amsterdam&size=101", "size");
        assertInvalidParameter("api/v1/search?size=0", "size");
    }

    @Test
    void unknownValuesOfKnownParametersAreRefused() {
        assertInvalidParameter("api/v1/search?sort=random", "sort");
        assertInvalidParameter("api/v1/search?format=PAPYRUS", "format");
        assertInvalidParameter("api/v1/search?language=nederlands", "language");
        assertInvalidParameter("api/v1/search?yearFrom=2000&yearTo=1990", "yearFrom");
        assertInvalidParameter("api/v1/search?q=" + Http.encode("nul\u0000teken"), "q");
    }

    @Test
    void thePageAndTheApiReadFacetValuesAlike() {
        long books = Http.json(getOk("api/v1/search?format=book")).get("total").asLong();
        assertThat(books).isPositive();
        assertThat(getOk("search.xhtml?format=book").body())
                .contains(">" + books + " result")
                .contains("selected-filters");

        assertInvalidParameter("api/v1/search?year=abc", "year");
        for (String value : List.of("NOPE", "abc", "2020-2029 OR *")) {
            String key = value.equals("NOPE") ? "format" : "year";
            String page = getOk("search.xhtml?" + key + "=" + Http.encode(value)).body();
            assertThat(page).as(value).contains("search-notice").doesNotContain("selected-filters");
        }
    }

    @Test
    void theSearchPageTitleNamesTheSearchOnce() {
        assertThat(getOk("search.xhtml").body())
                .containsPattern("<title>\\s*[^–<]+ – Themaplein</title>");
    }

    @Test
    void unknownParametersAreIgnored() {
        assertThat(get("api/v1/search?q=amsterdam&rows=100000&fl=*&debugQuery=true").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theSearchPageShowsPagePastTheEndWithTheTotalAndALinkToPageOne_C13() {
        HttpResponse<String> response =
                get("search.xhtml?q=" + Http.encode(FEW_HITS) + "&page=9999");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("id=\"past-end\"")
                .contains("/search.xhtml?q=" + Http.encode(FEW_HITS) + "\"");
    }

    @Test
    void theSearchPageTreatsInvalidPagesAsPageOne_C13() {
        for (String page : List.of("0", "-1", "abc", "2147483648")) {
            HttpResponse<String> response =
                    get("search.xhtml?q=" + Http.encode(FEW_HITS) + "&page=" + page);

            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body())
                    .as(page)
                    .contains("c02-r1")
                    .doesNotContain("id=\"past-end\"");
        }
    }

    // C18: records without a title

    @Test
    void titleBuiltFromFormAndDate_C18() {
        JsonNode record = Http.json(getOk("api/v1/records/c18-r1"));

        assertThat(record.get("title").asText()).isEqualTo("Brieven en dagboeken, 1890-1910");
        assertThat(record.get("hasTitle").asBoolean()).isTrue();
    }

    @Test
    void noTitleIsNullInJsonAndAPlaceholderOnThePage_C18() {
        JsonNode record = Http.json(getOk("api/v1/records/c18-r2"));

        assertThat(record.get("title").isNull()).isTrue();
        assertThat(record.get("hasTitle").asBoolean()).isFalse();
        assertThat(getOk("record.xhtml?id=c18-r2").body()).contains("[Zonder titel]");
        assertThat(getOk("record.xhtml?id=c18-r1").body())
                .contains("Brieven en dagboeken, 1890-1910");
    }

    @Test
    void untitledRecordSortsLastByTitle_C18() {
        JsonNode first = search("", "sort=title", "size=100");
        int pages = first.get("pages").asInt();
        JsonNode last = search("", "sort=title", "size=100", "page=" + pages);

        assertThat(ids(last)).last().isEqualTo("c18-r2");
    }

    // Records

    @Test
    void everyMappedFieldIsThere() {
        JsonNode record = Http.json(getOk("api/v1/records/c01-r1"));

        assertThat(record.get("id").asText()).isEqualTo("c01-r1");
        assertThat(record.get("title").asText()).startsWith("Max Havelaar");
        assertThat(record.get("contributors")).isNotEmpty();
        assertThat(record.has("subjects")).isTrue();
        assertThat(record.has("isbns")).isTrue();
        assertThat(record.get("languages").findValuesAsText("name")).contains("Nederlands");
    }

    @Test
    void theRecordPageMarksTheLanguageOfTheRecordsOwnText() {
        String page = http.get("record.xhtml?id=c01-r1", "Accept-Language", "en").body();

        assertThat(page)
                .contains("lang=\"en\"")
                .contains("<h1 id=\"record-title\" lang=\"nl\">Max Havelaar");
    }

    @Test
    void unknownIdIs404Problem() {
        HttpResponse<String> response = get("api/v1/records/no-such-record");

        assertProblem(response, 404);
    }

    // Facets and deep paging

    @Test
    void formatCountsAddUpToTheTotal() {
        JsonNode page = search("");
        long sum =
                facetValues(page, "format").stream().mapToLong(v -> v.get("count").asLong()).sum();

        assertThat(sum).isEqualTo(page.get("total").asLong());
    }

    @Test
    void facetValuesCombineWithOrWithinAFacet() {
        JsonNode all = search("");
        List<JsonNode> formats = facetValues(all, "format");
        String a = formats.get(0).get("value").asText();
        long expected = formats.get(0).get("count").asLong();
        String query = "format=" + a;
        if (formats.size() > 1) {
            query += "&format=" + formats.get(1).get("value").asText();
            expected += formats.get(1).get("count").asLong();
        }

        JsonNode filtered = Http.json(getOk("api/v1/search?" + query));

        assertThat(filtered.get("total").asLong()).isEqualTo(expected);
    }

    @Test
    void theCursorWalksEveryRecordOnce() {
        Set<String> seen = new HashSet<>();
        long total = -1;
        String cursor = "*";
        for (int guard = 0; guard < 100; guard++) {
            JsonNode page =
                    Http.json(getOk("api/v1/search/cursor?size=100&cursor=" + Http.encode(cursor)));
            total = page.get("total").asLong();
            ids(page).forEach(id -> assertThat(seen.add(id)).as("seen once: " + id).isTrue());
            if (page.get("last").asBoolean()) {
                break;
            }
            cursor = page.get("nextCursor").asText();
        }
        assertThat((long) seen.size()).isEqualTo(total);
    }

    @Test
    void aForgedCursorIsRefusedNamingCursor() {
        assertInvalidParameter("api/v1/search/cursor?cursor=AoE%2Fnot-ours", "cursor");
    }

    // Who may import

    @Test
    void withoutCredentialsIs401WithAChallenge() {
        HttpResponse<String> response =
                http.post("api/v1/admin/imports?name=x.mrc", new byte[] {1});

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
    }

    @Test
    void wrongPasswordIs401() {
        HttpResponse<String> response =
                http.post(
                        "api/v1/admin/imports?name=x.mrc",
                        new byte[] {1},
                        "Authorization",
                        Http.basic(ADMIN, "not-the-password"));

        assertProblem(response, 401);
    }

    @Test
    void aMemberIs403() {
        HttpResponse<String> response =
                http.post(
                        "api/v1/admin/imports?name=x.mrc",
                        new byte[] {1},
                        "Authorization",
                        Http.basic(MEMBER, DemoAccounts.PASSWORD));

        assertProblem(response, 403);
    }

    @Test
    void anAdminMayImportAndANameIsRequired() {
        HttpResponse<String> response =
                http.post(
                        "api/v1/admin/imports",
                        new byte[] {1},
                        "Authorization",
                        Http.basic(ADMIN, DemoAccounts.PASSWORD));

        assertProblem(response, 400);
        assertThat(Http.json(response).get("invalid-params").findValuesAsText("name"))
                .containsExactly("name");
    }

    @Test
    void aBrokenFileIsReportedNotFatal() {
        byte[] garbage =
                "00026nam  2200025   4500\u001e\u001d"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> response =
                http.post(
                        "api/v1/admin/imports?name=broken.mrc",
                        garbage,
                        "Authorization",
                        Http.basic(ADMIN, DemoAccounts.PASSWORD));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).get("problems")).isNotEmpty();
    }

    // Error pages

    @Test
    void anUnknownRecordIsA404PageInDutch() {
        HttpResponse<String> response = http.get("record.xhtml?id=no-such-record");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("lang=\"nl\"").contains("Pagina niet gevonden");
    }

    @Test
    void anUnknownPageIsA404PageInEnglishWhenAskedFor() {
        HttpResponse<String> response = http.get("no-such-page.xhtml", "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("lang=\"en\"").contains("Page not found");
    }

    // Forms: Faces' view state is the CSRF token

    @Test
    void aLoginPostWithTheRenderedViewStateLogsIn() {
        Http session = http.withCookies();
        String state = viewState(session.get("login.xhtml").body());

        HttpResponse<String> response = postLogin(session, state);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    }

    @Test
    void aLoginPostWithAForgedViewStateIsRefused() {
        Http session = http.withCookies();
        session.get("login.xhtml");

        HttpResponse<String> response = postLogin(session, "-1234567890:9876543210");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Je sessie is verlopen").doesNotContain("caller-name");
    }

    private static HttpResponse<String> postLogin(Http session, String viewState) {
        String form =
                "login=login&login%3Ausername="
                        + Http.encode(MEMBER)
                        + "&login%3Apassword="
                        + Http.encode(DemoAccounts.PASSWORD)
                        + "&login%3Anext=&login%3Asubmit=&jakarta.faces.ViewState="
                        + Http.encode(viewState);
        return session.post(
                "login.xhtml",
                form.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "Content-Type",
                "application/x-www-form-urlencoded");
    }

    private static String viewState(String page) {
        java.util.regex.Matcher matcher =
                java.util.regex.Pattern.compile(
                                "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                        .matcher(page);
        assertThat(matcher.find()).as("a view state in the login page").isTrue();
        return matcher.group(1);
    }

    @Test
    void aFileAnnouncedLargerThanTheLimitIsRefusedBeforeItIsRead() {
        String[] answer =
                http.postAnnouncingOnly(
                        "api/v1/admin/imports?name=huge.mrc",
                        300L * 1024 * 1024,
                        "Authorization",
                        Http.basic(ADMIN, DemoAccounts.PASSWORD));

        assertThat(answer[0]).contains(" 413 ");
        assertThat(answer[1]).contains("\"status\":413");
    }

    // Problems and headers

    @Test
    void unknownPathsAre404Problems() {
        assertProblem(get("api/v1/nothing-here"), 404);
    }

    @Test
    void problemsSpeakTheClientsLanguage() {
        HttpResponse<String> dutch = get("api/v1/search?page=0");
        HttpResponse<String> english =
                http.get("api/v1/search?page=0", "Accept-Language", "en-GB,en;q=0.8");

        assertThat(Http.json(dutch).get("title").asText()).isEqualTo("Ongeldige parameter");
        assertThat(Http.json(english).get("title").asText()).isEqualTo("Invalid parameter");
    }

    @Test
    void securityHeadersOnApiAndPages() {
        for (String path : List.of("api/v1/search", "", "search.xhtml?q=kaas", "api/v1/nothing")) {
            HttpResponse<String> response = get(path);

            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("same-origin");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void theConfigurationOfTheTestWinsOverSystemProperties() {
        // arquillian.xml starts Payara with -Dportal.solr.collection pointing elsewhere (ordinal
        // 400); the deployment's file (ordinal 500) names this class's own core, where the case
        // records went. Searching finds them only if the file won.
        assertThat(search("havelaar").get("total").asLong()).isPositive();
    }

    // ---------------------------------------------------------------------------------------------

    private JsonNode search(String query, String... parameters) {
        String path =
                "api/v1/search?q="
                        + Http.encode(query)
                        + (parameters.length == 0 ? "" : "&" + String.join("&", parameters));
        return Http.json(getOk(path));
    }

    private HttpResponse<String> getOk(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> get(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isLessThan(500);
        SOLR_TEXT.forEach(text -> assertThat(response.body()).as(path).doesNotContain(text));
        return response;
    }

    private void assertInvalidParameter(String path, String parameter) {
        HttpResponse<String> response = get(path);

        assertProblem(response, 400);
        JsonNode problem = Http.json(response);
        assertThat(problem.get("invalid-params").findValuesAsText("name"))
                .as(path)
                .containsExactly(parameter);
        assertThat(problem.get("invalid-params").findValuesAsText("reason").getFirst())
                .as(path)
                .isNotBlank();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Http.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("instance").asText()).startsWith("urn:uuid:");
        assertThat(problem.get("detail").asText()).isNotBlank();
        SOLR_TEXT.forEach(text -> assertThat(response.body()).doesNotContain(text));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("results").forEach(result -> ids.add(result.get("id").asText()));
        return ids;
    }

    private static List<JsonNode> facetValues(JsonNode page, String key) {
        return StreamSupport.stream(page.get("facets").spliterator(), false)
                .filter(facet -> facet.get("key").asText().equals(key))
                .flatMap(facet -> StreamSupport.stream(facet.get("values").spliterator(), false))
                .toList();
    }
}
