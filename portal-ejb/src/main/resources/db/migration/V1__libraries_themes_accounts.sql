-- Themaplein schema, version 1: library organisations with branches, opening hours and rooms;
-- themes; accounts with their roles and interests.
--
-- The same SQL runs on H2 2.2 (the embedded default) and PostgreSQL 15 or newer, so it keeps to
-- what both understand: unquoted lower-case names, sequences instead of identity columns (EclipseLink
-- reads identities on H2 2.x only in LEGACY mode), CHECK constraints instead of expression indexes,
-- and UNIQUE NULLS NOT DISTINCT (PostgreSQL 15+) where a nullable column takes part in a key.
-- Lengths match the constants the entities share between @Column and @Size.

-- One sequence per table; INCREMENT BY matches allocationSize = 50 of the @SequenceGenerator.
CREATE SEQUENCE organisation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE branch_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE opening_exception_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE room_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE theme_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE account_role_seq START WITH 1 INCREMENT BY 50;

-- A library organisation: one legal body with one or more branches. Several share an installation.
CREATE TABLE organisation (
    id      BIGINT       NOT NULL,
    version INTEGER      NOT NULL,
    code    VARCHAR(40)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    website VARCHAR(500),
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT uq_organisation_code UNIQUE (code)
);

-- A branch (vestiging) with its visiting address. Its code is unique within the organisation.
CREATE TABLE branch (
    id              BIGINT       NOT NULL,
    version         INTEGER      NOT NULL,
    organisation_id BIGINT       NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    street          VARCHAR(200) NOT NULL,
    postcode        VARCHAR(10)  NOT NULL,
    place           VARCHAR(100) NOT NULL,
    municipality    VARCHAR(100) NOT NULL,
    phone           VARCHAR(30),
    email           VARCHAR(254),
    CONSTRAINT pk_branch PRIMARY KEY (id),
    CONSTRAINT fk_branch_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uq_branch_code UNIQUE (organisation_id, code)
);

-- Regular opening hours: any number of intervals per ISO weekday (1 = Monday), so a branch can
-- open in the morning and again in the evening. A weekday without intervals is a closed day.
-- Intervals end on the day they start (a library does not stay open past midnight).
CREATE TABLE branch_opening_hours (
    branch_id BIGINT   NOT NULL,
    weekday   SMALLINT NOT NULL,
    opens_at  TIME     NOT NULL,
    closes_at TIME     NOT NULL,
    CONSTRAINT pk_branch_opening_hours PRIMARY KEY (branch_id, weekday, opens_at),
    CONSTRAINT fk_branch_opening_hours_branch FOREIGN KEY (branch_id)
        REFERENCES branch (id) ON DELETE CASCADE,
    CONSTRAINT ck_branch_opening_hours_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT ck_branch_opening_hours_order CHECK (opens_at < closes_at)
);

-- A date on which a branch keeps other hours than usual (a holiday, a short day). No intervals in
-- opening_exception_hours means closed all day.
CREATE TABLE opening_exception (
    id             BIGINT       NOT NULL,
    version        INTEGER      NOT NULL,
    branch_id      BIGINT       NOT NULL,
    exception_date DATE         NOT NULL,
    reason_nl      VARCHAR(200) NOT NULL,
    reason_en      VARCHAR(200) NOT NULL,
    CONSTRAINT pk_opening_exception PRIMARY KEY (id),
    CONSTRAINT fk_opening_exception_branch FOREIGN KEY (branch_id)
        REFERENCES branch (id) ON DELETE CASCADE,
    CONSTRAINT uq_opening_exception_date UNIQUE (branch_id, exception_date)
);

CREATE TABLE opening_exception_hours (
    exception_id BIGINT NOT NULL,
    opens_at     TIME   NOT NULL,
    closes_at    TIME   NOT NULL,
    CONSTRAINT pk_opening_exception_hours PRIMARY KEY (exception_id, opens_at),
    CONSTRAINT fk_opening_exception_hours_exception FOREIGN KEY (exception_id)
        REFERENCES opening_exception (id) ON DELETE CASCADE,
    CONSTRAINT ck_opening_exception_hours_order CHECK (opens_at < closes_at)
);

-- A room in a branch where activities take place. Photos (with alt text) follow in a later version.
CREATE TABLE room (
    id                    BIGINT        NOT NULL,
    version               INTEGER       NOT NULL,
    branch_id             BIGINT        NOT NULL,
    name                  VARCHAR(100)  NOT NULL,
    capacity              INTEGER       NOT NULL,
    wheelchair_accessible BOOLEAN       NOT NULL,
    hearing_loop          BOOLEAN       NOT NULL,
    accessibility_nl      VARCHAR(1000),
    accessibility_en      VARCHAR(1000),
    CONSTRAINT pk_room PRIMARY KEY (id),
    CONSTRAINT fk_room_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT uq_room_name UNIQUE (branch_id, name),
    CONSTRAINT ck_room_capacity CHECK (capacity > 0)
);

-- Facilities of a room, by code (the Facility enum: PROJECTOR, WIFI, …).
CREATE TABLE room_facility (
    room_id  BIGINT      NOT NULL,
    facility VARCHAR(40) NOT NULL,
    CONSTRAINT pk_room_facility PRIMARY KEY (room_id, facility),
    CONSTRAINT fk_room_facility_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE
);

-- A theme: shared by every organisation (organisation_id NULL) or added by one organisation.
-- The code is unique across the installation because the search index refers to themes by code.
CREATE TABLE theme (
    id              BIGINT        NOT NULL,
    version         INTEGER       NOT NULL,
    code            VARCHAR(60)   NOT NULL,
    organisation_id BIGINT,
    name_nl         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(100)  NOT NULL,
    intro_nl        VARCHAR(2000) NOT NULL,
    intro_en        VARCHAR(2000) NOT NULL,
    sort_order      INTEGER       NOT NULL,
    CONSTRAINT pk_theme PRIMARY KEY (id),
    CONSTRAINT fk_theme_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uq_theme_code UNIQUE (code)
);
CREATE INDEX ix_theme_organisation ON theme (organisation_id);

-- A member's (or staff member's) account. The e-mail address is kept as typed; email_key is the
-- same address in lower case and carries the uniqueness, so two addresses that differ only in case
-- can never both exist. Addresses are ASCII (international domains are stored in their ASCII
-- form), so LOWER gives the same result in Java, H2 and PostgreSQL.
CREATE TABLE account (
    id             BIGINT                   NOT NULL,
    version        INTEGER                  NOT NULL,
    email          VARCHAR(254)             NOT NULL,
    email_key      VARCHAR(254)             NOT NULL,
    display_name   VARCHAR(100)             NOT NULL,
    password_hash  VARCHAR(255)             NOT NULL,
    home_branch_id BIGINT,
    language       VARCHAR(2)               NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT fk_account_home_branch FOREIGN KEY (home_branch_id) REFERENCES branch (id),
    CONSTRAINT uq_account_email_key UNIQUE (email_key),
    CONSTRAINT ck_account_email_key CHECK (email_key = LOWER(email)),
    CONSTRAINT ck_account_language CHECK (language IN ('nl', 'en'))
);
CREATE INDEX ix_account_home_branch ON account (home_branch_id);

-- Themes a member is curious about (chosen at sign-up, changed on the profile page).
CREATE TABLE account_interest (
    account_id BIGINT NOT NULL,
    theme_id   BIGINT NOT NULL,
    CONSTRAINT pk_account_interest PRIMARY KEY (account_id, theme_id),
    CONSTRAINT fk_account_interest_account FOREIGN KEY (account_id)
        REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_interest_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
);
CREATE INDEX ix_account_interest_theme ON account_interest (theme_id);

-- A role an account holds within one organisation. A curator curates one theme; no other role
-- names a theme. The same grant cannot exist twice (NULLS NOT DISTINCT: also without a theme).
CREATE TABLE account_role (
    id              BIGINT                   NOT NULL,
    account_id      BIGINT                   NOT NULL,
    organisation_id BIGINT                   NOT NULL,
    role            VARCHAR(20)              NOT NULL,
    theme_id        BIGINT,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (id),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id)
        REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_role_organisation FOREIGN KEY (organisation_id)
        REFERENCES organisation (id),
    CONSTRAINT fk_account_role_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT ck_account_role_role
        CHECK (role IN ('MEMBER', 'ORGANISER', 'CURATOR', 'STAFF', 'ADMIN')),
    CONSTRAINT ck_account_role_theme
        CHECK ((role = 'CURATOR' AND theme_id IS NOT NULL) OR (role <> 'CURATOR' AND theme_id IS NULL)),
    CONSTRAINT uq_account_role UNIQUE NULLS NOT DISTINCT (account_id, organisation_id, role, theme_id)
);
CREATE INDEX ix_account_role_organisation ON account_role (organisation_id);
CREATE INDEX ix_account_role_theme ON account_role (theme_id);
