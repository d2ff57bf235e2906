package nl.themaplein.search.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/**
 * Text clean-up for catalogue data: Unicode NFC, no control characters, no replacement characters,
 * no combining marks without a base letter, and ISBD punctuation trimmed where a value is shown on
 * its own.
 *
 * <p>Two strengths: {@link #normalizeData} keeps every character position (it is safe for fixed
 * fields such as 008), {@link #clean} also collapses white space and trims, for display values.
 */
final class MarcText {

    /** Trailing ISBD separators: ` /`, ` :`, ` ;`, ` =` and `,`, with any spaces around them. */
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*[,/;:=]\\s*$");

    /**
     * A trailing full stop ends a sentence or a date range when at least three letters or digits
     * (or a closing bracket) precede it; after one or two letters it ends an initial or an
     * abbreviation ("Tolkien, J. R. R.", "Jr.") and stays.
     */
    private static final Pattern TRAILING_PERIOD =
            Pattern.compile("([\\p{L}\\p{N}]{3}|[)\\]])\\.\\s*$");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private MarcText() {}

    /**
     * A display value: {@link #normalizeData} plus white space collapsed and trimmed. Returns null
     * for null or blank input, so callers can drop empty values.
     */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = dropStrayMarks(stripBlank(collapseWhitespace(normalizeData(raw))));
        return text.isEmpty() ? null : text;
    }

    /**
     * Runs of white space become one space (one pass; this runs for every value of every record).
     */
    private static String collapseWhitespace(String text) {
        StringBuilder out = null;
        boolean previousSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (space && (previousSpace || c != ' ')) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (!previousSpace) {
                    out.append(' ');
                }
            } else if (out != null) {
                out.append(c);
            }
            previousSpace = space;
        }
        return out == null ? text : out.toString();
    }

    /**
     * Strips what the input policy counts as blank from both ends: Java white space, no-break
     * spaces, zero-width characters and the soft hyphen. Inside the text they stay.
     */
    static String stripBlank(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c)
                || c == '\u00A0'
                || c == '\u2007'
                || c == '\u202F'
                || c == '\u200B'
                || c == '\u2060'
                || c == '\uFEFF'
                || c == '\u00AD';
    }

    /** {@link #clean} followed by {@link #trimPunctuation}. */
    static String cleanTrimmed(String raw) {
        String text = clean(raw);
        return text == null ? null : nullIfEmpty(trimPunctuation(text));
    }

    /**
     * Record data as stored: NFC, C0 and C1 control characters (tab and line breaks included)
     * replaced by a space, and removed: U+FFFD, noncharacters, lone surrogates and bidirectional
     * controls, plus combining marks that follow no letter.
     */
    static String normalizeData(String raw) {
        if (raw == null) {
            return null;
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (isLineOrTab(cp)) {
                out.append(' ');
            } else if (isAllowed(cp)) {
                out.appendCodePoint(cp);
            }
        }
        return dropStrayMarks(out.toString());
    }

    /** Applies {@link #normalizeData} to every control field and subfield of a record. */
    static void normalizeRecord(Record record) {
        for (ControlField field : record.getControlFields()) {
            field.setData(normalizeData(field.getData()));
        }
        for (DataField field : record.getDataFields()) {
            for (Subfield subfield : field.getSubfields()) {
                subfield.setData(normalizeData(subfield.getData()));
            }
        }
    }

    /**
     * Trims the ISBD punctuation a catalogue puts between elements (`Titel :`, `Amsterdam :`,
     * `Uitgeverij,`, `1890-1910.`), so a value reads well on its own.
     */
    static String trimPunctuation(String text) {
        String previous;
        String trimmed = text.strip();
        do {
            previous = trimmed;
            trimmed = TRAILING_SEPARATOR.matcher(trimmed).replaceFirst("");
            trimmed = TRAILING_PERIOD.matcher(trimmed).replaceFirst("$1").strip();
        } while (!trimmed.equals(previous));
        return trimmed;
    }

    /**
     * A key for sorting and comparing: lower case, diacritics and ligatures folded (é→e, ß→ss,
     * ĳ→ij, æ→ae, ø→o, ł→l), punctuation turned into single spaces.
     */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String expanded = expandSpecialLetters(lower);
        String decomposed = Normalizer.normalize(expanded, Normalizer.Form.NFKD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(unmarked).replaceAll(" ").strip();
    }

    private static String expandSpecialLetters(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ø' -> out.append('o');
                case 'đ', 'ð' -> out.append('d');
                case 'þ' -> out.append("th");
                case 'ł' -> out.append('l');
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isLineOrTab(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    private static boolean isAllowed(int cp) {
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return false;
        }
        if (cp == 0xFFFD || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
            return false;
        }
        if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
            return false;
        }
        return !isBidiControl(cp);
    }

    private static boolean isBidiControl(int cp) {
        return cp == 0x061C
                || cp == 0x200E
                || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }

    /**
     * Removes combining marks that have no base character: at the start of the text or after white
     * space. A mark there would render on the wrong letter or as a dotted circle; it is what is
     * left when a MARC-8 diacritic lost the letter it belonged to.
     */
    private static String dropStrayMarks(String text) {
        StringBuilder out = null;
        boolean baseBefore = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean mark = isCombiningMark(cp);
            if (mark && !baseBefore) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else {
                if (out != null) {
                    out.appendCodePoint(cp);
                }
                baseBefore = mark || !Character.isWhitespace(cp);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
