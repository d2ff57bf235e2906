package nl.themaplein.portal.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.text.Messages;

/**
 * Mail texts: the templates (keys {@code mail.…} of the bundle {@code
 * nl.themaplein.portal.Messages}, in the member's language) and the escaping for where inserted
 * values land. Mails are plain text: values inserted into a body lose control characters (no fake
 * lines or headers); a subject is one line; links are built by the caller from {@code
 * portal.base-url} and a URL-safe token.
 */
public final class MailText {

    private MailText() {}

    /** The template {@code key} in {@code language} with {@code values} inserted as plain text. */
    public static String format(Language language, String key, Object... values) {
        ResourceBundle bundle = Messages.bundle(language);
        Object[] safe = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            safe[i] = values[i] instanceof String text ? oneLine(text) : values[i];
        }
        Locale locale = language.locale();
        return new MessageFormat(bundle.getString(key), locale).format(safe);
    }

    /** Text for a header: one line, no control characters, at most {@code max} characters. */
    static String headerValue(String text, int max) {
        return cut(oneLine(text), max);
    }

    /** The text on one line: line breaks and other control characters become spaces. */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        c -> {
                            if (Character.isISOControl(c)
                                    || c == 0x2028
                                    || c == 0x2029
                                    || c == 0x85) {
                                out.append(' ');
                            } else {
                                out.appendCodePoint(c);
                            }
                        });
        return out.toString().strip();
    }

    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max);
    }
}
