package nl.themaplein.portal.error;

import nl.themaplein.portal.text.Messages;

/**
 * A {@code get…} found nothing: the caller named an organisation, branch, theme … that is not
 * there.
 */
public class NoSuchEntityException extends PortalException {

    private final String entity;
    private final String identifier;

    /**
     * @param entity kind of thing, e.g. "branch"
     * @param identifier what it was looked for by; never personal data such as an e-mail address,
     *     since it goes into logs
     */
    public NoSuchEntityException(String entity, Object identifier) {
        super("No " + entity + " " + identifier, Messages.NOT_FOUND);
        this.entity = entity;
        this.identifier = String.valueOf(identifier);
    }

    /** Kind of thing looked for, e.g. "branch". */
    public String entity() {
        return entity;
    }

    /** What it was looked for by. */
    public String identifier() {
        return identifier;
    }
}
