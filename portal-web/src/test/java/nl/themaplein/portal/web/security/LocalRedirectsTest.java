package nl.themaplein.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalRedirectsTest {

    @Test
    void pathsInsideThePortalAreFollowed() {
        assertThat(LocalRedirects.localPath("/search.xhtml?q=kaas&page=2"))
                .isEqualTo("/search.xhtml?q=kaas&page=2");
    }

    @Test
    void anythingElseGoesHome() {
        assertThat(LocalRedirects.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(LocalRedirects.localPath("//evil.example/")).isEqualTo("/");
        assertThat(LocalRedirects.localPath("/\\evil.example/")).isEqualTo("/");
        assertThat(LocalRedirects.localPath("/ok\r\nSet-Cookie: x=y")).isEqualTo("/");
        assertThat(LocalRedirects.localPath("")).isEqualTo("/");
        assertThat(LocalRedirects.localPath(null)).isEqualTo("/");
    }
}
