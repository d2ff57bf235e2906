package nl.themaplein.portal.web.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.themaplein.search.ingest.Format;

/**
 * The one normalisation of facet values, shared by the search page and the REST API so that both
 * select the same records for the same URL: {@code format} is a {@link Format} name in any case,
 * {@code language} a three-letter MARC code in any case, {@code year} a year or a range of years
 * ({@code 1990-1999}, {@code -1899}, {@code 2000-}); other facets take any text.
 */
public final class FacetValues {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern YEAR = Pattern.compile("(\\d{1,4})?-(\\d{1,4})?|\\d{1,4}");

    private FacetValues() {}

    /**
     * The value as the search expects it, or empty when it is no valid value of facet {@code key}.
     */
    public static Optional<String> normalise(String key, String value) {
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            return Optional.empty();
        }
        return switch (key) {
            case "format" -> format(stripped);
            case "language" ->
                    LANGUAGE.matcher(stripped).matches()
                            ? Optional.of(stripped.toLowerCase(Locale.ROOT))
                            : Optional.empty();
            case "year" ->
                    YEAR.matcher(stripped).matches() && !"-".equals(stripped)
                            ? Optional.of(stripped)
                            : Optional.empty();
            default -> Optional.of(value);
        };
    }

    /** Message key explaining the valid values of facet {@code key}. */
    public static String problemKey(String key) {
        return switch (key) {
            case "format" -> "api.format.invalid";
            case "language" -> "api.language.invalid";
            case "year" -> "api.yearFacet.invalid";
            default -> "api.facetValue.invalid";
        };
    }

    private static Optional<String> format(String value) {
        String name = value.toUpperCase(Locale.ROOT);
        return Arrays.stream(Format.values()).anyMatch(format -> format.name().equals(name))
                ? Optional.of(name)
                : Optional.empty();
    }
}
