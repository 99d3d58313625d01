//! An IRC account through the core API: SASL over TLS through the proxy to the real InspIRCd
//! with Atheme services, a private query with the bot both ways.

use otter_core::types::{LocalId, Password};
use otter_core::{AccountSettings, Command, ConnectionStatus, Event, Protocol, Security};
use otter_e2e::{
    add_account, add_irc_account, connect_online, open_conversation, send_and_wait_sent,
    start_core, until,
};
use otter_testkit::Network;

#[tokio::test]
async fn an_irc_account_registers_with_sasl_and_chats_with_the_bot() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let account = add_irc_account(&core, &mut events, &net, "alice").await?;
    connect_online(&core, &mut events, account, net.get("IRC_PASSWORD_alice")?).await?;
    let conversation =
        open_conversation(&core, &mut events, account, net.get("IRC_BOT_NICK")?).await?;
    let sent =
        send_and_wait_sent(&core, &mut events, conversation, LocalId(1), "hello irc").await?;
    assert_eq!(sent, Security::NotEncrypted, "said plainly: not private");
    let (echo, at) = until(&mut events, |e| match e {
        Event::MessageReceived { text, at, .. } => Some((text, at)),
        _ => None,
    })
    .await?;
    assert_eq!(echo.reveal(), "echo: hello irc");
    // InspIRCd stamps every line with `server-time`; a line that just arrived is live, as a
    // live XMPP message is: no time of the server's shown in its place.
    assert_eq!(at, None);

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
    let settings = AccountSettings {
        protocol: Protocol::Irc,
        address: "bob@irc.otter.test".into(),
        server_host: String::new(),
        server_port: net.port("IRC_TLS_PORT")?,
        direct_tls: true,
        nickserv_fallback: false,
        onion_plaintext: false,
        remembered_password: Some(Password::new("not-bobs-password")),
    };
    let account = add_account(&core, &mut events, settings).await?;
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

#[tokio::test]
async fn an_irc_account_without_a_nick_gets_a_random_pronounceable_one() -> anyhow::Result<()> {
    let net = Network::start(&["socks"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let mut nicks = Vec::new();
    for _ in 0..2 {
        let settings = AccountSettings {
            protocol: Protocol::Irc,
            address: "irc.otter.test".into(),
            server_host: String::new(),
            server_port: 0,
            direct_tls: true,
            nickserv_fallback: false,
            onion_plaintext: false,
            remembered_password: None,
        };
        core.send(Command::AddAccount(settings))?;
        let address = until(&mut events, |e| match e {
            Event::AccountAdded { address, .. } => Some(address),
            _ => None,
        })
        .await?;
        let (nick, network) = address.split_once('@').expect("nick@network");
        assert_eq!(network, "irc.otter.test");
        assert_eq!(nick.len(), 8, "{nick}");
        assert!(nick.bytes().all(|b| b.is_ascii_lowercase()), "{nick}");
        for system_name in ["USER", "LOGNAME"] {
            if let Ok(login) = std::env::var(system_name) {
                assert_ne!(nick, login, "never the login name");
            }
        }
        nicks.push(nick.to_owned());
    }
    assert_ne!(nicks[0], nicks[1], "drawn at random");
    core.send(Command::Shutdown)?;
    Ok(())
}

/// An account that has logged in with SCRAM-SHA-256 meets a server that offers only PLAIN
/// (Atheme here has no SCRAM, so the profile's record is rewritten as such a login leaves it):
/// Otter stops before it authenticates, so the password never leaves, and it does not
/// register without a login either.
#[tokio::test]
async fn an_irc_account_that_used_scram_refuses_a_plain_only_server() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks"])?;
    let atheme_log = net.dir().join("irc/logs/atheme-commands.log");
    let logins = || -> anyhow::Result<usize> {
        Ok(std::fs::read_to_string(&atheme_log)?
            .lines()
            .filter(|line| line.contains("SaslServ alice/") && line.contains("LOGIN"))
            .count())
    };
    // A real PLAIN login first: Atheme's log records it, so it would record another.
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let account = add_irc_account(&core, &mut events, &net, "alice").await?;
    connect_online(&core, &mut events, account, net.get("IRC_PASSWORD_alice")?).await?;
    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;
    let logins_before = logins()?;
    assert!(logins_before > 0, "Atheme logged no login");
    {
        let profile = otter_store::ProfileDir::open_or_create(&net.dir().join("profile"))?;
        let store = otter_store::Store::open(&profile).await?;
        store
            .set_strongest_mechanism(account, "SCRAM-SHA-256")
            .await?;
    }

    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let connections_before = net.socks_requests()?.len();
    core.send(Command::Connect {
        account,
        password: Some(Password::new(net.get("IRC_PASSWORD_alice")?)),
    })?;
    let (kind, explanation) = until(&mut events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Failed { kind, explanation },
            ..
        } => Some((kind, explanation)),
        Event::AccountStatus {
            status: ConnectionStatus::Online,
            ..
        } => panic!("went online with a weaker login than the account used"),
        _ => None,
    })
    .await?;
    assert_eq!(kind, otter_core::types::ErrorKind::AuthenticationFailed);
    assert!(explanation.contains("SCRAM-SHA-256"), "{explanation}");
    // It did reach the server: the refusal is Otter's, once the server listed what it offers.
    assert!(net.socks_requests()?.len() > connections_before);
    assert_eq!(logins()?, logins_before, "a login reached Atheme");
    core.send(Command::Shutdown)?;
    Ok(())
}

/// The NickServ fallback is allowed, and InspIRCd offers SASL through Atheme: the login is
/// SASL's, and NickServ never receives the password.
#[tokio::test]
async fn the_nickserv_fallback_is_not_used_where_sasl_is_offered() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks"])?;
    let atheme_log = net.dir().join("irc/logs/atheme-commands.log");
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let settings = AccountSettings {
        protocol: Protocol::Irc,
        address: "bob@irc.otter.test".into(),
        server_host: String::new(),
        server_port: net.port("IRC_TLS_PORT")?,
        direct_tls: true,
        nickserv_fallback: true,
        onion_plaintext: false,
        remembered_password: None,
    };
    let account = add_account(&core, &mut events, settings).await?;
    connect_online(&core, &mut events, account, net.get("IRC_PASSWORD_bob")?).await?;
    // Atheme writes its command log as it goes; an IDENTIFY sent with the welcome would be in
    // it by now.
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    let log = std::fs::read_to_string(&atheme_log)?;
    assert!(
        log.lines()
            .any(|line| line.contains("SaslServ bob/") && line.contains("LOGIN")),
        "bob logged in with SASL: {log}"
    );
    assert!(!log.contains("IDENTIFY"), "{log}");
    core.send(Command::Shutdown)?;
    Ok(())
}
