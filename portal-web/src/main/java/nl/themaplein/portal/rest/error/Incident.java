package nl.themaplein.portal.rest.error;

import java.util.UUID;

/** Incident ids: one per problem answered, in the response and in the log line about it. */
public final class Incident {

    private Incident() {}

    /** A fresh incident id as a URN, the form {@link Problem#instance()} carries. */
    public static String newId() {
        return "urn:uuid:" + UUID.randomUUID();
    }
}
