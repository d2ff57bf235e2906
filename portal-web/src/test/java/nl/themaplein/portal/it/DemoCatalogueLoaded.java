package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import nl.themaplein.search.ingest.DemoCatalogue;

/**
 * Waits for the demo catalogue, which the portal loads in the background at start-up, to be
 * searchable, so a test's own records and counts never race with it.
 */
final class DemoCatalogueLoaded {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private DemoCatalogueLoaded() {}

    /** The number of searchable records once the demo catalogue is all there. */
    static long await(Http http) {
        Instant deadline = Instant.now().plus(PATIENCE);
        long total = total(http);
        while (total < DemoCatalogue.SIZE && Instant.now().isBefore(deadline)) {
            pause();
            total = total(http);
        }
        assertThat(total).as("demo records searchable").isGreaterThanOrEqualTo(DemoCatalogue.SIZE);
        return total;
    }

    static long total(Http http) {
        HttpResponse<String> response = http.get("api/v1/search?size=1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).get("total").asLong();
    }

    private static void pause() {
        try {
            Thread.sleep(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
