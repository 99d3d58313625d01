//! A broken XMPP connection is made again by itself, through the proxy, with the user's
//! rooms and presence as they were; a message sent after that arrives. The break is real: the
//! TCP connection between Otter and the proxy is destroyed in the kernel (`ss -K`); only Otter
//! uses the proxy, the bot connects to Prosody directly.

use otter_core::types::LocalId;
use otter_core::types::MessageText;
use otter_core::{Availability, Command, ConnectionStatus, Event, UserPresence};
use otter_e2e::{
    add_xmpp_account, connect_online, open_conversation, send_and_wait_sent, start_core, until,
};
use otter_testkit::Network;

const ROOM: &str = "otter@conference.otter.test";

/// Destroys every TCP connection to `port` (the proxy's: Otter's connections only).
fn break_connections_to(port: u16) -> anyhow::Result<()> {
    let status = std::process::Command::new("ss")
        .args(["-K", "-t", "dport", "=", &format!(":{port}")])
        .stdout(std::process::Stdio::null())
        .status()?;
    anyhow::ensure!(status.success(), "ss -K: {status}");
    Ok(())
}

#[tokio::test]
async fn a_broken_connection_comes_back_with_its_room_and_presence() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let proxy_port = net.port("SOCKS_PORT")?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let alice = add_xmpp_account(&core, &mut events, &net, "alice").await?;
    connect_online(&core, &mut events, alice, net.get("XMPP_PASSWORD_alice")?).await?;
    core.send(Command::SetPresence(UserPresence {
        availability: Availability::Busy,
        status: Some(MessageText::new("status-after-reconnect")),
    }))?;
    core.send(Command::JoinRoom {
        account: alice,
        room: ROOM.into(),
        nick: "alice".into(),
        password: None,
        history: Some(0),
    })?;
    until(&mut events, |e| match e {
        Event::RoomJoined { room, .. } if room == ROOM => Some(()),
        _ => None,
    })
    .await?;

    break_connections_to(proxy_port)?;
    // Said plainly: connecting again, the room left for now; then back, and in the room again.
    until(&mut events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Connecting,
            ..
        } => Some(()),
        _ => None,
    })
    .await?;
    let mut back_online = false;
    let mut rejoined = false;
    while !(back_online && rejoined) {
        match until(&mut events, Some).await? {
            Event::AccountStatus {
                status: ConnectionStatus::Online,
                ..
            } => back_online = true,
            Event::AccountStatus {
                status: ConnectionStatus::Failed { explanation, .. },
                ..
            } => anyhow::bail!("gave up: {explanation}"),
            Event::RoomJoined { room, .. } if room == ROOM => rejoined = true,
            _ => {}
        }
    }

    // The room sees alice busy again, as she was.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        let log = std::fs::read_to_string(net.get("XMPP_BOT_LOG")?)?;
        let busy = log
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter(|entry| {
                entry["type"] == "presence"
                    && entry["from"] == format!("{ROOM}/alice")
                    && entry["show"] == "dnd"
            })
            .count();
        if busy >= 2 {
            break;
        }
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "the room saw alice busy {busy} times, not before and after the break:\n{}",
            log.lines()
                .filter(|line| line.contains("alice"))
                .collect::<Vec<_>>()
                .join("\n")
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    let echo = open_conversation(&core, &mut events, alice, net.get("XMPP_BOT_JID")?).await?;
    send_and_wait_sent(&core, &mut events, echo, LocalId(1), "after the break").await?;
    until(&mut events, |e| match e {
        Event::MessageReceived { text, .. } if text.reveal().contains("after the break") => {
            Some(())
        }
        _ => None,
    })
    .await?;

    // The user's own disconnect is final: no reconnecting behind their back.
    core.send(Command::Disconnect { account: alice })?;
    until(&mut events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Offline,
            ..
        } => Some(()),
        _ => None,
    })
    .await?;
    core.send(Command::Shutdown)?;
    Ok(())
}
