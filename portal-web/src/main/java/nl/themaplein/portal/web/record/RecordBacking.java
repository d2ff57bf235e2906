package nl.themaplein.portal.web.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.web.i18n.LanguageNames;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;
import nl.themaplein.portal.web.search.FacetLabels;
import nl.themaplein.portal.web.search.SearchState;
import nl.themaplein.search.SearchUnavailableException;
import nl.themaplein.search.ingest.CatalogueRecord;
import nl.themaplein.search.query.CatalogueSearch;

/**
 * The record page ({@code record.xhtml?id=…}): every mapped field of one catalogue record. An
 * unknown id is a 404; a record without a title shows a placeholder (C18). Online links are shown
 * as links only when they are http or https, and open with {@code rel="noopener noreferrer"}.
 */
@Named
@RequestScoped
public class RecordBacking {

    private static final Logger LOG = Logger.getLogger(RecordBacking.class.getName());

    @Inject private CatalogueSearch search;
    @Inject private LocaleBacking locale;
    @Inject private FacesContext faces;

    /** Longest search (query string) the back link carries. */
    private static final int MAX_BACK_LENGTH = 4000;

    private String id;
    private String back;
    private CatalogueRecord record;
    private boolean unavailable;

    /** Finds the record (the view action of the page); answers 404 when there is none. */
    public void load() throws IOException {
        try {
            record = id == null || id.isBlank() ? null : search.findRecord(id).orElse(null);
        } catch (SearchUnavailableException e) {
            unavailable = true;
            LOG.log(
                    Level.SEVERE,
                    "The record page could not read the index; it shows 'search unavailable'.",
                    e);
            return;
        }
        if (record == null) {
            ExternalContext external = faces.getExternalContext();
            external.responseSendError(404, null);
            faces.responseComplete();
        }
    }

    /** The title to show: the record's own, or the placeholder when it has none. */
    public String getTitle() {
        return record.hasTitle()
                ? record.title()
                : Messages.text(locale.getLocale(), "record.untitled");
    }

    /** The record's languages by name. */
    public List<String> getLanguages() {
        Locale current = locale.getLocale();
        return record.languages().stream().map(code -> LanguageNames.name(code, current)).toList();
    }

    /**
     * The language of the record's own text (title, summary) as a {@code lang} value, or null when
     * unknown: screen readers then read a Dutch title in Dutch on the English page (WCAG 3.1.2).
     */
    public String getTextLanguage() {
        return record.languages().stream()
                .findFirst()
                .flatMap(LanguageNames::languageTag)
                .orElse(null);
    }

    public String getFormat() {
        return record.format() == null
                ? null
                : FacetLabels.label("format", record.format().name(), locale.getLocale());
    }

    /** The link to the search for everything with this subject. */
    public String subjectUrl(String subject) {
        SearchState state =
                new SearchState("", Map.of("subject", List.of(subject)), null, null, null, 1);
        return faces.getExternalContext().getRequestContextPath()
                + "/search.xhtml?"
                + state.toQueryString();
    }

    /** {@code values} on one line, separated by {@code separator}. */
    public String join(List<String> values, String separator) {
        return String.join(separator, values);
    }

    /** Whether a link may be followed : http and https only (a catalogue may contain anything). */
    public boolean isWebLink(String url) {
        try {
            String scheme = URI.create(url.strip()).getScheme();
            return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
        } catch (IllegalArgumentException ignore) {
            return false;
        }
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public CatalogueRecord getRecord() {
        return record;
    }

    /**
     * The link back to the search the member came from, or null when not known. The link always
     * leads to the search page of this portal: {@code back} only supplies its query string, and one
     * with anything but URL-encoded parameters is ignored.
     */
    public String getBackUrl() {
        if (back == null
                || back.isBlank()
                || back.length() > MAX_BACK_LENGTH
                || !back.matches("[A-Za-z0-9%._~+=&*-]+")) {
            return null;
        }
        return faces.getExternalContext().getRequestContextPath() + "/search.xhtml?" + back;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
