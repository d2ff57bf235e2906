package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sign-up in real headless Chromium against the deployed WAR with the demo content and its
 * catalogue: fill in step 1, tick two themes with the keyboard, see records of exactly those two
 * themes on the next screen, confirm by the link GreenMail received, log in. No page logs a console
 * error (a CSP violation would be one).
 */
@ExtendWith(ArquillianExtension.class)
class SignupBrowserIT {

    private static final int SMTP_PORT = AccountSteps.freePort();
    private static final String EMAIL = "browser.lid@example.org";

    private static GreenMail mail;

    @ArquillianResource private URL deployed;

    private WebDriver browser;
    private String base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.create("signup-browser", AccountSteps.mailConfig(SMTP_PORT));
    }

    @BeforeAll
    static void startSmtp() {
        mail = new GreenMail(AccountSteps.smtp(SMTP_PORT));
        mail.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (mail != null) {
            mail.stop();
        }
    }

    @BeforeEach
    void startBrowser() {
        assumeTrue(
                Browser.available(),
                "Skipped: chromium and chromium-driver are not installed"
                        + " (apt-get install -y chromium chromium-driver)");
        base = deployed.toString().replace(deployed.getHost(), "localhost");
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
    void signUpWithTwoThemesSeesTheirRecordsThenConfirmsAndLogsIn() {
        // Step 1, reached from the header link
        browser.get(base);
        browser.findElement(By.id("signup-link")).click();
        wait(ExpectedConditions.urlContains("account/signup.xhtml"));
        browser.findElement(By.id("signup:displayName")).sendKeys("Browser Lid");
        browser.findElement(By.id("signup:email")).sendKeys(EMAIL);
        new Select(browser.findElement(By.id("signup:homeBranch"))).selectByIndex(1);
        browser.findElement(By.id("signup:password")).sendKeys(AccountSteps.PASSWORD);
        browser.findElement(By.id("signup:submit")).click();
        wait(ExpectedConditions.urlContains("account/themes.xhtml"));

        // Step 2: two themes ticked with the keyboard (focus the checkbox, press space)
        tick("Gezondheid");
        tick("Taal");
        browser.findElement(By.id("themes:save")).click();
        wait(ExpectedConditions.urlContains("account/welcome.xhtml"));

        // The next screen: records for exactly these two themes, and the mail reminder
        List<WebElement> sections = browser.findElements(By.cssSelector("section.welcome-theme"));
        assertThat(sections)
                .extracting(s -> s.getAttribute("id"))
                .containsExactly("theme-gezondheid", "theme-taal");
        for (WebElement section : sections) {
            assertThat(section.findElements(By.cssSelector("a.record-link")))
                    .as(section.getAttribute("id"))
                    .isNotEmpty();
            assertThat(section.findElement(By.cssSelector("a.theme-search")).getAttribute("href"))
                    .contains("search.xhtml?subject=");
        }
        assertThat(browser.findElement(By.id("check-mail")).getText())
                .contains("bevestig je e-mailadres");

        // Confirm with the mailed link, then log in
        Message confirmation =
                AccountSteps.awaitMails(mail, EMAIL, 1, Duration.ofSeconds(60)).getFirst();
        browser.get(base + AccountSteps.linkIn(confirmation));
        assertThat(browser.findElement(By.id("confirm-result")).getText()).contains("is bevestigd");
        browser.findElement(By.id("confirm-login")).click();
        wait(ExpectedConditions.urlContains("login.xhtml"));
        browser.findElement(By.id("login:username")).sendKeys(EMAIL);
        browser.findElement(By.id("login:password")).sendKeys(AccountSteps.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("caller-name")));
        assertThat(browser.findElement(By.id("caller-name")).getText()).contains("Browser Lid");

        // The profile shows the two themes ticked
        browser.findElement(By.id("profile-link")).click();
        wait(ExpectedConditions.urlContains("my/profile.xhtml"));
        assertThat(browser.findElements(By.cssSelector("input.theme-check:checked"))).hasSize(2);
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    /** Ticks the theme card with this name by focusing its checkbox and pressing space. */
    private void tick(String themeName) {
        WebElement card =
                browser.findElement(
                        By.xpath(
                                "//div[contains(@class,'theme-card')][.//span[@class='theme-name'"
                                        + " and normalize-space()='"
                                        + themeName
                                        + "']]"));
        WebElement checkbox = card.findElement(By.cssSelector("input[type=checkbox]"));
        checkbox.sendKeys(Keys.SPACE);
        assertThat(checkbox.isSelected()).as(themeName).isTrue();
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }
}
