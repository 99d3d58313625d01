//! A connection without TLS, only to an onion service and only when the user allowed it for
//! that account. The test proxy resolves the onion-like name `otterirc.onion` to the machine,
//! where InspIRCd listens without TLS on its plaintext port; Atheme answers SASL PLAIN there.

use otter_core::types::{AccountId, ErrorKind, Password};
use otter_core::{
    AccountChanges, AccountSettings, Command, ConnectionStatus, CoreHandle, Event, EventStream,
    PasswordChoice, Protocol,
};
use otter_e2e::{add_account, start_core, until};
use otter_testkit::Network;

const ONION: &str = "otterirc.onion";

fn settings(address: &str, port: u16, onion_plaintext: bool) -> AccountSettings {
    AccountSettings {
        protocol: Protocol::Irc,
        address: address.to_owned(),
        server_host: String::new(),
        server_port: port,
        direct_tls: true,
        nickserv_fallback: false,
        onion_plaintext,
        remembered_password: None,
    }
}

/// Connects and returns whether the account came online, and the failure's explanation if not.
async fn connect(
    core: &CoreHandle,
    events: &mut EventStream,
    account: AccountId,
    password: &str,
) -> anyhow::Result<Result<(), (ErrorKind, String)>> {
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
            status: ConnectionStatus::Failed { kind, explanation },
            ..
        } => Some(Err((kind, explanation))),
        _ => None,
    })
    .await
}

fn sasl_logins(net: &Network, account: &str) -> anyhow::Result<usize> {
    let log = std::fs::read_to_string(net.dir().join("irc/logs/atheme-commands.log"))?;
    Ok(log
        .lines()
        .filter(|line| line.contains(&format!("SaslServ {account}/")) && line.contains("LOGIN"))
        .count())
}

#[tokio::test]
async fn an_onion_service_without_tls_registers_only_with_the_setting_on() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let plain_port = net.port("IRC_PLAIN_PORT")?;
    let password = net.get("IRC_PASSWORD_alice")?;
    let account = add_account(
        &core,
        &mut events,
        settings(&format!("alice@{ONION}"), plain_port, false),
    )
    .await?;

    // Off (the default): TLS to a port that does not speak it fails; nothing registers.
    let refused = connect(&core, &mut events, account, password).await?;
    assert!(refused.is_err(), "online without TLS while not allowed");
    assert_eq!(
        sasl_logins(&net, "alice")?,
        0,
        "the password reached Atheme"
    );
    assert!(
        net.socks_requests()?
            .iter()
            .any(|r| r.host.as_deref() == Some(ONION)),
        "it did go through the proxy by name"
    );

    // On: the same port without TLS, and SASL PLAIN over it.
    core.send(Command::EditAccount {
        account,
        changes: AccountChanges {
            server_host: String::new(),
            server_port: plain_port,
            direct_tls: true,
            nickserv_fallback: false,
            onion_plaintext: true,
            password: PasswordChoice::Keep,
        },
    })?;
    let shown = until(&mut events, |e| match e {
        Event::AccountDetails {
            onion_plaintext, ..
        } => Some(onion_plaintext),
        _ => None,
    })
    .await?;
    assert!(shown, "the setting is kept and shown");
    let online = connect(&core, &mut events, account, password).await?;
    assert_eq!(online, Ok(()));
    assert_eq!(sasl_logins(&net, "alice")?, 1, "logged in with SASL");
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn a_host_that_is_not_an_onion_service_never_goes_without_tls() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let plain_port = net.port("IRC_PLAIN_PORT")?;
    let refusal = |e: Event| match e {
        Event::CommandFailed { kind, explanation } => Some(Ok((kind, explanation))),
        Event::AccountAdded { .. } | Event::AccountDetails { .. } => {
            Some(Err(anyhow::anyhow!("accepted a connection without TLS")))
        }
        _ => None,
    };

    // Adding: refused, for the network's name and for a connect host given in its place.
    core.send(Command::AddAccount(settings(
        "bob@irc.otter.test",
        plain_port,
        true,
    )))?;
    let (kind, explanation) = until(&mut events, refusal).await??;
    assert_eq!(kind, ErrorKind::ServerUnreachable);
    assert!(explanation.contains(".onion"), "{explanation}");
    let mut with_host = settings(&format!("bob@{ONION}"), plain_port, true);
    with_host.server_host = "irc.otter.test".into();
    core.send(Command::AddAccount(with_host))?;
    until(&mut events, refusal).await??;

    // Editing an account on a clear-net name: refused too, and its settings stay.
    let account = add_account(
        &core,
        &mut events,
        settings("bob@irc.otter.test", net.port("IRC_TLS_PORT")?, false),
    )
    .await?;
    until(&mut events, |e| {
        matches!(e, Event::AccountDetails { .. }).then_some(())
    })
    .await?;
    core.send(Command::EditAccount {
        account,
        changes: AccountChanges {
            server_host: String::new(),
            server_port: plain_port,
            direct_tls: true,
            nickserv_fallback: false,
            onion_plaintext: true,
            password: PasswordChoice::Keep,
        },
    })?;
    until(&mut events, refusal).await??;
    // It still connects with TLS, on its TLS port.
    let online = connect(&core, &mut events, account, net.get("IRC_PASSWORD_bob")?).await?;
    assert_eq!(online, Ok(()));
    core.send(Command::Shutdown)?;
    Ok(())
}
