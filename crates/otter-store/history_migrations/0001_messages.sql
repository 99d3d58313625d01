-- Conversation history lives in its own database, history.db, which exists only once the
-- user has turned logging on for some conversation. Deleting all history deletes the file.
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    peer TEXT NOT NULL,
    outgoing INTEGER NOT NULL CHECK (outgoing IN (0, 1)),
    -- 'verified', 'unverified' (both OTR) or 'none'.
    encryption TEXT NOT NULL CHECK (encryption IN ('verified', 'unverified', 'none')),
    text TEXT NOT NULL,
    -- Unix time, seconds.
    at INTEGER NOT NULL
) STRICT;

CREATE INDEX messages_by_conversation ON messages (account_id, peer, id);
