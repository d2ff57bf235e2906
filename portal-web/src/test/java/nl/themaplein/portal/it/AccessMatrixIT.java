package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.themaplein.portal.it.PortalDeployment.Demo;
import nl.themaplein.portal.rest.ApiApplication;
import nl.themaplein.portal.setup.demo.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix: every REST operation (found in the {@code /openapi} document) and every page
 * (found in the built WAR) × every kind of caller → the HTTP status of a harmless request, as
 * {@code src/test/resources/access-matrix.tsv} says. An operation or page without a row fails, and
 * so does a row without an operation or page. REST callers use HTTP Basic, page callers log in
 * through the login form. Also checks that the OpenAPI document lists every resource method of
 * {@link ApiApplication} with the security schemes.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    /** The callers, in the column order of the table; null is anonymous. */
    static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("anonymous", null);
        CALLERS.put("MEMBER", "lid@example.org");
        CALLERS.put("ORGANISER", "organisator@example.org");
        CALLERS.put("CURATOR", "curator@example.org");
        CALLERS.put("STAFF", "medewerker.lingestroom@example.org");
        CALLERS.put("STAFF-OTHER", "medewerker.duinrand@example.org");
        CALLERS.put("ADMIN", "beheer@example.org");
    }

    private static final String TABLE = "access-matrix.tsv";

    @ArquillianResource private URL base;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.create("access-matrix", Demo.ON);
    }

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    record Row(String operation, String sample, Map<String, Integer> expected) {}

    @Test
    void everyOperationAndPageHasARowAndEveryRowAnOperationOrPage() {
        Set<String> found = new TreeSet<>(restOperations());
        found.addAll(pages());
        Set<String> rows = rows().keySet();

        assertThat(difference(found, rows))
                .as("operations and pages without a row in " + TABLE + " (add one)")
                .isEmpty();
        assertThat(difference(rows, found))
                .as("rows in " + TABLE + " without an operation or page (remove them)")
                .isEmpty();
    }

    @Test
    void everyCallerGetsTheExpectedStatus() {
        Map<String, Http> sessions = new LinkedHashMap<>();
        CALLERS.forEach(
                (caller, email) ->
                        sessions.put(
                                caller,
                                email == null
                                        ? http.withCookies()
                                        : PageLogin.session(http, email)));

        List<String> wrong = new ArrayList<>();
        StringBuilder actualTable = new StringBuilder();
        for (Row row : rows().values()) {
            actualTable.append(row.operation()).append('\t').append(row.sample());
            for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
                int status = status(row, caller.getValue(), sessions.get(caller.getKey()));
                actualTable.append('\t').append(status);
                Integer expected = row.expected().get(caller.getKey());
                if (expected == null || expected != status) {
                    wrong.add(
                            row.operation()
                                    + " as "
                                    + caller.getKey()
                                    + ": expected "
                                    + expected
                                    + ", got "
                                    + status);
                }
            }
            actualTable.append('\n');
        }
        assertThat(wrong)
                .as("statuses that differ from the table; measured:\n" + actualTable)
                .isEmpty();
    }

    @Test
    void theOpenApiDocumentListsEveryResourceMethodWithItsSecurity() {
        JsonNode document = openApi();
        Set<String> documented = new TreeSet<>(restOperations(document));

        Set<String> declared = new TreeSet<>();
        for (Class<?> type : new ApiApplication().getClasses()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path methodPath = method.getAnnotation(Path.class);
                    declared.add(
                            verb
                                    + " "
                                    + join(
                                            "/api/v1",
                                            classPath.value(),
                                            methodPath == null ? "" : methodPath.value()));
                }
            }
        }
        assertThat(declared).isNotEmpty();
        assertThat(documented).containsAll(declared);

        assertThat(document.at("/info/title").asText()).isEqualTo("Themaplein API");
        assertThat(document.at("/info/description").asText()).isNotBlank();
        assertThat(document.at("/components/securitySchemes/basic/scheme").asText())
                .isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText())
                .isEqualTo("bearer");
        JsonNode me = document.at("/paths/" + pointer(pathKey(document, "/api/v1/me")) + "/get");
        assertThat(me.get("security").toString()).contains("basic").contains("bearer");
        assertThat(me.at("/responses/401/content").toString()).contains("application/problem+json");
        assertThat(me.get("tags").toString()).contains("me");
    }

    /**
     * Bodies a client may send by mistake: not JSON, not an object, or a field of the wrong type.
     */
    static final List<String> MALFORMED_BODIES =
            java.util.Arrays.asList(
                    "[",
                    "[1]",
                    "\"s\"",
                    "null",
                    "5",
                    "{\"a\":",
                    null,
                    "{\"name\":{\"a\":1},\"code\":[1],\"capacity\":\"twelve\"}");

    @Test
    void malformedBodiesToEveryWriteOperationAreRefusedAsClientErrors() {
        String[] admin = {"Authorization", Http.basic("beheer@example.org", DemoAccounts.PASSWORD)};
        Map<String, Row> rows = rows();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String operation : restOperations()) {
            String[] parts = operation.split(" ", 2);
            if (!parts[0].equals("POST") && !parts[0].equals("PUT")) {
                continue;
            }
            Row row = rows.get(operation);
            assertThat(row).as("a row (with samples) for " + operation).isNotNull();
            String path = sampled(parts[1], row.sample()).substring(1);
            for (String body : MALFORMED_BODIES) {
                HttpResponse<String> response = http.send(parts[0], path, body, admin);
                checked++;
                if (response.statusCode() < 400 || response.statusCode() >= 500) {
                    wrong.add(
                            operation
                                    + " with "
                                    + body
                                    + ": "
                                    + response.statusCode()
                                    + " "
                                    + response.body());
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(wrong)
                .as("write operations answering a malformed body with other than 4xx")
                .isEmpty();
    }

    @Test
    void aMalformedBodyIsA400ProblemNamingTheBodyOrTheFieldInTheCallersLanguage() {
        String auth = Http.basic("beheer@example.org", DemoAccounts.PASSWORD);
        HttpResponse<String> notJson =
                http.send("POST", "api/v1/admin/organisations", "[1]", "Authorization", auth);
        assertThat(notJson.statusCode()).as(notJson.body()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        JsonNode problem = Http.json(notJson);
        assertThat(problem.at("/invalid-params/0/name").asText()).isEqualTo("body");
        assertThat(problem.at("/invalid-params/0/reason").asText()).contains("JSON-object");

        HttpResponse<String> wrongType =
                http.send(
                        "POST",
                        "api/v1/admin/organisations/lingestroom/branches/tiel/rooms",
                        "{\"name\":\"Zaal\",\"capacity\":\"twelve\"}",
                        "Authorization",
                        auth,
                        "Accept-Language",
                        "en");
        assertThat(wrongType.statusCode()).as(wrongType.body()).isEqualTo(400);
        JsonNode english = Http.json(wrongType);
        // A value of the wrong type is reported on the body as a whole, in the caller's language.
        assertThat(english.at("/invalid-params/0/name").asText()).isEqualTo("body");
        assertThat(english.at("/invalid-params/0/reason").asText()).contains("JSON object");

        HttpResponse<String> consents =
                http.send("PUT", "api/v1/me/consents", "[true]", "Authorization", auth);
        assertThat(consents.statusCode()).as(consents.body()).isEqualTo(400);
        assertThat(Http.json(consents).at("/invalid-params/0/name").asText()).isEqualTo("body");
    }

    private int status(Row row, String email, Http session) {
        String[] parts = row.operation().split(" ", 2);
        String path = sampled(parts[1], row.sample());
        if (parts[0].equals("PAGE")) {
            return session.get(path.substring(1)).statusCode();
        }
        List<String> headers = new ArrayList<>();
        if (email != null) {
            headers.add("Authorization");
            headers.add(Http.basic(email, DemoAccounts.PASSWORD));
        }
        String body = parts[0].equals("GET") || parts[0].equals("DELETE") ? null : "{}";
        HttpResponse<String> response =
                http.send(parts[0], path.substring(1), body, headers.toArray(String[]::new));
        return response.statusCode();
    }

    /** The path with its {@code {param}=value} samples and an optional {@code ?query} applied. */
    private static String sampled(String path, String sample) {
        String result = path;
        String query = "";
        if (!sample.equals("-")) {
            for (String part : sample.split(" ")) {
                if (part.startsWith("?")) {
                    query = part;
                } else {
                    String[] pair = part.split("=", 2);
                    result = result.replace(pair[0], Http.encode(pair[1]));
                }
            }
        }
        assertThat(result).as("a sample value for every parameter of " + path).doesNotContain("{");
        return result + query;
    }

    private Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String> columns = null;
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("##")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (line.startsWith("#")) {
                    columns = List.of(cells).subList(2, cells.length);
                    assertThat(columns)
                            .as("columns of " + TABLE)
                            .containsExactlyElementsOf(CALLERS.keySet());
                    continue;
                }
                assertThat(cells).as(line).hasSize(2 + CALLERS.size());
                Map<String, Integer> expected = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    expected.put(columns.get(i), Integer.valueOf(cells[2 + i].strip()));
                }
                assertThat(rows.put(cells[0], new Row(cells[0], cells[1], expected)))
                        .as("duplicate row " + cells[0])
                        .isNull();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private Set<String> restOperations() {
        return restOperations(openApi());
    }

    private static Set<String> restOperations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            String key =
                    path.getKey().startsWith("/api/v1")
                            ? path.getKey()
                            : join("/api/v1", path.getKey());
            path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                            verb -> {
                                if (Set.of(
                                                "get", "put", "post", "delete", "patch", "head",
                                                "options")
                                        .contains(verb)) {
                                    operations.add(
                                            verb.toUpperCase(java.util.Locale.ROOT) + " " + key);
                                }
                            });
        }
        return operations;
    }

    private JsonNode openApi() {
        URI uri = URI.create(base.toString()).resolve("/openapi");
        HttpResponse<String> response = new Http(toUrl(uri)).get("", "Accept", "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    /** The pages of the built WAR: every {@code .xhtml} outside WEB-INF, META-INF and resources. */
    static Set<String> pages() {
        Set<String> pages = new TreeSet<>();
        try (ZipFile war = new ZipFile(System.getProperty("themaplein.war"))) {
            war.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.endsWith(".xhtml"))
                    .filter(name -> !name.startsWith("WEB-INF/") && !name.startsWith("META-INF/"))
                    .filter(name -> !name.startsWith("resources/"))
                    .forEach(name -> pages.add("PAGE /" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private static String pathKey(JsonNode document, String apiPath) {
        Iterator<String> keys = document.get("paths").fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (key.equals(apiPath) || join("/api/v1", key).equals(apiPath)) {
                return key;
            }
        }
        throw new AssertionError(apiPath + " is not in the OpenAPI document");
    }

    private static String pointer(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
