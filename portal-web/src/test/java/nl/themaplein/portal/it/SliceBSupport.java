package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.themaplein.portal.it.PortalDeployment.Demo;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the slice B integration tests share: their deployment (demo content plus {@link
 * TestAccounts}), fresh accounts with unique addresses, requests with any method, and a page
 * session that logs in through the real login form.
 */
final class SliceBSupport {

    static final String PASSWORD = "geheim-wachtwoord-42";

    private SliceBSupport() {}

    static WebArchive deployment(String name) {
        return PortalDeployment.create(name, Demo.ON).addClass(TestAccounts.class);
    }

    /** A unique address for a fresh account. */
    static String freshEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Opens a confirmed member account with {@link #PASSWORD}; answers its id. */
    static long createMember(
            URL base, String email, String name, String branch, String member, String themes) {
        return createMember(base, email, name, PASSWORD, branch, member, themes);
    }

    /** Opens a confirmed member account; answers its id. */
    static long createMember(
            URL base,
            String email,
            String name,
            String password,
            String branch,
            String member,
            String themes) {
        String query =
                "email="
                        + Http.encode(email)
                        + "&name="
                        + Http.encode(name)
                        + "&password="
                        + Http.encode(password)
                        + "&branch="
                        + Http.encode(branch)
                        + "&member="
                        + Http.encode(member == null ? "" : member)
                        + "&themes="
                        + Http.encode(themes == null ? "" : themes);
        HttpResponse<String> response =
                send(
                        HttpClient.newHttpClient(),
                        HttpRequest.newBuilder(URI.create(base + "test-support/accounts?" + query))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Long.parseLong(response.body().strip());
    }

    /** A request with Basic credentials, any method, optional JSON body. */
    static HttpResponse<String> api(
            URL base, String method, String path, String user, String password, String json) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept-Language", "nl");
        if (user != null) {
            builder.header("Authorization", Http.basic(user, password));
        }
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(
                method,
                json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return send(HttpClient.newHttpClient(), builder.build());
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A browser-like session on the pages: cookies kept, redirects not followed. */
    static final class PageSession {

        private static final Pattern VIEW_STATE =
                Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

        private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

        private final URL base;
        private final HttpClient client =
                HttpClient.newBuilder()
                        .cookieHandler(new Http.TestServerCookies())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();

        PageSession(URL base) {
            this.base = base;
        }

        /** Logs in through the login form; true when the portal accepted it. */
        boolean login(String email, String password) {
            HttpResponse<String> form = get("login.xhtml");
            String body =
                    "login=login"
                            + "&login%3Anext="
                            + "&login%3Ausername="
                            + Http.encode(email)
                            + "&login%3Apassword="
                            + Http.encode(password)
                            + "&login%3Asubmit="
                            + "&jakarta.faces.ViewState="
                            + Http.encode(viewState(form.body()));
            HttpResponse<String> answer = post("login.xhtml", body);
            return answer.statusCode() == 302
                    && !answer.headers().firstValue("Location").orElse("").contains("login");
        }

        HttpResponse<String> get(String path) {
            return send(
                    client,
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept-Language", "nl")
                            .GET()
                            .build());
        }

        HttpResponse<String> post(String path, String formBody) {
            return send(
                    client,
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept-Language", "nl")
                            .POST(HttpRequest.BodyPublishers.ofString(formBody))
                            .build());
        }

        /**
         * The fields a Faces post of {@code html}'s form needs besides its own: the view state and
         * the CSP nonce PrimeFaces' script would add (it refuses a post without it).
         */
        static String hiddenFields(String html) {
            Matcher nonce = NONCE.matcher(html);
            return "&jakarta.faces.ViewState="
                    + Http.encode(viewState(html))
                    + (nonce.find() ? "&primefaces.nonce=" + Http.encode(nonce.group(1)) : "");
        }

        static String viewState(String html) {
            Matcher matcher = VIEW_STATE.matcher(html);
            assertThat(matcher.find()).as("a Faces form on the page").isTrue();
            return matcher.group(1);
        }
    }
}
