package nl.themaplein.portal.privacy;

import java.time.Instant;

/**
 * The current state of one purpose for one member.
 *
 * @param purpose what it is about
 * @param granted whether the member consents now
 * @param changedAt when the member last changed it; null when never (then not granted)
 */
public record Consent(ConsentPurpose purpose, boolean granted, Instant changedAt) {}
