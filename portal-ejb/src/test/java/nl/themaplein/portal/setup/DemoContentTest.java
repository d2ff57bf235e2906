package nl.themaplein.portal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** When the demo catalogue is tried again while Solr does not answer. */
class DemoContentTest {

    @Test
    void theFirstAttemptIsAtOnceThenPausesDoubleFromTenSecondsToTenMinutes() {
        assertThat(
                        IntStream.rangeClosed(1, 10)
                                .mapToObj(DemoContent::pauseBefore)
                                .map(Duration::toSeconds))
                .containsExactly(0L, 10L, 20L, 40L, 80L, 160L, 320L, 600L, 600L, 600L);
        assertThat(DemoContent.pauseBefore(1_000)).isEqualTo(Duration.ofMinutes(10));
    }
}
