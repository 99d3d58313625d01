//! Rooms and bookmarks through the core API against the real Prosody MUC service
//! (conference.otter.test), with the slixmpp bot in the room otter@conference.otter.test; the
//! same scenarios against ejabberd's MUC service of the same name.

use otter_core::types::{LocalId, MessageText};
use otter_core::{
    Command, ConnectionStatus, Event, OccupantChange, RoomAffiliation, RoomBookmark, RoomErrorKind,
    RoomLeftReason, Security,
};
use otter_e2e::{
    XmppServer, add_xmpp_account_at, connect_online, open_conversation, send_and_wait_sent,
    start_core, until,
};

const ROOM: &str = "otter@conference.otter.test";

/// The log canary is process-wide, and both tests run in this one process.
fn logs() -> anyhow::Result<&'static otter_testkit::log_canary::CapturedLogs> {
    static LOGS: std::sync::OnceLock<Result<otter_testkit::log_canary::CapturedLogs, String>> =
        std::sync::OnceLock::new();
    LOGS.get_or_init(|| otter_testkit::log_canary::capture().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| anyhow::anyhow!("{e}"))
}

fn join(account: otter_core::types::AccountId, nick: &str, history: Option<u32>) -> Command {
    Command::JoinRoom {
        account,
        room: ROOM.to_owned(),
        nick: nick.to_owned(),
        password: None,
        history,
    }
}

#[tokio::test]
async fn alice_joins_sees_the_bot_talks_gets_the_subject_leaves_is_kicked_and_a_taken_nick_is_refused()
-> anyhow::Result<()> {
    joins_talks_leaves_is_kicked(XmppServer::Prosody).await
}

#[tokio::test]
async fn on_ejabberd_alice_joins_sees_the_bot_talks_gets_the_subject_leaves_is_kicked_and_a_taken_nick_is_refused()
-> anyhow::Result<()> {
    joins_talks_leaves_is_kicked(XmppServer::Ejabberd).await
}

async fn joins_talks_leaves_is_kicked(server: XmppServer) -> anyhow::Result<()> {
    let logs = logs()?;
    let sentinel = "sentinel-room-5c2a";
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
    connect_online(&core, &mut events, account, server.password(&net, "alice")?).await?;

    core.send(join(account, "alice", Some(0)))?;
    let nick = until(&mut events, |e| match e {
        Event::RoomJoined { room, nick, .. } if room == ROOM => Some(Ok(nick)),
        Event::RoomError { error, .. } => Some(Err(anyhow::anyhow!("{error:?}"))),
        _ => None,
    })
    .await??;
    assert_eq!(nick, "alice");
    let occupants = until(&mut events, |e| match e {
        Event::RoomOccupants { changes, .. } => Some(changes),
        _ => None,
    })
    .await?;
    let bot = occupants.iter().find_map(|change| match change {
        OccupantChange::Present(o) if o.nick == "xmppbot" => Some(o.clone()),
        _ => None,
    });
    assert_eq!(
        bot.map(|b| b.affiliation),
        Some(RoomAffiliation::Owner),
        "the bot created the room: {occupants:?}"
    );
    assert!(
        occupants
            .iter()
            .any(|c| matches!(c, OccupantChange::Present(o) if o.nick == "alice")),
        "{occupants:?}"
    );

    // A message to the room, reflected to us, and the bot's echo.
    core.send(Command::SendRoomMessage {
        account,
        room: ROOM.to_owned(),
        local_id: LocalId(1),
        text: MessageText::new(format!("xmppbot: hello {sentinel}")),
    })?;
    let security = until(&mut events, |e| match e {
        Event::MessageSent {
            local_id: LocalId(1),
            security,
        } => Some(Ok(security)),
        Event::MessageFailed {
            local_id: LocalId(1),
            kind,
        } => Some(Err(anyhow::anyhow!("{kind:?}"))),
        _ => None,
    })
    .await??;
    assert_eq!(security, Security::NotEncrypted, "a room is never private");
    let mut own_seen = false;
    let echo = until(&mut events, |e| match e {
        Event::RoomMessage {
            own: true, text, ..
        } => {
            own_seen = text.reveal() == format!("xmppbot: hello {sentinel}");
            None
        }
        Event::RoomMessage {
            nick: Some(nick),
            text,
            delayed,
            own: false,
            ..
        } if nick == "xmppbot" => Some((text, delayed)),
        _ => None,
    })
    .await?;
    assert!(own_seen, "the room reflected our message first");
    assert_eq!(echo.0.reveal(), format!("echo: hello {sentinel}"));
    assert!(!echo.1, "a live message is not history");
    let bot_log = std::fs::read_to_string(net.get("XMPP_BOT_LOG")?)?;
    assert!(
        bot_log.contains(&format!("\"type\":\"groupchat\",\"from\":\"{ROOM}/alice\""))
            && bot_log.contains(sentinel),
        "{bot_log}"
    );

    // The subject, set by the room's owner.
    core.send(Command::SendRoomMessage {
        account,
        room: ROOM.to_owned(),
        local_id: LocalId(2),
        text: MessageText::new("xmppbot: subject Otter test room"),
    })?;
    let (setter, subject) = until(&mut events, |e| match e {
        Event::RoomSubject { nick, subject, .. } => Some((nick, subject)),
        _ => None,
    })
    .await?;
    assert_eq!(subject.reveal(), "Otter test room");
    assert_eq!(setter.as_deref(), Some("xmppbot"));

    // A private message to the bot as an occupant: a one-to-one conversation with its room
    // address, through the OTR gate (plaintext allowed here: not required).
    let conversation =
        open_conversation(&core, &mut events, account, &format!("{ROOM}/xmppbot")).await?;
    let security = send_and_wait_sent(&core, &mut events, conversation, LocalId(3), "psst").await?;
    assert_eq!(security, Security::NotEncrypted);
    let reply = until(&mut events, |e| match e {
        Event::MessageReceived {
            conversation: c,
            text,
            ..
        } if c == conversation => Some(text),
        _ => None,
    })
    .await?;
    assert_eq!(reply.reveal(), "echo: psst");

    core.send(Command::LeaveRoom {
        account,
        room: ROOM.to_owned(),
    })?;
    let reason = until(&mut events, |e| match e {
        Event::RoomLeft { reason, .. } => Some(reason),
        _ => None,
    })
    .await?;
    assert_eq!(reason, RoomLeftReason::Left);

    // Back with history: what was said comes again, marked as history, then the subject.
    core.send(join(account, "alice", Some(20)))?;
    until(&mut events, |e| {
        matches!(e, Event::RoomJoined { .. }).then_some(())
    })
    .await?;
    let (history, at) = until(&mut events, |e| match e {
        Event::RoomMessage {
            text, delayed, at, ..
        } if text.reveal() == format!("echo: hello {sentinel}") => Some((delayed, at)),
        _ => None,
    })
    .await?;
    assert!(history, "replayed history is marked delayed");
    // With the time the room stamped it (XEP-0203): said moments ago, not now.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs();
    let at = at.and_then(|at| u64::try_from(at).ok());
    assert!(
        at.is_some_and(|at| at <= now && now - at < 600),
        "replayed at {at:?}, now {now}"
    );
    let subject = until(&mut events, |e| match e {
        Event::RoomSubject { subject, .. } => Some(subject),
        _ => None,
    })
    .await?;
    assert_eq!(subject.reveal(), "Otter test room");
    core.send(Command::LeaveRoom {
        account,
        room: ROOM.to_owned(),
    })?;
    until(&mut events, |e| {
        matches!(e, Event::RoomLeft { .. }).then_some(())
    })
    .await?;

    // Kicked by the room's owner.
    core.send(join(account, "alice", Some(0)))?;
    until(&mut events, |e| {
        matches!(e, Event::RoomJoined { .. }).then_some(())
    })
    .await?;
    core.send(Command::SendRoomMessage {
        account,
        room: ROOM.to_owned(),
        local_id: LocalId(4),
        text: MessageText::new("xmppbot: kick alice"),
    })?;
    let reason = until(&mut events, |e| match e {
        Event::RoomLeft { reason, .. } => Some(reason),
        _ => None,
    })
    .await?;
    assert_eq!(reason, RoomLeftReason::Kicked);

    // The bot's nick is taken.
    core.send(join(account, "xmppbot", Some(0)))?;
    let error = until(&mut events, |e| match e {
        Event::RoomError { room, error, .. } if room == ROOM => Some(Ok(error)),
        Event::RoomJoined { .. } => Some(Err(anyhow::anyhow!("joined with a taken nick"))),
        _ => None,
    })
    .await??;
    assert_eq!(error, RoomErrorKind::NickInUse);

    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;
    assert_eq!(
        logs.leaked(&[sentinel]),
        Vec::<&str>::new(),
        "room text never logged"
    );
    Ok(())
}

#[tokio::test]
async fn a_bookmark_comes_back_after_a_reconnect_and_its_room_is_joined() -> anyhow::Result<()> {
    bookmark_comes_back(XmppServer::Prosody).await
}

#[tokio::test]
async fn on_ejabberd_a_bookmark_comes_back_after_a_reconnect_and_its_room_is_joined()
-> anyhow::Result<()> {
    bookmark_comes_back(XmppServer::Ejabberd).await
}

async fn bookmark_comes_back(server: XmppServer) -> anyhow::Result<()> {
    let logs = logs()?;
    let net = server.start(&["xmppbot"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let account =
        add_xmpp_account_at(&core, &mut events, &net, "bob", server.starttls_port_key()).await?;
    let password = server.password(&net, "bob")?;
    connect_online(&core, &mut events, account, password).await?;
    let first = until(&mut events, |e| match e {
        Event::Bookmarks { bookmarks, .. } => Some(bookmarks),
        _ => None,
    })
    .await?;
    assert!(first.is_empty(), "a new account has none: {first:?}");

    core.send(Command::AddBookmark {
        account,
        bookmark: RoomBookmark {
            room: ROOM.to_owned(),
            name: Some("Otter".into()),
            nick: Some("bobby".into()),
            password: None,
            autojoin: true,
        },
    })?;
    let saved = until(&mut events, |e| match e {
        Event::Bookmarks { bookmarks, .. } => Some(Ok(bookmarks)),
        Event::CommandFailed { explanation, .. } => Some(Err(anyhow::anyhow!(explanation))),
        _ => None,
    })
    .await??;
    assert_eq!(saved.len(), 1);

    core.send(Command::Disconnect { account })?;
    until(&mut events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Offline,
            ..
        } => Some(()),
        _ => None,
    })
    .await?;
    connect_online(&core, &mut events, account, password).await?;
    let back = until(&mut events, |e| match e {
        Event::Bookmarks { bookmarks, .. } => Some(bookmarks),
        _ => None,
    })
    .await?;
    assert_eq!(back.len(), 1, "{back:?}");
    let bookmark = back.first().cloned();
    assert_eq!(bookmark.as_ref().map(|b| b.room.as_str()), Some(ROOM));
    assert_eq!(
        bookmark.as_ref().and_then(|b| b.name.as_deref()),
        Some("Otter")
    );
    assert_eq!(
        bookmark.as_ref().and_then(|b| b.nick.as_deref()),
        Some("bobby")
    );
    assert!(bookmark.is_some_and(|b| b.autojoin));
    // Autojoin: the room is joined with the saved nick.
    let nick = until(&mut events, |e| match e {
        Event::RoomJoined { room, nick, .. } if room == ROOM => Some(nick),
        _ => None,
    })
    .await?;
    assert_eq!(nick, "bobby");

    core.send(Command::RemoveBookmark {
        account,
        room: ROOM.to_owned(),
    })?;
    let after = until(&mut events, |e| match e {
        Event::Bookmarks { bookmarks, .. } => Some(bookmarks),
        _ => None,
    })
    .await?;
    assert!(after.is_empty(), "{after:?}");

    // Going offline takes us out of the room.
    core.send(Command::Disconnect { account })?;
    let reason = until(&mut events, |e| match e {
        Event::RoomLeft { reason, .. } => Some(reason),
        _ => None,
    })
    .await?;
    assert_eq!(reason, RoomLeftReason::Disconnected);
    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;
    // Prosody announces XEP-0402 on the account (mod_bookmarks), so PEP was used; ejabberd
    // 23.01 does not, so the fallback, XEP-0048 in private XML storage, was (and Prosody's
    // runs, which share this log, never use it).
    let store = match server {
        XmppServer::Prosody => "store=Pep",
        XmppServer::Ejabberd => "store=PrivateXml",
    };
    assert!(logs.text().contains(store), "{store}");
    assert_eq!(logs.leaked(&["bobby"]), Vec::<&str>::new());
    Ok(())
}

/// A room message the room refuses comes back naming that message: on Prosody a visitor may
/// not speak (the bot makes alice one for a while). Not run on ejabberd, which lets visitors
/// speak in a room that is not moderated.
#[tokio::test]
async fn a_refused_room_message_is_named_by_its_local_id() -> anyhow::Result<()> {
    let server = XmppServer::Prosody;
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
    connect_online(&core, &mut events, account, server.password(&net, "alice")?).await?;
    core.send(join(account, "alice", Some(0)))?;
    until(&mut events, |e| match e {
        Event::RoomJoined { room, .. } if room == ROOM => Some(Ok(())),
        Event::RoomError { error, .. } => Some(Err(anyhow::anyhow!("{error:?}"))),
        _ => None,
    })
    .await??;
    let say = |local_id: u64, text: &str| Command::SendRoomMessage {
        account,
        room: ROOM.to_owned(),
        local_id: LocalId(local_id),
        text: MessageText::new(text),
    };
    core.send(say(1, "xmppbot: mute alice 30"))?;
    until(&mut events, |e| match e {
        Event::RoomOccupants { changes, .. } => changes
            .iter()
            .any(|c| {
                matches!(c, OccupantChange::Present(o)
                    if o.nick == "alice" && o.role == otter_core::RoomRole::Visitor)
            })
            .then_some(()),
        _ => None,
    })
    .await?;
    core.send(say(2, "not allowed"))?;
    let mut sent = false;
    let refused = until(&mut events, |e| match e {
        Event::MessageSent {
            local_id: LocalId(2),
            ..
        } => {
            sent = true;
            None
        }
        Event::RoomError {
            error:
                RoomErrorKind::MessageRefused {
                    local_id,
                    condition,
                },
            ..
        } => Some((local_id, condition)),
        _ => None,
    })
    .await?;
    assert!(sent, "the message left before the room refused it");
    assert_eq!(refused, (Some(LocalId(2)), "forbidden".to_owned()));
    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;
    Ok(())
}
