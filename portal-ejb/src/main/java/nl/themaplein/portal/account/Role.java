package nl.themaplein.portal.account;

/**
 * What an account may do within one library organisation. The names are also the groups the
 * identity store hands to Jakarta Security, so {@code @RolesAllowed("STAFF")} reads as written.
 */
public enum Role {
    /** A library member: personal environment, sign-ups for activities. */
    MEMBER,
    /** Plans activities in the organisation's rooms. */
    ORGANISER,
    /** Curates the pages of one theme. */
    CURATOR,
    /** Library staff: manage branches, rooms and members' roles. */
    STAFF,
    /** Administers the organisation, reads the audit log. */
    ADMIN
}
