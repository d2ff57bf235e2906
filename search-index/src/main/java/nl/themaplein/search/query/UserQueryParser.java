package nl.themaplein.search.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.themaplein.search.query.QueryLexer.Token;
import nl.themaplein.search.query.SearchConfig.SearchField;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * Turns whatever a member types in the search box into a safe edismax query, following INPUT-POLICY
 * "Search".
 *
 * <p>Understood: words; "phrases"; {@code +word} (must) and {@code -word} (must not); {@code AND},
 * {@code OR}, {@code NOT} in capitals between words; a trailing {@code *} after at least two
 * letters; fielded search on the {@link SearchConfig#searchFields() public fields} ({@code
 * titel:havelaar}, {@code author:"Mulisch"}, {@code isbn:90-245-1234-5}, {@code jaar:2019}). An
 * ISBN in any hyphenation or spacing is searched as one ISBN.
 *
 * <p>Searched as plain text, with the notice {@link ParsedQuery#SEARCHED_AS_TEXT}: leading
 * wildcards, wildcards inside words, regular expressions, boosts, fuzzy and proximity marks,
 * ranges, local parameters ({@code {!…}}), {@code _query_} and every other {@code name:} prefix
 * (case C01). A lone {@code -} or {@code –} is text, never exclusion (C02); {@code C++} and {@code
 * C#} are terms (C04). Syntax characters reach Solr only escaped.
 *
 * <p>Long input (C07) is cut to {@value #MAX_INPUT_CHARS} characters and {@value #MAX_TERMS} words
 * (repeated words count once), and a quoted phrase of more than {@value #MAX_PHRASE_WORDS} words is
 * searched as words, with the notice {@link ParsedQuery#SHORTENED}. With the handler's qf/pf lists
 * that keeps every query far below Solr's maxBooleanClauses.
 */
public final class UserQueryParser {

    /** Most words searched; the rest of a longer text is left out. */
    public static final int MAX_TERMS = 32;

    /** Longest quoted phrase searched as a phrase; longer ones are searched as words. */
    public static final int MAX_PHRASE_WORDS = 12;

    /** Longest text looked at; a longer one is cut at a space before this length. */
    public static final int MAX_INPUT_CHARS = 1000;

    /** Letters or digits needed before a trailing {@code *}. */
    public static final int MIN_PREFIX_CHARS = 2;

    private static final Pattern MATCH_ALL = Pattern.compile("\\*(:\\*)?");
    private static final Pattern WORD_RUN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern TRAILING_STAR = Pattern.compile("(.*?)\\*+");
    private static final Pattern YEAR = Pattern.compile("\\d{1,4}");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    /**
     * Query syntax a member may have meant: a leading wildcard or slash (regular expression), a
     * wildcard inside a word, a fuzzy/proximity tilde, a boost caret, range or local-parameter
     * brackets.
     */
    private static final Pattern SYNTAX = Pattern.compile("^[*?/]|[*?](?=.)|[~^\\[\\]{}]");

    private final SearchConfig config;

    /** A parser for the fields and aliases of {@code config}. */
    public UserQueryParser(SearchConfig config) {
        this.config = config;
    }

    /** What to search for; never throws on any input, null included. */
    public ParsedQuery parse(String input) {
        Set<String> notices = new LinkedHashSet<>();
        String text = input == null ? "" : QueryLexer.normalise(input);
        if (text.isEmpty() || MATCH_ALL.matcher(text).matches()) {
            return ParsedQuery.browse(List.of());
        }

        text = limitLength(text, notices);
        List<Item> items = classify(QueryLexer.tokenize(text), notices);
        items = mergeIsbns(items);
        items = degradeLongPhrases(items, notices);

        if (cost(items) > MAX_TERMS) {
            notices.add(ParsedQuery.SHORTENED);
        }
        items = validOperators(withinBudget(dedupe(items)));

        if (items.stream().noneMatch(Clause.class::isInstance)) {
            return ParsedQuery.nothing(List.copyOf(notices));
        }
        return ParsedQuery.search(render(items), items.contains(Operator.OR), List.copyOf(notices));
    }

    // ---------------------------------------------------------------------------------------------
    // Model

    /** A piece of the query: a clause or an operator between clauses. */
    private sealed interface Item permits Clause, Operator {}

    private enum Operator implements Item {
        AND,
        OR,
        NOT
    }

    private enum ClauseKind {
        /** A word, escaped. */
        TERM,
        /** A word followed by {@code *}. */
        PREFIX,
        /** Words between quotes. */
        PHRASE,
        /** A checked value (ISBN, year) sent as is. */
        LITERAL
    }

    /**
     * One clause.
     *
     * @param modifier '+', '-' or 0
     * @param alias the edismax field alias, or null for the default fields
     * @param kind how {@code text} is written into the query
     * @param text the word, the phrase's inside, or the checked value
     */
    private record Clause(char modifier, String alias, ClauseKind kind, String text)
            implements Item {

        Clause withText(ClauseKind newKind, String newText) {
            return new Clause(modifier, alias, newKind, newText);
        }

        boolean isPlainTerm() {
            return modifier == 0 && alias == null && kind == ClauseKind.TERM;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // From tokens to clauses

    private static String limitLength(String text, Set<String> notices) {
        if (text.length() <= MAX_INPUT_CHARS) {
            return text;
        }
        notices.add(ParsedQuery.SHORTENED);
        int space = text.lastIndexOf(' ', MAX_INPUT_CHARS);
        return text.substring(0, space > 0 ? space : MAX_INPUT_CHARS);
    }

    private List<Item> classify(List<Token> tokens, Set<String> notices) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Optional<SearchField> field = danglingField(token);
            if (field.isPresent() && i + 1 < tokens.size() && isBare(tokens.get(i + 1))) {
                Token value = tokens.get(++i);
                Token joined = new Token(value.phrase(), token.modifier(), null, value.text());
                addFielded(items, field.get(), joined, notices);
            } else {
                addToken(items, token, notices);
            }
        }
        return items;
    }

    /** "titel:" followed by a space: the member put a space after the colon. */
    private Optional<SearchField> danglingField(Token token) {
        String text = token.text();
        if (token.phrase() || token.field() != null || !text.endsWith(":")) {
            return Optional.empty();
        }
        return config.findSearchField(text.substring(0, text.length() - 1));
    }

    private static boolean isBare(Token token) {
        return token.field() == null && token.modifier() == 0 && !isOperator(token);
    }

    private static boolean isOperator(Token token) {
        return !token.phrase()
                && token.modifier() == 0
                && token.field() == null
                && OPERATORS.contains(token.text());
    }

    private void addToken(List<Item> items, Token token, Set<String> notices) {
        if (isOperator(token)) {
            items.add(Operator.valueOf(token.text()));
        } else if (token.field() == null) {
            addText(items, token.modifier(), null, token, notices);
        } else {
            config.findSearchField(token.field())
                    .ifPresentOrElse(
                            field -> addFielded(items, field, token, notices),
                            () -> addUnknownField(items, token, notices));
        }
    }

    /** "havelaar:of", "_query_:…": not a field we offer, so both sides are words (C01). */
    private static void addUnknownField(List<Item> items, Token token, Set<String> notices) {
        notices.add(ParsedQuery.SEARCHED_AS_TEXT);
        wordClause((char) 0, null, token.field(), notices).ifPresent(items::add);
        addText(items, (char) 0, null, withoutField(token), notices);
    }

    private static void addFielded(
            List<Item> items, SearchField field, Token token, Set<String> notices) {
        if (field.kind() == SearchConfig.FieldKind.TEXT) {
            addText(items, token.modifier(), field.solrAlias(), token, notices);
            return;
        }
        String typed = token.text().strip();
        Optional<String> literal =
                field.kind() == SearchConfig.FieldKind.ISBN
                        ? Isbns.normalise(typed)
                        : Optional.of(typed).filter(year -> YEAR.matcher(year).matches());
        if (literal.isPresent()) {
            items.add(
                    new Clause(
                            token.modifier(),
                            field.solrAlias(),
                            ClauseKind.LITERAL,
                            literal.get()));
        } else {
            notices.add(ParsedQuery.SEARCHED_AS_TEXT);
            addText(items, (char) 0, null, withoutField(token), notices);
        }
    }

    private static Token withoutField(Token token) {
        return new Token(token.phrase(), (char) 0, null, token.text());
    }

    private static void addText(
            List<Item> items, char modifier, String alias, Token token, Set<String> notices) {
        if (!token.phrase()) {
            wordClause(modifier, alias, token.text(), notices).ifPresent(items::add);
        } else if (WORD_RUN.matcher(token.text()).find()) {
            items.add(new Clause(modifier, alias, ClauseKind.PHRASE, token.text().strip()));
        }
    }

    /** A word, a prefix, or nothing when the word is only punctuation ("-", "–", ":", "&"). */
    private static Optional<Clause> wordClause(
            char modifier, String alias, String word, Set<String> notices) {
        Matcher star = TRAILING_STAR.matcher(word);
        if (star.matches() && isPrefix(star.group(1))) {
            return Optional.of(new Clause(modifier, alias, ClauseKind.PREFIX, star.group(1)));
        }
        if (star.matches() || SYNTAX.matcher(word).find()) {
            notices.add(ParsedQuery.SEARCHED_AS_TEXT);
        }
        if (!WORD_RUN.matcher(word).find()) {
            return Optional.empty();
        }
        return Optional.of(new Clause(modifier, alias, ClauseKind.TERM, word));
    }

    private static boolean isPrefix(String body) {
        return !SYNTAX.matcher(body).find()
                && body.indexOf('*') < 0
                && body.indexOf('?') < 0
                && letterOrDigitCount(body) >= MIN_PREFIX_CHARS;
    }

    private static int letterOrDigitCount(String text) {
        return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    // ---------------------------------------------------------------------------------------------
    // ISBNs, long phrases, repeats and the word budget

    /** "978 90 245 1234 5" or "ISBN 90-245-1234-5" become one ISBN clause. */
    private static List<Item> mergeIsbns(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Optional<IsbnRun> run = isbnRun(items, i);
            if (run.isPresent()) {
                dropIsbnLabel(out);
                out.add(new Clause((char) 0, null, ClauseKind.TERM, run.get().isbn()));
                i += run.get().length() - 1;
            } else {
                out.add(items.get(i));
            }
        }
        return out;
    }

    private record IsbnRun(String isbn, int length) {}

    private static final int MAX_ISBN_PARTS = 5;

    private static Optional<IsbnRun> isbnRun(List<Item> items, int start) {
        StringBuilder typed = new StringBuilder();
        for (int length = 1; length <= MAX_ISBN_PARTS && start + length <= items.size(); length++) {
            if (!(items.get(start + length - 1) instanceof Clause clause)
                    || !clause.isPlainTerm()
                    || !Isbns.looksLikePart(clause.text())) {
                return Optional.empty();
            }
            typed.append(clause.text());
            Optional<String> isbn =
                    length == 1
                            ? Isbns.normalise(typed.toString())
                            : Isbns.normaliseValid(typed.toString());
            if (isbn.isPresent()) {
                return Optional.of(new IsbnRun(isbn.get(), length));
            }
        }
        return Optional.empty();
    }

    private static void dropIsbnLabel(List<Item> out) {
        if (!out.isEmpty()
                && out.get(out.size() - 1) instanceof Clause label
                && label.isPlainTerm()
                && label.text().toLowerCase(Locale.ROOT).matches("isbn:?")) {
            out.remove(out.size() - 1);
        }
    }

    private static List<Item> degradeLongPhrases(List<Item> items, Set<String> notices) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Clause clause
                    && clause.kind() == ClauseKind.PHRASE
                    && runs(clause.text()) > MAX_PHRASE_WORDS) {
                notices.add(ParsedQuery.SHORTENED);
                for (String word : clause.text().split(" ")) {
                    if (WORD_RUN.matcher(word).find()) {
                        out.add(new Clause((char) 0, clause.alias(), ClauseKind.TERM, word));
                    }
                }
            } else {
                out.add(item);
            }
        }
        return out;
    }

    /** Repeated clauses count once: 420 times "bibliotheek" is one word (C07). */
    private static List<Item> dedupe(List<Item> items) {
        Set<String> seen = new LinkedHashSet<>();
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            if (!(item instanceof Clause clause) || seen.add(key(clause))) {
                out.add(item);
            }
        }
        return out;
    }

    private static String key(Clause clause) {
        return clause.modifier()
                + "|"
                + clause.alias()
                + "|"
                + clause.kind()
                + "|"
                + clause.text().toLowerCase(Locale.ROOT);
    }

    /** The first {@value #MAX_TERMS} words; a clause of several words may be cut short. */
    private static List<Item> withinBudget(List<Item> items) {
        List<Item> out = new ArrayList<>();
        int used = 0;
        for (Item item : items) {
            if (!(item instanceof Clause clause)) {
                out.add(item);
                continue;
            }
            int cost = Math.max(1, runs(clause.text()));
            if (used + cost <= MAX_TERMS) {
                out.add(clause);
                used += cost;
            } else {
                int left = MAX_TERMS - used;
                if (left > 0 && clause.kind() == ClauseKind.TERM) {
                    out.add(clause.withText(ClauseKind.TERM, firstRuns(clause.text(), left)));
                }
                break;
            }
        }
        return out;
    }

    private static int cost(List<Item> items) {
        return items.stream()
                .filter(Clause.class::isInstance)
                .mapToInt(item -> Math.max(1, runs(((Clause) item).text())))
                .sum();
    }

    private static int runs(String text) {
        return (int) WORD_RUN.matcher(text).results().count();
    }

    private static String firstRuns(String text, int count) {
        Matcher run = WORD_RUN.matcher(text);
        int end = 0;
        for (int i = 0; i < count && run.find(); i++) {
            end = run.end();
        }
        return text.substring(0, end);
    }

    // ---------------------------------------------------------------------------------------------
    // Operators and rendering

    /**
     * AND and OR stay only between two clauses, NOT only before a clause without a mark; anywhere
     * else they are dropped, so the query is always well formed.
     */
    private static List<Item> validOperators(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            boolean keep =
                    switch (item) {
                        case Clause clause -> true;
                        case Operator operator when operator == Operator.NOT ->
                                negatable(items, i + 1);
                        case Operator operator ->
                                !out.isEmpty()
                                        && out.get(out.size() - 1) instanceof Clause
                                        && (isClause(items, i + 1)
                                                || items.size() > i + 1
                                                        && items.get(i + 1) == Operator.NOT
                                                        && negatable(items, i + 2));
                    };
            if (keep) {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean isClause(List<Item> items, int index) {
        return index < items.size() && items.get(index) instanceof Clause;
    }

    private static boolean negatable(List<Item> items, int index) {
        return index < items.size()
                && items.get(index) instanceof Clause clause
                && clause.modifier() == 0;
    }

    private static String render(List<Item> items) {
        List<String> parts = new ArrayList<>();
        for (Item item : items) {
            parts.add(
                    switch (item) {
                        case Operator operator -> operator.name();
                        case Clause clause -> render(clause);
                    });
        }
        return String.join(" ", parts);
    }

    private static String render(Clause clause) {
        StringBuilder out = new StringBuilder();
        if (clause.modifier() != 0) {
            out.append(clause.modifier());
        }
        if (clause.alias() != null) {
            out.append(clause.alias()).append(':');
        }
        String text = clause.text();
        switch (clause.kind()) {
            case TERM -> out.append(escapeTerm(text));
            case PREFIX -> out.append(escapeTerm(text)).append('*');
            case PHRASE -> out.append('"').append(escapePhrase(text)).append('"');
            case LITERAL -> out.append(text);
        }
        return out.toString();
    }

    /** Escaped; a word that edismax would read as an operator goes in lower case. */
    private static String escapeTerm(String text) {
        String word = OPERATORS.contains(text) ? text.toLowerCase(Locale.ROOT) : text;
        return ClientUtils.escapeQueryChars(word);
    }

    private static String escapePhrase(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
