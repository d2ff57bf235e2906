package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff keep their library in headless Chromium: an evening interval added to the week (and an
 * overlap refused next to the day, keeping what was typed), a room with a photo and its alt text;
 * the public branches page then shows the hours, the evening and the photo with its alt text.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryPagesBrowserIT {

    private static final String STAFF = "medewerker.lingestroom@example.org";
    private static final String TUESDAY = "week:days:1:slots:";

    @ArquillianResource private URL deployed;

    private WebDriver browser;
    private String base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.create("library-browser", Demo.ON);
    }

    @BeforeEach
    void startBrowser() {
        assumeTrue(Browser.available(), "Skipped: chromium and chromium-driver are not installed");
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
    void staffAddAnEveningIntervalAndARoomPhotoThatTheBranchesPageShows() throws IOException {
        logIn(STAFF);
        browser.get(base + "staff/library.xhtml");
        assertThat(browser.findElement(By.id("details:name")).getAttribute("value"))
                .isEqualTo("Bibliotheek Culemborg");

        // An overlap is refused next to the day, and what was typed stays.
        slot(0, "09:00", "13:00");
        slot(1, "12:00", "17:00");
        slot(2, "", "");
        browser.findElement(By.id("week:save")).click();
        wait(
                ExpectedConditions.textMatches(
                        By.id("day-TUESDAY-error"), java.util.regex.Pattern.compile(".+")));
        assertThat(browser.findElement(By.id("day-TUESDAY-error")).getText())
                .contains("overlappen");
        assertThat(browser.findElement(By.id(TUESDAY + "1:opens")).getAttribute("value"))
                .isEqualTo("12:00");
        assertThat(browser.findElement(By.id(TUESDAY + "0:opens")).getAttribute("aria-describedby"))
                .contains("day-TUESDAY-error");

        // Morning plus evening is saved.
        slot(0, "09:00", "12:30");
        slot(1, "19:00", "21:30");
        browser.findElement(By.id("week:save")).click();
        wait(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#messages .ui-messages-info")));
        assertThat(browser.findElement(By.id("day-TUESDAY-error")).getText()).isEmpty();
        assertThat(browser.findElement(By.id(TUESDAY + "1:closes")).getAttribute("value"))
                .isEqualTo("21:30");

        // A room, then a photo with its alt text in both languages.
        browser.findElement(By.id("room:name")).sendKeys("Fotokamer");
        browser.findElement(By.id("room:capacity")).sendKeys("8");
        browser.findElement(By.id("room:save")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("photos:photoFile")));
        Path photo = Files.createTempFile("room-", ".png");
        Files.write(photo, LibraryAdminApiIT.png(2000, 1000));
        browser.findElement(By.id("photos:photoFile")).sendKeys(photo.toString());
        browser.findElement(By.id("photos:altNl")).sendKeys("Kamer met ronde tafels");
        browser.findElement(By.id("photos:altEn")).sendKeys("Room with round tables");
        browser.findElement(By.id("photos:upload")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#photoList img")));
        assertThat(browser.findElement(By.cssSelector("#photoList img")).getAttribute("alt"))
                .isEqualTo("Kamer met ronde tafels");

        browser.get(base + "branches.xhtml");
        WebElement culemborg = browser.findElement(By.id("branch-lingestroom-culemborg"));
        String tuesday = culemborg.findElement(By.cssSelector("tr.day-TUESDAY")).getText();
        assertThat(tuesday)
                .contains("09:00–12:30")
                .contains("19:00–21:30")
                .contains("avondopening");
        WebElement image =
                culemborg.findElement(
                        By.cssSelector("img.room-photo[alt='Kamer met ronde tafels']"));
        assertThat(image.getAttribute("alt")).isEqualTo("Kamer met ronde tafels");
        wait(
                d ->
                        ((Number)
                                                ((JavascriptExecutor) d)
                                                        .executeScript(
                                                                "return arguments[0].naturalWidth",
                                                                image))
                                        .intValue()
                                > 0);
        assertThat(
                        ((Number)
                                        ((JavascriptExecutor) browser)
                                                .executeScript(
                                                        "return arguments[0].naturalWidth", image))
                                .intValue())
                .isEqualTo(480);
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void staffOfAnotherOrganisationSeeOnlyTheirOwn() {
        logIn("medewerker.duinrand@example.org");
        browser.get(base + "staff/library.xhtml");
        String menu =
                browser.findElement(By.id("choose:organisation_input")).getAttribute("innerHTML");
        assertThat(menu).contains("duinrand").doesNotContain("lingestroom");
    }

    private void slot(int index, String opens, String closes) {
        WebElement from = browser.findElement(By.id(TUESDAY + index + ":opens"));
        from.clear();
        from.sendKeys(opens);
        WebElement to = browser.findElement(By.id(TUESDAY + index + ":closes"));
        to.clear();
        to.sendKeys(closes);
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
}
