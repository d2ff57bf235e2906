package nl.themaplein.portal.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Properties dutch = load("messages_nl.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
    }

    @Test
    void facesOwnMessagesAreInBothLanguagesWithoutTheClientId() throws IOException {
        for (String file : List.of("messages_nl.properties", "messages_en.properties")) {
            Properties texts = load(file);
            for (String key :
                    List.of(
                            "jakarta.faces.component.UISelectOne.INVALID",
                            "jakarta.faces.component.UISelectMany.INVALID",
                            "jakarta.faces.component.UIInput.REQUIRED",
                            "jakarta.faces.component.UIInput.CONVERSION",
                            "jakarta.faces.converter.IntegerConverter.INTEGER",
                            "jakarta.faces.converter.LongConverter.LONG",
                            "jakarta.faces.converter.EnumConverter.ENUM",
                            "jakarta.faces.validator.LengthValidator.MAXIMUM",
                            "jakarta.faces.validator.LengthValidator.MINIMUM")) {
                for (String variant : List.of(key, key + "_detail")) {
                    assertThat(texts.getProperty(variant)).as(file + " " + variant).isNotBlank();
                    assertThat(texts.getProperty(variant))
                            .as(file + " " + variant)
                            .doesNotContain("{2}:", "Validation Error", "Validatiefout");
                }
            }
        }
        assertThat(
                        load("messages_nl.properties")
                                .getProperty("jakarta.faces.component.UISelectOne.INVALID"))
                .startsWith("Kies");
    }

    @Test
    void noTextSpeaksOfLearning() throws IOException {
        for (String file : List.of("messages_nl.properties", "messages_en.properties")) {
            load(file)
                    .values()
                    .forEach(
                            text ->
                                    assertThat(text.toString().toLowerCase(Locale.ROOT))
                                            .doesNotContain("leren", "learning", "lifelong"));
        }
    }

    @Test
    void resultCountsAreWrittenAsPeopleSayThem() {
        assertThat(Messages.text(Messages.DUTCH, "search.results.count", 0))
                .isEqualTo("Geen resultaten");
        assertThat(Messages.text(Messages.DUTCH, "search.results.count", 1))
                .isEqualTo("1 resultaat");
        assertThat(Messages.text(Messages.ENGLISH, "search.results.count", 1234))
                .isEqualTo("1,234 results");
        assertThat(Messages.text(Messages.DUTCH, "search.results.count", 1234))
                .isEqualTo("1.234 resultaten");
    }

    @Test
    void unknownLanguagesFallBackToDutch() {
        assertThat(Messages.supported(Locale.GERMAN)).isEqualTo(Messages.DUTCH);
        assertThat(Messages.supported(Locale.UK)).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.firstSupported(List.of(Locale.GERMAN, Locale.US)))
                .isEqualTo(Messages.ENGLISH);
        assertThat(Messages.firstSupported(List.of())).isEqualTo(Messages.DUTCH);
    }

    @Test
    void aMissingKeyShowsTheKey() {
        assertThat(Messages.text(Messages.DUTCH, "no.such.key")).isEqualTo("no.such.key");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        String path =
                "/"
                        + Messages.BUNDLE
                                .replace('.', '/')
                                .replace("/messages", "/" + name.replace(".properties", ""))
                        + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
