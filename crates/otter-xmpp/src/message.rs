//! RFC 6121 §5 (one-to-one messages) with XEP-0359 origin ids and XEP-0203 delayed delivery.
//!
//! Only `<body>` is read: XHTML-IM (XEP-0071) and every other payload are ignored, so markup
//! from a peer is never rendered.

use otter_otr::WireBody;
use otter_types::MessageText;

use crate::element::{Element, NS_CLIENT, NS_STANZAS, escape};
use crate::jid::Jid;

/// XEP-0359 unique and stable stanza ids.
const NS_SID: &str = "urn:xmpp:sid:0";
/// XEP-0203 delayed delivery.
const NS_DELAY: &str = "urn:xmpp:delay";
/// Longest delay stamp accepted (XEP-0082 date-time with fractions and offset is ~32 chars).
const MAX_STAMP_LEN: usize = 64;

/// When the server stored a message for later delivery (XEP-0203), as XEP-0082 `date-time`
/// text (e.g. `2002-09-10T23:08:25Z`). Only characters a date-time uses are accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DelayedDelivery {
    /// The XEP-0082 timestamp, as sent.
    pub stamp: String,
}

impl DelayedDelivery {
    /// The stamp in Unix seconds (XEP-0082 §3.2 `CCYY-MM-DDThh:mm:ss[.sss]TZD`, `TZD` being
    /// `Z` or `±hh:mm`); fractions of a second are dropped. `None` when the stamp is not a
    /// real date-time.
    pub fn unix_seconds(&self) -> Option<i64> {
        otter_types::unix_seconds(&self.stamp)
    }
}

/// A received message stanza, classified.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Incoming {
    /// A chat or normal message with a body.
    Chat {
        from: Jid,
        id: Option<String>,
        text: MessageText,
        delay: Option<DelayedDelivery>,
    },
    /// A message error (RFC 6120 §8.3) about a message we sent.
    Error {
        from: Option<Jid>,
        id: Option<String>,
        condition: String,
    },
    /// Anything else this slice does not handle (groupchat, headline, no body).
    Ignored,
}

/// The stanza for a one-to-one chat message. `id` doubles as the XEP-0359 origin id.
/// `extras` are the further children ([`extras`]).
pub(crate) fn chat(to: &Jid, id: &str, body: &WireBody, extras: &str) -> String {
    let id = escape(id);
    format!(
        "<message type='chat' to='{}' id='{id}'><body>{}</body>\
         <origin-id xmlns='{NS_SID}' id='{id}'/>{extras}</message>",
        escape(&to.to_string()),
        escape(body.as_wire_text())
    )
}

/// Classifies a received `<message/>`. `account` stands in for a missing `from` (RFC 6120
/// §8.1.2.1: the stanza comes from the user's own account).
pub(crate) fn parse(stanza: &Element, account: &Jid) -> Incoming {
    let from = stanza.attr("from").map(Jid::parse);
    let id = stanza.attr("id").map(str::to_owned);
    match stanza.attr("type") {
        Some("error") => Incoming::Error {
            from: from.and_then(Result::ok),
            id,
            condition: stanza
                .child("error", NS_CLIENT)
                .and_then(|error| error.condition_in(NS_STANZAS))
                .unwrap_or("undefined-condition")
                .to_owned(),
        },
        // RFC 6121 §5.2.2: no type means "normal".
        None | Some("chat" | "normal") => {
            let from = match from {
                None => account.clone(),
                Some(Ok(from)) => from,
                Some(Err(_)) => return Incoming::Ignored,
            };
            let Some(body) = body(stanza) else {
                return Incoming::Ignored;
            };
            Incoming::Chat {
                from,
                id,
                text: MessageText::new(body),
                delay: stanza.child("delay", NS_DELAY).and_then(delay),
            }
        }
        Some(_) => Incoming::Ignored,
    }
}

/// The body without `xml:lang`, else the first one (RFC 6121 §5.2.3 allows one per language).
pub(crate) fn body(stanza: &Element) -> Option<String> {
    let mut bodies = stanza
        .children
        .iter()
        .filter(|child| child.is("body", NS_CLIENT));
    let first = bodies.clone().next()?;
    let chosen = bodies
        .find(|b| b.attr("xml:lang").is_none())
        .unwrap_or(first);
    Some(chosen.text.clone())
}

/// The XEP-0203 delay a stanza carries, if it is plausible.
pub(crate) fn delay_of(stanza: &Element) -> Option<DelayedDelivery> {
    stanza.child("delay", NS_DELAY).and_then(delay)
}

fn delay(element: &Element) -> Option<DelayedDelivery> {
    let stamp = element.attr("stamp")?;
    let plausible = !stamp.is_empty()
        && stamp.len() <= MAX_STAMP_LEN
        && stamp
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b':' | b'.' | b'T' | b'Z' | b'+'));
    plausible.then(|| DelayedDelivery {
        stamp: stamp.to_owned(),
    })
}

/// XEP-0280 message carbons.
pub(crate) const NS_CARBONS: &str = "urn:xmpp:carbons:2";
/// XEP-0297 stanza forwarding, which wraps a carbon.
const NS_FORWARD: &str = "urn:xmpp:forward:0";
/// XEP-0334 processing hints.
const NS_HINTS: &str = "urn:xmpp:hints";
/// XEP-0085 chat state notifications.
pub(crate) const NS_CHATSTATES: &str = "http://jabber.org/protocol/chatstates";
/// XEP-0184 message delivery receipts.
pub(crate) const NS_RECEIPTS: &str = "urn:xmpp:receipts";

/// What the user lets contacts see of their activity. Both leak when the user is at the
/// keyboard, so both are off unless the user turns them on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ActivitySharing {
    /// XEP-0085: `<active/>` on messages, typing notifications, contacts' states shown.
    pub chat_states: bool,
    /// XEP-0184: ask for receipts, and answer contacts' requests.
    pub receipts: bool,
}

/// A XEP-0085 chat state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatState {
    /// Paying attention to the conversation.
    Active,
    /// Typing.
    Composing,
    /// Stopped typing.
    Paused,
    /// Not paying attention.
    Inactive,
    /// Left the conversation.
    Gone,
}

impl ChatState {
    const ALL: [ChatState; 5] = [
        ChatState::Active,
        ChatState::Composing,
        ChatState::Paused,
        ChatState::Inactive,
        ChatState::Gone,
    ];

    fn name(self) -> &'static str {
        match self {
            ChatState::Active => "active",
            ChatState::Composing => "composing",
            ChatState::Paused => "paused",
            ChatState::Inactive => "inactive",
            ChatState::Gone => "gone",
        }
    }

    /// The state a message carries, if any.
    pub(crate) fn of(stanza: &Element) -> Option<ChatState> {
        Self::ALL
            .into_iter()
            .find(|state| stanza.child(state.name(), NS_CHATSTATES).is_some())
    }
}

/// Whether a body is OTR data or starts an OTR exchange (a query, or the whitespace tag
/// libotr looks for anywhere in plaintext). Such a body copied from another of the user's
/// devices belongs to that device's OTR session: fed to ours it would start or confuse one.
pub(crate) fn is_otr(text: &str) -> bool {
    /// The base of the OTR whitespace tag (OTR protocol v2/v3 §"Tagged plaintext").
    const WHITESPACE_TAG_BASE: &str = " \t  \t\t\t\t \t \t \t  ";
    text.contains("?OTR") || text.contains(WHITESPACE_TAG_BASE)
}

/// A carbon copy (XEP-0280), unwrapped.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Carbon<'a> {
    /// Not a carbon.
    None,
    /// A carbon that does not come from our own bare address: anyone could have written it.
    Spoofed,
    /// A message someone sent to another of our devices.
    Received(&'a Element),
    /// A message another of our devices sent.
    Sent(&'a Element),
}

/// Unwraps a carbon. Only our own account may send one (XEP-0280 §11): anything else
/// claiming to be a copy is a forgery of a message "we" sent or received.
pub(crate) fn carbon<'a>(stanza: &'a Element, account: &Jid) -> Carbon<'a> {
    let (wrapper, sent) = if let Some(wrapper) = stanza.child("received", NS_CARBONS) {
        (wrapper, false)
    } else if let Some(wrapper) = stanza.child("sent", NS_CARBONS) {
        (wrapper, true)
    } else {
        return Carbon::None;
    };
    let from_account = stanza
        .attr("from")
        .and_then(|from| Jid::parse(from).ok())
        .is_some_and(|from| from == account.bare());
    if !from_account {
        return Carbon::Spoofed;
    }
    let Some(inner) = wrapper
        .child("forwarded", NS_FORWARD)
        .and_then(|forwarded| forwarded.child("message", NS_CLIENT))
    else {
        return Carbon::Spoofed;
    };
    if sent {
        Carbon::Sent(inner)
    } else {
        Carbon::Received(inner)
    }
}

/// The `<enable/>` request for carbons (XEP-0280 §5).
pub(crate) fn enable_carbons(id: &str) -> String {
    format!(
        "<iq type='set' id='{}'><enable xmlns='{NS_CARBONS}'/></iq>",
        escape(id)
    )
}

/// What a one-to-one message carries besides its body.
pub(crate) fn extras(body: &WireBody, sharing: ActivitySharing) -> String {
    let mut extras = String::new();
    if sharing.chat_states {
        extras.push_str(&format!("<active xmlns='{NS_CHATSTATES}'/>"));
    }
    if sharing.receipts {
        extras.push_str(&format!("<request xmlns='{NS_RECEIPTS}'/>"));
    }
    if body.is_encrypted() {
        // XEP-0364 §3: ciphertext is useless to our other devices (they are not in this
        // session) and would only fill their windows with OTR errors.
        extras.push_str(&format!(
            "<private xmlns='{NS_CARBONS}'/><no-copy xmlns='{NS_HINTS}'/>"
        ));
    }
    extras
}

/// A standalone chat state notification (XEP-0085 §5.2); not stored for later.
pub(crate) fn chat_state(to: &Jid, id: &str, state: ChatState) -> String {
    format!(
        "<message type='chat' to='{}' id='{}'><{} xmlns='{NS_CHATSTATES}'/>\
         <no-store xmlns='{NS_HINTS}'/></message>",
        escape(&to.to_string()),
        escape(id),
        state.name()
    )
}

/// The receipt for a message that asked for one (XEP-0184 §5.1).
pub(crate) fn receipt(to: &Jid, id: &str, received_id: &str) -> String {
    format!(
        "<message to='{}' id='{}'><received xmlns='{NS_RECEIPTS}' id='{}'/></message>",
        escape(&to.to_string()),
        escape(id),
        escape(received_id)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seconds(stamp: &str) -> Option<i64> {
        DelayedDelivery {
            stamp: stamp.to_owned(),
        }
        .unix_seconds()
    }

    #[test]
    fn a_delay_stamp_is_read_as_unix_seconds() {
        // XEP-0203 §4's example, and the same instant written in other zones.
        assert_eq!(seconds("2002-09-10T23:08:25Z"), Some(1_031_699_305));
        assert_eq!(seconds("2002-09-10T23:08:25.123Z"), Some(1_031_699_305));
        assert_eq!(seconds("2002-09-11T01:08:25+02:00"), Some(1_031_699_305));
        assert_eq!(seconds("2002-09-10T18:08:25-05:00"), Some(1_031_699_305));
        assert_eq!(seconds("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(seconds("2024-02-29T12:00:00Z"), Some(1_709_208_000));
    }

    #[test]
    fn a_stamp_that_is_no_date_time_has_no_time() {
        for stamp in [
            "",
            "2002-09-10",
            "2002-09-10T23:08:25",
            "2002-13-10T23:08:25Z",
            "2023-02-29T00:00:00Z",
            "2002-09-10T24:00:00Z",
            "2002-09-10T23:08:25+25:00",
            "2002-09-10T23:08:25.Z",
            "02-09-10T23:08:25Z",
            "2002-09-10T23:8:25Z",
        ] {
            assert_eq!(seconds(stamp), None, "{stamp}");
        }
    }
    use crate::stream::{Parser, StreamEvent};

    fn stanza(xml: &str) -> Element {
        let mut parser = Parser::new();
        parser
            .push(
                format!(
                    "<stream:stream xmlns='jabber:client' \
                     xmlns:stream='http://etherx.jabber.org/streams'>{xml}"
                )
                .as_bytes(),
            )
            .expect("push");
        let _header = parser.next_event().expect("header");
        match parser.next_event() {
            Ok(Some(StreamEvent::Stanza(element))) => element,
            other => panic!("{other:?}"),
        }
    }

    fn account() -> Jid {
        Jid::parse("alice@otter.test").expect("jid")
    }

    #[test]
    fn outgoing_chat_escapes_text_and_carries_origin_id() -> Result<(), crate::JidError> {
        let xml = chat(
            &Jid::parse("bob@otter.test")?,
            "id1",
            &otter_testkit::released_plaintext("<b>hi</b> & 'bye'").unwrap(),
            "",
        );
        assert_eq!(
            xml,
            "<message type='chat' to='bob@otter.test' id='id1'><body>&lt;b&gt;hi&lt;/b&gt; \
             &amp; &apos;bye&apos;</body><origin-id xmlns='urn:xmpp:sid:0' id='id1'/></message>"
        );
        // What we send parses back to the same text.
        let Incoming::Chat { text, .. } = parse(&stanza(&xml), &account()) else {
            panic!("not a chat")
        };
        assert_eq!(text.reveal(), "<b>hi</b> & 'bye'");
        Ok(())
    }

    #[test]
    fn xhtml_im_is_ignored_and_only_the_body_is_read() {
        let incoming = parse(
            &stanza(
                "<message from='bob@otter.test/x' type='chat' id='m1'><body>plain</body>\
                 <html xmlns='http://jabber.org/protocol/xhtml-im'><body \
                 xmlns='http://www.w3.org/1999/xhtml'><img src='http://tracker/'/>rich</body>\
                 </html><delay xmlns='urn:xmpp:delay' stamp='2002-09-10T23:08:25Z'/></message>",
            ),
            &account(),
        );
        let Incoming::Chat {
            from,
            id,
            text,
            delay,
        } = incoming
        else {
            panic!("not a chat")
        };
        assert_eq!(from.to_string(), "bob@otter.test/x");
        assert_eq!(id.as_deref(), Some("m1"));
        assert_eq!(text.reveal(), "plain");
        assert_eq!(
            delay.map(|d| d.stamp).as_deref(),
            Some("2002-09-10T23:08:25Z")
        );
    }

    #[test]
    fn message_errors_carry_id_and_condition() {
        let incoming = parse(
            &stanza(
                "<message from='nobody@otter.test' type='error' id='m2'><error type='cancel'>\
                 <service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>\
                 </message>",
            ),
            &account(),
        );
        assert_eq!(
            incoming,
            Incoming::Error {
                from: Jid::parse("nobody@otter.test").ok(),
                id: Some("m2".into()),
                condition: "service-unavailable".into()
            }
        );
    }

    #[test]
    fn groupchat_headline_and_bodiless_messages_are_not_chats() {
        for xml in [
            "<message type='groupchat' from='r@c/n'><body>x</body></message>",
            "<message type='headline' from='a@b'><body>x</body></message>",
            "<message type='chat' from='a@b'><active xmlns='http://jabber.org/protocol/chatstates'/></message>",
        ] {
            assert_eq!(parse(&stanza(xml), &account()), Incoming::Ignored, "{xml}");
        }
    }
}
