package nl.themaplein.portal.privacy;

import jakarta.json.JsonValue;

/**
 * A part of the portal that keeps personal data adds it to "download my data" by being a CDI bean
 * implementing this: activities, polls, … each add their own section without the export knowing
 * them. Runs inside the export's transaction.
 */
public interface PersonalDataContributor {

    /** Name of the section in the export, e.g. {@code "consents"}; unique across contributors. */
    String section();

    /** Everything this part keeps about the account, as JSON. */
    JsonValue export(long accountId);
}
