//! The second, different IRC server: ngIRCd 26 through the proxy and the core. It has no
//! services and so no SASL, its CAP offers multi-prefix alone (no echo-message, no
//! server-time), and its numerics and ISUPPORT differ from InspIRCd's. An account without a
//! password registers without SASL; one with a password stops with a clear error and never
//! registers. The bot (`ngircdbot`, connected directly, not through the proxy) opens #otter,
//! sets its topic and echoes, so what arrived at the other end is in its log.

use otter_core::types::{AccountId, ErrorKind, LocalId, MessageText, Password};
use otter_core::{
    AccountSettings, Command, ConnectionStatus, CoreHandle, Event, EventStream, OccupantChange,
    Protocol, RoomLeftReason, RoomOccupant, RoomRole, Security,
};
use otter_e2e::{add_account, open_conversation, send_and_wait_sent, start_core, until};
use otter_testkit::Network;

const CHANNEL: &str = "#otter";
const BOT: &str = "ngircdbot";

fn account_on_ngircd(net: &Network, nick: &str) -> anyhow::Result<AccountSettings> {
    Ok(AccountSettings {
        protocol: Protocol::Irc,
        address: format!("{nick}@{}", net.get("NGIRCD_HOST")?),
        server_host: String::new(),
        server_port: net.port("NGIRCD_TLS_PORT")?,
        direct_tls: true,
        nickserv_fallback: false,
        onion_plaintext: false,
        remembered_password: None,
    })
}

/// Connects with an empty password (no SASL) and waits until the account is online.
async fn online_without_sasl(
    net: &Network,
    nick: &str,
) -> anyhow::Result<(CoreHandle, EventStream, AccountId)> {
    let (core, mut events) = start_core(net, "SOCKS_PORT")?;
    let account = add_account(&core, &mut events, account_on_ngircd(net, nick)?).await?;
    core.send(Command::Connect {
        account,
        password: Some(Password::new("")),
    })?;
    until(&mut events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Online,
            ..
        } => Some(Ok(())),
        Event::AccountStatus {
            status: ConnectionStatus::Failed { explanation, .. },
            ..
        } => Some(Err(anyhow::anyhow!("not online: {explanation}"))),
        _ => None,
    })
    .await??;
    Ok((core, events, account))
}

fn join(account: AccountId) -> Command {
    Command::JoinRoom {
        account,
        room: CHANNEL.to_owned(),
        nick: "ignored".into(),
        password: None,
        history: None,
    }
}

/// Waits for the join and returns the members listed with it.
async fn joined(events: &mut EventStream) -> anyhow::Result<Vec<RoomOccupant>> {
    until(events, |e| match e {
        Event::RoomJoined { room, .. } if room == CHANNEL => Some(Ok(())),
        Event::RoomError { error, .. } => Some(Err(anyhow::anyhow!("{error:?}"))),
        _ => None,
    })
    .await??;
    let changes = until(events, |e| match e {
        Event::RoomOccupants { room, changes, .. } if room == CHANNEL => Some(changes),
        _ => None,
    })
    .await?;
    Ok(changes
        .into_iter()
        .filter_map(|change| match change {
            OccupantChange::Present(occupant) => Some(occupant),
            _ => None,
        })
        .collect())
}

/// Says `text` in the channel and returns the line the room shows for it as ours.
async fn say(
    core: &CoreHandle,
    events: &mut EventStream,
    account: AccountId,
    id: u64,
    text: &str,
) -> anyhow::Result<String> {
    core.send(Command::SendRoomMessage {
        account,
        room: CHANNEL.to_owned(),
        local_id: LocalId(id),
        text: MessageText::new(text),
    })?;
    let security = until(events, |e| match e {
        Event::MessageSent { local_id, security } if local_id == LocalId(id) => Some(Ok(security)),
        Event::MessageFailed { local_id, kind } if local_id == LocalId(id) => {
            Some(Err(anyhow::anyhow!("{kind:?}")))
        }
        _ => None,
    })
    .await??;
    assert_eq!(security, Security::NotEncrypted);
    // ngIRCd has no echo-message: the room shows the message as sent, else it never would.
    until(events, |e| match e {
        Event::RoomMessage {
            own: true,
            text,
            nick,
            ..
        } => {
            assert_eq!(nick.as_deref(), Some("alice"));
            Some(text.reveal().to_owned())
        }
        _ => None,
    })
    .await
}

async fn bot_says_in_channel(events: &mut EventStream) -> anyhow::Result<String> {
    until(events, |e| match e {
        Event::RoomMessage {
            nick: Some(nick),
            text,
            own: false,
            delayed,
            ..
        } if nick == BOT => {
            assert!(!delayed, "no server-time, no history: said now");
            Some(text.reveal().to_owned())
        }
        _ => None,
    })
    .await
}

/// The texts of the PRIVMSGs the bot received from `from`, in order.
fn bot_received(net: &Network, from: &str, target: &str) -> anyhow::Result<Vec<String>> {
    let log = std::fs::read_to_string(net.get("NGIRCD_BOT_LOG")?)?;
    let mut texts = Vec::new();
    for line in log.lines() {
        let entry: serde_json::Value = serde_json::from_str(line)?;
        let field = |key: &str| entry.get(key).and_then(serde_json::Value::as_str);
        if field("type") == Some("privmsg")
            && field("from") == Some(from)
            && field("target") == Some(target)
        {
            texts.push(field("text").unwrap_or_default().to_owned());
        }
    }
    Ok(texts)
}

/// Polls the bot's log until `done` holds for what it received from alice (sent to `target`).
async fn bot_receives(
    net: &Network,
    target: &str,
    done: impl Fn(&[String]) -> bool,
) -> anyhow::Result<Vec<String>> {
    let deadline = std::time::Instant::now() + otter_e2e::WAIT;
    loop {
        let received = bot_received(net, "alice", target)?;
        if done(&received) {
            return Ok(received);
        }
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "the bot received only {received:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_password_against_a_server_without_sasl_stops_with_a_clear_error() -> anyhow::Result<()> {
    let net = Network::start(&["ngircd", "socks"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let account = add_account(&core, &mut events, account_on_ngircd(&net, "carol")?).await?;
    core.send(Command::Connect {
        account,
        password: Some(Password::new("carols-password")),
    })?;
    let (kind, explanation) = until(&mut events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Failed { kind, explanation },
            ..
        } => Some((kind, explanation)),
        Event::AccountStatus {
            status: ConnectionStatus::Online,
            ..
        } => panic!("registered without the login it was told to use"),
        _ => None,
    })
    .await?;
    assert_eq!(kind, ErrorKind::AuthenticationFailed);
    assert!(explanation.contains("does not offer SASL"), "{explanation}");
    // It did reach the server (through the proxy), and the server never registered the nick:
    // ngIRCd logs every registration.
    assert!(
        net.socks_requests()?
            .iter()
            .any(|r| r.host.as_deref() == Some("ngircd.otter.test"))
    );
    let log = std::fs::read_to_string(net.get("NGIRCD_LOG")?)?;
    assert!(log.contains("Accepted connection"), "{log}");
    assert!(!log.contains("User \"carol!"), "{log}");
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn without_sasl_alice_joins_sees_the_topic_and_names_and_talks_both_ways()
-> anyhow::Result<()> {
    let net = Network::start(&["ngircd", "socks", "ngircdbot"])?;
    let (core, mut events, account) = online_without_sasl(&net, "alice").await?;
    let log = std::fs::read_to_string(net.get("NGIRCD_LOG")?)?;
    assert!(log.contains("User \"alice!"), "registered: {log}");

    core.send(join(account))?;
    let members = joined(&mut events).await?;
    let shown: Vec<(&str, &str, RoomRole)> = members
        .iter()
        .map(|o| (o.nick.as_str(), o.prefixes.as_str(), o.role))
        .collect();
    assert!(
        shown.contains(&(BOT, "@", RoomRole::Moderator)),
        "the bot opened the channel: {shown:?}"
    );
    assert!(
        shown.contains(&("alice", "", RoomRole::Participant)),
        "{shown:?}"
    );
    assert_eq!(members.len(), 2, "{shown:?}");

    // Without echo-message our own line is shown as sent; the bot's answer comes back.
    let own = say(&core, &mut events, account, 1, "ngircdbot: hello channel").await?;
    assert_eq!(own, "ngircdbot: hello channel");
    assert_eq!(
        bot_says_in_channel(&mut events).await?,
        "echo: hello channel"
    );
    bot_receives(&net, CHANNEL, |r| {
        r.iter().any(|t| t == "ngircdbot: hello channel")
    })
    .await?;
    assert_eq!(
        say(&core, &mut events, account, 2, "/me waves").await?,
        "/me waves"
    );
    bot_receives(&net, CHANNEL, |r| {
        r.iter().any(|t| t == "\u{1}ACTION waves\u{1}")
    })
    .await?;

    // The bot sets the topic; it is shown with who set it.
    say(
        &core,
        &mut events,
        account,
        3,
        "ngircdbot: topic Otters only",
    )
    .await?;
    let (subject, by) = until(&mut events, |e| match e {
        Event::RoomSubject { subject, nick, .. } => Some((subject.reveal().to_owned(), nick)),
        _ => None,
    })
    .await?;
    assert_eq!(
        (subject.as_str(), by.as_deref()),
        ("Otters only", Some(BOT))
    );

    // A private query both ways: alice writes, the bot answers.
    let conversation = open_conversation(&core, &mut events, account, BOT).await?;
    let sent = send_and_wait_sent(
        &core,
        &mut events,
        conversation,
        LocalId(10),
        "hello ngircd",
    )
    .await?;
    assert_eq!(sent, Security::NotEncrypted);
    let echo = until(&mut events, |e| match e {
        Event::MessageReceived { text, .. } => Some(text),
        _ => None,
    })
    .await?;
    assert_eq!(echo.reveal(), "echo: hello ngircd");

    // A long message is split into lines that fit, never inside a character, and what the
    // bot received, put together, is exactly what was sent. ngIRCd strips spaces and tabs at
    // the end of a line it relays, so no piece may end with the space it was cut at.
    let text = "Grüße aus dem Otterbau 🦦, ünïcödé ärgert €uro-Zähler; ".repeat(30) + "Ende.";
    assert!(text.len() > 3 * 512);
    send_and_wait_sent(&core, &mut events, conversation, LocalId(11), &text).await?;
    let received = bot_receives(&net, BOT, |r| {
        r.get(1..)
            .is_some_and(|long| long.concat().len() >= text.len())
    })
    .await?;
    let pieces = received.get(1..).unwrap_or_default();
    assert!(pieces.len() >= 4, "{} pieces", pieces.len());
    assert_eq!(pieces.concat(), text);

    // The bot voices itself: operator and voice, highest first.
    say(&core, &mut events, account, 4, "ngircdbot: voice ngircdbot").await?;
    let bot = until(&mut events, |e| match e {
        Event::RoomOccupants { changes, .. } => changes.into_iter().find_map(|c| match c {
            OccupantChange::Present(o) if o.nick == BOT => Some(o),
            _ => None,
        }),
        _ => None,
    })
    .await?;
    assert_eq!(
        (bot.prefixes.as_str(), bot.role),
        ("@+", RoomRole::Moderator)
    );

    // Leave, join again: this time the topic comes with the join (332), with its setter
    // (333), and the names list both of the bot's prefixes: multi-prefix, the one capability
    // ngIRCd offers, was negotiated (without it NAMES shows only the highest, "@").
    core.send(Command::LeaveRoom {
        account,
        room: CHANNEL.to_owned(),
    })?;
    let reason = until(&mut events, |e| match e {
        Event::RoomLeft { room, reason, .. } if room == CHANNEL => Some(reason),
        _ => None,
    })
    .await?;
    assert_eq!(reason, RoomLeftReason::Left);
    core.send(join(account))?;
    let members = joined(&mut events).await?;
    assert!(
        members.iter().any(|o| o.nick == BOT && o.prefixes == "@+"),
        "{members:?}"
    );
    let (subject, by) = until(&mut events, |e| match e {
        Event::RoomSubject { subject, nick, .. } => Some((subject.reveal().to_owned(), nick)),
        Event::RoomMessage { .. } => panic!("no topic with the join"),
        _ => None,
    })
    .await?;
    assert_eq!(
        (subject.as_str(), by.as_deref()),
        ("Otters only", Some(BOT))
    );
    core.send(Command::Shutdown)?;
    Ok(())
}

/// Destroys every TCP connection to `port` (the proxy's: only Otter uses it, the bot
/// connects directly).
fn break_connections_to(port: u16) -> anyhow::Result<()> {
    let status = std::process::Command::new("ss")
        .args(["-K", "-t", "dport", "=", &format!(":{port}")])
        .stdout(std::process::Stdio::null())
        .status()?;
    anyhow::ensure!(status.success(), "ss -K: {status}");
    Ok(())
}

#[tokio::test]
async fn a_killed_connection_is_made_again_without_sasl_and_the_channel_rejoined()
-> anyhow::Result<()> {
    let net = Network::start(&["ngircd", "socks", "ngircdbot"])?;
    let (core, mut events, account) = online_without_sasl(&net, "alice").await?;
    core.send(join(account))?;
    joined(&mut events).await?;

    break_connections_to(net.port("SOCKS_PORT")?)?;
    let reason = until(&mut events, |e| match e {
        Event::RoomLeft { reason, .. } => Some(reason),
        _ => None,
    })
    .await?;
    assert_eq!(reason, RoomLeftReason::Disconnected);
    until(&mut events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Online,
            ..
        } => Some(()),
        Event::AccountStatus {
            status: status @ (ConnectionStatus::Failed { .. } | ConnectionStatus::Offline),
            ..
        } => panic!("gave up: {status:?}"),
        _ => None,
    })
    .await?;
    let members = joined(&mut events).await?;
    assert!(members.iter().any(|o| o.nick == BOT), "{members:?}");
    let connects = net
        .socks_requests()?
        .iter()
        .filter(|r| r.host.as_deref() == Some("ngircd.otter.test"))
        .count();
    assert_eq!(
        connects, 2,
        "the second connection went through the proxy too"
    );

    // The channel works again: the bot hears alice and answers.
    say(&core, &mut events, account, 1, "ngircdbot: back again").await?;
    assert_eq!(bot_says_in_channel(&mut events).await?, "echo: back again");
    let joins = std::fs::read_to_string(net.get("NGIRCD_BOT_LOG")?)?
        .matches(r##""type":"join","from":"alice","channel":"#otter""##)
        .count();
    assert_eq!(joins, 2, "joined, then joined again after the reconnect");
    core.send(Command::Shutdown)?;
    Ok(())
}

/// With the NickServ fallback allowed, a password against a server without SASL registers
/// and then identifies: one `IDENTIFY <account> <password>` to the nick NickServ (a stand-in
/// bot here, as ngIRCd has no services), and nothing else goes there.
#[tokio::test]
async fn with_the_nickserv_fallback_a_server_without_sasl_gets_one_identify() -> anyhow::Result<()>
{
    let net = Network::start(&["ngircd", "socks", "ngircdnickserv"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let settings = AccountSettings {
        nickserv_fallback: true,
        ..account_on_ngircd(&net, "dave")?
    };
    let account = add_account(&core, &mut events, settings).await?;
    core.send(Command::Connect {
        account,
        password: Some(Password::new("daves-password")),
    })?;
    until(&mut events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Online,
            ..
        } => Some(Ok(())),
        Event::AccountStatus {
            status: ConnectionStatus::Failed { explanation, .. },
            ..
        } => Some(Err(anyhow::anyhow!("not online: {explanation}"))),
        _ => None,
    })
    .await??;
    let log = std::fs::read_to_string(net.get("NGIRCD_LOG")?)?;
    assert!(log.contains("User \"dave!"), "registered: {log}");

    let nickserv_log = net.get("NGIRCD_NICKSERV_LOG")?;
    let received = || -> anyhow::Result<Vec<(String, String)>> {
        let mut lines = Vec::new();
        for line in std::fs::read_to_string(nickserv_log)?.lines() {
            let entry: serde_json::Value = serde_json::from_str(line)?;
            let field = |key: &str| {
                entry
                    .get(key)
                    .and_then(serde_json::Value::as_str)
                    .unwrap_or_default()
                    .to_owned()
            };
            if field("type") == "privmsg" && field("from") == "dave" {
                lines.push((field("target"), field("text")));
            }
        }
        Ok(lines)
    };
    let deadline = std::time::Instant::now() + otter_e2e::WAIT;
    while received()?.is_empty() && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // A moment more, so that a second IDENTIFY would have arrived.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        received()?,
        [(
            "NickServ".to_owned(),
            "IDENTIFY dave daves-password".to_owned()
        )]
    );
    core.send(Command::Shutdown)?;
    Ok(())
}

/// The NickServ fallback never goes without TLS: on an onion service the user allowed without
/// TLS (the test proxy's `otterirc.onion`, here ngIRCd's plaintext port), a server without SASL
/// stops the connection as if the fallback were off, and NickServ receives nothing.
#[tokio::test]
async fn the_nickserv_fallback_is_not_used_without_tls() -> anyhow::Result<()> {
    let net = Network::start(&["ngircd", "socks", "ngircdnickserv"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let settings = AccountSettings {
        address: "dave@otterirc.onion".into(),
        server_port: net.port("NGIRCD_PLAIN_PORT")?,
        nickserv_fallback: true,
        onion_plaintext: true,
        ..account_on_ngircd(&net, "dave")?
    };
    let account = add_account(&core, &mut events, settings).await?;
    core.send(Command::Connect {
        account,
        password: Some(Password::new("daves-password")),
    })?;
    let explanation = until(&mut events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Failed { explanation, .. },
            ..
        } => Some(explanation),
        Event::AccountStatus {
            status: ConnectionStatus::Online,
            ..
        } => panic!("registered without TLS and without SASL"),
        _ => None,
    })
    .await?;
    assert!(explanation.contains("does not offer SASL"), "{explanation}");
    // It reached ngIRCd without TLS (so the refusal is the fallback's, not a failed
    // handshake), and nothing went to NickServ.
    let log = std::fs::read_to_string(net.get("NGIRCD_LOG")?)?;
    assert!(log.contains("Accepted connection"), "{log}");
    assert!(!log.contains("User \"dave!"), "{log}");
    let nickserv = std::fs::read_to_string(net.get("NGIRCD_NICKSERV_LOG")?)?;
    assert!(!nickserv.contains("\"from\": \"dave\""), "{nickserv}");
    assert!(!nickserv.contains("\"from\":\"dave\""), "{nickserv}");
    core.send(Command::Shutdown)?;
    Ok(())
}
