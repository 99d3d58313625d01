//! otter-xmpp's state machine against the real Prosody, through the real Tor connector and the
//! test SOCKS proxy: STARTTLS and direct-TLS logins, a chat with the echo bot, a wrong
//! password, and a room's self-ping (XEP-0410) with the client's clock moved forward. The driver
//! (`otter_e2e::xmpp`) is a test stand-in for otter-core's.

use std::time::{Duration, Instant};

use otter_e2e::xmpp::{DriveError, Driver};
use otter_testkit::Network;
use otter_types::{LocalId, MessageText};
use otter_xmpp::{
    History, Jid, LeftReason, SELF_PING_IDLE, SaslMechanism, TlsMode, XmppError, XmppEvent,
};

#[tokio::test]
async fn alice_logs_in_with_starttls_and_the_bot_echoes_her_message() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let password = net.get("XMPP_PASSWORD_alice")?.to_owned();
    let mut driver =
        Driver::connect(&net, "XMPP_STARTTLS_PORT", &password, TlsMode::StartTls).await?;
    let (bound, mechanism) = driver.online().await?;
    assert_eq!(bound.bare().to_string(), "alice@otter.test");
    assert!(mechanism >= SaslMechanism::ScramSha1, "{mechanism:?}");

    driver.client.send_chat(
        &Jid::parse("xmppbot@otter.test")?,
        &otter_testkit::released_plaintext("hello bot")?,
        LocalId(1),
    )?;
    let (from, text) = driver
        .until(|event| match event {
            XmppEvent::ChatReceived { from, text, .. } => Some((from, text)),
            XmppEvent::MessageError { condition, .. } => Some((
                Jid::parse("error.invalid").ok()?,
                MessageText::new(condition),
            )),
            _ => None,
        })
        .await?;
    assert_eq!(from.bare().to_string(), "xmppbot@otter.test");
    assert_eq!(text.reveal(), "echo: hello bot");

    driver.client.close();
    driver.drain().await?;
    Ok(())
}

/// A server whose accounts are stored for SCRAM-SHA-256 gets SCRAM-SHA-256 (bound to the TLS
/// channel when the server offers the -PLUS variant), never a weaker mechanism.
#[tokio::test]
async fn alice_logs_in_with_scram_sha_256_where_the_server_offers_it() -> anyhow::Result<()> {
    let net = Network::start_with_env(&["prosody", "socks"], &[("PROSODY_SCRAM", "sha256")])?;
    let password = net.get("XMPP_PASSWORD_alice")?.to_owned();
    let mut driver =
        Driver::connect(&net, "XMPP_STARTTLS_PORT", &password, TlsMode::StartTls).await?;
    let (bound, mechanism) = driver.online().await?;
    assert_eq!(bound.bare().to_string(), "alice@otter.test");
    assert!(
        matches!(
            mechanism,
            SaslMechanism::ScramSha256 | SaslMechanism::ScramSha256Plus
        ),
        "{mechanism:?}"
    );
    driver.client.close();
    driver.drain().await?;
    Ok(())
}

#[tokio::test]
async fn a_wrong_password_is_authentication_failed() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks"])?;
    let mut driver = Driver::connect(
        &net,
        "XMPP_STARTTLS_PORT",
        "not-the-password",
        TlsMode::StartTls,
    )
    .await?;
    match driver.online().await {
        Err(DriveError::Xmpp(XmppError::AuthenticationFailed { condition })) => {
            assert_eq!(condition, "not-authorized");
        }
        other => anyhow::bail!("expected AuthenticationFailed, got {other:?}"),
    }
    Ok(())
}

#[tokio::test]
async fn alice_logs_in_with_direct_tls() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks"])?;
    let password = net.get("XMPP_PASSWORD_alice")?.to_owned();
    let mut driver =
        Driver::connect(&net, "XMPP_DIRECT_TLS_PORT", &password, TlsMode::DirectTls).await?;
    let (bound, _) = driver.online().await?;
    assert_eq!(bound.bare().to_string(), "alice@otter.test");
    let roster = driver
        .until(|event| match event {
            XmppEvent::RosterReceived(items) => Some(items),
            _ => None,
        })
        .await?;
    // The roster arrives (its content is whatever the harness set up).
    let _ = roster;
    Ok(())
}

/// The id of the last self-ping the client sent to `occupant`.
fn self_ping_id(sent: &str, occupant: &str) -> Option<String> {
    let at = sent.rfind(&format!("to='{occupant}' id='"))?;
    let rest = sent.get(at..)?.split_once("id='")?.1;
    Some(rest.split_once('\'')?.0.to_owned())
}

/// Makes Prosody forget an occupant without telling anyone, as a server restart or a lost
/// link between servers does (a "ghost" disconnection), through its admin shell.
fn ghost(net: &Network, room: &str, nick: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let lua = format!(
        "> local r = prosody.hosts[\"conference.otter.test\"].modules.muc.get_room_from_jid(\"{room}\"); \
         local o = r:get_occupant_by_nick(\"{room}/{nick}\"); \
         for jid in o:each_session() do r._jid_nick[jid] = nil end; \
         r._occupants[\"{room}/{nick}\"] = nil; return \"ghosted\"\n"
    );
    let mut shell = std::process::Command::new("prosodyctl")
        .arg("--config")
        .arg(net.dir().join("prosody/prosody.cfg.lua"))
        .arg("shell")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()?;
    shell
        .stdin
        .take()
        .ok_or_else(|| anyhow::anyhow!("no stdin"))?
        .write_all(lua.as_bytes())?;
    let output = shell.wait_with_output()?;
    anyhow::ensure!(output.status.success(), "prosodyctl shell failed");
    Ok(())
}

/// XEP-0410 against Prosody, with the client's clock moved forward (it takes time as input):
/// a silent room is pinged at our own occupant address and answers that we are in; once
/// Prosody has forgotten us without a word, the ping says so and the client joins again.
#[tokio::test]
async fn a_silent_room_is_self_pinged_and_a_ghost_disconnection_is_repaired() -> anyhow::Result<()>
{
    const ROOM: &str = "otter@conference.otter.test";
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let password = net.get("XMPP_PASSWORD_alice")?.to_owned();
    let mut driver =
        Driver::connect(&net, "XMPP_STARTTLS_PORT", &password, TlsMode::StartTls).await?;
    driver.online().await?;
    let room = Jid::parse(ROOM)?;
    driver
        .client
        .join_room(&room, "alice", None, History::MaxStanzas(0))?;
    driver
        .until(|e| matches!(e, XmppEvent::RoomJoined { .. }).then_some(()))
        .await?;
    let occupant = format!("{ROOM}/alice");

    // Five minutes of silence, as far as the client knows.
    driver
        .client
        .handle_timeout(Instant::now() + SELF_PING_IDLE)?;
    driver.drain().await?;
    let id = self_ping_id(&driver.sent, &occupant)
        .ok_or_else(|| anyhow::anyhow!("no self-ping sent: {}", driver.sent))?;
    // Prosody answers it itself (its self-ping optimisation): a result, so nothing happens.
    let answer = format!("id='{id}'");
    let mut events = Vec::new();
    for _ in 0..50 {
        if driver.received.contains(&answer) {
            break;
        }
        // The answer is no event: read for a moment, keeping whatever events come.
        let _ = driver
            .until_within(Duration::from_millis(200), |e| {
                events.push(format!("{e:?}"));
                None::<()>
            })
            .await;
    }
    let at = driver
        .received
        .find(&answer)
        .ok_or_else(|| anyhow::anyhow!("no answer: {}", driver.received))?;
    let reply = driver
        .received
        .get(
            driver
                .received
                .get(..at)
                .and_then(|r| r.rfind("<iq"))
                .unwrap_or(at)..,
        )
        .unwrap_or_default()
        .to_owned();
    assert!(
        reply.starts_with("<iq")
            && (reply.contains("type='result'") || reply.contains("type=\"result\"")),
        "{reply}"
    );
    assert!(
        !events.iter().any(|e| e.starts_with("RoomLeft")),
        "still in the room: {events:?}"
    );

    // Prosody forgets us; the next self-ping finds out and the client joins again.
    ghost(&net, ROOM, "alice")?;
    driver
        .client
        .handle_timeout(Instant::now() + SELF_PING_IDLE * 2)?;
    let reason = driver
        .until(|e| match e {
            XmppEvent::RoomLeft { reason, .. } => Some(reason),
            _ => None,
        })
        .await?;
    assert_eq!(reason, LeftReason::Dropped);
    let nick = driver
        .until(|e| match e {
            XmppEvent::RoomJoined { nick, .. } => Some(nick),
            _ => None,
        })
        .await?;
    assert_eq!(nick, "alice");
    driver.client.close();
    driver.drain().await?;
    Ok(())
}
