package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsbnTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "978-90-6169-101-3",
                "9789061691013",
                "ISBN 978 90 6169 101 3",
                "90-6169-101-X",
                "90-6169-101-x",
                "906169101X",
                "906169101X (geb.) :",
            })
    void everyWrittenFormGivesBothKeys(String written) {
        assertThat(Isbn.searchKeys(written)).containsExactly("9789061691013", "906169101X");
    }

    @Test
    void isbn979HasNoIsbn10() {
        String isbn = "979" + "100000000";
        String valid = isbn + Isbn.isbn13CheckDigit(isbn);

        assertThat(Isbn.searchKeys(valid)).containsExactly(valid);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "978-90-6169-101-4",
                "90-6169-101-9",
                "12345",
                "",
                "geen isbn",
                "97890616910134"
            })
    void noKeysWithoutAValidIsbn(String written) {
        assertThat(Isbn.searchKeys(written)).isEmpty();
    }

    @Test
    void takesTheFirstValidIsbnInTheText() {
        assertThat(Isbn.searchKeys("0394561511 9780394561516"))
                .containsExactly("9780394561516", "0394561511");
        assertThat(Isbn.searchKeys(null)).isEmpty();
    }
}
