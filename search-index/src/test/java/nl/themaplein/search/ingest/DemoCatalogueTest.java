package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;

class DemoCatalogueTest {

    private static List<CatalogueRecord> mapped;
    private static ImportReport report;

    @BeforeAll
    static void importDemo() {
        CollectingSink sink = new CollectingSink();
        report =
                new CatalogueImport(sink)
                        .importRecords(DemoCatalogue.SOURCE, DemoCatalogue.records());
        mapped = sink.records();
    }

    @Test
    void aboutThreeHundredRecordsImportWithoutProblems() {
        assertThat(report.read()).isEqualTo(DemoCatalogue.SIZE).isEqualTo(300);
        assertThat(report.added()).isEqualTo(300);
        assertThat(report.problems()).isEmpty();
        assertThat(mapped)
                .extracting(CatalogueRecord::id)
                .doesNotHaveDuplicates()
                .contains("demo-0001", "demo-0300");
    }

    @Test
    void theSameRecordsEveryTime() {
        List<String> first = DemoCatalogue.records().stream().map(Record::toString).toList();
        List<String> second = DemoCatalogue.records().stream().map(Record::toString).toList();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyThemeHasRecordsWithItsSubject() {
        Map<String, Long> perTheme =
                DemoCatalogue.themeSubjects().stream()
                        .collect(
                                Collectors.toMap(
                                        Function.identity(),
                                        theme ->
                                                mapped.stream()
                                                        .filter(r -> r.subjects().contains(theme))
                                                        .count()));

        assertThat(perTheme)
                .hasSize(10)
                .allSatisfy(
                        (theme, count) -> assertThat(count).as(theme).isGreaterThanOrEqualTo(10));
        assertThat(perTheme.keySet())
                .contains(
                        "Digitale vaardigheden",
                        "Gezondheid",
                        "Geld en werk",
                        "Opvoeden",
                        "Taal",
                        "Cultuur en creativiteit",
                        "Duurzaamheid",
                        "Natuur",
                        "Geschiedenis",
                        "Samenleving");
    }

    @Test
    void subjectsUseThePortalsThemeNames() {
        // The general themes of the portal, as its theme pages name them.
        List<String> portalThemes =
                List.of(
                        "Digitale vaardigheden",
                        "Gezondheid",
                        "Geld en werk",
                        "Opvoeden",
                        "Taal",
                        "Cultuur en creativiteit",
                        "Duurzaamheid",
                        "Samenleving");

        assertThat(DemoCatalogue.themeSubjects()).containsAll(portalThemes);
        assertThat(mapped)
                .flatExtracting(CatalogueRecord::subjects)
                .containsAll(portalThemes)
                .doesNotContain("Samenleven");
    }

    @Test
    void noTitleRepeatsItsSubtitle() {
        List<CatalogueRecord> withSubtitle =
                mapped.stream().filter(r -> r.subtitle() != null).toList();

        assertThat(withSubtitle).hasSizeGreaterThan(50);
        assertThat(withSubtitle)
                .allSatisfy(
                        record ->
                                assertThat(words(record.subtitle()))
                                        .as("%s : %s", record.titleMain(), record.subtitle())
                                        .doesNotContainAnyElementsOf(words(record.titleMain())));
    }

    @Test
    void titlesReadAsNaturalDutch() {
        List<String> texts =
                mapped.stream()
                        .flatMap(r -> Stream.of(r.title(), r.summaries().getFirst()))
                        .toList();

        assertThat(mapped)
                .extracting(CatalogueRecord::titleMain)
                .doesNotContain(
                        "Thuis in je buren",
                        "Thuis in pubers",
                        "Thuis in de watersnood",
                        "Thuis in de Romeinen aan de Rijn",
                        "Beginnen met eenzaamheid",
                        "Beginnen met grootouders",
                        "Zo werkt het: eenzaamheid")
                .noneMatch(title -> title.startsWith("Thuis in "))
                .noneMatch(title -> title.startsWith("Beginnen met") && title.contains("eenzaam"))
                .noneMatch(title -> title.startsWith("Leven met") && title.contains("breien"));
        assertThat(mapped)
                .extracting(CatalogueRecord::titleMain)
                .anyMatch(title -> title.startsWith("Leven met "))
                .anyMatch(title -> title.startsWith("Het verhaal van de "))
                .anyMatch(title -> title.startsWith("Kijken naar "));
        assertThat(texts)
                .noneMatch(text -> text.contains("van eerste stap tot meester"))
                .noneMatch(text -> text.matches("(?is).*\\b(leren|cursus)\\b.*"));
    }

    /** The words of four letters or more, lower case: the ones a reader notices repeated. */
    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(word -> word.length() >= 4)
                .collect(Collectors.toSet());
    }

    @Test
    void aMixOfFormatsWithLinksForEbooks() {
        Map<Format, Long> perFormat =
                mapped.stream()
                        .collect(
                                Collectors.groupingBy(
                                        CatalogueRecord::format, Collectors.counting()));
        List<CatalogueRecord> ebooks =
                mapped.stream().filter(r -> r.format() == Format.EBOOK).toList();

        assertThat(perFormat.keySet())
                .containsExactlyInAnyOrder(
                        Format.BOOK, Format.EBOOK, Format.AUDIOBOOK, Format.VIDEO, Format.GAME);
        assertThat(perFormat.get(Format.BOOK)).isGreaterThan(perFormat.get(Format.EBOOK));
        assertThat(perFormat.get(Format.GAME)).isBetween(2L, 20L);
        assertThat(ebooks)
                .isNotEmpty()
                .allSatisfy(
                        record ->
                                assertThat(record.links())
                                        .singleElement()
                                        .extracting(CatalogueRecord.Link::url)
                                        .asString()
                                        .startsWith(
                                                "https://e-boeken.themaplein.example/titel/"
                                                        + record.id()));
    }

    @Test
    void yearsFrom1995To2026AndValidIsbns() {
        assertThat(mapped)
                .extracting(CatalogueRecord::year)
                .allSatisfy(year -> assertThat(year).isBetween(1995, 2026));
        assertThat(mapped).extracting(CatalogueRecord::year).contains(1995, 2026);
        assertThat(mapped)
                .filteredOn(r -> r.format() == Format.BOOK || r.format() == Format.AUDIOBOOK)
                .allSatisfy(
                        r -> {
                            assertThat(r.isbns())
                                    .singleElement()
                                    .asString()
                                    .matches("978-90-\\d{4}-\\d{3}-\\d");
                            assertThat(r.isbnSearchKeys()).hasSize(2);
                        });
    }

    @Test
    void mostlyDutchWithSomeOtherLanguages() {
        Map<String, Long> perLanguage =
                mapped.stream()
                        .collect(
                                Collectors.groupingBy(
                                        r -> r.languages().getFirst(), Collectors.counting()));

        assertThat(perLanguage.get("dut")).isGreaterThan(250L);
        assertThat(perLanguage).containsKeys("eng", "fry", "ara", "tur", "pol");
    }

    @Test
    void everyRecordHasATitleAnAuthorOrGameASummaryAndCleanText() {
        assertThat(mapped)
                .allSatisfy(
                        record -> {
                            assertThat(record.hasTitle()).isTrue();
                            assertThat(record.summaries())
                                    .singleElement()
                                    .asString()
                                    .hasSizeGreaterThan(40);
                            assertThat(record.contributors().isEmpty())
                                    .isEqualTo(record.format() == Format.GAME);
                            assertThat(TextChecks.allText(record))
                                    .allSatisfy(
                                            text -> assertThat(TextChecks.fault(text)).isNull());
                        });
        assertThat(mapped)
                .extracting(CatalogueRecord::title)
                .doesNotHaveDuplicates()
                .hasSizeGreaterThan(280);
    }
}
