package nl.themaplein.portal.web.library;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import nl.themaplein.portal.error.PortalException;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.text.Messages;

/** What the staff pages share: the caller's account id, and a service's refusal as a message. */
final class StaffForms {

    private StaffForms() {}

    /** The logged-in account's id (the caller principal's name, see AccountIdentityStore). */
    static long caller() {
        return Long.parseLong(
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getUserPrincipal()
                        .getName());
    }

    /** The service's message for a refusal, in the page's language. */
    static String text(PortalException refusal) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            String pattern = Messages.bundle(Language.of(locale)).getString(refusal.messageKey());
            return new MessageFormat(pattern, locale).format(refusal.arguments().toArray());
        } catch (MissingResourceException e) {
            return refusal.messageKey();
        }
    }

    /**
     * Shows a refusal next to the component {@code clientId} (null: at the top of the page) and
     * marks the request as failed, so the form keeps what was typed.
     */
    static void refuse(String clientId, PortalException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(refusal);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** A confirmation at the top of the page. */
    static void saved(String text) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
