package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarcTextTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Die Straße der Erinnerung / | Die Straße der Erinnerung",
                "Amsterdam : | Amsterdam",
                "Testuitgeverij, | Testuitgeverij",
                "Reeks ; | Reeks",
                "Titel = | Titel",
                "1890-1910. | 1890-1910",
                "Tolkien, J. R. R. | Tolkien, J. R. R.",
                "Smith, Jr. | Smith, Jr.",
                "Wat nu... | Wat nu...",
                "Muziek (live). | Muziek (live)",
                "[Amsterdam] : | [Amsterdam]",
                "Titel :  / | Titel",
            })
    void trimsIsbdPunctuationSensibly(String catalogued, String expected) {
        assertThat(MarcText.trimPunctuation(catalogued)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(
            quoteCharacter = '"',
            value = {
                "Élan en ijver, elan en ijver",
                "Straße, strasse",
                "'t Oude dorp, t oude dorp",
                "Ĳsselmeer, ijsselmeer",
                "Œuvre & Æsop, oeuvre aesop",
                "Łódź, lodz",
                "Øresund, oresund",
            })
    void foldsForSorting(String text, String expected) {
        assertThat(MarcText.fold(text)).isEqualTo(expected);
    }

    @Test
    void normalizeDataKeepsPositionsOfFixedFields() {
        String fixed = "250101s2023    ne            000 0 dut d";

        assertThat(MarcText.normalizeData(fixed)).isEqualTo(fixed);
        assertThat(MarcText.normalizeData("ab\tcd\u0001e")).isEqualTo("ab cde");
    }

    @Test
    void normalizeDataComposesAndDropsWhatNoTextShouldHold() {
        String decomposed = Normalizer.normalize("Müller", Normalizer.Form.NFD);

        assertThat(MarcText.normalizeData(decomposed)).isEqualTo("Müller");
        assertThat(MarcText.normalizeData("a\uFFFDb\uFFFEc\u202Ed\u0085e\uD800f"))
                .isEqualTo("abcd ef");
    }

    @Test
    void cleanTreatsNoBreakAndZeroWidthSpacesAsBlank() {
        assertThat(MarcText.clean("\u00a0\u200b\u00ad ")).isNull();
        assertThat(MarcText.clean("\u00a0 € 12,50\u00a0")).isEqualTo("€ 12,50");
        assertThat(MarcText.clean(null)).isNull();
    }

    @Test
    void keepsMarksThatBelongToALetter() {
        String hebrew = "שָׁלוֹם";
        String devanagari = "नमस्ते";

        assertThat(MarcText.clean(hebrew))
                .isEqualTo(Normalizer.normalize(hebrew, Normalizer.Form.NFC));
        assertThat(MarcText.clean(devanagari)).isEqualTo(devanagari);
    }
}
