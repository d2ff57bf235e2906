package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.themaplein.portal.it.PortalDeployment.Demo;
import nl.themaplein.portal.setup.demo.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Case C23 (../shared/cases/C23.md): script in user text must not run when shown as an autocomplete
 * suggestion or a select menu entry. x1 and x2 are stored as theme names (Dutch and English) of an
 * organisation's themes, x3 as the name of an organisation and of its branch. Another browser then
 * uses the theme search of {@code /themes.xhtml} (typing, arrow keys, hovering, selecting) and the
 * select menus of the themes page and the staff pages. All four expected points are asserted: the
 * literal text shows; {@code window.c23} stays undefined and no element from the values exists; the
 * data attributes are attribute-escaped in the HTML the server sent (page source and the partial
 * responses of the suggestions); the stored values are unchanged and never shown double-escaped.
 */
@ExtendWith(ArquillianExtension.class)
class CaseC23BrowserIT {

    static final String X1 = "<img src=x onerror=\"window.c23=1\">";
    static final String X2 = "\" onmouseover=\"window.c23=2";
    static final String X3 = "</li><script>window.c23=3</script>";

    private static final String ADMIN = "beheer@example.org";
    private static final String STAFF = "medewerker.lingestroom@example.org";
    private static final String ORGS = "api/v1/admin/organisations";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** Records the text of every XHR answer, so the partial responses can be read as sent. */
    private static final String RECORD_RESPONSES =
            "window.__responses = window.__responses || [];if (!window.__recording) {"
                + " window.__recording = true; const send = XMLHttpRequest.prototype.send;"
                + " XMLHttpRequest.prototype.send = function() {  this.addEventListener('load', ()"
                + " => window.__responses.push(this.responseText));  return send.apply(this,"
                + " arguments); }; }";

    private static boolean stored;

    @ArquillianResource private URL deployed;

    private WebDriver browser;
    private String base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.create("case-c23", Demo.ON);
    }

    @BeforeEach
    void storeThePayloadsOnceAndStartABrowser() {
        assumeTrue(Browser.available(), "Skipped: chromium and chromium-driver are not installed");
        if (!stored) {
            // U1: staff of Lingestroom and an admin store the values through the API.
            created(post(STAFF, ORGS + "/lingestroom/themes", theme(X1, X1)));
            created(post(STAFF, ORGS + "/lingestroom/themes", theme(X2, X2)));
            created(post(ADMIN, ORGS, "{\"code\": \"c23\", \"name\": " + json(X3) + "}"));
            created(
                    post(
                            ADMIN,
                            ORGS + "/c23/branches",
                            "{\"code\": \"c23-branch\", \"name\": "
                                    + json(X3)
                                    + ", \"street\": \"Straat 1\", \"postcode\": \"1234 AB\","
                                    + " \"place\": \"Plaats\", \"municipality\": \"Plaats\"}"));
            created(post(ADMIN, ORGS + "/c23/themes", theme("Streek C23", "Region C23")));
            stored = true;
        }
        base = deployed.toString().replace(deployed.getHost(), "localhost");
        browser = Browser.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theThemeSearchShowsThePayloadsAsTextAndRunsNone() {
        browser.get(base + "themes.xhtml");
        js(RECORD_RESPONSES);

        Map<String, String> searches = new java.util.LinkedHashMap<>();
        searches.put("img", X1);
        searches.put("onmouse", X2);
        searches.put("script", X3);
        for (Map.Entry<String, String> typed : searches.entrySet()) {
            WebElement input = browser.findElement(By.id("filter:query_input"));
            input.clear();
            int answered = ((Number) js("return window.__responses.length;")).intValue();
            input.sendKeys(typed.getKey());
            wait(d -> ((Number) js("return window.__responses.length;")).intValue() > answered);
            By items = By.cssSelector("#filter\\:query_panel li.ui-autocomplete-item");
            if (typed.getValue().equals(X3)) {
                // x3 is an organisation and branch name, not a theme name: no suggestion for it.
                assertThat(browser.findElements(items))
                        .extracting(WebElement::getText)
                        .doesNotContain(X3);
                input.sendKeys(Keys.ESCAPE);
                assertNothingRan();
                continue;
            }
            try {
                wait(ExpectedConditions.visibilityOfElementLocated(items));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError(
                        "No suggestions for "
                                + typed.getKey()
                                + "; answers: "
                                + js("return window.__responses;"),
                        e);
            }
            List<WebElement> suggestions = browser.findElements(items);
            // 1. the literal text
            assertThat(suggestions).extracting(WebElement::getText).contains(typed.getValue());
            WebElement suggestion =
                    suggestions.stream()
                            .filter(s -> s.getText().equals(typed.getValue()))
                            .findFirst()
                            .orElseThrow();
            assertThat(suggestion.getAttribute("data-item-label")).isEqualTo(typed.getValue());
            new Actions(browser).moveToElement(suggestion).perform();
            input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ARROW_DOWN);
            suggestion.click();
            wait(d -> typed.getValue().equals(input.getAttribute("value")));
            wait(
                    ExpectedConditions.textToBePresentInElementLocated(
                            By.id("themes"), typed.getValue()));
            assertNothingRan();
        }

        // 3. attribute-escaped in the partial responses as the server sent them
        @SuppressWarnings("unchecked")
        List<String> responses = (List<String>) js("return window.__responses;");
        String partials = String.join("\n", responses);
        assertThat(partials)
                .contains("data-item-label=\"&lt;img src=x onerror=&quot;window.c23=1&quot;")
                .contains("data-item-value=\"&lt;img src=x onerror=&quot;window.c23=1&quot;")
                .contains("data-item-label=\"&quot; onmouseover=&quot;window.c23=2\"")
                .contains("data-item-value=\"&quot; onmouseover=&quot;window.c23=2\"")
                .doesNotContain("data-item-label=\"<img")
                .doesNotContain("<img src=x")
                .doesNotContain("<script>window.c23");

        // The organisation menu lists x3: open it, move through it, pick it (without a search).
        browser.get(base + "themes.xhtml");
        openMenuAndPick("filter:organisation", X3);
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("themes"), "Streek C23"));
        assertNothingRan();
        String source = rawSource();
        assertThat(source)
                .contains(">&lt;/li&gt;&lt;script&gt;window.c23=3&lt;/script&gt;</option>")
                .doesNotContain("<script>window.c23")
                .doesNotContain("<img src=x");
    }

    @Test
    void theThemeListShowsTheStoredValuesOnceEscapedAndUnchanged() throws IOException {
        browser.get(base + "themes.xhtml");
        String text = browser.findElement(By.id("themes")).getText();
        // 4. not double-escaped, and the literal text visible
        assertThat(text)
                .contains(X1)
                .contains(X2)
                .contains(X3)
                .doesNotContain("&lt;")
                .doesNotContain("&amp;")
                .doesNotContain("&quot;");
        assertNothingRan();

        browser.get(base + "branches.xhtml");
        assertThat(browser.findElement(By.id("main")).getText())
                .contains(X3)
                .doesNotContain("&lt;");
        assertNothingRan();

        // 4. stored unchanged
        JsonNode themes = Http.json(get(STAFF, ORGS + "/lingestroom/themes"));
        assertThat(themes.findValuesAsText("nameNl")).contains(X1, X2);
        assertThat(themes.findValuesAsText("nameEn")).contains(X1, X2);
        assertThat(Http.json(get(ADMIN, ORGS + "/c23")).get("name").asText()).isEqualTo(X3);
        assertThat(Http.json(get(ADMIN, ORGS + "/c23/branches/c23-branch")).get("name").asText())
                .isEqualTo(X3);
    }

    @Test
    void theStaffSelectMenusShowThePayloadsAsTextAndRunNone() {
        logIn(ADMIN);
        browser.get(base + "staff/library.xhtml");
        // 3. the server writes the menu's entries escaped; the browser builds the list from them
        assertThat(rawSource())
                .contains(">&lt;/li&gt;&lt;script&gt;window.c23=3&lt;/script&gt;</option>")
                .doesNotContain("<script>window.c23");
        openMenuAndPick("choose:organisation", X3);
        wait(d -> X3.equals(d.findElement(By.id("choose:branch_label")).getText()));
        assertThat(browser.findElement(By.id("details:name")).getAttribute("value")).isEqualTo(X3);
        openMenuAndPick("choose:branch", X3);
        assertNothingRan();

        browser.get(base + "staff/themes.xhtml");
        openMenuAndPick("scope:organisation", X3);
        assertNothingRan();
        browser.get(base + "admin/organisations.xhtml");
        openMenuAndPick("branch:organisation", X3);
        assertThat(browser.findElement(By.id("organisations")).getText()).contains(X3);
        assertNothingRan();
    }

    /**
     * Opens a PrimeFaces select menu, moves through it with the arrow keys and picks {@code label}.
     */
    private void openMenuAndPick(String id, String label) {
        String css = "#" + id.replace(":", "\\:");
        browser.findElement(By.cssSelector(css + " .ui-selectonemenu-trigger")).click();
        By items = By.cssSelector(css + "_items li");
        wait(ExpectedConditions.visibilityOfElementLocated(items));
        List<WebElement> entries = browser.findElements(items);
        // 1. the literal text in the open menu
        assertThat(entries).extracting(WebElement::getText).contains(label);
        WebElement focus = browser.findElement(By.id(id + "_label"));
        focus.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP);
        assertNothingRan();
        if (browser.findElements(items).stream().noneMatch(WebElement::isDisplayed)) {
            browser.findElement(By.cssSelector(css + " .ui-selectonemenu-trigger")).click();
            wait(ExpectedConditions.visibilityOfElementLocated(items));
        }
        WebElement entry =
                browser.findElements(items).stream()
                        .filter(e -> e.getText().equals(label))
                        .findFirst()
                        .orElseThrow();
        assertThat(entry.getAttribute("data-label")).isEqualTo(label);
        assertThat(js("return arguments[0].querySelectorAll('script, img').length;", entry))
                .isEqualTo(0L);
        new Actions(browser).moveToElement(entry).perform();
        entry.click();
        wait(d -> label.equals(d.findElement(By.id(id + "_label")).getText()));
        assertNothingRan();
    }

    /** 2. no script ran and no element came from the values. */
    private void assertNothingRan() {
        assertThat(js("return typeof window.c23;")).isEqualTo("undefined");
        assertThat(js("return document.querySelectorAll('img[src=\"x\"], img[onerror]').length;"))
                .isEqualTo(0L);
        assertThat(
                        js(
                                "return [...document.scripts].filter(s =>"
                                        + " s.textContent.includes('window.c23')).length;"))
                .isEqualTo(0L);
        assertThat(js("return document.querySelectorAll('[onmouseover]').length;")).isEqualTo(0L);
    }

    /** The page's HTML as the server sends it (not the browser's serialisation of the DOM). */
    private String rawSource() {
        return (String)
                ((JavascriptExecutor) browser)
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + " fetch(location.href, {credentials: 'same-origin'})"
                                        + ".then(r => r.text()).then(done);");
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private void logIn(String user) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("caller-name")));
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }

    private static String theme(String nameNl, String nameEn) {
        return "{\"nameNl\": "
                + json(nameNl)
                + ", \"nameEn\": "
                + json(nameEn)
                + ", \"introNl\": \"Inleiding.\", \"introEn\": \"Introduction.\"}";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private HttpResponse<String> post(String user, String path, String body) {
        return send(
                user,
                HttpRequest.newBuilder(URI.create(deployed + path))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .header("Content-Type", "application/json"));
    }

    private HttpResponse<String> get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(deployed + path)).GET());
    }

    private static HttpResponse<String> send(String user, HttpRequest.Builder request) {
        try {
            return CLIENT.send(
                    request.header("Authorization", Http.basic(user, DemoAccounts.PASSWORD))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
