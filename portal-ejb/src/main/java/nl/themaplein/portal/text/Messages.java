package nl.themaplein.portal.text;

import java.util.ResourceBundle;

/**
 * Keys of the user messages the domain produces, in the resource bundle {@code
 * nl.themaplein.portal.Messages} ({@code Messages.properties} is Dutch, {@code
 * Messages_en.properties} English). MessagesTest checks that every key here is in both.
 */
public final class Messages {

    /** The bundle's base name. */
    public static final String BUNDLE = "nl.themaplein.portal.Messages";

    public static final String NOT_FOUND = "error.notFound";

    public static final String REQUIRED = "input.required";

    /** {0} the maximum length. */
    public static final String TOO_LONG = "input.tooLong";

    public static final String CONTROL_CHARACTERS = "input.controlCharacters";
    public static final String LINE_BREAK = "input.lineBreak";
    public static final String NAME_CHARACTERS = "input.name.characters";
    public static final String EMAIL_INVALID = "input.email.invalid";
    public static final String EMAIL_TAKEN = "account.email.taken";

    /** {0} the minimum length, {1} the maximum length. */
    public static final String PASSWORD_LENGTH = "account.password.length";

    public static final String CODE_INVALID = "input.code.invalid";

    /** {0} the directory imports by path must lie in. */
    public static final String IMPORT_PATH_OUTSIDE = "import.path.outside";

    public static final String CURATOR_NEEDS_THEME = "account.role.curatorNeedsTheme";
    public static final String ONLY_CURATOR_HAS_THEME = "account.role.onlyCuratorHasTheme";

    // --- slice A (accounts) ---
    public static final String PASSWORD_WRONG = "account.password.wrong";
    public static final String TOKEN_INVALID = "account.token.invalid";

    /** The base bundle (Dutch) is the fallback, whatever the JVM's default locale is. */
    private static final ResourceBundle.Control NO_FALLBACK_TO_JVM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /** The bundle for a language. */
    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK_TO_JVM_LOCALE);
    }
}
