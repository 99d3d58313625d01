-- IRC: the user allowed NickServ IDENTIFY after registration where the server offers no SASL
-- for the password (off by default: the nick is visible before the login and the password
-- goes to whoever answers as NickServ).
ALTER TABLE accounts ADD COLUMN irc_nickserv_fallback INTEGER NOT NULL DEFAULT 0;
