//! Trust in a contact's OTR fingerprint, and what the interface calls the conversation.

/// What the user knows about a fingerprint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Trust {
    /// Seen, never checked. The conversation is encrypted, but the user has not confirmed who
    /// is at the other end.
    Unverified,
    /// Confirmed by a successful SMP (question or shared secret) or by the user comparing the
    /// fingerprint out of band.
    Verified,
    /// The user said this key is no longer the contact's: sessions with it are refused.
    Compromised,
}

impl Trust {
    /// libotr's trust word in `otr.fingerprints` (what Pidgin writes): empty for unverified,
    /// "verified" when confirmed by hand, "smp" after SMP. Otter writes "compromised" for its
    /// own state; Pidgin reads any non-empty word as trusted, so a compromised key must never
    /// be exported to Pidgin with that word.
    pub fn from_libotr_word(word: &str) -> Self {
        match word {
            "" => Self::Unverified,
            "compromised" => Self::Compromised,
            _ => Self::Verified,
        }
    }
}

/// What the interface tells the user about a one-to-one conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Privacy {
    /// Messages go in plaintext (the server can read them).
    NotPrivate,
    /// OTR is up with this trust in the contact's key.
    Private {
        /// Trust in the fingerprint the session uses.
        trust: Trust,
    },
    /// The contact ended the private conversation: nothing is sent until the user restarts or
    /// ends it, so nothing leaves in plaintext by surprise.
    Finished,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pidgin_trust_words_map_to_states() {
        assert_eq!(Trust::from_libotr_word(""), Trust::Unverified);
        assert_eq!(Trust::from_libotr_word("verified"), Trust::Verified);
        assert_eq!(Trust::from_libotr_word("smp"), Trust::Verified);
        assert_eq!(Trust::from_libotr_word("compromised"), Trust::Compromised);
    }
}
