package nl.themaplein.portal.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Counts the records in a MARC file without the portal's code or marc4j, so the import's own counts
 * can be checked against something independent: ISO 2709 records end with the record terminator
 * (0x1D), which appears nowhere else; MARCXML records are {@code record} elements in the MARC 21
 * slim namespace or in none.
 */
final class MarcCounts {

    private static final String MARC_SLIM = "http://www.loc.gov/MARC21/slim";
    private static final int RECORD_TERMINATOR = 0x1D;

    private MarcCounts() {}

    /** The number of records in {@code file}, by its content. */
    static long records(Path file) {
        try {
            return isXml(file) ? xmlRecords(file) : iso2709Records(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isXml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB
                    || b == 0xBF);
            return b == '<';
        }
    }

    private static long iso2709Records(Path file) throws IOException {
        long count = 0;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == RECORD_TERMINATOR) {
                    count++;
                }
            }
        }
        return count;
    }

    private static long xmlRecords(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        long count = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && "record".equals(xml.getLocalName())) {
                    String namespace = xml.getNamespaceURI();
                    if (namespace == null || namespace.isEmpty() || MARC_SLIM.equals(namespace)) {
                        count++;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("Not well-formed XML: " + file, e);
        }
        return count;
    }
}
