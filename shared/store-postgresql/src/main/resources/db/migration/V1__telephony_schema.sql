-- The telephony store on PostgreSQL (docs/postgresql.md). Every invariant the store ports promise is a constraint
-- or a row lock of this schema; the adapter never reads-then-writes to decide one. Tenancy columns lead every key,
-- so every query names its tenant.

-- Bitrix24 tenants and credentials. Secrets are stored only as SHA-256 hashes (the hash is the key).
CREATE TABLE portal (
    id        text PRIMARY KEY,
    domain    text NOT NULL,
    member_id text NOT NULL,
    slug      text NOT NULL,
    zone      text NOT NULL
);

CREATE TABLE portal_user (
    portal_id        text    NOT NULL,
    id               bigint  NOT NULL,
    name             text    NOT NULL,
    admin            boolean NOT NULL,
    can_modify_lines boolean NOT NULL,
    PRIMARY KEY (portal_id, id)
);

CREATE TABLE application (
    portal_id text   NOT NULL,
    client_id text   NOT NULL,
    name      text   NOT NULL,
    scopes    text[] NOT NULL,
    PRIMARY KEY (portal_id, client_id)
);

CREATE TABLE webhook (
    code_hash text PRIMARY KEY,
    portal_id text   NOT NULL,
    user_id   bigint NOT NULL,
    scopes    text[] NOT NULL
);

-- Expired tokens stay a day (callers get expired_token, not invalid_token), then the adapter deletes them.
CREATE TABLE access_token (
    token_hash text PRIMARY KEY,
    portal_id  text        NOT NULL,
    client_id  text        NOT NULL,
    user_id    bigint      NOT NULL,
    scopes     text[]      NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX access_token_expiry ON access_token (expires_at);

-- Per-portal counters, one row each, incremented in place (UPDATE ... RETURNING): a refused add uses a number up,
-- as MySQL's auto-increment does in Bitrix24, and nothing else ever skips one (no sequence cache lost on restart).
CREATE TABLE sip_line_sequence (
    portal_id text   PRIMARY KEY,
    line_id   bigint NOT NULL,
    config_id bigint NOT NULL,
    reg_id    bigint NOT NULL
);

CREATE TABLE external_line_sequence (
    portal_id text   PRIMARY KEY,
    line_id   bigint NOT NULL
);

-- The portal's cloud lines, all applications counted. The add transaction increments it only while it is under
-- the limit; the row lock that UPDATE takes serialises concurrent adds of one portal.
CREATE TABLE cloud_line_count (
    portal_id text    PRIMARY KEY,
    lines     integer NOT NULL CHECK (lines >= 0)
);

CREATE TABLE sip_line (
    portal_id                  text    NOT NULL,
    app_id                     text    NOT NULL, -- '' for lines made through webhooks
    config_id                  bigint  NOT NULL,
    id                         bigint  NOT NULL,
    type                       text    NOT NULL CHECK (type IN ('cloud', 'office')),
    reg_id                     bigint,
    title                      text    NOT NULL,
    -- the domain's comparison key (trimmed, lower-cased), computed by SipLineRules.titleKey as on DynamoDB
    title_key                  text    NOT NULL,
    server                     text,
    login                      text,
    password                   text,
    incoming_server            text,
    incoming_login             text,
    incoming_password          text,
    auth_user                  text,
    outbound_proxy             text,
    detect_line_number         text,
    line_detect_header_order   text,
    registration_status_code   integer,
    registration_error_message text,
    PRIMARY KEY (portal_id, app_id, config_id),
    CHECK ((type = 'cloud') = (reg_id IS NOT NULL))
);
-- Titles are unique portal-wide across applications; untitled lines are not compared.
CREATE UNIQUE INDEX sip_line_title ON sip_line (portal_id, title_key) WHERE title_key <> '';
CREATE UNIQUE INDEX sip_line_config_id ON sip_line (portal_id, config_id);
CREATE UNIQUE INDEX sip_line_registration ON sip_line (portal_id, reg_id) WHERE reg_id IS NOT NULL;

CREATE TABLE sip_connector (
    portal_id    text    PRIMARY KEY,
    free_minutes integer NOT NULL CHECK (free_minutes >= 0),
    paid         boolean NOT NULL,
    paid_until   timestamptz,
    CHECK (paid = (paid_until IS NOT NULL))
);

-- Bitrix24's unique key is (REST_APP_ID, NUMBER): two applications of a portal may register the same number.
CREATE TABLE external_line (
    portal_id       text   NOT NULL,
    app_id          text   NOT NULL,
    number          text   NOT NULL,
    id              bigint NOT NULL,
    name            text,
    crm_auto_create text   NOT NULL CHECK (crm_auto_create IN ('Y', 'N')),
    PRIMARY KEY (portal_id, app_id, number)
);

-- SignalWire tenants and their API tokens (hashed).
CREATE TABLE project (
    id   text PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE project_token (
    token_hash text PRIMARY KEY,
    project_id text NOT NULL
);

CREATE TABLE sip_endpoint (
    project_id                  text        NOT NULL,
    -- version 7 UUIDs: their byte order (COLLATE "C") is creation order, as the DynamoDB sort key
    id                          text COLLATE "C" NOT NULL,
    username                    text        NOT NULL,
    password                    text,
    caller_id                   text,
    send_as                     text,
    ciphers                     text[]      NOT NULL,
    codecs                      text[]      NOT NULL,
    encryption                  text        NOT NULL,
    call_handler                text        NOT NULL,
    calling_handler_resource_id text,
    created_at                  timestamptz NOT NULL,
    updated_at                  timestamptz NOT NULL,
    version                     bigint      NOT NULL,
    PRIMARY KEY (project_id, id),
    -- case-sensitive, as SignalWire compares usernames
    CONSTRAINT sip_endpoint_username UNIQUE (project_id, username)
);
