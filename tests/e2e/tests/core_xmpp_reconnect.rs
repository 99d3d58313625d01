//! A broken XMPP connection is made again by itself, through the proxy, and its stream resumed
//! (XEP-0198): the user's rooms and presence as they were, a message in flight delivered
//! exactly once, a message sent after that delivered too. The break is real: the
//! TCP connection between Otter and the proxy is destroyed in the kernel (`ss -K`); only Otter
//! uses the proxy, the bot connects to Prosody directly. Both scenarios run against ejabberd's
//! stream management too.

use otter_core::types::LocalId;
use otter_core::types::MessageText;
use otter_core::{Availability, Command, ConnectionStatus, Event, UserPresence};
use otter_e2e::{
    XmppServer, add_xmpp_account_at, connect_online, open_conversation, send_and_wait_sent,
    start_core, until,
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
    comes_back_with_room_and_presence(XmppServer::Prosody).await
}

#[tokio::test]
async fn on_ejabberd_a_broken_connection_comes_back_with_its_room_and_presence()
-> anyhow::Result<()> {
    comes_back_with_room_and_presence(XmppServer::Ejabberd).await
}

async fn comes_back_with_room_and_presence(server: XmppServer) -> anyhow::Result<()> {
    let net = server.start(&["xmppbot"])?;
    let proxy_port = net.port("SOCKS_PORT")?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let alice = add_xmpp_account_at(
        &core,
        &mut events,
        &net,
        "alice",
        server.starttls_port_key(),
    )
    .await?;
    connect_online(&core, &mut events, alice, server.password(&net, "alice")?).await?;
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

    // The stream was resumed: for the room alice never left, and is still busy.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let log = std::fs::read_to_string(net.get("XMPP_BOT_LOG")?)?;
    let alice_in_room: Vec<serde_json::Value> = log
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|entry| entry["type"] == "presence" && entry["from"] == format!("{ROOM}/alice"))
        .collect();
    assert!(
        alice_in_room
            .iter()
            .all(|entry| entry["presence_type"] != "unavailable"),
        "{alice_in_room:?}"
    );
    assert_eq!(
        alice_in_room.last().map(|entry| entry["show"].clone()),
        Some(serde_json::Value::from("dnd"))
    );

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

/// Sends `signal` to the server (ejabberd: its whole Erlang VM) and waits until it is stopped
/// (`STOP`) or running (`CONT`): signals arrive asynchronously.
fn signal_server(net: &Network, server: XmppServer, signal: &str) -> anyhow::Result<()> {
    let pid = std::fs::read_to_string(net.dir().join(format!("pids/{}.pid", server.service())))?;
    let pid = pid.trim();
    let status = std::process::Command::new("kill")
        .args([&format!("-{signal}"), pid])
        .status()?;
    anyhow::ensure!(status.success(), "kill -{signal}: {status}");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let state = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
        let stopped = state
            .lines()
            .any(|line| line.starts_with("State:") && line.contains("T (stopped)"));
        if stopped == (signal == "STOP") {
            return Ok(());
        }
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "{server:?} did not {signal}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Resets the proxy's own connections to the server (not the bot's, which connects directly):
/// a reset makes the server drop what it had received on them and not read yet.
fn reset_proxy_connections_to(net: &Network, port: u16) -> anyhow::Result<()> {
    let proxy = std::fs::read_to_string(net.dir().join("pids/socks.pid"))?;
    let listing = std::process::Command::new("ss")
        .args(["-t", "-n", "-p", "-H", "dport", "=", &format!(":{port}")])
        .output()?;
    let listing = String::from_utf8_lossy(&listing.stdout).into_owned();
    let local_ports: Vec<&str> = listing
        .lines()
        .filter(|line| line.contains(&format!("pid={},", proxy.trim())))
        .filter_map(|line| line.split_whitespace().nth(3)?.rsplit(':').next())
        .collect();
    anyhow::ensure!(
        !local_ports.is_empty(),
        "no proxy connection in:\n{listing}"
    );
    for local in local_ports {
        let status = std::process::Command::new("ss")
            .args(["-K", "-t", "sport", "=", &format!(":{local}")])
            .stdout(std::process::Stdio::null())
            .status()?;
        anyhow::ensure!(status.success(), "ss -K: {status}");
    }
    Ok(())
}

/// With stream management (Prosody's mod_smacks, ejabberd's mod_stream_mgmt), the server
/// acknowledges each message, and a connection that breaks with a message in flight is resumed:
/// the message arrives exactly once, whether the server had it before the break or not.
#[tokio::test]
async fn a_message_in_flight_when_the_connection_breaks_arrives_exactly_once() -> anyhow::Result<()>
{
    in_flight_arrives_once(XmppServer::Prosody).await
}

#[tokio::test]
async fn on_ejabberd_a_message_in_flight_when_the_connection_breaks_arrives_exactly_once()
-> anyhow::Result<()> {
    in_flight_arrives_once(XmppServer::Ejabberd).await
}

async fn in_flight_arrives_once(server: XmppServer) -> anyhow::Result<()> {
    let net = server.start(&["xmppbot"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let alice = add_xmpp_account_at(
        &core,
        &mut events,
        &net,
        "alice",
        server.starttls_port_key(),
    )
    .await?;
    connect_online(&core, &mut events, alice, server.password(&net, "alice")?).await?;
    let echo = open_conversation(&core, &mut events, alice, net.get("XMPP_BOT_JID")?).await?;

    // Acknowledged by the server, not only written to the socket.
    send_and_wait_sent(&core, &mut events, echo, LocalId(1), "first").await?;
    until(&mut events, |e| {
        matches!(
            e,
            Event::MessageAcknowledged {
                local_id: LocalId(1)
            }
        )
        .then_some(())
    })
    .await?;

    // The server paused: the message leaves Otter and the proxy and waits unread in the server's
    // socket, unacknowledged, while both halves of the connection are destroyed under it.
    signal_server(&net, server, "STOP")?;
    let sent = send_and_wait_sent(&core, &mut events, echo, LocalId(2), "in flight").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let broken = reset_proxy_connections_to(&net, net.port(server.starttls_port_key())?)
        .and_then(|()| break_connections_to(net.port("SOCKS_PORT")?));
    signal_server(&net, server, "CONT")?;
    sent?;
    broken?;
    let mut acknowledged = false;
    let mut echoes = 0;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !acknowledged || echoes == 0 {
        anyhow::ensure!(std::time::Instant::now() < deadline, "never acknowledged");
        match until(&mut events, Some).await? {
            Event::MessageAcknowledged {
                local_id: LocalId(2),
            } => acknowledged = true,
            Event::MessageReceived { text, .. } if text.reveal().starts_with("echo: in flight") => {
                echoes += 1;
            }
            Event::MessageFailed {
                local_id: LocalId(2),
                kind,
            } => anyhow::bail!("failed: {kind:?}"),
            _ => {}
        }
    }
    // The echo came back on the resumed stream, and the bot got the message once.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let log = std::fs::read_to_string(net.get("XMPP_BOT_LOG")?)?;
    let copies = log
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|entry| {
            entry["type"] == "chat"
                && entry["body"]
                    .as_str()
                    .is_some_and(|body| body.starts_with("in flight"))
        })
        .count();
    assert_eq!(copies, 1, "{log}");
    core.send(Command::Shutdown)?;
    Ok(())
}
