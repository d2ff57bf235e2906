package nl.themaplein.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Case C27 (../shared/cases/C27.md) with its expected values, on the deployed WAR: password reset
 * and login tell nobody which accounts exist. e1: 20 resets each for a known and an unknown
 * address, alternating — same status, same visible message, same size apart from the view state and
 * CSP nonces, medians within 100 ms, and only the known address gets mail. e2: "bestaand" and
 * "onbekend" typed instead of an address. e3: a wrong password for the known account and any
 * password for an unknown address — same status and message — and the rate limit applies to both
 * alike: the 6th attempt is refused, even with the right password, also over HTTP Basic.
 */
@ExtendWith(ArquillianExtension.class)
class CaseC27IT {

    private static final Logger LOG = Logger.getLogger(CaseC27IT.class.getName());

    private static final int SMTP_PORT = AccountSteps.freePort();
    private static final String KNOWN = "bestaand@example.org";
    private static final String UNKNOWN = "onbekend@example.org";
    private static final String SENT = "Als dit adres bij ons bekend is, ontvang je een e-mail.";
    private static final int ROUNDS = 20;

    private static GreenMail mail;
    private static boolean accountReady;

    @ArquillianResource private URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.create("case-c27", AccountSteps.mailConfig(SMTP_PORT));
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

    /** The account bestaand@example.org, signed up and confirmed through the mailed link. */
    @BeforeEach
    void knownAccount() throws Exception {
        if (accountReady) {
            return;
        }
        assertThat(
                        AccountSteps.signUp(
                                        new Http(deployed).withCookies(),
                                        "Bestaand",
                                        KNOWN,
                                        AccountSteps.PASSWORD)
                                .statusCode())
                .isEqualTo(302);
        Message confirmation =
                AccountSteps.awaitMails(mail, KNOWN, 1, Duration.ofSeconds(60)).getFirst();
        new Http(deployed).get(AccountSteps.linkIn(confirmation));
        mail.purgeEmailFromAllMailboxes();
        accountReady = true;
    }

    @Test
    void e1ResetForAKnownAndAnUnknownAddressAnswersAlikeAndOnlyTheKnownOneGetsMail()
            throws Exception {
        // Warm up both paths, so the first measured request pays no start-up costs.
        reset(KNOWN);
        reset(UNKNOWN);

        List<Answer> known = new ArrayList<>();
        List<Answer> unknown = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            if (i % 2 == 0) {
                known.add(reset(KNOWN));
                unknown.add(reset(UNKNOWN));
            } else {
                unknown.add(reset(UNKNOWN));
                known.add(reset(KNOWN));
            }
        }

        Set<Integer> statuses = new HashSet<>();
        Set<String> messages = new HashSet<>();
        Set<Integer> sizes = new HashSet<>();
        for (Answer answer : concat(known, unknown)) {
            statuses.add(answer.status());
            messages.add(answer.message());
            sizes.add(answer.size());
        }
        assertThat(statuses).containsExactly(200);
        assertThat(messages).containsExactly(SENT);
        assertThat(sizes).as("sizes apart from view state and nonces").hasSize(1);
        double knownMedian = median(known);
        double unknownMedian = median(unknown);
        LOG.info(
                () ->
                        "C27 e1 medians: known %.1f ms, unknown %.1f ms"
                                .formatted(knownMedian, unknownMedian));
        assertThat(Math.abs(knownMedian - unknownMedian))
                .as("median difference, ms")
                .isLessThan(100.0);

        AccountSteps.awaitMails(mail, KNOWN, 1, Duration.ofSeconds(60));
        AccountSteps.pause(Duration.ofSeconds(3));
        assertThat(AccountSteps.mailsTo(mail, UNKNOWN)).isEmpty();
    }

    @Test
    void e2ResetByUserNameAnswersAlike() {
        Answer bestaand = reset("bestaand");
        Answer onbekend = reset("onbekend");

        assertThat(bestaand.status()).isEqualTo(onbekend.status()).isEqualTo(200);
        assertThat(bestaand.message()).isEqualTo(onbekend.message()).isEqualTo(SENT);
        assertThat(bestaand.size()).isEqualTo(onbekend.size());
    }

    @Test
    void e3LoginAnswersAlikeAndTheRateLimitAppliesToKnownAndUnknownAlike() {
        // As user names: neither is an address, both refused alike.
        HttpResponse<String> byName =
                AccountSteps.logIn(new Http(deployed).withCookies(), "bestaand", "wat dan ook");
        HttpResponse<String> byOtherName =
                AccountSteps.logIn(new Http(deployed).withCookies(), "onbekend", "wat dan ook");
        assertThat(byName.statusCode()).isEqualTo(byOtherName.statusCode()).isEqualTo(200);
        assertThat(refusal(byName)).isEqualTo(refusal(byOtherName)).isNotBlank();

        // Five failures each: the same answer every time.
        Set<String> answers = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong =
                    AccountSteps.logIn(
                            new Http(deployed).withCookies(), KNOWN, "verkeerd wachtwoord " + i);
            HttpResponse<String> any =
                    AccountSteps.logIn(
                            new Http(deployed).withCookies(), UNKNOWN, "wat dan ook " + i);
            assertThat(wrong.statusCode()).isEqualTo(any.statusCode()).isEqualTo(200);
            answers.add(refusal(wrong));
            answers.add(refusal(any));
        }
        assertThat(answers).hasSize(1).contains(refusal(byName));

        // The 6th is refused for both, for the known account even with its right password.
        HttpResponse<String> right =
                AccountSteps.logIn(new Http(deployed).withCookies(), KNOWN, AccountSteps.PASSWORD);
        HttpResponse<String> sixth =
                AccountSteps.logIn(new Http(deployed).withCookies(), UNKNOWN, "wat dan ook");
        assertThat(right.statusCode()).isEqualTo(sixth.statusCode()).isEqualTo(200);
        assertThat(refusal(right)).isEqualTo(refusal(sixth)).isIn(answers);

        // HTTP Basic passes the same throttle: the right password is not even checked (401, not
        // 403).
        HttpResponse<String> basic =
                new Http(deployed)
                        .post(
                                "api/v1/admin/imports?name=x.mrc",
                                new byte[] {1},
                                "Authorization",
                                Http.basic(KNOWN, AccountSteps.PASSWORD));
        assertThat(basic.statusCode()).isEqualTo(401);
    }

    // ---------------------------------------------------------------------------------------------

    /** One answer to a reset request: status, visible message, size without tokens, time. */
    record Answer(int status, String message, int size, long nanos) {}

    private Answer reset(String typed) {
        Http session = new Http(deployed).withCookies();
        HttpResponse<String> form = session.get("account/forgot.xhtml");
        long start = System.nanoTime();
        HttpResponse<String> answer =
                FacesForms.post(
                        session,
                        "account/forgot.xhtml",
                        "forgot",
                        "submit",
                        java.util.Map.of("email", typed),
                        form.body());
        long nanos = System.nanoTime() - start;
        return new Answer(
                answer.statusCode(),
                FacesForms.textOf(answer.body(), "forgot-sent"),
                FacesForms.withoutTokens(answer.body()).length(),
                nanos);
    }

    private static String refusal(HttpResponse<String> response) {
        return FacesForms.textOf(response.body(), "login:messages");
    }

    private static double median(List<Answer> answers) {
        List<Long> sorted = answers.stream().map(Answer::nanos).sorted().toList();
        int n = sorted.size();
        double middle =
                n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return middle / 1_000_000.0;
    }

    private static List<Answer> concat(List<Answer> a, List<Answer> b) {
        List<Answer> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
