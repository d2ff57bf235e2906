package nl.themaplein.search.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.themaplein.search.local.LocalSolrServer.Arguments;
import org.junit.jupiter.api.Test;

class LocalSolrServerArgumentsTest {

    @Test
    void homeAndPort() {
        assertThat(Arguments.parse(new String[] {"--home", "data/solr", "--port", "18983"}))
                .isEqualTo(new Arguments(Path.of("data/solr"), 18983));
    }

    @Test
    void portDefaultsToSolrsOwn() {
        assertThat(Arguments.parse(new String[] {"--home", "x"}).port()).isEqualTo(8983);
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> Arguments.parse(new String[] {}))
                .hasMessageContaining("--home is required")
                .hasMessageContaining("usage");
        assertThatThrownBy(() -> Arguments.parse(new String[] {"--home", "x", "--port", "abc"}))
                .hasMessageContaining("--port must be a number");
        assertThatThrownBy(() -> Arguments.parse(new String[] {"--home", "x", "--port", "70000"}))
                .hasMessageContaining("--port must be a number");
        assertThatThrownBy(() -> Arguments.parse(new String[] {"--home"}))
                .hasMessageContaining("--home needs a value");
        assertThatThrownBy(() -> Arguments.parse(new String[] {"--verbose"}))
                .hasMessageContaining("Unknown option --verbose");
    }
}
