package nl.themaplein.search;

import java.util.ArrayList;
import java.util.List;
import nl.themaplein.search.ingest.CatalogueRecord;
import nl.themaplein.search.ingest.CatalogueRecord.Contributor;
import nl.themaplein.search.ingest.CatalogueRecord.Link;
import nl.themaplein.search.ingest.Format;

/**
 * Builds catalogue records for tests: only what a test cares about, sensible defaults for the rest.
 */
public final class TestRecords {

    private final String id;
    private String title;
    private String titleMain;
    private String subtitle;
    private String titleSort;
    private boolean hasTitle = true;
    private final List<Contributor> contributors = new ArrayList<>();
    private List<String> subjects = List.of();
    private List<String> genres = List.of();
    private List<String> isbns = List.of();
    private List<String> isbnKeys = List.of();
    private List<String> languages = List.of("dut");
    private Integer year = 2023;
    private List<String> publishers = List.of();
    private List<String> places = List.of();
    private List<String> series = List.of();
    private List<String> summaries = List.of();
    private Format format = Format.BOOK;
    private final List<Link> links = new ArrayList<>();
    private List<String> callNumbers = List.of();
    private String source = "test";

    private TestRecords(String id) {
        this.id = id;
    }

    /** A book with this id and title, main title the same, Dutch, 2023. */
    public static TestRecords record(String id, String title) {
        TestRecords builder = new TestRecords(id);
        builder.title = title;
        builder.titleMain = title;
        return builder;
    }

    public TestRecords titleMain(String value) {
        titleMain = value;
        return this;
    }

    public TestRecords subtitle(String value) {
        subtitle = value;
        return this;
    }

    public TestRecords titleSort(String value) {
        titleSort = value;
        return this;
    }

    public TestRecords untitled() {
        hasTitle = false;
        return this;
    }

    public TestRecords author(String name) {
        return contributor(name, null);
    }

    public TestRecords contributor(String name, String role) {
        contributors.add(new Contributor(name, role));
        return this;
    }

    public TestRecords subjects(String... values) {
        subjects = List.of(values);
        return this;
    }

    public TestRecords genres(String... values) {
        genres = List.of(values);
        return this;
    }

    public TestRecords isbn(String asCatalogued, String... keys) {
        isbns = List.of(asCatalogued);
        isbnKeys = List.of(keys);
        return this;
    }

    public TestRecords languages(String... values) {
        languages = List.of(values);
        return this;
    }

    public TestRecords year(Integer value) {
        year = value;
        return this;
    }

    public TestRecords publisher(String name, String place) {
        publishers = List.of(name);
        places = List.of(place);
        return this;
    }

    public TestRecords series(String... values) {
        series = List.of(values);
        return this;
    }

    public TestRecords summary(String value) {
        summaries = List.of(value);
        return this;
    }

    public TestRecords format(Format value) {
        format = value;
        return this;
    }

    public TestRecords link(String url, String label) {
        links.add(new Link(url, label));
        return this;
    }

    public TestRecords callNumbers(String... values) {
        callNumbers = List.of(values);
        return this;
    }

    public TestRecords source(String value) {
        source = value;
        return this;
    }

    public CatalogueRecord build() {
        return new CatalogueRecord(
                id,
                title,
                titleMain,
                subtitle,
                titleSort,
                hasTitle,
                List.copyOf(contributors),
                subjects,
                genres,
                isbns,
                isbnKeys,
                languages,
                year,
                publishers,
                places,
                series,
                summaries,
                format,
                List.copyOf(links),
                callNumbers,
                source);
    }
}
