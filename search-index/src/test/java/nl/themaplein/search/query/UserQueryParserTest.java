package nl.themaplein.search.query;

import static nl.themaplein.search.query.ParsedQuery.SEARCHED_AS_TEXT;
import static nl.themaplein.search.query.ParsedQuery.SHORTENED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.themaplein.search.CaseQueries;
import nl.themaplein.search.query.ParsedQuery.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The search-box parser alone, case by case; the same cases run against Solr in the …IT tests. */
class UserQueryParserTest {

    private final UserQueryParser parser = new UserQueryParser(SearchConfig.CATALOGUE);

    private ParsedQuery parse(String input) {
        return parser.parse(input);
    }

    private String solr(String input) {
        ParsedQuery parsed = parse(input);
        assertThat(parsed.kind()).as("kind of %s", input).isEqualTo(Kind.SEARCH);
        return parsed.solrQuery();
    }

    @Nested
    class Browsing {

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\u00A0\u200B\u00AD", "*", "*:*", " * "})
        void blankOrStarBrowsesEverything(String input) {
            assertThat(parse(input).kind()).isEqualTo(Kind.BROWSE);
            assertThat(parse(input).notices()).isEmpty();
        }

        @Test
        void nullBrowsesEverything() {
            assertThat(parse(null).kind()).isEqualTo(Kind.BROWSE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"-", "–", " - – : & ", "\"\"", "+"})
        void punctuationAloneSearchesNothing(String input) {
            ParsedQuery parsed = parse(input);

            assertThat(parsed.kind()).isEqualTo(Kind.NOTHING);
            assertThat(parsed.solrQuery()).isNull();
        }
    }

    @Nested
    class Words {

        @Test
        void wordsPassThrough() {
            assertThat(solr("max havelaar")).isEqualTo("max havelaar");
            assertThat(parse("max havelaar").notices()).isEmpty();
        }

        @Test
        void controlAndBidiCharactersAreDropped() {
            assertThat(solr("max\u0000havelaar\u202E")).isEqualTo("max havelaar");
        }

        @Test
        void questionMarkAtTheEndIsPunctuation() {
            ParsedQuery parsed = parse("wie schreef havelaar?");

            assertThat(parsed.solrQuery()).isEqualTo("wie schreef havelaar\\?");
            assertThat(parsed.notices()).isEmpty();
        }

        @Test
        void parenthesesAreText() {
            assertThat(solr("(2e druk)")).isEqualTo("\\(2e druk\\)");
        }
    }

    @Nested
    @DisplayName("C01: a colon in free text")
    class C01 {

        @Test
        void colonInsideAWordSplitsItAndIsSearchedAsText() {
            ParsedQuery parsed = parse("Max Havelaar:of de koffieveilingen");

            assertThat(parsed.solrQuery()).isEqualTo("Max Havelaar of de koffieveilingen");
            assertThat(parsed.notices()).containsExactly(SEARCHED_AS_TEXT);
        }

        @Test
        void colonStandingAloneIsDropped() {
            ParsedQuery parsed = parse("Max Havelaar : of de koffieveilingen");

            assertThat(parsed.solrQuery()).isEqualTo("Max Havelaar of de koffieveilingen");
            assertThat(parsed.notices()).isEmpty();
        }

        @Test
        void colonAtTheEndOfAWordIsEscaped() {
            assertThat(solr("havelaar: koffieveilingen")).isEqualTo("havelaar\\: koffieveilingen");
        }

        @Test
        void dutchFieldNameIsFieldedSearch() {
            ParsedQuery parsed = parse("titel:havelaar");

            assertThat(parsed.solrQuery()).isEqualTo("search_title:havelaar");
            assertThat(parsed.notices()).isEmpty();
        }

        @Test
        void callNumberKeepsItsParts() {
            assertThat(solr("NED 839.3 : 2019")).isEqualTo("NED 839.3 2019");
        }

        @Test
        void unknownFieldIsSearchedAsText() {
            ParsedQuery parsed = parse("havelaar:koffie");

            assertThat(parsed.solrQuery()).isEqualTo("havelaar koffie");
            assertThat(parsed.notices()).containsExactly(SEARCHED_AS_TEXT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"id:c01-r1", "type:record", "_query_:x", "text:havelaar"})
        void schemaFieldsAreNotOffered(String input) {
            ParsedQuery parsed = parse(input);

            assertThat(parsed.solrQuery()).doesNotContain(":");
            assertThat(parsed.notices()).containsExactly(SEARCHED_AS_TEXT);
        }
    }

    @Nested
    @DisplayName("C02: a lone hyphen")
    class C02 {

        @Test
        void loneHyphenIsText() {
            assertThat(solr("amsterdam - geschiedenis - kaarten"))
                    .isEqualTo(solr("amsterdam geschiedenis kaarten"))
                    .isEqualTo("amsterdam geschiedenis kaarten");
        }

        @Test
        void loneEnDashIsText() {
            assertThat(solr("amsterdam – geschiedenis")).isEqualTo("amsterdam geschiedenis");
        }

        @Test
        void trailingHyphenIsText() {
            assertThat(solr("amsterdam -")).isEqualTo("amsterdam");
        }

        @Test
        void attachedHyphenExcludes() {
            assertThat(solr("amsterdam -kaarten")).isEqualTo("amsterdam -kaarten");
        }

        @Test
        void enDashNeverExcludes() {
            assertThat(solr("amsterdam –kaarten")).isEqualTo("amsterdam –kaarten");
        }

        @Test
        void hyphenInsideAWordIsEscaped() {
            assertThat(solr("1600-1800")).isEqualTo("1600\\-1800");
        }
    }

    @Nested
    @DisplayName("C04: C++ and C#")
    class C04 {

        @Test
        void plusSignsAreEscaped() {
            assertThat(solr("C++")).isEqualTo("C\\+\\+");
            assertThat(solr("programmeren in C++")).isEqualTo("programmeren in C\\+\\+");
        }

        @Test
        void hashNeedsNoEscape() {
            assertThat(solr("C#")).isEqualTo("C#");
        }

        @Test
        void requiredCPlusPlus() {
            assertThat(solr("+C++")).isEqualTo("+C\\+\\+");
        }
    }

    @Nested
    @DisplayName("C07: very long input")
    class C07 {

        static final String CITATION = CaseQueries.C07_CITATION;

        @Test
        void citationIsShortenedToTheBudget() {
            ParsedQuery parsed = parse(CITATION);

            assertThat(parsed.notices()).contains(SHORTENED);
            assertThat(wordCount(parsed.solrQuery()))
                    .isLessThanOrEqualTo(UserQueryParser.MAX_TERMS);
            assertThat(parsed.solrQuery())
                    .startsWith("De geschiedenis van openbare bibliotheek in Nederland\\:")
                    .contains("leesmuseum", "netwerkorganisatie");
        }

        @Test
        void quotedCitationDegradesToWords() {
            ParsedQuery parsed = parse("\"" + CITATION + "\"");

            assertThat(parsed.notices()).contains(SHORTENED);
            assertThat(parsed.solrQuery()).doesNotContain("\"");
            assertThat(wordCount(parsed.solrQuery()))
                    .isLessThanOrEqualTo(UserQueryParser.MAX_TERMS);
        }

        @Test
        void repeatedWordCountsOnce() {
            ParsedQuery parsed = parse(CaseQueries.C07_REPEATED);

            assertThat(parsed.solrQuery()).isEqualTo("bibliotheek");
            assertThat(parsed.notices()).containsExactly(SHORTENED);
        }

        @Test
        void wordsGluedByPunctuationCountEachWord() {
            String glued = String.join(",", Stream.generate(() -> "ab").limit(400).toList());

            ParsedQuery parsed = parse(glued);

            assertThat(wordCount(parsed.solrQuery())).isEqualTo(UserQueryParser.MAX_TERMS);
            assertThat(parsed.notices()).contains(SHORTENED);
        }

        @Test
        void shortPhraseStaysAPhrase() {
            assertThat(solr("\"openbare bibliotheek\" nederland"))
                    .isEqualTo("\"openbare bibliotheek\" nederland");
        }
    }

    @Nested
    class Phrases {

        @Test
        void phraseWithMarkAndField() {
            assertThat(solr("-\"max havelaar\"")).isEqualTo("-\"max havelaar\"");
            assertThat(solr("titel:\"max havelaar\"")).isEqualTo("search_title:\"max havelaar\"");
        }

        @Test
        void unpairedQuoteIsDropped() {
            assertThat(solr("\"max havelaar")).isEqualTo("max havelaar");
        }

        @Test
        void typographicQuotesMakeAPhrase() {
            assertThat(solr("„max havelaar”")).isEqualTo("\"max havelaar\"");
        }

        @Test
        void backslashInsideAPhraseIsEscaped() {
            assertThat(solr("\"a\\b\"")).isEqualTo("\"a\\\\b\"");
        }
    }

    @Nested
    class Syntax {

        @Test
        void trailingStarIsAPrefix() {
            ParsedQuery parsed = parse("geschied*");

            assertThat(parsed.solrQuery()).isEqualTo("geschied*");
            assertThat(parsed.notices()).isEmpty();
        }

        @Test
        void plusInPrefixIsEscaped() {
            assertThat(solr("titel:program*")).isEqualTo("search_title:program*");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "*schied",
                    "ge*ied",
                    "ge?ied",
                    "a*",
                    "/ab+c/",
                    "havelaar^10",
                    "havelaar~2",
                    "havelaar~",
                    "[1990 TO 2000]",
                    "{!lucene}*:*",
                    "{!join from=id to=id}x"
                })
        void syntaxWeDoNotOfferIsSearchedAsText(String input) {
            ParsedQuery parsed = parse(input);

            assertThat(parsed.notices()).containsExactly(SEARCHED_AS_TEXT);
            assertOnlySafeSyntax(parsed);
        }

        @Test
        void yearRangeInAFieldIsText() {
            ParsedQuery parsed = parse("jaar:[2000 TO 2010]");

            assertThat(parsed.solrQuery()).doesNotContain("search_year");
            assertThat(parsed.notices()).containsExactly(SEARCHED_AS_TEXT);
        }
    }

    @Nested
    class Fields {

        @Test
        void everyPublicFieldInEnglishAndDutch() {
            assertThat(solr("title:a")).isEqualTo("search_title:a");
            assertThat(solr("Titel:a")).isEqualTo("search_title:a");
            assertThat(solr("author:mulisch")).isEqualTo("search_author:mulisch");
            assertThat(solr("auteur:mulisch")).isEqualTo("search_author:mulisch");
            assertThat(solr("subject:geschiedenis")).isEqualTo("search_subject:geschiedenis");
            assertThat(solr("onderwerp:geschiedenis")).isEqualTo("search_subject:geschiedenis");
            assertThat(solr("year:2019")).isEqualTo("search_year:2019");
            assertThat(solr("jaar:2019")).isEqualTo("search_year:2019");
        }

        @Test
        void spaceAfterTheColonStillMeansTheField() {
            assertThat(solr("titel: havelaar")).isEqualTo("search_title:havelaar");
        }

        @Test
        void yearMustBeANumber() {
            ParsedQuery parsed = parse("jaar:abc");

            assertThat(parsed.solrQuery()).isEqualTo("abc");
            assertThat(parsed.notices()).containsExactly(SEARCHED_AS_TEXT);
        }

        @Test
        void excludedField() {
            assertThat(solr("havelaar -auteur:multatuli"))
                    .isEqualTo("havelaar -search_author:multatuli");
        }
    }

    @Nested
    class Isbn {

        @ParameterizedTest
        @ValueSource(
                strings = {"90-245-1234-4", "9024512344", "90 245 1234 4", "ISBN 90-245-1234-4"})
        void isbn10InAnyShape(String input) {
            assertThat(solr(input)).isEqualTo("9024512344");
        }

        @ParameterizedTest
        @ValueSource(strings = {"978-90-245-1234-8", "978 90 245 1234 8", "ISBN 9789024512348"})
        void isbn13InAnyShape(String input) {
            assertThat(solr(input)).isEqualTo("9789024512348");
        }

        @Test
        void fieldedIsbn() {
            assertThat(solr("isbn:978-90-245-1234-8")).isEqualTo("search_isbn:9789024512348");
            assertThat(solr("isbn: 9789024512348")).isEqualTo("search_isbn:9789024512348");
        }

        @Test
        void numbersThatAreNoIsbnStaySeparate() {
            assertThat(solr("1600 1800")).isEqualTo("1600 1800");
        }
    }

    @Nested
    class Operators {

        @Test
        void operatorsBetweenWordsStay() {
            assertThat(solr("kaart AND amsterdam")).isEqualTo("kaart AND amsterdam");
            assertThat(solr("kaart NOT amsterdam")).isEqualTo("kaart NOT amsterdam");
        }

        @Test
        void orIsReported() {
            ParsedQuery parsed = parse("kaart OR atlas");

            assertThat(parsed.solrQuery()).isEqualTo("kaart OR atlas");
            assertThat(parsed.usesOr()).isTrue();
            assertThat(parse("kaart atlas").usesOr()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"AND kaart", "kaart OR", "kaart AND AND", "OR", "kaart NOT"})
        void danglingOperatorsAreDropped(String input) {
            assertThat(solr(input.contains("kaart") ? input : input + " kaart")).isEqualTo("kaart");
        }

        @Test
        void lowerCaseOperatorsAreWords() {
            assertThat(solr("kaart and atlas")).isEqualTo("kaart and atlas");
            assertThat(solr("+AND")).isEqualTo("+and");
        }

        @Test
        void notBeforeAnExclusionIsDropped() {
            assertThat(solr("kaart NOT -atlas")).isEqualTo("kaart -atlas");
        }
    }

    /** Never throws, never exceeds the budget, never lets syntax through unescaped. */
    @ParameterizedTest
    @MethodSource("nastyInputs")
    void anythingIsSafe(String input) {
        ParsedQuery parsed = parse(input);

        if (parsed.kind() == Kind.SEARCH) {
            assertThat(wordCount(parsed.solrQuery()))
                    .isLessThanOrEqualTo(UserQueryParser.MAX_TERMS);
            assertOnlySafeSyntax(parsed);
        }
    }

    static Stream<String> nastyInputs() {
        return Stream.of(
                "\"",
                "\"\"\"",
                "((((",
                ")))",
                "a:b:c:d",
                ":::",
                "\\",
                "\\\"",
                "&& || !",
                "a && b || !c",
                "title:",
                "titel:\"",
                "+-+-+-",
                "--havelaar",
                "++havelaar",
                "NOT NOT NOT",
                "AND OR NOT",
                "{!",
                "}{",
                "a".repeat(5000),
                "x:".repeat(1000),
                "\"" + "a ".repeat(500) + "\"",
                "\uD83D\uDE00 emoji \uD83D\uDCDA",
                "</mark><script>alert(1)</script>",
                "${jndi:ldap://x}",
                "#{1+1}");
    }

    private static final Pattern ALLOWED_FIELD =
            Pattern.compile("(^|[ +\\-])search_(title|author|subject|isbn|year):");

    /**
     * Outside quotes, every special character is escaped, except the marks, the trailing star of a
     * prefix and the colon of an allowed alias.
     */
    private static void assertOnlySafeSyntax(ParsedQuery parsed) {
        String query = ALLOWED_FIELD.matcher(parsed.solrQuery()).replaceAll("$1");
        StringBuilder unescaped = new StringBuilder();
        boolean inPhrase = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inPhrase = !inPhrase;
            } else if (!inPhrase && "!(){}[]^~:?/&|".indexOf(c) >= 0) {
                unescaped.append(c);
            }
        }
        assertThat(unescaped).as("unescaped syntax in %s", parsed.solrQuery()).isEmpty();
        assertThat(inPhrase).as("balanced quotes in %s", parsed.solrQuery()).isFalse();
    }

    private static long wordCount(String solrQuery) {
        return Pattern.compile("[\\p{L}\\p{N}]+")
                .matcher(solrQuery.replace("search_", " "))
                .results()
                .filter(m -> !m.group().matches("title|author|subject|isbn|year|AND|OR|NOT"))
                .count();
    }
}
