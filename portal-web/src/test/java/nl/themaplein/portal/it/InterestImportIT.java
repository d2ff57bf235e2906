package nl.themaplein.portal.it;

import static nl.themaplein.portal.it.SliceBSupport.PASSWORD;
import static nl.themaplein.portal.it.SliceBSupport.api;
import static nl.themaplein.portal.it.SliceBSupport.createMember;
import static nl.themaplein.portal.it.SliceBSupport.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.themaplein.portal.setup.demo.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The interest import through the REST API on the real database: a dry run changes nothing, the
 * import then changes exactly what the dry run said, members of another organisation are never
 * touched, bad rows are reported with their line numbers, and the import is in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class InterestImportIT {

    private static final String STAFF_LINGESTROOM = "medewerker.lingestroom@example.org";
    private static final String STAFF_DUINRAND = "medewerker.duinrand@example.org";
    private static final String IMPORTS = "api/v1/admin/interest-imports";

    @ArquillianResource private URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SliceBSupport.deployment("interest-import");
    }

    @Test
    void aDryRunChangesNothingAndTheImportChangesExactlyWhatItSaid() {
        // Arrange: two Lingestroom members (one by number, one by address), one Duinrand member
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String numbered = freshEmail("nummer");
        String addressed = freshEmail("adres");
        String elsewhere = freshEmail("duinrand");
        createMember(
                deployed, numbered, "Nummer Lid", "lingestroom/tiel", "L" + suffix, "gezondheid");
        createMember(deployed, addressed, "Adres Lid", "lingestroom/culemborg", null, null);
        createMember(deployed, elsewhere, "Ander Lid", "duinrand/castricum", "D" + suffix, null);
        // Windows-1252, semicolons, a header, a theme by Dutch name, English name and code
        String csv =
                "Lidnummer;Thema's\r\n"
                        + "L"
                        + suffix
                        + ";Gezondheid|Money and work|onbekend-thema\r\n"
                        + addressed.toUpperCase()
                        + ";taal\r\n"
                        + elsewhere
                        + ";taal\r\n"
                        + "D"
                        + suffix
                        + ";taal\r\n"
                        + "zonder-thema's\r\n"
                        + "L"
                        + suffix
                        + ";taal|gezondheid\r\n"
                        + "Ünbekend;Taal\r\n";
        byte[] body = csv.getBytes(Charset.forName("windows-1252"));

        // Act: dry run
        HttpResponse<String> dryRun =
                post(IMPORTS + "?dryRun=true&organisation=lingestroom", body, STAFF_LINGESTROOM);
        List<String> themesAfterDryRun = themes(numbered);

        // Assert: the plan, and nothing changed
        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        JsonNode plan = Http.json(dryRun);
        assertThat(plan.get("dryRun").asBoolean()).isTrue();
        assertThat(plan.get("membersChanged").asInt()).isEqualTo(2);
        assertThat(plan.get("themesAdded").asInt()).isEqualTo(3);
        assertThat(plan.get("themesAlreadyThere").asInt()).isEqualTo(2);
        assertThat(plan.get("unknownThemes").asInt()).isEqualTo(1);
        assertThat(plan.get("unknownMembers").asInt()).isEqualTo(3);
        assertThat(plan.get("badRows").asInt()).isEqualTo(1);
        JsonNode rows = plan.get("rows");
        assertThat(row(rows, 2).get("added"))
                .extracting(JsonNode::asText)
                .containsExactly("geld-en-werk");
        assertThat(row(rows, 2).get("alreadyThere"))
                .extracting(JsonNode::asText)
                .containsExactly("gezondheid");
        assertThat(row(rows, 2).get("unknownThemes"))
                .extracting(JsonNode::asText)
                .containsExactly("onbekend-thema");
        assertThat(row(rows, 3).get("added")).extracting(JsonNode::asText).containsExactly("taal");
        assertThat(row(rows, 4).get("problem").asText())
                .isEqualTo("interestImport.row.unknownMember");
        assertThat(row(rows, 5).get("problem").asText())
                .isEqualTo("interestImport.row.unknownMember");
        assertThat(row(rows, 6).get("reason").asText()).contains("tweede kolom");
        assertThat(row(rows, 7).get("added")).extracting(JsonNode::asText).containsExactly("taal");
        assertThat(row(rows, 8).get("member").asText()).isEqualTo("Ünbekend");
        assertThat(themesAfterDryRun).containsExactly("gezondheid");
        assertThat(themes(addressed)).isEmpty();

        // Act: the import
        HttpResponse<String> imported =
                post(IMPORTS + "?dryRun=false&organisation=lingestroom", body, STAFF_LINGESTROOM);

        // Assert: the same report, now applied, and exactly those changes
        JsonNode done = Http.json(imported);
        assertThat(done.get("dryRun").asBoolean()).isFalse();
        assertThat(done.get("rows")).isEqualTo(plan.get("rows"));
        for (String total :
                List.of(
                        "membersChanged",
                        "themesAdded",
                        "themesAlreadyThere",
                        "unknownThemes",
                        "unknownMembers",
                        "badRows")) {
            assertThat(done.get(total)).as(total).isEqualTo(plan.get(total));
        }
        assertThat(themes(numbered)).containsExactly("geld-en-werk", "gezondheid", "taal");
        assertThat(themes(addressed)).containsExactly("taal");
        assertThat(themes(elsewhere)).isEmpty();

        // A second import adds nothing
        JsonNode again =
                Http.json(
                        post(
                                IMPORTS + "?dryRun=false&organisation=lingestroom",
                                body,
                                STAFF_LINGESTROOM));
        assertThat(again.get("themesAdded").asInt()).isZero();
        assertThat(again.get("themesAlreadyThere").asInt()).isEqualTo(5);
    }

    @Test
    void staffImportOnlyForTheirOwnOrganisationAndMembersNotAtAll() {
        byte[] body = "a@example.org,taal\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String member = freshEmail("import-lid");
        createMember(deployed, member, "Import Lid", "lingestroom/tiel", null, null);

        HttpResponse<String> elsewhere =
                post(IMPORTS + "?organisation=lingestroom", body, STAFF_DUINRAND);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        // Its own text, about importing, not the role page's
        assertThat(Http.json(elsewhere).get("detail").asText())
                .contains("interesses importeren")
                .doesNotContain("rollen");
        assertThat(post(IMPORTS + "?organisation=lingestroom", body, member, PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(post(IMPORTS + "?dryRun=perhaps", body, STAFF_DUINRAND).statusCode())
                .isEqualTo(400);
        assertThat(post(IMPORTS, new byte[0], STAFF_DUINRAND).statusCode()).isEqualTo(400);
        // Staff of one organisation need not name it
        HttpResponse<String> own = post(IMPORTS, body, STAFF_DUINRAND);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(Http.json(own).get("organisation").asText()).isEqualTo("duinrand");
    }

    private HttpResponse<String> post(String path, byte[] body, String user) {
        return post(path, body, user, DemoAccounts.PASSWORD);
    }

    private HttpResponse<String> post(String path, byte[] body, String user, String password) {
        return SliceBSupport.send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create(deployed + path))
                        .header("Authorization", Http.basic(user, password))
                        .header("Content-Type", "text/csv")
                        .header("Accept-Language", "nl")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build());
    }

    private List<String> themes(String email) {
        JsonNode export =
                Http.json(api(deployed, "GET", "api/v1/me/export", email, PASSWORD, null));
        List<String> codes = new ArrayList<>();
        export.get("themes").forEach(t -> codes.add(t.get("code").asText()));
        return codes;
    }

    private static JsonNode row(JsonNode rows, int line) {
        for (JsonNode row : rows) {
            if (row.get("line").asInt() == line) {
                return row;
            }
        }
        throw new AssertionError("No row for line " + line + " in " + rows);
    }
}
