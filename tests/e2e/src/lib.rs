//! Integration tests across Otter's crates and real servers (the tests are in `tests/`), and
//! the helpers they share for driving the core API.

use std::time::Duration;

use anyhow::Context as _;
use otter_core::types::{AccountId, Password};
use otter_core::{
    AccountSettings, Command, ConnectionStatus, CoreConfig, CoreHandle, Event, EventStream,
    Protocol,
};
use otter_testkit::Network;

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

/// Starts a core on the network's profile directory, through the proxy whose port the
/// services wrote under `proxy_port_key` (`SOCKS_PORT`, `TORLIKE_PORT`), trusting the test CA.
pub fn start_core(
    net: &Network,
    proxy_port_key: &str,
) -> anyhow::Result<(CoreHandle, EventStream)> {
    Ok(otter_core::start(CoreConfig {
        profile: net.dir().join("profile"),
        proxy: otter_core::SocksProxy::new(std::net::SocketAddr::from((
            std::net::Ipv4Addr::LOCALHOST,
            net.port(proxy_port_key)?,
        ))),
        extra_trust_anchors: Some(net.ca_pem()?),
    })?)
}

/// Adds `user@otter.test` (password not remembered) and returns its id.
pub async fn add_xmpp_account(
    core: &CoreHandle,
    events: &mut EventStream,
    net: &Network,
    user: &str,
) -> anyhow::Result<AccountId> {
    core.send(Command::AddAccount(AccountSettings {
        protocol: Protocol::Xmpp,
        address: format!("{user}@otter.test"),
        server_host: String::new(),
        server_port: net.port("XMPP_STARTTLS_PORT")?,
        direct_tls: false,
        remembered_password: None,
    }))?;
    until(events, |e| match e {
        Event::AccountAdded { account, .. } => Some(account),
        _ => None,
    })
    .await
}

/// Connects `account` with `user`'s password and waits until it is online.
pub async fn connect_online(
    core: &CoreHandle,
    events: &mut EventStream,
    net: &Network,
    account: AccountId,
    user: &str,
) -> anyhow::Result<()> {
    let password = net
        .get(&format!("XMPP_PASSWORD_{user}"))
        .context("unknown test user")?;
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
