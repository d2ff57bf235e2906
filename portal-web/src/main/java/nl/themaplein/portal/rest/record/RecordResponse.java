package nl.themaplein.portal.rest.record;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import nl.themaplein.portal.web.i18n.LanguageNames;
import nl.themaplein.portal.web.search.FacetLabels;
import nl.themaplein.search.ingest.CatalogueRecord;

/**
 * A catalogue record as the API shows it: every field the MARC mapping fills. {@code title} is null
 * when the record has none ({@code hasTitle} false); pages show a placeholder instead. Every field
 * is always present: null or empty when the record lacks it.
 */
@JsonbNillable
@JsonbPropertyOrder({
    "id",
    "title",
    "hasTitle",
    "titleMain",
    "subtitle",
    "contributors",
    "subjects",
    "genres",
    "isbns",
    "languages",
    "year",
    "publishers",
    "publicationPlaces",
    "series",
    "summaries",
    "format",
    "formatLabel",
    "links",
    "callNumbers",
    "source"
})
public record RecordResponse(
        String id,
        String title,
        boolean hasTitle,
        String titleMain,
        String subtitle,
        List<Contributor> contributors,
        List<String> subjects,
        List<String> genres,
        List<String> isbns,
        List<Language> languages,
        Integer year,
        List<String> publishers,
        List<String> publicationPlaces,
        List<String> series,
        List<String> summaries,
        String format,
        String formatLabel,
        List<Link> links,
        List<String> callNumbers,
        String source) {

    /** A contributor and their role, as catalogued. */
    public record Contributor(String name, String role) {}

    /** A language: its MARC code and its name. */
    public record Language(String code, String name) {}

    /** An online link with its label. */
    public record Link(String url, String label) {}

    static RecordResponse of(CatalogueRecord record, Locale locale) {
        String format = record.format() == null ? null : record.format().name();
        return new RecordResponse(
                record.id(),
                record.hasTitle() ? record.title() : null,
                record.hasTitle(),
                record.titleMain(),
                record.subtitle(),
                record.contributors().stream()
                        .map(c -> new Contributor(c.name(), c.role()))
                        .toList(),
                record.subjects(),
                record.genres(),
                record.isbns(),
                record.languages().stream()
                        .map(code -> new Language(code, LanguageNames.name(code, locale)))
                        .toList(),
                record.year(),
                record.publishers(),
                record.publicationPlaces(),
                record.series(),
                record.summaries(),
                format,
                format == null ? null : FacetLabels.label("format", format, locale),
                record.links().stream().map(link -> new Link(link.url(), link.label())).toList(),
                record.callNumbers(),
                record.source());
    }
}
