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

/// What the client keeps of a roster entry between roster pushes.
#[derive(Debug, Clone)]
pub(crate) struct Listed {
    pub(crate) name: Option<String>,
    pub(crate) subscription: Subscription,
    pub(crate) groups: Vec<String>,
}

/// The most roster items read from one result or push; the rest are ignored (a contact list
/// of this size is already more than anyone reads).
pub const MAX_ROSTER_ITEMS: usize = 10_000;

/// The longest contact name kept or sent, in bytes.
pub const MAX_CONTACT_NAME_BYTES: usize = 256;

/// The most groups kept or sent for one contact; a server's further groups are ignored. Pidgin
/// and Gajim users put a contact in one or two.
pub const MAX_CONTACT_GROUPS: usize = 16;

/// The longest group name kept or sent, in bytes (longer ones are cut at a character).
pub const MAX_GROUP_NAME_BYTES: usize = 128;

/// Group names as Otter keeps and sends them: trimmed, empty ones and repeats dropped, each
/// cut to [`MAX_GROUP_NAME_BYTES`], at most [`MAX_CONTACT_GROUPS`], in the order given.
pub fn clean_groups<'a>(groups: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for group in groups {
        if kept.len() == MAX_CONTACT_GROUPS {
            break;
        }
        let group = cut(group.trim(), MAX_GROUP_NAME_BYTES).trim_end();
        if !group.is_empty() && !kept.iter().any(|k| k == group) {
            kept.push(group.to_owned());
        }
    }
    kept
}

/// Adds or changes a roster item (RFC 6121 §2.3, §2.4): the name the user gave, if any, and
/// its groups (a set replaces the whole item: groups left out would be dropped).
pub(crate) fn set(id: &str, jid: &Jid, name: Option<&str>, groups: &[String]) -> String {
    let name = name
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(|name| format!(" name='{}'", escape(cut(name, MAX_CONTACT_NAME_BYTES))))
        .unwrap_or_default();
    let groups: String = clean_groups(groups.iter().map(String::as_str))
        .iter()
        .map(|group| format!("<group>{}</group>", escape(group)))
        .collect();
    let item = if groups.is_empty() {
        format!("<item jid='{}'{name}/>", escape(&jid.bare().to_string()))
    } else {
        format!(
            "<item jid='{}'{name}>{groups}</item>",
            escape(&jid.bare().to_string())
        )
    };
    format!(
        "<iq type='set' id='{}'><query xmlns='{NS_ROSTER}'>{item}</query></iq>",
        escape(id)
    )
}

/// Removes a roster item (RFC 6121 §2.5); the server also cancels the subscriptions.
pub(crate) fn remove(id: &str, jid: &Jid) -> String {
    format!(
        "<iq type='set' id='{}'><query xmlns='{NS_ROSTER}'>\
         <item jid='{}' subscription='remove'/></query></iq>",
        escape(id),
        escape(&jid.bare().to_string())
    )
}

/// A subscription presence (RFC 6121 §3): `subscribe`, `subscribed`, `unsubscribed`.
pub(crate) fn subscription(jid: &Jid, kind: &str) -> String {
    format!(
        "<presence to='{}' type='{kind}'/>",
        escape(&jid.bare().to_string())
    )
}

fn cut(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or_default()
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
        .take(MAX_ROSTER_ITEMS)
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
                    .map(|n| cut(n, MAX_CONTACT_NAME_BYTES).to_owned()),
                subscription,
                subscription_requested: item.attr("ask") == Some("subscribe"),
                groups: clean_groups(
                    item.children
                        .iter()
                        .filter(|g| g.is("group", NS_ROSTER))
                        // Bounds the work on a hostile item; the cleaning keeps fewer still.
                        .take(MAX_CONTACT_GROUPS * 4)
                        .map(|g| g.text.as_str()),
                ),
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
                .map(|(k, v)| ((*k).to_owned().into(), (*v).to_owned()))
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

    #[test]
    fn a_server_s_groups_are_trimmed_deduplicated_cut_and_bounded() {
        let mut groups: Vec<String> = vec![
            "  Friends ".into(),
            "Friends".into(),
            String::new(),
            " ".into(),
            "ж".repeat(MAX_GROUP_NAME_BYTES),
        ];
        groups.extend((0..100).map(|n| format!("g{n}")));
        let query = Element {
            name: "query".into(),
            ns: NS_ROSTER.into(),
            children: vec![Element {
                name: "item".into(),
                ns: NS_ROSTER.into(),
                attrs: vec![("jid".into(), "bob@otter.test".to_owned())],
                children: groups
                    .iter()
                    .map(|g| Element {
                        name: "group".into(),
                        ns: NS_ROSTER.into(),
                        text: g.clone(),
                        ..Element::default()
                    })
                    .collect(),
                ..Element::default()
            }],
            ..Element::default()
        };
        let found = items(&query);
        let kept = &found[0].groups;
        assert_eq!(kept.len(), MAX_CONTACT_GROUPS);
        assert_eq!(kept[0], "Friends");
        assert_eq!(kept[1], "ж".repeat(MAX_GROUP_NAME_BYTES / 2));
        assert_eq!(kept[2], "g0");
    }

    #[test]
    fn requests_name_only_the_bare_address_escape_and_cut_long_names() -> Result<(), crate::JidError>
    {
        let bob = Jid::parse("bob@otter.test/phone")?;
        assert_eq!(
            set("1", &bob, Some(" Bob <&> "), &[]),
            "<iq type='set' id='1'><query xmlns='jabber:iq:roster'>\
             <item jid='bob@otter.test' name='Bob &lt;&amp;&gt;'/></query></iq>"
        );
        assert_eq!(
            set("2", &bob, Some("  "), &["Friends".to_owned()]),
            "<iq type='set' id='2'><query xmlns='jabber:iq:roster'>\
             <item jid='bob@otter.test'><group>Friends</group></item></query></iq>"
        );
        assert!(
            set("3", &bob, Some(&"я".repeat(MAX_CONTACT_NAME_BYTES)), &[]).contains(&format!(
                "name='{}'",
                "я".repeat(MAX_CONTACT_NAME_BYTES / 2)
            ))
        );
        assert_eq!(
            remove("4", &bob),
            "<iq type='set' id='4'><query xmlns='jabber:iq:roster'>\
             <item jid='bob@otter.test' subscription='remove'/></query></iq>"
        );
        assert_eq!(
            subscription(&bob, "unsubscribed"),
            "<presence to='bob@otter.test' type='unsubscribed'/>"
        );
        Ok(())
    }

    #[test]
    fn a_huge_roster_is_read_up_to_the_limit() {
        let item = Element {
            name: "item".into(),
            ns: NS_ROSTER.into(),
            attrs: vec![("jid".into(), "x@otter.test".to_owned())]
                .into_iter()
                .collect(),
            ..Element::default()
        };
        let query = Element {
            name: "query".into(),
            ns: NS_ROSTER.into(),
            children: vec![item; MAX_ROSTER_ITEMS + 5],
            ..Element::default()
        };
        assert_eq!(items(&query).len(), MAX_ROSTER_ITEMS);
    }
}
