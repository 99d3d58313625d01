//! The whole set-up of a Tails user through the core API only, then a restart from the same
//! profile. An XMPP account logs in through the SOCKS proxy to the real Prosody, chats with the
//! echo bot, verifies and uses a private conversation with the libotr bot, sets itself away
//! and joins and saves a room; an IRC account logs in with SASL on InspIRCd + Atheme and joins
//! and saves a channel; both remember their password by an edit. After the restart, the
//! accounts, the saved rooms, the remembered passwords and the contact's verified key are all
//! there, and the saved rooms are joined again by themselves. Every message carries a
//! sentinel; none of them is anywhere on disk or in the logs afterwards.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::Context as _;
use otter_core::types::{AccountId, LocalId, MessageText, Password};
use otter_core::{
    AccountChanges, Availability, Command, ConnectionStatus, ConversationPrivacy, CoreHandle,
    Event, EventStream, PasswordChoice, RoomBookmark, UserPresence,
};
use otter_e2e::{
    add_irc_account, add_xmpp_account, connect_online, open_conversation, send_and_wait_sent,
    start_core, until, written_with,
};
use otter_testkit::Network;

const ROOM: &str = "otter@conference.otter.test";
const CHANNEL: &str = "#otter";

fn saved(room: &str) -> RoomBookmark {
    RoomBookmark {
        room: room.to_owned(),
        name: None,
        nick: None,
        password: None,
        autojoin: true,
    }
}

/// The account's settings as they were added (an edit dialog shows them filled in), with
/// the password remembered.
fn remember(port: u16, direct_tls: bool, password: &str) -> AccountChanges {
    AccountChanges {
        server_host: String::new(),
        server_port: port,
        direct_tls,
        nickserv_fallback: false,
        onion_plaintext: false,
        password: PasswordChoice::Remember(Password::new(password)),
    }
}

async fn room_joined(events: &mut EventStream, wanted: &str) -> anyhow::Result<()> {
    until(events, |e| match e {
        Event::RoomJoined { room, .. } if room == wanted => Some(Ok(())),
        Event::RoomError { room, error, .. } if room == wanted => {
            Some(Err(anyhow::anyhow!("{room}: {error:?}")))
        }
        _ => None,
    })
    .await?
}

async fn say_in_room(
    core: &CoreHandle,
    events: &mut EventStream,
    account: AccountId,
    room: &str,
    id: u64,
    text: &str,
) -> anyhow::Result<()> {
    core.send(Command::SendRoomMessage {
        account,
        room: room.to_owned(),
        local_id: LocalId(id),
        text: MessageText::new(text),
    })?;
    until(events, |e| match e {
        Event::MessageSent { local_id, .. } if local_id == LocalId(id) => Some(Ok(())),
        Event::MessageFailed { local_id, kind } if local_id == LocalId(id) => {
            Some(Err(anyhow::anyhow!("{kind:?}")))
        }
        _ => None,
    })
    .await?
}

async fn shut_down(core: &CoreHandle, events: &mut EventStream) -> anyhow::Result<()> {
    core.send(Command::Shutdown)?;
    until(events, |e| matches!(e, Event::Stopped).then_some(())).await
}

/// The XMPP bot's log lines (JSON).
fn xmpp_bot_log(net: &Network) -> anyhow::Result<Vec<serde_json::Value>> {
    Ok(std::fs::read_to_string(net.get("XMPP_BOT_LOG")?)?
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect())
}

/// alice and the echo bot in each other's contact list, as after adding it in any client.
fn befriend_the_echo_bot(net: &Network) -> anyhow::Result<()> {
    let status = std::process::Command::new("/usr/bin/python3")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../bots/roster_add.py"))
        .args(["--port", net.get("XMPP_STARTTLS_PORT")?])
        .args(["--server-name", "otter.test", "--ca", net.get("CA_CERT")?])
        .args(["--jid", "alice@otter.test"])
        .args(["--password", net.get("XMPP_PASSWORD_alice")?])
        .args(["--contact", net.get("XMPP_BOT_JID")?])
        .status()?;
    anyhow::ensure!(status.success(), "roster_add.py: {status}");
    Ok(())
}

#[tokio::test]
async fn a_whole_profile_is_set_up_through_the_core_and_is_all_there_after_a_restart()
-> anyhow::Result<()> {
    let logs = otter_testkit::log_canary::capture()?;
    let since = SystemTime::now();
    let net = Network::start(&["prosody", "irc", "socks", "xmppbot", "otrbot", "ircbot"])?;
    befriend_the_echo_bot(&net)?;
    let profile = net.dir().join("profile");
    let xmpp_password = net.get("XMPP_PASSWORD_alice")?.to_owned();
    let irc_password = net.get("IRC_PASSWORD_alice")?.to_owned();
    let echo_bot = net.get("XMPP_BOT_JID")?.to_owned();
    let otr_bot = net.get("OTR_BOT_JID")?.to_owned();
    let sentinels = [
        "sentinel-whole-plain-31f0",
        "sentinel-whole-private-8a2e",
        "sentinel-whole-room-c47d",
        "sentinel-whole-channel-19be",
        "sentinel-whole-status-5d03",
    ];
    let [plain, private, in_room, in_channel, status] = sentinels;

    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let xmpp = add_xmpp_account(&core, &mut events, &net, "alice").await?;
    let irc = add_irc_account(&core, &mut events, &net, "alice").await?;
    connect_online(&core, &mut events, xmpp, &xmpp_password).await?;

    // The echo bot is in the contact list, and online.
    let (peer, availability) = until(&mut events, |e| match e {
        Event::ContactPresence {
            account,
            peer,
            availability,
            ..
        } if account == xmpp => Some((peer, availability)),
        _ => None,
    })
    .await
    .context("the echo bot's presence")?;
    assert_eq!(
        (peer.as_str(), availability),
        (echo_bot.as_str(), Some(Availability::Available))
    );

    // A plain conversation, said to be plain.
    let echo = open_conversation(&core, &mut events, xmpp, &echo_bot).await?;
    send_and_wait_sent(&core, &mut events, echo, LocalId(1), plain).await?;
    until(&mut events, |e| match e {
        Event::MessageReceived { text, .. } if text.reveal().contains(plain) => Some(()),
        _ => None,
    })
    .await?;

    // A private conversation with real libotr, its key verified by comparing fingerprints.
    let carol = open_conversation(&core, &mut events, xmpp, &otr_bot).await?;
    core.send(Command::StartPrivate {
        conversation: carol,
    })?;
    let key = until(&mut events, |e| match e {
        Event::Keys {
            conversation,
            contact,
            ..
        } if conversation == carol => Some(contact),
        _ => None,
    })
    .await?;
    core.send(Command::ConfirmFingerprint {
        conversation: carol,
        fingerprint: key,
    })?;
    until(&mut events, |e| {
        matches!(
            e,
            Event::PrivacyChanged {
                privacy: ConversationPrivacy::PrivateVerified,
                ..
            }
        )
        .then_some(())
    })
    .await?;
    send_and_wait_sent(&core, &mut events, carol, LocalId(2), private).await?;
    until(&mut events, |e| match e {
        Event::MessageReceived { text, .. } if text.reveal().contains(private) => Some(()),
        _ => None,
    })
    .await?;

    // A room, joined and saved; then away, which the room sees.
    core.send(Command::JoinRoom {
        account: xmpp,
        room: ROOM.into(),
        nick: "alice".into(),
        password: None,
        history: Some(0),
    })?;
    room_joined(&mut events, ROOM).await?;
    say_in_room(&core, &mut events, xmpp, ROOM, 3, in_room).await?;
    core.send(Command::AddBookmark {
        account: xmpp,
        bookmark: saved(ROOM),
    })?;
    until(&mut events, |e| match e {
        Event::Bookmarks { bookmarks, .. } if bookmarks.iter().any(|b| b.room == ROOM) => Some(()),
        _ => None,
    })
    .await?;
    core.send(Command::SetPresence(UserPresence {
        availability: Availability::Away,
        status: Some(MessageText::new(status)),
    }))?;
    until(&mut events, |e| {
        matches!(
            e,
            Event::OwnPresence(UserPresence {
                availability: Availability::Away,
                ..
            })
        )
        .then_some(())
    })
    .await?;

    // IRC: SASL with Atheme, a channel joined, spoken in and saved.
    connect_online(&core, &mut events, irc, &irc_password).await?;
    core.send(Command::JoinRoom {
        account: irc,
        room: CHANNEL.into(),
        nick: String::new(),
        password: None,
        history: None,
    })?;
    room_joined(&mut events, CHANNEL).await?;
    say_in_room(&core, &mut events, irc, CHANNEL, 4, in_channel).await?;
    core.send(Command::AddBookmark {
        account: irc,
        bookmark: saved(CHANNEL),
    })?;
    until(&mut events, |e| match e {
        Event::Bookmarks {
            account, bookmarks, ..
        } if account == irc => Some(bookmarks),
        _ => None,
    })
    .await?;

    // Both accounts remember their password from now on.
    let edits = [
        (xmpp, net.port("XMPP_STARTTLS_PORT")?, false, &xmpp_password),
        (irc, net.port("IRC_TLS_PORT")?, true, &irc_password),
    ];
    for (account, port, direct_tls, password) in edits {
        core.send(Command::EditAccount {
            account,
            changes: remember(port, direct_tls, password),
        })?;
        let remembered = until(&mut events, |e| match e {
            Event::AccountDetails {
                account: a,
                password_remembered,
                ..
            } if a == account => Some(password_remembered),
            _ => None,
        })
        .await?;
        assert!(remembered);
    }
    shut_down(&core, &mut events).await?;

    // The room saw alice go away, with her status.
    let log = xmpp_bot_log(&net)?;
    assert!(
        log.iter().any(|entry| entry["type"] == "presence"
            && entry["from"] == format!("{ROOM}/alice")
            && entry["show"] == "away"
            && entry["status"] == status),
        "the room never saw alice away"
    );

    // Restart from the same profile: accounts, saved rooms and remembered passwords first.
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let mut accounts = Vec::new();
    let mut remembered = Vec::new();
    let mut rooms = Vec::new();
    while rooms.len() < 2 {
        match until(&mut events, Some).await? {
            Event::AccountAdded { account, .. } => accounts.push(account),
            Event::AccountDetails {
                account,
                password_remembered: true,
                ..
            } => remembered.push(account),
            Event::Bookmarks { bookmarks, .. } => {
                rooms.extend(bookmarks.into_iter().map(|b| (b.room, b.autojoin)));
            }
            _ => {}
        }
    }
    assert_eq!(accounts, [xmpp, irc]);
    assert_eq!(remembered, [xmpp, irc]);
    rooms.sort();
    assert_eq!(rooms, [(CHANNEL.into(), true), (ROOM.into(), true)]);

    // No password typed: the remembered ones. The saved rooms are joined by themselves.
    for account in [xmpp, irc] {
        core.send(Command::Connect {
            account,
            password: None,
        })?;
    }
    let mut online = Vec::new();
    let mut joined = Vec::new();
    while online.len() < 2 || joined.len() < 2 {
        match until(&mut events, Some).await? {
            Event::AccountStatus {
                account,
                status: ConnectionStatus::Online,
            } => online.push(account),
            Event::AccountStatus {
                status: ConnectionStatus::Failed { explanation, .. },
                ..
            } => anyhow::bail!("{explanation}"),
            Event::RoomJoined { room, .. } => joined.push(room),
            _ => {}
        }
    }
    online.sort();
    assert_eq!(online, [xmpp, irc]);
    joined.sort();
    assert_eq!(joined, [CHANNEL, ROOM]);

    // The contact's key is still the verified one.
    let carol = open_conversation(&core, &mut events, xmpp, &otr_bot).await?;
    core.send(Command::StartPrivate {
        conversation: carol,
    })?;
    let privacy = until(&mut events, |e| match e {
        Event::PrivacyChanged { privacy, .. } => Some(privacy),
        _ => None,
    })
    .await?;
    assert_eq!(privacy, ConversationPrivacy::PrivateVerified);
    shut_down(&core, &mut events).await?;

    // Nothing of any conversation (or of the status) on disk or in the logs; the remote
    // parties' own folders are theirs, not Otter's.
    let servers: Vec<PathBuf> = std::fs::read_dir(net.dir())?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path != &profile)
        .collect();
    let skip: Vec<&Path> = servers.iter().map(PathBuf::as_path).collect();
    let home = std::env::var_os("HOME").map_or_else(|| "/root".into(), PathBuf::from);
    for sentinel in sentinels {
        for root in [profile.as_path(), home.as_path(), Path::new("/tmp")] {
            let hits = written_with(root, since, sentinel, &skip);
            assert!(hits.is_empty(), "{sentinel} written to {hits:?}");
        }
    }
    assert_eq!(logs.leaked(&sentinels), Vec::<&str>::new());
    Ok(())
}
