package nl.themaplein.portal.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageNamesTest {

    @Test
    void marcBibliographicCodesHaveNames() {
        assertThat(LanguageNames.name("dut", Messages.DUTCH)).isEqualTo("Nederlands");
        assertThat(LanguageNames.name("dut", Messages.ENGLISH)).isEqualTo("Dutch");
        assertThat(LanguageNames.name("ger", Messages.DUTCH)).isEqualTo("Duits");
        assertThat(LanguageNames.name("fre", Messages.ENGLISH)).isEqualTo("French");
    }

    @Test
    void codesThatAreTheSameInBothListsHaveNames() {
        assertThat(LanguageNames.name("eng", Messages.DUTCH)).isEqualTo("Engels");
        assertThat(LanguageNames.name("FRY", Messages.DUTCH)).isEqualTo("Fries");
    }

    @Test
    void unknownCodesAreShownAsTheyAre() {
        assertThat(LanguageNames.name("zzz", Messages.DUTCH)).isEqualTo("zzz");
        assertThat(LanguageNames.name("   ", Messages.DUTCH)).isEmpty();
        assertThat(LanguageNames.name(null, Messages.DUTCH)).isEmpty();
    }

    @Test
    void marcCodesGiveLanguageTagsForLangAttributes() {
        assertThat(LanguageNames.languageTag("dut")).hasValue("nl");
        assertThat(LanguageNames.languageTag("eng")).hasValue("en");
        assertThat(LanguageNames.languageTag("fry")).hasValue("fy");
        assertThat(LanguageNames.languageTag("zzz")).isEmpty();
        assertThat(LanguageNames.languageTag(null)).isEmpty();
    }
}
