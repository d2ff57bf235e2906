package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import nl.themaplein.portal.it.PortalDeployment.Demo;
import nl.themaplein.portal.setup.demo.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The library admin API over HTTP against the deployed WAR and the demo organisations: branches
 * with an evening interval and an exception, refused overlaps naming the field, rooms, photo
 * uploads stored in two sizes and served as JPEG with nosniff, a text file refused, and who may do
 * what (staff of the other organisation 403, a member 403, anonymous 401).
 */
@ExtendWith(ArquillianExtension.class)
class LibraryAdminApiIT {

    private static final String ADMIN = "beheer@example.org";
    private static final String STAFF = "medewerker.lingestroom@example.org";
    private static final String OTHER_STAFF = "medewerker.duinrand@example.org";
    private static final String MEMBER = "lid@example.org";
    private static final String ORGS = "api/v1/admin/organisations";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @ArquillianResource private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.create("library-api", Demo.ON);
    }

    @Test
    void staffAddABranchWithAnEveningIntervalAndAnExceptionAndChangeIt() throws IOException {
        String date = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(10).toString();
        String body =
                """
                {"code": "buren", "name": "Buren", "street": "Markt 1", "postcode": "4116 BG",
                 "place": "Buren", "municipality": "Buren", "phone": "0344 123456",
                 "email": "buren@lingestroom.example.org",
                 "openingHours": {"TUESDAY": [{"opens": "09:30", "closes": "12:00"},
                                              {"opens": "18:30", "closes": "21:00"}],
                                  "SATURDAY": [{"opens": "10:00", "closes": "14:00"}]},
                 "exceptions": [{"date": "%s", "reasonNl": "Verbouwing", "reasonEn": "Renovation",
                                 "hours": []}]}
                """
                        .formatted(date);

        HttpResponse<String> created =
                send("POST", ORGS + "/lingestroom/branches", STAFF, json(body));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/buren"));
        JsonNode branch = Http.json(send("GET", ORGS + "/lingestroom/branches/buren", STAFF, null));
        assertThat(branch.at("/openingHours/TUESDAY/1/opens").asText()).isEqualTo("18:30");
        assertThat(branch.at("/openingHours/TUESDAY/1/closes").asText()).isEqualTo("21:00");
        assertThat(branch.at("/openingHours/MONDAY")).isEmpty();
        assertThat(branch.at("/exceptions/0/date").asText()).isEqualTo(date);
        assertThat(branch.at("/exceptions/0/reasonEn").asText()).isEqualTo("Renovation");
        assertThat(branch.at("/exceptions/0/hours")).isEmpty();

        String changed =
                """
                {"name": "Buren (Markt)", "street": "Markt 2", "postcode": "4116 BG", "place": "Buren",
                 "municipality": "Buren",
                 "openingHours": {"THURSDAY": [{"opens": "19:00", "closes": "21:30"}]},
                 "exceptions": [{"date": "%s", "reasonNl": "Korte dag", "reasonEn": "Short day",
                                 "hours": [{"opens": "10:00", "closes": "13:00"}]}]}
                """
                        .formatted(date);
        HttpResponse<String> put =
                send("PUT", ORGS + "/lingestroom/branches/buren", STAFF, json(changed));

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode after = Http.json(put);
        assertThat(after.get("name").asText()).isEqualTo("Buren (Markt)");
        assertThat(after.at("/openingHours/TUESDAY")).isEmpty();
        assertThat(after.at("/openingHours/THURSDAY/0/closes").asText()).isEqualTo("21:30");
        assertThat(after.at("/exceptions")).hasSize(1);
        assertThat(after.at("/exceptions/0/hours/0/opens").asText()).isEqualTo("10:00");
        // The public home page now lists the branch with its new name.
        assertThat(new Http(base).get("").body()).contains("Buren (Markt)");
    }

    @Test
    void onlyAClosingTimeIsChangedWithoutAServerError() {
        // Named to sort after the demo branches: on PostgreSQL the test classes share one database,
        // and LibraryPagesBrowserIT expects Culemborg as the first branch of the staff page.
        String body =
                """
                {"code": "beesd", "name": "Vestiging Beesd", "street": "Voorstraat 1", "postcode": "4153 AA",
                 "place": "Beesd", "municipality": "West Betuwe",
                 "openingHours": {"MONDAY": [{"opens": "10:00", "closes": "17:00"}],
                                  "WEDNESDAY": [{"opens": "10:00", "closes": "17:00"},
                                                {"opens": "19:00", "closes": "21:00"}]}}
                """;
        HttpResponse<String> created =
                send("POST", ORGS + "/lingestroom/branches", STAFF, json(body));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        String changed =
                body.replace("\"code\": \"beesd\", ", "")
                        .replace(
                                "\"WEDNESDAY\": [{\"opens\": \"10:00\", \"closes\": \"17:00\"}",
                                "\"WEDNESDAY\": [{\"opens\": \"10:00\", \"closes\": \"16:00\"}");
        HttpResponse<String> put =
                send("PUT", ORGS + "/lingestroom/branches/beesd", STAFF, json(changed));

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode read = Http.json(send("GET", ORGS + "/lingestroom/branches/beesd", STAFF, null));
        assertThat(read.at("/openingHours/WEDNESDAY/0/opens").asText()).isEqualTo("10:00");
        assertThat(read.at("/openingHours/WEDNESDAY/0/closes").asText()).isEqualTo("16:00");
        assertThat(read.at("/openingHours/WEDNESDAY/1/closes").asText()).isEqualTo("21:00");
        assertThat(read.at("/openingHours/MONDAY/0/closes").asText()).isEqualTo("17:00");
    }

    @Test
    void overlappingOrBackwardHoursAreRefusedNamingTheFieldAndChangeNothing() {
        String overlap =
                """
                {"name": "Tiel", "street": "Stationsplein 3", "postcode": "4001 BZ", "place": "Tiel",
                 "municipality": "Tiel",
                 "openingHours": {"MONDAY": [{"opens": "09:00", "closes": "13:00"},
                                             {"opens": "12:30", "closes": "17:00"}]}}
                """;
        HttpResponse<String> refused =
                send("PUT", ORGS + "/lingestroom/branches/tiel", STAFF, json(overlap));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.json(refused).at("/invalid-params/0/name").asText())
                .isEqualTo("openingHours.MONDAY");

        String backward =
                overlap.replace(
                        "\"12:30\", \"closes\": \"17:00\"", "\"17:00\", \"closes\": \"16:00\"");
        HttpResponse<String> backwardRefused =
                send(
                        "PUT",
                        ORGS + "/lingestroom/branches/tiel",
                        STAFF,
                        json(backward),
                        "Accept-Language",
                        "en");
        assertThat(backwardRefused.statusCode()).isEqualTo(400);
        JsonNode problem = Http.json(backwardRefused);
        assertThat(problem.at("/invalid-params/0/name").asText())
                .isEqualTo("openingHours.MONDAY[1].closes");
        assertThat(problem.at("/invalid-params/0/reason").asText()).contains("closing time");

        JsonNode tiel = Http.json(send("GET", ORGS + "/lingestroom/branches/tiel", STAFF, null));
        assertThat(tiel.at("/openingHours/MONDAY").toString())
                .doesNotContain("12:30")
                .doesNotContain("16:00");
    }

    @Test
    void roomsAreAddedChangedAndDeleted() {
        String room =
                """
                {"name": "Leeszaal", "capacity": 24, "facilities": ["WIFI", "PROJECTOR"],
                 "accessibilityNl": "Drempelvrij", "accessibilityEn": "Step-free",
                 "wheelchairAccessible": true, "hearingLoop": false}
                """;
        String rooms = ORGS + "/lingestroom/branches/culemborg/rooms";
        HttpResponse<String> created = send("POST", rooms, STAFF, json(room));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Http.json(created).get("id").asLong();

        HttpResponse<String> updated =
                send(
                        "PUT",
                        rooms + "/" + id,
                        STAFF,
                        json(room.replace("24", "30").replace("false", "true")));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(Http.json(updated).get("capacity").asInt()).isEqualTo(30);
        assertThat(Http.json(updated).get("hearingLoop").asBoolean()).isTrue();

        HttpResponse<String> zero =
                send(
                        "POST",
                        rooms,
                        STAFF,
                        json(room.replace("24", "0").replace("Leeszaal", "Nul")));
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(Http.json(zero).at("/invalid-params/0/name").asText()).isEqualTo("capacity");

        assertThat(send("DELETE", rooms + "/" + id, STAFF, null).statusCode()).isEqualTo(204);
        assertThat(send("GET", rooms + "/" + id, STAFF, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aPhotoIsStoredInTwoSizesAndServedAsJpegWithNosniff() throws IOException {
        long room = newRoom("Fotozaal");
        String photos = ORGS + "/lingestroom/branches/tiel/rooms/" + room + "/photos";

        HttpResponse<String> uploaded =
                send(
                        "POST",
                        photos
                                + "?altNl="
                                + Http.encode("Zaal met stoelen")
                                + "&altEn="
                                + Http.encode("Room with chairs"),
                        STAFF,
                        HttpRequest.BodyPublishers.ofByteArray(png(2400, 1200)),
                        "Content-Type",
                        "image/png");

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode photo = Http.json(uploaded);
        assertThat(photo.get("width").asInt()).isEqualTo(1600);
        assertThat(photo.get("height").asInt()).isEqualTo(800);
        for (String size : new String[] {"1600", "480"}) {
            HttpResponse<byte[]> served =
                    bytes("media/rooms/" + photo.get("id").asLong() + "/" + size + ".jpg");
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(served.headers().firstValue("ETag")).isPresent();
            assertThat(served.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(c -> assertThat(c).contains("max-age"));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.body()));
            assertThat(Math.max(image.getWidth(), image.getHeight()))
                    .isEqualTo(Integer.parseInt(size));
        }
        assertThat(bytes("media/rooms/" + photo.get("id").asLong() + "/999.jpg").statusCode())
                .isEqualTo(404);
        JsonNode listed =
                Http.json(
                        send(
                                "GET",
                                ORGS + "/lingestroom/branches/tiel/rooms/" + room,
                                STAFF,
                                null));
        assertThat(listed.at("/photos/0/altEn").asText()).isEqualTo("Room with chairs");
    }

    @Test
    void aTextFileOrAMissingAltTextIsRefused() throws IOException {
        long room = newRoom("Tekstzaal");
        String photos = ORGS + "/lingestroom/branches/tiel/rooms/" + room + "/photos";

        HttpResponse<String> text =
                send(
                        "POST",
                        photos + "?altNl=a&altEn=b",
                        STAFF,
                        HttpRequest.BodyPublishers.ofString("just some text, named photo.jpg"),
                        "Content-Type",
                        "image/jpeg");
        assertThat(text.statusCode()).as(text.body()).isEqualTo(400);
        assertThat(Http.json(text).at("/invalid-params/0/name").asText()).isEqualTo("photo");

        HttpResponse<String> noAlt =
                send(
                        "POST",
                        photos + "?altNl=a",
                        STAFF,
                        HttpRequest.BodyPublishers.ofByteArray(png(10, 10)));
        assertThat(noAlt.statusCode()).isEqualTo(400);
        assertThat(Http.json(noAlt).at("/invalid-params/0/name").asText()).isEqualTo("altEn");
    }

    @Test
    void onlyTheOrganisationsOwnStaffOrAnAdminMayActOnIt() {
        String room = "{\"name\": \"Indringer\", \"capacity\": 5}";
        String rooms = ORGS + "/lingestroom/branches/tiel/rooms";

        assertThat(send("POST", rooms, OTHER_STAFF, json(room)).statusCode()).isEqualTo(403);
        assertThat(send("GET", ORGS + "/lingestroom", OTHER_STAFF, null).statusCode())
                .isEqualTo(403);
        assertThat(send("GET", rooms, MEMBER, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", rooms, null, null).statusCode()).isEqualTo(401);
        assertThat(
                        send(
                                        "POST",
                                        ORGS,
                                        STAFF,
                                        json("{\"code\": \"nieuw\", \"name\": \"Nieuw\"}"))
                                .statusCode())
                .isEqualTo(403);
        assertThat(send("GET", ORGS + "/duinrand", OTHER_STAFF, null).statusCode()).isEqualTo(200);
        HttpResponse<String> list = send("GET", ORGS, OTHER_STAFF, null);
        assertThat(Http.json(list).findValuesAsText("code")).containsExactly("duinrand");

        HttpResponse<String> created =
                send(
                        "POST",
                        ORGS,
                        ADMIN,
                        json(
                                "{\"code\": \"rivierenland\", \"name\": \"Bibliotheek"
                                        + " Rivierenland\"}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(
                        send("POST", rooms, ADMIN, json(room.replace("Indringer", "Beheerzaal")))
                                .statusCode())
                .isEqualTo(201);
    }

    @Test
    void staffAddAndChangeTheirOwnThemesOnly() {
        String theme =
                "{\"nameNl\": \"Streekgeschiedenis\", \"nameEn\": \"Local history\","
                        + " \"introNl\": \"Over de streek.\", \"introEn\": \"About the region.\"}";
        HttpResponse<String> created =
                send("POST", ORGS + "/lingestroom/themes", STAFF, json(theme));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.json(created).get("code").asText()).isEqualTo("streekgeschiedenis");

        HttpResponse<String> changed =
                send(
                        "PUT",
                        ORGS + "/lingestroom/themes/streekgeschiedenis",
                        STAFF,
                        json(theme.replace("Over de", "Over onze")));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.json(changed).get("introNl").asText()).isEqualTo("Over onze streek.");
        assertThat(
                        send(
                                        "PUT",
                                        ORGS + "/lingestroom/themes/streekgeschiedenis",
                                        OTHER_STAFF,
                                        json(theme))
                                .statusCode())
                .isEqualTo(403);
        assertThat(send("GET", ORGS + "/lingestroom/themes", STAFF, null).body())
                .contains("streekgeschiedenis");
    }

    private long newRoom(String name) {
        HttpResponse<String> created =
                send(
                        "POST",
                        ORGS + "/lingestroom/branches/tiel/rooms",
                        STAFF,
                        json("{\"name\": \"" + name + "\", \"capacity\": 12}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).get("id").asLong();
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(
            String method,
            String path,
            String user,
            HttpRequest.BodyPublisher body,
            String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body)
                        .header("Content-Type", "application/json");
        if (user != null) {
            request.header("Authorization", Http.basic(user, DemoAccounts.PASSWORD));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(
                    request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> bytes(String path) {
        try {
            return CLIENT.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(0, 0, width / 3, height / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
