//! RFC 6121 §4: presence. Our own presence carries availability and the status message the
//! user typed, nothing else (no entity capabilities, no client name, no priority games); the
//! contacts' presences are reported as they come.

use otter_types::MessageText;

use crate::element::{Element, NS_CLIENT, escape};
use crate::jid::Jid;

/// The longest status message we send or keep, in bytes: a status is a line, not a letter.
pub const MAX_STATUS_BYTES: usize = 1024;

/// What the user chose to tell contacts about their availability.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct OwnPresence {
    /// `None`: simply available.
    pub show: Option<Show>,
    /// The status message, if any (cut to [`MAX_STATUS_BYTES`] at a character boundary).
    pub status: Option<MessageText>,
}

impl std::fmt::Debug for OwnPresence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OwnPresence")
            .field("show", &self.show)
            .field("status", &self.status.as_ref().map(|_| "<hidden>"))
            .finish()
    }
}

impl OwnPresence {
    /// The presence stanza, broadcast (`to: None`) or directed to one room occupant address.
    /// Capabilities (XEP-0115) would identify the client software, so none are sent.
    pub(crate) fn stanza(&self, to: Option<&str>) -> String {
        let mut xml = String::from("<presence");
        if let Some(to) = to {
            xml.push_str(&format!(" to='{}'", escape(to)));
        }
        let children = self.children();
        if children.is_empty() {
            xml.push_str("/>");
        } else {
            xml.push_str(&format!(">{children}</presence>"));
        }
        xml
    }

    /// `<show>` and `<status>`, for our broadcast presence and for a room's join presence.
    pub(crate) fn children(&self) -> String {
        let show = self.show.map(|show| match show {
            Show::Away => "away",
            Show::Chat => "chat",
            Show::Dnd => "dnd",
            Show::Xa => "xa",
        });
        let status = self
            .status
            .as_ref()
            .map(|status| truncated(status.reveal(), MAX_STATUS_BYTES))
            .filter(|status| !status.trim().is_empty());
        let mut xml = String::new();
        if let Some(show) = show {
            xml.push_str(&format!("<show>{show}</show>"));
        }
        if let Some(status) = status {
            xml.push_str(&format!("<status>{}</status>", escape(status)));
        }
        xml
    }
}

fn truncated(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or_default()
}

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
        .map(|status| MessageText::new(truncated(&status.text, MAX_STATUS_BYTES)));
    Some(PresenceUpdate {
        from,
        available,
        show,
        status,
    })
}

#[cfg(test)]
mod own_presence_tests {
    use super::*;

    #[test]
    fn plain_availability_is_the_bare_presence() {
        assert_eq!(OwnPresence::default().stanza(None), "<presence/>");
    }

    #[test]
    fn show_and_status_are_sent_escaped_and_a_status_is_cut_at_a_character() {
        let away = OwnPresence {
            show: Some(Show::Away),
            status: Some(MessageText::new("<back> & \"soon\"")),
        };
        assert_eq!(
            away.stanza(Some("room@muc.test/ann")),
            "<presence to='room@muc.test/ann'><show>away</show>\
             <status>&lt;back&gt; &amp; &quot;soon&quot;</status></presence>"
        );
        let long = OwnPresence {
            show: None,
            status: Some(MessageText::new("é".repeat(MAX_STATUS_BYTES))),
        };
        let xml = long.stanza(None);
        let status = xml
            .trim_start_matches("<presence><status>")
            .trim_end_matches("</status></presence>");
        assert_eq!(status.len(), MAX_STATUS_BYTES);
        assert!(status.chars().all(|c| c == 'é'));
    }

    #[test]
    fn a_blank_status_is_not_sent() {
        let blank = OwnPresence {
            show: Some(Show::Dnd),
            status: Some(MessageText::new("  ")),
        };
        assert_eq!(blank.stanza(None), "<presence><show>dnd</show></presence>");
    }

    #[test]
    fn a_debug_print_hides_the_status() {
        let away = OwnPresence {
            show: Some(Show::Away),
            status: Some(MessageText::new("sentinel-status")),
        };
        assert!(!format!("{away:?}").contains("sentinel"));
    }
}
