package nl.themaplein.search.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a MARCXML document into the text of its records, one at a time, before any XML parser sees
 * it. A parser stops at the first well-formedness error; cutting first means a malformed record (an
 * unescaped `&`, a missing end tag, a truncated file) spoils that record only, and the records
 * after it are still read.
 *
 * <p>The splitter knows just enough XML for this: tags, attributes in quotes, comments, CDATA
 * sections, processing instructions and namespace declarations. A {@code record} element in the
 * MARC 21 slim namespace or in no namespace is a MARC record; {@code record} elements in other
 * namespaces (an OAI-PMH or SRU envelope) are looked into. A document type declaration with an
 * internal subset (where entities are declared, entity bombs included) refuses the whole document;
 * external DTDs are never fetched.
 */
final class XmlRecordSplitter {

    static final String MARC_NAMESPACE = "http://www.loc.gov/MARC21/slim";

    /** Records are a few kilobytes; a record this long means the document is damaged. */
    private static final int MAX_RECORD_CHARS = 4_000_000;

    /** Where a decoder put bytes that are invalid in the document's encoding. */
    static final char INVALID_BYTES = '\uFFFF';

    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s=/]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /**
     * The text of one record, the namespace bindings in scope around it, and why it is unusable
     * (null when it can be parsed).
     */
    record Fragment(long position, String xml, Map<String, String> namespaces, String failure) {}

    private final CharCursor in;
    private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
    private final Set<String> foreignRecordNamespaces = new LinkedHashSet<>();
    private String pendingRecordTag;
    private String rootElement;
    private long position;

    XmlRecordSplitter(Reader reader) {
        this.in = new CharCursor(reader);
    }

    /** Records found so far, good or not. */
    long recordsFound() {
        return position;
    }

    /** Qualified name of the document element, or null before it was seen. */
    String rootElement() {
        return rootElement;
    }

    /** Namespaces of {@code record} elements that were not MARC records. */
    Set<String> foreignRecordNamespaces() {
        return foreignRecordNamespaces;
    }

    /** The next record, or null at the end of the document. */
    Fragment next() throws IOException, SourceRefusedException {
        if (pendingRecordTag != null) {
            String tag = pendingRecordTag;
            pendingRecordTag = null;
            return capture(tag);
        }
        int c;
        while ((c = in.read()) >= 0) {
            if (c != '<') {
                continue;
            }
            String recordTag = markupOutsideRecords();
            if (recordTag != null) {
                return capture(recordTag);
            }
        }
        return null;
    }

    /** Handles the markup after a '<' outside records; returns a MARC record's start tag. */
    private String markupOutsideRecords() throws IOException, SourceRefusedException {
        if (in.lookingAt("?")) {
            in.skipPast("?>", null);
        } else if (in.lookingAt("!--")) {
            in.skipPast("-->", null);
        } else if (in.lookingAt("![CDATA[")) {
            in.skipPast("]]>", null);
        } else if (in.lookingAt("!DOCTYPE")) {
            doctype();
        } else if (in.lookingAt("/")) {
            in.readTag();
            scopes.pollFirst();
        } else if (isNameStart(in.peek())) {
            String tag = in.readTag();
            if (tag != null) {
                return startTagOutsideRecords(tag);
            }
        }
        return null;
    }

    private String startTagOutsideRecords(String tag) {
        StartTag start = StartTag.parse(tag);
        if (rootElement == null) {
            rootElement = start.name();
        }
        String namespace = resolve(start);
        if (start.localName().equals("record")) {
            if (isMarcNamespace(namespace)) {
                return tag;
            }
            foreignRecordNamespaces.add(namespace == null ? "(undeclared prefix)" : namespace);
        }
        if (!start.selfClosing()) {
            scopes.addFirst(start.namespaceDeclarations());
        }
        return null;
    }

    /** A DTD is skipped unless it declares things in an internal subset; then we refuse. */
    private void doctype() throws IOException, SourceRefusedException {
        int c;
        while ((c = in.read()) >= 0 && c != '>') {
            if (c == '[') {
                throw new SourceRefusedException(
                        "the document declares a DTD with an internal subset (<!DOCTYPE … [ … ]>);"
                                + " entity declarations are refused, MARCXML needs none");
            }
        }
    }

    /** Reads one record from its start tag to its end tag, or to where it visibly breaks off. */
    private Fragment capture(String startTag) throws IOException {
        position++;
        Map<String, String> namespaces = namespacesInScope();
        StringBuilder xml = new StringBuilder(4096).append('<').append(startTag).append('>');
        if (StartTag.parse(startTag).selfClosing()) {
            return new Fragment(position, xml.toString(), namespaces, null);
        }
        int c;
        while ((c = in.read()) >= 0) {
            if (xml.length() > MAX_RECORD_CHARS) {
                return failed(
                        xml,
                        namespaces,
                        "the record is longer than %,d characters; the document"
                                        .formatted(MAX_RECORD_CHARS)
                                + " is damaged here");
            }
            if (c != '<') {
                xml.append((char) c);
                continue;
            }
            Boolean ended = markupInsideRecord(xml);
            if (ended == null) {
                return failed(
                        xml, namespaces, "the record is not closed before the next record starts");
            }
            if (ended) {
                return finished(xml, namespaces);
            }
        }
        return failed(xml, namespaces, "the document ends inside this record (truncated file?)");
    }

    /**
     * Copies the markup after a '<' inside a record. True when it closed the record, null when
     * another record starts (the current one lacks its end tag), false otherwise.
     */
    private Boolean markupInsideRecord(StringBuilder xml) throws IOException {
        if (in.lookingAt("!--")) {
            in.skipPast("-->", null);
        } else if (in.lookingAt("![CDATA[")) {
            xml.append("<![CDATA[");
            in.skipPast("]]>", xml);
        } else if (in.lookingAt("?")) {
            in.skipPast("?>", null);
        } else if (in.lookingAt("/")) {
            String tag = in.readTag();
            xml.append("</").append(tag == null ? "" : tag).append('>');
            return tag != null && StartTag.localNameOf(tag.strip()).equals("record");
        } else if (isNameStart(in.peek())) {
            String tag = in.readTag();
            if (tag != null && StartTag.parse(tag).localName().equals("record")) {
                pendingRecordTag = tag;
                return null;
            }
            xml.append('<').append(tag == null ? "" : tag).append(tag == null ? "" : ">");
        } else {
            // A '<' that starts no markup: the parser will report the record as malformed.
            xml.append('<');
        }
        return false;
    }

    private Fragment finished(StringBuilder xml, Map<String, String> namespaces) {
        if (xml.indexOf(String.valueOf(INVALID_BYTES)) >= 0) {
            return failed(
                    xml,
                    namespaces,
                    "the record contains bytes that are invalid in the" + " document's encoding");
        }
        return new Fragment(position, xml.toString(), namespaces, null);
    }

    private Fragment failed(StringBuilder xml, Map<String, String> namespaces, String failure) {
        return new Fragment(position, xml.toString(), namespaces, failure);
    }

    private Map<String, String> namespacesInScope() {
        Map<String, String> merged = new LinkedHashMap<>();
        scopes.descendingIterator().forEachRemaining(merged::putAll);
        return merged;
    }

    /** The element's namespace: "" for none, null for an undeclared prefix. */
    private String resolve(StartTag start) {
        String prefix = start.prefix();
        String own = start.namespaceDeclarations().get(prefix);
        if (own != null) {
            return own;
        }
        for (Map<String, String> scope : scopes) {
            if (scope.containsKey(prefix)) {
                return scope.get(prefix);
            }
        }
        return prefix.isEmpty() ? "" : null;
    }

    static boolean isMarcNamespace(String namespace) {
        return namespace != null && (namespace.isEmpty() || namespace.equals(MARC_NAMESPACE));
    }

    private static boolean isNameStart(int c) {
        return Character.isLetter(c) || c == '_' || c == ':' || c > 0x7F;
    }

    /** A start tag's name, namespace declarations and whether it closes itself. */
    private record StartTag(
            String name, Map<String, String> namespaceDeclarations, boolean selfClosing) {

        static StartTag parse(String tag) {
            String body = tag.strip();
            boolean selfClosing = body.endsWith("/");
            int end = 0;
            while (end < body.length()
                    && !Character.isWhitespace(body.charAt(end))
                    && body.charAt(end) != '/') {
                end++;
            }
            Map<String, String> declarations = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(body).region(end, body.length());
            while (attribute.find()) {
                String name = attribute.group(1);
                String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
                if (name.equals("xmlns")) {
                    declarations.put("", decode(value));
                } else if (name.startsWith("xmlns:")) {
                    declarations.put(name.substring(6), decode(value));
                }
            }
            return new StartTag(body.substring(0, end), declarations, selfClosing);
        }

        static String localNameOf(String name) {
            int colon = name.indexOf(':');
            return colon < 0 ? name : name.substring(colon + 1);
        }

        String localName() {
            return localNameOf(name);
        }

        String prefix() {
            int colon = name.indexOf(':');
            return colon < 0 ? "" : name.substring(0, colon);
        }

        private static String decode(String value) {
            return value.replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'")
                    .replace("&amp;", "&");
        }
    }

    /** A buffered reader with the few look-ahead operations the splitter needs. */
    private static final class CharCursor {

        private final Reader reader;
        private final char[] buffer = new char[16 * 1024];
        private int pos;
        private int limit;

        CharCursor(Reader reader) {
            this.reader = reader;
        }

        int read() throws IOException {
            if (pos == limit && !fill(1)) {
                return -1;
            }
            return buffer[pos++];
        }

        int peek() throws IOException {
            return pos == limit && !fill(1) ? -1 : buffer[pos];
        }

        /** Consumes {@code text} when the input continues with it. */
        boolean lookingAt(String text) throws IOException {
            if (limit - pos < text.length() && !fill(text.length())) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (buffer[pos + i] != text.charAt(i)) {
                    return false;
                }
            }
            pos += text.length();
            return true;
        }

        /** Reads up to and including {@code end}, copying what it read to {@code sink} if given. */
        boolean skipPast(String end, StringBuilder sink) throws IOException {
            StringBuilder lastRead = new StringBuilder(end.length() + 1);
            int c;
            while ((c = read()) >= 0) {
                if (sink != null) {
                    sink.append((char) c);
                }
                lastRead.append((char) c);
                if (lastRead.length() > end.length()) {
                    lastRead.deleteCharAt(0);
                }
                if (lastRead.length() == end.length() && lastRead.toString().equals(end)) {
                    return true;
                }
            }
            return false;
        }

        /** The text of a tag up to its closing '>', quotes respected; null at the end of input. */
        String readTag() throws IOException {
            StringBuilder tag = new StringBuilder(64);
            char quote = 0;
            int c;
            while ((c = read()) >= 0) {
                if (quote == 0 && c == '>') {
                    return tag.toString();
                }
                if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = (char) c;
                } else if (c == quote) {
                    quote = 0;
                }
                tag.append((char) c);
            }
            return null;
        }

        /** Makes at least {@code wanted} characters available; false if the input ends first. */
        private boolean fill(int wanted) throws IOException {
            if (pos > 0) {
                System.arraycopy(buffer, pos, buffer, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            while (limit < wanted) {
                int n = reader.read(buffer, limit, buffer.length - limit);
                if (n < 0) {
                    return false;
                }
                limit += n;
            }
            return true;
        }
    }
}
