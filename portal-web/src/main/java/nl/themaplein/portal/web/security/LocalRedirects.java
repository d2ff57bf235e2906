package nl.themaplein.portal.web.security;

/**
 * Redirect targets that come from a request ({@code next} after login or a language switch) are
 * followed only when they are a path inside the portal, so no link to the portal can send a visitor
 * on to another site.
 */
public final class LocalRedirects {

    private LocalRedirects() {}

    /** {@code next} when it is a plain path inside the portal, else {@code "/"} (the home page). */
    public static String localPath(String next) {
        boolean local =
                next != null
                        && next.startsWith("/")
                        && !next.startsWith("//")
                        && next.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c));
        return local ? next : "/";
    }
}
