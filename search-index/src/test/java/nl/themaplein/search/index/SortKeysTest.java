package nl.themaplein.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SortKeysTest {

    @Test
    void leadingArticlesAreIgnored() {
        assertThat(SortKeys.title("De avonden")).isEqualTo("avonden");
        assertThat(SortKeys.title("Het diner")).isEqualTo("diner");
        assertThat(SortKeys.title("Een schitterend gebrek")).isEqualTo("schitterend gebrek");
        assertThat(SortKeys.title("'t Schaep met de 5 pooten")).isEqualTo("schaep met de 5 pooten");
        assertThat(SortKeys.title("’t Schaep")).isEqualTo("schaep");
        assertThat(SortKeys.title("The Hobbit")).isEqualTo("hobbit");
        assertThat(SortKeys.title("A Tale of Two Cities")).isEqualTo("tale of two cities");
    }

    @Test
    void wordsThatOnlyLookLikeArticlesStay() {
        assertThat(SortKeys.title("Dendermonde")).isEqualTo("dendermonde");
        assertThat(SortKeys.title("Theater")).isEqualTo("theater");
        assertThat(SortKeys.title("De")).isEqualTo("de");
    }

    @Test
    void foldedAndWithoutLeadingPunctuation() {
        assertThat(SortKeys.title("Émile")).isEqualTo("emile");
        assertThat(SortKeys.title("Straße")).isEqualTo("strasse");
        assertThat(SortKeys.title("Ĳsselmeer")).isEqualTo("ijsselmeer");
        assertThat(SortKeys.title("« De aanslag »")).isEqualTo("aanslag »");
        assertThat(SortKeys.title("[Zonder titel]")).isEqualTo("zonder titel]");
        assertThat(SortKeys.title("...en toen")).isEqualTo("en toen");
    }

    @Test
    void namesSortByTheirLetters() {
        assertThat(SortKeys.name("'t Hooft, Gerard")).isEqualTo("hooft, gerard");
        assertThat(SortKeys.name("Ørsted, Hans")).isEqualTo("orsted, hans");
        assertThat(SortKeys.name("Mulisch, Harry")).isEqualTo("mulisch, harry");
    }
}
