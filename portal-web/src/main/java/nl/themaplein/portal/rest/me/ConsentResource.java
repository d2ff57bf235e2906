package nl.themaplein.portal.rest.me;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.themaplein.portal.privacy.ConsentPurpose;
import nl.themaplein.portal.privacy.ConsentService;
import nl.themaplein.portal.rest.error.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/me/consents}: the caller's consent per purpose, with the moment of the last
 * change, and the history. {@code PUT} takes an object of purposes to true or false, e.g. {@code
 * {"NEWSLETTER": true}}; purposes left out stay as they are. Any logged-in account (web.xml).
 */
@Path("me/consents")
@RequestScoped
@PermitAll
@Tag(name = "me", description = "The caller's own account")
public class ConsentResource {

    @Inject private ConsentService consents;

    @Context private SecurityContext security;

    /** One purpose, or one change of it; {@code changedAt} is null (and written) when never. */
    @JsonbNillable
    public record ConsentView(String purpose, boolean granted, Instant changedAt) {}

    /** The answer: the current state of every purpose and every change, oldest first. */
    public record ConsentsResponse(List<ConsentView> consents, List<ConsentView> history) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's consents per purpose, and their history")
    @APIResponse(responseCode = "200", description = "Current state and history")
    @APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)")
    public ConsentsResponse get() {
        return response(Caller.accountId(security));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give or withdraw consents; purposes left out stay as they are")
    @APIResponse(responseCode = "200", description = "The consents after the change")
    @APIResponse(responseCode = "400", description = "An unknown purpose or a value not true/false")
    @APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)")
    public ConsentsResponse put(String text) {
        long accountId = Caller.accountId(security);
        // Read here, not by the server's JSON-P provider: an array or scalar is 400, not a 500.
        JsonObject body = object(text);
        Map<ConsentPurpose, Boolean> wanted = new EnumMap<>(ConsentPurpose.class);
        for (Map.Entry<String, JsonValue> entry : body.entrySet()) {
            ConsentPurpose purpose = purpose(entry.getKey());
            JsonValue value = entry.getValue();
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw ProblemException.invalidParameter(
                        entry.getKey(), "privacy.api.consents.value");
            }
            wanted.put(purpose, value == JsonValue.TRUE);
        }
        consents.change(accountId, wanted);
        return response(accountId);
    }

    private static JsonObject object(String text) {
        if (text == null || text.isBlank() || text.length() > 64 * 1024) {
            throw ProblemException.invalidParameter("body", "privacy.api.consents.body");
        }
        try (jakarta.json.JsonReader reader =
                jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            if (reader.readValue() instanceof JsonObject object) {
                return object;
            }
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            // not JSON: refused below
        }
        throw ProblemException.invalidParameter("body", "privacy.api.consents.body");
    }

    private static ConsentPurpose purpose(String name) {
        try {
            return ConsentPurpose.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalidParameter(
                    name.length() > 60 ? name.substring(0, 60) : name,
                    "privacy.api.consents.purpose");
        }
    }

    private ConsentsResponse response(long accountId) {
        List<ConsentView> current =
                consents.current(accountId).values().stream()
                        .map(c -> new ConsentView(c.purpose().name(), c.granted(), c.changedAt()))
                        .toList();
        List<ConsentView> history =
                consents.history(accountId).stream()
                        .map(
                                c ->
                                        new ConsentView(
                                                c.getPurpose().name(),
                                                c.isGranted(),
                                                c.getChangedAt()))
                        .toList();
        return new ConsentsResponse(current, history);
    }
}
