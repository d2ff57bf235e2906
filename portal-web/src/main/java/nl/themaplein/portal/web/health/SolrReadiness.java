package nl.themaplein.portal.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.search.SearchServices;
import nl.themaplein.search.SearchUnavailableException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while Solr answers a ping of the portal's collection: without it there is no search
 * and no record page, so {@code /health} and {@code /health/ready} answer DOWN (503).
 */
@Readiness
@ApplicationScoped
public class SolrReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(SolrReadiness.class.getName());

    @Inject private SearchServices solr;

    @Override
    public HealthCheckResponse call() {
        try {
            solr.ping();
            return HealthCheckResponse.up("solr");
        } catch (SearchUnavailableException e) {
            LOG.log(
                    Level.WARNING,
                    "Health: Solr at {0} (collection {1}) does not answer; the portal reports not"
                            + " ready until it does. {2}",
                    new Object[] {solr.describe(), solr.collection(), e.getMessage()});
            return HealthCheckResponse.named("solr").down().build();
        }
    }
}
