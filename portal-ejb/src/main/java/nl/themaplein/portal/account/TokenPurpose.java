package nl.themaplein.portal.account;

import java.time.Duration;

/** What a mailed single-use token is for, and how long it lasts. */
public enum TokenPurpose {
    /** Confirms the e-mail address of a new account: 48 hours. */
    CONFIRM(Duration.ofHours(48)),
    /** Sets a new password: 1 hour. */
    RESET(Duration.ofHours(1));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
