package nl.themaplein.portal.privacy;

/** What a member can consent to; nothing is consented until the member says so. */
public enum ConsentPurpose {
    /** Use my loans for suggestions. */
    LOAN_HISTORY,
    /** Send me the newsletter. */
    NEWSLETTER,
    /** Show my name on activities I join. */
    NAME_ON_ACTIVITIES
}
