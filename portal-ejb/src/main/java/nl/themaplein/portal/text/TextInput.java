package nl.themaplein.portal.text;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.themaplein.portal.error.InvalidInputException;

/**
 * The input policy for typed text, in one place: Unicode NFC; no control characters (tab and line
 * feed only in multi-line text), no noncharacters, no broken surrogate pairs; a wider idea of
 * "blank" than Java's (no-break and zero-width spaces, the soft hyphen); limits refused, never cut.
 * Single-line values lose the blanks around them. Every refusal is an {@link InvalidInputException}
 * naming the field.
 */
public final class TextInput {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} '’.\\-]+");
    private static final Pattern BIDI_CONTROLS =
            Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private TextInput() {}

    /** A required single-line text of at most {@code maxLength} characters. */
    public static String singleLine(String field, String value, int maxLength) {
        return optionalSingleLine(field, value, maxLength)
                .orElseThrow(() -> new InvalidInputException(field, Messages.REQUIRED));
    }

    /** A single-line text that may be left blank (then empty). */
    public static Optional<String> optionalSingleLine(String field, String value, int maxLength) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        String text = strip(normalise(field, value, false));
        return Optional.of(withinLimit(field, text, maxLength));
    }

    /** A required multi-line text: tabs and line feeds are kept, carriage returns dropped. */
    public static String multiLine(String field, String value, int maxLength) {
        if (isBlank(value)) {
            throw new InvalidInputException(field, Messages.REQUIRED);
        }
        String text = normalise(field, value.replace("\r\n", "\n").replace('\r', '\n'), true);
        return withinLimit(field, text, maxLength);
    }

    /**
     * A person's name as shown to others: bidirectional controls removed, then only letters, marks,
     * digits, spaces and {@code ' ’ - .}, which also keeps markup out.
     */
    public static String name(String field, String value, int maxLength) {
        String text =
                singleLine(
                        field,
                        BIDI_CONTROLS.matcher(value == null ? "" : value).replaceAll(""),
                        maxLength);
        if (!NAME.matcher(text).matches()) {
            throw new InvalidInputException(field, Messages.NAME_CHARACTERS);
        }
        return text;
    }

    /** A code used in URLs and the index: lower-case letters and digits in hyphenated words. */
    public static String code(String field, String value, int maxLength) {
        String text = singleLine(field, value, maxLength);
        if (!CODE.matcher(text).matches()) {
            throw new InvalidInputException(field, Messages.CODE_INVALID);
        }
        return text;
    }

    /** True for null, empty, or nothing but blanks in the policy's wide sense. */
    public static boolean isBlank(String value) {
        return value == null || value.codePoints().allMatch(TextInput::isBlankCharacter);
    }

    private static String normalise(String field, String value, boolean multiLine) {
        if (!isWellFormed(value)) {
            throw new InvalidInputException(field, Messages.CONTROL_CHARACTERS);
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isLineBreak(c) && !multiLine) {
                throw new InvalidInputException(field, Messages.LINE_BREAK);
            }
            if (isRefused(c, multiLine)) {
                throw new InvalidInputException(field, Messages.CONTROL_CHARACTERS);
            }
            i += Character.charCount(c);
        }
        return text;
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
    }

    private static boolean isRefused(int c, boolean multiLine) {
        if (multiLine && (c == '\t' || c == '\n')) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL || isNoncharacter(c);
    }

    private static boolean isNoncharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }

    private static boolean isWellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlankCharacter(int c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == 0x00AD
                || c == 0x200B
                || c == 0x200C
                || c == 0x200D
                || c == 0x2060
                || c == 0xFEFF;
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlankCharacter(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isBlankCharacter(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static String withinLimit(String field, String text, int maxLength) {
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, Messages.TOO_LONG, maxLength);
        }
        return text;
    }
}
