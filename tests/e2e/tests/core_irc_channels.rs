//! IRC channels through the core's room commands and events, against the real InspIRCd with
//! Atheme and the bot in #otter: join, members with their status, a message and its echo, the
//! topic (set, and shown with its setter on the next join; refused to a non-operator), a nick
//! change (refused when taken), voice, leave; and a connection the
//! server kills is made again through the proxy, with the channel joined again.

use otter_core::types::{AccountId, LocalId, MessageText};
use otter_core::{
    Command, ConnectionStatus, Event, EventStream, OccupantChange, RoomErrorKind, RoomLeftReason,
    RoomModeration, RoomOccupant, RoomRequestKind, RoomRole, Security,
};
use otter_e2e::{add_irc_account, connect_online, start_core, until};
use otter_testkit::Network;

const CHANNEL: &str = "#otter";

async fn alice_online(
    net: &Network,
) -> anyhow::Result<(otter_core::CoreHandle, EventStream, AccountId)> {
    let (core, mut events) = start_core(net, "SOCKS_PORT")?;
    let account = add_irc_account(&core, &mut events, net, "alice").await?;
    connect_online(&core, &mut events, account, net.get("IRC_PASSWORD_alice")?).await?;
    Ok((core, events, account))
}

fn join(account: AccountId, room: &str) -> Command {
    Command::JoinRoom {
        account,
        room: room.to_owned(),
        // IRC has one nick per connection; the room's nick is not used.
        nick: "ignored".into(),
        password: None,
        history: None,
    }
}

/// Joins as `as_nick` and returns the members listed with the join.
async fn joined(events: &mut EventStream, as_nick: &str) -> anyhow::Result<Vec<RoomOccupant>> {
    let nick = until(events, |e| match e {
        Event::RoomJoined { room, nick, .. } if room == CHANNEL => Some(Ok(nick)),
        Event::RoomError { error, .. } => Some(Err(anyhow::anyhow!("{error:?}"))),
        _ => None,
    })
    .await??;
    assert_eq!(nick, as_nick);
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

async fn say(
    core: &otter_core::CoreHandle,
    events: &mut EventStream,
    account: AccountId,
    id: u64,
    text: &str,
) -> anyhow::Result<()> {
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
    assert_eq!(
        security,
        Security::NotEncrypted,
        "a channel is never private"
    );
    Ok(())
}

async fn bot_says(events: &mut EventStream) -> anyhow::Result<String> {
    until(events, |e| match e {
        Event::RoomMessage {
            nick: Some(nick),
            text,
            own: false,
            ..
        } if nick == "ircbot" => Some(text.reveal().to_owned()),
        _ => None,
    })
    .await
}

#[tokio::test]
async fn alice_joins_a_channel_talks_sees_the_topic_gets_voice_and_leaves() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let (core, mut events, account) = alice_online(&net).await?;

    core.send(join(account, CHANNEL))?;
    let members = joined(&mut events, "alice").await?;
    let bot = members.iter().find(|o| o.nick == "ircbot");
    assert_eq!(
        bot.map(|b| (b.role, b.prefixes.as_str())),
        Some((RoomRole::Moderator, "@")),
        "the bot opened the channel, so it is its operator: {members:?}"
    );
    assert!(
        members
            .iter()
            .any(|o| o.nick == "alice" && o.prefixes.is_empty())
    );

    // A second join of the same channel, in other letters, is refused: under the network's
    // case mapping it is the same channel.

    core.send(join(account, "#OTTER"))?;
    until(&mut events, |e| match e {
        Event::CommandFailed { .. } => Some(()),
        Event::RoomJoined { .. } => panic!("joined twice"),
        _ => None,
    })
    .await?;

    say(&core, &mut events, account, 1, "ircbot: hello channel").await?;
    assert_eq!(bot_says(&mut events).await?, "echo: hello channel");
    let log = std::fs::read_to_string(net.get("IRC_BOT_LOG")?)?;
    assert!(
        log.contains(
            r##""type":"privmsg","from":"alice","target":"#otter","text":"ircbot: hello channel""##
        ),
        "{log}"
    );

    // "/me" is a CTCP ACTION on the wire, and "/me" again when the server echoes it.

    say(&core, &mut events, account, 4, "/me waves").await?;
    let echoed = until(&mut events, |e| match e {
        Event::RoomMessage {
            own: true, text, ..
        } if text.reveal().starts_with("/me") => Some(text.reveal().to_owned()),
        _ => None,
    })
    .await?;
    assert_eq!(echoed, "/me waves");
    // The server echoes our line to us and relays it to the bot at the same moment: give the
    // bot a moment to write it down.
    let action = r##""target":"#otter","text":"\u0001ACTION waves\u0001""##;
    let mut log = String::new();
    for _ in 0..100 {
        log = std::fs::read_to_string(net.get("IRC_BOT_LOG")?)?;
        if log.contains(action) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(log.contains(action), "{log}");

    // The bot sets the topic; it is reported with who set it.

    say(&core, &mut events, account, 2, "ircbot: topic Otters only").await?;
    let (subject, by) = until(&mut events, |e| match e {
        Event::RoomSubject { subject, nick, .. } => Some((subject.reveal().to_owned(), nick)),
        _ => None,
    })
    .await?;
    assert_eq!(
        (subject.as_str(), by.as_deref()),
        ("Otters only", Some("ircbot"))
    );

    // The network's channels, searched by name: #otter, with its two people and topic.
    core.send(Command::ListRooms {
        account,
        search: "OTT".into(),
    })?;
    let (rooms, truncated) = until(&mut events, |e| match e {
        Event::RoomList {
            rooms, truncated, ..
        } => Some((rooms, truncated)),
        _ => None,
    })
    .await?;
    assert!(!truncated);
    assert_eq!(
        rooms
            .iter()
            .map(|r| (r.room.as_str(), r.people))
            .collect::<Vec<_>>(),
        [("#otter", 2)]
    );
    // InspIRCd puts the channel's modes before the topic for its members ("[+nt] …").
    assert!(
        rooms
            .first()
            .is_some_and(|r| r.topic.reveal().ends_with("Otters only")),
        "{rooms:?}"
    );
    core.send(Command::ListRooms {
        account,
        search: "nothing-like-it".into(),
    })?;
    let rooms = until(&mut events, |e| match e {
        Event::RoomList { rooms, .. } => Some(rooms),
        _ => None,
    })
    .await?;
    assert!(rooms.is_empty(), "{rooms:?}");

    // Alice is no channel operator, and the channel is +t: her topic is refused, in the room.
    // (A network linked to services also refuses a second topic change within the same
    // second, with 437: the bot's was just now.)
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    core.send(Command::SetRoomSubject {
        account,
        room: CHANNEL.to_owned(),
        subject: MessageText::new("alice was here"),
    })?;
    let error = until(&mut events, |e| match e {
        Event::RoomError { room, error, .. } if room == CHANNEL => Some(error),
        Event::RoomSubject { .. } => panic!("the topic changed"),
        _ => None,
    })
    .await?;
    assert_eq!(
        error,
        RoomErrorKind::Refused {
            request: RoomRequestKind::Subject,
            condition: "forbidden".into()
        }
    );

    // A nick is the network's: the bot's is taken (said in the channel that asked), then
    // alicia is alice's everywhere, and the channel sees the rename.
    core.send(Command::ChangeRoomNick {
        account,
        room: CHANNEL.to_owned(),
        nick: "ircbot".into(),
    })?;
    let error = until(&mut events, |e| match e {
        Event::RoomError { room, error, .. } if room == CHANNEL => Some(error),
        _ => None,
    })
    .await?;
    assert_eq!(error, RoomErrorKind::NickInUse);
    core.send(Command::ChangeRoomNick {
        account,
        room: CHANNEL.to_owned(),
        nick: "alicia".into(),
    })?;
    let renamed = until(&mut events, |e| match e {
        Event::RoomOccupants { changes, .. } => changes.into_iter().find_map(|c| match c {
            OccupantChange::Renamed { from, to } => Some((from, to)),
            _ => None,
        }),
        _ => None,
    })
    .await?;
    assert_eq!(renamed, ("alice".to_owned(), "alicia".to_owned()));

    // Voice: a MODE becomes a change of her status.
    say(&core, &mut events, account, 5, "ircbot: voice alicia").await?;
    let alice = until(&mut events, |e| match e {
        Event::RoomOccupants { changes, .. } => changes.into_iter().find_map(|c| match c {
            OccupantChange::Present(o) if o.nick == "alicia" => Some(o),
            _ => None,
        }),
        _ => None,
    })
    .await?;
    assert_eq!(
        (alice.role, alice.prefixes.as_str()),
        (RoomRole::Participant, "+")
    );

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

    // Joined again: the topic comes with the join (332), with its setter (333).

    core.send(join(account, CHANNEL))?;
    joined(&mut events, "alicia").await?;
    let (subject, by) = until(&mut events, |e| match e {
        Event::RoomSubject { subject, nick, .. } => Some((subject.reveal().to_owned(), nick)),
        Event::RoomMessage { .. } => panic!("no topic with the join"),
        _ => None,
    })
    .await?;
    assert_eq!(
        (subject.as_str(), by.as_deref()),
        ("Otters only", Some("ircbot"))
    );

    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn a_connection_the_server_kills_is_made_again_and_the_channel_rejoined() -> anyhow::Result<()>
{
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let (core, mut events, account) = alice_online(&net).await?;
    core.send(join(account, CHANNEL))?;
    joined(&mut events, "alice").await?;

    // The bot is an IRC operator: it kills alice's connection on the server.
    say(&core, &mut events, account, 1, "ircbot: kill alice").await?;
    let reason = until(&mut events, |e| match e {
        Event::RoomLeft { reason, .. } => Some(reason),
        _ => None,
    })
    .await?;
    assert_eq!(reason, RoomLeftReason::Disconnected);
    let dropped = std::time::Instant::now();
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
    let members = joined(&mut events, "alice").await?;
    assert!(members.iter().any(|o| o.nick == "ircbot"), "{members:?}");
    let back_after = dropped.elapsed();
    assert!(
        back_after.as_secs() < 10,
        "the first retry comes after about a second: {back_after:?}"
    );

    say(&core, &mut events, account, 2, "ircbot: back again").await?;
    assert_eq!(bot_says(&mut events).await?, "echo: back again");

    // Both connections went through the proxy, by name.
    let requests = net.socks_requests()?;
    let through_proxy = requests
        .iter()
        .filter(|r| r.host.as_deref() == Some("irc.otter.test"))
        .count();
    assert_eq!(through_proxy, 2, "{requests:?}");
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

async fn back_online(events: &mut EventStream) -> anyhow::Result<()> {
    until(events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Online,
            ..
        } => Some(Ok(())),
        Event::AccountStatus {
            status: status @ (ConnectionStatus::Failed { .. } | ConnectionStatus::Offline),
            ..
        } => Some(Err(anyhow::anyhow!("gave up: {status:?}"))),
        _ => None,
    })
    .await?
}

#[tokio::test]
async fn a_nick_the_user_chose_is_kept_after_a_reconnect_and_the_next_start() -> anyhow::Result<()>
{
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let (core, mut events, account) = alice_online(&net).await?;
    core.send(join(account, CHANNEL))?;
    joined(&mut events, "alice").await?;
    core.send(Command::ChangeRoomNick {
        account,
        room: CHANNEL.to_owned(),
        nick: "otteralice".into(),
    })?;
    let renamed = until(&mut events, |e| match e {
        Event::RoomOccupants { changes, .. } => changes.into_iter().find_map(|c| match c {
            OccupantChange::Renamed { from, to } => Some((from, to)),
            _ => None,
        }),
        _ => None,
    })
    .await?;
    assert_eq!(renamed, ("alice".to_owned(), "otteralice".to_owned()));

    // The connection breaks under her: the reconnect registers as the nick she chose (and
    // still logs in to the services as alice, whose password it is).
    break_connections_to(net.port("SOCKS_PORT")?)?;
    let reason = until(&mut events, |e| match e {
        Event::RoomLeft { reason, .. } => Some(reason),
        _ => None,
    })
    .await?;
    assert_eq!(reason, RoomLeftReason::Disconnected);
    back_online(&mut events).await?;
    let members = joined(&mut events, "otteralice").await?;
    assert!(
        members.iter().any(|o| o.nick == "otteralice")
            && !members.iter().any(|o| o.nick == "alice"),
        "{members:?}"
    );
    say(&core, &mut events, account, 1, "ircbot: still me").await?;
    assert_eq!(bot_says(&mut events).await?, "echo: still me");
    let log = std::fs::read_to_string(net.get("IRC_BOT_LOG")?)?;
    assert!(
        log.contains(
            r##""type":"privmsg","from":"otteralice","target":"#otter","text":"ircbot: still me""##
        ),
        "{log}"
    );

    // The profile keeps it: the next start connects as otteralice too.
    core.send(Command::Shutdown)?;
    while events.next().await.is_some() {}
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    connect_online(&core, &mut events, account, net.get("IRC_PASSWORD_alice")?).await?;
    core.send(join(account, CHANNEL))?;
    joined(&mut events, "otteralice").await?;
    core.send(Command::Shutdown)?;
    Ok(())
}

/// The bot's presence in `room` as alice sees it change: its prefixes now.
async fn bot_status(events: &mut EventStream, room: &str) -> anyhow::Result<String> {
    until(events, |e| match e {
        Event::RoomOccupants {
            room: r, changes, ..
        } if r == room => changes.into_iter().find_map(|c| match c {
            OccupantChange::Present(o) if o.nick == "ircbot" => Some(o.prefixes),
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
            OccupantChange::Left { nick, reason } if nick == "ircbot" => Some(reason),
            _ => None,
        }),
        _ => None,
    })
    .await
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
        nick: "ircbot".into(),
        action,
        reason: reason.map(MessageText::new),
    }
}

#[tokio::test]
async fn alice_opens_a_channel_invites_the_bot_and_moderates_it_as_operator() -> anyhow::Result<()>
{
    const OWN: &str = "#alicechan";
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let (core, mut events, account) = alice_online(&net).await?;
    let bot_log = || std::fs::read_to_string(net.get("IRC_BOT_LOG")?).map_err(anyhow::Error::from);

    // The first in a channel is its operator.
    core.send(Command::JoinRoom {
        account,
        room: OWN.to_owned(),
        nick: "ignored".into(),
        password: None,
        history: None,
    })?;
    let alice = until(&mut events, |e| match e {
        Event::RoomOccupants { room, changes, .. } if room == OWN => {
            changes.into_iter().find_map(|c| match c {
                OccupantChange::Present(o) if o.nick == "alice" => Some(o),
                _ => None,
            })
        }
        _ => None,
    })
    .await?;
    assert_eq!(
        (alice.role, alice.prefixes.as_str()),
        (RoomRole::Moderator, "@")
    );

    // Invited by nick, the bot comes.
    core.send(Command::InviteToRoom {
        account,
        room: OWN.to_owned(),
        invitee: "ircbot".into(),
        reason: None,
    })?;
    assert_eq!(bot_status(&mut events, OWN).await?, "");

    // Voice and operator, given and taken: each comes back as the bot's prefixes.
    for (action, expected) in [
        (RoomModeration::GrantVoice, "+"),
        (RoomModeration::GrantModerator, "@+"),
        (RoomModeration::RevokeModerator, "+"),
        (RoomModeration::RevokeVoice, ""),
    ] {
        core.send(moderate(account, OWN, action, None))?;
        assert_eq!(bot_status(&mut events, OWN).await?, expected, "{action:?}");
    }

    // Kicked with a reason, which the bot reads.
    core.send(moderate(
        account,
        OWN,
        RoomModeration::Kick,
        Some("too loud"),
    ))?;
    assert_eq!(bot_left(&mut events, OWN).await?, RoomLeftReason::Kicked);
    let kick = r##""type":"kick","from":"alice","channel":"#alicechan","target":"ircbot","reason":"too loud""##;
    let mut log = String::new();
    for _ in 0..100 {
        log = bot_log()?;
        if log.contains(kick) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(log.contains(kick), "{log}");

    // Banned: it comes back when invited, then is banned by nick and kicked.
    core.send(Command::InviteToRoom {
        account,
        room: OWN.to_owned(),
        invitee: "ircbot".into(),
        reason: None,
    })?;
    bot_status(&mut events, OWN).await?;
    core.send(moderate(account, OWN, RoomModeration::Ban, None))?;
    assert_eq!(bot_left(&mut events, OWN).await?, RoomLeftReason::Kicked);

    // In #otter alice is no operator: the kick is refused, and named.
    core.send(join(account, CHANNEL))?;
    joined(&mut events, "alice").await?;
    core.send(moderate(account, CHANNEL, RoomModeration::Kick, None))?;
    let error = until(&mut events, |e| match e {
        Event::RoomError { room, error, .. } if room == CHANNEL => Some(error),
        Event::RoomOccupants { changes, .. }
            if changes
                .iter()
                .any(|c| matches!(c, OccupantChange::Left { nick, .. } if nick == "ircbot")) =>
        {
            panic!("kicked without being an operator")
        }
        _ => None,
    })
    .await?;
    assert_eq!(
        error,
        RoomErrorKind::Refused {
            request: RoomRequestKind::Moderate(RoomModeration::Kick),
            condition: "forbidden".into()
        }
    );
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn an_invitation_of_someone_else_into_the_channel_is_told_there() -> anyhow::Result<()> {
    // InspIRCd lets operators invite and tells them of invitations: alice opens her own
    // channel, and the bot, invited in and made operator, invites the other bot.
    const OWN: &str = "#alicenotes";
    let net = Network::start(&["irc", "socks", "ircbot", "ircotrbot"])?;
    let (core, mut events, account) = alice_online(&net).await?;
    core.send(join(account, OWN))?;
    until(&mut events, |e| match e {
        Event::RoomOccupants { room, .. } if room == OWN => Some(()),
        _ => None,
    })
    .await?;
    core.send(Command::InviteToRoom {
        account,
        room: OWN.to_owned(),
        invitee: "ircbot".into(),
        reason: None,
    })?;
    bot_status(&mut events, OWN).await?;
    // InspIRCd lets only operators invite.
    core.send(moderate(account, OWN, RoomModeration::GrantModerator, None))?;
    assert_eq!(bot_status(&mut events, OWN).await?, "@");

    core.send(Command::SendRoomMessage {
        account,
        room: OWN.to_owned(),
        local_id: LocalId(1),
        text: MessageText::new("ircbot: inviteother ircotrbot"),
    })?;
    let (by, nick) = until(&mut events, |e| match e {
        Event::RoomOccupants { room, changes, .. } if room == OWN => {
            changes.into_iter().find_map(|c| match c {
                OccupantChange::Invited { by, nick } => Some((by, nick)),
                _ => None,
            })
        }
        Event::RoomInvitation { .. } => panic!("someone else's invitation offered to us"),
        _ => None,
    })
    .await?;
    assert_eq!((by.as_str(), nick.as_str()), ("ircbot", "ircotrbot"));
    core.send(Command::Shutdown)?;
    Ok(())
}
