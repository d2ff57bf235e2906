package nl.themaplein.portal.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import nl.themaplein.portal.rest.error.ProblemException;

/**
 * Reads every JSON request body of the API's own types (records and classes in {@code
 * nl.themaplein}) and JSON-P values, in place of the server's JSON-B provider, so that a body that
 * is not JSON, not an object, or has a value of the wrong type is a 400 problem naming {@code body}
 * (or the field, when one value has the wrong type) — never a server error. An empty body reaches
 * the resource as null, which the resources refuse themselves.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

    /** Longest body read, in bytes; far more than any body of the API needs. */
    public static final int MAX_BYTES = 256 * 1024;

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(
            Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonValue.class.isAssignableFrom(type)
                || type.getPackageName().startsWith("nl.themaplein.");
    }

    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        byte[] bytes = entityStream.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw refused("body");
        }
        String json = new String(bytes, StandardCharsets.UTF_8);
        if (json.isBlank()) {
            return null;
        }
        JsonValue value = parse(json);
        if (JsonValue.class.isAssignableFrom(type)) {
            if (!type.isInstance(value)) {
                throw refused("body");
            }
            return value;
        }
        if (!(value instanceof JsonObject object)) {
            throw refused("body");
        }
        try {
            Object read = JSONB.fromJson(json, genericType);
            if (read == null) {
                throw refused("body");
            }
            return read;
        } catch (RuntimeException e) {
            if (e instanceof ProblemException) {
                throw e;
            }
            throw refused(wrongField(type, object));
        }
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw refused("body");
        }
    }

    /** The first field of a record body whose value does not read as its type, else "body". */
    static String wrongField(Class<?> type, JsonObject object) {
        if (!type.isRecord()) {
            return "body";
        }
        for (RecordComponent component : type.getRecordComponents()) {
            JsonValue field = object.get(component.getName());
            if (field == null || field.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            try {
                JSONB.fromJson(field.toString(), component.getGenericType());
            } catch (RuntimeException e) {
                return component.getName();
            }
        }
        return "body";
    }

    private static ProblemException refused(String field) {
        return ProblemException.invalidParameter(field, "api.body.invalid");
    }
}
