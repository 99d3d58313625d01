//! IRC commands on demand through the core, against the real InspIRCd with Atheme and the bot
//! in #otter: WHOIS of the bot (its channel with its status, the services account it logged in
//! to, TLS) and of nobody; a channel's modes and ban list after a ban, a mode change refused to
//! a non-operator; raw lines (to the channel sent as typed, to a person refused); and a burst
//! of messages that flood control holds: the later ones reported
//! queued, then sent one by one as they are written. Mode changes another user makes are told
//! once per line, the key left out and a long line counted rather than listed. WHO of the
//! channel (the bot with its status) and of a nick.

use std::time::Instant;

use otter_core::types::{AccountId, LocalId, MessageText};
use otter_core::{Command, Event, EventStream, RoomErrorKind, RoomRequestKind};
use otter_e2e::{add_irc_account, connect_online, start_core, until};
use otter_testkit::Network;

async fn join(
    core: &otter_core::CoreHandle,
    events: &mut EventStream,
    account: AccountId,
    channel: &str,
) -> anyhow::Result<()> {
    core.send(Command::JoinRoom {
        account,
        room: channel.to_owned(),
        nick: "ignored".into(),
        password: None,
        history: None,
    })?;
    until(events, |e| match e {
        Event::RoomJoined { room, .. } if room == channel => Some(Ok(())),
        Event::RoomError { error, .. } => Some(Err(anyhow::anyhow!("{error:?}"))),
        _ => None,
    })
    .await?
}

#[tokio::test]
async fn whois_modes_bans_and_queued_messages() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let account = add_irc_account(&core, &mut events, &net, "alice").await?;
    connect_online(&core, &mut events, account, net.get("IRC_PASSWORD_alice")?).await?;
    join(&core, &mut events, account, "#otter").await?;

    // WHOIS of the bot: it opened #otter (so it is its operator), logged in with SASL, and
    // came over TLS.
    core.send(Command::Whois {
        account,
        nick: "IRCBOT".into(),
    })?;
    let info = until(&mut events, |e| match e {
        Event::WhoisResult { info, .. } => Some(info),
        _ => None,
    })
    .await?;
    assert!(info.found, "{info:?}");
    assert_eq!(info.nick, "ircbot");
    assert_eq!(info.account.as_deref(), Some("ircbot"), "{info:?}");
    assert!(info.channels.iter().any(|c| c == "@#otter"), "{info:?}");
    assert!(info.secure, "{info:?}");
    assert!(info.mask.is_some() && info.server.is_some(), "{info:?}");

    core.send(Command::Whois {
        account,
        nick: "nobody-here".into(),
    })?;
    let info = until(&mut events, |e| match e {
        Event::WhoisResult { info, .. } => Some(info),
        _ => None,
    })
    .await?;
    assert!(!info.found, "{info:?}");

    // In #otter alice is no operator: a mode change is refused, and said so.
    core.send(Command::SetRoomModes {
        account,
        room: "#otter".into(),
        modes: "+m".into(),
        args: Vec::new(),
    })?;
    let error = until(&mut events, |e| match e {
        Event::RoomError { room, error, .. } if room == "#otter" => Some(error),
        _ => None,
    })
    .await?;
    assert_eq!(
        error,
        RoomErrorKind::Refused {
            request: RoomRequestKind::Modes,
            condition: "forbidden".into()
        }
    );

    // A channel of her own: she opened it, so she is its operator. Its modes, a ban, and the
    // ban list with it.
    let own = "#alices";
    join(&core, &mut events, account, own).await?;
    core.send(Command::ShowRoomModes {
        account,
        room: own.into(),
    })?;
    let modes = until(&mut events, |e| match e {
        Event::RoomModes { room, modes, .. } if room == own => Some(modes),
        _ => None,
    })
    .await?;
    assert!(modes.starts_with('+') && modes.contains('n'), "{modes}");
    core.send(Command::SetRoomModes {
        account,
        room: own.into(),
        modes: "+b".into(),
        args: vec!["eve!*@*".into()],
    })?;
    core.send(Command::ListRoomBans {
        account,
        room: own.into(),
    })?;
    let (bans, truncated) = until(&mut events, |e| match e {
        Event::RoomBans {
            room,
            bans,
            truncated,
            ..
        } if room == own => Some((bans, truncated)),
        Event::RoomError { error, .. } => panic!("{error:?}"),
        _ => None,
    })
    .await?;
    assert!(!truncated);
    assert_eq!(bans.len(), 1, "{bans:?}");
    assert_eq!(bans[0].mask, "eve!*@*");
    assert_eq!(bans[0].by.as_deref(), Some("alice"));

    // A raw line to a person is refused (it would pass by the OTR gate) and never leaves; one
    // to the channel goes out as typed.
    core.send(Command::SendRawLine {
        account,
        line: "PRIVMSG ircbot :raw-to-the-bot".into(),
    })?;
    let explanation = until(&mut events, |e| match e {
        Event::CommandFailed { explanation, .. } => Some(explanation),
        _ => None,
    })
    .await?;
    assert!(explanation.contains("OTR"), "{explanation}");
    assert!(!explanation.contains("raw-to-the-bot"), "{explanation}");
    core.send(Command::SendRawLine {
        account,
        line: "PRIVMSG #otter :raw-to-the-channel".into(),
    })?;
    let mut log = String::new();
    for _ in 0..100 {
        log = std::fs::read_to_string(net.get("IRC_BOT_LOG")?)?;
        if log.contains("raw-to-the-channel") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        log.contains(r##""from":"alice","target":"#otter","text":"raw-to-the-channel""##),
        "{log}"
    );
    assert!(!log.contains("raw-to-the-bot"), "{log}");

    // A burst of ten messages: flood control lets a few go and holds the rest, reported
    // queued; each is reported sent only when it is written, one line every two seconds.
    // The commands above used the bucket up; after ten quiet seconds it is full again (5).
    tokio::time::sleep(std::time::Duration::from_secs(10)).await;
    let started = Instant::now();
    for id in 100..110 {
        core.send(Command::SendRoomMessage {
            account,
            room: own.into(),
            local_id: LocalId(id),
            text: MessageText::new(format!("burst {id}")),
        })?;
    }
    let mut queued = Vec::new();
    let mut sent = Vec::new();
    while sent.len() < 10 {
        let (id, is_sent) = until(&mut events, |e| match e {
            Event::MessageQueued { local_id } => Some((local_id.0, false)),
            Event::MessageSent { local_id, .. } => Some((local_id.0, true)),
            Event::MessageFailed { local_id, kind } => panic!("{local_id:?} failed: {kind:?}"),
            _ => None,
        })
        .await?;
        if is_sent {
            assert!(!sent.iter().any(|(s, _)| *s == id), "sent twice: {id}");
            sent.push((id, started.elapsed()));
        } else {
            assert!(
                !sent.iter().any(|(s, _)| *s == id),
                "{id} queued after it was sent"
            );
            queued.push(id);
        }
    }
    let order: Vec<u64> = sent.iter().map(|(id, _)| *id).collect();
    assert_eq!(order, (100..110).collect::<Vec<_>>(), "written in order");
    // The default burst is 5: those left at once, the other 5 waited.
    queued.sort_unstable();
    assert_eq!(queued, (105..110).collect::<Vec<_>>());
    assert!(
        sent.iter().take(5).all(|(_, at)| at.as_secs_f64() < 1.5),
        "the burst left at once: {sent:?}"
    );
    // The queued ones left one by one, about two seconds apart.
    let first_queued = sent
        .iter()
        .find(|(id, _)| queued.contains(id))
        .map(|(_, at)| *at)
        .unwrap_or_default();
    let last = sent.last().map(|(_, at)| *at).unwrap_or_default();
    let spread = last.saturating_sub(first_queued).as_secs_f64();
    let expected = 2.0 * (queued.len() - 1) as f64;
    assert!(spread <= expected + 3.0, "{spread:.1} s");
    assert!(
        spread >= expected - 0.5,
        "{} queued messages were sent within {spread:.1} s",
        queued.len()
    );
    Ok(())
}

/// Waits for `account` to be in `channel`.
async fn joined_as(
    core: &otter_core::CoreHandle,
    events: &mut EventStream,
    account: AccountId,
    channel: &str,
) -> anyhow::Result<()> {
    core.send(Command::JoinRoom {
        account,
        room: channel.to_owned(),
        nick: "ignored".into(),
        password: None,
        history: None,
    })?;
    until(events, |e| match e {
        Event::RoomJoined {
            account: who, room, ..
        } if who == account && room == channel => Some(Ok(())),
        Event::RoomError {
            account: who,
            error,
            ..
        } if who == account => Some(Err(anyhow::anyhow!("{error:?}"))),
        _ => None,
    })
    .await?
}

#[tokio::test]
async fn mode_changes_by_others_are_shown_once_without_the_key() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let alice = add_irc_account(&core, &mut events, &net, "alice").await?;
    let bob = add_irc_account(&core, &mut events, &net, "bob").await?;
    connect_online(&core, &mut events, alice, net.get("IRC_PASSWORD_alice")?).await?;
    connect_online(&core, &mut events, bob, net.get("IRC_PASSWORD_bob")?).await?;
    // Alice opens the channel, so she is its operator; Bob comes in after her.
    let channel = "#modeshow";
    joined_as(&core, &mut events, alice, channel).await?;
    joined_as(&core, &mut events, bob, channel).await?;

    // What Bob is told when Alice changes modes.
    async fn seen_by(
        events: &mut EventStream,
        bob: AccountId,
        channel: &str,
    ) -> anyhow::Result<(Option<String>, Vec<otter_core::RoomModeChange>, usize)> {
        until(events, |e| match e {
            Event::RoomModesChanged {
                account,
                room,
                by,
                changes,
                omitted,
            } if account == bob && room == channel => Some((by, changes, omitted)),
            _ => None,
        })
        .await
    }

    core.send(Command::SetRoomModes {
        account: alice,
        room: channel.into(),
        modes: "+vk".into(),
        args: vec!["bob".into(), "sekrit-key".into()],
    })?;
    let (by, changes, omitted) = seen_by(&mut events, bob, channel).await?;
    assert_eq!(by.as_deref(), Some("alice"));
    assert_eq!(omitted, 0);
    let shown: Vec<(bool, char, Option<String>)> = changes
        .iter()
        .map(|c| (c.adding, c.mode, c.arg.clone()))
        .collect();
    assert_eq!(
        shown,
        [(true, 'v', Some("bob".to_owned())), (true, 'k', None)],
        "the key is never passed on"
    );

    // Six bans and two channel modes in one line: one event, six shown, two counted.
    let masks: Vec<String> = (0..6).map(|i| format!("spam{i}!*@*")).collect();
    core.send(Command::SetRoomModes {
        account: alice,
        room: channel.into(),
        modes: "+bbbbbbmi".into(),
        args: masks,
    })?;
    let (by, changes, omitted) = seen_by(&mut events, bob, channel).await?;
    assert_eq!(by.as_deref(), Some("alice"));
    assert_eq!(changes.len(), 6, "{changes:?}");
    assert_eq!(omitted, 2, "{changes:?}");
    assert!(changes.iter().all(|c| c.adding), "{changes:?}");
    assert!(
        changes
            .iter()
            .any(|c| c.mode == 'b' && c.arg.as_deref() == Some("spam0!*@*")),
        "{changes:?}"
    );
    Ok(())
}

#[tokio::test]
async fn who_lists_a_channel_and_a_nick() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let account = add_irc_account(&core, &mut events, &net, "alice").await?;
    connect_online(&core, &mut events, account, net.get("IRC_PASSWORD_alice")?).await?;
    join(&core, &mut events, account, "#otter").await?;

    // The channel: the bot, its operator, and alice.
    core.send(Command::Who {
        account,
        target: "#otter".into(),
    })?;
    let info = until(&mut events, |e| match e {
        Event::WhoResult { info, .. } => Some(info),
        _ => None,
    })
    .await?;
    assert_eq!(info.target, "#otter");
    assert!(!info.truncated);
    let bot = info
        .people
        .iter()
        .find(|p| p.nick == "ircbot")
        .ok_or_else(|| anyhow::anyhow!("no bot in {info:?}"))?;
    assert_eq!(bot.status, "@", "{bot:?}");
    assert!(bot.mask.contains('@'), "{bot:?}");
    assert!(info.people.iter().any(|p| p.nick == "alice"), "{info:?}");

    // A nick: that one person; a nick nobody uses: nobody.
    core.send(Command::Who {
        account,
        target: "IRCBOT".into(),
    })?;
    let info = until(&mut events, |e| match e {
        Event::WhoResult { info, .. } => Some(info),
        _ => None,
    })
    .await?;
    assert_eq!(info.people.len(), 1, "{info:?}");
    assert_eq!(info.people[0].nick, "ircbot");
    core.send(Command::Who {
        account,
        target: "nobody-here".into(),
    })?;
    let info = until(&mut events, |e| match e {
        Event::WhoResult { info, .. } => Some(info),
        _ => None,
    })
    .await?;
    assert!(info.people.is_empty(), "{info:?}");
    Ok(())
}

/// InspIRCd answers with labeled-response: two refusals of the same kind (482) for two
/// commands sent back to back are each told as the refusal of its own command. Before
/// labels, both were taken for the last thing asked of the channel (the topic).
#[tokio::test]
async fn labeled_refusals_are_told_for_the_command_they_refuse() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let account = add_irc_account(&core, &mut events, &net, "alice").await?;
    connect_online(&core, &mut events, account, net.get("IRC_PASSWORD_alice")?).await?;
    join(&core, &mut events, account, "#otter").await?;

    // Alice is no operator of #otter (+t): both are refused.
    core.send(Command::SetRoomModes {
        account,
        room: "#otter".into(),
        modes: "+m".into(),
        args: Vec::new(),
    })?;
    core.send(Command::SetRoomSubject {
        account,
        room: "#otter".into(),
        subject: MessageText::new("not hers to set".to_owned()),
    })?;
    let mut refused = Vec::new();
    while refused.len() < 2 {
        let request = until(&mut events, |e| match e {
            Event::RoomError {
                room,
                error: RoomErrorKind::Refused { request, .. },
                ..
            } if room == "#otter" => Some(request),
            _ => None,
        })
        .await?;
        refused.push(request);
    }
    assert_eq!(refused, [RoomRequestKind::Modes, RoomRequestKind::Subject]);
    Ok(())
}
