package nl.themaplein.portal.it;

import static nl.themaplein.portal.it.SliceBSupport.PASSWORD;
import static nl.themaplein.portal.it.SliceBSupport.createMember;
import static nl.themaplein.portal.it.SliceBSupport.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium: a member logs in, gives a consent, downloads "my data" (the file lands in
 * Chromium's download directory and is the member's JSON), deletes the account, and cannot log in
 * any more.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyBrowserIT {

    @ArquillianResource private URL deployed;

    private WebDriver browser;
    private Path downloads;
    private String base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SliceBSupport.deployment("privacy-browser");
    }

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(
                Browser.available(),
                "Skipped: chromium and chromium-driver are not installed"
                        + " (apt-get install -y chromium chromium-driver)");
        base = deployed.toString().replace(deployed.getHost(), "localhost");
        downloads =
                Files.createTempDirectory(
                        Files.createDirectories(Path.of("target", "it-data").toAbsolutePath()),
                        "downloads-");
        browser = startWithDownloads(downloads);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void downloadMyDataThenDeleteTheAccountAndLoginNoLongerWorks() throws IOException {
        // Arrange
        String email = freshEmail("browser");
        createMember(deployed, email, "Browser Lid", "lingestroom/tiel", null, "duurzaamheid");
        logIn(email, PASSWORD);

        // Act: give a consent
        browser.get(base + "my/privacy.xhtml");
        browser.findElement(By.cssSelector("#consent-row-NEWSLETTER input[type=checkbox]")).click();
        browser.findElement(By.id("consents:save")).click();
        wait(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("consent-NEWSLETTER-changed"), "Laatst gewijzigd"));

        // Act: download my data
        browser.findElement(By.id("download:downloadButton")).click();
        Path file = awaitDownload();

        // Assert: the member's own JSON
        assertThat(file.getFileName().toString())
                .matches("themaplein-mijn-gegevens-\\d{4}-\\d{2}-\\d{2}\\.json");
        JsonNode data = new ObjectMapper().readTree(file.toFile());
        assertThat(data.get("profile").get("email").asText()).isEqualTo(email);
        assertThat(data.get("profile").get("displayName").asText()).isEqualTo("Browser Lid");
        assertThat(data.get("themes").get(0).get("code").asText()).isEqualTo("duurzaamheid");
        assertThat(data.get("consents").get("history").get(0).get("purpose").asText())
                .isEqualTo("NEWSLETTER");

        // Act: try to delete the account with a wrong password
        browser.get(base + "my/privacy.xhtml");
        browser.findElement(By.id("delete:password")).sendKeys("niet-mijn-wachtwoord");
        browser.findElement(By.id("delete:confirmed")).click();
        browser.findElement(By.id("delete:deleteButton")).click();
        wait(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("delete:password-message"), "klopt niet"));

        // Assert: refused next to the field, still logged in
        assertThat(browser.findElement(By.id("delete:password-message")).getText())
                .contains("Dit wachtwoord klopt niet");
        assertThat(browser.findElement(By.id("delete:password")).getAttribute("aria-describedby"))
                .isEqualTo("delete:password-message");
        assertThat(browser.findElements(By.id("logout:logoutButton"))).hasSize(1);

        // Act: delete the account
        browser.findElement(By.id("delete:password")).sendKeys(PASSWORD);
        if (!browser.findElement(By.id("delete:confirmed")).isSelected()) {
            browser.findElement(By.id("delete:confirmed")).click();
        }
        browser.findElement(By.id("delete:deleteButton")).click();

        // Assert: logged out, told so, and the login is refused
        wait(ExpectedConditions.presenceOfElementLocated(By.id("account-deleted")));
        assertThat(browser.findElements(By.id("login-link"))).hasSize(1);
        logIn(email, PASSWORD);
        assertThat(browser.getCurrentUrl()).contains("login.xhtml");
        assertThat(browser.findElements(By.id("logout:logoutButton"))).isEmpty();
        assertThat(browser.getPageSource()).contains("kennen we niet");
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void staffGrantAndRevokeARoleOnTheRolesPage() {
        // Arrange
        String email = freshEmail("rollen-pagina");
        createMember(deployed, email, "Rollen Pagina", "lingestroom/tiel", null, null);
        logIn("medewerker.lingestroom@example.org", "themaplein-demo");

        // Act: find the account, grant curator of a theme
        browser.get(base + "staff/roles.xhtml");
        browser.findElement(By.id("find:email")).sendKeys(email.toUpperCase());
        browser.findElement(By.id("find:findButton")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("role-list")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("grant:role")))
                .selectByValue("CURATOR");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("grant:theme")))
                .selectByValue("taal");
        browser.findElement(By.id("grant:grantButton")).click();
        wait(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("li.role[data-role=CURATOR]")));

        // Assert: granted, and staff cannot grant ADMIN from the page
        assertThat(browser.findElement(By.cssSelector("li.role[data-role=CURATOR]")).getText())
                .contains("Taal");
        assertThat(browser.findElements(By.cssSelector("#grant\\:role option[value=ADMIN]")))
                .isEmpty();

        // Act: revoke it
        browser.findElement(By.cssSelector("li.role[data-role=CURATOR] input[type=submit]"))
                .click();
        wait(
                ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector("li.role[data-role=CURATOR]")));

        // Assert
        assertThat(browser.findElements(By.cssSelector("li.role[data-role=MEMBER]"))).hasSize(1);
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void staffCheckThenImportAFileOnTheInterestImportPage() throws IOException {
        // Arrange
        String email = freshEmail("import-pagina");
        createMember(deployed, email, "Import Pagina", "lingestroom/tiel", null, null);
        Path csv =
                Files.writeString(
                        downloads.resolve("interesses.csv"),
                        "e-mail;thema\n" + email + ";Taal|Gezondheid\n");
        logIn("medewerker.lingestroom@example.org", "themaplein-demo");

        // Act: dry run
        browser.get(base + "staff/interest-import.xhtml");
        browser.findElement(By.id("upload:file")).sendKeys(csv.toString());
        browser.findElement(By.id("upload:dryRun")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("themesAdded")));

        // Assert
        assertThat(browser.findElement(By.id("report-heading")).getText())
                .isEqualTo("Dit zou er veranderen");
        assertThat(browser.findElement(By.id("themesAdded")).getText()).isEqualTo("2");

        // Act: import
        browser.findElement(By.id("apply:applyButton")).click();
        wait(ExpectedConditions.textToBe(By.id("report-heading"), "Dit is geïmporteerd"));

        // Assert
        assertThat(browser.findElement(By.id("themesAdded")).getText()).isEqualTo("2");
        assertThat(browser.findElements(By.id("apply:applyButton"))).isEmpty();
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    private void logIn(String email, String password) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait(
                d ->
                        !d.getCurrentUrl().isEmpty()
                                && d.findElement(By.tagName("footer")).isDisplayed());
    }

    private Path awaitDownload() {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(
                        d -> {
                            try (Stream<Path> files = Files.list(downloads)) {
                                return files.filter(p -> p.toString().endsWith(".json"))
                                        .findFirst()
                                        .orElse(null);
                            } catch (IOException e) {
                                return null;
                            }
                        });
    }

    private <T> T wait(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    /** Like {@link Browser#start()}, with downloads going to {@code directory} without asking. */
    private static WebDriver startWithDownloads(Path directory) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browser.CHROMIUM.toFile());
        Path profile =
                Files.createTempDirectory(
                        Files.createDirectories(Path.of("target", "it-data").toAbsolutePath()),
                        "chromium-profile-");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-quic",
                "--no-first-run",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1280,1024",
                "--lang=nl");
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages", "nl-NL,nl",
                        "download.default_directory", directory.toString(),
                        "download.prompt_for_download", false,
                        "download.directory_upgrade", true,
                        "safebrowsing.enabled", true));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Browser.CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
