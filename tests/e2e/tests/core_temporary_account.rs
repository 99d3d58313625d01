//! Temporary accounts (SASL ANONYMOUS) against the real Prosody's `anon.otter.test`, through
//! the test SOCKS proxy: the mechanism on the wire, a made-up address that is new at each
//! login and names neither the user nor the machine, a room and a chat with the bot under it;
//! and the clear refusal of `otter.test`, which offers no temporary accounts. Its OTR key does
//! not outlive the connection either.

use anyhow::Context;
use otter_core::types::{LocalId, MessageText, Password};
use otter_core::{
    AccountChanges, AccountSettings, Command, ConnectionStatus, Event, KeyGenerationState,
    PasswordChoice, Protocol,
};
use otter_e2e::xmpp::{DriveError, Driver};
use otter_e2e::{add_account, open_conversation, start_core, until};
use otter_testkit::Network;
use otter_types::ErrorKind;
use otter_xmpp::{Jid, SaslMechanism, TlsMode, XmppError, XmppEvent};

const ANON: &str = "anon.otter.test";
const ROOM: &str = "otter@conference.otter.test";

/// What the assigned address must never contain: who runs the test, and on which machine.
fn user_and_host() -> Vec<String> {
    let mut names: Vec<String> = ["USER", "LOGNAME"]
        .iter()
        .filter_map(|key| std::env::var(key).ok())
        .collect();
    if let Ok(host) = std::fs::read_to_string("/etc/hostname") {
        names.push(host.trim().to_owned());
    }
    names
        .into_iter()
        .filter(|name| !name.is_empty())
        .map(|name| name.to_lowercase())
        .collect()
}

fn assert_made_up(address: &Jid) {
    assert_eq!(address.domain(), ANON, "{address}");
    let local = address.local().unwrap_or_default().to_lowercase();
    // Prosody's are UUIDs: long enough that nobody guesses another user's.
    assert!(local.len() >= 16, "{address}");
    for name in user_and_host() {
        assert!(!local.contains(&name), "{address} names {name}");
    }
}

#[tokio::test]
async fn a_temporary_login_uses_anonymous_and_gets_a_new_made_up_address_each_time()
-> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let mut first =
        Driver::connect_temporary(&net, ANON, "XMPP_STARTTLS_PORT", TlsMode::StartTls).await?;
    let (bound, mechanism) = first.online().await?;
    assert_eq!(mechanism, SaslMechanism::Anonymous);
    assert!(
        first.sent.contains("mechanism='ANONYMOUS'>=</auth>"),
        "no trace token: {}",
        first.sent
    );
    assert_made_up(&bound);

    // A one-to-one chat with the bot on otter.test, and its answer back to the made-up address.
    first.client.send_chat(
        &Jid::parse("xmppbot@otter.test")?,
        &otter_testkit::released_plaintext("hello from nowhere")?,
        LocalId(1),
    )?;
    let (from, to_us, text) = first
        .until(|event| match event {
            XmppEvent::ChatReceived { from, text, .. } => Some((from, true, text)),
            XmppEvent::MessageError { condition, .. } => Some((
                Jid::parse("error.invalid").ok()?,
                false,
                MessageText::new(condition),
            )),
            _ => None,
        })
        .await?;
    assert!(to_us, "{}", text.reveal());
    assert_eq!(from.bare().to_string(), "xmppbot@otter.test");
    assert_eq!(text.reveal(), "echo: hello from nowhere");

    // Direct TLS too, while the first is still online: another account altogether.
    let mut second =
        Driver::connect_temporary(&net, ANON, "XMPP_DIRECT_TLS_PORT", TlsMode::DirectTls).await?;
    let (other, mechanism) = second.online().await?;
    assert_eq!(mechanism, SaslMechanism::Anonymous);
    assert_made_up(&other);
    assert_ne!(other.bare(), bound.bare());

    for driver in [&mut first, &mut second] {
        driver.client.close();
        driver.drain().await?;
    }
    Ok(())
}

#[tokio::test]
async fn a_server_without_temporary_accounts_is_a_clear_refusal() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks"])?;
    let mut driver =
        Driver::connect_temporary(&net, "otter.test", "XMPP_STARTTLS_PORT", TlsMode::StartTls)
            .await?;
    match driver.online().await {
        Err(DriveError::Xmpp(error)) => {
            assert_eq!(error, XmppError::AnonymousNotOffered);
            assert_eq!(error.kind(), ErrorKind::AuthenticationFailed);
        }
        other => panic!("{other:?}"),
    }
    assert!(!driver.sent.contains("<auth"), "{}", driver.sent);
    Ok(())
}

/// Connects the temporary account and returns the address the server assigned, once online.
async fn connect_temporary(
    core: &otter_core::CoreHandle,
    events: &mut otter_core::EventStream,
    account: otter_core::types::AccountId,
) -> anyhow::Result<Jid> {
    core.send(Command::Connect {
        account,
        password: None,
    })?;
    let mut assigned = None;
    until(events, |e| match e {
        Event::AccountAddressAssigned { address, .. } => {
            assigned = Some(address);
            None
        }
        Event::AccountStatus {
            status: ConnectionStatus::Online,
            ..
        } => Some(Ok(())),
        Event::AccountStatus {
            status: ConnectionStatus::Failed { explanation, .. },
            ..
        } => Some(Err(anyhow::anyhow!("login failed: {explanation}"))),
        _ => None,
    })
    .await??;
    let assigned = assigned.context("online without an assigned address")?;
    Ok(Jid::parse(&assigned)?)
}

/// Asks the bot for a private conversation, which makes the account's OTR key; returns the
/// key file's contents once it is made.
async fn make_key(
    core: &otter_core::CoreHandle,
    events: &mut otter_core::EventStream,
    account: otter_core::types::AccountId,
    key_file: &std::path::Path,
) -> anyhow::Result<String> {
    let conversation = open_conversation(core, events, account, "xmppbot@otter.test").await?;
    core.send(Command::StartPrivate { conversation })?;
    until(events, |e| match e {
        Event::KeyGeneration {
            state: KeyGenerationState::Finished,
            ..
        } => Some(Ok(())),
        Event::KeyGeneration {
            state: KeyGenerationState::Failed { explanation },
            ..
        } => Some(Err(anyhow::anyhow!("no key: {explanation}"))),
        _ => None,
    })
    .await??;
    Ok(std::fs::read_to_string(key_file)?)
}

#[tokio::test]
async fn through_the_core_a_temporary_account_talks_in_a_room_and_is_new_at_each_connection()
-> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let account = add_account(
        &core,
        &mut events,
        AccountSettings {
            protocol: Protocol::Xmpp,
            address: ANON.to_owned(),
            server_host: String::new(),
            server_port: net.port("XMPP_STARTTLS_PORT")?,
            direct_tls: false,
            // Given by mistake: a temporary account has none, so none is kept.
            remembered_password: Some(Password::new("never stored")),
            nickserv_fallback: false,
            onion_plaintext: false,
        },
    )
    .await?;
    let remembered = until(&mut events, |e| match e {
        Event::AccountDetails {
            password_remembered,
            ..
        } => Some(password_remembered),
        _ => None,
    })
    .await?;
    assert!(!remembered, "the profile keeps no password for it");
    // Nor when the account's settings are edited.
    core.send(Command::EditAccount {
        account,
        changes: AccountChanges {
            server_host: String::new(),
            server_port: net.port("XMPP_STARTTLS_PORT")?,
            direct_tls: false,
            password: PasswordChoice::Remember(Password::new("never stored either")),
            nickserv_fallback: false,
            onion_plaintext: false,
        },
    })?;
    let remembered = until(&mut events, |e| match e {
        Event::AccountDetails {
            password_remembered,
            ..
        } => Some(password_remembered),
        _ => None,
    })
    .await?;
    assert!(!remembered, "an edit stores no password for it either");

    let first = connect_temporary(&core, &mut events, account).await?;
    assert_made_up(&first);

    core.send(Command::JoinRoom {
        account,
        room: ROOM.to_owned(),
        nick: "visitor".to_owned(),
        password: None,
        history: Some(0),
    })?;
    until(&mut events, |e| match e {
        Event::RoomJoined { room, .. } if room == ROOM => Some(Ok(())),
        Event::RoomError { error, .. } => Some(Err(anyhow::anyhow!("{error:?}"))),
        _ => None,
    })
    .await??;
    core.send(Command::SendRoomMessage {
        account,
        room: ROOM.to_owned(),
        local_id: LocalId(1),
        text: MessageText::new("xmppbot: hello from a temporary account".to_owned()),
    })?;
    let echo = until(&mut events, |e| match e {
        Event::RoomMessage {
            nick: Some(nick),
            text,
            own: false,
            ..
        } if nick == "xmppbot" => Some(text),
        _ => None,
    })
    .await?;
    assert_eq!(echo.reveal(), "echo: hello from a temporary account");

    // A private conversation makes the account's OTR key, on disk while connected.
    let key_file = net
        .dir()
        .join("profile")
        .join("otr")
        .join(account.0.to_string())
        .join("otr.private_key");
    let first_key = make_key(&core, &mut events, account, &key_file).await?;

    core.send(Command::Disconnect { account })?;
    until(&mut events, |e| match e {
        Event::AccountStatus {
            account: a,
            status: ConnectionStatus::Offline,
        } if a == account => Some(()),
        _ => None,
    })
    .await?;
    let second = connect_temporary(&core, &mut events, account).await?;
    assert_made_up(&second);
    assert_ne!(first, second, "each connection is a new identity");
    // The last connection's key would link the two: it is gone, and another one is made.
    assert!(
        !key_file.exists(),
        "the last connection's key is still there"
    );
    let second_key = make_key(&core, &mut events, account, &key_file).await?;
    assert_ne!(first_key, second_key);
    Ok(())
}
