package nl.themaplein.portal.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.account.AccountService;
import nl.themaplein.portal.catalogue.CatalogueImportService;
import nl.themaplein.portal.config.ConfigKey;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.library.OpeningHours;
import nl.themaplein.portal.search.SearchServices;
import nl.themaplein.portal.setup.demo.DemoAccounts;
import nl.themaplein.portal.setup.demo.DemoDatabase;
import nl.themaplein.portal.theme.ThemeService;
import nl.themaplein.search.SearchUnavailableException;
import nl.themaplein.search.ingest.ImportReport;
import org.eclipse.microprofile.config.Config;

/**
 * The demo content of the embedded default, when {@code portal.demo.enabled} is true: at start-up,
 * after the migrations, the demo organisations, themes and accounts go into an empty database (in
 * one transaction); then, in the background, the demo catalogue goes into an index without
 * catalogue records. Production sets the key to false and gets none of it.
 *
 * <p>Solr being down does not stop the portal: the catalogue step is retried with growing pauses
 * (10 s doubling up to 10 min) until Solr answers, and again at the next start.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(10);

    @Inject private Config config;
    @Inject private LibraryService libraries;
    @Inject private ThemeService themes;
    @Inject private AccountService accounts;
    @Inject private CatalogueImportService catalogue;
    @Inject private SearchServices search;
    @Resource private TimerService timers;

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

        logDatabaseSummary(
                new DemoDatabase(libraries, themes, accounts)
                        .fillIfEmpty(LocalDate.now(OpeningHours.ZONE)));
        scheduleCatalogue(1, Duration.ZERO);
    }

    /** The catalogue step, on a timer thread so that start-up does not wait for Solr. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadCatalogue(Timer timer) {
        int attempt = (Integer) timer.getInfo();
        try {
            Optional<ImportReport> report = catalogue.importDemoCatalogueIfEmpty();
            report.ifPresent(
                    r ->
                            LOG.log(
                                    Level.INFO,
                                    "Demo catalogue loaded: {0} records added, {1} broken",
                                    new Object[] {r.added(), r.broken()}));
        } catch (SearchUnavailableException e) {
            Duration pause = pauseBefore(attempt + 1);
            LOG.log(
                    Level.WARNING,
                    "Demo catalogue not loaded (attempt {0}): {1} did not answer ({2}). Start Solr"
                            + " (./themaplein run starts one) or point portal.solr.url or"
                            + " portal.solr.zk-hosts at it; next attempt in {3} s.",
                    new Object[] {attempt, search.describe(), e.getMessage(), pause.toSeconds()});
            scheduleCatalogue(attempt + 1, pause);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "Demo catalogue not loaded: the import failed; it is tried again at the next"
                            + " start",
                    e);
        }
    }

    /** The pause before an attempt: none before the first, then 10 s doubling up to 10 minutes. */
    static Duration pauseBefore(int attempt) {
        if (attempt <= 1) {
            return Duration.ZERO;
        }
        long factor = 1L << Math.min(attempt - 2, 20);
        Duration pause = FIRST_RETRY.multipliedBy(factor);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private void scheduleCatalogue(int attempt, Duration pause) {
        timers.createSingleActionTimer(pause.toMillis(), new TimerConfig(attempt, false));
    }

    private static void logDatabaseSummary(DemoDatabase.Summary summary) {
        if (summary.organisations() == 0) {
            LOG.info("Demo content: the database holds organisations already; nothing added");
            return;
        }
        LOG.log(
                Level.INFO,
                "Demo content added: {0} organisations, {1} branches, {2} holiday exceptions, {3}"
                        + " themes, {4} accounts",
                new Object[] {
                    summary.organisations(),
                    summary.branches(),
                    summary.exceptions(),
                    summary.themes(),
                    summary.accounts()
                });
    }
}
