package nl.themaplein.portal.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.account.AccountService;
import nl.themaplein.portal.config.ConfigKey;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.library.OpeningHours;
import nl.themaplein.portal.setup.demo.DemoAccounts;
import nl.themaplein.portal.setup.demo.DemoDatabase;
import nl.themaplein.portal.theme.ThemeService;
import org.eclipse.microprofile.config.Config;

/**
 * The demo content of the embedded default, written at start-up after the migrations when {@code
 * portal.demo.enabled} is true: into an empty database the demo organisations, themes and accounts
 * (in one transaction). Production sets the key to false and gets none of it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject private Config config;
    @Inject private LibraryService libraries;
    @Inject private ThemeService themes;
    @Inject private AccountService accounts;

    @PostConstruct
    void fill() {
        if (!ConfigKey.DEMO_ENABLED.value(config, Boolean.class)) {
            LOG.info("Demo content is off (portal.demo.enabled=false)");
            return;
        }
        LOG.log(
                Level.WARNING,
                "Demo content is on: demo accounts such as {0} log in with the published password"
                        + " \"{1}\". Set portal.demo.enabled=false (PORTAL_DEMO_ENABLED=false)"
                        + " anywhere but on a laptop.",
                new Object[] {DemoAccounts.emails().getFirst(), DemoAccounts.PASSWORD});

        DemoDatabase.Summary summary =
                new DemoDatabase(libraries, themes, accounts)
                        .fillIfEmpty(LocalDate.now(OpeningHours.ZONE));
        if (summary.organisations() == 0) {
            LOG.info("Demo content: the database holds organisations already; nothing added");
        } else {
            LOG.log(
                    Level.INFO,
                    "Demo content added: {0} organisations, {1} branches, {2} holiday exceptions,"
                            + " {3} themes, {4} accounts",
                    new Object[] {
                        summary.organisations(),
                        summary.branches(),
                        summary.exceptions(),
                        summary.themes(),
                        summary.accounts()
                    });
        }
    }
}
