-- Version 3 (slice A, accounts): the mail outbox and the single-use tokens of e-mail confirmation
-- and password reset. Same SQL on H2 2.2 and PostgreSQL 15; sequences start at the end of their
-- first block of 50, as V2 explains.

CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_token_seq START WITH 50 INCREMENT BY 50;

-- Every mail the portal sends: written in the transaction of the change that causes it, sent later
-- by the background sender. A row is due while sent_at is NULL, failed is FALSE and next_attempt_at
-- has passed; a sender owns a row once its conditional UPDATE (on version) took claimed_until into
-- the future, so two nodes never send the same row. message_id is the Message-ID header, unique, so
-- a receiving server can drop a duplicate should a crash between sending and marking ever cause one.
CREATE TABLE mail_outbox (
    id              BIGINT                   NOT NULL,
    version         INTEGER                  NOT NULL,
    message_id      VARCHAR(200)             NOT NULL,
    recipient       VARCHAR(254)             NOT NULL,
    language        VARCHAR(2)               NOT NULL,
    subject         VARCHAR(300)             NOT NULL,
    body_text       VARCHAR(10000)           NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    failed          BOOLEAN                  NOT NULL,
    last_error      VARCHAR(200),
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
    CONSTRAINT uq_mail_outbox_message_id UNIQUE (message_id),
    CONSTRAINT ck_mail_outbox_language CHECK (language IN ('nl', 'en')),
    CONSTRAINT ck_mail_outbox_attempts CHECK (attempts >= 0)
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (sent_at, failed, next_attempt_at);

-- A single-use token mailed to the owner of an account: CONFIRM (the e-mail address, 48 hours) or
-- RESET (the password, 1 hour). Only the SHA-256 hash of the token is kept (hex, 64 characters).
CREATE TABLE account_token (
    id         BIGINT                   NOT NULL,
    account_id BIGINT                   NOT NULL,
    purpose    VARCHAR(10)              NOT NULL,
    token_hash VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_account_token PRIMARY KEY (id),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id)
        REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('CONFIRM', 'RESET'))
);
CREATE INDEX ix_account_token_account ON account_token (account_id);
