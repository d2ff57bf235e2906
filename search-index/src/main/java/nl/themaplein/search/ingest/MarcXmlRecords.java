package nl.themaplein.search.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

/**
 * Reads MARCXML records one at a time: the MARC 21 slim namespace, a prefix for it, or no
 * namespace. {@link XmlRecordSplitter} cuts the document into records; each record is then parsed
 * on its own by the JDK's StAX parser with DTDs and external entities switched off.
 *
 * <p>marc4j's own MarcXmlReader is not used: it parses the whole document in one go (in a second
 * thread), so the first malformed record or short leader ends the import of the whole file.
 */
final class MarcXmlRecords implements RecordStream {

    private static final Pattern CONTROL_NUMBER =
            Pattern.compile("<(?:[\\w.-]+:)?controlfield[^>]*tag=[\"']001[\"'][^>]*>([^<]*)<");
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern OUTER_LINE_BREAKS = Pattern.compile("^[\\r\\n\\t]+|[\\r\\n\\t]+$");
    private static final Pattern TAG = Pattern.compile("[0-9A-Za-z]{3}");
    private static final int LEADER_LENGTH = 24;

    private static final XMLInputFactory XML_INPUT = hardenedFactory();

    private final String source;
    private final XmlRecordSplitter splitter;
    private final MarcFactory factory = MarcFactory.newInstance();
    private boolean finished;

    MarcXmlRecords(InputStream in, String source) throws SourceRefusedException, IOException {
        this.source = source;
        this.splitter = new XmlRecordSplitter(decodingReader(in));
    }

    @Override
    public MarcReadResult next() throws IOException {
        if (finished) {
            return null;
        }
        XmlRecordSplitter.Fragment fragment;
        try {
            fragment = splitter.next();
        } catch (SourceRefusedException e) {
            finished = true;
            return refused(e.getMessage());
        }
        if (fragment == null) {
            finished = true;
            return splitter.recordsFound() == 0 ? refused(noRecordsReason()) : null;
        }
        if (fragment.failure() != null) {
            return broken(fragment, fragment.failure());
        }
        return parse(fragment);
    }

    private MarcReadResult parse(XmlRecordSplitter.Fragment fragment) {
        try {
            XMLStreamReader xml = XML_INPUT.createXMLStreamReader(new StringReader(wrap(fragment)));
            try {
                return recordFrom(xml, fragment);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return broken(fragment, "the record is not well-formed XML (" + describe(e) + ")");
        }
    }

    /** Builds the marc4j record from the parser positioned before the wrapper element. */
    private MarcReadResult recordFrom(XMLStreamReader xml, XmlRecordSplitter.Fragment fragment)
            throws XMLStreamException {
        Record record = factory.newRecord();
        String namespace = null;
        String leader = null;
        DataField field = null;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            String elementNamespace = nullToEmpty(xml.getNamespaceURI());
            if (namespace == null && name.equals("record")) {
                namespace = elementNamespace;
                continue;
            }
            if (namespace == null || !elementNamespace.equals(namespace)) {
                continue;
            }
            switch (name) {
                case "leader" -> leader = stripLineBreaks(xml.getElementText());
                case "controlfield" -> {
                    String tag = attribute(xml, "tag");
                    String data = xml.getElementText();
                    if (!isTag(tag)) {
                        return broken(fragment, "a control field has no valid tag: " + quote(tag));
                    }
                    record.addVariableField(factory.newControlField(tag, data));
                }
                case "datafield" -> {
                    String tag = attribute(xml, "tag");
                    if (!isTag(tag)) {
                        return broken(fragment, "a data field has no valid tag: " + quote(tag));
                    }
                    field =
                            factory.newDataField(
                                    tag, indicator(xml, "ind1"), indicator(xml, "ind2"));
                    record.addVariableField(field);
                }
                case "subfield" -> {
                    String code = attribute(xml, "code");
                    String data = xml.getElementText();
                    if (field != null && code != null && !code.isEmpty()) {
                        field.addSubfield(factory.newSubfield(code.charAt(0), data));
                    }
                }
                default -> {
                    // Elements MARCXML does not define (local extensions) carry nothing we map.
                }
            }
        }
        return complete(record, leader, fragment);
    }

    private MarcReadResult complete(
            Record record, String leader, XmlRecordSplitter.Fragment fragment) {
        if (leader == null) {
            return broken(fragment, "the record has no leader");
        }
        if (leader.length() != LEADER_LENGTH) {
            return broken(
                    fragment,
                    "the leader has %d characters; MARC 21 requires %d"
                            .formatted(leader.length(), LEADER_LENGTH));
        }
        record.setLeader(factory.newLeader(leader));
        MarcText.normalizeRecord(record);
        return new MarcReadResult.Read(fragment.position(), record);
    }

    /** The record inside an element that declares the namespaces in scope where it was cut out. */
    private static String wrap(XmlRecordSplitter.Fragment fragment) {
        StringBuilder xml = new StringBuilder(fragment.xml().length() + 200).append("<fragment");
        for (Map.Entry<String, String> binding : fragment.namespaces().entrySet()) {
            xml.append(" xmlns").append(binding.getKey().isEmpty() ? "" : ":" + binding.getKey());
            xml.append("=\"").append(escapeAttribute(binding.getValue())).append('"');
        }
        return xml.append('>').append(fragment.xml()).append("</fragment>").toString();
    }

    private String noRecordsReason() {
        if (!splitter.foreignRecordNamespaces().isEmpty()) {
            return ("no MARCXML records: its record elements are in namespace %s, MARCXML needs %s"
                            + " or no namespace")
                    .formatted(
                            String.join(", ", splitter.foreignRecordNamespaces()),
                            XmlRecordSplitter.MARC_NAMESPACE);
        }
        String root = splitter.rootElement();
        return root == null
                ? "no MARCXML records: the document has no elements"
                : "no MARCXML records: the document element <%s> holds no record elements"
                        .formatted(root);
    }

    private MarcReadResult broken(XmlRecordSplitter.Fragment fragment, String reason) {
        return new MarcReadResult.Broken(
                new ImportProblem(
                        source, fragment.position(), controlNumberOf(fragment.xml()), reason));
    }

    private MarcReadResult refused(String reason) {
        return new MarcReadResult.Refused(
                new ImportProblem(source, splitter.recordsFound(), null, reason));
    }

    /** The 001 of a record that could not be parsed, when its text still shows it. */
    static String controlNumberOf(String xml) {
        Matcher matcher = CONTROL_NUMBER.matcher(xml);
        return matcher.find() ? MarcText.clean(matcher.group(1)) : null;
    }

    /**
     * A reader in the document's encoding: a byte-order mark, else the XML declaration, else UTF-8.
     * Invalid bytes become {@link XmlRecordSplitter#INVALID_BYTES}, so only their record is lost.
     */
    static Reader decodingReader(InputStream raw) throws IOException, SourceRefusedException {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        in.mark(512);
        byte[] head = in.readNBytes(512);
        in.reset();

        Charset charset;
        int bom = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else {
            charset = declaredCharset(new String(head, StandardCharsets.ISO_8859_1).stripLeading());
        }
        in.skipNBytes(bom);
        CharsetDecoder decoder =
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .replaceWith(String.valueOf(XmlRecordSplitter.INVALID_BYTES));
        return new InputStreamReader(in, decoder);
    }

    private static Charset declaredCharset(String head) throws SourceRefusedException {
        Matcher matcher = DECLARED_ENCODING.matcher(head);
        if (!matcher.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = matcher.group(1);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new SourceRefusedException(
                    "the XML declaration names an unknown encoding: " + name);
        }
    }

    private static XMLInputFactory hardenedFactory() {
        // The JDK's own implementation, whatever else is on the class path.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String attribute(XMLStreamReader xml, String name) {
        return xml.getAttributeValue(null, name);
    }

    private static char indicator(XMLStreamReader xml, String name) {
        String value = attribute(xml, name);
        return value == null || value.isEmpty() ? ' ' : value.charAt(0);
    }

    private static boolean isTag(String tag) {
        return tag != null && TAG.matcher(tag).matches();
    }

    private static String stripLineBreaks(String text) {
        return OUTER_LINE_BREAKS.matcher(text).replaceAll("");
    }

    private static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + 9) : message).strip();
    }

    private static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static String quote(String text) {
        return text == null ? "(none)" : "\"" + text + "\"";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
