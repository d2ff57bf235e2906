package nl.themaplein.portal.web.i18n;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Names of the MARC language codes of catalogue records ("dut" → "Nederlands" or "Dutch"). MARC
 * uses the ISO 639-2 bibliographic codes; Java knows the terminology codes, which differ for about
 * twenty languages (dut/nld, fre/fra, ger/deu…), so those are mapped first. An unknown code is
 * shown as it is.
 */
public final class LanguageNames {

    private static final Map<String, String> BIBLIOGRAPHIC_TO_TERMINOLOGY =
            Map.ofEntries(
                    Map.entry("alb", "sqi"),
                    Map.entry("arm", "hye"),
                    Map.entry("baq", "eus"),
                    Map.entry("bur", "mya"),
                    Map.entry("chi", "zho"),
                    Map.entry("cze", "ces"),
                    Map.entry("dut", "nld"),
                    Map.entry("fre", "fra"),
                    Map.entry("geo", "kat"),
                    Map.entry("ger", "deu"),
                    Map.entry("gre", "ell"),
                    Map.entry("ice", "isl"),
                    Map.entry("mac", "mkd"),
                    Map.entry("mao", "mri"),
                    Map.entry("may", "msa"),
                    Map.entry("per", "fas"),
                    Map.entry("rum", "ron"),
                    Map.entry("slo", "slk"),
                    Map.entry("tib", "bod"),
                    Map.entry("wel", "cym"));

    private static final Map<String, Locale> BY_ISO3 = byIso3();

    private LanguageNames() {}

    /** The name of the language with MARC code {@code code}, in {@code locale}'s language. */
    public static String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        Locale language = BY_ISO3.get(BIBLIOGRAPHIC_TO_TERMINOLOGY.getOrDefault(lower, lower));
        if (language == null) {
            return code;
        }
        String name = language.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /**
     * The BCP 47 tag ({@code nl}, {@code en}…) of the language with MARC code {@code code}, for a
     * {@code lang} attribute; empty when the code is unknown.
     */
    public static java.util.Optional<String> languageTag(String code) {
        if (code == null || code.isBlank()) {
            return java.util.Optional.empty();
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        return java.util.Optional.ofNullable(
                        BY_ISO3.get(BIBLIOGRAPHIC_TO_TERMINOLOGY.getOrDefault(lower, lower)))
                .map(Locale::toLanguageTag);
    }

    private static Map<String, Locale> byIso3() {
        Map<String, Locale> languages = new HashMap<>();
        for (String iso2 : Locale.getISOLanguages()) {
            Locale locale = Locale.of(iso2);
            try {
                languages.put(locale.getISO3Language(), locale);
            } catch (java.util.MissingResourceException ignore) {
                // A language without a three-letter code cannot appear in a MARC record.
            }
        }
        return Map.copyOf(languages);
    }
}
