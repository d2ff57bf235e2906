package nl.themaplein.portal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** The consents section of the export: the current state of every purpose and every change. */
@ApplicationScoped
public class ConsentExport implements PersonalDataContributor {

    @Inject private ConsentService consents;

    @Override
    public String section() {
        return "consents";
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder current = Json.createArrayBuilder();
        consents.current(accountId)
                .values()
                .forEach(
                        c -> {
                            JsonObjectBuilder consent =
                                    Json.createObjectBuilder()
                                            .add("purpose", c.purpose().name())
                                            .add("granted", c.granted());
                            PersonalDataExport.addOrNull(consent, "changedAt", c.changedAt());
                            current.add(consent);
                        });
        JsonArrayBuilder history = Json.createArrayBuilder();
        consents.history(accountId)
                .forEach(
                        c ->
                                history.add(
                                        Json.createObjectBuilder()
                                                .add("purpose", c.getPurpose().name())
                                                .add("granted", c.isGranted())
                                                .add("changedAt", c.getChangedAt().toString())));
        return Json.createObjectBuilder().add("current", current).add("history", history).build();
    }
}
