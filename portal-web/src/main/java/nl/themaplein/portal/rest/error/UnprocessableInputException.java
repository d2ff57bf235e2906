package nl.themaplein.portal.rest.error;

import nl.themaplein.portal.error.InvalidInputException;

/**
 * A request body the input policy refuses: answered 422 by {@link UnprocessableInputMapper}, naming
 * the field, with the domain's message in the client's language. Query parameters stay 400 ({@link
 * PortalExceptionMapper}); a body that is well-formed JSON but has a refused value is 422.
 */
public class UnprocessableInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient InvalidInputException refusal;

    public UnprocessableInputException(InvalidInputException refusal) {
        super(refusal.getMessage(), refusal);
        this.refusal = refusal;
    }

    /** What the input policy refused: field, message key and its arguments. */
    public InvalidInputException refusal() {
        return refusal;
    }
}
