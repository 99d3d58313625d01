//! The persistent room list: XEP-0402 PEP native bookmarks when the server says it keeps
//! them (`urn:xmpp:bookmarks:1#compat` on the account, XEP-0402 §5.3), else XEP-0048
//! bookmarks in XEP-0049 private XML storage, which every server has had for decades.

use otter_types::Password;

use crate::element::{Element, escape};
use crate::jid::Jid;

/// XEP-0402 node and payload namespace.
pub(crate) const NS_BOOKMARKS2: &str = "urn:xmpp:bookmarks:1";
/// The account feature saying the server keeps XEP-0402 bookmarks (and syncs XEP-0048).
pub(crate) const FEATURE_BOOKMARKS2: &str = "urn:xmpp:bookmarks:1#compat";
/// XEP-0048 storage namespace.
pub(crate) const NS_STORAGE: &str = "storage:bookmarks";
/// XEP-0049 private XML storage.
pub(crate) const NS_PRIVATE: &str = "jabber:iq:private";
/// XEP-0060 publish-subscribe.
pub(crate) const NS_PUBSUB: &str = "http://jabber.org/protocol/pubsub";
pub(crate) use crate::iq::NS_DISCO_INFO;

/// Most bookmarks read; the rest of a longer list is ignored.
pub const MAX_BOOKMARKS: usize = 1000;
/// Longest bookmark name kept, in bytes (longer ones are dropped, not the bookmark).
const MAX_NAME_BYTES: usize = 1024;

/// One saved room.
#[derive(Clone, PartialEq, Eq)]
pub struct Bookmark {
    /// The room's bare address.
    pub room: Jid,
    /// A name for the list.
    pub name: Option<String>,
    /// The nick to join with.
    pub nick: Option<String>,
    /// The room's password, if it has one. Stored on the server, like everything here.
    pub password: Option<Password>,
    /// Join when the account comes online.
    pub autojoin: bool,
}

impl std::fmt::Debug for Bookmark {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bookmark")
            .field("room", &self.room)
            .field("name", &self.name)
            .field("nick", &self.nick)
            .field("password", &self.password.as_ref().map(|_| "<hidden>"))
            .field("autojoin", &self.autojoin)
            .finish()
    }
}

/// Where this account's bookmarks live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookmarkStore {
    /// XEP-0402: one PEP item per room.
    Pep,
    /// XEP-0048 in private XML storage: the whole list written at once.
    PrivateXml,
}

/// The disco#info request to our own account, which says whether XEP-0402 is kept.
pub(crate) fn disco_request(id: &str, account: &Jid) -> String {
    format!(
        "<iq type='get' id='{}' to='{}'><query xmlns='{NS_DISCO_INFO}'/></iq>",
        escape(id),
        escape(&account.to_string())
    )
}

/// Whether a disco#info result offers XEP-0402 bookmarks.
pub(crate) fn offers_pep_bookmarks(result: &Element) -> bool {
    result.child("query", NS_DISCO_INFO).is_some_and(|query| {
        query.children.iter().any(|feature| {
            feature.is("feature", NS_DISCO_INFO) && feature.attr("var") == Some(FEATURE_BOOKMARKS2)
        })
    })
}

/// The request for the whole list.
pub(crate) fn fetch(id: &str, store: BookmarkStore) -> String {
    let id = escape(id);
    match store {
        BookmarkStore::Pep => format!(
            "<iq type='get' id='{id}'><pubsub xmlns='{NS_PUBSUB}'>\
             <items node='{NS_BOOKMARKS2}'/></pubsub></iq>"
        ),
        BookmarkStore::PrivateXml => format!(
            "<iq type='get' id='{id}'><query xmlns='{NS_PRIVATE}'>\
             <storage xmlns='{NS_STORAGE}'/></query></iq>"
        ),
    }
}

/// The bookmarks in a fetch result (either store).
pub(crate) fn parse_result(result: &Element, store: BookmarkStore) -> Vec<Bookmark> {
    match store {
        BookmarkStore::Pep => result
            .child("pubsub", NS_PUBSUB)
            .and_then(|p| p.child("items", NS_PUBSUB))
            .map(|items| pep_items(items, NS_PUBSUB))
            .unwrap_or_default(),
        BookmarkStore::PrivateXml => result
            .child("query", NS_PRIVATE)
            .and_then(|q| q.child("storage", NS_STORAGE))
            .map(storage)
            .unwrap_or_default(),
    }
}

/// The items of a PEP `<items/>` (result or notification) as bookmarks.
pub(crate) fn pep_items(items: &Element, ns: &str) -> Vec<Bookmark> {
    items
        .children
        .iter()
        .filter(|item| item.is("item", ns))
        .filter_map(|item| {
            let room = Jid::parse(item.attr("id")?).ok()?;
            let conference = item.child("conference", NS_BOOKMARKS2)?;
            bookmark(room, conference, NS_BOOKMARKS2)
        })
        .take(MAX_BOOKMARKS)
        .collect()
}

/// The conferences of an XEP-0048 `<storage/>`.
fn storage(storage: &Element) -> Vec<Bookmark> {
    storage
        .children
        .iter()
        .filter(|c| c.is("conference", NS_STORAGE))
        .filter_map(|c| bookmark(Jid::parse(c.attr("jid")?).ok()?, c, NS_STORAGE))
        .take(MAX_BOOKMARKS)
        .collect()
}

fn bookmark(room: Jid, conference: &Element, ns: &str) -> Option<Bookmark> {
    if !room.is_bare() || room.local().is_none() {
        return None;
    }
    let text = |name: &str| {
        conference
            .child(name, ns)
            .map(|c| c.text.clone())
            .filter(|t| !t.is_empty())
    };
    Some(Bookmark {
        room,
        name: conference
            .attr("name")
            .filter(|n| !n.is_empty() && n.len() <= MAX_NAME_BYTES)
            .map(str::to_owned),
        nick: text("nick").filter(|n| crate::room::valid_nick(n)),
        password: text("password").map(Password::new),
        autojoin: matches!(conference.attr("autojoin"), Some("true" | "1")),
    })
}

/// The conference element for `bookmark`. XEP-0048's sits in `<storage/>` and carries the
/// room address; XEP-0402's has its own namespace, the address being the item id.
fn conference(bookmark: &Bookmark, jid_attr: bool) -> String {
    let head = if jid_attr {
        format!(" jid='{}'", escape(&bookmark.room.to_string()))
    } else {
        format!(" xmlns='{NS_BOOKMARKS2}'")
    };
    let name = bookmark
        .name
        .as_ref()
        .map(|n| format!(" name='{}'", escape(n)))
        .unwrap_or_default();
    let nick = bookmark
        .nick
        .as_ref()
        .map(|n| format!("<nick>{}</nick>", escape(n)))
        .unwrap_or_default();
    let password = bookmark
        .password
        .as_ref()
        .map(|p| format!("<password>{}</password>", escape(p.reveal())))
        .unwrap_or_default();
    format!(
        "<conference{head}{name} autojoin='{}'>{nick}{password}</conference>",
        bookmark.autojoin
    )
}

/// XEP-0402 §3.3: publish one bookmark, with the options that keep it private to the
/// account (whitelist) and kept (persisted, unlimited items).
pub(crate) fn publish(id: &str, bookmark: &Bookmark) -> String {
    let field =
        |var: &str, value: &str| format!("<field var='{var}'><value>{value}</value></field>");
    format!(
        "<iq type='set' id='{}'><pubsub xmlns='{NS_PUBSUB}'><publish node='{NS_BOOKMARKS2}'>\
         <item id='{}'>{}</item></publish><publish-options><x xmlns='jabber:x:data' \
         type='submit'><field var='FORM_TYPE' type='hidden'><value>\
         http://jabber.org/protocol/pubsub#publish-options</value></field>{}{}{}{}</x>\
         </publish-options></pubsub></iq>",
        escape(id),
        escape(&bookmark.room.to_string()),
        conference(bookmark, false),
        field("pubsub#persist_items", "true"),
        field("pubsub#max_items", "max"),
        field("pubsub#send_last_published_item", "never"),
        field("pubsub#access_model", "whitelist"),
    )
}

/// XEP-0402 §3.4: remove one bookmark.
pub(crate) fn retract(id: &str, room: &Jid) -> String {
    format!(
        "<iq type='set' id='{}'><pubsub xmlns='{NS_PUBSUB}'><retract node='{NS_BOOKMARKS2}' \
         notify='true'><item id='{}'/></retract></pubsub></iq>",
        escape(id),
        escape(&room.to_string())
    )
}

/// XEP-0048 §3.2: the whole list, written over the stored one.
pub(crate) fn store_all(id: &str, bookmarks: &[Bookmark]) -> String {
    let conferences: String = bookmarks.iter().map(|b| conference(b, true)).collect();
    format!(
        "<iq type='set' id='{}'><query xmlns='{NS_PRIVATE}'><storage xmlns='{NS_STORAGE}'>\
         {conferences}</storage></query></iq>",
        escape(id)
    )
}
