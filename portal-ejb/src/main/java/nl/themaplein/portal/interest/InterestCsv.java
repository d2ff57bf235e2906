package nl.themaplein.portal.interest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.themaplein.portal.error.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an interest file: two columns, the member (member number or e-mail address) and the themes,
 * several in one cell separated by {@code |}. UTF-8 with or without a byte-order mark, or
 * Windows-1252 when the bytes are not valid UTF-8; {@code ,} or {@code ;} as the separator, taken
 * from the first line (whichever occurs more often outside quotes); a first row whose member cell
 * has neither {@code @} nor a digit is a header. A bad row is reported with its line number and the
 * reading goes on.
 */
public final class InterestCsv {

    /** Reason keys for bad rows (bundle {@code nl.themaplein.portal.Messages}). */
    public static final String MISSING_COLUMN = "interestImport.row.missingColumn";

    public static final String MISSING_MEMBER = "interestImport.row.missingMember";
    public static final String MISSING_THEMES = "interestImport.row.missingThemes";
    public static final String UNREADABLE = "interestImport.file.unreadable";
    public static final String TOO_MANY_ROWS = "interestImport.file.tooManyRows";

    /**
     * Most data rows one file may hold. Far above a branch's members, and low enough that the dry
     * run and its report stay small: a file of 450,000 rows once exhausted the server's memory.
     */
    public static final int MAX_ROWS = 20_000;

    /** Longest member cell or theme name considered; longer is a bad row, not a cut. */
    static final int CELL_MAX = 254;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private InterestCsv() {}

    /** One good row: its line number, the member as written, the themes as written. */
    public record Row(long line, String member, List<String> themes) {}

    /** One bad row: its line number and the message key of the reason. */
    public record BadRow(long line, String reasonKey) {}

    /** What the file holds. */
    public record Content(
            String charset, char delimiter, boolean header, List<Row> rows, List<BadRow> badRows) {}

    /**
     * Reads {@code bytes}. A file that is not CSV at all gives one bad row at line 1.
     *
     * @throws InvalidInputException naming {@code file} when it holds more than {@link #MAX_ROWS}
     *     rows; nothing of it is used then
     */
    public static Content read(byte[] bytes) {
        Decoded decoded = decode(bytes);
        String text = decoded.text();
        char delimiter = delimiter(text);
        List<Row> rows = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        boolean header = false;

        CSVFormat format =
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(delimiter)
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean first = true;
            LineCounter lines = new LineCounter(text);
            for (CSVRecord record : parser) {
                long line = lines.lineAt(record.getCharacterPosition());
                if (first && isHeader(record)) {
                    header = true;
                    first = false;
                    continue;
                }
                first = false;
                if (rows.size() + bad.size() >= MAX_ROWS) {
                    throw new InvalidInputException("file", TOO_MANY_ROWS, MAX_ROWS);
                }
                row(record, line, rows, bad);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            // commons-csv reports a broken quote as an exception; the rows before it stay.
            bad.add(new BadRow(lineAfter(rows, bad), UNREADABLE));
        }
        return new Content(decoded.charset(), delimiter, header, rows, bad);
    }

    private static void row(CSVRecord record, long line, List<Row> rows, List<BadRow> bad) {
        if (record.size() < 2) {
            bad.add(new BadRow(line, MISSING_COLUMN));
            return;
        }
        String member = record.get(0).strip();
        if (member.isEmpty() || member.length() > CELL_MAX) {
            bad.add(new BadRow(line, MISSING_MEMBER));
            return;
        }
        List<String> themes =
                Arrays.stream(record.get(1).split("\\|"))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty() && t.length() <= CELL_MAX)
                        .distinct()
                        .toList();
        if (themes.isEmpty()) {
            bad.add(new BadRow(line, MISSING_THEMES));
            return;
        }
        rows.add(new Row(line, member, themes));
    }

    private static boolean isHeader(CSVRecord record) {
        String member = record.get(0).strip();
        return !member.isEmpty()
                && member.indexOf('@') < 0
                && member.chars().noneMatch(Character::isDigit);
    }

    private record Decoded(String text, String charset) {}

    private static Decoded decode(byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(content)
                            .toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
        }
    }

    /**
     * {@code ;} when the first line has more semicolons than commas outside quotes, else {@code ,}.
     */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons > 0) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Line numbers of positions that only grow: counts each line end once. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** The line a record starting at {@code target} is on; skipped empty lines count too. */
        long lineAt(long target) {
            while (position < text.length()
                    && (position < target || isLineBreak(text.charAt(position)))) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }

        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r';
        }
    }

    private static long lineAfter(List<Row> rows, List<BadRow> bad) {
        long last = 0;
        if (!rows.isEmpty()) {
            last = rows.getLast().line();
        }
        if (!bad.isEmpty()) {
            last = Math.max(last, bad.getLast().line());
        }
        return last + 1;
    }
}
