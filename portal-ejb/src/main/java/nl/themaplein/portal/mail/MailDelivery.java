package nl.themaplein.portal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.config.ConfigKey;
import org.eclipse.microprofile.config.Config;

/**
 * Hands one mail over: to the SMTP server of the {@code portal.mail.*} keys through Jakarta Mail,
 * or, while {@code portal.mail.host} is unset (the local {@code ./themaplein run}), into a {@code
 * .eml} file under {@code <portal.data.dir>/mail/} so someone trying the demo can still open the
 * confirmation link.
 */
final class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    private final Optional<String> host;
    private final int port;
    private final String from;
    private final Optional<String> user;
    private final Optional<String> password;
    private final boolean starttls;
    private final Path fileDir;

    MailDelivery(Config config) {
        this.host =
                ConfigKey.MAIL_HOST.optionalValue(config, String.class).filter(h -> !h.isBlank());
        this.port = ConfigKey.MAIL_PORT.value(config, Integer.class);
        this.from = ConfigKey.MAIL_FROM.value(config, String.class);
        this.user =
                ConfigKey.MAIL_USER.optionalValue(config, String.class).filter(u -> !u.isBlank());
        this.password = ConfigKey.MAIL_PASSWORD.optionalValue(config, String.class);
        this.starttls = ConfigKey.MAIL_STARTTLS.value(config, Boolean.class);
        this.fileDir = Path.of(ConfigKey.DATA_DIR.value(config, String.class), "mail");
    }

    /** Where mails go, for the start-up log (no password). */
    String describe() {
        return host.map(h -> "SMTP " + h + ":" + port)
                .orElse("files in " + fileDir.toAbsolutePath() + " (portal.mail.host is not set)");
    }

    /** Sends the mail, or writes it to a file; any failure is an exception with a short reason. */
    void deliver(MailOutbox.Claimed mail) throws MessagingException, IOException {
        Session session = session();
        MimeMessage message = new FixedIdMessage(session, mail.messageId());
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.bodyText(), "UTF-8");
        message.setSentDate(Date.from(Instant.now()));
        message.saveChanges();

        if (host.isEmpty()) {
            // Plain 8-bit text, not quoted-printable, so the links in the file can be copied as
            // they are.
            message.setHeader("Content-Transfer-Encoding", "8bit");
            Files.createDirectories(fileDir);
            Path file = fileDir.resolve("mail-" + mail.id() + ".eml");
            try (OutputStream out =
                    Files.newOutputStream(
                            file,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING)) {
                message.writeTo(out);
            }
            LOG.log(
                    Level.INFO,
                    "Mail {0} written to {1}: portal.mail.host is not set, so no mail leaves this"
                            + " machine",
                    new Object[] {mail.id(), file.toAbsolutePath()});
            return;
        }
        if (user.isPresent()) {
            Transport.send(message, user.get(), password.orElse(""));
        } else {
            Transport.send(message);
        }
    }

    private Session session() {
        Properties properties = new Properties();
        host.ifPresent(h -> properties.put("mail.smtp.host", h));
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        return Session.getInstance(properties);
    }

    /** A message that keeps the outbox row's Message-ID instead of making a new one. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
