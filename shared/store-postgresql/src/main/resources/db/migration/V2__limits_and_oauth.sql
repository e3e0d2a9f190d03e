-- Bitrix24's per-portal REST limits (docs/limits.md, docs/postgresql.md).
-- The leaky bucket as one number per portal, the theoretical arrival time in epoch milliseconds: admission is one
-- INSERT ... ON CONFLICT DO UPDATE ... WHERE ... RETURNING, which locks the row, so concurrent requests queue on it
-- and each sees the TAT the previous one wrote.
CREATE TABLE request_bucket (
    portal_id text   PRIMARY KEY,
    tat       bigint NOT NULL
);

-- Execution time per portal, method and one-minute bucket (epoch second of the minute). Charges are added in place
-- (micros = micros + charge), so concurrent containers never lose time; first_call is kept from the bucket's first
-- request, since a bucket counts until 600 s after it.
CREATE TABLE operating_time (
    portal_id  text   NOT NULL,
    method     text   NOT NULL,
    minute     bigint NOT NULL,
    micros     bigint NOT NULL CHECK (micros >= 0),
    first_call bigint NOT NULL,
    PRIMARY KEY (portal_id, method, minute)
);

-- OAuth (docs/oauth.md): client secrets and refresh tokens, by hash only.
CREATE TABLE oauth_client (
    client_id   text PRIMARY KEY,
    portal_id   text NOT NULL,
    secret_hash text NOT NULL
);

-- A refresh token is spent by deleting its row: of two concurrent exchanges, the second DELETE waits for the first's
-- row lock and then finds nothing, so a token works exactly once.
CREATE TABLE refresh_token (
    token_hash text PRIMARY KEY,
    portal_id  text        NOT NULL,
    client_id  text        NOT NULL,
    user_id    bigint      NOT NULL,
    scopes     text[]      NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX refresh_token_expiry ON refresh_token (expires_at);
