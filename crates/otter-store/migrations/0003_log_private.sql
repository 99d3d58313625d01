-- Logging a conversation never includes its private (OTR) messages unless the user allowed
-- that separately for the contact.
ALTER TABLE contacts ADD COLUMN log_private INTEGER NOT NULL DEFAULT 0
    CHECK (log_private IN (0, 1));
