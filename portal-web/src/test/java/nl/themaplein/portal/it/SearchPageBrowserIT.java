package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import nl.themaplein.portal.it.PortalDeployment.Demo;
import nl.themaplein.portal.setup.demo.DemoAccounts;
import nl.themaplein.search.ingest.DemoCatalogue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in real headless Chromium, against the deployed WAR with the demo content: search,
 * refine with a facet, open a record, log in and out, switch language; no page may log a console
 * error (a CSP violation shows up as one).
 */
@ExtendWith(ArquillianExtension.class)
class SearchPageBrowserIT {

    private static final String MEMBER = "lid@example.org";
    private static final String STAFF = "medewerker.lingestroom@example.org";

    @ArquillianResource private URL deployed;

    private WebDriver browser;
    private String base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.create("browser", Demo.ON);
    }

    @BeforeEach
    void startBrowser() {
        assumeTrue(
                Browser.available(),
                "Skipped: chromium and chromium-driver are not installed"
                        + " (apt-get install -y chromium chromium-driver)");
        // localhost is a secure context for the browser, as the portal's own address would be.
        base = Http.withSlash(deployed).toString().replace(deployed.getHost(), "localhost");
        DemoCatalogueLoaded.await(new Http(deployed));
        browser = Browser.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void searchRefineWithAFacetAndOpenARecord() {
        // Arrange
        String subject = DemoCatalogue.themeSubjects().getFirst();
        browser.get(base + "search.xhtml");

        // Act: search
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys(subject);
        browser.findElement(By.id("search-submit")).click();
        wait(ExpectedConditions.urlContains("q="));

        // Assert: results with a count and facets
        assertThat(browser.findElement(By.id("result-count")).getText())
                .containsPattern("\\d+ resultat");
        List<WebElement> results = browser.findElements(By.cssSelector("ol.results > li"));
        assertThat(results).isNotEmpty();
        long total = count(browser.findElement(By.id("result-count")).getText());

        // Act: click the first value of the format facet
        WebElement format = browser.findElement(By.cssSelector("#facet-format a.facet-value"));
        long facetCount = count(format.findElement(By.xpath("following-sibling::span")).getText());
        format.click();
        wait(ExpectedConditions.urlContains("format="));

        // Assert: the filter is applied, on page 1, and the count is the facet's
        assertThat(browser.getCurrentUrl()).doesNotContain("page=");
        assertThat(browser.findElement(By.cssSelector("#facet-format a[aria-current=true]")))
                .isNotNull();
        assertThat(count(browser.findElement(By.id("result-count")).getText()))
                .isEqualTo(facetCount)
                .isLessThanOrEqualTo(total);

        // Act: open the first record
        WebElement title = browser.findElement(By.cssSelector("ol.results > li a.result-title"));
        String titleText = title.getText();
        title.click();
        wait(ExpectedConditions.urlContains("record.xhtml?id="));

        // Assert: the record page shows its fields
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(titleText);
        assertThat(browser.findElement(By.id("field-id")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#field-subjects a"))).isNotEmpty();
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void pagesFollowTheAccessibilityBasics() {
        for (String page : List.of("", "search.xhtml?q=" + "boek", "login.xhtml")) {
            browser.get(base + page);

            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                    .as(page)
                    .isEqualTo("nl");
            assertThat(browser.findElements(By.tagName("h1"))).as(page).hasSize(1);
            assertThat(browser.findElements(By.tagName("main"))).as(page).hasSize(1);
            assertThat(browser.findElement(By.cssSelector("a.skip-link")).getAttribute("href"))
                    .endsWith("#main");
            for (WebElement input :
                    browser.findElements(
                            By.cssSelector("input:not([type=hidden]):not([type=submit])"))) {
                String id = input.getAttribute("id");
                assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']")))
                        .as(page + " label for " + id)
                        .isNotEmpty();
            }
        }
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void languageSwitchShowsEnglishAndRemembersIt() {
        browser.get(base + "search.xhtml?q=boek");

        browser.findElement(By.id("language-switch")).click();
        wait(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

        assertThat(browser.getCurrentUrl()).contains("search.xhtml?q=boek");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Search the collection");
        browser.get(base);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void logInAndOutWithTheForm() {
        logIn(MEMBER, DemoAccounts.PASSWORD);

        assertThat(browser.findElement(By.id("caller-name")).getText()).contains("Anna de Vries");

        browser.findElement(By.id("logout:logoutButton")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        logIn(MEMBER, "not-the-password");

        assertThat(browser.getCurrentUrl()).contains("login.xhtml");
        assertThat(browser.findElement(By.id("login:messages")).getText())
                .contains("kennen we niet");
        assertThat(browser.findElements(By.id("caller-name"))).isEmpty();
    }

    @Test
    void theSessionIdChangesAtLogin() {
        browser.get(base + "login.xhtml");
        String before = sessionId();

        logIn(MEMBER, DemoAccounts.PASSWORD);

        assertThat(sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void aLoggedInBrowserSessionDoesNotOpenTheAdminApi() throws Exception {
        logIn(STAFF, DemoAccounts.PASSWORD);
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        base + "api/v1/admin/imports?name=x.mrc"))
                                        .header("Cookie", "JSESSIONID=" + session.getValue())
                                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    // ---------------------------------------------------------------------------------------------

    private void logIn(String user, String password) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait(
                ExpectedConditions.or(
                        ExpectedConditions.presenceOfElementLocated(By.id("caller-name")),
                        ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector("#login\\:messages li"))));
    }

    private String sessionId() {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }

    /** The first number in a text, ignoring thousands separators ("1.234 resultaten" → 1234). */
    private static long count(String text) {
        String digits = text.replaceAll("[.,\\u00a0]", "").replaceAll("^\\D*(\\d+).*$", "$1");
        return Long.parseLong(digits);
    }
}
