//! Through the core API against the real Prosody: message carbons (XEP-0280) from a second
//! device of the same account, and chat states (XEP-0085) and receipts (XEP-0184), which
//! leave nothing on the wire until the user shares them. The other side's log (the bot's
//! "payload") is the proof of what was sent. Receipts are answered only for a contact who may
//! see the user's presence. Both run against ejabberd too.

use std::process::{Child, Command as Process, Stdio};
use std::time::{Duration, Instant};

use otter_core::types::{ConversationId, LocalId, MessageText};
use otter_core::{Command, ConversationPrivacy, Event};
use otter_e2e::{
    XmppServer, add_xmpp_account_at, connect_online, open_conversation, start_core, until,
};
use otter_testkit::Network;

const BOT: &str = "xmppbot@otter.test";

/// The scripted peer, logged in as `jid` (another device of an account), saying `say` in order.
fn second_device(
    net: &Network,
    server: XmppServer,
    jid: &str,
    password: &str,
    say: &[&str],
) -> anyhow::Result<Child> {
    let log = net.dir().join("second-device.jsonl");
    let mut command = Process::new("/usr/bin/python3");
    command
        .arg(otter_testkit::workspace_root().join("tests/bots/xmpp_bot.py"))
        .args(["--host", "127.0.0.1", "--port"])
        .arg(net.get(server.starttls_port_key())?)
        .args(["--server-name", "otter.test", "--ca", net.get("CA_CERT")?])
        .args([
            "--jid",
            jid,
            "--password",
            password,
            "--nick",
            "phone",
            "--log",
        ])
        .arg(&log)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    for line in say {
        command.arg("--say").arg(format!("{BOT}:{line}"));
    }
    Ok(command.spawn()?)
}

/// The bot's JSON lines about messages from alice.
fn from_alice(net: &Network) -> anyhow::Result<Vec<serde_json::Value>> {
    let text = std::fs::read_to_string(net.get("XMPP_BOT_LOG")?)?;
    Ok(text
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|entry| {
            entry["from"]
                .as_str()
                .is_some_and(|from| from.starts_with("alice@otter.test/"))
                && entry["type"] != "presence"
        })
        .collect())
}

/// Waits until a message from alice in the bot's log satisfies `pick`.
fn wait_bot(net: &Network, pick: impl Fn(&serde_json::Value) -> bool) -> anyhow::Result<()> {
    let deadline = Instant::now() + otter_e2e::WAIT;
    loop {
        let log = from_alice(net)?;
        if log.iter().any(&pick) {
            return Ok(());
        }
        anyhow::ensure!(
            Instant::now() < deadline,
            "not in the bot's log: {}",
            std::fs::read_to_string(net.get("XMPP_BOT_LOG")?)?
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Waits until the bot's log says alice let it see her presence.
fn bot_saw_subscribed(net: &Network) -> anyhow::Result<()> {
    let deadline = Instant::now() + otter_e2e::WAIT;
    loop {
        let log = std::fs::read_to_string(net.get("XMPP_BOT_LOG")?)?;
        if log
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .any(|entry| {
                entry.get("type").and_then(|t| t.as_str()) == Some("subscribed")
                    && entry.get("from").and_then(|f| f.as_str()) == Some("alice@otter.test")
            })
        {
            return Ok(());
        }
        anyhow::ensure!(Instant::now() < deadline, "not subscribed:\n{log}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The body, up to the OTR whitespace tag Otter's default policy may append.
fn body_starts(entry: &serde_json::Value, text: &str) -> bool {
    entry["body"]
        .as_str()
        .is_some_and(|body| body.starts_with(text))
}

fn payload_has(entry: &serde_json::Value, needle: &str) -> bool {
    entry["payload"].as_array().is_some_and(|payload| {
        payload
            .iter()
            .any(|tag| tag.as_str().is_some_and(|t| t.contains(needle)))
    })
}

#[tokio::test]
async fn another_device_s_messages_show_but_its_otr_traffic_does_not() -> anyhow::Result<()> {
    carbons_without_otr(XmppServer::Prosody).await
}

#[tokio::test]
async fn on_ejabberd_another_device_s_messages_show_but_its_otr_traffic_does_not()
-> anyhow::Result<()> {
    carbons_without_otr(XmppServer::Ejabberd).await
}

async fn carbons_without_otr(server: XmppServer) -> anyhow::Result<()> {
    let net = server.start(&["xmppbot"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let account = add_xmpp_account_at(
        &core,
        &mut events,
        &net,
        "alice",
        server.starttls_port_key(),
    )
    .await?;
    let password = server.password(&net, "alice")?;
    connect_online(&core, &mut events, account, password).await?;
    let conversation: ConversationId = open_conversation(&core, &mut events, account, BOT).await?;
    // Give the login's carbons request its answer before the other device speaks.
    tokio::time::sleep(Duration::from_secs(1)).await;

    // The phone starts an OTR exchange with the bot (its own session), then writes plainly;
    // the bot echoes both to the phone.
    let mut phone = second_device(
        &net,
        server,
        "alice@otter.test/phone",
        password,
        &["?OTRv3?", "from the phone"],
    )?;
    let mut sent_elsewhere = Vec::new();
    let mut otr_seen = Vec::new();
    let echoed = until(&mut events, |e| match e {
        Event::MessageSentElsewhere {
            conversation: c,
            text,
        } => {
            sent_elsewhere.push((c, text.reveal().to_owned()));
            None
        }
        Event::MessageReceived {
            conversation: c,
            text,
            ..
        } if text.reveal() == "echo: from the phone" => Some(c),
        Event::MessageReceived { text, .. } => {
            otr_seen.push(text.reveal().to_owned());
            None
        }
        Event::PrivacyChanged { privacy, .. } if privacy != ConversationPrivacy::NotPrivate => {
            otr_seen.push(format!("{privacy:?}"));
            None
        }
        Event::KeyGeneration { state, .. } => {
            otr_seen.push(format!("{state:?}"));
            None
        }
        _ => None,
    })
    .await;
    let _ = phone.kill();
    let _ = phone.wait();
    assert_eq!(
        echoed?, conversation,
        "what the bot sent the phone shows here"
    );
    assert_eq!(
        sent_elsewhere,
        [(conversation, "from the phone".to_owned())],
        "what the phone sent shows as sent elsewhere; its OTR query does not"
    );
    assert!(
        otr_seen.is_empty(),
        "the phone's OTR traffic reached this device: {otr_seen:?}"
    );
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn chat_states_and_receipts_leave_only_once_shared() -> anyhow::Result<()> {
    activity_only_once_shared(XmppServer::Prosody).await
}

#[tokio::test]
async fn on_ejabberd_chat_states_and_receipts_leave_only_once_shared() -> anyhow::Result<()> {
    activity_only_once_shared(XmppServer::Ejabberd).await
}

async fn activity_only_once_shared(server: XmppServer) -> anyhow::Result<()> {
    let net = server.start(&["xmppbot"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let shared = until(&mut events, |e| match e {
        Event::ActivitySharing {
            chat_states,
            receipts,
        } => Some((chat_states, receipts)),
        _ => None,
    })
    .await?;
    assert_eq!(shared, (false, false), "off by default");
    let account = add_xmpp_account_at(
        &core,
        &mut events,
        &net,
        "alice",
        server.starttls_port_key(),
    )
    .await?;
    connect_online(&core, &mut events, account, server.password(&net, "alice")?).await?;
    let conversation = open_conversation(&core, &mut events, account, BOT).await?;

    // Off: the bot receipts our message and asks for one on its echo; we type; nothing of
    // it shows or leaves.
    core.send(Command::SetTyping {
        conversation,
        typing: true,
    })?;
    let mut delivered = Vec::new();
    for (id, text) in [(1, "ask receipt one"), (2, "plain two")] {
        core.send(Command::SendText {
            conversation,
            local_id: LocalId(id),
            text: MessageText::new(text),
        })?;
        let echo = format!("echo: {text}");
        until(&mut events, |e| match e {
            Event::MessageDelivered { local_id } => {
                delivered.push(local_id);
                None
            }
            Event::MessageReceived { text, .. } if text.reveal() == echo => Some(()),
            _ => None,
        })
        .await?;
    }
    wait_bot(&net, |entry| body_starts(entry, "plain two"))?;
    let log = from_alice(&net)?;
    assert!(delivered.is_empty(), "{delivered:?}");
    for entry in &log {
        assert!(
            !payload_has(entry, "chatstates") && !payload_has(entry, "receipts"),
            "activity left while off: {entry}"
        );
    }
    // The rest is the key exchange the whitespace tag started (the bot echoes it back).
    let plain = log
        .iter()
        .filter(|entry| !body_starts(entry, "?OTR"))
        .count();
    assert_eq!(plain, 2, "only the two messages, no receipt: {log:#?}");

    // Shared: states and receipt requests go out, the bot's receipt is reported, typing is
    // told; the bot's request is answered only once it is a contact who sees our presence.
    core.send(Command::SetActivitySharing {
        chat_states: true,
        receipts: true,
    })?;
    let shared = until(&mut events, |e| match e {
        Event::ActivitySharing {
            chat_states,
            receipts,
        } => Some((chat_states, receipts)),
        _ => None,
    })
    .await?;
    assert_eq!(shared, (true, true));
    core.send(Command::SendText {
        conversation,
        local_id: LocalId(3),
        text: MessageText::new("ask receipt three"),
    })?;
    until(&mut events, |e| match e {
        Event::MessageDelivered {
            local_id: LocalId(3),
        } => Some(()),
        _ => None,
    })
    .await?;
    wait_bot(&net, |entry| {
        body_starts(entry, "ask receipt three")
            && payload_has(entry, "{http://jabber.org/protocol/chatstates}active")
            && payload_has(entry, "{urn:xmpp:receipts}request")
    })?;
    until(&mut events, |e| match e {
        Event::MessageReceived { text, .. } if text.reveal() == "echo: ask receipt three" => {
            Some(())
        }
        _ => None,
    })
    .await?;
    // A receipt for that echo would leave before the next message: the bot, not in the
    // contact list, gets none.
    core.send(Command::SendText {
        conversation,
        local_id: LocalId(4),
        text: MessageText::new("plain four"),
    })?;
    wait_bot(&net, |entry| body_starts(entry, "plain four"))?;
    let answered = |net: &Network| -> anyhow::Result<bool> {
        Ok(from_alice(net)?.iter().any(|entry| {
            entry["body"].is_null() && payload_has(entry, "{urn:xmpp:receipts}received")
        }))
    };
    assert!(!answered(&net)?, "a stranger got a receipt");

    // A contact both ways (the bot accepts and asks back; alice approves): answered.
    core.send(Command::AddContact {
        account,
        peer: BOT.into(),
        name: None,
    })?;
    until(&mut events, |e| match e {
        Event::ContactRequest { peer, .. } if peer == BOT => Some(()),
        _ => None,
    })
    .await?;
    core.send(Command::AnswerContactRequest {
        account,
        peer: BOT.into(),
        approve: true,
    })?;
    bot_saw_subscribed(&net)?;
    core.send(Command::SendText {
        conversation,
        local_id: LocalId(5),
        text: MessageText::new("ask receipt five"),
    })?;
    let deadline = Instant::now() + otter_e2e::WAIT;
    while !answered(&net)? {
        anyhow::ensure!(Instant::now() < deadline, "the contact got no receipt");
        std::thread::sleep(Duration::from_millis(100));
    }
    core.send(Command::SetTyping {
        conversation,
        typing: true,
    })?;
    wait_bot(&net, |entry| {
        entry["body"].is_null()
            && payload_has(entry, "{http://jabber.org/protocol/chatstates}composing")
    })?;
    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;

    // The choice is kept in the profile.
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let shared = until(&mut events, |e| match e {
        Event::ActivitySharing {
            chat_states,
            receipts,
        } => Some((chat_states, receipts)),
        _ => None,
    })
    .await?;
    assert_eq!(shared, (true, true), "kept after a restart");
    core.send(Command::Shutdown)?;
    Ok(())
}
