package nl.themaplein.portal.account;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.text.Messages;
import nl.themaplein.portal.text.TextInput;

/**
 * An e-mail address as the portal keeps it: the grammar of the HTML e-mail input, with an
 * international domain converted to its ASCII form (so the address can be sent to, and compared in
 * any database). {@link #key()} is the address in lower case; two addresses with the same key are
 * the same account.
 *
 * @param address the address as typed, apart from the domain's ASCII form
 */
public record EmailAddress(String address) {

    /** Longest address SMTP can carry (RFC 5321 path limit minus the angle brackets). */
    public static final int MAX_LENGTH = 254;

    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+");
    private static final Pattern DOMAIN =
            Pattern.compile(
                    "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    /** Checks and normalises what was typed; refuses anything else with a message. */
    public static EmailAddress parse(String field, String typed) {
        String text = TextInput.singleLine(field, typed, MAX_LENGTH * 2);
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw new InvalidInputException(field, Messages.EMAIL_INVALID);
        }

        String local = text.substring(0, at);
        String domain = asciiDomain(field, text.substring(at + 1));
        if (!LOCAL_PART.matcher(local).matches() || !DOMAIN.matcher(domain).matches()) {
            throw new InvalidInputException(field, Messages.EMAIL_INVALID);
        }

        String address = local + "@" + domain;
        if (address.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, Messages.TOO_LONG, MAX_LENGTH);
        }
        return new EmailAddress(address);
    }

    /** The address in lower case: what uniqueness and look-ups use. */
    public String key() {
        return key(address);
    }

    /** The look-up key of an address already in ASCII form. */
    static String key(String asciiAddress) {
        return asciiAddress.toLowerCase(Locale.ROOT);
    }

    private static String asciiDomain(String field, String domain) {
        try {
            return IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, Messages.EMAIL_INVALID);
        }
    }

    @Override
    public String toString() {
        // Personal data: keep it out of logs that print this record by accident.
        return "EmailAddress[…]";
    }
}
