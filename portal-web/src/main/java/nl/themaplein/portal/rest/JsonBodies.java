package nl.themaplein.portal.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import nl.themaplein.portal.rest.error.ProblemException;

/**
 * Request bodies read by the resources themselves, so that a body that is not JSON of the expected
 * shape is a 400 problem naming {@code body}, never a server error. An empty body reads as {@code
 * {}}: every field absent.
 */
public final class JsonBodies {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** Longest body read, in characters; far more than any profile or login needs. */
    public static final int MAX_LENGTH = 64 * 1024;

    private JsonBodies() {}

    /** The body as a {@code type}. */
    public static <T> T read(String body, Class<T> type) {
        String json = body == null || body.isBlank() ? "{}" : body;
        if (json.length() > MAX_LENGTH) {
            throw ProblemException.invalidParameter("body", "api.body.invalid");
        }
        try {
            T value = JSONB.fromJson(json, type);
            if (value == null) {
                throw ProblemException.invalidParameter("body", "api.body.invalid");
            }
            return value;
        } catch (JsonbException | ClassCastException | IllegalArgumentException e) {
            throw ProblemException.invalidParameter("body", "api.body.invalid");
        }
    }
}
