//! Creating, moderating, inviting to, retitling, renaming in and destroying rooms through the core API against the
//! real Prosody MUC service (conference.otter.test, where rooms stay locked until their
//! creator configures them), with the slixmpp bot as the other occupant: it joins any room
//! it is invited to, logs what it sees, and invites whoever asks. The same scenario runs
//! against ejabberd's MUC service of the same name.

use otter_core::types::{AccountId, LocalId, MessageText};
use otter_core::{
    Command, Event, EventStream, OccupantChange, RoomAffiliation, RoomErrorKind, RoomLeftReason,
    RoomModeration, RoomRequestKind, RoomRole,
};
use otter_e2e::{
    XmppServer, add_xmpp_account_at, connect_online, open_conversation, send_and_wait_sent,
    start_core, until,
};
use otter_testkit::Network;

const BOT_ROOM: &str = "otter@conference.otter.test";

fn join(account: AccountId, room: &str) -> Command {
    Command::JoinRoom {
        account,
        room: room.to_owned(),
        nick: "alice".to_owned(),
        password: None,
        history: Some(0),
    }
}

/// A room on the test network's own Prosody, which starts empty for each test.
fn fresh_room(tag: &str) -> anyhow::Result<String> {
    Ok(format!("{tag}@conference.otter.test"))
}

/// Lines of the bot's log, parsed.
fn bot_log(net: &Network) -> anyhow::Result<Vec<serde_json::Value>> {
    let text = std::fs::read_to_string(net.get("XMPP_BOT_LOG")?)?;
    Ok(text
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect())
}

/// Waits until the bot has logged a line `pick` accepts.
async fn bot_saw(
    net: &Network,
    what: &str,
    pick: impl Fn(&serde_json::Value) -> bool,
) -> anyhow::Result<serde_json::Value> {
    for _ in 0..300 {
        if let Some(line) = bot_log(net)?.into_iter().find(|l| pick(l)) {
            return Ok(line);
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    anyhow::bail!("the bot never logged {what}: {:?}", bot_log(net)?)
}

/// The bot's presence in `room`, as alice sees it change.
async fn bot_present(
    events: &mut EventStream,
    room: &str,
) -> anyhow::Result<(RoomRole, RoomAffiliation)> {
    until(events, |e| match e {
        Event::RoomOccupants {
            room: r, changes, ..
        } if r == room => changes.into_iter().find_map(|c| match c {
            OccupantChange::Present(o) if o.nick == "xmppbot" => Some((o.role, o.affiliation)),
            _ => None,
        }),
        _ => None,
    })
    .await
}

async fn bot_left(events: &mut EventStream, room: &str) -> anyhow::Result<RoomLeftReason> {
    until(events, |e| match e {
        Event::RoomOccupants {
            room: r, changes, ..
        } if r == room => changes.into_iter().find_map(|c| match c {
            OccupantChange::Left { nick, reason } if nick == "xmppbot" => Some(reason),
            _ => None,
        }),
        _ => None,
    })
    .await
}

/// Creates `room` as alice and checks she owns it.
async fn create(
    core: &otter_core::CoreHandle,
    events: &mut EventStream,
    account: AccountId,
    room: &str,
) -> anyhow::Result<()> {
    core.send(join(account, room))?;
    let facts = until(events, |e| match e {
        Event::RoomJoined { room: r, facts, .. } if r == room => Some(Ok(facts)),
        Event::RoomError { error, .. } => Some(Err(anyhow::anyhow!("{error:?}"))),
        _ => None,
    })
    .await??;
    assert!(facts.created, "the join created {room}");
    let owner = until(events, |e| match e {
        Event::RoomOccupants {
            room: r, changes, ..
        } if r == room => Some(changes),
        _ => None,
    })
    .await?;
    assert!(
        owner.iter().any(|c| matches!(c, OccupantChange::Present(o)
            if o.nick == "alice" && o.affiliation == RoomAffiliation::Owner && o.role == RoomRole::Moderator)),
        "{owner:?}"
    );
    Ok(())
}

fn invite(account: AccountId, room: &str, bot: &str, reason: &str) -> Command {
    Command::InviteToRoom {
        account,
        room: room.to_owned(),
        invitee: bot.to_owned(),
        reason: Some(MessageText::new(reason)),
    }
}

fn moderate(
    account: AccountId,
    room: &str,
    action: RoomModeration,
    reason: Option<&str>,
) -> Command {
    Command::ModerateRoom {
        account,
        room: room.to_owned(),
        nick: "xmppbot".to_owned(),
        action,
        reason: reason.map(MessageText::new),
    }
}

/// A field of a bot log entry (null when missing).
fn field<'a>(entry: &'a serde_json::Value, key: &str) -> &'a serde_json::Value {
    entry.get(key).unwrap_or(&serde_json::Value::Null)
}

/// The log canary is process-wide, and both tests of this process use it.
fn logs() -> anyhow::Result<&'static otter_testkit::log_canary::CapturedLogs> {
    static LOGS: std::sync::OnceLock<Result<otter_testkit::log_canary::CapturedLogs, String>> =
        std::sync::OnceLock::new();
    LOGS.get_or_init(|| otter_testkit::log_canary::capture().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| anyhow::anyhow!("{e}"))
}

#[tokio::test]
async fn alice_creates_a_room_invites_moderates_kicks_bans_and_destroys_and_is_invited_back()
-> anyhow::Result<()> {
    creates_moderates_destroys(XmppServer::Prosody).await
}

#[tokio::test]
async fn on_ejabberd_alice_creates_a_room_invites_moderates_kicks_bans_and_destroys_and_is_invited_back()
-> anyhow::Result<()> {
    creates_moderates_destroys(XmppServer::Ejabberd).await
}

async fn creates_moderates_destroys(server: XmppServer) -> anyhow::Result<()> {
    let logs = logs()?;
    let sentinel = "sentinel-invite-7d1e";
    let net = server.start(&["xmppbot"])?;
    let bot = net.get("XMPP_BOT_JID")?.to_owned();
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

    // Created by joining, configured with the defaults, so no longer locked: the bot, invited
    // through the room, can come in.
    let room = fresh_room("made")?;
    create(&core, &mut events, account, &room).await?;
    core.send(invite(account, &room, &bot, &format!("come {sentinel}")))?;
    let invitation = bot_saw(&net, "the invitation", |l| {
        l["type"] == "invitation" && l["room"] == room.as_str()
    })
    .await?;
    assert_eq!(field(&invitation, "direct"), false, "{invitation}");
    assert_eq!(
        field(&invitation, "reason"),
        format!("come {sentinel}").as_str()
    );
    // Prosody names the inviter by their occupant address in a semi-anonymous room; ejabberd
    // by their real full address, as XEP-0045's example does (the resource is random, so it
    // tells the invitee nothing about the device).
    let inviter = field(&invitation, "from").as_str().unwrap_or_default();
    match server {
        XmppServer::Prosody => assert_eq!(inviter, format!("{room}/alice")),
        XmppServer::Ejabberd => {
            let resource = inviter
                .strip_prefix("alice@otter.test/")
                .unwrap_or_default();
            assert!(
                resource.len() == 16 && resource.bytes().all(|b| b.is_ascii_hexdigit()),
                "{inviter}"
            );
        }
    }
    let (role, affiliation) = bot_present(&mut events, &room).await?;
    assert_eq!(
        (role, affiliation),
        (RoomRole::Participant, RoomAffiliation::None)
    );
    assert!(
        !bot_log(&net)?
            .iter()
            .any(|l| l["type"] == "configured" && l["room"] == room.as_str()),
        "alice configured the room, not the bot"
    );

    // Voice and moderator, taken and given: each comes back as the bot's new role.
    for (action, expected) in [
        (RoomModeration::RevokeVoice, RoomRole::Visitor),
        (RoomModeration::GrantVoice, RoomRole::Participant),
        (RoomModeration::GrantModerator, RoomRole::Moderator),
        (RoomModeration::RevokeModerator, RoomRole::Participant),
    ] {
        core.send(moderate(account, &room, action, None))?;
        let (role, _) = bot_present(&mut events, &room).await?;
        assert_eq!(role, expected, "{action:?}");
    }

    // The subject, set by alice as owner: the room announces it to everyone, with her nick.
    core.send(Command::SetRoomSubject {
        account,
        room: room.clone(),
        subject: MessageText::new("made by alice"),
    })?;
    let (subject, by) = until(&mut events, |e| match e {
        Event::RoomSubject {
            room: r,
            subject,
            nick,
            ..
        } if r == room => Some(Ok((subject.reveal().to_owned(), nick))),
        Event::RoomError { error, .. } => Some(Err(anyhow::anyhow!("{error:?}"))),
        _ => None,
    })
    .await??;
    assert_eq!(
        (subject.as_str(), by.as_deref()),
        ("made by alice", Some("alice"))
    );
    bot_saw(&net, "the new subject", |l| {
        l["type"] == "groupchat" && l["subject"] == "made by alice"
    })
    .await?;

    // Another nick: the bot's is taken, so she stays alice; then alicia, which everyone sees.
    core.send(Command::ChangeRoomNick {
        account,
        room: room.clone(),
        nick: "xmppbot".into(),
    })?;
    let error = until(&mut events, |e| match e {
        Event::RoomError { room: r, error, .. } if r == room => Some(Ok(error)),
        Event::RoomLeft { room: r, .. } if r == room => {
            Some(Err(anyhow::anyhow!("a taken nick left the room")))
        }
        _ => None,
    })
    .await??;
    assert_eq!(error, RoomErrorKind::NickInUse);
    core.send(Command::ChangeRoomNick {
        account,
        room: room.clone(),
        nick: "alicia".into(),
    })?;
    let renamed = until(&mut events, |e| match e {
        Event::RoomOccupants {
            room: r, changes, ..
        } if r == room => changes.into_iter().find_map(|c| match c {
            OccupantChange::Renamed { from, to } => Some(Ok((from, to))),
            _ => None,
        }),
        Event::RoomError { error, .. } => Some(Err(anyhow::anyhow!("{error:?}"))),
        _ => None,
    })
    .await??;
    assert_eq!(renamed, ("alice".to_owned(), "alicia".to_owned()));
    bot_saw(&net, "alicia", |l| {
        l["type"] == "presence" && l["from"] == format!("{room}/alicia").as_str()
    })
    .await?;

    // Kicked with a reason: the bot sees 307 and the reason; alice sees it go.
    core.send(moderate(
        account,
        &room,
        RoomModeration::Kick,
        Some("too loud"),
    ))?;
    assert_eq!(bot_left(&mut events, &room).await?, RoomLeftReason::Kicked);
    let kicked = bot_saw(&net, "its kick", |l| {
        l["type"] == "presence"
            && l["from"] == format!("{room}/xmppbot").as_str()
            && l["presence_type"] == "unavailable"
    })
    .await?;
    assert!(
        field(&kicked, "status_codes")
            .as_array()
            .is_some_and(|c| c.iter().any(|c| c == 307)),
        "{kicked}"
    );
    assert_eq!(field(&kicked, "reason"), "too loud");

    // Invited again, it comes back; then alice destroys the room with it inside.
    core.send(invite(account, &room, &bot, "again"))?;
    bot_present(&mut events, &room).await?;
    core.send(Command::DestroyRoom {
        account,
        room: room.clone(),
        reason: Some(MessageText::new("closing time")),
    })?;
    let reason = until(&mut events, |e| match e {
        Event::RoomLeft {
            room: r, reason, ..
        } if r == room => Some(Ok(reason)),
        Event::CommandFailed { explanation, .. } => Some(Err(anyhow::anyhow!(explanation))),
        _ => None,
    })
    .await??;
    assert_eq!(reason, RoomLeftReason::Destroyed { alternative: None });
    let destroyed = bot_saw(&net, "the destruction", |l| {
        l["type"] == "presence"
            && l["from"] == format!("{room}/xmppbot").as_str()
            && l["destroyed"] == true
    })
    .await?;
    assert_eq!(field(&destroyed, "destroy_reason"), "closing time");

    // A ban, in a second room: by the bot's real address, which the room shows its owner.
    let room = fresh_room("banned")?;
    create(&core, &mut events, account, &room).await?;
    core.send(invite(account, &room, &bot, "last one"))?;
    bot_present(&mut events, &room).await?;
    core.send(moderate(
        account,
        &room,
        RoomModeration::Ban,
        Some("gone for good"),
    ))?;
    assert_eq!(bot_left(&mut events, &room).await?, RoomLeftReason::Banned);
    let banned = bot_saw(&net, "its ban", |l| {
        l["type"] == "presence"
            && l["from"] == format!("{room}/xmppbot").as_str()
            && l["presence_type"] == "unavailable"
    })
    .await?;
    assert!(
        field(&banned, "status_codes")
            .as_array()
            .is_some_and(|c| c.iter().any(|c| c == 301)),
        "{banned}"
    );

    // In the bot's room alice is no moderator: the room refuses, and she is told.
    core.send(join(account, BOT_ROOM))?;
    until(&mut events, |e| match e {
        Event::RoomJoined { room, .. } if room == BOT_ROOM => Some(()),
        _ => None,
    })
    .await?;
    let refusal = |request: RoomRequestKind| {
        move |e: Event| match e {
            Event::RoomError {
                room,
                error:
                    RoomErrorKind::Refused {
                        request: r,
                        condition,
                    },
                ..
            } if room == BOT_ROOM && r == request => Some(Ok(condition)),
            Event::CommandFailed { explanation, .. } => Some(Err(explanation)),
            _ => None,
        }
    };
    core.send(moderate(account, BOT_ROOM, RoomModeration::Kick, None))?;
    let condition = until(
        &mut events,
        refusal(RoomRequestKind::Moderate(RoomModeration::Kick)),
    )
    .await?
    .map_err(|e| anyhow::anyhow!(e))?;
    assert!(
        condition == "not-allowed" || condition == "forbidden",
        "{condition}"
    );
    // Only moderators may change the subject in Prosody's default rooms; ejabberd's default
    // rooms let every participant do it (`allow_change_subj`).
    core.send(Command::SetRoomSubject {
        account,
        room: BOT_ROOM.to_owned(),
        subject: MessageText::new("alice was here"),
    })?;
    match server {
        XmppServer::Prosody => {
            let condition = until(&mut events, refusal(RoomRequestKind::Subject))
                .await?
                .map_err(|e| anyhow::anyhow!(e))?;
            assert_eq!(condition, "forbidden");
        }
        XmppServer::Ejabberd => {
            until(&mut events, |e| match e {
                Event::RoomSubject { room, subject, .. }
                    if room == BOT_ROOM && subject.reveal() == "alice was here" =>
                {
                    Some(Ok(()))
                }
                Event::RoomError { room, error, .. } if room == BOT_ROOM => {
                    Some(Err(anyhow::anyhow!("{error:?}")))
                }
                _ => None,
            })
            .await??;
        }
    }

    // The bot invites alice, directly and through its room: two invitations, nothing joined.
    let conversation = open_conversation(&core, &mut events, account, &bot).await?;
    send_and_wait_sent(
        &core,
        &mut events,
        conversation,
        LocalId(1),
        &format!("invite me to {BOT_ROOM}"),
    )
    .await?;
    let mut invitations = Vec::new();
    while invitations.len() < 2 {
        let next = until(&mut events, |e| match e {
            Event::RoomInvitation {
                room,
                from,
                reason,
                password,
                ..
            } => Some((
                room,
                from,
                reason.map(|r| r.reveal().to_owned()),
                password.is_some(),
            )),
            Event::RoomJoined { room, .. } => Some((format!("joined {room}"), None, None, false)),
            _ => None,
        })
        .await?;
        invitations.push(next);
    }
    invitations.sort_by(|a, b| a.2.cmp(&b.2));
    let bot_bare = bot.split('/').next().unwrap_or_default().to_owned();
    // As above: ejabberd's room names the inviter by their real address.
    let mediated_by = match server {
        XmppServer::Prosody => format!("{BOT_ROOM}/xmppbot"),
        XmppServer::Ejabberd => bot_bare.clone(),
    };
    assert_eq!(
        invitations,
        vec![
            (
                BOT_ROOM.to_owned(),
                Some(bot_bare),
                Some("direct".to_owned()),
                false
            ),
            (
                BOT_ROOM.to_owned(),
                Some(mediated_by),
                Some("mediated".to_owned()),
                false
            ),
        ]
    );

    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;
    assert_eq!(
        logs.leaked(&[sentinel, "too loud", "closing time"]),
        Vec::<&str>::new(),
        "reasons never logged"
    );
    Ok(())
}
