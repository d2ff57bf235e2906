-- Tokens for API clients (slice D of issue 3): POST /api/v1/auth/tokens hands out a random 256-bit
-- token once; only its SHA-256 hash (64 lower-case hex digits) is kept, so a copy of this table
-- lets nobody call the API. A token works until it expires or is revoked, and goes with its account
-- (ON DELETE CASCADE). Same SQL on H2 2.2 and PostgreSQL 15; the sequence follows V2 (blocks of 50,
-- starting at the end of the first block).
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id           BIGINT                   NOT NULL,
    account_id   BIGINT                   NOT NULL,
    token_hash   VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id)
        REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT ck_api_token_expiry CHECK (expires_at > created_at)
);
CREATE INDEX ix_api_token_account ON api_token (account_id);
