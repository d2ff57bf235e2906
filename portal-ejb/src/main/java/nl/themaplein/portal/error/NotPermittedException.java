package nl.themaplein.portal.error;

/**
 * The caller may not do this here: staff acting on another organisation, a non-admin granting
 * ADMIN. Checked in the services, so no page or endpoint can skip it; REST answers 403.
 */
public class NotPermittedException extends PortalException {

    public NotPermittedException(String logMessage, String messageKey, Object... arguments) {
        super(logMessage, messageKey, arguments);
    }
}
