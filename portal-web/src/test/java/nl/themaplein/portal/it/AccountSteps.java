package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account flows the integration tests share: a GreenMail SMTP server the deployment is pointed
 * at, sign-up, confirmation, login and reset over HTTP, and reading the mailed links.
 */
final class AccountSteps {

    static final String PASSWORD = "een lang genoeg wachtwoord";
    private static final Pattern LINK =
            Pattern.compile(
                    "https?://[^\\s/]+(/account/(confirm|reset)\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    private AccountSteps() {}

    /** A free local port for the SMTP server, chosen before the deployment is built. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServerSetup smtp(int port) {
        return new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    /** The deployment's mail and demo settings: SMTP on {@code port}, a sender round a second. */
    static Map<String, String> mailConfig(int port) {
        return Map.of(
                "portal.demo.enabled", "true",
                "portal.mail.host", "127.0.0.1",
                "portal.mail.port", Integer.toString(port),
                "portal.mail.starttls", "false",
                "portal.mail.send-interval-seconds", "1",
                "portal.mail.retry-delay-seconds", "1");
    }

    /** Step 1 of the sign-up; answers the redirect to step 2. */
    static HttpResponse<String> signUp(Http session, String name, String email, String password) {
        HttpResponse<String> form = session.get("account/signup.xhtml");
        assertThat(form.statusCode()).isEqualTo(200);
        return FacesForms.post(
                session,
                "account/signup.xhtml",
                "signup",
                "submit",
                Map.of(
                        "displayName", name,
                        "email", email,
                        "homeBranch", FacesForms.firstNumericOption(form.body()),
                        "language", "nl",
                        "password", password),
                form.body());
    }

    /** The login form; true when it logged in (a redirect), false when refused (the form again). */
    static HttpResponse<String> logIn(Http session, String user, String password) {
        return FacesForms.submit(
                session,
                "login.xhtml",
                "login",
                "submit",
                Map.of("username", user, "password", password, "next", "/"));
    }

    /** The reset request form. */
    static HttpResponse<String> askReset(Http session, String typed) {
        return FacesForms.submit(
                session, "account/forgot.xhtml", "forgot", "submit", Map.of("email", typed));
    }

    /** Mails received for {@code recipient} so far. */
    static List<Message> mailsTo(GreenMail mail, String recipient) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> recipients(m).contains(recipient.toLowerCase()))
                .map(Message.class::cast)
                .toList();
    }

    /** Waits until {@code count} mails for {@code recipient} arrived; answers them. */
    static List<Message> awaitMails(
            GreenMail mail, String recipient, int count, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        List<Message> found = mailsTo(mail, recipient);
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            pause(Duration.ofMillis(250));
            found = mailsTo(mail, recipient);
        }
        assertThat(found).as("mails to " + recipient).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    /**
     * The path and query of the confirm or reset link in a mail, e.g. account/confirm.xhtml?token=…
     */
    static String linkIn(Message message) {
        String body = text(message);
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1).substring(1);
    }

    /** The decoded text of a plain-text mail. */
    static String text(Message message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(Message message) {
        try {
            return Arrays.toString(message.getAllRecipients()).toLowerCase();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
