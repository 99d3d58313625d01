-- Each account has its own OTR policy (contacts already had one, '' meaning "follow the
-- account"). Existing accounts keep the behaviour they had: opportunistic, as in Pidgin.
ALTER TABLE accounts ADD COLUMN otr_policy TEXT NOT NULL DEFAULT 'opportunistic'
    CHECK (otr_policy IN ('never', 'opportunistic', 'required'));
