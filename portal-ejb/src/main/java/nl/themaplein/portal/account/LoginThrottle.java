package nl.themaplein.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. After {@value #MAX_FAILURES_PER_NAME} failed logins for one login
 * name (the typed e-mail address in lower case, known or unknown alike) within {@link #WINDOW},
 * further logins for that name are refused without checking the password until the oldest failure
 * leaves the window; after {@value #MAX_FAILURES_PER_CLIENT} failures from one client address
 * within the window, so is every login from that address. A successful login clears the name's
 * failures.
 *
 * <p>Every login passes here ({@link AccountService#verifyCredentials}): the login form, HTTP Basic
 * on the API and any token login built on the identity store. The counts live in memory, per node:
 * behind a load balancer with N nodes an attacker gets at most N times the limits, and a restart
 * forgets them. Both are accepted and documented in the README.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int MAX_FAILURES_PER_NAME = 5;
    public static final int MAX_FAILURES_PER_CLIENT = 50;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    /** Above this many names or clients, entries whose failures all left the window are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> byName = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byClient = new ConcurrentHashMap<>();

    /** For the container. */
    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    /** With a clock of one's own (tests). */
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a login for {@code loginName} from {@code client} may be checked at all now. */
    public boolean allows(String loginName, String client) {
        Instant now = clock.instant();
        return recent(byName, nameKey(loginName), now) < MAX_FAILURES_PER_NAME
                && (client == null || recent(byClient, client, now) < MAX_FAILURES_PER_CLIENT);
    }

    /** Records a failed (or refused) login. */
    public void failed(String loginName, String client) {
        Instant now = clock.instant();
        add(byName, nameKey(loginName), now);
        if (client != null) {
            add(byClient, client, now);
        }
    }

    /** A successful login forgets the name's failures. */
    public void succeeded(String loginName) {
        byName.remove(nameKey(loginName));
    }

    /** The key of a login name: as typed, trimmed, in lower case (so case does not help). */
    static String nameKey(String loginName) {
        return loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
    }

    private int recent(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            dropOld(times, now);
            return times.size();
        }
    }

    private void add(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (failures.size() > PRUNE_ABOVE) {
            prune(failures, now);
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropOld(times, now);
            times.addLast(now);
            while (times.size() > MAX_FAILURES_PER_CLIENT) {
                times.removeFirst();
            }
        }
    }

    private static void dropOld(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private static void prune(Map<String, Deque<Instant>> failures, Instant now) {
        failures.entrySet()
                .removeIf(
                        entry -> {
                            synchronized (entry.getValue()) {
                                dropOld(entry.getValue(), now);
                                return entry.getValue().isEmpty();
                            }
                        });
    }
}
