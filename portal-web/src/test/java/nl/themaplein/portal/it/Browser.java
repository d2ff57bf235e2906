package nl.themaplein.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the browser tests, started with the Debian chromedriver named explicitly
 * (so Selenium Manager neither downloads a driver nor phones home) and a fresh profile.
 */
public final class Browser {

    /** The driver Debian's chromium-driver package installs. */
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The browser Debian's chromium package installs. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Browser() {}

    /** Whether this machine can run the browser tests. */
    public static boolean available() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    /**
     * A new headless Chromium that keeps the page's console messages for {@link #consoleErrors}.
     */
    public static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
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
                "--user-data-dir=" + freshProfile(),
                "--window-size=1280,1024",
                "--lang=nl");
        // A Dutch browser, as most of the portal's visitors have; tests switch to English
        // themselves.
        options.setExperimentalOption(
                "prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);

        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** The console errors (level SEVERE) the pages logged since the last call. */
    public static List<String> consoleErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    private static Path freshProfile() {
        try {
            Path base = Files.createDirectories(Path.of("target", "it-data").toAbsolutePath());
            return Files.createTempDirectory(base, "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
