package nl.themaplein.search.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marc4j.MarcError;
import org.marc4j.MarcPermissiveStreamReader;
import org.marc4j.marc.Record;

/**
 * Reads ISO 2709 (MARC 21 binary) records one at a time, with MARC-8 converted to Unicode.
 *
 * <p>Records are framed by their record terminator (0x1D), not by the length in the leader: a wrong
 * length or a damaged directory then spoils one record, never the ones after it. Each framed record
 * goes through marc4j's permissive reader, which converts MARC-8 (leader/09 blank) to Unicode and
 * notices records that claim MARC-8 but are UTF-8. A record marc4j cannot read, or can only read by
 * guessing at its structure, is reported as broken.
 */
final class Iso2709Records implements RecordStream {

    private static final Logger LOG = Logger.getLogger(Iso2709Records.class.getName());

    private static final int RECORD_TERMINATOR = 0x1D;
    private static final int FIELD_TERMINATOR = 0x1E;
    private static final int LEADER_LENGTH = 24;

    /** ISO 2709 allows 99,999 bytes; a little room for overlong records, then we resynchronise. */
    private static final int MAX_RECORD_BYTES = 1_000_000;

    private final InputStream in;
    private final String source;
    private final RecordBytes current = new RecordBytes();
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private MarcPermissiveStreamReader reader;
    private long position;

    Iso2709Records(InputStream in, String source) {
        this.in = in;
        this.source = source;
        this.reader = newReader();
    }

    @Override
    public MarcReadResult next() throws IOException {
        Framed framed = frame();
        if (framed == null) {
            return null;
        }
        position++;

        String problem = framingProblem(framed);
        if (problem != null) {
            return broken(framed.bytes(), problem);
        }
        return parse(withActualLength(framed.bytes()));
    }

    private MarcReadResult parse(byte[] bytes) {
        Record record;
        current.load(bytes);
        try {
            record = reader.next();
        } catch (RuntimeException e) {
            // A failed read can leave bytes buffered inside the reader; start the next record
            // afresh.
            reader = newReader();
            return broken(bytes, "the ISO 2709 structure is damaged (" + describe(e) + ")");
        }

        String structuralError = structuralError(record);
        if (structuralError != null) {
            return broken(bytes, "the ISO 2709 structure is damaged (" + structuralError + ")");
        }
        MarcText.normalizeRecord(record);
        return new MarcReadResult.Read(position, record);
    }

    private MarcPermissiveStreamReader newReader() {
        // Leader/09 blank means MARC-8 in MARC 21; the permissive reader still checks for UTF-8.
        return new MarcPermissiveStreamReader(current, true, true, "MARC8");
    }

    /**
     * A repair marc4j made by guessing at the record's structure (leader, directory, terminators)
     * or any fatal error. Repairs inside one subfield (a subfield code in upper case, say) keep the
     * record.
     */
    private String structuralError(Record record) {
        if (!record.hasErrors()) {
            return null;
        }
        for (MarcError error : record.getErrors()) {
            boolean recordLevel = error.curField == null || error.curField.equals("n/a");
            if (error.severity >= MarcError.FATAL
                    || (error.severity >= MarcError.MAJOR_ERROR && recordLevel)) {
                return error.message;
            }
        }
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine(
                    "Record %d of %s read with repairs: %s"
                            .formatted(position, source, record.getErrors()));
        }
        return null;
    }

    /** The next record's bytes up to and including its terminator, or null at the end. */
    private Framed frame() throws IOException {
        if (!skipBetweenRecords()) {
            return null;
        }
        byte[] record = new byte[4096];
        int size = 0;
        boolean oversized = false;
        while (true) {
            if (pos == limit && !fill()) {
                return new Framed(Arrays.copyOf(record, size), false, oversized);
            }
            int end = indexOfTerminator();
            int stop = end < 0 ? limit : end + 1;
            int take = Math.min(stop - pos, MAX_RECORD_BYTES - size);
            if (take < stop - pos) {
                oversized = true;
            }
            if (size + take > record.length) {
                record = Arrays.copyOf(record, Math.max(record.length * 2, size + take));
            }
            System.arraycopy(buffer, pos, record, size, take);
            size += take;
            pos = stop;
            if (end >= 0) {
                return new Framed(Arrays.copyOf(record, size), true, oversized);
            }
        }
    }

    private int indexOfTerminator() {
        for (int i = pos; i < limit; i++) {
            if (buffer[i] == RECORD_TERMINATOR) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Skips line breaks, spaces, NULs and a DOS end-of-file mark between records; false at the end.
     */
    private boolean skipBetweenRecords() throws IOException {
        while (true) {
            if (pos == limit && !fill()) {
                return false;
            }
            byte b = buffer[pos];
            if (b != '\n' && b != '\r' && b != ' ' && b != '\t' && b != 0 && b != 0x1A) {
                return true;
            }
            pos++;
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private static String framingProblem(Framed framed) {
        if (framed.oversized()) {
            return "no record terminator within %,d bytes; skipped up to the next terminator"
                    .formatted(MAX_RECORD_BYTES);
        }
        if (!framed.terminated()) {
            return "the file ends inside this record, without a record terminator (truncated"
                    + " file?)";
        }
        if (framed.bytes().length < LEADER_LENGTH + 2) {
            return "the record is only %d bytes long, shorter than a leader"
                    .formatted(framed.bytes().length);
        }
        return null;
    }

    /**
     * The record with leader/00-04 set to its real length. Framing by terminator already found
     * where it ends; a wrong length (often a count of characters instead of bytes) should not make
     * marc4j read into the next record.
     */
    private byte[] withActualLength(byte[] bytes) {
        if (bytes.length > 99_999) {
            return bytes;
        }
        byte[] length = "%05d".formatted(bytes.length).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < length.length; i++) {
            if (bytes[i] != length[i]) {
                LOG.fine(
                        () ->
                                "Record %d of %s: leader length corrected"
                                        .formatted(position, source));
                byte[] corrected = bytes.clone();
                System.arraycopy(length, 0, corrected, 0, length.length);
                return corrected;
            }
        }
        return bytes;
    }

    private MarcReadResult broken(byte[] bytes, String reason) {
        return new MarcReadResult.Broken(
                new ImportProblem(source, position, controlNumberOf(bytes), reason));
    }

    /** The 001 of a damaged record when its directory still leads to it, else null. */
    static String controlNumberOf(byte[] bytes) {
        try {
            String leader = new String(bytes, 0, LEADER_LENGTH, StandardCharsets.ISO_8859_1);
            int base = Integer.parseInt(leader.substring(12, 17));
            for (int entry = LEADER_LENGTH;
                    entry + 12 <= bytes.length && bytes[entry] != FIELD_TERMINATOR;
                    entry += 12) {
                String directory = new String(bytes, entry, 12, StandardCharsets.ISO_8859_1);
                if (directory.startsWith("001")) {
                    int length = Integer.parseInt(directory.substring(3, 7));
                    int start = base + Integer.parseInt(directory.substring(7, 12));
                    String data = new String(bytes, start, length, StandardCharsets.ISO_8859_1);
                    return MarcText.clean(data.replace((char) FIELD_TERMINATOR, ' '));
                }
            }
        } catch (RuntimeException e) {
            LOG.finest(() -> "No 001 in damaged record: " + e);
        }
        return null;
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        if (e instanceof NumberFormatException) {
            return "a number in the leader or directory is not numeric: " + message;
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** One framed record. */
    private record Framed(byte[] bytes, boolean terminated, boolean oversized) {}

    /**
     * The bytes of the current record, swapped for each record so that one marc4j reader (and its
     * MARC-8 code tables) serves the whole file.
     */
    private static final class RecordBytes extends ByteArrayInputStream {

        RecordBytes() {
            super(new byte[0]);
        }

        void load(byte[] bytes) {
            this.buf = bytes;
            this.pos = 0;
            this.count = bytes.length;
            this.mark = 0;
        }
    }
}
