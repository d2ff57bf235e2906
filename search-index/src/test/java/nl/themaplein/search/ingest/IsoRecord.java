package nl.themaplein.search.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes ISO 2709 records byte by byte, so tests control the encoding (MARC-8 or UTF-8) and can
 * damage any part of a record on purpose.
 */
final class IsoRecord {

    static final byte FIELD_TERMINATOR = 0x1E;
    static final byte RECORD_TERMINATOR = 0x1D;
    static final byte SUBFIELD_DELIMITER = 0x1F;

    private final char leaderCoding;
    private final List<String> tags = new ArrayList<>();
    private final List<byte[]> data = new ArrayList<>();

    private IsoRecord(char leaderCoding) {
        this.leaderCoding = leaderCoding;
    }

    /** A record whose leader/09 says UTF-8 ('a'). */
    static IsoRecord utf8(String id) {
        return new IsoRecord('a').control("001", id);
    }

    /** A record whose leader/09 is blank: MARC-8 by the standard. */
    static IsoRecord marc8(String id) {
        return new IsoRecord(' ').control("001", id);
    }

    IsoRecord control(String tag, String value) {
        return raw(tag, value.getBytes(StandardCharsets.US_ASCII));
    }

    /** A data field with UTF-8 text; {@code subfields} alternates code and value. */
    IsoRecord field(String tag, String indicators, String... subfields) {
        return field(tag, indicators, StandardCharsets.UTF_8, subfields);
    }

    /** A data field whose subfield values are given as raw bytes (for MARC-8). */
    IsoRecord fieldBytes(String tag, String indicators, char code, byte[] value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(indicators.getBytes(StandardCharsets.US_ASCII));
        bytes.write(SUBFIELD_DELIMITER);
        bytes.write(code);
        bytes.writeBytes(value);
        return raw(tag, bytes.toByteArray());
    }

    private IsoRecord field(String tag, String indicators, Charset charset, String... subfields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(indicators.getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < subfields.length; i += 2) {
            bytes.write(SUBFIELD_DELIMITER);
            bytes.writeBytes(subfields[i].getBytes(StandardCharsets.US_ASCII));
            bytes.writeBytes(subfields[i + 1].getBytes(charset));
        }
        return raw(tag, bytes.toByteArray());
    }

    private IsoRecord raw(String tag, byte[] value) {
        tags.add(tag);
        data.add(value);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < tags.size(); i++) {
            int start = body.size();
            body.writeBytes(data.get(i));
            body.write(FIELD_TERMINATOR);
            String entry = "%s%04d%05d".formatted(tags.get(i), body.size() - start, start);
            directory.writeBytes(entry.getBytes(StandardCharsets.US_ASCII));
        }
        directory.write(FIELD_TERMINATOR);
        int base = 24 + directory.size();
        int length = base + body.size() + 1;
        String leader = "%05dnam %c22%05d i 4500".formatted(length, leaderCoding, base);

        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(leader.getBytes(StandardCharsets.US_ASCII));
        record.writeBytes(directory.toByteArray());
        record.writeBytes(body.toByteArray());
        record.write(RECORD_TERMINATOR);
        return record.toByteArray();
    }

    /** Several records one after the other, as in a .mrc file. */
    static byte[] file(byte[]... records) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (byte[] record : records) {
            file.writeBytes(record);
        }
        return file.toByteArray();
    }
}
