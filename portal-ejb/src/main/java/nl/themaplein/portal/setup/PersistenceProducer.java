package nl.themaplein.portal.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes the container's transaction-scoped {@link EntityManager} injectable with {@code @Inject},
 * so services take it through their constructor and tests can hand them one of their own.
 */
@ApplicationScoped
public class PersistenceProducer {

    /** The persistence unit of {@code META-INF/persistence.xml}. */
    public static final String UNIT = "themaplein";

    @Produces
    @PersistenceContext(unitName = UNIT)
    private EntityManager entityManager;
}
