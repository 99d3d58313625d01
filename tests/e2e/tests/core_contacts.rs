//! The contact list through the core API against the real Prosody, with the slixmpp bot as the
//! other person (it accepts a request and asks back, as most people's clients offer): add,
//! the request from the other side approved, their presence, rename, remove. The same against
//! ejabberd.

use std::time::{Duration, Instant};

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
