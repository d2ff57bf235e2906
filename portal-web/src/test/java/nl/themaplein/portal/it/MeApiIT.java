package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.themaplein.portal.it.PortalDeployment.Demo;
import nl.themaplein.portal.setup.demo.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/v1/me} and login for API clients over HTTP against the deployed WAR and the demo
 * accounts: what the caller sees of itself, changes refused field by field (422) and stored, tokens
 * issued, used, refused and revoked, and the same 401 for unknown address and wrong password.
 */
@ExtendWith(ArquillianExtension.class)
class MeApiIT {

    private static final String MEMBER = "lid@example.org";
    private static final String CURATOR = "curator@example.org";
    private static final String ENGLISH_MEMBER = "member@example.org";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ArquillianResource private URL base;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.create("me-api", Demo.ON);
    }

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void aMemberSeesItsProfileBranchThemesAndRoles() {
        JsonNode me = ok(http.get("api/v1/me", "Authorization", basic(MEMBER)));

        assertThat(me.get("id").asLong()).isPositive();
        assertThat(me.get("email").asText()).isEqualTo(MEMBER);
        assertThat(me.get("displayName").asText()).isEqualTo("Anna de Vries");
        assertThat(me.get("language").asText()).isEqualTo("nl");
        assertThat(me.at("/homeBranch/organisation/code").asText()).isEqualTo("lingestroom");
        assertThat(me.at("/homeBranch/code").asText()).isNotBlank();
        assertThat(me.at("/homeBranch/name").asText()).isNotBlank();
        assertThat(me.get("themes").isArray()).isTrue();
        assertThat(roles(me)).containsExactly("lingestroom MEMBER null");
    }

    @Test
    void aCuratorSeesTheThemesItCurates() {
        JsonNode me = ok(http.get("api/v1/me", "Authorization", basic(CURATOR)));

        assertThat(roles(me))
                .contains("lingestroom MEMBER null")
                .filteredOn(r -> r.startsWith("lingestroom CURATOR "))
                .hasSize(2)
                .noneMatch(r -> r.endsWith(" null"));
    }

    @Test
    void anonymousCallersAndWrongPasswordsGetAProblemWithAChallenge() {
        for (HttpResponse<String> response :
                List.of(
                        http.get("api/v1/me"),
                        http.get("api/v1/me", "Authorization", Http.basic(MEMBER, "wrong")),
                        http.send("PUT", "api/v1/me/themes", "{}"))) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(response.headers().allValues("WWW-Authenticate"))
                    .anyMatch(v -> v.startsWith("Basic "));
        }
        assertThat(http.get("api/v1/me").headers().allValues("WWW-Authenticate"))
                .anyMatch(v -> v.startsWith("Bearer "));
    }

    @Test
    void aProfileChangeIsRefusedFieldByFieldAndThenStored() {
        String auth = basic(ENGLISH_MEMBER);
        JsonNode before = ok(http.get("api/v1/me", "Authorization", auth));

        assertRefused(
                http.send("PUT", "api/v1/me", "{}", "Authorization", auth), 422, "displayName");
        assertRefused(
                http.send(
                        "PUT",
                        "api/v1/me",
                        update("<script>x</script>", "en", before),
                        "Authorization",
                        auth),
                422,
                "displayName");
        assertRefused(
                http.send(
                        "PUT",
                        "api/v1/me",
                        update("Sem\u0000Jansen", "en", before),
                        "Authorization",
                        auth),
                422,
                "displayName");
        assertRefused(
                http.send(
                        "PUT",
                        "api/v1/me",
                        update("Sem Jansen", "fr", before),
                        "Authorization",
                        auth),
                422,
                "language");
        ObjectNode unknownBranch = MAPPER.createObjectNode().put("displayName", "Sem Jansen");
        unknownBranch.put("language", "en");
        unknownBranch
                .putObject("homeBranch")
                .put("organisation", "duinrand")
                .put("code", "nergens");
        assertRefused(
                http.send("PUT", "api/v1/me", unknownBranch.toString(), "Authorization", auth),
                422,
                "homeBranch");
        assertRefused(
                http.send("PUT", "api/v1/me", "{not json", "Authorization", auth), 400, "body");
        assertThat(ok(http.get("api/v1/me", "Authorization", auth)).get("displayName"))
                .as("nothing changed")
                .isEqualTo(before.get("displayName"));

        JsonNode changed =
                ok(
                        http.send(
                                "PUT",
                                "api/v1/me",
                                update("Sem 't Jansen", "nl", before),
                                "Authorization",
                                auth));
        assertThat(changed.get("displayName").asText()).isEqualTo("Sem 't Jansen");
        assertThat(changed.get("language").asText()).isEqualTo("nl");
        JsonNode read = ok(http.get("api/v1/me", "Authorization", auth));
        assertThat(read.get("displayName").asText()).isEqualTo("Sem 't Jansen");
        assertThat(read.get("homeBranch")).isEqualTo(before.get("homeBranch"));

        ok(
                http.send(
                        "PUT",
                        "api/v1/me",
                        update(before.get("displayName").asText(), "en", before),
                        "Authorization",
                        auth));
    }

    @Test
    void followedThemesAreReplacedAndNamedInTheAccountsLanguage() {
        String auth = basic(ENGLISH_MEMBER);
        List<String> codes = themeCodes();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(2);

        assertRefused(
                http.send(
                        "PUT",
                        "api/v1/me/themes",
                        "{\"themes\":[\"" + codes.get(0) + "\",\"bestaat-niet\"]}",
                        "Authorization",
                        auth),
                422,
                "themes");
        assertRefused(
                http.send("PUT", "api/v1/me/themes", "{}", "Authorization", auth), 422, "themes");

        String chosen = "{\"themes\":[\"" + codes.get(0) + "\",\"" + codes.get(1) + "\"]}";
        JsonNode me = ok(http.send("PUT", "api/v1/me/themes", chosen, "Authorization", auth));
        assertThat(me.get("themes")).hasSize(2);
        JsonNode read = ok(http.get("api/v1/me", "Authorization", auth));
        List<String> followed = new ArrayList<>();
        read.get("themes").forEach(t -> followed.add(t.get("code").asText()));
        assertThat(followed).containsExactlyInAnyOrder(codes.get(0), codes.get(1));
        if (read.get("language").asText().equals("en")) {
            assertThat(read.at("/themes/0/name").asText()).isNotBlank();
        }

        ok(http.send("PUT", "api/v1/me/themes", "{\"themes\":[]}", "Authorization", auth));
        assertThat(ok(http.get("api/v1/me", "Authorization", auth)).get("themes")).isEmpty();
    }

    @Test
    void aTokenWorksUntilItIsRevoked() {
        HttpResponse<String> issued =
                http.send(
                        "POST",
                        "api/v1/auth/tokens",
                        "{\"email\":\"LID@example.org\",\"password\":\""
                                + DemoAccounts.PASSWORD
                                + "\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        assertThat(issued.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        String token = Http.json(issued).get("token").asText();
        Instant expires = Instant.parse(Http.json(issued).get("expiresAt").asText());
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Duration.between(Instant.now(), expires))
                .isBetween(Duration.ofDays(29), Duration.ofDays(30));

        JsonNode me = ok(http.get("api/v1/me", "Authorization", Http.bearer(token)));
        assertThat(me.get("email").asText()).isEqualTo(MEMBER);

        HttpResponse<String> revoked =
                http.send(
                        "DELETE",
                        "api/v1/auth/tokens/current",
                        null,
                        "Authorization",
                        Http.bearer(token));
        assertThat(revoked.statusCode()).isEqualTo(204);

        HttpResponse<String> after = http.get("api/v1/me", "Authorization", Http.bearer(token));
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().allValues("WWW-Authenticate"))
                .anyMatch(v -> v.startsWith("Bearer ") && v.contains("invalid_token"));
        assertThat(Http.json(after).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aWrongTokenIsRefusedEvenOnPublicResources() {
        String wrong = "A".repeat(43);
        for (String path : List.of("api/v1/me", "api/v1/search?q=molen", "api/v1/records/x")) {
            HttpResponse<String> response = http.get(path, "Authorization", Http.bearer(wrong));
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(response.headers().allValues("WWW-Authenticate"))
                    .anyMatch(v -> v.contains("invalid_token"));
        }
        assertThat(http.get("api/v1/me", "Authorization", "Bearer ").statusCode()).isEqualTo(401);
        assertThat(http.get("api/v1/me", "Authorization", "Bearer <script>").statusCode())
                .isEqualTo(401);
    }

    @Test
    void unknownAddressAndWrongPasswordGetTheSameAnswer() {
        HttpResponse<String> wrongPassword =
                http.send(
                        "POST",
                        "api/v1/auth/tokens",
                        "{\"email\":\"lid@example.org\",\"password\":\"not-it\"}");
        HttpResponse<String> unknown =
                http.send(
                        "POST",
                        "api/v1/auth/tokens",
                        "{\"email\":\"niemand@example.org\",\"password\":\""
                                + DemoAccounts.PASSWORD
                                + "\"}");

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(withoutInstance(unknown)).isEqualTo(withoutInstance(wrongPassword));
        assertThat(unknown.headers().allValues("WWW-Authenticate")).isNotEmpty();
        assertThat(unknown.body()).doesNotContain("niemand");

        assertRefused(http.send("POST", "api/v1/auth/tokens", "{}"), 422, "email");
        assertRefused(
                http.send("POST", "api/v1/auth/tokens", "{\"email\":\"lid@example.org\"}"),
                422,
                "password");
        assertRefused(http.send("POST", "api/v1/auth/tokens", "[1,2"), 400, "body");
    }

    @Test
    void revokingNeedsAToken() {
        assertThat(http.send("DELETE", "api/v1/auth/tokens/current", null).statusCode())
                .isEqualTo(401);
        HttpResponse<String> basic =
                http.send(
                        "DELETE",
                        "api/v1/auth/tokens/current",
                        null,
                        "Authorization",
                        basic(MEMBER));
        assertThat(basic.statusCode()).isEqualTo(400);
        assertThat(basic.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    private List<String> themeCodes() {
        JsonNode curator = ok(http.get("api/v1/me", "Authorization", basic(CURATOR)));
        List<String> codes = new ArrayList<>();
        curator.get("roles")
                .forEach(
                        r -> {
                            if (!r.get("theme").isNull()) {
                                codes.add(r.get("theme").asText());
                            }
                        });
        return codes;
    }

    private static String update(String name, String language, JsonNode before) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("displayName", name);
        body.put("language", language);
        body.set("homeBranch", before.get("homeBranch").isNull() ? null : homeBranch(before));
        return body.toString();
    }

    private static JsonNode homeBranch(JsonNode me) {
        ObjectNode branch = MAPPER.createObjectNode();
        branch.put("organisation", me.at("/homeBranch/organisation/code").asText());
        branch.put("code", me.at("/homeBranch/code").asText());
        return branch;
    }

    private static String withoutInstance(HttpResponse<String> response) {
        ObjectNode problem = (ObjectNode) Http.json(response);
        problem.remove("instance");
        return problem.toString();
    }

    private static List<String> roles(JsonNode me) {
        List<String> roles = new ArrayList<>();
        me.get("roles")
                .forEach(
                        r ->
                                roles.add(
                                        r.get("organisation").asText()
                                                + " "
                                                + r.get("role").asText()
                                                + " "
                                                + (r.get("theme").isNull()
                                                        ? "null"
                                                        : r.get("theme").asText())));
        return roles;
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control"))
                .as("no caching of a logged-in caller's answers")
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        return Http.json(response);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = Http.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.at("/invalid-params/0/name").asText()).isEqualTo(field);
        assertThat(problem.at("/invalid-params/0/reason").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("<script>");
    }

    private static String basic(String email) {
        return Http.basic(email, DemoAccounts.PASSWORD);
    }
}
