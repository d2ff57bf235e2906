package nl.themaplein.search.query;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Recognises ISBNs as members type them: any hyphenation or spacing, ISBN-10 or ISBN-13. */
final class Isbns {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\\u2010-\\u2014]");
    private static final Pattern ISBN_10 = Pattern.compile("\\d{9}[\\dX]");
    private static final Pattern ISBN_13 = Pattern.compile("97[89]\\d{10}");
    private static final Pattern TYPED = Pattern.compile("[\\dXx][\\dXx\\-\\u2010-\\u2014]*");

    private Isbns() {}

    /** True when the text consists of digits, X and hyphens only: a piece of an ISBN perhaps. */
    static boolean looksLikePart(String text) {
        return TYPED.matcher(text).matches();
    }

    /**
     * The ISBN without separators and with a capital X, when the text has the shape of an ISBN-10
     * or ISBN-13 (the check digit is not verified: catalogues carry ISBNs with wrong ones).
     */
    static Optional<String> normalise(String typed) {
        String compact = SEPARATORS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
        if (ISBN_10.matcher(compact).matches() || ISBN_13.matcher(compact).matches()) {
            return Optional.of(compact);
        }
        return Optional.empty();
    }

    /** Like {@link #normalise} but only when the check digit is right. */
    static Optional<String> normaliseValid(String typed) {
        return normalise(typed).filter(Isbns::hasValidCheckDigit);
    }

    private static boolean hasValidCheckDigit(String isbn) {
        return isbn.length() == 10 ? valid10(isbn) : valid13(isbn);
    }

    private static boolean valid10(String isbn) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = isbn.charAt(i);
            int value = c == 'X' ? 10 : c - '0';
            if (c == 'X' && i != 9) {
                return false;
            }
            sum += value * (10 - i);
        }
        return sum % 11 == 0;
    }

    private static boolean valid13(String isbn) {
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (isbn.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum % 10 == 0;
    }
}
