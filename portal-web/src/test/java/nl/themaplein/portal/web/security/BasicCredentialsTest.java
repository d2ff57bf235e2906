package nl.themaplein.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    @Test
    void readsUtf8NameAndAPasswordWithColons() {
        UsernamePasswordCredential credential =
                BasicCredentials.parse(header("beheer@bieb.nl:wacht:woord€")).orElseThrow();

        assertThat(credential.getCaller()).isEqualTo("beheer@bieb.nl");
        assertThat(credential.getPasswordAsString()).isEqualTo("wacht:woord€");
    }

    @Test
    void schemeIsCaseInsensitive() {
        assertThat(BasicCredentials.parse(header("a:b").replace("Basic", "bAsIc"))).isPresent();
    }

    @Test
    void malformedHeadersGiveNothing() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
        assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.parse("Basic !!!")).isEmpty();
        assertThat(BasicCredentials.parse(header("no-colon"))).isEmpty();
        assertThat(BasicCredentials.parse(header(":password-only"))).isEmpty();
    }

    private static String header(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
