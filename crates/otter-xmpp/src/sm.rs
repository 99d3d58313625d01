//! XEP-0198 stream management: the server tells us which of our stanzas it has (`<a h='…'/>`),
//! we tell it how many of its stanzas we handled (`<r/>` is answered with our count). Every
//! stanza stays kept until acknowledged. When a connection breaks, the next one resumes the
//! stream (`<resume/>`): the server delivers what it held for us, and we send again what it
//! had not acknowledged. If it cannot resume, the user's messages are sent again on the new
//! session (with the same ids, so that a receiver that got them after all can tell).

use std::collections::VecDeque;

use otter_types::LocalId;

/// Stream management's namespace (version 3).
pub(crate) const NS_SM: &str = "urn:xmpp:sm:3";

/// The most stanzas kept for acknowledgement. A server that never acknowledges must not make
/// us keep everything we ever sent; beyond this, the oldest are forgotten (and their messages
/// stay "sent", as without stream management).
pub const MAX_UNACKNOWLEDGED: usize = 1000;

/// What a broken connection leaves for the next: see `Client::take_resumption`.
#[derive(Debug, Default)]
pub struct Resumption {
    pub(crate) sm: StreamManagement,
    pub(crate) rooms: crate::room::Rooms,
    pub(crate) bound: Option<crate::jid::Jid>,
    /// The roster as last known: a resumed session fetches none.
    pub(crate) roster: std::collections::HashMap<crate::jid::Jid, crate::roster::Listed>,
}

/// A one-to-one message the server has not acknowledged yet.
#[derive(Clone)]
pub(crate) struct Unacknowledged {
    /// The caller's id for it.
    pub(crate) local_id: LocalId,
    /// The stanza exactly as sent (same id and origin-id when sent again).
    pub(crate) xml: String,
}

impl std::fmt::Debug for Unacknowledged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The stanza holds the message (or its ciphertext): never printed.
        f.debug_struct("Unacknowledged")
            .field("local_id", &self.local_id)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Default)]
pub(crate) struct StreamManagement {
    /// The server's name for this stream, if it can be resumed.
    resume_id: Option<String>,
    /// `<enable/>` sent: our stanzas are counted from then on.
    requested: bool,
    /// `<enabled/>` received: the server's stanzas are counted from then on.
    enabled: bool,
    /// Stanzas of ours sent since `<enable/>` (mod 2³²).
    sent: u32,
    /// Stanzas of the server's handled since `<enabled/>` (mod 2³²).
    handled: u32,
    /// Our stanzas not acknowledged yet: their number, the stanza, and the user's message id
    /// if it is one.
    pending: VecDeque<(u32, String, Option<LocalId>)>,
}

impl StreamManagement {
    /// The `<enable/>` to send once bound, if the server offered stream management.
    pub(crate) fn enable(&mut self) -> &'static str {
        self.requested = true;
        "<enable xmlns='urn:xmpp:sm:3' resume='true'/>"
    }

    /// `<enabled/>`: counting starts; `id` names the stream for resuming, when it can be.
    pub(crate) fn enabled(&mut self, id: Option<String>) {
        self.enabled = true;
        self.resume_id = id;
    }

    /// The server refused: nothing is counted, nothing will be acknowledged.
    pub(crate) fn failed(&mut self) -> Vec<Unacknowledged> {
        self.requested = false;
        self.enabled = false;
        self.resume_id = None;
        self.lost()
    }

    /// Counts a stanza we send; `local_id` when it is a user's one-to-one message.
    pub(crate) fn sent(&mut self, xml: &str, local_id: Option<LocalId>) {
        if !self.requested {
            return;
        }
        self.sent = self.sent.wrapping_add(1);
        if self.pending.len() >= MAX_UNACKNOWLEDGED {
            self.pending.pop_front();
        }
        self.pending
            .push_back((self.sent, xml.to_owned(), local_id));
    }

    /// The `<resume/>` for a stream the server can resume, if this one can be.
    pub(crate) fn resume_request(&self) -> Option<String> {
        let id = self.resume_id.as_ref()?;
        Some(format!(
            "<resume xmlns='{NS_SM}' previd='{}' h='{}'/>",
            crate::element::escape(id),
            self.handled
        ))
    }

    /// `<resumed h='…'/>`: the messages the server had (acknowledged), and every stanza it
    /// did not get, to send again in order. Counting goes on from the server's count.
    pub(crate) fn resumed(&mut self, h: u32) -> (Vec<LocalId>, Vec<(String, Option<LocalId>)>) {
        let acknowledged = self.acknowledged(h);
        self.sent = h;
        let again = self
            .pending
            .drain(..)
            .map(|(_, xml, local_id)| (xml, local_id))
            .collect();
        (acknowledged, again)
    }

    /// Whether a stanza of ours goes through stream management (to ask for its ack).
    pub(crate) fn is_active(&self) -> bool {
        self.requested
    }

    /// Counts a stanza we received and handled.
    pub(crate) fn received(&mut self) {
        if self.enabled {
            self.handled = self.handled.wrapping_add(1);
        }
    }

    /// Our answer to the server's `<r/>`.
    pub(crate) fn answer(&self) -> String {
        format!("<a xmlns='{NS_SM}' h='{}'/>", self.handled)
    }

    /// The server's `<a h='…'/>`: the messages it now has. A count beyond what we sent is a
    /// server bug; it acknowledges what we sent and no more.
    pub(crate) fn acknowledged(&mut self, h: u32) -> Vec<LocalId> {
        let mut done = Vec::new();
        while let Some((number, _, _)) = self.pending.front() {
            // Serial-number comparison, so the count may wrap around 2³².
            if h.wrapping_sub(*number) >= u32::MAX / 2 {
                break;
            }
            if let Some((_, _, Some(local_id))) = self.pending.pop_front() {
                done.push(local_id);
            }
        }
        done
    }

    /// The connection is gone: the messages it may not have delivered.
    pub(crate) fn lost(&mut self) -> Vec<Unacknowledged> {
        self.pending
            .drain(..)
            .filter_map(|(_, xml, local_id)| {
                Some(Unacknowledged {
                    local_id: local_id?,
                    xml,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(sm: &mut StreamManagement, id: u64) {
        sm.sent(&format!("<message id='{id}'/>"), Some(LocalId(id)));
    }

    #[test]
    fn acknowledgements_release_messages_in_order_and_the_rest_are_handed_back() {
        let mut sm = StreamManagement::default();
        message(&mut sm, 1);
        assert!(sm.pending.is_empty(), "nothing is counted before <enable/>");
        let _ = sm.enable();
        sm.sent("<presence/>", None);
        message(&mut sm, 1);
        message(&mut sm, 2);
        message(&mut sm, 3);
        assert_eq!(sm.acknowledged(2), vec![LocalId(1)]);
        assert_eq!(sm.acknowledged(2), vec![]);
        let lost: Vec<LocalId> = sm.lost().iter().map(|m| m.local_id).collect();
        assert_eq!(lost, vec![LocalId(2), LocalId(3)]);
    }

    #[test]
    fn counts_wrap_around() {
        let mut sm = StreamManagement {
            requested: true,
            sent: u32::MAX - 1,
            ..StreamManagement::default()
        };
        message(&mut sm, 1);
        message(&mut sm, 2);
        message(&mut sm, 3);
        assert_eq!(sm.acknowledged(0), vec![LocalId(1), LocalId(2)]);
        assert_eq!(sm.acknowledged(1), vec![LocalId(3)]);
    }

    #[test]
    fn a_server_that_never_acknowledges_cannot_make_us_keep_everything() {
        let mut sm = StreamManagement::default();
        let _ = sm.enable();
        for id in 0..(MAX_UNACKNOWLEDGED as u64 + 50) {
            message(&mut sm, id);
        }
        assert_eq!(sm.pending.len(), MAX_UNACKNOWLEDGED);
    }

    #[test]
    fn our_count_is_what_we_handled_since_enabled() {
        let mut sm = StreamManagement::default();
        sm.received();
        sm.enabled(None);
        sm.received();
        sm.received();
        assert_eq!(sm.answer(), "<a xmlns='urn:xmpp:sm:3' h='2'/>");
    }
}
