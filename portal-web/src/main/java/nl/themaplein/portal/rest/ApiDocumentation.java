package nl.themaplein.portal.rest;

/**
 * Names the OpenAPI document shares between {@link ApiApplication}, where the security schemes are
 * defined, and the resources that refer to them. Payara serves the document at {@code /openapi}.
 */
public final class ApiDocumentation {

    /** Security scheme: HTTP Basic with the e-mail address and password of an account. */
    public static final String BASIC = "basic";

    /** Security scheme: a token from {@code POST /api/v1/auth/tokens}. */
    public static final String BEARER = "bearer";

    /** Media type of every error answer. */
    public static final String PROBLEM = "application/problem+json";

    private ApiDocumentation() {}
}
