package nl.themaplein.portal.it;

import static nl.themaplein.portal.it.SliceBSupport.PASSWORD;
import static nl.themaplein.portal.it.SliceBSupport.api;
import static nl.themaplein.portal.it.SliceBSupport.createMember;
import static nl.themaplein.portal.it.SliceBSupport.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.themaplein.portal.it.SliceBSupport.PageSession;
import nl.themaplein.portal.setup.demo.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Slice B against the deployed WAR and the real database: consents with dates and history, the
 * export document, role grants and revokes with their audit entries (visible to ADMIN only), the
 * organisation checks (403 for staff of the other organisation and for members), and account
 * deletion through the page (data gone, login refused, audit anonymised, the address free again).
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyRolesIT {

    private static final String ADMIN = "beheer@example.org";
    private static final String STAFF_LINGESTROOM = "medewerker.lingestroom@example.org";
    private static final String STAFF_DUINRAND = "medewerker.duinrand@example.org";
    private static final String DEMO = DemoAccounts.PASSWORD;
    private static final String ROLES = "api/v1/admin/organisations/lingestroom/roles";

    @ArquillianResource private URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SliceBSupport.deployment("privacy-roles");
    }

    @Test
    void consentChangesAreRecordedWithTheirDateAndHistory() {
        // Arrange
        String email = freshEmail("consent");
        createMember(deployed, email, "Consent Lid", "lingestroom/tiel", null, null);
        Instant before = Instant.now().minusSeconds(5);

        // Act
        JsonNode initial =
                Http.json(api(deployed, "GET", "api/v1/me/consents", email, PASSWORD, null));
        HttpResponse<String> given =
                api(
                        deployed,
                        "PUT",
                        "api/v1/me/consents",
                        email,
                        PASSWORD,
                        "{\"NEWSLETTER\": true}");
        HttpResponse<String> withdrawn =
                api(
                        deployed,
                        "PUT",
                        "api/v1/me/consents",
                        email,
                        PASSWORD,
                        "{\"NEWSLETTER\": false, \"LOAN_HISTORY\": true}");

        // Assert: nothing consented by default
        assertThat(initial.get("consents")).hasSize(3);
        initial.get("consents")
                .forEach(
                        c -> {
                            assertThat(c.get("granted").asBoolean()).isFalse();
                            assertThat(c.get("changedAt").isNull()).isTrue();
                        });
        assertThat(initial.get("history")).isEmpty();

        // Assert: each change kept with its moment
        assertThat(given.statusCode()).isEqualTo(200);
        assertThat(consent(Http.json(given), "NEWSLETTER").get("granted").asBoolean()).isTrue();
        JsonNode after = Http.json(withdrawn);
        assertThat(consent(after, "NEWSLETTER").get("granted").asBoolean()).isFalse();
        assertThat(consent(after, "LOAN_HISTORY").get("granted").asBoolean()).isTrue();
        assertThat(consent(after, "NAME_ON_ACTIVITIES").get("changedAt").isNull()).isTrue();
        assertThat(after.get("history")).hasSize(3);
        List<String> history = new ArrayList<>();
        after.get("history")
                .forEach(
                        h -> {
                            history.add(
                                    h.get("purpose").asText() + "=" + h.get("granted").asBoolean());
                            assertThat(Instant.parse(h.get("changedAt").asText()))
                                    .isAfter(before)
                                    .isBefore(Instant.now());
                        });
        assertThat(history)
                .containsExactlyInAnyOrder(
                        "NEWSLETTER=true", "NEWSLETTER=false", "LOAN_HISTORY=true");
        assertThat(history.getFirst()).isEqualTo("NEWSLETTER=true");
    }

    @Test
    void badConsentRequestsAreRefusedNamingTheField() {
        String email = freshEmail("consent-bad");
        createMember(deployed, email, "Consent Fout", "lingestroom/tiel", null, null);

        HttpResponse<String> unknown =
                api(deployed, "PUT", "api/v1/me/consents", email, PASSWORD, "{\"SELLING\": true}");
        HttpResponse<String> notABoolean =
                api(
                        deployed,
                        "PUT",
                        "api/v1/me/consents",
                        email,
                        PASSWORD,
                        "{\"NEWSLETTER\": \"yes\"}");
        HttpResponse<String> anonymous =
                api(deployed, "GET", "api/v1/me/consents", null, null, null);

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Http.json(unknown).get("invalid-params").get(0).get("name").asText())
                .isEqualTo("SELLING");
        assertThat(notABoolean.statusCode()).isEqualTo(400);
        assertThat(Http.json(notABoolean).get("invalid-params").get(0).get("name").asText())
                .isEqualTo("NEWSLETTER");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void theExportHoldsProfileThemesRolesConsentsAndAuditEntries() {
        // Arrange
        String email = freshEmail("export");
        long id =
                createMember(
                        deployed,
                        email,
                        "Export Lid",
                        "lingestroom/culemborg",
                        null,
                        "gezondheid,taal");
        api(
                deployed,
                "PUT",
                "api/v1/me/consents",
                email,
                PASSWORD,
                "{\"NAME_ON_ACTIVITIES\": true}");

        // Act
        HttpResponse<String> response =
                api(deployed, "GET", "api/v1/me/export", email, PASSWORD, null);

        // Assert
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .matches(
                        "attachment;"
                            + " filename=\"themaplein-mijn-gegevens-\\d{4}-\\d{2}-\\d{2}\\.json\"");
        JsonNode export = Http.json(response);
        JsonNode profile = export.get("profile");
        assertThat(profile.get("id").asLong()).isEqualTo(id);
        assertThat(profile.get("email").asText()).isEqualTo(email);
        assertThat(profile.get("displayName").asText()).isEqualTo("Export Lid");
        assertThat(profile.get("language").asText()).isEqualTo("nl");
        assertThat(profile.get("homeBranch").get("organisation").asText()).isEqualTo("lingestroom");
        assertThat(profile.get("homeBranch").get("code").asText()).isEqualTo("culemborg");
        assertThat(codes(export.get("themes"), "code")).containsExactly("gezondheid", "taal");
        assertThat(export.get("roles")).hasSize(1);
        assertThat(export.get("roles").get(0).get("organisation").asText())
                .isEqualTo("lingestroom");
        assertThat(export.get("roles").get(0).get("role").asText()).isEqualTo("MEMBER");
        assertThat(
                        consent(export.get("consents").get("current"), "NAME_ON_ACTIVITIES")
                                .get("granted")
                                .asBoolean())
                .isTrue();
        assertThat(export.get("consents").get("history")).hasSize(1);
        assertThat(codes(export.get("auditEntries"), "action")).containsExactly("CONSENT_CHANGED");
        assertThat(export.get("auditEntries").get(0).get("actor").asText()).isEqualTo("self");
    }

    @Test
    void staffGrantAndRevokeRolesAndTheAuditLogShowsItToAdminsOnly() {
        // Arrange
        String email = freshEmail("roles");
        long id = createMember(deployed, email, "Rollen Lid", "lingestroom/tiel", null, null);

        // Act: grant curator of a theme, then look it up (address in another case)
        HttpResponse<String> granted =
                api(
                        deployed,
                        "POST",
                        ROLES,
                        STAFF_LINGESTROOM,
                        DEMO,
                        "{\"email\":\""
                                + email.toUpperCase()
                                + "\",\"role\":\"CURATOR\",\"theme\":\"gezondheid\"}");
        JsonNode found =
                Http.json(
                        api(
                                deployed,
                                "GET",
                                ROLES + "?email=" + Http.encode(email.toUpperCase()),
                                STAFF_LINGESTROOM,
                                DEMO,
                                null));
        long curatorRole = roleId(found, "CURATOR");
        HttpResponse<String> revoked =
                api(deployed, "DELETE", ROLES + "/" + curatorRole, STAFF_LINGESTROOM, DEMO, null);
        JsonNode afterRevoke =
                Http.json(
                        api(
                                deployed,
                                "GET",
                                ROLES + "?email=" + Http.encode(email),
                                STAFF_LINGESTROOM,
                                DEMO,
                                null));

        // Assert: the roles
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        assertThat(found.get("accountId").asLong()).isEqualTo(id);
        assertThat(codes(found.get("roles"), "role")).containsExactly("MEMBER", "CURATOR");
        assertThat(found.get("roles").get(1).get("theme").asText()).isEqualTo("gezondheid");
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(codes(afterRevoke.get("roles"), "role")).containsExactly("MEMBER");

        // Assert: the audit log, for the admin, names the account and the staff member
        PageSession admin = new PageSession(deployed);
        assertThat(admin.login(ADMIN, DEMO)).isTrue();
        String log = admin.get("admin/audit.xhtml?organisation=lingestroom").body();
        assertThat(log)
                .contains(
                        "Rol gegeven",
                        "Rol afgenomen",
                        "Rollen Lid",
                        "Eva Mulder",
                        "role=CURATOR theme=gezondheid");

        // Assert: staff and members do not get the audit log
        PageSession staff = new PageSession(deployed);
        assertThat(staff.login(STAFF_LINGESTROOM, DEMO)).isTrue();
        HttpResponse<String> staffLog = staff.get("admin/audit.xhtml");
        assertThat(staffLog.statusCode()).isIn(403, 404);
        assertThat(staffLog.body()).doesNotContain("Rollen Lid", "audit-table");
        PageSession member = new PageSession(deployed);
        assertThat(member.login(email, PASSWORD)).isTrue();
        assertThat(member.get("admin/audit.xhtml").statusCode()).isIn(403, 404);
    }

    @Test
    void staffOfTheOtherOrganisationAndMembersAreRefused() {
        // Arrange
        String email = freshEmail("refused");
        long id = createMember(deployed, email, "Geweigerd Lid", "lingestroom/tiel", null, null);
        long memberRole =
                roleId(
                        Http.json(
                                api(
                                        deployed,
                                        "GET",
                                        ROLES + "?email=" + Http.encode(email),
                                        ADMIN,
                                        DEMO,
                                        null)),
                        "MEMBER");
        String grantStaff = "{\"email\":\"" + email + "\",\"role\":\"STAFF\"}";
        String grantAdmin = "{\"email\":\"" + email + "\",\"role\":\"ADMIN\"}";

        // Act and assert: staff of Duinrand on Lingestroom
        assertThat(
                        api(
                                        deployed,
                                        "GET",
                                        ROLES + "?email=" + Http.encode(email),
                                        STAFF_DUINRAND,
                                        DEMO,
                                        null)
                                .statusCode())
                .isEqualTo(403);
        assertThat(api(deployed, "POST", ROLES, STAFF_DUINRAND, DEMO, grantStaff).statusCode())
                .isEqualTo(403);
        assertThat(
                        api(
                                        deployed,
                                        "DELETE",
                                        ROLES + "/" + memberRole,
                                        STAFF_DUINRAND,
                                        DEMO,
                                        null)
                                .statusCode())
                .isEqualTo(403);
        // a member, and nobody
        assertThat(api(deployed, "POST", ROLES, email, PASSWORD, grantStaff).statusCode())
                .isEqualTo(403);
        assertThat(api(deployed, "GET", ROLES + "?email=x", null, null, null).statusCode())
                .isEqualTo(401);
        // ADMIN only by an ADMIN
        HttpResponse<String> staffGrantsAdmin =
                api(deployed, "POST", ROLES, STAFF_LINGESTROOM, DEMO, grantAdmin);
        assertThat(staffGrantsAdmin.statusCode()).isEqualTo(403);
        assertThat(Http.json(staffGrantsAdmin).get("detail").asText()).contains("beheerder");
        // a role of another organisation cannot be revoked through this one
        assertThat(
                        api(
                                        deployed,
                                        "DELETE",
                                        "api/v1/admin/organisations/duinrand/roles/" + memberRole,
                                        STAFF_DUINRAND,
                                        DEMO,
                                        null)
                                .statusCode())
                .isEqualTo(404);

        // Nothing changed
        JsonNode roles =
                Http.json(
                        api(
                                deployed,
                                "GET",
                                ROLES + "?email=" + Http.encode(email),
                                ADMIN,
                                DEMO,
                                null));
        assertThat(roles.get("accountId").asLong()).isEqualTo(id);
        assertThat(codes(roles.get("roles"), "role")).containsExactly("MEMBER");

        // The admin may grant ADMIN (and take it back)
        assertThat(api(deployed, "POST", ROLES, ADMIN, DEMO, grantAdmin).statusCode())
                .isEqualTo(201);
        long adminRole =
                roleId(
                        Http.json(
                                api(
                                        deployed,
                                        "GET",
                                        ROLES + "?email=" + Http.encode(email),
                                        ADMIN,
                                        DEMO,
                                        null)),
                        "ADMIN");
        assertThat(api(deployed, "DELETE", ROLES + "/" + adminRole, ADMIN, DEMO, null).statusCode())
                .isEqualTo(204);
    }

    @Test
    void deletingTheAccountRemovesItsDataRefusesLoginAndAnonymisesTheAuditLog() {
        // Arrange: a member with a role change and a consent in the audit log
        String email = freshEmail("delete");
        String name = "Verwijder Lid " + email.substring(7, 15);
        createMember(deployed, email, name, "lingestroom/tiel", null, "taal");
        api(
                deployed,
                "POST",
                ROLES,
                STAFF_LINGESTROOM,
                DEMO,
                "{\"email\":\"" + email + "\",\"role\":\"ORGANISER\"}");
        api(deployed, "PUT", "api/v1/me/consents", email, PASSWORD, "{\"NEWSLETTER\": true}");
        PageSession member = new PageSession(deployed);
        assertThat(member.login(email, PASSWORD)).isTrue();

        // Act (a wrong password is refused on the page: PrivacyBrowserIT, where the page's script
        // runs)
        HttpResponse<String> deleted = deleteThroughThePage(member, PASSWORD);

        // Assert: gone and logged out
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(deleted.headers().firstValue("Location").orElseThrow())
                .contains("privacy.xhtml?deleted=true");
        assertThat(member.get("my/privacy.xhtml").statusCode()).isEqualTo(302);
        assertThat(new PageSession(deployed).login(email, PASSWORD)).isFalse();
        assertThat(api(deployed, "GET", "api/v1/me/export", email, PASSWORD, null).statusCode())
                .isEqualTo(401);
        assertThat(
                        api(
                                        deployed,
                                        "GET",
                                        ROLES + "?email=" + Http.encode(email),
                                        STAFF_LINGESTROOM,
                                        DEMO,
                                        null)
                                .statusCode())
                .isEqualTo(404);

        // Assert: the audit log keeps the entries without the name
        PageSession admin = new PageSession(deployed);
        assertThat(admin.login(ADMIN, DEMO)).isTrue();
        String log = admin.get("admin/audit.xhtml").body();
        assertThat(log)
                .doesNotContain(name)
                .doesNotContain(email)
                .contains("verwijderd account", "Account verwijderd");

        // Assert: the address can be used again; the old password does not open the new account
        createMember(
                deployed,
                email,
                "Nieuw Lid",
                "andere-wachtwoord-99",
                "lingestroom/tiel",
                null,
                null);
        assertThat(new PageSession(deployed).login(email, PASSWORD)).isFalse();
        JsonNode fresh =
                Http.json(
                        api(
                                deployed,
                                "GET",
                                "api/v1/me/export",
                                email,
                                "andere-wachtwoord-99",
                                null));
        assertThat(fresh.get("profile").get("displayName").asText()).isEqualTo("Nieuw Lid");
        assertThat(fresh.get("themes")).isEmpty();
        assertThat(fresh.get("consents").get("history")).isEmpty();
        assertThat(fresh.get("auditEntries")).isEmpty();
    }

    private static HttpResponse<String> deleteThroughThePage(PageSession session, String password) {
        HttpResponse<String> page = session.get("my/privacy.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        return session.post(
                "my/privacy.xhtml",
                "delete=delete&delete%3Apassword="
                        + Http.encode(password)
                        + "&delete%3Aconfirmed=on&delete%3AdeleteButton=x"
                        + "&jakarta.faces.ViewState="
                        + Http.encode(PageSession.viewState(page.body())));
    }

    private static JsonNode consent(JsonNode answer, String purpose) {
        JsonNode list = answer.has("consents") ? answer.get("consents") : answer;
        for (JsonNode c : list) {
            if (c.get("purpose").asText().equals(purpose)) {
                return c;
            }
        }
        throw new AssertionError("No consent " + purpose + " in " + answer);
    }

    private static long roleId(JsonNode account, String role) {
        for (JsonNode r : account.get("roles")) {
            if (r.get("role").asText().equals(role)) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("No role " + role + " in " + account);
    }

    private static List<String> codes(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }
}
