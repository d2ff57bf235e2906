package nl.themaplein.portal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every message key in Dutch and English, each formattable, none speaking of learning. */
class MessagesTest {

    @Test
    void everyKeyIsInBothLanguages() {
        ResourceBundle dutch = Messages.bundle(Language.NL);
        ResourceBundle english = Messages.bundle(Language.EN);

        assertThat(english.getLocale().getLanguage()).isEqualTo("en");
        assertThat(dutch.keySet()).containsAll(keys()).isEqualTo(english.keySet());
    }

    @Test
    void everyMessageFormatsAndAvoidsLearningWords() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = Messages.bundle(language);
            for (String key : bundle.keySet()) {
                String text =
                        new MessageFormat(bundle.getString(key), language.locale())
                                .format(new Object[] {1, 2});

                assertThat(text)
                        .as(key)
                        .doesNotContain("''")
                        .doesNotContainPattern("(?i)\\b(leer|leren|learn)");
            }
        }
    }

    @Test
    void theDutchBundleIsTheBaseWhateverTheJvmLocale() {
        assertThat(Messages.bundle(Language.NL).getString(Messages.REQUIRED))
                .isEqualTo("Vul dit veld in.");
    }

    private static List<String> keys() {
        return Arrays.stream(Messages.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .filter(f -> !f.getName().equals("BUNDLE"))
                .map(MessagesTest::value)
                .toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
