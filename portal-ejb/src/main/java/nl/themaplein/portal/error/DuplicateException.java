package nl.themaplein.portal.error;

/**
 * Something that must be unique exists already (an e-mail address, a code). The web layer decides
 * what to tell: sign-up, for one, must not reveal that an address is known.
 */
public class DuplicateException extends PortalException {

    private final String field;

    public DuplicateException(String field, String messageKey, Object... arguments) {
        super("Duplicate " + field, messageKey, arguments);
        this.field = field;
    }

    /** Name of the field that must be unique. */
    public String field() {
        return field;
    }
}
