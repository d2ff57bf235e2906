package nl.themaplein.search.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits search-box text into tokens: words and "quoted phrases", each with an optional {@code +}
 * or {@code -} mark and an optional {@code name:} prefix. It decides nothing about meaning; {@link
 * UserQueryParser} does.
 */
final class QueryLexer {

    /**
     * One token.
     *
     * @param phrase true for text typed between double quotes
     * @param modifier {@code '+'}, {@code '-'} or 0
     * @param field the name typed before a colon, or null
     * @param text the word or the phrase's inside, without quotes
     */
    record Token(boolean phrase, char modifier, String field, String text) {}

    /**
     * A mark directly followed by a word character or a quote, then a field name directly followed
     * by a colon and something that is not a space. A lone "-" or "–" is never a mark (case C02).
     */
    private static final Pattern PREFIX =
            Pattern.compile("([+-](?=[\\p{L}\\p{N}_\"]))?(?:([\\p{L}_][\\p{L}\\p{N}_]*):(?=\\S))?");

    /** Removed: zero-width characters, the soft hyphen, bidirectional controls, BOM. */
    private static final Pattern INVISIBLE =
            Pattern.compile(
                    "[\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]");

    /** Made spaces: control characters, no-break and other Unicode spaces. */
    private static final Pattern SPACES = Pattern.compile("[\\p{Cc}\\p{Z}\\u0085]");

    /** Made ASCII double quotes: typographic ones that Dutch text uses („…”, “…”, «…»). */
    private static final Pattern QUOTES =
            Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u00AB\\u00BB\\u2033\\uFF02]");

    private QueryLexer() {}

    /**
     * NFC, invisible characters removed, every kind of space one space, typographic quotes ASCII.
     */
    static String normalise(String input) {
        String text = Normalizer.normalize(input, Normalizer.Form.NFC);
        text = INVISIBLE.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ");
        text = QUOTES.matcher(text).replaceAll("\"");
        return text.strip();
    }

    /** The tokens of already {@link #normalise normalised} text. */
    static List<Token> tokenize(String text) {
        String paired = dropUnpairedQuote(text);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < paired.length()) {
            if (paired.charAt(i) == ' ') {
                i++;
            } else {
                i = readToken(paired, i, tokens);
            }
        }
        return tokens;
    }

    private static int readToken(String text, int start, List<Token> tokens) {
        Matcher prefix = PREFIX.matcher(text).region(start, text.length());
        prefix.lookingAt();
        char modifier = prefix.group(1) == null ? 0 : prefix.group(1).charAt(0);
        String field = prefix.group(2);
        int at = prefix.end();

        if (at < text.length() && text.charAt(at) == '"') {
            int close = text.indexOf('"', at + 1);
            tokens.add(new Token(true, modifier, field, text.substring(at + 1, close)));
            return close + 1;
        }
        int end = at;
        while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '"') {
            end++;
        }
        if (end > at) {
            tokens.add(new Token(false, modifier, field, text.substring(at, end)));
        }
        return Math.max(end, start + 1);
    }

    /** With an odd number of quotes the last one opens nothing; it is dropped. */
    private static String dropUnpairedQuote(String text) {
        long quotes = text.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 0) {
            return text;
        }
        int last = text.lastIndexOf('"');
        return text.substring(0, last) + " " + text.substring(last + 1);
    }
}
