//! Who must, may or must not speak OTR: per account, per contact, and one global switch.

/// How much OTR a one-to-one conversation uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum OtrPolicy {
    /// No OTR at all (the user chose this for a contact whose software cannot do OTR).
    Never,
    /// Offer OTR (the whitespace tag) and start it when the contact supports it; plaintext is
    /// allowed until then. The default, as in Pidgin.
    #[default]
    Opportunistic,
    /// Nothing leaves in plaintext: messages wait for the private conversation.
    Required,
}

/// The three places a policy can be set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PolicySettings {
    /// "Require private conversations with everyone": overrides everything below.
    pub require_everywhere: bool,
    /// The account's policy.
    pub account: OtrPolicy,
    /// The contact's own policy, if the user set one; it overrides the account's.
    pub contact: Option<OtrPolicy>,
}

impl PolicySettings {
    /// The policy that applies to this contact. The global switch always wins, so that
    /// turning it on cannot be undone by an old per-contact "Never".
    pub fn effective(&self) -> OtrPolicy {
        if self.require_everywhere {
            return OtrPolicy::Required;
        }
        self.contact.unwrap_or(self.account)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn global_requirement_overrides_a_contact_set_to_never() {
        let settings = PolicySettings {
            require_everywhere: true,
            account: OtrPolicy::Opportunistic,
            contact: Some(OtrPolicy::Never),
        };
        assert_eq!(settings.effective(), OtrPolicy::Required);
    }

    #[test]
    fn contact_policy_overrides_the_account() {
        let settings = PolicySettings {
            require_everywhere: false,
            account: OtrPolicy::Required,
            contact: Some(OtrPolicy::Opportunistic),
        };
        assert_eq!(settings.effective(), OtrPolicy::Opportunistic);
        assert_eq!(
            PolicySettings::default().effective(),
            OtrPolicy::Opportunistic
        );
    }
}
