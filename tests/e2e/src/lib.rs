//! Integration tests across Otter's crates and real servers (the tests are in `tests/`), and
//! the helpers they share for driving the core API.

use std::path::Path;
use std::time::{Duration, SystemTime};

use otter_core::types::{AccountId, ConversationId, LocalId, MessageText, Password};
use otter_core::{
    AccountSettings, Command, ConnectionStatus, CoreConfig, CoreHandle, Event, EventStream,
    HeldReason, Protocol, Security,
};
use otter_testkit::Network;

pub mod line_program;
pub mod xmpp;

/// How long a test waits for one event: generous for slow CI, short enough to fail visibly.
pub const WAIT: Duration = Duration::from_secs(30);

/// Waits for the first event `pick` accepts, failing after [`WAIT`].
pub async fn until<T>(
    events: &mut EventStream,
    mut pick: impl FnMut(Event) -> Option<T>,
) -> anyhow::Result<T> {
    tokio::time::timeout(WAIT, async {
        while let Some(event) = events.next().await {
            if let Some(found) = pick(event) {
                return Ok(found);
            }
        }
        anyhow::bail!("the core stopped")
    })
    .await?
}

/// The XMPP test server a scenario runs against. Both serve `otter.test` with the MUC service
/// `conference.otter.test` and the same accounts, so a scenario changes only the keys it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XmppServer {
    /// Prosody 0.12 (`tests/servers/prosody`).
    Prosody,
    /// ejabberd 23.01 (`tests/servers/ejabberd`).
    Ejabberd,
}

impl XmppServer {
    /// Starts the test PKI, this server, the SOCKS proxy and `more` services (`xmppbot` logs in
    /// to this server).
    pub fn start(self, more: &[&str]) -> anyhow::Result<Network> {
        let mut services = vec![self.service(), "socks"];
        services.extend_from_slice(more);
        Network::start_with_env(&services, &[("XMPP_BOT_SERVER", self.service())])
    }

    /// The service's name in `tests/servers`.
    pub fn service(self) -> &'static str {
        match self {
            Self::Prosody => "prosody",
            Self::Ejabberd => "ejabberd",
        }
    }

    /// The `DIR/env` key of the STARTTLS port.
    pub fn starttls_port_key(self) -> &'static str {
        match self {
            Self::Prosody => "XMPP_STARTTLS_PORT",
            Self::Ejabberd => "EJABBERD_STARTTLS_PORT",
        }
    }

    /// The `DIR/env` key of the direct-TLS (XEP-0368) port.
    pub fn direct_tls_port_key(self) -> &'static str {
        match self {
            Self::Prosody => "XMPP_DIRECT_TLS_PORT",
            Self::Ejabberd => "EJABBERD_DIRECT_TLS_PORT",
        }
    }

    /// The password of the test account `user`.
    pub fn password<'a>(self, net: &'a Network, user: &str) -> anyhow::Result<&'a str> {
        match self {
            Self::Prosody => net.get(&format!("XMPP_PASSWORD_{user}")),
            Self::Ejabberd => net.get(&format!("EJABBERD_PASSWORD_{user}")),
        }
    }
}

/// Starts a core on the network's profile directory, through the proxy whose port the
/// services wrote under `proxy_port_key` (`SOCKS_PORT`, `TORLIKE_PORT`), trusting the test CA.
pub fn start_core(
    net: &Network,
    proxy_port_key: &str,
) -> anyhow::Result<(CoreHandle, EventStream)> {
    Ok(otter_core::start(CoreConfig {
        profile: net.dir().join("profile"),
        proxy: Some(otter_core::SocksProxy::new(std::net::SocketAddr::from((
            std::net::Ipv4Addr::LOCALHOST,
            net.port(proxy_port_key)?,
        )))),
        extra_trust_anchors: Some(net.ca_pem()?),
    })?)
}

/// Adds an account and returns its id.
pub async fn add_account(
    core: &CoreHandle,
    events: &mut EventStream,
    settings: AccountSettings,
) -> anyhow::Result<AccountId> {
    core.send(Command::AddAccount(settings))?;
    until(events, |e| match e {
        Event::AccountAdded { account, .. } => Some(account),
        _ => None,
    })
    .await
}

/// Adds `user@otter.test` (password not remembered) and returns its id.
pub async fn add_xmpp_account(
    core: &CoreHandle,
    events: &mut EventStream,
    net: &Network,
    user: &str,
) -> anyhow::Result<AccountId> {
    add_xmpp_account_at(core, events, net, user, "XMPP_STARTTLS_PORT").await
}

/// As [`add_xmpp_account`], on the STARTTLS port the servers wrote under `port_key`
/// (`XMPP_STARTTLS_PORT` for Prosody, `EJABBERD_STARTTLS_PORT` for ejabberd, which serves
/// the same names).
pub async fn add_xmpp_account_at(
    core: &CoreHandle,
    events: &mut EventStream,
    net: &Network,
    user: &str,
    port_key: &str,
) -> anyhow::Result<AccountId> {
    let settings = AccountSettings {
        protocol: Protocol::Xmpp,
        address: format!("{user}@otter.test"),
        server_host: String::new(),
        server_port: net.port(port_key)?,
        direct_tls: false,
        nickserv_fallback: false,
        onion_plaintext: false,
        remembered_password: None,
    };
    add_account(core, events, settings).await
}

/// Adds the IRC account `nick@irc.otter.test` (SASL over direct TLS, password not
/// remembered) and returns its id.
pub async fn add_irc_account(
    core: &CoreHandle,
    events: &mut EventStream,
    net: &Network,
    nick: &str,
) -> anyhow::Result<AccountId> {
    let settings = AccountSettings {
        protocol: Protocol::Irc,
        address: format!("{nick}@irc.otter.test"),
        server_host: String::new(),
        server_port: net.port("IRC_TLS_PORT")?,
        direct_tls: true,
        nickserv_fallback: false,
        onion_plaintext: false,
        remembered_password: None,
    };
    add_account(core, events, settings).await
}

/// Connects `account` with `password` and waits until it is online; a failed login is an
/// error carrying the core's explanation.
pub async fn connect_online(
    core: &CoreHandle,
    events: &mut EventStream,
    account: AccountId,
    password: &str,
) -> anyhow::Result<()> {
    core.send(Command::Connect {
        account,
        password: Some(Password::new(password)),
    })?;
    until(events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Online,
            ..
        } => Some(Ok(())),
        Event::AccountStatus {
            status: ConnectionStatus::Failed { explanation, .. },
            ..
        } => Some(Err(anyhow::anyhow!("login failed: {explanation}"))),
        _ => None,
    })
    .await?
}

/// Opens the one-to-one conversation with `peer` and returns its id.
pub async fn open_conversation(
    core: &CoreHandle,
    events: &mut EventStream,
    account: AccountId,
    peer: &str,
) -> anyhow::Result<ConversationId> {
    core.send(Command::OpenConversation {
        account,
        peer: peer.to_owned(),
    })?;
    until(events, |e| match e {
        Event::ConversationOpened { conversation, .. } => Some(conversation),
        _ => None,
    })
    .await
}

/// Sends `text` as message `local_id` and returns how it travelled once it left; a message
/// that failed is an error.
pub async fn send_and_wait_sent(
    core: &CoreHandle,
    events: &mut EventStream,
    conversation: ConversationId,
    local_id: LocalId,
    text: &str,
) -> anyhow::Result<Security> {
    core.send(Command::SendText {
        conversation,
        local_id,
        text: MessageText::new(text),
    })?;
    until(events, |e| match e {
        Event::MessageSent {
            local_id: id,
            security,
        } if id == local_id => Some(Ok(security)),
        Event::MessageFailed { local_id: id, kind } if id == local_id => {
            Some(Err(anyhow::anyhow!("not sent: {kind:?}")))
        }
        _ => None,
    })
    .await?
}

/// Sends `text` as message `local_id` and returns why it is held; a message that leaves or
/// fails instead is an error.
pub async fn send_and_wait_held(
    core: &CoreHandle,
    events: &mut EventStream,
    conversation: ConversationId,
    local_id: LocalId,
    text: &str,
) -> anyhow::Result<HeldReason> {
    core.send(Command::SendText {
        conversation,
        local_id,
        text: MessageText::new(text),
    })?;
    until(events, |e| match e {
        Event::MessageHeld {
            local_id: id,
            reason,
        } if id == local_id => Some(Ok(reason)),
        Event::MessageSent { local_id: id, .. } if id == local_id => {
            Some(Err(anyhow::anyhow!("sent instead of held")))
        }
        Event::MessageFailed { local_id: id, kind } if id == local_id => {
            Some(Err(anyhow::anyhow!("failed instead of held: {kind:?}")))
        }
        _ => None,
    })
    .await?
}

/// Files under `root` changed since `since` that contain `needle`, skipping `skip` (the test
/// servers' own folders: the remote parties log what they received, by design).
pub fn written_with(root: &Path, since: SystemTime, needle: &str, skip: &[&Path]) -> Vec<String> {
    let mut hits = Vec::new();
    let mut pending = vec![root.to_owned()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if skip.iter().any(|skipped| path.starts_with(skipped)) {
                continue;
            }
            let Ok(meta) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            if meta.is_dir() {
                pending.push(path);
            } else if meta.is_file()
                && meta.modified().is_ok_and(|modified| modified >= since)
                && meta.len() < 64 * 1024 * 1024
                && std::fs::read(&path).is_ok_and(|bytes| {
                    bytes
                        .windows(needle.len())
                        .any(|window| window == needle.as_bytes())
                })
            {
                hits.push(path.display().to_string());
            }
        }
    }
    hits
}
