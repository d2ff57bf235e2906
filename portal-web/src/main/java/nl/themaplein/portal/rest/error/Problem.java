package nl.themaplein.portal.rest.error;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The body of every error the API returns, as {@code application/problem+json} (RFC 9457). {@code
 * instance} is the incident id that the server log carries too, so a member or a developer can
 * quote it. Nothing in a problem comes from an exception message or from Solr.
 *
 * @param type a URI naming the kind of problem, {@code about:blank} when the status says it all
 * @param title short summary of the kind of problem, in the client's language
 * @param status the HTTP status
 * @param detail what went wrong with this request and what to do about it
 * @param instance {@code urn:uuid:…} incident id, also in the log line about this problem
 * @param invalidParams the request parameters that were refused, or null
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "invalidParams"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @JsonbProperty("invalid-params") List<InvalidParam> invalidParams) {

    /** Media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The kind of problem for refused request parameters. */
    public static final String TYPE_INVALID_PARAMETER = "urn:themaplein:problem:invalid-parameter";

    /**
     * One refused parameter.
     *
     * @param name the parameter as the client spelled it in the query string
     * @param reason why it was refused and what is accepted
     */
    public record InvalidParam(String name, String reason) {}
}
