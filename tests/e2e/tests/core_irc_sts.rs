//! IRCv3 Strict Transport Security against the real InspIRCd (m_ircv3_sts): the policy the
//! server announces over TLS is remembered in the profile, and after a restart of the core a
//! connection configured for the server's plaintext port goes to the TLS port instead.

use otter_core::types::Password;
use otter_core::{AccountChanges, Command, ConnectionStatus, Event, PasswordChoice};
use otter_e2e::{add_irc_account, connect_online, start_core, until};
use otter_testkit::Network;

#[tokio::test]
async fn a_remembered_sts_policy_overrides_a_plaintext_port() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks"])?;
    let password = net.get("IRC_PASSWORD_bob")?.to_owned();
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let account = add_irc_account(&core, &mut events, &net, "bob").await?;
    // Learns the policy: `sts=duration=3600` arrives in CAP LS over TLS.
    connect_online(&core, &mut events, account, &password).await?;
    core.send(Command::Disconnect { account })?;
    until(&mut events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Offline,
            ..
        } => Some(()),
        _ => None,
    })
    .await?;
    // The plaintext port: TLS there would never complete.
    core.send(Command::EditAccount {
        account,
        changes: AccountChanges {
            server_host: String::new(),
            server_port: net.port("IRC_PLAIN_PORT")?,
            direct_tls: true,
            nickserv_fallback: false,
            onion_plaintext: false,
            password: PasswordChoice::Remember(Password::new(password.clone())),
        },
    })?;
    until(&mut events, |e| match e {
        Event::AccountDetails { server_port, .. } => Some(server_port),
        _ => None,
    })
    .await?;
    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;
    drop(core);
    drop(events);

    // A new core on the same profile: only the profile can know the policy now.
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    until(&mut events, |e| match e {
        Event::AccountAdded { account: added, .. } if added == account => Some(()),
        _ => None,
    })
    .await?;
    let online = tokio::time::timeout(
        std::time::Duration::from_secs(15),
        connect_online(&core, &mut events, account, &password),
    )
    .await;
    assert!(
        matches!(online, Ok(Ok(()))),
        "the STS port was not used: {online:?}"
    );
    core.send(Command::Shutdown)?;
    Ok(())
}
