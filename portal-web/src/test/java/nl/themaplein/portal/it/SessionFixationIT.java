package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.themaplein.portal.it.PortalDeployment.Demo;
import nl.themaplein.portal.setup.demo.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Case C26 (session fixation) with its expected values: no {@code ;jsessionid=} in any link when
 * cookies are off; the session id issued before login (S0) is not the one after (S1); S0 is
 * anonymous after the login, on a protected page and on {@code /api/v1/me}; S1 is anonymous after
 * logout; the session cookie is HttpOnly, Secure and SameSite. Sessions are handled by hand (a
 * {@code Cookie} header per request) so the test sees exactly which id goes where. Chromium on
 * {@code http://localhost} still logs in with the always-Secure cookie.
 */
@ExtendWith(ArquillianExtension.class)
class SessionFixationIT {

    /** A page behind the {@code /my/*} constraint (any logged-in account). */
    static final String PROTECTED_PAGE = "my/profile.xhtml";

    private static final String MEMBER = "lid@example.org";
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    @ArquillianResource private URL base;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.create("session-fixation", Demo.ON);
    }

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void withCookiesOffNoLinkCarriesTheSessionId_t1() {
        for (String page : List.of("", "index.xhtml", "search.xhtml?q=molen", "login.xhtml")) {
            HttpResponse<String> response = http.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body().toLowerCase(java.util.Locale.ROOT))
                    .as(page)
                    .doesNotContain(";jsessionid=");
            assertThat(response.headers().firstValue("Location")).isEmpty();
        }
        HttpResponse<String> redirect = http.get(PROTECTED_PAGE);
        assertThat(redirect.headers().firstValue("Location").orElse(""))
                .doesNotContainIgnoringCase(";jsessionid=");
    }

    @Test
    void theSessionIdChangesAtLoginAndTheOldOneStaysAnonymous_t2_t3() {
        String s0 = sessionOf(http.get("login.xhtml")).orElseThrow();
        assertThat(get(PROTECTED_PAGE, s0).statusCode())
                .as("anonymous before login")
                .isEqualTo(302);

        HttpResponse<String> login = login(s0);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        String s1 =
                sessionOf(login)
                        .orElseThrow(() -> new AssertionError("no new session id at login"));

        assertThat(s1).isNotEqualTo(s0);
        HttpResponse<String> withS1 = get(PROTECTED_PAGE, s1);
        assertThat(withS1.statusCode()).as("S1 is logged in").isNotEqualTo(302);
        assertThat(get("", s1).body()).contains("id=\"caller-name\"");

        HttpResponse<String> withS0 = get(PROTECTED_PAGE, s0);
        assertThat(withS0.statusCode()).as("S0 after the login").isEqualTo(302);
        assertThat(withS0.headers().firstValue("Location").orElse("")).contains("login.xhtml");
        assertThat(get("", s0).body()).doesNotContain("id=\"caller-name\"");

        HttpResponse<String> api = get("api/v1/me", s0);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(get("api/v1/me", s1).statusCode())
                .as("the API never takes a session")
                .isEqualTo(401);
    }

    @Test
    void afterLogoutTheSessionIsAnonymous_t4() {
        String s0 = sessionOf(http.get("login.xhtml")).orElseThrow();
        HttpResponse<String> login = login(s0);
        String s1 = sessionOf(login).orElseThrow();
        HttpResponse<String> home = get("", s1);
        assertThat(home.body()).contains("id=\"caller-name\"");

        String form =
                "logout=logout&logout%3AlogoutButton=&jakarta.faces.ViewState="
                        + Http.encode(PageLogin.viewState(home.body()));
        HttpResponse<String> logout =
                http.post(
                        "index.xhtml",
                        form.getBytes(StandardCharsets.UTF_8),
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Cookie",
                        "JSESSIONID=" + s1);
        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(302);

        HttpResponse<String> after = get(PROTECTED_PAGE, s1);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).contains("login.xhtml");
        assertThat(get("", s1).body()).doesNotContain("id=\"caller-name\"");
        assertThat(get("api/v1/me", s1).statusCode()).isEqualTo(401);
    }

    @Test
    void theSessionCookieIsHttpOnlySecureAndSameSite_e5() {
        HttpResponse<String> page = http.get("login.xhtml");
        String cookie =
                page.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no session cookie"));
        List<String> attributes =
                List.of(cookie.split(";")).stream()
                        .map(a -> a.strip().toLowerCase(java.util.Locale.ROOT))
                        .toList();

        assertThat(attributes).contains("httponly", "secure");
        assertThat(attributes).anyMatch(a -> a.startsWith("samesite="));

        String renewed =
                login(sessionOf(page).orElseThrow()).headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .findFirst()
                        .orElseThrow();
        assertThat(renewed.toLowerCase(java.util.Locale.ROOT))
                .contains("httponly")
                .contains("secure")
                .contains("samesite=");
    }

    @Test
    void chromiumLogsInOverHttpLocalhostWithTheSecureCookie() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        // Browsers count http://localhost as a secure context; another host name would not be.
        String localhost = "http://localhost:" + base.getPort() + Http.withSlash(base).getPath();
        WebDriver browser = Browser.start();
        try {
            browser.get(localhost + "login.xhtml");
            assertThat(browser.manage().getCookieNamed("JSESSIONID"))
                    .as(
                            "Chromium keeps the Secure session cookie of "
                                    + localhost
                                    + "; it has "
                                    + browser.manage().getCookies())
                    .isNotNull();
            browser.findElement(By.id("login:username")).sendKeys(MEMBER);
            browser.findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("caller-name")));

            Cookie session = browser.manage().getCookieNamed("JSESSIONID");
            assertThat(session).isNotNull();
            assertThat(session.isSecure()).isTrue();
            assertThat(session.isHttpOnly()).isTrue();

            browser.get(localhost + "search.xhtml?q=molen");
            assertThat(browser.findElements(By.id("caller-name")))
                    .as("still logged in")
                    .isNotEmpty();
        } finally {
            browser.quit();
        }
    }

    private HttpResponse<String> login(String session) {
        HttpResponse<String> page = get("login.xhtml", session);
        String form =
                "login=login&login%3Ausername="
                        + Http.encode(MEMBER)
                        + "&login%3Apassword="
                        + Http.encode(DemoAccounts.PASSWORD)
                        + "&login%3Anext=&login%3Asubmit=&jakarta.faces.ViewState="
                        + Http.encode(PageLogin.viewState(page.body()));
        return http.post(
                "login.xhtml",
                form.getBytes(StandardCharsets.UTF_8),
                "Content-Type",
                "application/x-www-form-urlencoded",
                "Cookie",
                "JSESSIONID=" + session);
    }

    private HttpResponse<String> get(String path, String session) {
        return http.get(path, "Cookie", "JSESSIONID=" + session);
    }

    private static Optional<String> sessionOf(HttpResponse<String> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher matcher = SESSION_COOKIE.matcher(cookie);
            if (cookie.startsWith("JSESSIONID=") && matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }
}
