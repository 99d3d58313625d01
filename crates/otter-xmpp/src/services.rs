//! Finding the account's room service (XEP-0045 §6.1, through XEP-0030): the server's items,
//! then each item's identity, for the first that is a `conference`/`text` service speaking
//! MUC. A front end offers it when the user joins or creates a room, so nobody has to guess
//! `conference.` or `muc.` or `chat.` in front of their server's name.
//!
//! The server decides how many items it lists; at most [`MAX_ITEMS_ASKED`] are asked about,
//! all at once (one round trip through Tor instead of one per item), and the first in the
//! server's order that is a room service wins.

use crate::element::{Element, escape};
use crate::iq::NS_DISCO_INFO;
use crate::jid::Jid;

pub(crate) const NS_DISCO_ITEMS: &str = "http://jabber.org/protocol/disco#items";
const NS_MUC: &str = "http://jabber.org/protocol/muc";

/// Most of the server's items asked about. Servers list a handful (rooms, uploads, a
/// proxy, pubsub); a server listing thousands must not make us send thousands of requests.
pub(crate) const MAX_ITEMS_ASKED: usize = 16;

/// One discovery, from the request for the server's items to the service found (or none).
#[derive(Debug, Default)]
pub(crate) struct ServiceDiscovery {
    /// The id of the disco#items request, while it waits.
    items_id: Option<String>,
    /// The items asked about, in the server's order: request id, address, and what they
    /// answered (`None` while waiting; `Some(true)`: a room service).
    asked: Vec<(String, Jid, Option<bool>)>,
    done: bool,
}

/// What an answer changed.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// Ask these items about themselves ([`ServiceDiscovery::ask`] each).
    Ask(Vec<Jid>),
    /// Decided: the service, or none.
    Found(Option<Jid>),
    /// Still waiting for other answers.
    Wait,
}

impl ServiceDiscovery {
    /// The request for the items of `server`, with `id`.
    pub(crate) fn start(&mut self, id: String, server: &str) -> String {
        let request = format!(
            "<iq type='get' id='{}' to='{}'><query xmlns='{NS_DISCO_ITEMS}'/></iq>",
            escape(&id),
            escape(server)
        );
        *self = Self {
            items_id: Some(id),
            ..Self::default()
        };
        request
    }

    /// Whether `id` is one of this discovery's requests.
    pub(crate) fn owns(&self, id: &str) -> bool {
        !self.done
            && (self.items_id.as_deref() == Some(id)
                || self.asked.iter().any(|(asked, _, _)| asked == id))
    }

    /// The request asking `item` what it is, with `id`, remembered in the server's order.
    pub(crate) fn ask(&mut self, id: String, item: Jid) -> String {
        let request = format!(
            "<iq type='get' id='{}' to='{}'><query xmlns='{NS_DISCO_INFO}'/></iq>",
            escape(&id),
            escape(&item.to_string())
        );
        self.asked.push((id, item, None));
        request
    }

    /// Takes the answer (`result` or `error`) to one of its requests.
    pub(crate) fn answer(&mut self, id: &str, iq: &Element) -> Step {
        let ok = iq.attr("type") == Some("result");
        if self.items_id.as_deref() == Some(id) {
            self.items_id = None;
            let items = if ok { items(iq) } else { Vec::new() };
            if items.is_empty() {
                return self.finish(None);
            }
            return Step::Ask(items);
        }
        if let Some(entry) = self.asked.iter_mut().find(|(asked, _, _)| asked == id) {
            entry.2 = Some(ok && is_room_service(iq));
        }
        // The first in the server's order decides, once everything before it has answered.
        for (_, jid, answer) in &self.asked {
            match answer {
                None => return Step::Wait,
                Some(true) => {
                    let found = jid.clone();
                    return self.finish(Some(found));
                }
                Some(false) => {}
            }
        }
        self.finish(None)
    }

    fn finish(&mut self, found: Option<Jid>) -> Step {
        self.done = true;
        self.asked.clear();
        Step::Found(found)
    }
}

/// The server's items that could be services: addresses without a node, local part or
/// resource (`conference.example.org`), at most [`MAX_ITEMS_ASKED`], each once.
fn items(iq: &Element) -> Vec<Jid> {
    let Some(query) = iq.child("query", NS_DISCO_ITEMS) else {
        return Vec::new();
    };
    let mut found: Vec<Jid> = Vec::new();
    for item in query.children_in(NS_DISCO_ITEMS) {
        if found.len() == MAX_ITEMS_ASKED {
            break;
        }
        if !item.is("item", NS_DISCO_ITEMS) || item.attr("node").is_some() {
            continue;
        }
        let Some(jid) = item.attr("jid").and_then(|jid| Jid::parse(jid).ok()) else {
            continue;
        };
        if jid.local().is_none() && jid.resource().is_none() && !found.contains(&jid) {
            found.push(jid);
        }
    }
    found
}

/// A disco#info result of a room service: identity `conference`/`text` and the MUC feature.
fn is_room_service(iq: &Element) -> bool {
    let Some(query) = iq.child("query", NS_DISCO_INFO) else {
        return false;
    };
    let identity = query.children_in(NS_DISCO_INFO).any(|child| {
        child.is("identity", NS_DISCO_INFO)
            && child.attr("category") == Some("conference")
            && child.attr("type") == Some("text")
    });
    let muc = query
        .children_in(NS_DISCO_INFO)
        .any(|child| child.is("feature", NS_DISCO_INFO) && child.attr("var") == Some(NS_MUC));
    identity && muc
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

    fn items_result(id: &str, items: &[&str]) -> Element {
        let items: String = items.iter().map(|item| format!("<item {item}/>")).collect();
        stanza(&format!(
            "<iq type='result' id='{id}'><query xmlns='{NS_DISCO_ITEMS}'>{items}</query></iq>"
        ))
    }

    fn info_result(id: &str, category: &str, kind: &str, features: &[&str]) -> Element {
        let features: String = features
            .iter()
            .map(|var| format!("<feature var='{var}'/>"))
            .collect();
        stanza(&format!(
            "<iq type='result' id='{id}'><query xmlns='{NS_DISCO_INFO}'>\
             <identity category='{category}' type='{kind}'/>{features}</query></iq>"
        ))
    }

    /// Starts, takes `items`, asks each; returns the ids asked, in order.
    fn asked(discovery: &mut ServiceDiscovery, items: &[&str]) -> Vec<String> {
        discovery.start("i".into(), "otter.test");
        let Step::Ask(found) = discovery.answer("i", &items_result("i", items)) else {
            panic!("no items to ask");
        };
        found
            .into_iter()
            .enumerate()
            .map(|(n, jid)| {
                let id = format!("q{n}");
                discovery.ask(id.clone(), jid);
                id
            })
            .collect()
    }

    #[test]
    fn the_first_room_service_in_the_server_s_order_wins_whatever_answers_first() {
        let mut discovery = ServiceDiscovery::default();
        let ids = asked(
            &mut discovery,
            &[
                "jid='upload.otter.test'",
                "jid='rooms.otter.test'",
                "jid='muc.otter.test'",
            ],
        );
        // The last answers first: it is a room service, but an earlier one may be too.
        let muc = info_result(&ids[2], "conference", "text", &[NS_MUC]);
        assert_eq!(discovery.answer(&ids[2], &muc), Step::Wait);
        let rooms = info_result(&ids[1], "conference", "text", &[NS_MUC]);
        assert_eq!(discovery.answer(&ids[1], &rooms), Step::Wait);
        let upload = info_result(&ids[0], "store", "file", &["urn:xmpp:http:upload:0"]);
        let found = discovery.answer(&ids[0], &upload);
        assert_eq!(found, Step::Found(Jid::parse("rooms.otter.test").ok()));
        // Decided: later answers are not ours any more.
        assert!(!discovery.owns(&ids[2]));
    }

    #[test]
    fn a_conference_identity_without_muc_or_an_error_is_no_room_service() {
        let mut discovery = ServiceDiscovery::default();
        let ids = asked(
            &mut discovery,
            &["jid='irc.otter.test'", "jid='gone.otter.test'"],
        );
        let gateway = info_result(&ids[0], "conference", "irc", &[NS_MUC]);
        assert_eq!(discovery.answer(&ids[0], &gateway), Step::Wait);
        let error = stanza(&format!(
            "<iq type='error' id='{}'><error type='cancel'><remote-server-not-found \
             xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>",
            ids[1]
        ));
        assert_eq!(discovery.answer(&ids[1], &error), Step::Found(None));
    }

    #[test]
    fn only_bare_service_addresses_are_asked_about_at_most_sixteen_once_each() {
        let mut many: Vec<String> = (0..40).map(|n| format!("jid='s{n}.otter.test'")).collect();
        many.insert(0, "jid='s0.otter.test'".into());
        many.insert(0, "jid='pubsub.otter.test' node='princely_musings'".into());
        many.insert(0, "jid='room@conference.otter.test'".into());
        many.insert(0, "jid='otter.test/resource'".into());
        many.insert(0, "jid='not a jid'".into());
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let mut discovery = ServiceDiscovery::default();
        discovery.start("i".into(), "otter.test");
        let Step::Ask(found) = discovery.answer("i", &items_result("i", &many)) else {
            panic!("no items to ask");
        };
        let expected: Vec<Jid> = (0..MAX_ITEMS_ASKED)
            .filter_map(|n| Jid::parse(&format!("s{n}.otter.test")).ok())
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn a_server_without_items_or_refusing_the_question_has_no_room_service() {
        let mut discovery = ServiceDiscovery::default();
        discovery.start("i".into(), "otter.test");
        assert_eq!(
            discovery.answer("i", &items_result("i", &[])),
            Step::Found(None)
        );
        discovery.start("j".into(), "otter.test");
        let refused = stanza(
            "<iq type='error' id='j'><error type='cancel'><service-unavailable \
             xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>",
        );
        assert_eq!(discovery.answer("j", &refused), Step::Found(None));
    }
}
