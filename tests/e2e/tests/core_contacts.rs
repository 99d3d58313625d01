//! The contact list through the core API against the real Prosody, with the slixmpp bot as the
//! other person (it accepts a request and asks back, as most people's clients offer): add,
//! the request from the other side approved, their presence, rename, remove. The same against
//! ejabberd. Groups: set by Otter and read by another client of the account, set by that
//! client and reported by Otter, still there after a reconnect.

use std::time::{Duration, Instant};

use std::path::Path;

use anyhow::Context as _;

use otter_core::{Availability, Command, Event};
use otter_e2e::{XmppServer, add_xmpp_account_at, connect_online, start_core, until};
use otter_testkit::Network;

/// Waits until the bot's log has an entry `pick` accepts.
fn bot_logged(net: &Network, pick: impl Fn(&serde_json::Value) -> bool) -> anyhow::Result<()> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let log = std::fs::read_to_string(net.get("XMPP_BOT_LOG")?)?;
        if log
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .any(|entry| pick(&entry))
        {
            return Ok(());
        }
        anyhow::ensure!(Instant::now() < deadline, "not in the bot's log:\n{log}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test]
async fn a_contact_is_added_accepts_is_approved_back_renamed_and_removed() -> anyhow::Result<()> {
    added_approved_renamed_removed(XmppServer::Prosody).await
}

#[tokio::test]
async fn on_ejabberd_a_contact_is_added_accepts_is_approved_back_renamed_and_removed()
-> anyhow::Result<()> {
    added_approved_renamed_removed(XmppServer::Ejabberd).await
}

async fn added_approved_renamed_removed(server: XmppServer) -> anyhow::Result<()> {
    let net = server.start(&["xmppbot"])?;
    let bot = net.get("XMPP_BOT_JID")?.to_owned();
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

    core.send(Command::AddContact {
        account: alice,
        peer: bot.clone(),
        name: Some("Echo bot".into()),
    })?;
    let name = until(&mut events, |e| match e {
        Event::ContactListed { peer, name, .. } if peer == bot => Some(name),
        _ => None,
    })
    .await?;
    assert_eq!(name.as_deref(), Some("Echo bot"));

    // The bot accepts and asks to see alice's presence in return; alice approves. Accepted,
    // the bot's presence reaches alice: ejabberd sends it as soon as the bot accepts, so
    // before or after its request.
    let mut availability = None;
    let mut asking = None;
    while availability.is_none() || asking.is_none() {
        match until(&mut events, |e| match e {
            Event::ContactRequest { account, peer } if account == alice => Some(Ok(peer)),
            Event::ContactPresence {
                peer, availability, ..
            } if peer == bot => Some(Err(availability)),
            _ => None,
        })
        .await?
        {
            Ok(peer) => {
                core.send(Command::AnswerContactRequest {
                    account: alice,
                    peer: peer.clone(),
                    approve: true,
                })?;
                asking = Some(peer);
            }
            Err(seen) => availability = Some(seen),
        }
    }
    assert_eq!(asking.as_ref(), Some(&bot));
    assert_eq!(availability, Some(Some(Availability::Available)));
    bot_logged(&net, |entry| {
        entry["type"] == "subscribed" && entry["from"] == "alice@otter.test"
    })?;

    core.send(Command::RenameContact {
        account: alice,
        peer: bot.clone(),
        name: Some("Bot".into()),
    })?;
    until(&mut events, |e| match e {
        Event::ContactListed { peer, name, .. }
            if peer == bot && name.as_deref() == Some("Bot") =>
        {
            Some(())
        }
        _ => None,
    })
    .await?;

    core.send(Command::RemoveContact {
        account: alice,
        peer: bot.clone(),
    })?;
    until(&mut events, |e| match e {
        Event::ContactRemoved { account, peer } if account == alice && peer == bot => Some(()),
        _ => None,
    })
    .await?;
    // Removing also ends the sharing of presence, which the bot is told.
    bot_logged(&net, |entry| {
        entry["type"] == "unsubscribe" && entry["from"] == "alice@otter.test"
    })?;

    // A bad address is refused with a reason, and the account stays online.
    core.send(Command::AddContact {
        account: alice,
        peer: "not an address".into(),
        name: None,
    })?;
    until(&mut events, |e| {
        matches!(e, Event::CommandFailed { .. }).then_some(())
    })
    .await?;
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn groups_set_in_otter_or_elsewhere_are_the_server_s_and_survive_a_reconnect()
-> anyhow::Result<()> {
    groups_both_ways(XmppServer::Prosody).await
}

#[tokio::test]
async fn on_ejabberd_groups_set_in_otter_or_elsewhere_are_the_server_s_and_survive_a_reconnect()
-> anyhow::Result<()> {
    groups_both_ways(XmppServer::Ejabberd).await
}

/// Another client of alice's account (slixmpp, `roster_add.py`): with `groups` it puts the
/// contact in them (keeping the name "Echo bot"); without, it returns the contact's groups as
/// the server lists them.
fn other_client(
    net: &Network,
    server: XmppServer,
    contact: &str,
    groups: Option<&[&str]>,
) -> anyhow::Result<Vec<String>> {
    let mut command = std::process::Command::new("/usr/bin/python3");
    command
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../bots/roster_add.py"))
        .args(["--port", net.get(server.starttls_port_key())?])
        .args(["--server-name", "otter.test", "--ca", net.get("CA_CERT")?])
        .args(["--jid", "alice@otter.test"])
        .args(["--password", server.password(net, "alice")?])
        .args(["--contact", contact]);
    match groups {
        Some(groups) => {
            command.args(["--name", "Echo bot"]);
            for group in groups {
                command.args(["--group", group]);
            }
        }
        None => {
            command.arg("--show");
        }
    }
    let output = command.output()?;
    anyhow::ensure!(
        output.status.success(),
        "roster_add.py: {}: {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    if groups.is_some() {
        return Ok(Vec::new());
    }
    let shown = String::from_utf8(output.stdout)?;
    let last = shown.lines().last().unwrap_or_default();
    Ok(serde_json::from_str(last)?)
}

/// A roster group is a set: servers list a contact's groups in any order.
fn sorted(groups: &[String]) -> Vec<String> {
    let mut groups = groups.to_vec();
    groups.sort();
    groups
}

async fn groups_both_ways(server: XmppServer) -> anyhow::Result<()> {
    let net = server.start(&["xmppbot"])?;
    let bot = net.get("XMPP_BOT_JID")?.to_owned();
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let alice = add_xmpp_account_at(
        &core,
        &mut events,
        &net,
        "alice",
        server.starttls_port_key(),
    )
    .await?;
    let password = server.password(&net, "alice")?;
    connect_online(&core, &mut events, alice, password).await?;
    core.send(Command::AddContact {
        account: alice,
        peer: bot.clone(),
        name: Some("Echo bot".into()),
    })?;
    let groups = until(&mut events, |e| match e {
        Event::ContactListed { peer, groups, .. } if peer == bot => Some(groups),
        _ => None,
    })
    .await
    .context("listed")?;
    assert!(groups.is_empty(), "{groups:?}");

    // Set in Otter (trimmed, the repeat dropped), the name kept; the server has them.
    core.send(Command::SetContactGroups {
        account: alice,
        peer: bot.clone(),
        groups: vec![" Tails ".into(), "Friends".into(), "Tails".into()],
    })?;
    let name = until(&mut events, |e| match e {
        Event::ContactListed {
            peer, name, groups, ..
        } if peer == bot && sorted(&groups) == ["Friends", "Tails"] => Some(name),
        _ => None,
    })
    .await
    .context("set in otter")?;
    assert_eq!(name.as_deref(), Some("Echo bot"));
    assert_eq!(
        other_client(&net, server, &bot, None)?,
        ["Friends", "Tails"],
        "a second login of the account reads the groups Otter set"
    );

    // Set by the other client: Otter hears the roster push.
    other_client(&net, server, &bot, Some(&["Work", "Щ группа"]))?;
    until(&mut events, |e| match e {
        Event::ContactListed { peer, groups, .. }
            if peer == bot && sorted(&groups) == ["Work", "Щ группа"] =>
        {
            Some(())
        }
        _ => None,
    })
    .await
    .context("set elsewhere")?;

    // After a reconnect the fetched roster still has them.
    core.send(Command::Disconnect { account: alice })?;
    until(&mut events, |e| match e {
        Event::AccountStatus {
            account,
            status: otter_core::ConnectionStatus::Offline,
        } if account == alice => Some(()),
        _ => None,
    })
    .await
    .context("offline")?;
    connect_online(&core, &mut events, alice, password).await?;
    let groups = until(&mut events, |e| match e {
        Event::ContactListed { peer, groups, .. } if peer == bot => Some(groups),
        _ => None,
    })
    .await
    .context("listed after reconnect")?;
    assert_eq!(sorted(&groups), ["Work", "Щ группа"]);

    // Too many groups are refused as a whole, with a reason.
    core.send(Command::SetContactGroups {
        account: alice,
        peer: bot.clone(),
        groups: (0..=otter_core::MAX_CONTACT_GROUPS)
            .map(|n| format!("g{n}"))
            .collect(),
    })?;
    until(&mut events, |e| {
        matches!(e, Event::CommandFailed { .. }).then_some(())
    })
    .await
    .context("refused")?;
    // Out of every group: the contact stays, under its name.
    core.send(Command::SetContactGroups {
        account: alice,
        peer: bot.clone(),
        groups: Vec::new(),
    })?;
    let name = until(&mut events, |e| match e {
        Event::ContactListed {
            peer, name, groups, ..
        } if peer == bot && groups.is_empty() => Some(name),
        _ => None,
    })
    .await
    .context("out of every group")?;
    assert_eq!(name.as_deref(), Some("Echo bot"));
    assert!(other_client(&net, server, &bot, None)?.is_empty());
    core.send(Command::Shutdown)?;
    Ok(())
}
