package nl.themaplein.search.ingest;

import java.util.List;

/**
 * One catalogue record as the portal understands it: what the MARC (or, later, Dublin Core or ONIX)
 * mapping produces and what the indexer writes to Solr. All text is Unicode NFC.
 *
 * @param id 001, or a stable hash of the record when 001 is missing
 * @param title full display title; never blank (a placeholder when the record has none)
 * @param titleMain 245 $a alone, or null
 * @param subtitle 245 $b, or null
 * @param titleSort sort key: title without non-filing characters, lower case; records without a
 *     title sort last
 * @param hasTitle false when the record carried no usable title and {@code title} is a placeholder
 * @param contributors 1XX then 7XX, in record order
 * @param isbns ISBNs as catalogued, for display
 * @param isbnSearchKeys every ISBN as ISBN-13 and, where one exists, ISBN-10, digits (and X) only
 * @param languages MARC language codes, 008/35-37 first, then 041 $a, without duplicates
 * @param year year of publication or null
 * @param links 856 links
 * @param source the file or feed the record came from
 */
public record CatalogueRecord(
        String id,
        String title,
        String titleMain,
        String subtitle,
        String titleSort,
        boolean hasTitle,
        List<Contributor> contributors,
        List<String> subjects,
        List<String> genres,
        List<String> isbns,
        List<String> isbnSearchKeys,
        List<String> languages,
        Integer year,
        List<String> publishers,
        List<String> publicationPlaces,
        List<String> series,
        List<String> summaries,
        Format format,
        List<Link> links,
        List<String> callNumbers,
        String source) {

    /** A contributor with an optional role (from $e or the relator code $4). */
    public record Contributor(String name, String role) {

        /** "Name (role)" or just the name. */
        public String display() {
            return role == null || role.isBlank() ? name : name + " (" + role + ")";
        }
    }

    /** An online link with an optional label (856 $y or $3). */
    public record Link(String url, String label) {}
}
