-- IRC: the user allowed a connection without TLS to this account's onion service (off by
-- default; refused for any host that is not a .onion name).
ALTER TABLE accounts ADD COLUMN irc_onion_plaintext INTEGER NOT NULL DEFAULT 0;
