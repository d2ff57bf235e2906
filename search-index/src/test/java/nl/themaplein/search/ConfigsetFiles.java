package nl.themaplein.search;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the configset's XML files from the classpath, for tests that check them against Java. */
public final class ConfigsetFiles {

    private static final String CONF = "solr/configsets/themaplein/conf/";

    private ConfigsetFiles() {}

    /** The parsed file, e.g. {@code managed-schema.xml}. */
    public static Document parse(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in =
                ConfigsetFiles.class.getClassLoader().getResourceAsStream(CONF + file)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** Elements with this tag name, in document order. */
    public static List<Element> elements(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The schema's {@code <field>} elements by name. */
    public static Map<String, Element> schemaFields() throws Exception {
        Map<String, Element> fields = new LinkedHashMap<>();
        for (Element field : elements(parse("managed-schema.xml"), "field")) {
            fields.put(field.getAttribute("name"), field);
        }
        return fields;
    }

    /** The schema's {@code <fieldType>} elements by name. */
    public static Map<String, Element> schemaTypes() throws Exception {
        Map<String, Element> types = new LinkedHashMap<>();
        for (Element type : elements(parse("managed-schema.xml"), "fieldType")) {
            types.put(type.getAttribute("name"), type);
        }
        return types;
    }

    /**
     * A parameter of the /select handler: {@code section} is "defaults" or "invariants"; the value
     * with whitespace collapsed, or null.
     */
    public static String selectParam(String section, String name) throws Exception {
        for (Element handler : elements(parse("solrconfig.xml"), "requestHandler")) {
            if (!handler.getAttribute("name").equals("/select")) {
                continue;
            }
            for (Element list : elements(handler.getOwnerDocument(), "lst")) {
                if (list.getParentNode() == handler && list.getAttribute("name").equals(section)) {
                    NodeList children = list.getChildNodes();
                    for (int i = 0; i < children.getLength(); i++) {
                        if (children.item(i) instanceof Element param
                                && param.getAttribute("name").equals(name)) {
                            return param.getTextContent().strip().replaceAll("\\s+", " ");
                        }
                    }
                }
            }
        }
        return null;
    }
}
