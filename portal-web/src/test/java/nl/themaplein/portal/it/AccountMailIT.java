package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts and mail on the deployed WAR (real Payara, real database, GreenMail as the SMTP server
 * the portal's outbox sends to): sign-up → confirmation mail → confirm link → login (refused before
 * confirming); reset → mail with a working single-use link, the old password stops working; with
 * the SMTP server down a reset mail waits in the outbox and arrives exactly once after it comes
 * back.
 */
@ExtendWith(ArquillianExtension.class)
class AccountMailIT {

    private static final int SMTP_PORT = AccountSteps.freePort();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static GreenMail mail;

    @ArquillianResource private URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.create("accounts-mail", AccountSteps.mailConfig(SMTP_PORT));
    }

    @BeforeAll
    static void startSmtp() {
        mail = new GreenMail(AccountSteps.smtp(SMTP_PORT));
        mail.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void signUpMailsAConfirmationLinkAndOnlyAConfirmedAccountLogsIn() {
        // Arrange
        Http session = new Http(deployed).withCookies();
        String email = "nieuw.lid@example.org";

        // Act: sign up
        HttpResponse<String> signedUp =
                AccountSteps.signUp(session, "Nieuw Lid", email, AccountSteps.PASSWORD);

        // Assert: on to step 2, and a login before confirming is refused
        assertThat(signedUp.statusCode()).isEqualTo(302);
        assertThat(signedUp.headers().firstValue("Location").orElseThrow())
                .contains("/account/themes.xhtml");
        HttpResponse<String> early =
                AccountSteps.logIn(new Http(deployed).withCookies(), email, AccountSteps.PASSWORD);
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(FacesForms.textOf(early.body(), "login:messages")).contains("kennen we niet");

        // Act: the mailed link
        Message confirmation = AccountSteps.awaitMails(mail, email, 1, PATIENCE).getFirst();
        assertThat(AccountSteps.subject(confirmation)).contains("Bevestig je e-mailadres");
        String link = AccountSteps.linkIn(confirmation);
        HttpResponse<String> confirmed = new Http(deployed).get(link);

        // Assert: confirmed once, then login works
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(FacesForms.textOf(confirmed.body(), "confirm-result")).contains("is bevestigd");
        assertThat(FacesForms.textOf(new Http(deployed).get(link).body(), "confirm-result"))
                .as("the link is single-use")
                .contains("werkt niet");
        HttpResponse<String> login =
                AccountSteps.logIn(new Http(deployed).withCookies(), email, AccountSteps.PASSWORD);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
    }

    @Test
    void aSecondSignUpWithAKnownAddressLooksTheSameAndMailsTheOwner() {
        String email = "dubbel@example.org";
        HttpResponse<String> first =
                AccountSteps.signUp(
                        new Http(deployed).withCookies(), "Eerste", email, AccountSteps.PASSWORD);
        HttpResponse<String> second =
                AccountSteps.signUp(
                        new Http(deployed).withCookies(),
                        "Tweede",
                        email.toUpperCase(),
                        "een ander wachtwoord!");

        assertThat(second.statusCode()).isEqualTo(first.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        List<Message> mails = AccountSteps.awaitMails(mail, email, 2, PATIENCE);
        assertThat(mails.stream().map(AccountSteps::subject))
                .anyMatch(s -> s.contains("Iemand wilde een account openen"));
    }

    @Test
    void aResetLinkWorksOnceAndTheOldPasswordStopsWorking() {
        // Arrange: a confirmed account
        String email = "vergeetachtig@example.org";
        confirmedAccount(email);

        // Act: ask for a reset and use the link
        HttpResponse<String> asked = AccountSteps.askReset(new Http(deployed).withCookies(), email);
        assertThat(FacesForms.textOf(asked.body(), "forgot-sent"))
                .as(asked.statusCode() + " " + asked.body())
                .isEqualTo("Als dit adres bij ons bekend is, ontvang je een e-mail.");
        Message reset = AccountSteps.awaitMails(mail, email, 2, PATIENCE).get(1);
        String link = AccountSteps.linkIn(reset);
        assertThat(link).startsWith("account/reset.xhtml?token=");
        Http session = new Http(deployed).withCookies();
        HttpResponse<String> form = session.get(link);
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> done =
                FacesForms.post(
                        session,
                        link,
                        "reset",
                        "submit",
                        Map.of(
                                "password",
                                "mijn nieuwe wachtwoord",
                                "repeat",
                                "mijn nieuwe wachtwoord"),
                        form.body());

        // Assert
        assertThat(FacesForms.textOf(done.body(), "reset-result")).contains("is gewijzigd");
        assertThat(done.body()).doesNotContain("id=\"caller-name\"");
        assertThat(FacesForms.textOf(new Http(deployed).get(link).body(), "reset-result"))
                .as("the link is single-use")
                .contains("werkt niet meer");
        assertThat(
                        AccountSteps.logIn(
                                        new Http(deployed).withCookies(),
                                        email,
                                        AccountSteps.PASSWORD)
                                .statusCode())
                .as("old password")
                .isEqualTo(200);
        assertThat(
                        AccountSteps.logIn(
                                        new Http(deployed).withCookies(),
                                        email,
                                        "mijn nieuwe wachtwoord")
                                .statusCode())
                .as("new password")
                .isEqualTo(302);
    }

    @Test
    void withTheSmtpServerDownAResetMailWaitsAndArrivesExactlyOnceAfterwards() {
        // Arrange
        String email = "geduldig@example.org";
        confirmedAccount(email);
        mail.stop();

        // Act: a reset while the SMTP server is down, several sender rounds long
        AccountSteps.askReset(new Http(deployed).withCookies(), email);
        AccountSteps.pause(Duration.ofSeconds(4));
        mail = new GreenMail(AccountSteps.smtp(SMTP_PORT));
        mail.start();
        assertThat(AccountSteps.mailsTo(mail, email)).as("nothing while down").isEmpty();

        // Assert: it arrives after the restart, once, also after more sender rounds
        AccountSteps.awaitMails(mail, email, 1, PATIENCE);
        AccountSteps.pause(Duration.ofSeconds(5));
        List<Message> arrived = AccountSteps.mailsTo(mail, email);
        assertThat(arrived).hasSize(1);
        assertThat(AccountSteps.linkIn(arrived.getFirst()))
                .startsWith("account/reset.xhtml?token=");
    }

    @Test
    void theProfileChangesNameLanguageAndPasswordOfTheCallerOnly() {
        // Arrange: a confirmed account, logged in
        String email = "profiel@example.org";
        confirmedAccount(email);
        assertThat(new Http(deployed).get("my/profile.xhtml").statusCode())
                .as("anonymous")
                .isEqualTo(302);
        Http session = new Http(deployed).withCookies();
        assertThat(AccountSteps.logIn(session, email, AccountSteps.PASSWORD).statusCode())
                .isEqualTo(302);
        HttpResponse<String> page = session.get("my/profile.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(FacesForms.textOf(page.body(), "profile:email")).isEqualTo(email);

        // Act: a new name and English
        HttpResponse<String> saved =
                FacesForms.post(
                        session,
                        "my/profile.xhtml",
                        "profile",
                        "save",
                        Map.of(
                                "displayName", "Nieuwe <b>Naam</b>",
                                "homeBranch", FacesForms.firstNumericOption(page.body()),
                                "language", "en"),
                        page.body());

        // Assert: markup in a name is refused next to the field, in Dutch still
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(FacesForms.textOf(saved.body(), "profile:displayNameError"))
                .contains("Gebruik alleen letters");

        HttpResponse<String> again =
                FacesForms.post(
                        session,
                        "my/profile.xhtml",
                        "profile",
                        "save",
                        Map.of(
                                "displayName", "Nieuwe Naam",
                                "homeBranch", FacesForms.firstNumericOption(page.body()),
                                "language", "en"),
                        saved.body());
        assertThat(again.statusCode()).isEqualTo(302);
        HttpResponse<String> english = session.get("my/profile.xhtml");
        assertThat(english.body())
                .contains("lang=\"en\"")
                .contains("Nieuwe Naam")
                .contains("Your profile has been saved.");

        // Act: the password, first with a wrong current one
        HttpResponse<String> wrong =
                FacesForms.post(
                        session,
                        "my/profile.xhtml",
                        "password",
                        "change",
                        Map.of(
                                "currentPassword",
                                "niet mijn wachtwoord",
                                "newPassword",
                                "een ander lang wachtwoord"),
                        english.body());
        assertThat(FacesForms.textOf(wrong.body(), "password:currentPasswordError"))
                .isEqualTo("This is not your current password.");
        HttpResponse<String> changed =
                FacesForms.post(
                        session,
                        "my/profile.xhtml",
                        "password",
                        "change",
                        Map.of(
                                "currentPassword",
                                AccountSteps.PASSWORD,
                                "newPassword",
                                "een ander lang wachtwoord"),
                        wrong.body());
        assertThat(changed.body()).contains("Your password has been changed.");
        assertThat(
                        AccountSteps.logIn(
                                        new Http(deployed).withCookies(),
                                        email,
                                        "een ander lang wachtwoord")
                                .statusCode())
                .isEqualTo(302);
    }

    /** Signs up and confirms through the mailed link. */
    private void confirmedAccount(String email) {
        HttpResponse<String> signedUp =
                AccountSteps.signUp(
                        new Http(deployed).withCookies(), "Test Lid", email, AccountSteps.PASSWORD);
        assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(302);
        Message confirmation = AccountSteps.awaitMails(mail, email, 1, PATIENCE).getFirst();
        HttpResponse<String> confirmed = new Http(deployed).get(AccountSteps.linkIn(confirmation));
        assertThat(FacesForms.textOf(confirmed.body(), "confirm-result")).contains("is bevestigd");
    }
}
