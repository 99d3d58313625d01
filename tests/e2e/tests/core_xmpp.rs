//! Through the core API only, as the GUI uses it: an XMPP account logs in via the test SOCKS
//! proxy to the real Prosody, chats with the bot, and is still there after a restart.

use otter_core::types::{LocalId, Password};
use otter_core::{AccountSettings, Command, ConnectionStatus, Event, Protocol, Security};
use otter_e2e::{
    add_xmpp_account, connect_online, open_conversation, send_and_wait_sent, start_core, until,
};
use otter_testkit::Network;

#[tokio::test]
async fn an_account_logs_in_through_the_proxy_chats_and_survives_a_restart() -> anyhow::Result<()> {
    let logs = otter_testkit::log_canary::capture()?;
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let sentinel = "sentinel-core-7d1e";
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let account = add_xmpp_account(&core, &mut events, &net, "alice").await?;
    connect_online(&core, &mut events, account, net.get("XMPP_PASSWORD_alice")?).await?;
    let conversation = open_conversation(&core, &mut events, account, "xmppbot@otter.test").await?;
    let security = send_and_wait_sent(
        &core,
        &mut events,
        conversation,
        LocalId(1),
        &format!("hello {sentinel}"),
    )
    .await?;
    assert_eq!(
        security,
        Security::NotEncrypted,
        "said plainly: not private"
    );
    let echo = until(&mut events, |e| match e {
        Event::MessageReceived {
            conversation: c,
            text,
            ..
        } if c == conversation => Some(text),
        _ => None,
    })
    .await?;
    assert_eq!(echo.reveal(), format!("echo: hello {sentinel}"));

    // The proxy saw the account's connection by name.
    let requests = net.socks_requests()?;
    assert!(
        requests
            .iter()
            .any(|r| r.host.as_deref() == Some("otter.test")),
        "{requests:?}"
    );

    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;

    // Nothing of the conversation was written to the profile (no logging by default).
    let mut files = 0;
    let mut dirs = vec![net.dir().join("profile")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            // SQLite's connection thread may still be removing its journal files.
            let bytes = match std::fs::read(&path) {
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
                read => read?,
            };
            files += 1;
            assert!(
                !bytes
                    .windows(sentinel.len())
                    .any(|w| w == sentinel.as_bytes()),
                "{}",
                path.display()
            );
        }
    }
    assert!(files >= 2, "the database and the OTR key were searched");

    // Restart from the same profile: the account is still there, without its password
    // (not remembered).
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let address = until(&mut events, |e| match e {
        Event::AccountAdded { address, .. } => Some(address),
        _ => None,
    })
    .await?;
    assert_eq!(address, "alice@otter.test");
    core.send(Command::Connect {
        account,
        password: None,
    })?;
    let status = until(&mut events, |e| match e {
        Event::AccountStatus { status, .. } => Some(status),
        _ => None,
    })
    .await?;
    assert!(
        matches!(status, ConnectionStatus::Failed { .. }),
        "no remembered password, no login: {status:?}"
    );
    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;

    // The log canary: Otter logged (the core warns, for example, about the proxy), but never
    // the message, the password or the isolation credentials' account.
    let password = net.get("XMPP_PASSWORD_alice")?;
    assert!(
        logs.text().contains("asking Tor for a connection"),
        "the canary heard the core"
    );
    assert_eq!(logs.leaked(&[sentinel, password]), Vec::<&str>::new());
    Ok(())
}

#[tokio::test]
async fn two_accounts_online_at_once_use_different_tor_credentials() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "torlike"])?;
    let (core, mut events) = start_core(&net, "TORLIKE_PORT")?;
    for user in ["alice", "bob"] {
        core.send(Command::AddAccount(AccountSettings {
            protocol: Protocol::Xmpp,
            address: format!("{user}@otter.test"),
            server_host: String::new(),
            server_port: net.port("XMPP_STARTTLS_PORT")?,
            direct_tls: false,
            nickserv_fallback: false,
            onion_plaintext: false,
            remembered_password: Some(Password::new(net.get(&format!("XMPP_PASSWORD_{user}"))?)),
        }))?;
    }
    let mut online = 0;
    while online < 2 {
        match until(&mut events, |e| match e {
            Event::AccountAdded { account, .. } => Some(Ok(account)),
            Event::AccountStatus {
                status: ConnectionStatus::Online,
                ..
            } => Some(Err(())),
            _ => None,
        })
        .await?
        {
            Ok(account) => core.send(Command::Connect {
                account,
                password: None,
            })?,
            Err(()) => online += 1,
        }
    }
    let log = std::fs::read_to_string(net.get("TORLIKE_LOG")?)?;
    let usernames: std::collections::BTreeSet<String> = log
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|entry| entry["host"] == "otter.test" && entry["method"] == 2)
        .filter_map(|entry| entry["username"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(usernames.len(), 2, "one circuit per account: {log}");
    core.send(Command::Shutdown)?;
    Ok(())
}
