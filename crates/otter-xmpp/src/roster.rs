//! RFC 6121 §2: the roster (contact list): the initial fetch and roster pushes.

use crate::element::{Element, escape};
use crate::jid::Jid;

/// Roster namespace (RFC 6121 §2.1).
pub(crate) const NS_ROSTER: &str = "jabber:iq:roster";

/// Whether presence is shared between the user and a contact (RFC 6121 §2.1.2.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subscription {
    /// Neither side sees the other's presence.
    None,
    /// The user sees the contact's presence.
    To,
    /// The contact sees the user's presence.
    From,
    /// Both see each other's presence.
    Both,
    /// In a roster push: the contact was removed.
    Remove,
}

/// One roster entry (RFC 6121 §2.1.2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterItem {
    /// The contact's bare address.
    pub jid: Jid,
    /// The name the user gave the contact.
    pub name: Option<String>,
    /// The presence subscription state.
    pub subscription: Subscription,
    /// The user asked to see the contact's presence and awaits the answer (`ask='subscribe'`).
    pub subscription_requested: bool,
    /// The groups the contact is in.
    pub groups: Vec<String>,
}

/// The `<iq type='get'/>` that fetches the roster (RFC 6121 §2.2).
pub(crate) fn request(id: &str) -> String {
    format!(
        "<iq type='get' id='{}'><query xmlns='{NS_ROSTER}'/></iq>",
        escape(id)
    )
}

/// The items of a roster result or push. Items with an unusable address are skipped.
pub(crate) fn items(query: &Element) -> Vec<RosterItem> {
    query
        .children
        .iter()
        .filter(|item| item.is("item", NS_ROSTER))
        .filter_map(|item| {
            let jid = Jid::parse(item.attr("jid")?).ok()?.bare();
            let subscription = match item.attr("subscription") {
                Some("to") => Subscription::To,
                Some("from") => Subscription::From,
                Some("both") => Subscription::Both,
                Some("remove") => Subscription::Remove,
                _ => Subscription::None,
            };
            Some(RosterItem {
                jid,
                name: item
                    .attr("name")
                    .filter(|n| !n.is_empty())
                    .map(str::to_owned),
                subscription,
                subscription_requested: item.attr("ask") == Some("subscribe"),
                groups: item
                    .children
                    .iter()
                    .filter(|g| g.is("group", NS_ROSTER) && !g.text.is_empty())
                    .map(|g| g.text.clone())
                    .collect(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_keep_name_subscription_and_groups_and_skip_bad_addresses() {
        let item = |attrs: &[(&str, &str)], groups: &[&str]| Element {
            name: "item".into(),
            ns: NS_ROSTER.into(),
            attrs: attrs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            children: groups
                .iter()
                .map(|g| Element {
                    name: "group".into(),
                    ns: NS_ROSTER.into(),
                    text: (*g).into(),
                    ..Element::default()
                })
                .collect(),
            ..Element::default()
        };
        let query = Element {
            name: "query".into(),
            ns: NS_ROSTER.into(),
            children: vec![
                item(
                    &[
                        ("jid", "Bob@Otter.Test"),
                        ("name", "Bob"),
                        ("subscription", "both"),
                    ],
                    &["Friends"],
                ),
                item(&[("jid", "a b@c")], &[]),
                item(&[("jid", "carol@otter.test"), ("ask", "subscribe")], &[]),
            ],
            ..Element::default()
        };
        let found = items(&query);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].jid.to_string(), "bob@otter.test");
        assert_eq!(found[0].subscription, Subscription::Both);
        assert_eq!(found[0].groups, vec!["Friends".to_owned()]);
        assert!(found[1].subscription_requested);
        assert_eq!(found[1].subscription, Subscription::None);
    }
}
