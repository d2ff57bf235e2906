package nl.themaplein.portal.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.interest.InterestCsv.BadRow;
import nl.themaplein.portal.interest.InterestCsv.Content;
import nl.themaplein.portal.interest.InterestCsv.Row;
import org.junit.jupiter.api.Test;

/**
 * The interest file reader on small files written here: encodings, separators, header, bad rows.
 */
class InterestCsvTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void readsCommaSeparatedUtf8WithAHeader() {
        Content content =
                read(
                        "lidnummer,thema's\n1001,gezondheid|Digitale vaardigheden\n",
                        StandardCharsets.UTF_8);

        assertThat(content.header()).isTrue();
        assertThat(content.delimiter()).isEqualTo(',');
        assertThat(content.charset()).isEqualTo("UTF-8");
        assertThat(content.rows())
                .containsExactly(
                        new Row(
                                2,
                                "1001",
                                java.util.List.of("gezondheid", "Digitale vaardigheden")));
        assertThat(content.badRows()).isEmpty();
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstCell() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "a@example.org;Taal\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);

        Content content = InterestCsv.read(file);

        assertThat(content.header()).isFalse();
        assertThat(content.rows())
                .containsExactly(new Row(1, "a@example.org", java.util.List.of("Taal")));
    }

    @Test
    void windows1252IsReadWhenTheBytesAreNotUtf8() {
        Content content =
                read("e-mail;thema\nb@example.org;Cultuur en creativiteit|Café\n", WINDOWS_1252);

        assertThat(content.charset()).isEqualTo("windows-1252");
        assertThat(content.delimiter()).isEqualTo(';');
        assertThat(content.rows().getFirst().themes())
                .containsExactly("Cultuur en creativiteit", "Café");
    }

    @Test
    void theSeparatorIsTheOneTheFirstLineUsesMostOutsideQuotes() {
        Content content = read("\"12,34\";\"a,b|c\"\n", StandardCharsets.UTF_8);

        assertThat(content.delimiter()).isEqualTo(';');
        assertThat(content.rows())
                .containsExactly(new Row(1, "12,34", java.util.List.of("a,b", "c")));
    }

    @Test
    void badRowsAreReportedWithTheirLineNumbersAndTheRestIsRead() {
        String file =
                """
                member,themes
                1001,gezondheid
                1002
                ,taal

                1003, | \s
                1004,taal|taal|geld
                """;

        Content content = read(file, StandardCharsets.UTF_8);

        assertThat(content.badRows())
                .containsExactly(
                        new BadRow(3, InterestCsv.MISSING_COLUMN),
                        new BadRow(4, InterestCsv.MISSING_MEMBER),
                        new BadRow(6, InterestCsv.MISSING_THEMES));
        assertThat(content.rows())
                .containsExactly(
                        new Row(2, "1001", java.util.List.of("gezondheid")),
                        new Row(7, "1004", java.util.List.of("taal", "geld")));
    }

    @Test
    void aQuoteThatNeverClosesEndsTheReadingWithABadRowAfterTheGoodOnes() {
        Content content = read("1001,taal\n1002,\"geld\n1003,taal\n", StandardCharsets.UTF_8);

        assertThat(content.rows()).containsExactly(new Row(1, "1001", java.util.List.of("taal")));
        assertThat(content.badRows())
                .extracting(BadRow::reasonKey)
                .containsExactly(InterestCsv.UNREADABLE);
        assertThat(content.badRows().getFirst().line()).isEqualTo(2);
    }

    @Test
    void anEmptyFileHasNoRows() {
        Content content = read("", StandardCharsets.UTF_8);

        assertThat(content.rows()).isEmpty();
        assertThat(content.badRows()).isEmpty();
    }

    private static Content read(String text, Charset charset) {
        return InterestCsv.read(text.getBytes(charset));
    }

    @Test
    void aFileWithMoreRowsThanTheLimitIsRefusedNamingTheFile() {
        String atLimit = "lid@example.org;taal\n".repeat(InterestCsv.MAX_ROWS);
        String overLimit = atLimit + "lid@example.org;taal\n";

        Content accepted = read(atLimit, StandardCharsets.UTF_8);

        assertThat(accepted.rows()).hasSize(InterestCsv.MAX_ROWS);
        assertThatThrownBy(() -> read(overLimit, StandardCharsets.UTF_8))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "file")
                .hasMessageContaining(InterestCsv.TOO_MANY_ROWS);
    }
}
