package nl.themaplein.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Every field name spelled in Java is declared in the schema, and the schema hangs together. */
class SolrFieldsSchemaTest {

    @Test
    void everySolrFieldsConstantIsDeclared() throws Exception {
        Set<String> declared = ConfigsetFiles.schemaFields().keySet();

        assertThat(constants())
                .isNotEmpty()
                .allSatisfy(name -> assertThat(declared).contains(name));
    }

    @Test
    void everyFieldHasADeclaredType() throws Exception {
        Set<String> types = ConfigsetFiles.schemaTypes().keySet();

        for (Element field : ConfigsetFiles.schemaFields().values()) {
            assertThat(types)
                    .as("type of %s", field.getAttribute("name"))
                    .contains(field.getAttribute("type"));
        }
    }

    @Test
    void copyFieldsConnectDeclaredFields() throws Exception {
        Map<String, Element> fields = ConfigsetFiles.schemaFields();

        for (Element copy :
                ConfigsetFiles.elements(ConfigsetFiles.parse("managed-schema.xml"), "copyField")) {
            assertThat(fields).containsKey(copy.getAttribute("source"));
            assertThat(fields).containsKey(copy.getAttribute("dest"));
            assertThat(fields.get(copy.getAttribute("dest")).getAttribute("stored"))
                    .as("copy target %s is not stored", copy.getAttribute("dest"))
                    .isEqualTo("false");
        }
    }

    @Test
    void uniqueKeyIsTheIdField() throws Exception {
        var keys = ConfigsetFiles.elements(ConfigsetFiles.parse("managed-schema.xml"), "uniqueKey");

        assertThat(keys)
                .singleElement()
                .extracting(Element::getTextContent)
                .isEqualTo(SolrFields.ID);
    }

    private static List<String> constants() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : SolrFields.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }
}
