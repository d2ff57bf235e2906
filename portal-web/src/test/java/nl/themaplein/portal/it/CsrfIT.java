package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.themaplein.portal.it.PortalDeployment.Demo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-site request forgery: every Faces form of the portal refuses a post that does not carry a
 * view state the caller's session rendered. The forms are discovered: every page of the WAR (with
 * the sample query of {@code access-matrix.tsv}) is rendered for an anonymous visitor and for
 * logged-in accounts, and each {@code method="post"} form in it is posted back as the browser
 * would, but with the view state of another session, with a made-up one, and with none. Each answer
 * must be a 4xx page (never a 500, never the redirect of a done action) and the session must be as
 * logged in or out as before.
 */
@ExtendWith(ArquillianExtension.class)
class CsrfIT {

    private static final Pattern FORM =
            Pattern.compile(
                    "<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD =
            Pattern.compile("<(input|button|select|textarea)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    /** Who renders the pages: anonymous, and accounts that see the most forms. */
    private static final List<String> CALLERS =
            java.util.Arrays.asList(
                    null,
                    "lid@example.org",
                    "medewerker.lingestroom@example.org",
                    "beheer@example.org");

    @ArquillianResource private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.create("csrf", Demo.ON);
    }

    @Test
    void everyFormRefusesAPostWithoutAViewStateOfTheSession() {
        Http http = new Http(base);
        Map<String, String> samples = samples();
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();

        for (String email : CALLERS) {
            for (String page : AccessMatrixIT.pages()) {
                String path = page.substring("PAGE /".length()) + samples.getOrDefault(page, "");
                Http victim = email == null ? http.withCookies() : PageLogin.session(http, email);
                Http attacker = email == null ? http.withCookies() : PageLogin.session(http, email);
                HttpResponse<String> rendered = victim.get(path);
                if (rendered.statusCode() != 200) {
                    continue;
                }
                for (Form form : forms(rendered.body())) {
                    String label =
                            path
                                    + " form "
                                    + form.id()
                                    + " as "
                                    + (email == null ? "anonymous" : email);
                    checked.add(label);
                    String foreign = stateOf(attacker.get(path).body(), form.id());
                    Map<String, String> forgeries = new LinkedHashMap<>();
                    forgeries.put("view state of another session", foreign);
                    forgeries.put("made-up view state", "-4711:1234567890123456789");
                    forgeries.put("no view state", null);
                    for (Map.Entry<String, String> forgery : forgeries.entrySet()) {
                        boolean loggedInBefore = loggedIn(victim);
                        HttpResponse<String> answer = post(victim, form, forgery.getValue());
                        int status = answer.statusCode();
                        if (status < 400 || status >= 500) {
                            wrong.add(label + ", " + forgery.getKey() + ": answered " + status);
                        } else if (!answer.headers()
                                .firstValue("Content-Type")
                                .orElse("")
                                .startsWith("text/html")) {
                            wrong.add(label + ", " + forgery.getKey() + ": not a page");
                        }
                        if (loggedIn(victim) != loggedInBefore) {
                            wrong.add(
                                    label + ", " + forgery.getKey() + ": the login state changed");
                        }
                    }
                }
            }
        }
        assertThat(checked)
                .as("forms found")
                .anyMatch(f -> f.contains("login.xhtml form login"))
                .anyMatch(f -> f.contains("form logout"));
        assertThat(wrong).as("forms checked: " + checked).isEmpty();
    }

    @Test
    void theRealViewStateStillWorks() {
        Http session = new Http(base).withCookies();
        HttpResponse<String> login =
                PageLogin.post(
                        session,
                        "lid@example.org",
                        nl.themaplein.portal.setup.demo.DemoAccounts.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(loggedIn(session)).isTrue();
    }

    @Test
    void aRefusedLoginWithoutJavaScriptShowsTheFormAgain() {
        Http session = new Http(base).withCookies();
        Form login =
                forms(session.get("login.xhtml").body()).stream()
                        .filter(f -> f.id().equals("login"))
                        .findFirst()
                        .orElseThrow();
        assertThat(login.fields())
                .as("the nonce is in the form without JavaScript")
                .containsKey("primefaces.nonce");
        Map<String, String> fields = new LinkedHashMap<>(login.fields());
        fields.put("login:username", "lid@example.org");
        fields.put("login:password", "not the password");
        Form typed = new Form(login.id(), login.action(), fields);

        HttpResponse<String> answer =
                post(session, typed, login.fields().get("jakarta.faces.ViewState"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"login:messages\"").contains("lid@example.org");
        assertThat(loggedIn(session)).isFalse();
    }

    record Form(String id, String action, Map<String, String> fields) {}

    private static boolean loggedIn(Http session) {
        return session.get("index.xhtml").body().contains("id=\"caller-name\"");
    }

    private HttpResponse<String> post(Http session, Form form, String viewState) {
        StringBuilder body = new StringBuilder();
        form.fields()
                .forEach(
                        (name, value) -> {
                            if (!name.equals("jakarta.faces.ViewState")) {
                                body.append(body.isEmpty() ? "" : "&")
                                        .append(Http.encode(name))
                                        .append('=')
                                        .append(Http.encode(value));
                            }
                        });
        if (viewState != null) {
            body.append("&jakarta.faces.ViewState=").append(Http.encode(viewState));
        }
        String action = form.action().replace("&amp;", "&");
        String path =
                action.startsWith(base.getPath())
                        ? action.substring(base.getPath().length())
                        : action.replaceFirst("^/", "");
        return session.post(
                path,
                body.toString().getBytes(StandardCharsets.UTF_8),
                "Content-Type",
                "application/x-www-form-urlencoded");
    }

    static List<Form> forms(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher matcher = FORM.matcher(html);
        while (matcher.find()) {
            String attributes = matcher.group(1);
            if (!"post".equalsIgnoreCase(attribute(attributes, "method"))) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher field = FIELD.matcher(matcher.group(2));
            boolean submitTaken = false;
            while (field.find()) {
                String name = attribute(field.group(2), "name");
                String type = attribute(field.group(2), "type");
                if (name == null) {
                    continue;
                }
                boolean submit =
                        "submit".equalsIgnoreCase(type)
                                || field.group(1).equalsIgnoreCase("button");
                if (submit && submitTaken) {
                    continue;
                }
                submitTaken |= submit;
                String value = attribute(field.group(2), "value");
                fields.putIfAbsent(name, value == null ? "x" : value);
            }
            forms.add(
                    new Form(attribute(attributes, "id"), attribute(attributes, "action"), fields));
        }
        return forms;
    }

    private static String stateOf(String html, String formId) {
        for (Form form : forms(html)) {
            if (form.id().equals(formId)) {
                return form.fields().get("jakarta.faces.ViewState");
            }
        }
        throw new AssertionError("the other session's page has no form " + formId);
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher =
                Pattern.compile(
                                "(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"",
                                Pattern.CASE_INSENSITIVE)
                        .matcher(attributes);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The sample query of each page in the access matrix. */
    private static Map<String, String> samples() {
        Map<String, String> samples = new LinkedHashMap<>();
        try (InputStream in =
                CsrfIT.class.getClassLoader().getResourceAsStream("access-matrix.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split("\t");
                if (cells.length > 1 && cells[0].startsWith("PAGE ") && cells[1].startsWith("?")) {
                    samples.put(cells[0], cells[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }
}
