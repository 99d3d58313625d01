//! No conversation is written anywhere unless the user asked: a scenario with a sentinel in
//! every message leaves no trace in the profile, $HOME, /tmp or the logs; turning logging on
//! for one conversation keeps exactly that one, and deleting it removes it from the disk.

use std::path::Path;
use std::time::SystemTime;

use otter_core::types::LocalId;
use otter_core::{Command, Event};
use otter_e2e::{
    add_xmpp_account, connect_online, open_conversation, send_and_wait_sent, start_core, until,
    written_with,
};
use otter_testkit::Network;

#[tokio::test]
async fn nothing_is_kept_unless_asked_and_what_is_kept_can_be_deleted() -> anyhow::Result<()> {
    let logs = otter_testkit::log_canary::capture()?;
    let since = SystemTime::now();
    let net = Network::start(&["prosody", "socks", "xmppbot", "otrbot"])?;
    let profile = net.dir().join("profile");
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let account = add_xmpp_account(&core, &mut events, &net, "alice").await?;
    connect_online(&core, &mut events, account, net.get("XMPP_PASSWORD_alice")?).await?;
    let echo = open_conversation(&core, &mut events, account, net.get("XMPP_BOT_JID")?).await?;
    let carol = open_conversation(&core, &mut events, account, net.get("OTR_BOT_JID")?).await?;

    // 1. Logging off (the default): plain and private messages, both ways.
    let unkept = "sentinel-unkept-5e2b";
    send_and_wait_sent(&core, &mut events, echo, LocalId(1), unkept).await?;
    until(&mut events, |e| match e {
        Event::MessageReceived { text, .. } if text.reveal().contains(unkept) => Some(()),
        _ => None,
    })
    .await?;
    core.send(Command::StartPrivate {
        conversation: carol,
    })?;
    until(&mut events, |e| {
        matches!(e, Event::Keys { .. }).then_some(())
    })
    .await?;
    let private = "sentinel-unkept-private-77c1";
    send_and_wait_sent(&core, &mut events, carol, LocalId(2), private).await?;
    until(&mut events, |e| match e {
        Event::MessageReceived { text, .. } if text.reveal().contains(private) => Some(()),
        _ => None,
    })
    .await?;

    // 2. Logging on for the echo conversation only.
    core.send(Command::SetLogging {
        conversation: echo,
        enabled: true,
        include_private: false,
    })?;
    until(&mut events, |e| match e {
        Event::LoggingChanged { enabled: true, .. } => Some(()),
        _ => None,
    })
    .await?;
    let kept = "sentinel-kept-a90d";
    send_and_wait_sent(&core, &mut events, echo, LocalId(3), kept).await?;
    until(&mut events, |e| match e {
        Event::MessageReceived { text, .. } if text.reveal().contains(kept) => Some(()),
        _ => None,
    })
    .await?;
    let other = "sentinel-not-kept-private-0f4e";
    send_and_wait_sent(&core, &mut events, carol, LocalId(4), other).await?;
    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;

    // The servers' and bots' own folders: the remote side, not Otter.
    let servers: Vec<std::path::PathBuf> = std::fs::read_dir(net.dir())?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path != &profile)
        .collect();
    let skip: Vec<&Path> = servers.iter().map(std::path::PathBuf::as_path).collect();
    let home = std::env::var_os("HOME").map_or_else(|| "/root".into(), std::path::PathBuf::from);
    for sentinel in [unkept, private, other] {
        for root in [profile.as_path(), home.as_path(), Path::new("/tmp")] {
            let hits = written_with(root, since, sentinel, &skip);
            assert!(hits.is_empty(), "{sentinel} written to {hits:?}");
        }
    }
    assert_eq!(
        written_with(&profile, since, kept, &[]),
        vec![profile.join("history.db").display().to_string()],
        "the kept conversation is in the history database, and only there"
    );

    // 3. Restart: the kept conversation shows again; then it is deleted from the disk.
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let echo = open_conversation(&core, &mut events, account, net.get("XMPP_BOT_JID")?).await?;
    let lines = until(&mut events, |e| match e {
        Event::History { lines, .. } => Some(lines),
        _ => None,
    })
    .await?;
    let texts: Vec<&str> = lines.iter().map(|line| line.text.reveal()).collect();
    assert!(texts.contains(&kept), "{} kept lines", texts.len());
    assert!(texts.iter().all(|text| !text.contains(unkept)));
    core.send(Command::DeleteHistory {
        conversation: Some(echo),
    })?;
    until(&mut events, |e| {
        matches!(e, Event::HistoryDeleted { conversation: Some(c) } if c == echo).then_some(())
    })
    .await?;
    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;
    assert!(written_with(&profile, since, kept, &[]).is_empty());

    let every = [unkept, private, other, kept];
    assert_eq!(logs.leaked(&every), Vec::<&str>::new());
    Ok(())
}
