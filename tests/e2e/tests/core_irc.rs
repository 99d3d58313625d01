//! An IRC account through the core API: SASL over TLS through the proxy to the real InspIRCd
//! with Atheme services, a private query with the bot both ways.

use otter_core::types::{LocalId, MessageText, Password};
use otter_core::{AccountSettings, Command, ConnectionStatus, Event, Protocol, Security};
use otter_e2e::{start_core, until};
use otter_testkit::Network;

#[tokio::test]
async fn an_irc_account_registers_with_sasl_and_chats_with_the_bot() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    core.send(Command::AddAccount(AccountSettings {
        protocol: Protocol::Irc,
        address: "alice@irc.otter.test".into(),
        server_host: String::new(),
        server_port: net.port("IRC_TLS_PORT")?,
        direct_tls: true,
        remembered_password: None,
    }))?;
    let account = until(&mut events, |e| match e {
        Event::AccountAdded { account, .. } => Some(account),
        _ => None,
    })
    .await?;
    core.send(Command::Connect {
        account,
        password: Some(Password::new(net.get("IRC_PASSWORD_alice")?)),
    })?;
    until(&mut events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Online,
            ..
        } => Some(Ok(())),
        Event::AccountStatus {
            status: ConnectionStatus::Failed { explanation, .. },
            ..
        } => Some(Err(anyhow::anyhow!("{explanation}"))),
        _ => None,
    })
    .await??;

    core.send(Command::OpenConversation {
        account,
        peer: net.get("IRC_BOT_NICK")?.to_owned(),
    })?;
    let conversation = until(&mut events, |e| match e {
        Event::ConversationOpened { conversation, .. } => Some(conversation),
        _ => None,
    })
    .await?;
    core.send(Command::SendText {
        conversation,
        local_id: LocalId(1),
        text: MessageText::new("hello irc"),
    })?;
    let sent = until(&mut events, |e| match e {
        Event::MessageSent {
            local_id: LocalId(1),
            security,
        } => Some(security),
        _ => None,
    })
    .await?;
    assert_eq!(sent, Security::NotEncrypted, "said plainly: not private");
    let echo = until(&mut events, |e| match e {
        Event::MessageReceived { text, .. } => Some(text),
        _ => None,
    })
    .await?;
    assert_eq!(echo.reveal(), "echo: hello irc");

    let requests = net.socks_requests()?;
    assert!(
        requests
            .iter()
            .any(|r| r.host.as_deref() == Some("irc.otter.test")),
        "{requests:?}"
    );
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn a_wrong_irc_password_is_a_worded_failure() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    core.send(Command::AddAccount(AccountSettings {
        protocol: Protocol::Irc,
        address: "bob@irc.otter.test".into(),
        server_host: String::new(),
        server_port: net.port("IRC_TLS_PORT")?,
        direct_tls: true,
        remembered_password: Some(Password::new("not-bobs-password")),
    }))?;
    let account = until(&mut events, |e| match e {
        Event::AccountAdded { account, .. } => Some(account),
        _ => None,
    })
    .await?;
    core.send(Command::Connect {
        account,
        password: None,
    })?;
    let kind = until(&mut events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Failed { kind, .. },
            ..
        } => Some(kind),
        Event::AccountStatus {
            status: ConnectionStatus::Online,
            ..
        } => panic!("registered with a wrong password"),
        _ => None,
    })
    .await?;
    assert_eq!(kind, otter_core::types::ErrorKind::AuthenticationFailed);
    core.send(Command::Shutdown)?;
    Ok(())
}
