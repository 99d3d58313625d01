-- IRC: the nick the user last chose with /nick or "Change nick…" ('' = the address's own). The
-- address keeps the nick the account was added with: it is the SASL account name, and the
-- name OTR keys are filed under.
ALTER TABLE accounts ADD COLUMN irc_nick TEXT NOT NULL DEFAULT '';
