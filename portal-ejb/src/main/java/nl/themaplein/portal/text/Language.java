package nl.themaplein.portal.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks: Dutch first, English too. */
public enum Language {
    NL("nl"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** ISO 639-1 code as stored, e.g. "nl". */
    public String code() {
        return code;
    }

    /** The locale for messages and formatting. */
    public Locale locale() {
        return Locale.of(code);
    }

    /** The language of a code such as "nl" or "EN", if the portal speaks it. */
    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
    }

    /** The language of a locale; Dutch for any locale the portal does not speak. */
    public static Language of(Locale locale) {
        return fromCode(locale.getLanguage()).orElse(NL);
    }
}
