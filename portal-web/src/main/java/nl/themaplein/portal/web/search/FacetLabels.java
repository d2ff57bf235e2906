package nl.themaplein.portal.web.search;

import java.util.Locale;
import nl.themaplein.portal.web.i18n.LanguageNames;
import nl.themaplein.portal.web.i18n.Messages;

/**
 * What a facet value is called on the page and in the API: formats and languages get their names in
 * the reader's language ({@code BOOK} → "Boek", {@code dut} → "Nederlands"); other values (a
 * subject, an author, a decade) are shown as they are.
 */
public final class FacetLabels {

    private FacetLabels() {}

    /** The label of {@code value} of the facet {@code facetKey}. */
    public static String label(String facetKey, String value, Locale locale) {
        return switch (facetKey) {
            case "format" ->
                    Messages.has("format." + value)
                            ? Messages.text(locale, "format." + value)
                            : value;
            case "language" -> LanguageNames.name(value, locale);
            default -> value;
        };
    }
}
