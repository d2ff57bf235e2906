package nl.themaplein.portal.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchStateTest {

    private final SearchState onPageThree =
            new SearchState(
                    "Max Havelaar: koffie & thee",
                    Map.of("format", List.of("BOOK")),
                    null,
                    null,
                    "title",
                    3);

    @Test
    void queryStringEncodesEveryValueAndLeavesDefaultsOut() {
        SearchState state = new SearchState("C++ \"ik\"", Map.of(), null, null, null, 1);

        assertThat(state.toQueryString()).isEqualTo("q=C%2B%2B+%22ik%22");
    }

    @Test
    void queryStringKeepsRepeatedFacetValuesAndPage() {
        assertThat(onPageThree.withFilter("format", "EBOOK").withPage(2).toQueryString())
                .isEqualTo(
                        "q=Max+Havelaar%3A+koffie+%26+thee&format=BOOK&format=EBOOK&sort=title&page=2");
    }

    @Test
    void choosingAFilterGoesBackToPageOne_C13p4() {
        SearchState filtered = onPageThree.withFilter("language", "dut");

        assertThat(filtered.page()).isEqualTo(1);
        assertThat(filtered.isSelected("language", "dut")).isTrue();
        assertThat(filtered.isSelected("format", "BOOK")).isTrue();
    }

    @Test
    void removingTheLastValueRemovesTheFacet() {
        SearchState none = onPageThree.withoutFilter("format", "BOOK");

        assertThat(none.filters()).isEmpty();
        assertThat(none.hasFilters()).isFalse();
        assertThat(none.page()).isEqualTo(1);
    }

    @Test
    void choosingTheSameValueTwiceKeepsItOnce() {
        SearchState twice = onPageThree.withFilter("format", "BOOK");

        assertThat(twice.filters().get("format")).containsExactly("BOOK");
    }

    @Test
    void yearRangeTravelsInTheUrl() {
        SearchState years = onPageThree.withoutFilters().withYears(1990, 1999);

        assertThat(years.toQueryString())
                .isEqualTo(
                        "q=Max+Havelaar%3A+koffie+%26+thee&yearFrom=1990&yearTo=1999&sort=title");
    }
}
