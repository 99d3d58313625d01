//! Private conversations over IRC through the core API, with a peer that runs real libotr (the
//! IRC OTR bot) on the real InspIRCd with Atheme services, through the test SOCKS proxy. OTR
//! messages are longer than an IRC line: these tests prove they travel as fragments that fit
//! the 512-byte line both ways and come out whole on the other side.

use otter_core::types::{AccountId, ConversationId, LocalId, MessageText, OtrFingerprint};
use otter_core::{
    Command, ConversationPrivacy, CoreHandle, Event, EventStream, HeldReason, Security,
};
use otter_e2e::{
    add_irc_account, connect_online, open_conversation, send_and_wait_held, send_and_wait_sent,
    start_core, until,
};
use otter_testkit::Network;

/// RFC 1459: a line is at most 512 bytes with its CR LF.
const IRC_LINE: u64 = 512;

fn irc_network() -> anyhow::Result<Network> {
    Network::start(&["irc", "socks", "ircotrbot"])
}

/// alice (SASL over TLS, through the proxy) online, with a query open with the OTR bot.
async fn alice_with_the_bot(
    net: &Network,
    require_everywhere: bool,
) -> anyhow::Result<(CoreHandle, EventStream, AccountId, ConversationId)> {
    let (core, mut events) = start_core(net, "SOCKS_PORT")?;
    core.send(Command::RequirePrivateEverywhere {
        enabled: require_everywhere,
    })?;
    let account = add_irc_account(&core, &mut events, net, "alice").await?;
    connect_online(&core, &mut events, account, net.get("IRC_PASSWORD_alice")?).await?;
    let conversation =
        open_conversation(&core, &mut events, account, net.get("IRC_OTR_BOT_NICK")?).await?;
    Ok((core, events, account, conversation))
}

/// The bot's JSON log lines.
fn bot_log(net: &Network) -> anyhow::Result<Vec<serde_json::Value>> {
    let text = std::fs::read_to_string(net.get("IRC_OTR_BOT_LOG")?)?;
    Ok(text
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect())
}

fn wire<'a>(
    log: &'a [serde_json::Value],
    direction: &'a str,
) -> impl Iterator<Item = &'a serde_json::Value> + 'a {
    log.iter()
        .filter(move |e| e["type"] == "wire" && e["direction"] == direction)
}

fn sentinel_crossed_the_wire_in_clear(log: &[serde_json::Value], sentinel: &str) -> bool {
    log.iter().any(|entry| {
        entry["type"] == "wire" && entry["body"].as_str().is_some_and(|b| b.contains(sentinel))
    })
}

/// Every line that reached the bot, as the server relayed it, fits IRC's line.
fn assert_every_line_fits(log: &[serde_json::Value]) {
    let sizes: Vec<u64> = wire(log, "in")
        .filter_map(|e| e["line_bytes"].as_u64())
        .collect();
    assert!(!sizes.is_empty(), "nothing reached the bot: {log:?}");
    assert!(
        sizes.iter().all(|&size| size <= IRC_LINE),
        "a line over {IRC_LINE} bytes reached the bot: {sizes:?}"
    );
}

async fn start_private(events: &mut EventStream, core: &CoreHandle, c: ConversationId) {
    let sent = core.send(Command::StartPrivate { conversation: c });
    assert!(sent.is_ok(), "{sent:?}");
    let privacy = until(events, |e| match e {
        Event::PrivacyChanged { privacy, .. } => Some(privacy),
        _ => None,
    })
    .await;
    assert!(
        matches!(privacy, Ok(ConversationPrivacy::PrivateUnverified)),
        "{privacy:?}"
    );
}

/// At least 1,500 bytes of mixed scripts, marked with `sentinel` at both ends and in the middle.
fn long_text(sentinel: &str) -> String {
    let mut text = String::from(sentinel);
    let words = [
        "Grüße aus Zürich",
        "نص عربي طويل",
        "длинный текст",
        "長い文章です",
        "ελληνικά",
    ];
    for (i, word) in words.iter().cycle().enumerate() {
        if text.len() >= 1_480 {
            break;
        }
        text.push(' ');
        text.push_str(word);
        if i == 20 {
            text.push(' ');
            text.push_str(sentinel);
        }
    }
    text.push(' ');
    text.push_str(sentinel);
    text
}

/// Runs a test's body and, if it fails, adds the bot's log to the error: what libotr saw on
/// the other side is the first thing to read.
async fn explained(
    net: &Network,
    body: impl Future<Output = anyhow::Result<()>>,
) -> anyhow::Result<()> {
    match body.await {
        Ok(()) => Ok(()),
        Err(error) => {
            let log = std::fs::read_to_string(net.get("IRC_OTR_BOT_LOG")?).unwrap_or_default();
            Err(error.context(format!("the bot's log:\n{log}")))
        }
    }
}

#[tokio::test]
async fn a_long_private_message_over_irc_travels_in_fragments_that_fit_the_line_both_ways()
-> anyhow::Result<()> {
    let net = irc_network()?;
    explained(&net, async {
        let (core, mut events, _, conversation) = alice_with_the_bot(&net, false).await?;
        core.send(Command::StartPrivate { conversation })?;
        let privacy = until(&mut events, |e| match e {
            Event::PrivacyChanged { privacy, .. } => Some(privacy),
            _ => None,
        })
        .await?;
        assert_eq!(privacy, ConversationPrivacy::PrivateUnverified);
        // The keys of the session follow the change of privacy.
        let (own, contact) = until(&mut events, |e| match e {
            Event::Keys { own, contact, .. } => Some((own, contact)),
            _ => None,
        })
        .await?;

        let sentinel = "sentinel-irc-otr-4e1d";
        let text = long_text(sentinel);
        assert!(text.len() >= 1_500 && !text.is_ascii());
        let sent = send_and_wait_sent(&core, &mut events, conversation, LocalId(1), &text).await?;
        assert_eq!(sent, Security::EncryptedUnverified);
        let (echo, security) = until(&mut events, |e| match e {
            Event::MessageReceived { text, security, .. } => Some((text, security)),
            _ => None,
        })
        .await?;
        assert_eq!(
            echo.reveal(),
            format!("echo: {text}"),
            "the echo came back whole"
        );
        assert_eq!(security, Security::EncryptedUnverified);

        let log = bot_log(&net)?;
        assert!(
            log.iter().any(|e| e["type"] == "received"
                && e["text"] == text.as_str()
                && e["encrypted"] == true),
            "libotr reassembled and decrypted what Otter sent: {log:?}"
        );
        assert_every_line_fits(&log);
        assert!(
            !sentinel_crossed_the_wire_in_clear(&log, sentinel),
            "{log:?}"
        );
        // The message could not fit one line: it really was fragmented, both ways.
        let fragments_in = wire(&log, "in")
            .filter(|e| e["body"].as_str().is_some_and(|b| b.starts_with("?OTR|")))
            .count();
        let fragments_out = wire(&log, "out")
            .filter(|e| e["body"].as_str().is_some_and(|b| b.starts_with("?OTR|")))
            .count();
        assert!(
            fragments_in >= 4,
            "{fragments_in} fragments reached the bot"
        );
        assert!(fragments_out >= 4, "the bot sent {fragments_out} fragments");
        assert!(
            wire(&log, "out").all(|e| e["line_bytes"].as_u64().is_some_and(|n| n <= IRC_LINE)),
            "the bot itself kept to the line"
        );

        // Both sides agree on both keys.
        assert!(contact.ct_eq(&OtrFingerprint::parse(net.get("IRC_OTR_BOT_FINGERPRINT")?)?));
        let seen_by_bot = log
            .iter()
            .find_map(|e| {
                (e["type"] == "gone_secure")
                    .then(|| e["fingerprint"].as_str())
                    .flatten()
            })
            .ok_or_else(|| anyhow::anyhow!("the bot never went secure"))?;
        assert!(own.ct_eq(&OtrFingerprint::parse(seen_by_bot)?));
        core.send(Command::Shutdown)?;
        Ok(())
    })
    .await
}

#[tokio::test]
async fn verifying_over_irc_with_a_question_marks_the_contact_verified() -> anyhow::Result<()> {
    let net = irc_network()?;
    explained(&net, async {
        let (core, mut events, _, conversation) = alice_with_the_bot(&net, false).await?;
        start_private(&mut events, &core, conversation).await;

        let question = "Which animal is on our project's logo?";
        core.send(Command::Verify {
            conversation,
            question: Some(MessageText::new(question)),
            secret: otter_core::types::Secret::new(
                net.get("IRC_OTR_BOT_SMP_ANSWER")?.as_bytes().to_vec(),
            ),
        })?;
        let succeeded = until(&mut events, |e| match e {
            Event::VerificationFinished { succeeded, .. } => Some(succeeded),
            _ => None,
        })
        .await?;
        assert!(succeeded);
        let privacy = until(&mut events, |e| match e {
            Event::PrivacyChanged { privacy, .. } => Some(privacy),
            _ => None,
        })
        .await?;
        assert_eq!(privacy, ConversationPrivacy::PrivateVerified);

        let security = send_and_wait_sent(
            &core,
            &mut events,
            conversation,
            LocalId(9),
            "verified hello",
        )
        .await?;
        assert_eq!(security, Security::EncryptedVerified);
        let echo = until(&mut events, |e| match e {
            Event::MessageReceived { text, security, .. } => Some((text, security)),
            _ => None,
        })
        .await?;
        assert_eq!(echo.0.reveal(), "echo: verified hello");
        assert_eq!(echo.1, Security::EncryptedVerified);

        let log = bot_log(&net)?;
        assert!(
            log.iter()
                .any(|e| e["type"] == "smp_question" && e["question"] == question),
            "{log:?}"
        );
        assert!(
            log.iter()
                .any(|e| e["type"] == "smp" && e["result"] == "succeeded"),
            "{log:?}"
        );
        assert_every_line_fits(&log);
        core.send(Command::Shutdown)?;
        Ok(())
    })
    .await
}

#[tokio::test]
async fn over_irc_a_message_typed_before_the_private_session_is_held_then_sent_encrypted()
-> anyhow::Result<()> {
    let net = irc_network()?;
    explained(&net, async {
        let (core, mut events, _, conversation) = alice_with_the_bot(&net, true).await?;
        let sentinel = "sentinel-irc-held-a93f";
        let held =
            send_and_wait_held(&core, &mut events, conversation, LocalId(7), sentinel).await?;
        assert_eq!(held, HeldReason::WaitingForPrivateConversation);

        // The core asked for the private conversation itself; once up, the message leaves encrypted.
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
            log.iter().any(|e| e["type"] == "received"
                && e["text"] == sentinel
                && e["encrypted"] == true),
            "{log:?}"
        );
        // The only plaintext that reached the bot is the explanation that follows the OTR
        // query (which the bot does not answer), never what the user typed.
        let plaintext: Vec<&str> = log
            .iter()
            .filter(|e| e["type"] == "received" && e["encrypted"] == false)
            .filter_map(|e| e["text"].as_str())
            .collect();
        assert!(
            plaintext
                .iter()
                .all(|t| !t.contains(sentinel) && !t.contains("echo")),
            "{plaintext:?}"
        );
        assert_every_line_fits(&log);
        core.send(Command::Shutdown)?;
        Ok(())
    })
    .await
}

/// A contact who writes back at once (here: a bot that answers every plain line) must not
/// upset the key exchange. Over IRC the request is the query tag alone, one line: no plain
/// lines of libotr's HTML explanation for the contact to answer, so no second exchange
/// crossing the first, and the first private message arrives.
#[tokio::test]
async fn over_irc_the_request_is_one_line_and_a_contact_answering_at_once_changes_nothing()
-> anyhow::Result<()> {
    let net = Network::start_with_env(
        &["irc", "socks", "ircotrbot"],
        &[("IRC_OTR_BOT_ANSWER_QUERY_TEXT", "1")],
    )?;
    explained(&net, async {
        let (core, mut events, _, conversation) = alice_with_the_bot(&net, false).await?;
        start_private(&mut events, &core, conversation).await;
        let sentinel = "sentinel-irc-first-message-5d2a";
        let sent =
            send_and_wait_sent(&core, &mut events, conversation, LocalId(31), sentinel).await?;
        assert_eq!(sent, Security::EncryptedUnverified);
        let echo = until(&mut events, |e| match e {
            Event::MessageReceived { text, security, .. } if text.reveal().contains(sentinel) => {
                Some(security)
            }
            _ => None,
        })
        .await?;
        assert_eq!(echo, Security::EncryptedUnverified);
        let log = bot_log(&net)?;
        let queries: Vec<&str> = wire(&log, "in")
            .filter_map(|e| e["body"].as_str())
            .filter(|body| body.starts_with("?OTRv"))
            .collect();
        assert_eq!(queries, ["?OTRv23?"], "{log:?}");
        assert!(
            wire(&log, "in").all(|e| e["body"]
                .as_str()
                .is_none_or(|body| !body.contains("Off-the-Record") && !body.contains("<b>"))),
            "libotr's explanation reached the contact: {log:?}"
        );
        assert!(
            log.iter().any(|e| e["type"] == "received"
                && e["text"] == sentinel
                && e["encrypted"] == true)
        );
        core.send(Command::Shutdown)?;
        Ok(())
    })
    .await
}

/// A contact who types as the key exchange starts: their software tags the text (the
/// conversation is not private yet), and the tag reaches Otter in the middle of the exchange.
/// It must not start a second exchange across the first (libotr would: the two then replace
/// each other's keys and the conversation drops to plaintext for a moment).
#[tokio::test]
async fn over_irc_text_the_contact_types_during_the_key_exchange_starts_no_second_one()
-> anyhow::Result<()> {
    let typed = "typed-during-the-exchange-6a1";
    let net = Network::start_with_env(
        &["irc", "socks", "ircotrbot"],
        &[("IRC_OTR_BOT_TYPE_DURING_EXCHANGE", typed)],
    )?;
    explained(&net, async {
        let (core, mut events, _, conversation) = alice_with_the_bot(&net, false).await?;
        core.send(Command::StartPrivate { conversation })?;
        let sentinel = "sentinel-irc-after-the-tag-6a2";
        // Everything that happens to the conversation until the first private echo.
        let mut privacy = Vec::new();
        let mut plain = Vec::new();
        let mut sent = false;
        until(&mut events, |e| match e {
            Event::PrivacyChanged {
                conversation: c,
                privacy: p,
            } if c == conversation => {
                if p == ConversationPrivacy::PrivateUnverified && !sent {
                    sent = true;
                    let _ = core.send(Command::SendText {
                        conversation,
                        local_id: LocalId(61),
                        text: MessageText::new(sentinel),
                    });
                }
                privacy.push(p);
                None
            }
            Event::MessageReceived { text, security, .. } => {
                if text.reveal().contains(sentinel) {
                    return Some(security);
                }
                plain.push((text.reveal().to_owned(), security));
                None
            }
            _ => None,
        })
        .await
        .map(|security| assert_eq!(security, Security::EncryptedUnverified))?;
        assert_eq!(
            privacy,
            [ConversationPrivacy::PrivateUnverified],
            "private once, never dropped back"
        );
        assert_eq!(plain, [(typed.to_owned(), Security::NotEncrypted)]);
        let log = bot_log(&net)?;
        let commits_from_alice = wire(&log, "in")
            .filter_map(|e| e["body"].as_str())
            .filter(|body| body.starts_with("?OTR:AAMC"))
            .count();
        assert_eq!(
            commits_from_alice, 0,
            "Otter started an exchange of its own: {log:?}"
        );
        let secure = log.iter().filter(|e| e["type"] == "gone_secure").count();
        assert_eq!(secure, 1, "{log:?}");
        core.send(Command::Shutdown)?;
        Ok(())
    })
    .await
}
