package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.themaplein.portal.setup.demo.DemoAccounts;

/** Logging in through the login form over plain HTTP, as a browser without JavaScript would. */
final class PageLogin {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private PageLogin() {}

    /** A new cookie session of {@code http}, logged in as the demo account {@code email}. */
    static Http session(Http http, String email) {
        Http session = http.withCookies();
        HttpResponse<String> response = post(session, email, DemoAccounts.PASSWORD);
        assertThat(response.statusCode())
                .as("login of " + email + ": " + response.body())
                .isEqualTo(302);
        return session;
    }

    /** Posts the login form of a freshly rendered login page of this session. */
    static HttpResponse<String> post(Http session, String email, String password) {
        String state = viewState(session.get("login.xhtml").body());
        String form =
                "login=login&login%3Ausername="
                        + Http.encode(email)
                        + "&login%3Apassword="
                        + Http.encode(password)
                        + "&login%3Anext=&login%3Asubmit=&jakarta.faces.ViewState="
                        + Http.encode(state);
        return session.post(
                "login.xhtml",
                form.getBytes(StandardCharsets.UTF_8),
                "Content-Type",
                "application/x-www-form-urlencoded");
    }

    /** The view state id in a rendered page. */
    static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertThat(matcher.find()).as("a view state in the page").isTrue();
        return matcher.group(1);
    }
}
