//! Import from Pidgin's `~/.purple`: accounts (`accounts.xml`), buddies and chats
//! (`blist.xml`) and the OTR files (`otr.private_key`, `otr.fingerprints`,
//! `otr.instance_tags`), so a Tails user moving from Pidgin keeps their set-up, their OTR
//! identity and their verified contacts.
//!
//! Pidgin's preferences (`prefs.xml`) are deliberately not read: Pidgin logs conversations by
//! default, Otter never does unless asked per conversation.

use std::path::Path;

use otter_types::Password;
use quick_xml::Reader;
use quick_xml::events::Event as XmlEvent;

use crate::error::StoreError;
use crate::store::Protocol;

/// Pidgin's files are small; anything larger is not a Pidgin profile we should parse.
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// Deepest element nesting in Pidgin's files is 5; refuse anything absurd.
const MAX_DEPTH: usize = 32;

/// One account from `accounts.xml`.
#[derive(Debug, Clone)]
pub struct PidginAccount {
    /// XMPP or IRC (other Pidgin protocols are skipped).
    pub protocol: Protocol,
    /// The account's name in Pidgin (XMPP with `/Resource`), as its OTR files name it.
    pub pidgin_name: String,
    /// Otter's address: the XMPP bare address, or IRC `nick@server`.
    pub address: String,
    /// The saved password, if Pidgin remembered one.
    pub password: Option<Password>,
    /// Connect server override (Pidgin's `connect_server`; kept verbatim, onion names too).
    pub server_host: String,
    /// Port (0 = default).
    pub server_port: u16,
}

/// One buddy from `blist.xml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PidginContact {
    /// The Pidgin account name it belongs to.
    pub account: String,
    /// The buddy's address.
    pub address: String,
    /// The alias the user gave it.
    pub alias: Option<String>,
    /// The Pidgin group.
    pub group: String,
}

/// One chat (room or channel) from `blist.xml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PidginRoom {
    /// The Pidgin account name it belongs to.
    pub account: String,
    /// XMPP `room@server`, or the IRC channel.
    pub name: String,
    /// The nick to use ("" = the account's).
    pub nick: String,
    /// Join when the account connects (`gtk-autojoin` / `gtk-persistent`).
    pub autojoin: bool,
}

/// Everything read from a `~/.purple`.
#[derive(Debug, Clone, Default)]
pub struct PidginProfile {
    /// Accounts.
    pub accounts: Vec<PidginAccount>,
    /// Buddies.
    pub contacts: Vec<PidginContact>,
    /// Chats.
    pub rooms: Vec<PidginRoom>,
}

/// A small owned tree: Pidgin's files are a few kilobytes.
#[derive(Debug, Default)]
struct Node {
    name: String,
    attributes: Vec<(String, String)>,
    text: String,
    children: Vec<Node>,
}

impl Node {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.name == name)
    }

    fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Node> {
        self.children.iter().filter(move |c| c.name == name)
    }

    fn child_text(&self, name: &str) -> Option<String> {
        self.child(name).map(|c| c.text.trim().to_owned())
    }

    /// `<setting name=NAME>` or `<component name=NAME>` children's text.
    fn named(&self, element: &str, name: &str) -> Option<String> {
        self.children_named(element)
            .find(|c| c.attr("name") == Some(name))
            .map(|c| c.text.trim().to_owned())
    }
}

fn bad(what: &'static str) -> StoreError {
    StoreError::BadValue { what }
}

fn read_xml(path: &Path) -> Result<Node, StoreError> {
    if std::fs::metadata(path)?.len() > MAX_FILE_BYTES {
        return Err(bad("Pidgin file (too large)"));
    }
    let text = std::fs::read_to_string(path)?;
    let mut reader = Reader::from_str(&text);
    let mut stack: Vec<Node> = vec![Node::default()];
    loop {
        match reader
            .read_event()
            .map_err(|_| bad("Pidgin file (not XML)"))?
        {
            XmlEvent::Start(start) => {
                if stack.len() > MAX_DEPTH {
                    return Err(bad("Pidgin file (too deep)"));
                }
                stack.push(node_from(&start)?);
            }
            XmlEvent::Empty(start) => {
                let node = node_from(&start)?;
                stack
                    .last_mut()
                    .ok_or(bad("Pidgin file"))?
                    .children
                    .push(node);
            }
            XmlEvent::End(_) => {
                let node = stack.pop().ok_or(bad("Pidgin file"))?;
                stack
                    .last_mut()
                    .ok_or(bad("Pidgin file (unbalanced)"))?
                    .children
                    .push(node);
            }
            XmlEvent::Text(text) => {
                stack
                    .last_mut()
                    .ok_or(bad("Pidgin file"))?
                    .text
                    .push_str(&text.xml10_content());
            }
            XmlEvent::GeneralRef(reference) => {
                // Character references and the five predefined entities only; Pidgin writes
                // nothing else, and nothing else is expanded.
                let resolved = if reference.is_char_ref() {
                    reference
                        .resolve_char_ref()
                        .map_err(|_| bad("Pidgin file (character reference)"))?
                        .map(String::from)
                } else {
                    quick_xml::escape::resolve_predefined_entity(&reference).map(str::to_owned)
                };
                let resolved = resolved.ok_or(bad("Pidgin file (entity)"))?;
                stack
                    .last_mut()
                    .ok_or(bad("Pidgin file"))?
                    .text
                    .push_str(&resolved);
            }
            XmlEvent::DocType(_) => return Err(bad("Pidgin file (DOCTYPE)")),
            XmlEvent::Eof => break,
            _ => {}
        }
    }
    let root = stack.pop().ok_or(bad("Pidgin file"))?;
    if !stack.is_empty() {
        return Err(bad("Pidgin file (unbalanced)"));
    }
    Ok(root)
}

fn node_from(start: &quick_xml::events::BytesStart<'_>) -> Result<Node, StoreError> {
    let name = AsRef::<str>::as_ref(&start.name()).to_owned();
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|_| bad("Pidgin file (attribute)"))?;
        let key = AsRef::<str>::as_ref(&attribute.key).to_owned();
        let value = attribute
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|_| bad("Pidgin file (attribute)"))?
            .into_owned();
        attributes.push((key, value));
    }
    Ok(Node {
        name,
        attributes,
        ..Node::default()
    })
}

fn protocol_of(pidgin: &str) -> Option<Protocol> {
    match pidgin {
        "prpl-jabber" => Some(Protocol::Xmpp),
        "prpl-irc" => Some(Protocol::Irc),
        _ => None,
    }
}

/// Reads `dir` (a `~/.purple`). Missing `blist.xml` is fine; missing `accounts.xml` is an
/// empty import.
pub fn read_pidgin_profile(dir: &Path) -> Result<PidginProfile, StoreError> {
    let mut profile = PidginProfile::default();
    let accounts_file = dir.join("accounts.xml");
    if accounts_file.exists() {
        let root = read_xml(&accounts_file)?;
        for top in root.children_named("account") {
            for account in top.children_named("account") {
                let Some(protocol) = account
                    .child_text("protocol")
                    .as_deref()
                    .and_then(protocol_of)
                else {
                    continue;
                };
                let Some(pidgin_name) = account.child_text("name") else {
                    continue;
                };
                let settings = account
                    .children_named("settings")
                    .find(|s| s.attr("ui").is_none());
                let setting = |name: &str| settings.and_then(|s| s.named("setting", name));
                let address = match protocol {
                    // Pidgin keeps the resource in the name; Otter makes a random one.
                    Protocol::Xmpp => pidgin_name
                        .split_once('/')
                        .map_or(pidgin_name.as_str(), |(bare, _)| bare)
                        .to_owned(),
                    Protocol::Irc => pidgin_name.clone(),
                };
                profile.accounts.push(PidginAccount {
                    protocol,
                    address,
                    password: account
                        .child_text("password")
                        .filter(|p| !p.is_empty())
                        .map(Password::new),
                    server_host: setting("connect_server").unwrap_or_default(),
                    server_port: setting("port").and_then(|p| p.parse().ok()).unwrap_or(0),
                    pidgin_name,
                });
            }
        }
    }
    let blist_file = dir.join("blist.xml");
    if blist_file.exists() {
        let root = read_xml(&blist_file)?;
        let groups = root
            .children_named("purple")
            .flat_map(|purple| purple.children_named("blist"))
            .flat_map(|blist| blist.children_named("group"));
        for group in groups {
            let group_name = group.attr("name").unwrap_or_default().to_owned();
            for buddy in group
                .children_named("contact")
                .flat_map(|contact| contact.children_named("buddy"))
            {
                let (Some(account), Some(address)) =
                    (buddy.attr("account"), buddy.child_text("name"))
                else {
                    continue;
                };
                profile.contacts.push(PidginContact {
                    account: account.to_owned(),
                    address,
                    alias: buddy.child_text("alias").filter(|a| !a.is_empty()),
                    group: group_name.clone(),
                });
            }
            for chat in group.children_named("chat") {
                let Some(account) = chat.attr("account") else {
                    continue;
                };
                let name = match chat.attr("proto").and_then(protocol_of) {
                    Some(Protocol::Xmpp) => match (
                        chat.named("component", "room"),
                        chat.named("component", "server"),
                    ) {
                        (Some(room), Some(server)) => format!("{room}@{server}"),
                        _ => continue,
                    },
                    Some(Protocol::Irc) => match chat.named("component", "channel") {
                        Some(channel) => channel,
                        None => continue,
                    },
                    None => continue,
                };
                let flag = |name: &str| chat.named("setting", name).as_deref() == Some("1");
                profile.rooms.push(PidginRoom {
                    account: account.to_owned(),
                    name,
                    nick: chat.named("component", "handle").unwrap_or_default(),
                    autojoin: flag("gtk-autojoin") || flag("gtk-persistent"),
                });
            }
        }
    }
    Ok(profile)
}

/// libotr's files for one imported account, with Pidgin's account name (`alice@host/Tails`)
/// replaced by Otter's (`alice@host`), so the key and trust stay attached to the account.
#[derive(Debug, Clone, Default)]
pub struct OtrImport {
    /// `otr.private_key` text with only this account's key, if Pidgin had one.
    pub private_key: Option<String>,
    /// `otr.fingerprints` lines of this account.
    pub fingerprints: String,
    /// `otr.instance_tags` lines of this account.
    pub instance_tags: String,
}

/// Extracts `account`'s OTR state from a `~/.purple`.
pub fn read_pidgin_otr(dir: &Path, account: &PidginAccount) -> Result<OtrImport, StoreError> {
    let protocol = match account.protocol {
        Protocol::Xmpp => "prpl-jabber",
        Protocol::Irc => "prpl-irc",
    };
    let read = |name: &str| -> Result<String, StoreError> {
        let path = dir.join(name);
        if !path.exists() {
            return Ok(String::new());
        }
        if std::fs::metadata(&path)?.len() > MAX_FILE_BYTES {
            return Err(bad("Pidgin OTR file (too large)"));
        }
        Ok(std::fs::read_to_string(path)?)
    };
    let lines_of = |text: &str, name_column: usize| -> String {
        text.lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let mut columns: Vec<&str> = line.split('\t').collect();
                let matches = columns.get(name_column) == Some(&account.pidgin_name.as_str())
                    && columns.contains(&protocol);
                if !matches {
                    return None;
                }
                if let Some(column) = columns.get_mut(name_column) {
                    *column = &account.address;
                }
                Some(format!("{}\n", columns.join("\t")))
            })
            .collect()
    };
    let keys = read("otr.private_key")?;
    Ok(OtrImport {
        private_key: private_key_of(&keys, &account.pidgin_name, protocol, &account.address),
        // otr.fingerprints: peer, account, protocol, fingerprint, trust.
        fingerprints: lines_of(&read("otr.fingerprints")?, 1),
        // otr.instance_tags: account, protocol, tag.
        instance_tags: lines_of(&read("otr.instance_tags")?, 0),
    })
}

/// The `(account …)` S-expression for `name`/`protocol` from libotr's key file, renamed, as a
/// complete key file.
fn private_key_of(keys: &str, name: &str, protocol: &str, new_name: &str) -> Option<String> {
    let quoted = format!("(name \"{name}\")");
    let mut search_from = 0;
    while let Some(offset) = keys.get(search_from..)?.find("(account") {
        let start = search_from + offset;
        // Find the matching parenthesis of this (account …) expression.
        let mut depth = 0usize;
        let mut end = None;
        for (index, byte) in keys.bytes().enumerate().skip(start) {
            match byte {
                b'(' => depth += 1,
                b')' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        end = Some(index + 1);
                        break;
                    }
                }
                _ => {}
            }
        }
        let end = end?;
        let expression = keys.get(start..end)?;
        if expression.contains(&quoted) && expression.contains(&format!("(protocol {protocol})")) {
            let renamed = expression.replacen(&quoted, &format!("(name \"{new_name}\")"), 1);
            return Some(format!("(privkeys\n {renamed}\n)\n"));
        }
        search_from = end;
    }
    None
}
