package nl.themaplein.search.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISBN search keys: an ISBN as catalogued (`978-90-6169-101-3`, `90-6169-101-X (pbk.)`) becomes its
 * checksum-verified ISBN-13 and, for the 978 range, its ISBN-10, digits and X only. Anyone typing
 * either form with or without hyphens then finds the record.
 */
final class Isbn {

    /**
     * Ten or thirteen digits, possibly split by hyphens or single spaces; X may close an ISBN-10.
     */
    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![0-9])[0-9](?:[- ]?[0-9]){8,12}(?:[- ]?[Xx])?(?![0-9])");

    private static final Pattern SEPARATORS = Pattern.compile("[- ]");
    private static final Pattern ISBN_10 = Pattern.compile("[0-9]{9}[0-9X]");
    private static final Pattern ISBN_13 = Pattern.compile("97[89][0-9]{10}");

    private Isbn() {}

    /**
     * The search keys of one catalogued ISBN: ISBN-13 first, then ISBN-10 when one exists. Empty
     * when the text holds no ISBN with a valid check digit.
     */
    static List<String> searchKeys(String catalogued) {
        if (catalogued == null) {
            return List.of();
        }
        Matcher matcher = CANDIDATE.matcher(catalogued);
        while (matcher.find()) {
            String compact =
                    SEPARATORS.matcher(matcher.group()).replaceAll("").toUpperCase(Locale.ROOT);
            List<String> keys = keysOf(compact);
            if (!keys.isEmpty()) {
                return keys;
            }
        }
        return List.of();
    }

    private static List<String> keysOf(String compact) {
        if (compact.length() == 10 && isValidIsbn10(compact)) {
            return List.of(toIsbn13(compact), compact);
        }
        if (compact.length() == 13 && isValidIsbn13(compact)) {
            return compact.startsWith("978")
                    ? List.of(compact, toIsbn10(compact))
                    : List.of(compact);
        }
        return List.of();
    }

    static boolean isValidIsbn10(String isbn) {
        if (!ISBN_10.matcher(isbn).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (10 - i) * digitValue(isbn.charAt(i));
        }
        return sum % 11 == 0;
    }

    static boolean isValidIsbn13(String isbn) {
        if (!ISBN_13.matcher(isbn).matches()) {
            return false;
        }
        return isbn13CheckDigit(isbn.substring(0, 12)) == isbn.charAt(12) - '0';
    }

    static String toIsbn13(String isbn10) {
        String body = "978" + isbn10.substring(0, 9);
        return body + isbn13CheckDigit(body);
    }

    static String toIsbn10(String isbn13) {
        String body = isbn13.substring(3, 12);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (body.charAt(i) - '0');
        }
        int check = (11 - sum % 11) % 11;
        return body + (check == 10 ? "X" : String.valueOf(check));
    }

    /** The check digit of the first twelve digits of an ISBN-13 (weights 1 and 3, modulo 10). */
    static int isbn13CheckDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (twelveDigits.charAt(i) - '0');
        }
        return (10 - sum % 10) % 10;
    }

    private static int digitValue(char c) {
        return c == 'X' ? 10 : c - '0';
    }
}
