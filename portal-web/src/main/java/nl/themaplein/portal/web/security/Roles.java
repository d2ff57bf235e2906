package nl.themaplein.portal.web.security;

/**
 * The roles the web layer checks. They are the group names the portal's IdentityStore gives an
 * account; {@code web.xml} declares them and Payara maps each group to the role of the same name.
 */
public final class Roles {

    /** A library member with an account. */
    public static final String MEMBER = "MEMBER";

    /** Organises activities in library rooms (after the library checked them). */
    public static final String ORGANISER = "ORGANISER";

    /** Keeps the page of one theme (the theme is part of the grant, see AccountRole). */
    public static final String CURATOR = "CURATOR";

    /** Library staff: imports the catalogue, manages activities and rooms. */
    public static final String STAFF = "STAFF";

    /** Administrator of the installation. */
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
