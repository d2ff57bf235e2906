package nl.themaplein.portal.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import nl.themaplein.portal.setup.Migrations;

/**
 * The portal's real persistence unit ({@code META-INF/persistence.xml}) outside the server: the
 * same entities and properties, with the JTA data source swapped for a test database and
 * resource-local transactions. The database is migrated by the real Flyway set-up first.
 */
public final class TestPersistence implements AutoCloseable {

    private final TestDatabase database;
    private final EntityManagerFactory factory;
    private final StatementCounter statements;

    private TestPersistence(
            TestDatabase database, EntityManagerFactory factory, StatementCounter statements) {
        this.database = database;
        this.factory = factory;
        this.statements = statements;
    }

    /** A migrated test database of the given kind with the persistence unit on top. */
    public static TestPersistence open(TestDatabase.Kind kind, String purpose) {
        TestDatabase database = TestDatabase.open(kind, purpose);
        Migrations.migrate(database.dataSource());

        Map<String, Object> overrides = new HashMap<>();
        overrides.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        overrides.put("jakarta.persistence.jtaDataSource", "");
        StatementCounter statements = new StatementCounter();
        overrides.put(
                "jakarta.persistence.nonJtaDataSource", statements.wrap(database.dataSource()));
        // Outside the server nothing weaves the classes, so lazy to-one relations load eagerly;
        // EclipseLink says so once per relation, which is noise here.
        overrides.put("eclipselink.weaving", "false");
        overrides.put("eclipselink.logging.level.metadata", "SEVERE");
        // -DargLine=-Dthemaplein.test.sql-log=FINE prints every statement, for diagnosis.
        String sqlLog = System.getProperty("themaplein.test.sql-log", "WARNING");
        overrides.put("eclipselink.logging.level.sql", sqlLog);
        overrides.put("eclipselink.logging.level", sqlLog);
        return new TestPersistence(
                database,
                Persistence.createEntityManagerFactory("themaplein", overrides),
                statements);
    }

    /** Counts the SQL statements JPA prepares. */
    public StatementCounter statements() {
        return statements;
    }

    public TestDatabase database() {
        return database;
    }

    /** A new entity manager; the caller closes it. */
    public EntityManager entityManager() {
        return factory.createEntityManager();
    }

    /** Runs the work in one committed transaction on a fresh entity manager. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Forgets every cached entity, so the next read comes from the database. */
    public void evictAll() {
        factory.getCache().evictAll();
    }

    @Override
    public void close() throws Exception {
        factory.close();
        database.close();
    }
}
