package nl.themaplein.portal.library;

import nl.themaplein.portal.error.PortalException;

/**
 * The caller may not change this organisation: staff act only on their own organisation, the shared
 * themes and new organisations are for administrators. The REST API answers 403, pages their "not
 * found" page, so a refusal does not reveal more than a missing page.
 */
public class OrganisationAccessException extends PortalException {

    public OrganisationAccessException(long accountId, String what) {
        super("Account " + accountId + " may not change " + what, LibraryMessages.NOT_PERMITTED);
    }
}
