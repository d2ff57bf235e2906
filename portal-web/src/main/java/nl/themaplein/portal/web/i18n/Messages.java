package nl.themaplein.portal.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's user-facing texts outside Faces pages (REST problem details, error pages written by
 * servlets): the same bundle the pages use as {@code #{msg}}, Dutch first, English second.
 */
public final class Messages {

    /** Base name of the bundle; {@code faces-config.xml} registers the same one as {@code msg}. */
    public static final String BUNDLE = "nl.themaplein.portal.web.i18n.messages";

    /** The portal's own language, used whenever nothing else is asked for. */
    public static final Locale DUTCH = Locale.of("nl");

    /** The second language. */
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private Messages() {}

    /**
     * Returns the text of {@code key} in {@code locale}, with {@code arguments} filled in ({@link
     * MessageFormat} syntax), or the key itself when the bundle lacks it.
     */
    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0
                    ? pattern
                    : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException ignore) {
            return key;
        }
    }

    /** Whether the bundle knows {@code key}. */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, DUTCH).containsKey(key);
    }

    /** The supported locale that matches {@code locale} by language, else Dutch. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return DUTCH;
        }
        return SUPPORTED.stream()
                .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(DUTCH);
    }

    /** The first supported locale in an Accept-Language list (already sorted by preference). */
    public static Locale firstSupported(List<Locale> acceptable) {
        return acceptable.stream()
                .filter(
                        locale ->
                                SUPPORTED.stream()
                                        .anyMatch(
                                                candidate ->
                                                        candidate
                                                                .getLanguage()
                                                                .equals(locale.getLanguage())))
                .findFirst()
                .map(Messages::supported)
                .orElse(DUTCH);
    }
}
