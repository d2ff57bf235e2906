package nl.themaplein.portal.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.setup.DatabaseMigrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers a trivial query: accounts, login and organisations live
 * there, so {@code /health} and {@code /health/ready} answer DOWN (503) without it.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @PersistenceContext(unitName = DatabaseMigrations.PERSISTENCE_UNIT)
    private EntityManager em;

    @Override
    public HealthCheckResponse call() {
        try {
            em.createNativeQuery("SELECT 1").getSingleResult();
            return HealthCheckResponse.up("database");
        } catch (PersistenceException e) {
            LOG.log(
                    Level.WARNING,
                    "Health: the database does not answer; the portal reports not ready until it"
                            + " does. {0}",
                    e.getMessage());
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
