package nl.themaplein.portal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.sql.DataSourceDefinition;
import nl.themaplein.portal.config.ConfigKey;
import org.junit.jupiter.api.Test;

/** The data source definition must read exactly the documented configuration keys. */
class DatabaseMigrationsTest {

    private final DataSourceDefinition definition =
            DatabaseMigrations.class.getAnnotation(DataSourceDefinition.class);

    @Test
    void theDataSourceTakesEveryConnectionSettingFromMicroProfileConfig() {
        assertThat(definition.name()).isEqualTo(DatabaseMigrations.DATA_SOURCE);
        assertThat(definition.className()).isEqualTo(placeholder(ConfigKey.DB_DRIVER));
        assertThat(definition.url()).isEqualTo(placeholder(ConfigKey.DB_URL));
        assertThat(definition.user()).isEqualTo(placeholder(ConfigKey.DB_USER));
        assertThat(definition.password()).isEqualTo(placeholder(ConfigKey.DB_PASSWORD));
    }

    private static String placeholder(ConfigKey key) {
        return "${MPCONFIG=" + key.key() + "}";
    }
}
