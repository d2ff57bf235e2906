package nl.themaplein.portal.web.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import nl.themaplein.portal.error.PortalException;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.text.Messages;

/** Shows a refusal of the domain next to the field it names, in the page's language. */
final class FormErrors {

    private FormErrors() {}

    /** Adds the message of {@code refusal} for the component {@code clientId} (null: the form). */
    static void show(FacesContext faces, String clientId, PortalException refusal, Locale locale) {
        faces.addMessage(
                clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(refusal, locale), null));
        faces.validationFailed();
    }

    /** The text of a domain message key in the page's language. */
    static String text(PortalException refusal, Locale locale) {
        Language language = Language.of(locale);
        try {
            String pattern = Messages.bundle(language).getString(refusal.messageKey());
            return new MessageFormat(pattern, locale).format(refusal.arguments().toArray());
        } catch (MissingResourceException e) {
            return refusal.messageKey();
        }
    }
}
