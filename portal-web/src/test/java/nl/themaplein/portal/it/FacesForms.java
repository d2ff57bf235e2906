package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Faces forms over plain HTTP for the integration tests: read a page's view state, post a form with
 * it (as a browser would), and the text of an element by id. One {@link Http} with cookies is one
 * browser session.
 */
final class FacesForms {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\bnonce=\"([^\"]+)\"");

    private FacesForms() {}

    /** The view state of the page. */
    static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        assertThat(matcher.find()).as("a Faces form on the page").isTrue();
        return matcher.group(1).replace("&#58;", ":");
    }

    /**
     * Opens {@code page} and posts its form {@code formId} with {@code fields} (names without the
     * form prefix) and the button {@code button}.
     */
    static HttpResponse<String> submit(
            Http session, String page, String formId, String button, Map<String, String> fields) {
        HttpResponse<String> form = session.get(page);
        assertThat(form.statusCode()).as(page).isEqualTo(200);
        return post(session, page, formId, button, fields, form.body());
    }

    /**
     * Posts the form {@code formId} of {@code page}, rendered earlier as {@code html}: with its
     * view state and the CSP nonce its scripts carry, which PrimeFaces' own script would add in a
     * browser.
     */
    static HttpResponse<String> post(
            Http session,
            String page,
            String formId,
            String button,
            Map<String, String> fields,
            String html) {
        String viewState = viewState(html);
        Map<String, String> body = new LinkedHashMap<>();
        body.put(formId, formId);
        fields.forEach((name, value) -> body.put(formId + ":" + name, value));
        body.put(formId + ":" + button, "x");
        body.put("jakarta.faces.ViewState", viewState);
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            body.put("primefaces.nonce", nonce.group(1));
        }
        String encoded =
                body.entrySet().stream()
                        .map(e -> Http.encode(e.getKey()) + "=" + Http.encode(e.getValue()))
                        .collect(Collectors.joining("&"));
        String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
        return session.post(
                path,
                encoded.getBytes(StandardCharsets.UTF_8),
                "Content-Type",
                "application/x-www-form-urlencoded");
    }

    /** The text inside the element with this id (tags removed, whitespace collapsed), or null. */
    static String textOf(String html, String id) {
        Matcher matcher =
                Pattern.compile(
                                "<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>",
                                Pattern.DOTALL)
                        .matcher(html);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(2).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    /** The value of the first option of a select that is a number (a branch id). */
    static String firstNumericOption(String html) {
        Matcher matcher = Pattern.compile("<option value=\"(\\d+)\"").matcher(html);
        assertThat(matcher.find()).as("a branch to choose").isTrue();
        return matcher.group(1);
    }

    /** The page without what differs per response: view state ids and CSP nonces. */
    static String withoutTokens(String html) {
        return html.replaceAll(
                        "(name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\")[^\"]*\"", "$1\"")
                .replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"")
                .replaceAll("(?i)nonce-[A-Za-z0-9+/=_-]+", "nonce-")
                .replaceAll("(\"nonce\"\\s*:\\s*\")[^\"]*\"", "$1\"")
                .replaceAll("(nonce:\\s*\")[^\"]*\"", "$1\"");
    }
}
