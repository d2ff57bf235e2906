package nl.themaplein.portal.audit;

/** What an audit entry records; stored by name. */
public enum AuditAction {
    ROLE_GRANTED,
    ROLE_REVOKED,
    CONSENT_CHANGED,
    ACCOUNT_DELETED,
    INTEREST_IMPORT
}
