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

    @Test
    void aChangedClosingTimeIsSavedAndNothingTypedIsCutOrDropped() {
        logIn(STAFF);
        browser.get(base + "staff/library.xhtml");

        // Only the closing time changes: saved, no server error.
        for (WebElement opens :
                browser.findElements(
                        By.cssSelector("input[id^='" + TUESDAY + "'][id$=':opens']"))) {
            int index = Integer.parseInt(opens.getAttribute("id").split(":")[4]);
            slot(index, index == 0 ? "10:00" : "", index == 0 ? "17:00" : "");
        }
        submit("week:save");
        wait(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#messages .ui-messages-info")));
        slot(0, "10:00", "16:00");
        submit("week:save");
        wait(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#messages .ui-messages-info")));
        assertThat(browser.findElement(By.id(TUESDAY + "0:closes")).getAttribute("value"))
                .isEqualTo("16:00");

        // "Closed all day" starts unticked; ticked with hours typed, it is refused, keeping both.
        WebElement closed = browser.findElement(By.id("exceptions:closed"));
        assertThat(closed.isSelected()).isFalse();
        String date =
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
                        .plusDays(12)
                        .toString();
        type("exceptions:date", date);
        type("exceptions:reasonNl", "Studiedag");
        type("exceptions:reasonEn", "Study day");
        closed.click();
        type("exceptions:opens", "10:00");
        type("exceptions:closes", "14:00");
        submit("exceptions:add");
        wait(
                ExpectedConditions.textMatches(
                        By.id("exceptions:closed-msg"), java.util.regex.Pattern.compile(".+")));
        assertThat(browser.findElement(By.id("exceptions:closed-msg")).getText())
                .contains("niet allebei");
        assertThat(browser.findElement(By.id("exceptions:closed")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("exceptions:opens")).getAttribute("value"))
                .isEqualTo("10:00");

        // Backward hours are refused next to the closing time, not dropped.
        browser.findElement(By.id("exceptions:closed")).click();
        type("exceptions:opens", "14:00");
        type("exceptions:closes", "10:00");
        submit("exceptions:add");
        wait(
                ExpectedConditions.textMatches(
                        By.id("exceptions:closes-msg"), java.util.regex.Pattern.compile(".+")));
        assertThat(browser.findElement(By.id("exceptions:closes-msg")).getText())
                .contains("na de openingstijd");

        // A reason above its limit is refused, not cut.
        type("exceptions:closes", "17:00");
        type("exceptions:reasonNl", "r".repeat(250));
        submit("exceptions:add");
        wait(
                ExpectedConditions.textMatches(
                        By.id("exceptions:reasonNl-msg"), java.util.regex.Pattern.compile(".+")));
        assertThat(browser.findElement(By.id("exceptions:reasonNl-msg")).getText())
                .contains("Gebruik hoogstens 200 tekens.");
        assertThat(browser.findElement(By.id("exceptions:reasonNl")).getAttribute("value"))
                .hasSize(250);

        // Themes: a long name or intro is refused with the API's message, keeping what was typed.
        browser.get(base + "staff/themes.xhtml");
        type("theme:nameNl", "n".repeat(500));
        type("theme:nameEn", "Long name");
        type("theme:introNl", "i");
        type("theme:introEn", "i");
        submit("theme:save");
        wait(
                ExpectedConditions.textMatches(
                        By.id("theme:nameNl-msg"), java.util.regex.Pattern.compile(".+")));
        assertThat(browser.findElement(By.id("theme:nameNl-msg")).getText())
                .contains("Gebruik hoogstens 100 tekens.");
        assertThat(browser.findElement(By.id("theme:nameNl")).getAttribute("value")).hasSize(500);

        type("theme:nameNl", "Lange inleiding");
        type("theme:introNl", "x".repeat(20_000));
        submit("theme:save");
        wait(
                ExpectedConditions.textMatches(
                        By.id("theme:introNl-msg"), java.util.regex.Pattern.compile(".+")));
        assertThat(browser.findElement(By.id("theme:introNl-msg")).getText())
                .contains("Gebruik hoogstens")
                .contains("tekens.");
        assertThat(browser.findElement(By.id("theme:introNl")).getAttribute("value"))
                .hasSize(20_000);
    }

    /** Sets a field's value at once (long texts typed key by key would take minutes). */
    private void type(String id, String value) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        browser.findElement(By.id(id)),
                        value);
    }

    /** Clicks a submit button and waits for the page that answers. */
    private void submit(String id) {
        WebElement button = browser.findElement(By.id(id));
        button.click();
        wait(ExpectedConditions.stalenessOf(button));
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
