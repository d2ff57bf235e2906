package nl.themaplein.portal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import nl.themaplein.portal.audit.AuditLog;

/**
 * The audit section of the export: entries where the account acted or was acted on. Other accounts
 * appear as "self" or "other", never by id or name: their data is not the member's.
 */
@ApplicationScoped
public class AuditExport implements PersonalDataContributor {

    @Inject private AuditLog audit;

    @Override
    public String section() {
        return "auditEntries";
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        audit.about(accountId)
                .forEach(
                        e -> {
                            JsonObjectBuilder entry =
                                    Json.createObjectBuilder()
                                            .add("at", e.getOccurredAt().toString())
                                            .add("action", e.getAction().name())
                                            .add("actor", who(e.getActorAccountId(), accountId))
                                            .add(
                                                    "subject",
                                                    who(e.getSubjectAccountId(), accountId));
                            PersonalDataExport.addOrNull(entry, "details", e.getDetails());
                            entries.add(entry);
                        });
        return entries.build();
    }

    private static String who(Long id, long self) {
        if (id == null) {
            return "none";
        }
        return id == self ? "self" : "other";
    }
}
