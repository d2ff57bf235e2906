package nl.themaplein.portal.web.privacy;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import nl.themaplein.portal.error.PortalException;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.web.i18n.Messages;

/**
 * What the slice B pages share: the caller's account id, messages, dates in the libraries' zone.
 */
public final class PageSupport {

    /** The zone of the libraries: dates and times on the pages are theirs. */
    public static final ZoneId LIBRARIES = ZoneId.of("Europe/Amsterdam");

    private PageSupport() {}

    /** The logged-in account's id; the pages are guarded by web.xml, so there is one. */
    public static long accountId(HttpServletRequest request) {
        Principal caller = request.getUserPrincipal();
        if (caller == null || !caller.getName().matches("[0-9]{1,18}")) {
            throw new IllegalStateException("No account logged in on a guarded page");
        }
        return Long.parseLong(caller.getName());
    }

    /** Date and time, medium style, in the libraries' zone; empty for null. */
    public static String dateTime(Instant at, Locale locale) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(LIBRARIES)
                .format(at);
    }

    /** The text of a domain exception (bundle {@code nl.themaplein.portal.Messages}). */
    public static String text(PortalException exception, Locale locale) {
        return domainText(locale, exception.messageKey(), exception.arguments().toArray());
    }

    /** A text of the domain bundle. */
    public static String domainText(Locale locale, String key, Object... arguments) {
        try {
            String pattern =
                    nl.themaplein.portal.text.Messages.bundle(Language.of(locale)).getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException unknown) {
            return key;
        }
    }

    /** Adds an error message for the component with client id {@code forId} (null: the form). */
    public static void error(FacesContext faces, String forId, String text) {
        faces.addMessage(forId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Adds an information message for the whole page. */
    public static void info(FacesContext faces, Locale locale, String key, Object... arguments) {
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO, Messages.text(locale, key, arguments), null));
    }
}
