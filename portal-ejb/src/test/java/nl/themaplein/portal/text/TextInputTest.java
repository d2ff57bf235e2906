package nl.themaplein.portal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.themaplein.portal.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The input policy for typed text (shared/INPUT-POLICY.md, "Every input" and "People"). */
class TextInputTest {

    @Test
    void textIsStoredInNfc() {
        String decomposed = "Cafe\u0301 de Ree\u0308";

        assertThat(TextInput.singleLine("f", decomposed, 100)).isEqualTo("Café de Reë");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0", "\u200B", "\u00AD", " \u2007\uFEFF\t"})
    void blankInTheWideSenseCountsAsMissing(String blank) {
        assertThat(TextInput.isBlank(blank)).isTrue();
        assertThatThrownBy(() -> TextInput.singleLine("title", blank, 100))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            assertThat(e.field()).isEqualTo("title");
                            assertThat(e.messageKey()).isEqualTo(Messages.REQUIRED);
                        });
        assertThat(TextInput.optionalSingleLine("title", blank, 100)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a\u0000b",
                "a\u0007b",
                "a\u009Fb",
                "a\uFFFEb",
                "a\uFDD0b",
                "a\uD800b",
                "tab\there"
            })
    void controlCharactersNoncharactersAndBrokenSurrogatesAreRefused(String bad) {
        assertThatThrownBy(() -> TextInput.singleLine("f", bad, 100))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(Messages.CONTROL_CHARACTERS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"one\ntwo", "one\rtwo", "one\u2028two"})
    void aSingleLineFieldRefusesLineBreaks(String bad) {
        assertThatThrownBy(() -> TextInput.singleLine("f", bad, 100))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(Messages.LINE_BREAK));
    }

    @Test
    void multiLineTextKeepsTabsAndLineFeeds() {
        assertThat(TextInput.multiLine("intro", "een\r\ntwee\tdrie", 100))
                .isEqualTo("een\ntwee\tdrie");
    }

    @Test
    void aTooLongValueIsRefusedNotCut() {
        assertThat(TextInput.singleLine("f", "x".repeat(10), 10)).hasSize(10);
        assertThatThrownBy(() -> TextInput.singleLine("f", "x".repeat(11), 10))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo(Messages.TOO_LONG);
                            assertThat(e.arguments()).containsExactly(10);
                        });
    }

    @Test
    void namesAllowLettersMarksDigitsAndAFewSigns() {
        assertThat(TextInput.name("n", "  Gerard 't Hooft-van der Meer Jr. ", 100))
                .isEqualTo("Gerard 't Hooft-van der Meer Jr.");
        assertThat(TextInput.name("n", "Zoë Ĳsselmuiden", 100)).isEqualTo("Zoë Ĳsselmuiden");
        assertThat(TextInput.name("n", "Ab\u202Ecd\u2066", 100)).isEqualTo("Abcd");
        assertThatThrownBy(() -> TextInput.name("n", "<img src=x>", 100))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TextInput.name("n", "#{bean.secret}", 100))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void codesAreLowerCaseHyphenatedWords() {
        assertThat(TextInput.code("code", "digitale-vaardigheden", 60))
                .isEqualTo("digitale-vaardigheden");
        assertThatThrownBy(() -> TextInput.code("code", "Digitale vaardigheden", 60))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TextInput.code("code", "-taal", 60))
                .isInstanceOf(InvalidInputException.class);
    }
}
