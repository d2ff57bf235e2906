package nl.themaplein.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The key registry, the shipped defaults and the README's table must say the same thing. */
class ConfigKeyTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)}");

    @ParameterizedTest
    @EnumSource(ConfigKey.class)
    void everyKeyHasADefaultOrIsDocumentedAsOptional(ConfigKey key) {
        assertThat(key.key()).matches("portal(\\.[a-z][a-z0-9-]*)+");
        assertThat(key.description()).isNotBlank().doesNotContain("|");

        if (key.isOptional()) {
            assertThat(key.description()).startsWith("Optional.");
        } else {
            assertThat(key.defaultValue()).hasValueSatisfying(v -> assertThat(v).isNotBlank());
            assertThat(key.description()).doesNotStartWith("Optional.");
        }
    }

    @ParameterizedTest
    @EnumSource(ConfigKey.class)
    void everyKeyAppearsInTheShippedPropertiesWithItsDefault(ConfigKey key) throws IOException {
        Properties shipped = shippedDefaults();

        assertThat(shipped).containsKey(key.key());
        assertThat(shipped.getProperty(key.key())).isEqualTo(key.defaultValue().orElse(""));
    }

    @Test
    void theShippedPropertiesHoldNoUndocumentedKey() throws IOException {
        Set<String> documented =
                Arrays.stream(ConfigKey.values()).map(ConfigKey::key).collect(Collectors.toSet());

        assertThat(shippedDefaults().stringPropertyNames()).isEqualTo(documented);
    }

    @ParameterizedTest
    @EnumSource(ConfigKey.class)
    void expressionsInDefaultsReferToKeysThatAlwaysHaveAValue(ConfigKey key) {
        Matcher matcher = EXPRESSION.matcher(key.defaultValue().orElse(""));

        while (matcher.find()) {
            String referenced = matcher.group(1);
            assertThat(ConfigKey.values())
                    .filteredOn(k -> k.key().equals(referenced) && !k.isOptional())
                    .as("%s refers to %s", key.key(), referenced)
                    .hasSize(1);
        }
    }

    @Test
    void environmentVariablesFollowTheMicroProfileMapping() {
        assertThat(ConfigKey.DB_URL.environmentVariable()).isEqualTo("PORTAL_DB_URL");
        assertThat(ConfigKey.SOLR_ZK_HOSTS.environmentVariable()).isEqualTo("PORTAL_SOLR_ZK_HOSTS");
        assertThat(ConfigKey.BASE_URL.environmentVariable()).isEqualTo("PORTAL_BASE_URL");
    }

    @Test
    void theDefaultDatabaseUrlIsAnH2FilePathH2Accepts(@TempDir Path dataDir) throws SQLException {
        String template = ConfigKey.DB_URL.defaultValue().orElseThrow();
        String dataDirDefault = ConfigKey.DATA_DIR.defaultValue().orElseThrow();

        // H2 2.x refuses a path that is only implicitly relative to the working directory.
        assertThat(template.replace("${portal.data.dir}", dataDirDefault))
                .startsWith("jdbc:h2:file:./");

        String url = template.replace("${portal.data.dir}", dataDir.toString());
        try (Connection connection =
                DriverManager.getConnection(
                        url,
                        ConfigKey.DB_USER.defaultValue().orElseThrow(),
                        ConfigKey.DB_PASSWORD.defaultValue().orElseThrow())) {
            assertThat(connection.isValid(5)).isTrue();
        }
        assertThat(dataDir.resolve("db/themaplein.mv.db")).exists();
    }

    @Test
    void theModuleReadmeCarriesTheConfigurationTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        assertThat(readme).contains(ConfigKey.markdownTable());
    }

    private static Properties shippedDefaults() throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                ConfigKeyTest.class.getResourceAsStream(
                        "/META-INF/microprofile-config.properties")) {
            assertThat(in)
                    .as("META-INF/microprofile-config.properties on the class path")
                    .isNotNull();
            properties.load(in);
        }
        return properties;
    }
}
