package nl.themaplein.search.index;

import static nl.themaplein.search.SolrFields.AUTHOR;
import static nl.themaplein.search.SolrFields.AUTHOR_DISPLAY;
import static nl.themaplein.search.SolrFields.AUTHOR_ROLE;
import static nl.themaplein.search.SolrFields.AUTHOR_SORT;
import static nl.themaplein.search.SolrFields.CALL_NUMBER;
import static nl.themaplein.search.SolrFields.FORMAT;
import static nl.themaplein.search.SolrFields.GENRE;
import static nl.themaplein.search.SolrFields.HAS_TITLE;
import static nl.themaplein.search.SolrFields.ID;
import static nl.themaplein.search.SolrFields.INDEXED_AT;
import static nl.themaplein.search.SolrFields.ISBN;
import static nl.themaplein.search.SolrFields.ISBN_DISPLAY;
import static nl.themaplein.search.SolrFields.LANGUAGE;
import static nl.themaplein.search.SolrFields.LINK;
import static nl.themaplein.search.SolrFields.PUBLICATION_PLACE;
import static nl.themaplein.search.SolrFields.PUBLISHER;
import static nl.themaplein.search.SolrFields.SERIES;
import static nl.themaplein.search.SolrFields.SOURCE;
import static nl.themaplein.search.SolrFields.SUBJECT;
import static nl.themaplein.search.SolrFields.SUBTITLE;
import static nl.themaplein.search.SolrFields.SUMMARY;
import static nl.themaplein.search.SolrFields.TITLE;
import static nl.themaplein.search.SolrFields.TITLE_MAIN;
import static nl.themaplein.search.SolrFields.TITLE_SORT;
import static nl.themaplein.search.SolrFields.TYPE;
import static nl.themaplein.search.SolrFields.YEAR;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import nl.themaplein.search.ContentType;
import nl.themaplein.search.ingest.CatalogueRecord;
import nl.themaplein.search.ingest.CatalogueRecord.Contributor;
import nl.themaplein.search.ingest.CatalogueRecord.Link;
import nl.themaplein.search.ingest.Format;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Catalogue records to Solr documents and back. Every field of a {@link CatalogueRecord} is stored,
 * so the record page can show all of it from the index alone; the way back is lossless except that
 * {@code titleSort} comes back as the folded {@link SortKeys#title sort key}.
 */
public final class CatalogueDocuments {

    /** Separates url and label in the stored {@code link} values. */
    private static final String LINK_SEPARATOR = "|";

    private CatalogueDocuments() {}

    /** The document of {@code record}, stamped with {@code indexedAt}. */
    public static SolrInputDocument toDocument(CatalogueRecord record, Instant indexedAt) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(ID, record.id());
        doc.setField(TYPE, ContentType.RECORD.solrValue());
        setIfPresent(doc, SOURCE, record.source());
        setIfPresent(doc, INDEXED_AT, Date.from(indexedAt));

        addTitles(doc, record);
        addContributors(doc, record.contributors());
        addDescription(doc, record);
        return doc;
    }

    private static void addTitles(SolrInputDocument doc, CatalogueRecord record) {
        setIfPresent(doc, TITLE, record.title());
        setIfPresent(doc, TITLE_MAIN, record.titleMain());
        setIfPresent(doc, SUBTITLE, record.subtitle());
        doc.setField(HAS_TITLE, record.hasTitle());
        if (record.hasTitle()) {
            String sortable = isBlank(record.titleSort()) ? record.title() : record.titleSort();
            setIfPresent(doc, TITLE_SORT, isBlank(sortable) ? null : SortKeys.title(sortable));
        }
    }

    /** Names and roles at the same positions, so {@link #toRecord} can pair them again. */
    private static void addContributors(SolrInputDocument doc, List<Contributor> contributors) {
        for (Contributor contributor : nullToEmpty(contributors)) {
            if (isBlank(contributor.name())) {
                continue;
            }
            doc.addField(AUTHOR, contributor.name());
            doc.addField(AUTHOR_ROLE, contributor.role() == null ? "" : contributor.role());
            doc.addField(AUTHOR_DISPLAY, contributor.display());
            if (doc.getFieldValue(AUTHOR_SORT) == null) {
                doc.setField(AUTHOR_SORT, SortKeys.name(contributor.name()));
            }
        }
    }

    private static void addDescription(SolrInputDocument doc, CatalogueRecord record) {
        addAll(doc, SUBJECT, record.subjects());
        addAll(doc, GENRE, record.genres());
        addAll(doc, ISBN_DISPLAY, record.isbns());
        addAll(doc, ISBN, record.isbnSearchKeys());
        addAll(doc, LANGUAGE, record.languages());
        setIfPresent(doc, YEAR, record.year());
        addAll(doc, PUBLISHER, record.publishers());
        addAll(doc, PUBLICATION_PLACE, record.publicationPlaces());
        addAll(doc, SERIES, record.series());
        addAll(doc, SUMMARY, record.summaries());
        setIfPresent(doc, FORMAT, record.format() == null ? null : record.format().name());
        addAll(doc, CALL_NUMBER, record.callNumbers());
        for (Link link : nullToEmpty(record.links())) {
            if (!isBlank(link.url())) {
                String url = link.url().replace(LINK_SEPARATOR, "%7C");
                String label = link.label() == null ? "" : link.label();
                doc.addField(LINK, url + LINK_SEPARATOR + label);
            }
        }
    }

    /** The record a stored document describes. */
    public static CatalogueRecord toRecord(SolrDocument doc) {
        Object hasTitle = doc.getFirstValue(HAS_TITLE);
        return new CatalogueRecord(
                string(doc, ID),
                string(doc, TITLE),
                string(doc, TITLE_MAIN),
                string(doc, SUBTITLE),
                string(doc, TITLE_SORT),
                hasTitle == null || Boolean.TRUE.equals(hasTitle),
                contributors(doc),
                strings(doc, SUBJECT),
                strings(doc, GENRE),
                strings(doc, ISBN_DISPLAY),
                strings(doc, ISBN),
                strings(doc, LANGUAGE),
                doc.getFirstValue(YEAR) instanceof Number year ? year.intValue() : null,
                strings(doc, PUBLISHER),
                strings(doc, PUBLICATION_PLACE),
                strings(doc, SERIES),
                strings(doc, SUMMARY),
                format(string(doc, FORMAT)),
                links(doc),
                strings(doc, CALL_NUMBER),
                string(doc, SOURCE));
    }

    private static List<Contributor> contributors(SolrDocument doc) {
        List<String> names = strings(doc, AUTHOR);
        List<String> roles = strings(doc, AUTHOR_ROLE);
        List<Contributor> contributors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String role = i < roles.size() && !roles.get(i).isEmpty() ? roles.get(i) : null;
            contributors.add(new Contributor(names.get(i), role));
        }
        return contributors;
    }

    private static List<Link> links(SolrDocument doc) {
        List<Link> links = new ArrayList<>();
        for (String value : strings(doc, LINK)) {
            int separator = value.indexOf(LINK_SEPARATOR);
            String url = separator < 0 ? value : value.substring(0, separator);
            String label = separator < 0 ? "" : value.substring(separator + 1);
            links.add(new Link(url, label.isEmpty() ? null : label));
        }
        return links;
    }

    /** An unknown format name (from a newer indexer, say) shows as OTHER rather than failing. */
    private static Format format(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Format.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return Format.OTHER;
        }
    }

    private static String string(SolrDocument doc, String field) {
        Object value = doc.getFirstValue(field);
        return value == null ? null : value.toString();
    }

    private static List<String> strings(SolrDocument doc, String field) {
        Collection<Object> values = doc.getFieldValues(field);
        return values == null ? List.of() : values.stream().map(Object::toString).toList();
    }

    private static void addAll(SolrInputDocument doc, String field, List<String> values) {
        for (String value : nullToEmpty(values)) {
            if (!isBlank(value)) {
                doc.addField(field, value);
            }
        }
    }

    private static void setIfPresent(SolrInputDocument doc, String field, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            doc.setField(field, value);
        }
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
