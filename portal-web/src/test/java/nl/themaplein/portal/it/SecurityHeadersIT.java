package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import nl.themaplein.portal.it.PortalDeployment.Demo;
import nl.themaplein.portal.setup.demo.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security headers on each kind of answer: a page, an API answer, an error page, an API error and a
 * static resource: a Content-Security-Policy that forbids framing, {@code nosniff}, a referrer
 * policy, {@code X-Frame-Options}, no server version; and {@code Cache-Control: no-store} on pages
 * and API answers for a logged-in caller.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    @ArquillianResource private URL base;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.create("security-headers", Demo.ON);
    }

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void aPageHasAStrictPolicyWithTheNonceOfItsScripts() {
        HttpResponse<String> page = http.get("index.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertCommonHeaders("page", page);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .containsPattern("script-src 'self' 'nonce-[^']+'");
        assertThat(csp).doesNotContain("unsafe-eval");
    }

    @Test
    void apiAnswersErrorPagesAndStaticFilesHaveTheirHeadersToo() {
        for (String path :
                List.of(
                        "api/v1/search?q=molen",
                        "api/v1/records/bestaat-niet",
                        "bestaat-niet.xhtml",
                        "jakarta.faces.resource/portal.css.xhtml?ln=themaplein",
                        "resources/themaplein/favicon.svg")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isIn(200, 404);
            assertCommonHeaders(path, response);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        }
        assertThat(
                        http.get("api/v1/search?q=molen")
                                .headers()
                                .firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'none'"));
        assertThat(http.get("bestaat-niet.xhtml").statusCode()).isEqualTo(404);
    }

    @Test
    void answersForALoggedInCallerAreNotStored() {
        Http session = PageLogin.session(http, "lid@example.org");
        for (String page : List.of("index.xhtml", "search.xhtml?q=molen")) {
            HttpResponse<String> response = session.get(page);
            assertThat(response.body()).contains("id=\"caller-name\"");
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(page)
                    .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        }
        HttpResponse<String> api =
                http.get(
                        "api/v1/me",
                        "Authorization",
                        Http.basic("lid@example.org", DemoAccounts.PASSWORD));
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        HttpResponse<String> search =
                http.get(
                        "api/v1/search?q=molen",
                        "Authorization",
                        Http.basic("lid@example.org", DemoAccounts.PASSWORD));
        assertThat(search.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    private static void assertCommonHeaders(String what, HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options"))
                .as(what)
                .hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy"))
                .as(what)
                .hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(what).isPresent();
        assertThat(response.headers().firstValue("Server").orElse(""))
                .as(what + ": Server header")
                .doesNotContainPattern("[0-9]");
        assertThat(response.headers().firstValue("X-Powered-By").orElse(""))
                .as(what + ": X-Powered-By")
                .doesNotContainPattern("[0-9]");
    }
}
