-- The first schema. Rules (as in Delta Chat): STRICT tables, NOT NULL with defaults, explicit
-- column lists in every INSERT, never reuse or repurpose a column; a change is a new migration.
-- There is deliberately no table for messages: conversation logs, when the user turns them on
-- for a conversation, live in a separate database created on that first request.

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    protocol TEXT NOT NULL CHECK (protocol IN ('xmpp', 'irc')),
    -- XMPP: local@domain; IRC: nick@network-host.
    address TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    -- Connect host and port override (no DNS SRV through Tor); empty/0 = derive from address.
    server_host TEXT NOT NULL DEFAULT '',
    server_port INTEGER NOT NULL DEFAULT 0,
    direct_tls INTEGER NOT NULL DEFAULT 0 CHECK (direct_tls IN (0, 1)),
    -- Per-account SOCKS proxy override ("" = the profile's).
    proxy TEXT NOT NULL DEFAULT '',
    remember_password INTEGER NOT NULL DEFAULT 0 CHECK (remember_password IN (0, 1)),
    -- Only when remember_password = 1.
    password TEXT NOT NULL DEFAULT '',
    -- The strongest SASL mechanism this account has used; a later weaker one is refused.
    strongest_mechanism TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    UNIQUE (protocol, address)
) STRICT;

CREATE TABLE pinned_certificates (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    host TEXT NOT NULL,
    -- SHA-256 of the DER certificate, 64 lowercase hex digits.
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    PRIMARY KEY (account_id, host)
) STRICT;

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    alias TEXT NOT NULL DEFAULT '',
    -- '' = follow the account; else 'never', 'opportunistic' or 'required'.
    otr_policy TEXT NOT NULL DEFAULT '' CHECK (otr_policy IN ('', 'never', 'opportunistic', 'required')),
    logging INTEGER NOT NULL DEFAULT 0 CHECK (logging IN (0, 1)),
    UNIQUE (account_id, address)
) STRICT;

CREATE TABLE otr_trust (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    peer TEXT NOT NULL,
    fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 40),
    trust TEXT NOT NULL CHECK (trust IN ('unverified', 'verified', 'compromised')),
    PRIMARY KEY (account_id, peer, fingerprint)
) STRICT;

CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    -- IRC channel name, or an XMPP room address kept locally in addition to bookmarks.
    name TEXT NOT NULL,
    nick TEXT NOT NULL DEFAULT '',
    autojoin INTEGER NOT NULL DEFAULT 0 CHECK (autojoin IN (0, 1)),
    UNIQUE (account_id, name)
) STRICT;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
