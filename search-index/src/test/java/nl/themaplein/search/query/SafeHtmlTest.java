package nl.themaplein.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    private static final String START = SafeHtml.MARK_START;
    private static final String END = SafeHtml.MARK_END;

    @Test
    void escapesEverythingThenMarks() {
        String marked = "<script>alert('x')</script> & " + START + "verhalen" + END + " \"zo\"";

        assertThat(SafeHtml.highlight(marked))
                .isEqualTo(
                        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"
                                + " <mark>verhalen</mark> &quot;zo&quot;");
    }

    @Test
    void marksThatDoNotPairAreDropped() {
        assertThat(SafeHtml.highlight("a" + START + "b")).isEqualTo("ab");
        assertThat(SafeHtml.highlight(END + "a" + START + "b" + END)).isEqualTo("ab");
        assertThat(SafeHtml.highlight(START + START + "a" + END + END)).isEqualTo("a");
    }

    @Test
    void markupInTheTextNeverSurvives() {
        assertThat(SafeHtml.highlight("</mark><img src=x onerror=alert(1)>"))
                .doesNotContain("<")
                .doesNotContain(">");
    }
}
