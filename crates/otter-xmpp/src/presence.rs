//! RFC 6121 §4: presence. This slice sends only the initial `<presence/>` (no entity
//! capabilities, no client name) and reports contacts' availability.

use otter_types::MessageText;

use crate::element::{Element, NS_CLIENT};
use crate::jid::Jid;

/// The initial presence: available, nothing else (RFC 6121 §4.2.1). Capabilities (XEP-0115)
/// would identify the client software, so none are sent.
pub(crate) const INITIAL: &str = "<presence/>";

/// A contact's availability detail (RFC 6121 §4.7.2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// Temporarily away.
    Away,
    /// Interested in chatting.
    Chat,
    /// Busy: do not disturb.
    Dnd,
    /// Away for a long time.
    Xa,
}

/// A presence change, as reported to the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PresenceUpdate {
    pub(crate) from: Jid,
    pub(crate) available: bool,
    pub(crate) show: Option<Show>,
    pub(crate) status: Option<MessageText>,
}

/// Reads an available or unavailable presence; subscription and error presences are not
/// handled in this slice.
pub(crate) fn parse(stanza: &Element) -> Option<PresenceUpdate> {
    let from = Jid::parse(stanza.attr("from")?).ok()?;
    let available = match stanza.attr("type") {
        None => true,
        Some("unavailable") => false,
        Some(_) => return None,
    };
    let show = stanza
        .child("show", NS_CLIENT)
        .and_then(|show| match show.text.trim() {
            "away" => Some(Show::Away),
            "chat" => Some(Show::Chat),
            "dnd" => Some(Show::Dnd),
            "xa" => Some(Show::Xa),
            _ => None,
        });
    let status = stanza
        .child("status", NS_CLIENT)
        .map(|status| MessageText::new(status.text.clone()));
    Some(PresenceUpdate {
        from,
        available,
        show,
        status,
    })
}
