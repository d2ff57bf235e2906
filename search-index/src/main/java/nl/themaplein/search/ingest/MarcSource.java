package nl.themaplein.search.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.logging.Logger;

/**
 * The MARC records of one file or stream, read one at a time whatever the source's size.
 *
 * <p>The syntax is told by the content, not the file name: MARCXML when the first thing after an
 * optional byte-order mark and white space is {@code <}, ISO 2709 when it is a five-digit record
 * length. Each step yields a {@link MarcReadResult}: a record, a broken record (reported, then
 * reading goes on), or the refusal of the whole source (reading stops).
 *
 * <pre>{@code
 * try (MarcSource source = MarcSource.open(path)) {
 *     while (source.hasNext()) {
 *         switch (source.next()) {
 *             case MarcReadResult.Read read -> use(read.record());
 *             case MarcReadResult.Broken broken -> report(broken.problem());
 *             case MarcReadResult.Refused refused -> report(refused.problem());
 *         }
 *     }
 * }
 * }</pre>
 */
public final class MarcSource implements Iterator<MarcReadResult>, Closeable {

    private static final Logger LOG = Logger.getLogger(MarcSource.class.getName());

    private static final int SNIFF_BYTES = 64;

    /** Characters of a refused source shown in its problem: enough to recognise it, no more. */
    static final int PREVIEW_CHARACTERS = 24;

    /** How the records of a source are written. */
    public enum Syntax {
        /** ISO 2709, "MARC 21 binary" ({@code .mrc}), MARC-8 or UTF-8. */
        ISO_2709,
        /** MARC 21 XML ("MARCXML", slim schema). */
        MARCXML,
        /** Neither: the source is refused. */
        UNKNOWN
    }

    private final String name;
    private final InputStream in;
    private final Syntax syntax;
    private RecordStream records;
    private MarcReadResult pending;
    private boolean ended;
    private long positionsSeen;

    private MarcSource(
            String name,
            InputStream in,
            Syntax syntax,
            RecordStream records,
            MarcReadResult first) {
        this.name = name;
        this.in = in;
        this.syntax = syntax;
        this.records = records;
        this.pending = first;
    }

    /** Opens a file; its name in problems and logs is the file name without its directory. */
    public static MarcSource open(Path file) throws IOException {
        return open(file.getFileName().toString(), Files.newInputStream(file));
    }

    /**
     * Opens a stream under a name for problems and logs. The source owns the stream and closes it.
     * Detecting the syntax reads the first bytes; an I/O error there is thrown, every later one
     * becomes a {@link MarcReadResult.Refused}.
     */
    public static MarcSource open(String name, InputStream stream) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream, 64 * 1024);
        Syntax syntax = detect(in);
        try {
            return switch (syntax) {
                case ISO_2709 ->
                        new MarcSource(name, in, syntax, new Iso2709Records(in, name), null);
                case MARCXML ->
                        new MarcSource(name, in, syntax, new MarcXmlRecords(in, name), null);
                case UNKNOWN ->
                        new MarcSource(name, in, syntax, null, refusal(name, 0, unknownReason(in)));
            };
        } catch (SourceRefusedException e) {
            return new MarcSource(name, in, syntax, null, refusal(name, 0, e.getMessage()));
        }
    }

    /** The name problems and logs use for this source. */
    public String name() {
        return name;
    }

    /** The syntax detected from the first bytes. */
    public Syntax syntax() {
        return syntax;
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !ended) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public MarcReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more records in " + name);
        }
        MarcReadResult result = pending;
        pending = null;
        if (result instanceof MarcReadResult.Refused) {
            ended = true;
        }
        return result;
    }

    private MarcReadResult advance() {
        if (records == null) {
            ended = true;
            return null;
        }
        try {
            MarcReadResult result = records.next();
            if (result == null) {
                ended = true;
            } else if (!(result instanceof MarcReadResult.Refused)) {
                positionsSeen++;
            }
            return result;
        } catch (IOException e) {
            records = null;
            return refusal(
                    name,
                    positionsSeen,
                    "reading stopped after record %d: %s".formatted(positionsSeen, e.getMessage()));
        } catch (RuntimeException e) {
            // A reader fault must not end the import of every other source; report it as a refusal.
            LOG.fine(
                    () ->
                            "Reading %s stopped after record %d: %s"
                                    .formatted(name, positionsSeen, e));
            records = null;
            return refusal(
                    name,
                    positionsSeen,
                    "reading stopped after record %d: unexpected %s".formatted(positionsSeen, e));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    static Syntax detect(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        int i = byteOrderMarkLength(head);
        while (i < head.length && (isWhitespace(head[i]) || head[i] == 0)) {
            i++;
        }
        if (i < head.length && head[i] == '<') {
            return Syntax.MARCXML;
        }
        if (head.length >= i + 5 && isDigits(head, i, 5)) {
            return Syntax.ISO_2709;
        }
        return Syntax.UNKNOWN;
    }

    private static String unknownReason(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (head.length == 0) {
            return "the source is empty";
        }
        return "neither MARC21 (ISO 2709) nor MARCXML; it starts with \"" + preview(head) + "\"";
    }

    /**
     * The first characters of a refused source, for staff to recognise the file: UTF-8 when the
     * bytes are UTF-8 (a sequence cut off at the end of {@code head} included), else Windows-1252,
     * what other text files on a Dutch desktop are written in; control characters become one space
     * and the text is cut to {@value #PREVIEW_CHARACTERS} characters.
     */
    static String preview(byte[] head) {
        String text = decodeUtf8(head);
        if (text == null) {
            text = new String(head, Charset.forName("windows-1252"));
        }
        text = text.replace("\uFEFF", "").replaceAll("[\\p{Cc}\\s]+", " ").strip();
        if (text.codePointCount(0, text.length()) <= PREVIEW_CHARACTERS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, PREVIEW_CHARACTERS)).strip() + "…";
    }

    /**
     * The bytes as UTF-8, null when they are not. A character cut in two is allowed only at the
     * very end of a head that filled the sniff buffer: the source goes on after it.
     */
    private static String decodeUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(in, out, false);
        boolean cutAtTheEnd = bytes.length == SNIFF_BYTES && in.remaining() < 4;
        if (result.isError() || (in.hasRemaining() && !cutAtTheEnd)) {
            return null;
        }
        return out.flip().toString();
    }

    private static MarcReadResult refusal(String name, long position, String reason) {
        return new MarcReadResult.Refused(new ImportProblem(name, position, null, reason));
    }

    private static int byteOrderMarkLength(byte[] head) {
        if (head.length >= 3
                && (head[0] & 0xFF) == 0xEF
                && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF) {
            return 3;
        }
        boolean utf16 =
                head.length >= 2
                        && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
                                || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE));
        if (utf16) {
            return 2;
        }
        return 0;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static boolean isDigits(byte[] bytes, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return false;
            }
        }
        return true;
    }
}
