package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.themaplein.search.ingest.CatalogueRecord.Contributor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;

/** Case C15: a MARC-8 record must give the same Unicode (NFC) as its UTF-8 companion. */
@DisplayName("C15 — MARC-8 import yields decomposed characters and misses ß and €")
class CaseC15Test {

    @Test
    @DisplayName("1. both records are imported; none is rejected")
    void bothRecordsAreImported() {
        CollectingSink sink = new CollectingSink();

        ImportReport report = importBoth(sink);

        assertThat(report.read()).isEqualTo(2);
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.broken()).isZero();
        assertThat(report.problems()).isEmpty();
    }

    @Test
    @DisplayName("2. 100 $a of c15-marc8 is NFC Müller, byte-identical to c15-utf8's")
    void authorIsByteIdenticalToTheUtf8Record() {
        CollectingSink sink = new CollectingSink();
        importBoth(sink);

        Contributor fromMarc8 = sink.get("c15-marc8").contributors().getFirst();
        Contributor fromUtf8 = sink.get("c15-utf8").contributors().getFirst();

        assertThat(fromMarc8.name()).isEqualTo("M\u00fcller, Testa");
        assertThat(fromMarc8.name().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(fromUtf8.name().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName(
            "4. 245 $a reads Die Straße der Erinnerung / with U+00DF; 020 $c reads € 12,50 with"
                    + " U+20AC")
    void sharpSAndEuroSignAreConverted() throws IOException {
        Record record = readMarc8Record();

        assertThat(MarcSourceTest.subfield(record, "245", 'a'))
                .isEqualTo("Die Stra\u00dfe der Erinnerung /");
        assertThat(MarcSourceTest.subfield(record, "020", 'c')).isEqualTo("\u20ac 12,50");

        CollectingSink sink = new CollectingSink();
        importBoth(sink);
        assertThat(sink.get("c15-marc8").title()).isEqualTo("Die Stra\u00dfe der Erinnerung");
    }

    @Test
    @DisplayName("5. no U+FFFD and no stray combining marks anywhere in the stored record")
    void noReplacementCharactersOrStrayMarks() throws IOException {
        CollectingSink sink = new CollectingSink();
        importBoth(sink);

        List<String> texts = new ArrayList<>(TextChecks.allText(readMarc8Record()));
        for (CatalogueRecord record : sink.records()) {
            texts.addAll(TextChecks.allText(record));
        }

        assertThat(texts)
                .isNotEmpty()
                .allSatisfy(text -> assertThat(TextChecks.fault(text)).as(text).isNull());
    }

    private static ImportReport importBoth(CollectingSink sink) {
        Path marc8 = SharedData.caseFile("C15.mrc");
        Path utf8 = SharedData.caseFile("C15.xml");
        return new CatalogueImport(sink).importPaths(List.of(marc8, utf8));
    }

    private static Record readMarc8Record() throws IOException {
        try (MarcSource source = MarcSource.open(SharedData.caseFile("C15.mrc"))) {
            MarcReadResult result = source.next();
            assertThat(result).isInstanceOf(MarcReadResult.Read.class);
            assertThat(source.hasNext()).isFalse();
            return ((MarcReadResult.Read) result).record();
        }
    }
}
