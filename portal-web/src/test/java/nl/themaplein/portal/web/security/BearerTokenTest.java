package nl.themaplein.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerTokenTest {

    @Test
    void readsTheTokenWhateverTheCaseOfTheScheme() {
        assertThat(BearerToken.parse("Bearer abc_-9")).hasValue("abc_-9");
        assertThat(BearerToken.parse("bEARER   abc  ")).hasValue("abc");
        assertThat(BearerToken.isBearer("bearer x")).isTrue();
    }

    @Test
    void otherSchemesAndEmptyTokensGiveNothing() {
        assertThat(BearerToken.parse(null)).isEmpty();
        assertThat(BearerToken.parse("Basic YTpi")).isEmpty();
        assertThat(BearerToken.parse("Bearer ")).isEmpty();
        assertThat(BearerToken.parse("Bearer")).isEmpty();
        assertThat(BearerToken.isBearer("Basic YTpi")).isFalse();
        assertThat(BearerToken.isBearer("Bearerabc")).isFalse();
    }
}
