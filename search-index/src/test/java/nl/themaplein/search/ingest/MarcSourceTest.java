package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.themaplein.search.ingest.MarcReadResult.Broken;
import nl.themaplein.search.ingest.MarcReadResult.Read;
import nl.themaplein.search.ingest.MarcReadResult.Refused;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;

class MarcSourceTest {

    private static final String SLIM = "http://www.loc.gov/MARC21/slim";

    @Nested
    class Detection {

        @Test
        void toldByContentNotByName() throws IOException {
            byte[] iso = IsoRecord.utf8("r1").field("245", "00", "a", "Titel").bytes();
            byte[] xml = xmlCollection(SLIM, "", record("r1", "00000nam a2200000 i 4500"));

            assertThat(open("records.xml", iso).syntax()).isEqualTo(MarcSource.Syntax.ISO_2709);
            assertThat(open("records.mrc", xml).syntax()).isEqualTo(MarcSource.Syntax.MARCXML);
        }

        @Test
        void somethingElseIsRefusedWithWhatItStartsWith() {
            List<MarcReadResult> results =
                    readAll("notities.txt", "Boodschappen: brood".getBytes(StandardCharsets.UTF_8));

            assertThat(results).singleElement().isInstanceOf(Refused.class);
            assertThat(refusal(results).reason())
                    .contains("neither MARC21 (ISO 2709) nor MARCXML")
                    .contains("Boodschappen");
            assertThat(refusal(results).source()).isEqualTo("notities.txt");
        }

        @Test
        void anEmptySourceIsRefused() {
            List<MarcReadResult> results = readAll("leeg.mrc", new byte[0]);

            assertThat(refusal(results).reason()).isEqualTo("the source is empty");
        }
    }

    @Nested
    class Iso2709 {

        @Test
        void readsEveryRecordWithItsPosition() {
            byte[] file = IsoRecord.file(good("r1"), good("r2"), good("r3"));

            List<MarcReadResult> results = readAll("drie.mrc", file);

            assertThat(ids(results)).containsExactly("r1", "r2", "r3");
            assertThat(results)
                    .extracting(result -> ((Read) result).position())
                    .containsExactly(1L, 2L, 3L);
        }

        @ParameterizedTest(name = "broken record at position {0}")
        @ValueSource(ints = {1, 2, 3})
        void aDamagedDirectoryLosesThatRecordOnly(int brokenPosition) {
            byte[][] records = {good("r1"), good("r2"), good("r3")};
            records[brokenPosition - 1] = damagedDirectory(records[brokenPosition - 1]);

            List<MarcReadResult> results = readAll("drie.mrc", IsoRecord.file(records));

            assertThat(results).hasSize(3);
            ImportProblem problem = brokenProblems(results).getFirst();
            assertThat(problem.position()).isEqualTo(brokenPosition);
            assertThat(problem.recordId()).isEqualTo("r" + brokenPosition);
            assertThat(problem.reason()).contains("ISO 2709 structure is damaged");
            assertThat(ids(results)).hasSize(2).doesNotContain("r" + brokenPosition);
        }

        @ParameterizedTest(name = "short leader at position {0}")
        @ValueSource(ints = {1, 2, 3})
        void aShortLeaderLosesThatRecordOnly(int brokenPosition) {
            byte[][] records = {good("r1"), good("r2"), good("r3")};
            byte[] record = records[brokenPosition - 1];
            byte[] shortLeader = new byte[record.length - 1];
            System.arraycopy(record, 0, shortLeader, 0, 23);
            System.arraycopy(record, 24, shortLeader, 23, record.length - 24);
            records[brokenPosition - 1] = shortLeader;

            List<MarcReadResult> results = readAll("drie.mrc", IsoRecord.file(records));

            assertThat(brokenProblems(results))
                    .singleElement()
                    .extracting(ImportProblem::position)
                    .isEqualTo((long) brokenPosition);
            assertThat(ids(results)).hasSize(2).doesNotContain("r" + brokenPosition);
        }

        @Test
        void aFileBrokenOffPartWayKeepsTheRecordsBefore() {
            byte[] file = IsoRecord.file(good("r1"), good("r2"), good("r3"));
            byte[] truncated = Arrays.copyOf(file, file.length - 30);

            List<MarcReadResult> results = readAll("afgebroken.mrc", truncated);

            assertThat(ids(results)).containsExactly("r1", "r2");
            ImportProblem problem = brokenProblems(results).getFirst();
            assertThat(problem.position()).isEqualTo(3);
            assertThat(problem.recordId()).isEqualTo("r3");
            assertThat(problem.reason()).contains("ends inside this record");
        }

        @Test
        void garbageBetweenRecordsIsOneBrokenRecordAndReadingResumes() {
            byte[] garbage = "00042 dit is geen record\u001d".getBytes(StandardCharsets.US_ASCII);
            byte[] file = IsoRecord.file(good("r1"), garbage, good("r3"));

            List<MarcReadResult> results = readAll("rommel.mrc", file);

            assertThat(ids(results)).containsExactly("r1", "r3");
            assertThat(brokenProblems(results))
                    .singleElement()
                    .extracting(ImportProblem::position)
                    .isEqualTo(2L);
        }

        @Test
        void aWrongLengthInTheLeaderIsRepairedFromTheTerminator() {
            byte[] record = good("r2");
            record[0] = '0';
            record[1] = '9';
            byte[] file = IsoRecord.file(good("r1"), record, good("r3"));

            List<MarcReadResult> results = readAll("lengte.mrc", file);

            assertThat(ids(results)).containsExactly("r1", "r2", "r3");
        }

        @Test
        void lineBreaksBetweenRecordsAreTolerated() {
            byte[] newline = "\r\n".getBytes(StandardCharsets.US_ASCII);
            byte[] file = IsoRecord.file(good("r1"), newline, good("r2"), newline);

            assertThat(ids(readAll("regels.mrc", file))).containsExactly("r1", "r2");
        }

        @Test
        void marc8IsConvertedToNfcUnicode() {
            byte[] mueller = {'M', (byte) 0xE8, 'u', 'l', 'l', 'e', 'r'};
            byte[] strasse = {'S', 't', 'r', 'a', (byte) 0xC7, 'e'};
            byte[] euro = {(byte) 0xC8, ' ', '5'};
            byte[] record =
                    IsoRecord.marc8("m8")
                            .fieldBytes("100", "1 ", 'a', mueller)
                            .fieldBytes("245", "10", 'a', strasse)
                            .fieldBytes("020", "  ", 'c', euro)
                            .bytes();

            Record read = onlyRecord(readAll("marc8.mrc", record));

            assertThat(subfield(read, "100", 'a')).isEqualTo("Müller").hasSize(6);
            assertThat(subfield(read, "245", 'a')).isEqualTo("Straße");
            assertThat(subfield(read, "020", 'c')).isEqualTo("€ 5");
        }

        @Test
        void utf8BytesUnderABlankLeader09AreReadAsUtf8() {
            byte[] record =
                    IsoRecord.marc8("u8").field("255", "  ", "c", "(W 126⁰--W 124⁰)").bytes();

            Record read = onlyRecord(readAll("kaart.mrc", record));

            assertThat(subfield(read, "255", 'c')).isEqualTo("(W 126⁰--W 124⁰)");
        }
    }

    @Nested
    class MarcXml {

        @ParameterizedTest(name = "namespace declared as {0}")
        @ValueSource(strings = {"default", "prefix", "none"})
        void acceptsTheSlimNamespaceAPrefixOrNone(String style) {
            byte[] xml =
                    switch (style) {
                        case "default" ->
                                xmlCollection(SLIM, "", record("r1", "00000nam a2200000 i 4500"));
                        case "prefix" ->
                                xmlCollection(
                                        SLIM, "marc", record("r1", "00000nam a2200000 i 4500"));
                        default ->
                                utf8(
                                        "<record>"
                                                + recordBody("r1", "00000nam a2200000 i 4500")
                                                + "</record>");
                    };

            Record read = onlyRecord(readAll("ns.xml", xml));

            assertThat(read.getControlNumber()).isEqualTo("r1");
            assertThat(subfield(read, "245", 'a')).isEqualTo("Titel van r1");
            assertThat(read.getLeader().marshal()).isEqualTo("00000nam a2200000 i 4500");
        }

        @Test
        void anotherNamespaceIsRefusedNamingBoth() {
            byte[] xml =
                    xmlCollection(
                            "http://example.org/anders",
                            "",
                            record("r1", "00000nam a2200000 i 4500"));

            List<MarcReadResult> results = readAll("anders.xml", xml);

            assertThat(results).singleElement().isInstanceOf(Refused.class);
            assertThat(refusal(results).reason())
                    .contains("http://example.org/anders")
                    .contains(SLIM);
        }

        @Test
        void recordsInsideAnOaiEnvelopeAreRead() {
            String oai =
                    "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListRecords>"
                            + "<record><header/><metadata><marc:record xmlns:marc=\""
                            + SLIM
                            + "\">"
                            + recordBody("r1", "00000nam a2200000 i 4500")
                                    .replace("<", "<marc:")
                                    .replace("<marc:/", "</marc:")
                            + "</marc:record></metadata></record></ListRecords></OAI-PMH>";

            assertThat(ids(readAll("oai.xml", utf8(oai)))).containsExactly("r1");
        }

        @Test
        void aDocumentWithoutRecordsIsRefused() {
            List<MarcReadResult> results =
                    readAll("leeg.xml", utf8("<?xml version=\"1.0\"?><catalogus/>"));

            assertThat(refusal(results).reason())
                    .contains("no MARCXML records")
                    .contains("catalogus");
        }

        @ParameterizedTest(name = "malformed record at position {0}")
        @ValueSource(ints = {1, 2, 3})
        void aMalformedRecordLosesThatRecordOnly(int brokenPosition) {
            String[] records = {
                record("r1", "00000nam a2200000 i 4500"),
                record("r2", "00000nam a2200000 i 4500"),
                record("r3", "00000nam a2200000 i 4500")
            };
            records[brokenPosition - 1] =
                    records[brokenPosition - 1].replace("Titel van", "Boeken & bladen van");

            List<MarcReadResult> results = readAll("kapot.xml", xmlCollection(SLIM, "", records));

            assertThat(ids(results)).hasSize(2).doesNotContain("r" + brokenPosition);
            ImportProblem problem = brokenProblems(results).getFirst();
            assertThat(problem.position()).isEqualTo(brokenPosition);
            assertThat(problem.recordId()).isEqualTo("r" + brokenPosition);
            assertThat(problem.reason()).contains("not well-formed");
        }

        @ParameterizedTest(name = "23-character leader at position {0}")
        @ValueSource(ints = {1, 2, 3})
        void aShortLeaderLosesThatRecordOnly(int brokenPosition) {
            String[] records = {
                record("r1", "00000nam a2200000 i 4500"),
                record("r2", "00000nam a2200000 i 4500"),
                record("r3", "00000nam a2200000 i 4500")
            };
            records[brokenPosition - 1] = record("r" + brokenPosition, "00000nam a2200000 i 450");

            List<MarcReadResult> results = readAll("leader.xml", xmlCollection(SLIM, "", records));

            assertThat(ids(results)).hasSize(2).doesNotContain("r" + brokenPosition);
            ImportProblem problem = brokenProblems(results).getFirst();
            assertThat(problem.position()).isEqualTo(brokenPosition);
            assertThat(problem.recordId()).isEqualTo("r" + brokenPosition);
            assertThat(problem.reason())
                    .isEqualTo("the leader has 23 characters; MARC 21 requires 24");
        }

        @Test
        void aMissingEndTagLosesThatRecordOnly() {
            String broken = record("r2", "00000nam a2200000 i 4500").replace("</datafield>", "");
            byte[] xml =
                    xmlCollection(
                            SLIM,
                            "",
                            record("r1", "00000nam a2200000 i 4500"),
                            broken,
                            record("r3", "00000nam a2200000 i 4500"));

            List<MarcReadResult> results = readAll("eindtag.xml", xml);

            assertThat(ids(results)).containsExactly("r1", "r3");
            assertThat(brokenProblems(results))
                    .singleElement()
                    .extracting(ImportProblem::recordId)
                    .isEqualTo("r2");
        }

        @Test
        void aRecordNotClosedBeforeTheNextOneStartsLosesThatRecordOnly() {
            String unclosed = record("r2", "00000nam a2200000 i 4500").replace("</record>", "");
            byte[] xml =
                    xmlCollection(
                            SLIM,
                            "",
                            record("r1", "00000nam a2200000 i 4500"),
                            unclosed,
                            record("r3", "00000nam a2200000 i 4500"));

            List<MarcReadResult> results = readAll("open.xml", xml);

            assertThat(ids(results)).containsExactly("r1", "r3");
            assertThat(brokenProblems(results).getFirst().reason())
                    .contains("not closed before the next record");
        }

        @Test
        void aDocumentBrokenOffPartWayKeepsTheRecordsBefore() {
            byte[] xml =
                    xmlCollection(
                            SLIM,
                            "",
                            record("r1", "00000nam a2200000 i 4500"),
                            record("r2", "00000nam a2200000 i 4500"));
            byte[] truncated = Arrays.copyOf(xml, xml.length - 60);

            List<MarcReadResult> results = readAll("afgebroken.xml", truncated);

            assertThat(ids(results)).containsExactly("r1");
            ImportProblem problem = brokenProblems(results).getFirst();
            assertThat(problem.position()).isEqualTo(2);
            assertThat(problem.recordId()).isEqualTo("r2");
            assertThat(problem.reason()).contains("ends inside this record");
        }

        @Test
        void invalidUtf8BytesLoseThatRecordOnly() {
            byte[] xml =
                    xmlCollection(
                            SLIM,
                            "",
                            record("r1", "00000nam a2200000 i 4500"),
                            record("r2", "00000nam a2200000 i 4500")
                                    .replace("Titel", "T\u0001tel"));
            int marker = indexOf(xml, (byte) 0x01);
            xml[marker] = (byte) 0xC3;

            List<MarcReadResult> results = readAll("bytes.xml", xml);

            assertThat(ids(results)).containsExactly("r1");
            assertThat(brokenProblems(results).getFirst().reason())
                    .contains("invalid in the document's encoding");
        }

        @Test
        void theDeclaredEncodingAndAByteOrderMarkAreHonoured() {
            String latin =
                    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><collection xmlns=\""
                            + SLIM
                            + "\">"
                            + record("r1", "00000nam a2200000 i 4500").replace("Titel", "Café")
                            + "</collection>";
            byte[] withBom =
                    concat(
                            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                            xmlCollection(SLIM, "", record("r2", "00000nam a2200000 i 4500")));

            Record fromLatin =
                    onlyRecord(readAll("latin.xml", latin.getBytes(StandardCharsets.ISO_8859_1)));

            assertThat(subfield(fromLatin, "245", 'a')).isEqualTo("Café van r1");
            assertThat(onlyRecord(readAll("bom.xml", withBom)).getControlNumber()).isEqualTo("r2");
        }

        @Test
        void entityDeclarationsRefuseTheDocument() {
            String xxe =
                    "<?xml version=\"1.0\"?><!DOCTYPE collection [<!ENTITY geheim SYSTEM"
                            + " \"file:///etc/passwd\">]><collection xmlns=\""
                            + SLIM
                            + "\">"
                            + record("r1", "00000nam a2200000 i 4500").replace("Titel", "&geheim;")
                            + "</collection>";
            String bomb =
                    "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2"
                            + " \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3"
                            + " \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><collection"
                            + " xmlns=\""
                            + SLIM
                            + "\">"
                            + record("r1", "00000nam a2200000 i 4500").replace("Titel", "&lol3;")
                            + "</collection>";

            for (String document : List.of(xxe, bomb)) {
                List<MarcReadResult> results = readAll("dtd.xml", utf8(document));

                assertThat(results).singleElement().isInstanceOf(Refused.class);
                assertThat(refusal(results).reason()).contains("DTD with an internal subset");
            }
        }

        @Test
        void anExternalDtdIsNeverFetchedAndAnUndeclaredEntitySpoilsOnlyItsRecord() {
            String xml =
                    "<?xml version=\"1.0\"?><!DOCTYPE collection SYSTEM"
                            + " \"http://dtd.invalid/marc.dtd\"><collection xmlns=\""
                            + SLIM
                            + "\">"
                            + record("r1", "00000nam a2200000 i 4500")
                            + record("r2", "00000nam a2200000 i 4500")
                                    .replace("Titel", "&onbekend;")
                            + "</collection>";

            List<MarcReadResult> results = readAll("extern.xml", utf8(xml));

            assertThat(ids(results)).containsExactly("r1");
            assertThat(brokenProblems(results))
                    .singleElement()
                    .extracting(ImportProblem::recordId)
                    .isEqualTo("r2");
        }

        @Test
        void commentsCdataAndAttributesWithAngleBracketsAreNoRecordBoundaries() {
            String tricky =
                    "<!-- <record> in een commentaar -->"
                            + record("r1", "00000nam a2200000 i 4500")
                                    .replace("Titel van r1", "<![CDATA[Titel </record> <b>]]>")
                                    .replace(
                                            "<datafield tag=\"245\"",
                                            "<datafield data-x=\"a > b\" tag=\"245\"");

            List<MarcReadResult> results = readAll("lastig.xml", xmlCollection(SLIM, "", tricky));

            assertThat(subfield(onlyRecord(results), "245", 'a')).isEqualTo("Titel </record> <b>");
        }
    }

    // ---- helpers

    private static byte[] good(String id) {
        return IsoRecord.utf8(id)
                .control("008", "250101s2023    ne            000 0 dut d")
                .field("245", "00", "a", "Titel van " + id)
                .bytes();
    }

    /** Puts a letter into the length of the directory entry of 245 (the third entry). */
    private static byte[] damagedDirectory(byte[] record) {
        byte[] damaged = record.clone();
        damaged[24 + 2 * 12 + 3] = 'x';
        return damaged;
    }

    private static String record(String id, String leader) {
        return "<record>" + recordBody(id, leader) + "</record>";
    }

    private static String recordBody(String id, String leader) {
        return "<leader>"
                + leader
                + "</leader>"
                + "<controlfield tag=\"001\">"
                + id
                + "</controlfield>"
                + "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">Titel van "
                + id
                + "</subfield></datafield>";
    }

    /** A collection in {@code namespace}, declared as default or under {@code prefix}. */
    private static byte[] xmlCollection(String namespace, String prefix, String... records) {
        String p = prefix.isEmpty() ? "" : prefix + ":";
        String declaration = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append('<')
                .append(p)
                .append("collection ")
                .append(declaration)
                .append("=\"")
                .append(namespace)
                .append("\">\n");
        for (String record : records) {
            xml.append(prefix.isEmpty() ? record : record.replaceAll("<(/?)(?=[a-z])", "<$1" + p))
                    .append('\n');
        }
        xml.append("</").append(p).append("collection>\n");
        return utf8(xml.toString());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new AssertionError("byte not found");
    }

    static MarcSource open(String name, byte[] bytes) throws IOException {
        return MarcSource.open(name, new ByteArrayInputStream(bytes));
    }

    static List<MarcReadResult> readAll(String name, byte[] bytes) {
        List<MarcReadResult> results = new ArrayList<>();
        try (MarcSource source = open(name, bytes)) {
            source.forEachRemaining(results::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    static List<String> ids(List<MarcReadResult> results) {
        return results.stream()
                .filter(Read.class::isInstance)
                .map(result -> ((Read) result).record().getControlNumber())
                .toList();
    }

    static List<ImportProblem> brokenProblems(List<MarcReadResult> results) {
        return results.stream()
                .filter(Broken.class::isInstance)
                .map(result -> ((Broken) result).problem())
                .toList();
    }

    private static ImportProblem refusal(List<MarcReadResult> results) {
        return results.stream()
                .filter(Refused.class::isInstance)
                .map(result -> ((Refused) result).problem())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No refusal in " + results));
    }

    private static Record onlyRecord(List<MarcReadResult> results) {
        assertThat(results).as("results").singleElement().isInstanceOf(Read.class);
        return ((Read) results.getFirst()).record();
    }

    static String subfield(Record record, String tag, char code) {
        DataField field = (DataField) record.getVariableField(tag);
        return field.getSubfield(code).getData();
    }
}
