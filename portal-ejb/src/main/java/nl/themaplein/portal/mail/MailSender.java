package nl.themaplein.portal.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.config.ConfigKey;
import org.eclipse.microprofile.config.Config;

/**
 * The background sender of the {@link MailOutbox}: every {@code portal.mail.send-interval-seconds}
 * it claims the due rows one by one, hands each to {@link MailDelivery} and marks it sent, or
 * failed with the next attempt after a growing pause ({@code portal.mail.retry-delay-seconds} × 1,
 * 5, 30, 120 …) until {@code portal.mail.max-attempts}. A non-persistent EJB interval timer on a
 * singleton: one round at a time per node; the claim keeps nodes apart.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    /** Most rows one round sends; the rest wait for the next round. */
    static final int BATCH = 50;

    @Inject private Config config;
    @Inject private MailOutbox outbox;
    @Resource private TimerService timers;

    private MailDelivery delivery;
    private Duration retryDelay;
    private int maxAttempts;

    @PostConstruct
    void start() {
        delivery = new MailDelivery(config);
        retryDelay = Duration.ofSeconds(ConfigKey.MAIL_RETRY_DELAY.value(config, Long.class));
        maxAttempts = ConfigKey.MAIL_MAX_ATTEMPTS.value(config, Integer.class);
        long interval =
                Duration.ofSeconds(ConfigKey.MAIL_SEND_INTERVAL.value(config, Long.class))
                        .toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("mail-outbox", false));
        LOG.log(
                Level.INFO,
                "Mail outbox sender started: every {0} s to {1}",
                new Object[] {interval / 1000, delivery.describe()});
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void round() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail outbox round failed; the next round tries again", e);
        }
    }

    /** One round: every due row this node can claim. */
    void sendDue() {
        List<Long> due = outbox.due(Instant.now(), BATCH);
        for (long id : due) {
            outbox.claim(id, Instant.now()).ifPresent(this::send);
        }
    }

    private void send(MailOutbox.Claimed mail) {
        try {
            delivery.deliver(mail);
        } catch (Exception e) {
            outbox.markFailed(mail.id(), reason(e), Instant.now(), retryDelay, maxAttempts);
            return;
        }
        outbox.markSent(mail.id(), Instant.now());
    }

    /** A short reason without the addresses a mail exception may carry. */
    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage();
        message = message.replaceAll("[^\\s<>@]+@[^\\s<>@]+", "(address)");
        return root.getClass().getSimpleName() + ": " + message;
    }
}
