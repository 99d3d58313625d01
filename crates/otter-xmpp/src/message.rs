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
pub(crate) fn chat(to: &Jid, id: &str, body: &WireBody) -> String {
    let id = escape(id);
    format!(
        "<message type='chat' to='{}' id='{id}'><body>{}</body>\
         <origin-id xmlns='{NS_SID}' id='{id}'/></message>",
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

#[cfg(test)]
mod tests {
    use super::*;
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
