-- Themaplein schema, version 4 (slice B): consents per purpose with their history, the audit log,
-- and member numbers so an ILS export can be matched to accounts. Same SQL on H2 2.2 and
-- PostgreSQL 15 (see V1's header); sequences start at the end of the first block (see V2).

CREATE SEQUENCE consent_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

-- Every consent a member gave or withdrew, with when. The current state of a purpose is its latest
-- row; no row means no consent (nothing is consented by default). Goes with the account.
CREATE TABLE consent_change (
    id         BIGINT                   NOT NULL,
    account_id BIGINT                   NOT NULL,
    purpose    VARCHAR(40)              NOT NULL,
    granted    BOOLEAN                  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_consent_change PRIMARY KEY (id),
    CONSTRAINT fk_consent_change_account FOREIGN KEY (account_id)
        REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_consent_change_purpose
        CHECK (purpose IN ('LOAN_HISTORY', 'NEWSLETTER', 'NAME_ON_ACTIVITIES'))
);
CREATE INDEX ix_consent_change_account ON consent_change (account_id, purpose, changed_at);

-- Who did what to whom, when. An account that is deleted stays in its entries as "deleted account":
-- the id goes (SET NULL) and the *_deleted flag says that there was one. Details are short text
-- without names or addresses.
CREATE TABLE audit_event (
    id                 BIGINT                   NOT NULL,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_account_id   BIGINT,
    actor_deleted      BOOLEAN                  NOT NULL,
    action             VARCHAR(40)              NOT NULL,
    organisation_id    BIGINT,
    subject_account_id BIGINT,
    subject_deleted    BOOLEAN                  NOT NULL,
    details            VARCHAR(1000),
    CONSTRAINT pk_audit_event PRIMARY KEY (id),
    CONSTRAINT fk_audit_event_actor FOREIGN KEY (actor_account_id)
        REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_audit_event_subject FOREIGN KEY (subject_account_id)
        REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_audit_event_organisation FOREIGN KEY (organisation_id)
        REFERENCES organisation (id)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_organisation ON audit_event (organisation_id, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_account_id);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_account_id);

-- The member number the library's ILS knows a member by: unique within the organisation of the
-- member's home branch, which member_organisation_id repeats so one UNIQUE constraint can hold it.
ALTER TABLE account ADD COLUMN member_number VARCHAR(40);
ALTER TABLE account ADD COLUMN member_organisation_id BIGINT;
ALTER TABLE account ADD CONSTRAINT fk_account_member_organisation
    FOREIGN KEY (member_organisation_id) REFERENCES organisation (id);
ALTER TABLE account ADD CONSTRAINT uq_account_member_number
    UNIQUE (member_organisation_id, member_number);
ALTER TABLE account ADD CONSTRAINT ck_account_member_number
    CHECK ((member_number IS NULL AND member_organisation_id IS NULL)
        OR (member_number IS NOT NULL AND member_organisation_id IS NOT NULL));
