package nl.themaplein.portal.error;

/**
 * A value the input policy refuses: the field it belongs to and why, so a form can show the message
 * next to the field and an API can name the parameter.
 */
public class InvalidInputException extends PortalException {

    private final String field;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super("Invalid " + field + ": " + messageKey, messageKey, arguments);
        this.field = field;
    }

    /** Name of the field or parameter, e.g. "email". */
    public String field() {
        return field;
    }
}
