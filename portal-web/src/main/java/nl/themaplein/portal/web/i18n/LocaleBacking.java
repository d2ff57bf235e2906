package nl.themaplein.portal.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the page: the visitor's own choice (a cookie set by {@link LanguageServlet}) or
 * else what the browser asks for (Accept-Language), Dutch when neither says anything we speak. Kept
 * out of the session so an anonymous visitor needs none.
 */
@Named
@RequestScoped
public class LocaleBacking {

    @Inject private HttpServletRequest request;

    private Locale locale;

    /**
     * Session attribute holding the language of the account that logged in, set at login when the
     * visitor had not chosen a language with the switch.
     */
    public static final String ACCOUNT_LANGUAGE = LocaleBacking.class.getName() + ".account";

    /** The page's locale: the switch's choice, else the account's language, else the browser's. */
    public Locale getLocale() {
        if (locale == null) {
            locale =
                    chosen(request).or(() -> accountLanguage(request)).orElseGet(this::fromBrowser);
        }
        return locale;
    }

    private static Optional<Locale> accountLanguage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ACCOUNT_LANGUAGE) instanceof Locale account
                ? Optional.of(Messages.supported(account))
                : Optional.empty();
    }

    /** The language code for the {@code lang} attribute of the page. */
    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The other language, offered by the language switch. */
    public Locale getAlternative() {
        return Messages.DUTCH.equals(getLocale()) ? Messages.ENGLISH : Messages.DUTCH;
    }

    /** The name of the other language in that language ("English", "Nederlands"). */
    public String getAlternativeName() {
        Locale alternative = getAlternative();
        return capitalised(alternative.getDisplayLanguage(alternative), alternative);
    }

    /** The language switch: {@link LanguageServlet} with the other language and this page. */
    public String getSwitchUrl() {
        return request.getContextPath()
                + "/language?to="
                + getAlternative().getLanguage()
                + "&next="
                + URLEncoder.encode(currentPage(), StandardCharsets.UTF_8);
    }

    /** This page's path and query; on an error page, the page that failed. */
    private String currentPage() {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failed != null) {
            return failed.toString().substring(request.getContextPath().length());
        }
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String query =
                forwarded != null
                        ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                        : request.getQueryString();
        String path = uri.substring(request.getContextPath().length());
        return query == null ? path : path + "?" + query;
    }

    /** The language the visitor chose with the switch (a cookie), if any. */
    public static Optional<Locale> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> LanguageServlet.COOKIE.equals(cookie.getName()))
                .map(cookie -> Locale.of(cookie.getValue()))
                .map(Messages::supported)
                .findFirst();
    }

    private Locale fromBrowser() {
        if (request.getHeader("Accept-Language") == null) {
            // Without the header the container falls back to the server's locale; ours is Dutch.
            return Messages.DUTCH;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale calculated =
                faces == null
                        ? request.getLocale()
                        : faces.getApplication().getViewHandler().calculateLocale(faces);
        return Messages.supported(calculated);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
