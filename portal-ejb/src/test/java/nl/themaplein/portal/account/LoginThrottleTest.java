package nl.themaplein.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The login throttle with a clock the test moves: five failures for a name within 15 minutes close
 * it for known and unknown names alike, in any case; the window reopens it; a success clears it;
 * one client address is closed after 50 failures whatever the names.
 */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void theSixthAttemptForANameIsRefusedUntilTheWindowPasses() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_NAME; i++) {
            assertThat(throttle.allows("bestaand@example.org", "10.0.0." + i))
                    .as("try " + i)
                    .isTrue();
            throttle.failed("bestaand@example.org", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(throttle.allows("bestaand@example.org", "10.0.0.99")).isFalse();
        assertThat(throttle.allows("BESTAAND@Example.org ", "10.0.0.99")).isFalse();
        assertThat(throttle.allows("someone.else@example.org", "10.0.0.99")).isTrue();

        // The first failure was at minute 0: at 15 minutes and a second it has left the window.
        clock.set(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.allows("bestaand@example.org", "10.0.0.99")).isTrue();
    }

    @Test
    void knownAndUnknownNamesAreCountedAlike() {
        for (String name : new String[] {"bestaand@example.org", "onbekend@example.org"}) {
            for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_NAME; i++) {
                throttle.failed(name, null);
            }
            assertThat(throttle.allows(name, null)).as(name).isFalse();
        }
    }

    @Test
    void aSuccessClearsTheFailuresOfTheName() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_NAME - 1; i++) {
            throttle.failed("anna@example.org", "10.0.0.1");
        }
        throttle.succeeded("Anna@Example.org");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_NAME - 1; i++) {
            throttle.failed("anna@example.org", "10.0.0.1");
        }

        assertThat(throttle.allows("anna@example.org", "10.0.0.1")).isTrue();
    }

    @Test
    void oneClientAddressIsRefusedAfterFiftyFailuresWhateverTheNames() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_CLIENT; i++) {
            assertThat(throttle.allows("name" + i + "@example.org", "192.0.2.7")).isTrue();
            throttle.failed("name" + i + "@example.org", "192.0.2.7");
        }

        assertThat(throttle.allows("fresh@example.org", "192.0.2.7")).isFalse();
        assertThat(throttle.allows("fresh@example.org", "192.0.2.8")).isTrue();
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.allows("fresh@example.org", "192.0.2.7")).isTrue();
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");
        private Instant now = START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Duration sinceStart) {
            now = START.plus(sinceStart);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
