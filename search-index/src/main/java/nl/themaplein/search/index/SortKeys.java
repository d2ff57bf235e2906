package nl.themaplein.search.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sort keys for titles and names: folded (case, diacritics, ß, ĳ, æ, ø) so "Émile" sorts with
 * "Emile", with leading punctuation and a leading article dropped, so "De avonden", "'t Hooft" and
 * "The Hobbit" sort under A, H and H. Solr compares the keys byte by byte on every shard alike.
 */
public final class SortKeys {

    /** Articles that titles start with in the catalogue's main languages (Dutch, English). */
    private static final Pattern LEADING_ARTICLE =
            Pattern.compile("^(de|het|een|'t|'n|the|a|an)\\s+");

    /** Anything before the first letter or digit, except an apostrophe that starts "'t". */
    private static final Pattern LEADING_PUNCTUATION =
            Pattern.compile("^[^\\p{L}\\p{N}']+|^'(?!t\\s|n\\s)");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u201B\\u02BC`´]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SortKeys() {}

    /** The key of a title; never empty for a non-blank title. */
    public static String title(String title) {
        String folded = fold(title);
        String key = LEADING_PUNCTUATION.matcher(folded).replaceFirst("");
        key = LEADING_ARTICLE.matcher(key).replaceFirst("");
        key = LEADING_PUNCTUATION.matcher(key).replaceFirst("");
        return key.isEmpty() ? folded : key;
    }

    /** The key of a person's or organisation's name ("'t Hooft, Gerard" sorts under H). */
    public static String name(String name) {
        String folded = fold(name);
        String key = LEADING_PUNCTUATION.matcher(folded).replaceFirst("");
        key = key.startsWith("'t ") ? key.substring(3) : key;
        key = LEADING_PUNCTUATION.matcher(key).replaceFirst("");
        return key.isEmpty() ? folded : key;
    }

    /** Lower case without diacritics; ĳ becomes ij, ß ss, æ ae, œ oe, ø o. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        String lower = plain.toLowerCase(Locale.ROOT);
        String ascii =
                lower.replace("ß", "ss")
                        .replace("æ", "ae")
                        .replace("œ", "oe")
                        .replace("ø", "o")
                        .replace("ł", "l")
                        .replace("đ", "d")
                        .replace("þ", "th");
        String apostrophes = APOSTROPHES.matcher(ascii).replaceAll("'");
        return SPACES.matcher(apostrophes).replaceAll(" ").strip();
    }
}
