package nl.themaplein.search.ingest;

import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/** Every piece of text in a mapped or read record, and what must never be in it. */
final class TextChecks {

    private TextChecks() {}

    /** Every string in a catalogue record, nested contributors and links included. */
    static List<String> allText(Object value) {
        List<String> texts = new ArrayList<>();
        collect(value, texts);
        return texts;
    }

    /** Every control field and subfield value of a marc4j record. */
    static List<String> allText(Record record) {
        List<String> texts = new ArrayList<>();
        for (ControlField field : record.getControlFields()) {
            texts.add(field.getData());
        }
        for (DataField field : record.getDataFields()) {
            for (Subfield subfield : field.getSubfields()) {
                texts.add(subfield.getData());
            }
        }
        return texts;
    }

    /** Why a text is unacceptable, or null: not NFC, U+FFFD, control characters, stray marks. */
    static String fault(String text) {
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return "not NFC";
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == 0xFFFD) {
                return "U+FFFD at " + i;
            }
            if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
                return "control character U+%04X at %d".formatted(cp, i);
            }
            if (isMark(cp) && (i == 0 || Character.isWhitespace(text.codePointBefore(i)))) {
                return "stray combining mark U+%04X at %d".formatted(cp, i);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static void collect(Object value, List<String> texts) {
        if (value instanceof String text) {
            texts.add(text);
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> collect(element, texts));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(value), texts);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
