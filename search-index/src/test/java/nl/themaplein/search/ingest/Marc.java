package nl.themaplein.search.ingest;

import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

/** Builds marc4j records for tests in a few readable lines. */
final class Marc {

    private static final MarcFactory FACTORY = MarcFactory.newInstance();

    private final Record record;

    private Marc(String leader) {
        record = FACTORY.newRecord(leader);
    }

    /** A book record (leader/06-07 "am") with the given 001. */
    static Marc book(String id) {
        return record("00000nam a2200000 i 4500").control("001", id);
    }

    static Marc record(String leader) {
        return new Marc(leader);
    }

    Marc control(String tag, String data) {
        record.addVariableField(FACTORY.newControlField(tag, data));
        return this;
    }

    /**
     * A data field; {@code subfields} alternates code and value: "a", "Titel", "b", "Ondertitel".
     */
    Marc field(String tag, String indicators, String... subfields) {
        DataField field = FACTORY.newDataField(tag, indicators.charAt(0), indicators.charAt(1));
        for (int i = 0; i < subfields.length; i += 2) {
            field.addSubfield(FACTORY.newSubfield(subfields[i].charAt(0), subfields[i + 1]));
        }
        record.addVariableField(field);
        return this;
    }

    /** 008 with date 1 and language; the other positions blank. */
    Marc fixed(String year, String language) {
        return control("008", "250101s" + year + "    ne            000 0 " + language + " d");
    }

    Record build() {
        return record;
    }

    CatalogueRecord map() {
        return new MarcRecordMapper().map(record, "test");
    }
}
