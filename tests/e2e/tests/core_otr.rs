//! Private conversations through the core API with a peer that runs real libotr (the OTR bot,
//! carol@otter.test), over the real Prosody (the first scenarios on ejabberd too) and the test
//! SOCKS proxy.

use otter_core::types::{AccountId, ConversationId, LocalId, MessageText, OtrFingerprint};
use otter_core::{
    Command, ConnectionStatus, ConversationPrivacy, CoreHandle, Event, EventStream, HeldReason,
    KeyGenerationState, OtrPolicy, Security,
};
use otter_e2e::{
    XmppServer, add_xmpp_account, add_xmpp_account_at, connect_online, open_conversation,
    send_and_wait_held, send_and_wait_sent, start_core, until,
};
use otter_testkit::Network;

/// alice online, with a conversation open with the OTR bot.
async fn alice_with_carol(
    net: &Network,
    require_everywhere: bool,
) -> anyhow::Result<(CoreHandle, EventStream, AccountId, ConversationId)> {
    alice_with_carol_on(XmppServer::Prosody, net, require_everywhere).await
}

/// As `alice_with_carol`, on `server` (where the network started the OTR bot too).
async fn alice_with_carol_on(
    server: XmppServer,
    net: &Network,
    require_everywhere: bool,
) -> anyhow::Result<(CoreHandle, EventStream, AccountId, ConversationId)> {
    let (core, mut events) = start_core(net, "SOCKS_PORT")?;
    core.send(Command::RequirePrivateEverywhere {
        enabled: require_everywhere,
    })?;
    let account =
        add_xmpp_account_at(&core, &mut events, net, "alice", server.starttls_port_key()).await?;
    connect_online(&core, &mut events, account, server.password(net, "alice")?).await?;
    let conversation =
        open_conversation(&core, &mut events, account, net.get("OTR_BOT_JID")?).await?;
    Ok((core, events, account, conversation))
}

/// The bot's JSON log lines.
fn bot_log(net: &Network) -> anyhow::Result<Vec<serde_json::Value>> {
    let text = std::fs::read_to_string(net.get("OTR_BOT_LOG")?)?;
    Ok(text
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect())
}

fn sentinel_crossed_the_wire_in_clear(log: &[serde_json::Value], sentinel: &str) -> bool {
    log.iter().any(|entry| {
        entry["type"] == "wire" && entry["body"].as_str().is_some_and(|b| b.contains(sentinel))
    })
}

#[tokio::test]
async fn a_private_conversation_with_real_libotr_encrypts_both_ways() -> anyhow::Result<()> {
    private_conversation_encrypts_both_ways(XmppServer::Prosody).await
}

/// The same on ejabberd: OTR rides on the server's message routing (carbons, offline
/// storage, its own message ids), which differs from Prosody's.
#[tokio::test]
async fn a_private_conversation_with_real_libotr_encrypts_both_ways_on_ejabberd()
-> anyhow::Result<()> {
    private_conversation_encrypts_both_ways(XmppServer::Ejabberd).await
}

async fn private_conversation_encrypts_both_ways(server: XmppServer) -> anyhow::Result<()> {
    let net = server.start(&["otrbot"])?;
    let (core, mut events, account, conversation) =
        alice_with_carol_on(server, &net, false).await?;
    core.send(Command::StartPrivate { conversation })?;
    let privacy = until(&mut events, |e| match e {
        Event::PrivacyChanged { privacy, .. } => Some(privacy),
        _ => None,
    })
    .await?;
    assert_eq!(privacy, ConversationPrivacy::PrivateUnverified);

    let sentinel = "sentinel-otr-51aa نص";
    let sent = send_and_wait_sent(&core, &mut events, conversation, LocalId(1), sentinel).await?;
    assert_eq!(sent, Security::EncryptedUnverified);
    let (text, security) = until(&mut events, |e| match e {
        Event::MessageReceived { text, security, .. } => Some((text, security)),
        _ => None,
    })
    .await?;
    assert_eq!(text.reveal(), format!("echo: {sentinel}"));
    assert_eq!(security, Security::EncryptedUnverified);

    let log = bot_log(&net)?;
    assert!(
        log.iter()
            .any(|e| e["type"] == "received" && e["text"] == sentinel && e["encrypted"] == true),
        "libotr decrypted what Otter sent: {log:?}"
    );
    assert!(!sentinel_crossed_the_wire_in_clear(&log, sentinel));

    // Both sides agree on alice's key.
    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;
    let mut engine = otter_libotr::Engine::new(
        otter_libotr::OtrFiles::in_dir(&net.dir().join("profile/otr").join(account.0.to_string())),
        "alice@otter.test",
        "prpl-jabber",
    )?;
    let ours = engine
        .own_fingerprint()
        .ok_or_else(|| anyhow::anyhow!("alice has no key"))?;
    let seen_by_bot = log
        .iter()
        .find_map(|e| {
            (e["type"] == "gone_secure")
                .then(|| e["fingerprint"].as_str())
                .flatten()
        })
        .ok_or_else(|| anyhow::anyhow!("the bot never went secure"))?;
    assert!(ours.ct_eq(&OtrFingerprint::parse(seen_by_bot)?));
    Ok(())
}

#[tokio::test]
async fn held_message_is_not_sent_before_the_private_session_then_arrives_encrypted()
-> anyhow::Result<()> {
    held_message_waits_for_the_private_session(XmppServer::Prosody).await
}

#[tokio::test]
async fn held_message_waits_for_the_private_session_on_ejabberd_too() -> anyhow::Result<()> {
    held_message_waits_for_the_private_session(XmppServer::Ejabberd).await
}

async fn held_message_waits_for_the_private_session(server: XmppServer) -> anyhow::Result<()> {
    let net = server.start(&["otrbot"])?;
    let (core, mut events, _, conversation) = alice_with_carol_on(server, &net, true).await?;
    let sentinel = "sentinel-held-0b7c";
    let held = send_and_wait_held(&core, &mut events, conversation, LocalId(7), sentinel).await?;
    assert_eq!(held, HeldReason::WaitingForPrivateConversation);

    // The core asked for a private conversation itself; once up, the message leaves encrypted.
    let sent = until(&mut events, |e| match e {
        Event::MessageSent {
            local_id: LocalId(7),
            security,
        } => Some(security),
        _ => None,
    })
    .await?;
    assert_eq!(sent, Security::EncryptedUnverified);
    let echo = until(&mut events, |e| match e {
        Event::MessageReceived { text, security, .. } => Some((text, security)),
        _ => None,
    })
    .await?;
    assert_eq!(echo.0.reveal(), format!("echo: {sentinel}"));
    assert_eq!(echo.1, Security::EncryptedUnverified);

    let log = bot_log(&net)?;
    assert!(
        !sentinel_crossed_the_wire_in_clear(&log, sentinel),
        "{log:?}"
    );
    assert!(
        log.iter()
            .any(|e| e["type"] == "received" && e["text"] == sentinel && e["encrypted"] == true)
    );
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn verifying_with_a_question_marks_the_contact_verified_and_a_wrong_answer_does_not()
-> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks", "otrbot"])?;
    let (core, mut events, _, conversation) = alice_with_carol(&net, false).await?;
    core.send(Command::StartPrivate { conversation })?;
    until(&mut events, |e| match e {
        Event::PrivacyChanged {
            privacy: ConversationPrivacy::PrivateUnverified,
            ..
        } => Some(()),
        _ => None,
    })
    .await?;

    core.send(Command::Verify {
        conversation,
        question: Some(MessageText::new("Which animal is on our project's logo?")),
        secret: otter_core::types::Secret::new(b"wrong".to_vec()),
    })?;
    let succeeded = until(&mut events, |e| match e {
        Event::VerificationFinished { succeeded, .. } => Some(succeeded),
        _ => None,
    })
    .await?;
    assert!(!succeeded, "a wrong answer must not verify");

    // Stopped by the user half-way: finished, not verified, and the contact is told.
    core.send(Command::Verify {
        conversation,
        question: Some(MessageText::new("Which animal is on our project's logo?")),
        secret: otter_core::types::Secret::new(b"stopped".to_vec()),
    })?;
    core.send(Command::AbortVerification { conversation })?;
    let succeeded = until(&mut events, |e| match e {
        Event::VerificationFinished { succeeded, .. } => Some(succeeded),
        _ => None,
    })
    .await?;
    assert!(!succeeded, "a stopped verification must not verify");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while !bot_log(&net)?
        .iter()
        .any(|e| e["type"] == "smp" && e["result"] == "aborted")
    {
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "the contact was not told the verification stopped"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // Whatever of the stopped exchange was still on its way (the contact's next step, now
    // out of turn) ends as one more unsuccessful finish; let it pass before the next try.
    while let Ok(Some(_)) =
        tokio::time::timeout(std::time::Duration::from_millis(1500), events.next()).await
    {}

    core.send(Command::Verify {
        conversation,
        question: Some(MessageText::new("Which animal is on our project's logo?")),
        secret: otter_core::types::Secret::new(net.get("OTR_BOT_SMP_ANSWER")?.as_bytes().to_vec()),
    })?;
    // Progress on the way, for the window's bar.
    let mut progress = Vec::new();
    let succeeded = until(&mut events, |e| match e {
        Event::VerificationProgress { percent, .. } => {
            progress.push(percent);
            None
        }
        Event::VerificationFinished { succeeded, .. } => Some(succeeded),
        _ => None,
    })
    .await?;
    assert!(succeeded);
    assert!(!progress.is_empty(), "no progress was reported");
    let privacy = until(&mut events, |e| match e {
        Event::PrivacyChanged { privacy, .. } => Some(privacy),
        _ => None,
    })
    .await?;
    assert_eq!(privacy, ConversationPrivacy::PrivateVerified);

    // Messages now travel as verified.
    let security = send_and_wait_sent(
        &core,
        &mut events,
        conversation,
        LocalId(9),
        "verified hello",
    )
    .await?;
    assert_eq!(security, Security::EncryptedVerified);
    core.send(Command::Shutdown)?;
    Ok(())
}

/// The bot's own fingerprint, as its log's first line gives it (it changes when its key does).
fn bot_fingerprint(net: &Network) -> anyhow::Result<OtrFingerprint> {
    let log = bot_log(net)?;
    let hex = log
        .iter()
        .find_map(|entry| (entry["type"] == "fingerprint").then(|| entry["hex"].as_str()))
        .flatten()
        .ok_or_else(|| anyhow::anyhow!("the bot logged no fingerprint"))?;
    Ok(OtrFingerprint::parse(hex)?)
}

/// Restarts the OTR bot with a brand-new key and instance tag, as a contact's new device (or
/// an impostor) would appear.
fn give_the_bot_a_new_key(net: &Network) -> anyhow::Result<()> {
    let script = otter_testkit::workspace_root().join("tests/servers/otrbot");
    let stopped = std::process::Command::new(&script)
        .arg("stop")
        .arg(net.dir())
        .status()?;
    anyhow::ensure!(stopped.success(), "otrbot stop failed");
    for file in ["otr.private_key", "otr.instance_tags", "otr.fingerprints"] {
        match std::fs::remove_file(net.dir().join("otrbot").join(file)) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(error.into()),
            _ => {}
        }
    }
    let started = std::process::Command::new(&script)
        .arg("start")
        .arg(net.dir())
        .status()?;
    anyhow::ensure!(started.success(), "otrbot start failed");
    Ok(())
}

#[tokio::test]
async fn comparing_fingerprints_verifies_a_changed_key_is_warned_about_and_a_compromised_one_gets_nothing()
-> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks", "otrbot"])?;
    let (core, mut events, _, conversation) = alice_with_carol(&net, false).await?;
    core.send(Command::StartPrivate { conversation })?;
    let first_key = until(&mut events, |e| match e {
        Event::Keys { contact, .. } => Some(contact),
        _ => None,
    })
    .await?;
    assert!(first_key.ct_eq(&bot_fingerprint(&net)?));

    // The user compares what the contact reads out: they match.
    core.send(Command::ConfirmFingerprint {
        conversation,
        fingerprint: first_key,
    })?;
    let privacy = until(&mut events, |e| match e {
        Event::PrivacyChanged { privacy, .. } => Some(privacy),
        _ => None,
    })
    .await?;
    assert_eq!(privacy, ConversationPrivacy::PrivateVerified);

    // The contact comes back with another key: private, but the user is warned.
    give_the_bot_a_new_key(&net)?;
    let second_key = bot_fingerprint(&net)?;
    assert!(!second_key.ct_eq(&first_key));
    core.send(Command::StartPrivate { conversation })?;
    until(&mut events, |e| match e {
        Event::Keys { contact, .. } if contact.ct_eq(&second_key) => Some(()),
        _ => None,
    })
    .await?;
    until(&mut events, |e| {
        matches!(e, Event::ContactKeyChanged { conversation: c } if c == conversation).then_some(())
    })
    .await?;

    // Marked compromised: nothing more reaches that key.
    core.send(Command::MarkCompromised {
        conversation,
        fingerprint: second_key,
    })?;
    until(&mut events, |e| match e {
        Event::PrivacyChanged {
            privacy: ConversationPrivacy::PrivateCompromised,
            ..
        } => Some(()),
        _ => None,
    })
    .await?;
    let sentinel = "sentinel-compromised-7f3e";
    let reason =
        send_and_wait_held(&core, &mut events, conversation, LocalId(77), sentinel).await?;
    assert_eq!(reason, HeldReason::CompromisedKey);
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let log = bot_log(&net)?;
    assert!(
        !log.iter()
            .any(|e| e["type"] == "received" && e["text"] == sentinel),
        "the compromised key got the message"
    );
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn a_contact_set_to_require_privacy_keeps_it_after_a_restart() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks", "otrbot"])?;
    let (core, mut events, account, conversation) = alice_with_carol(&net, false).await?;
    core.send(Command::SetContactOtrPolicy {
        conversation,
        policy: Some(OtrPolicy::Required),
    })?;
    let effective = until(&mut events, |e| match e {
        Event::OtrPolicyChanged { effective, .. } => Some(effective),
        _ => None,
    })
    .await?;
    assert_eq!(effective, OtrPolicy::Required);
    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;

    // Same profile, new start: the first message to carol waits for a private conversation.
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    connect_online(&core, &mut events, account, net.get("XMPP_PASSWORD_alice")?).await?;
    let conversation =
        open_conversation(&core, &mut events, account, net.get("OTR_BOT_JID")?).await?;
    let sentinel = "sentinel-contact-policy-31d0";
    let held = send_and_wait_held(&core, &mut events, conversation, LocalId(5), sentinel).await?;
    assert_eq!(held, HeldReason::WaitingForPrivateConversation);
    let sent = until(&mut events, |e| match e {
        Event::MessageSent {
            local_id: LocalId(5),
            security,
        } => Some(security),
        _ => None,
    })
    .await?;
    assert_eq!(sent, Security::EncryptedUnverified);
    assert!(!sentinel_crossed_the_wire_in_clear(
        &bot_log(&net)?,
        sentinel
    ));
    core.send(Command::Shutdown)?;
    Ok(())
}

/// A contact whose software has no OTR never answers the request: the message waits, and
/// the user can drop it; it never leaves.
#[tokio::test]
async fn a_held_message_to_a_contact_without_otr_can_be_discarded_and_never_leaves()
-> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    core.send(Command::RequirePrivateEverywhere { enabled: true })?;
    let account = add_xmpp_account(&core, &mut events, &net, "alice").await?;
    connect_online(&core, &mut events, account, net.get("XMPP_PASSWORD_alice")?).await?;
    let conversation =
        open_conversation(&core, &mut events, account, net.get("XMPP_BOT_JID")?).await?;
    let sentinel = "sentinel-discarded-9a41";
    let held = send_and_wait_held(&core, &mut events, conversation, LocalId(3), sentinel).await?;
    assert_eq!(held, HeldReason::WaitingForPrivateConversation);

    core.send(Command::DiscardHeld {
        conversation,
        local_id: LocalId(3),
    })?;
    until(&mut events, |e| match e {
        Event::MessageDiscarded {
            local_id: LocalId(3),
        } => Some(()),
        Event::MessageSent {
            local_id: LocalId(3),
            ..
        } => panic!("a held message was sent"),
        _ => None,
    })
    .await?;
    // Discarding twice is refused: it is gone.
    core.send(Command::DiscardHeld {
        conversation,
        local_id: LocalId(3),
    })?;
    until(&mut events, |e| {
        matches!(e, Event::CommandFailed { .. }).then_some(())
    })
    .await?;
    let received = std::fs::read_to_string(net.get("XMPP_BOT_LOG")?)?;
    assert!(!received.contains(sentinel), "{received}");
    core.send(Command::Shutdown)?;
    Ok(())
}

/// Trust is kept in the profile: a contact verified before a restart is verified after it.
#[tokio::test]
async fn a_verified_contact_is_still_verified_after_a_restart() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks", "otrbot"])?;
    let (core, mut events, account, conversation) = alice_with_carol(&net, false).await?;
    core.send(Command::StartPrivate { conversation })?;
    let key = until(&mut events, |e| match e {
        Event::Keys { contact, .. } => Some(contact),
        _ => None,
    })
    .await?;
    core.send(Command::ConfirmFingerprint {
        conversation,
        fingerprint: key,
    })?;
    until(&mut events, |e| match e {
        Event::PrivacyChanged {
            privacy: ConversationPrivacy::PrivateVerified,
            ..
        } => Some(()),
        _ => None,
    })
    .await?;
    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;

    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    connect_online(&core, &mut events, account, net.get("XMPP_PASSWORD_alice")?).await?;
    let conversation =
        open_conversation(&core, &mut events, account, net.get("OTR_BOT_JID")?).await?;
    core.send(Command::StartPrivate { conversation })?;
    let privacy = until(&mut events, |e| match e {
        Event::PrivacyChanged { privacy, .. } => Some(privacy),
        _ => None,
    })
    .await?;
    assert_eq!(privacy, ConversationPrivacy::PrivateVerified);
    core.send(Command::Shutdown)?;
    Ok(())
}

/// Waits until the bot's log has an entry `pick` accepts, failing after `otter_e2e::WAIT`.
async fn bot_logs(
    net: &Network,
    pick: impl Fn(&serde_json::Value) -> bool,
) -> anyhow::Result<serde_json::Value> {
    tokio::time::timeout(otter_e2e::WAIT, async {
        loop {
            if let Some(found) = bot_log(net)?.into_iter().find(|entry| pick(entry)) {
                return Ok(found);
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    })
    .await?
}

/// alice and carol in a private conversation.
async fn private_with_carol(
    net: &Network,
) -> anyhow::Result<(CoreHandle, EventStream, AccountId, ConversationId)> {
    let (core, mut events, account, conversation) = alice_with_carol(net, false).await?;
    core.send(Command::StartPrivate { conversation })?;
    until(&mut events, |e| match e {
        Event::PrivacyChanged {
            privacy: ConversationPrivacy::PrivateUnverified,
            ..
        } => Some(()),
        _ => None,
    })
    .await?;
    Ok((core, events, account, conversation))
}

#[tokio::test]
async fn disconnecting_the_account_ends_its_private_conversations_and_the_contact_is_told()
-> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks", "otrbot"])?;
    let (core, mut events, account, conversation) = private_with_carol(&net).await?;
    assert!(
        !bot_log(&net)?.iter().any(|e| e["type"] == "finished"),
        "the session is up, nothing ended it yet"
    );

    core.send(Command::Disconnect { account })?;
    let privacy = until(&mut events, |e| match e {
        Event::PrivacyChanged {
            conversation: c,
            privacy,
        } if c == conversation => Some(privacy),
        _ => None,
    })
    .await?;
    assert_eq!(privacy, ConversationPrivacy::NotPrivate);
    until(&mut events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Offline,
            ..
        } => Some(()),
        _ => None,
    })
    .await?;
    // libotr on the contact's side got the disconnect message before alice logged out.
    bot_logs(&net, |e| {
        e["type"] == "finished" && e["peer"] == "alice@otter.test"
    })
    .await?;
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn quitting_ends_the_private_conversations_and_the_contact_is_told() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks", "otrbot"])?;
    let (core, mut events, _, conversation) = private_with_carol(&net).await?;

    core.send(Command::Shutdown)?;
    let mut ended = false;
    until(&mut events, |e| match e {
        Event::PrivacyChanged {
            conversation: c,
            privacy: ConversationPrivacy::NotPrivate,
        } if c == conversation => {
            ended = true;
            None
        }
        Event::Stopped => Some(()),
        _ => None,
    })
    .await?;
    assert!(
        ended,
        "the interface heard the conversation end before the core stopped"
    );
    bot_logs(&net, |e| {
        e["type"] == "finished" && e["peer"] == "alice@otter.test"
    })
    .await?;
    Ok(())
}

#[tokio::test]
async fn the_key_is_made_at_the_first_private_conversation_and_messages_wait_for_it()
-> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks", "otrbot"])?;
    let (core, mut events, account, conversation) = alice_with_carol(&net, true).await?;
    let key_file = net
        .dir()
        .join("profile/otr")
        .join(account.0.to_string())
        .join("otr.private_key");
    assert!(
        std::fs::metadata(&key_file).map_or(true, |m| m.len() == 0),
        "no key is made before it is needed"
    );

    // Two messages: the first one makes the core start the key, the second is typed while
    // it is being made (or just after: either way no private conversation is up yet).
    core.send(Command::SendText {
        conversation,
        local_id: LocalId(21),
        text: MessageText::new("sentinel-key-1"),
    })?;
    core.send(Command::SendText {
        conversation,
        local_id: LocalId(22),
        text: MessageText::new("sentinel-key-2"),
    })?;
    #[derive(Debug, PartialEq)]
    enum Seen {
        Held(LocalId),
        Started,
        Finished,
        Sent(LocalId, Security),
    }
    let mut seen = Vec::new();
    until(&mut events, |e| {
        match e {
            Event::MessageHeld { local_id, reason } => {
                assert_eq!(reason, HeldReason::WaitingForPrivateConversation);
                seen.push(Seen::Held(local_id));
            }
            Event::KeyGeneration {
                account: a,
                state: KeyGenerationState::Started,
            } if a == account => seen.push(Seen::Started),
            Event::KeyGeneration {
                account: a,
                state: KeyGenerationState::Finished,
            } if a == account => seen.push(Seen::Finished),
            Event::KeyGeneration { state, .. } => panic!("key generation: {state:?}"),
            Event::MessageSent { local_id, security } => {
                seen.push(Seen::Sent(local_id, security));
            }
            _ => {}
        }
        (seen.iter().filter(|s| matches!(s, Seen::Sent(..))).count() == 2).then_some(())
    })
    .await?;
    let at = |wanted: &Seen| seen.iter().position(|s| s == wanted);
    let started = at(&Seen::Started).ok_or_else(|| anyhow::anyhow!("no start: {seen:?}"))?;
    let finished = at(&Seen::Finished).ok_or_else(|| anyhow::anyhow!("no end: {seen:?}"))?;
    assert!(started < finished, "{seen:?}");
    assert_eq!(
        seen.iter().filter(|s| **s == Seen::Started).count(),
        1,
        "one key, made once: {seen:?}"
    );
    for id in [LocalId(21), LocalId(22)] {
        let held = at(&Seen::Held(id)).ok_or_else(|| anyhow::anyhow!("not held: {seen:?}"))?;
        let sent = at(&Seen::Sent(id, Security::EncryptedUnverified))
            .ok_or_else(|| anyhow::anyhow!("not sent privately: {seen:?}"))?;
        assert!(held < sent && finished < sent, "{seen:?}");
    }
    // The first message is what started the key; the second was typed right after it, while
    // the key was being made (a key takes tens of milliseconds here, so the order of that
    // one's "held" and "finished" is not asserted: held it is, either way).
    let first_held = at(&Seen::Held(LocalId(21))).unwrap_or(usize::MAX);
    assert!(first_held < started, "{seen:?}");
    assert!(std::fs::metadata(&key_file)?.len() > 0, "the key is saved");

    for sentinel in ["sentinel-key-1", "sentinel-key-2"] {
        bot_logs(&net, |e| {
            e["type"] == "received" && e["text"] == sentinel && e["encrypted"] == true
        })
        .await?;
    }
    let log = bot_log(&net)?;
    for sentinel in ["sentinel-key-1", "sentinel-key-2"] {
        assert!(
            !sentinel_crossed_the_wire_in_clear(&log, sentinel),
            "{log:?}"
        );
    }
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn plaintext_from_a_contact_who_must_be_private_comes_with_a_warning() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let alice = add_xmpp_account(&core, &mut events, &net, "alice").await?;
    connect_online(&core, &mut events, alice, net.get("XMPP_PASSWORD_alice")?).await?;
    let bob = add_xmpp_account(&core, &mut events, &net, "bob").await?;
    connect_online(&core, &mut events, bob, net.get("XMPP_PASSWORD_bob")?).await?;
    let alice_to_bob = open_conversation(&core, &mut events, alice, "bob@otter.test").await?;
    let bob_to_alice = open_conversation(&core, &mut events, bob, "alice@otter.test").await?;
    // bob's side speaks no OTR at all: what he sends is plain text, not even tagged.
    core.send(Command::SetContactOtrPolicy {
        conversation: bob_to_alice,
        policy: Some(OtrPolicy::Never),
    })?;
    until(&mut events, |e| {
        matches!(e, Event::OtrPolicyChanged { conversation, .. } if conversation == bob_to_alice)
            .then_some(())
    })
    .await?;

    let received = async |events: &mut EventStream, sentinel: &'static str| {
        until(events, |e| match e {
            Event::MessageReceived {
                conversation,
                text,
                security,
                plaintext_warning,
                ..
            } if conversation == alice_to_bob && text.reveal() == sentinel => {
                Some((security, plaintext_warning))
            }
            _ => None,
        })
        .await
    };
    // Nothing required yet: plain text is what alice expects from bob.
    send_and_wait_sent(
        &core,
        &mut events,
        bob_to_alice,
        LocalId(31),
        "plain-ok-5e1",
    )
    .await?;
    let (security, warned) = received(&mut events, "plain-ok-5e1").await?;
    assert_eq!(security, Security::NotEncrypted);
    assert!(!warned, "no warning when nothing private was asked for");

    // alice now requires private conversations with bob: his plain text is flagged.
    core.send(Command::SetContactOtrPolicy {
        conversation: alice_to_bob,
        policy: Some(OtrPolicy::Required),
    })?;
    until(&mut events, |e| {
        matches!(e, Event::OtrPolicyChanged { conversation, .. } if conversation == alice_to_bob)
            .then_some(())
    })
    .await?;
    send_and_wait_sent(
        &core,
        &mut events,
        bob_to_alice,
        LocalId(32),
        "plain-warn-5e2",
    )
    .await?;
    let (security, warned) = received(&mut events, "plain-warn-5e2").await?;
    assert_eq!(security, Security::NotEncrypted);
    assert!(
        warned,
        "plain text while a private conversation is required is flagged"
    );

    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn plaintext_in_the_middle_of_a_private_conversation_comes_with_a_warning()
-> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks", "otrbot"])?;
    let (core, mut events, _, conversation) = private_with_carol(&net).await?;
    // The bot answers "plain: X" with X in plaintext, past its libotr.
    let security = send_and_wait_sent(
        &core,
        &mut events,
        conversation,
        LocalId(41),
        "plain: leaked-5f1",
    )
    .await?;
    assert_eq!(security, Security::EncryptedUnverified);
    let (security, warned) = until(&mut events, |e| match e {
        Event::MessageReceived {
            conversation: c,
            text,
            security,
            plaintext_warning,
            ..
        } if c == conversation && text.reveal() == "leaked-5f1" => {
            Some((security, plaintext_warning))
        }
        _ => None,
    })
    .await?;
    assert_eq!(security, Security::NotEncrypted);
    assert!(warned, "plaintext during a private conversation is flagged");
    // An ordinary encrypted echo afterwards carries no warning.
    send_and_wait_sent(&core, &mut events, conversation, LocalId(42), "still-5f2").await?;
    let warned = until(&mut events, |e| match e {
        Event::MessageReceived {
            text,
            plaintext_warning,
            ..
        } if text.reveal() == "echo: still-5f2" => Some(plaintext_warning),
        _ => None,
    })
    .await?;
    assert!(!warned);
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn a_dropped_connection_ends_the_private_conversations_on_our_side() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks", "otrbot"])?;
    let (core, mut events, account, conversation) = private_with_carol(&net).await?;
    // The proxy goes away, and with it the account's connection (the bot's stays up).
    let stopped =
        std::process::Command::new(otter_testkit::workspace_root().join("tests/servers/socks"))
            .arg("stop")
            .arg(net.dir())
            .status()?;
    assert!(stopped.success());
    // The account tries again by itself (Connecting); the conversation ended meanwhile.
    let (mut ended, mut dropped) = (false, false);
    while !(ended && dropped) {
        match until(&mut events, Some).await? {
            Event::PrivacyChanged {
                conversation: c,
                privacy: ConversationPrivacy::NotPrivate,
            } if c == conversation => ended = true,
            Event::AccountStatus {
                account: a,
                status:
                    ConnectionStatus::Connecting
                    | ConnectionStatus::Failed { .. }
                    | ConnectionStatus::Offline,
            } if a == account => dropped = true,
            _ => {}
        }
    }
    // Nothing could be sent: the contact's libotr heard nothing.
    assert!(
        !bot_log(&net)?.iter().any(|e| e["type"] == "finished"),
        "nothing can have reached the contact"
    );
    core.send(Command::Shutdown)?;
    Ok(())
}
