-- IRCv3 Strict Transport Security policies, per network host (not per account: the promise
-- is the server's). While expires_at (Unix seconds) is in the future, connections to the host
-- use TLS on `port`.
CREATE TABLE irc_sts_policies (
    host TEXT PRIMARY KEY,
    port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    expires_at INTEGER NOT NULL
) STRICT;
