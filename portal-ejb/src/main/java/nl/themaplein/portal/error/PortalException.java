package nl.themaplein.portal.error;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Root of the failures the portal's services report on purpose: something the user or the caller
 * can act on. Each carries a message key of {@code nl.themaplein.portal.Messages} (Dutch first,
 * English too) and its arguments, so the web layer shows a message in the user's language; the Java
 * message is for logs and never shown. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public abstract class PortalException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    protected PortalException(String logMessage, String messageKey, Object... arguments) {
        super(logMessage);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** Key in {@code nl.themaplein.portal.Messages} of the message for the user. */
    public String messageKey() {
        return messageKey;
    }

    /** Arguments of the message ({@code {0}}, {@code {1}} …). */
    public List<Object> arguments() {
        return arguments;
    }
}
