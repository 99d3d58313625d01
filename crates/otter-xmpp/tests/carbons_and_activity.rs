//! Message carbons (XEP-0280), chat states (XEP-0085) and receipts (XEP-0184), fed as
//! Prosody sends them: carbons enabled after login and accepted only from our own account,
//! other devices' OTR data never surfacing; chat states and receipts neither sent, answered
//! nor reported until the user shares them.

use otter_otr::{Ciphertext, WireBody};
use otter_types::LocalId;
use otter_xmpp::{ActivitySharing, ChatState, Client, Jid, XmppEvent};

mod common;

use common::run;

fn online() -> anyhow::Result<(Client, String)> {
    common::online(false)
}

fn carbon(from: &str, direction: &str, inner: &str) -> String {
    format!(
        "<message from='{from}' to='alice@otter.test/r1' type='chat'>\
         <{direction} xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>\
         {inner}</forwarded></{direction}></message>"
    )
}

const BOB_TO_PHONE: &str = "<message xmlns='jabber:client' from='bob@otter.test/x' \
    to='alice@otter.test/phone' type='chat' id='b1'><body>to your phone</body></message>";
const PHONE_TO_BOB: &str = "<message xmlns='jabber:client' from='alice@otter.test/phone' \
    to='bob@otter.test' type='chat' id='p1'><body>from my phone</body></message>";

#[test]
fn carbons_are_enabled_after_login_and_a_refusal_is_ignored() -> anyhow::Result<()> {
    let (mut client, sent) = online()?;
    let enable = sent
        .split("<iq ")
        .find(|iq| iq.contains("<enable xmlns='urn:xmpp:carbons:2'/>"))
        .ok_or_else(|| anyhow::anyhow!("no carbons request in {sent}"))?;
    assert!(enable.starts_with("type='set'"), "{enable}");
    let id = enable
        .split_once("id='")
        .and_then(|(_, rest)| rest.split_once('\''))
        .map(|(id, _)| id.to_owned())
        .ok_or_else(|| anyhow::anyhow!("no id in {enable}"))?;
    let (sent, events) = run(
        &mut client,
        &format!(
            "<iq type='error' id='{id}' from='alice@otter.test'><error type='cancel'>\
             <service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"
        ),
    )?;
    assert!(sent.is_empty() && events.is_empty(), "{sent} {events:?}");
    assert!(client.is_online());
    Ok(())
}

#[test]
fn carbons_from_our_account_show_what_other_devices_received_and_sent() -> anyhow::Result<()> {
    let (mut client, _) = online()?;
    let (_, events) = run(
        &mut client,
        &carbon("alice@otter.test", "received", BOB_TO_PHONE),
    )?;
    let [
        XmppEvent::ChatReceived {
            from,
            text,
            in_room: false,
            ..
        },
    ] = events.as_slice()
    else {
        panic!("{events:?}")
    };
    assert_eq!(from.to_string(), "bob@otter.test/x");
    assert_eq!(text.reveal(), "to your phone");

    let (_, events) = run(
        &mut client,
        &carbon("alice@otter.test", "sent", PHONE_TO_BOB),
    )?;
    let [XmppEvent::ChatSentElsewhere { to, text }] = events.as_slice() else {
        panic!("{events:?}")
    };
    assert_eq!(to.to_string(), "bob@otter.test");
    assert_eq!(text.reveal(), "from my phone");
    Ok(())
}

#[test]
fn a_carbon_from_anyone_else_is_a_forgery_and_dropped() -> anyhow::Result<()> {
    let (mut client, _) = online()?;
    for from in [
        "mallory@otter.test",
        "mallory@otter.test/x",
        // Even another device of ours may not speak for the account.
        "alice@otter.test/phone",
        "otter.test",
    ] {
        for (direction, inner) in [("received", BOB_TO_PHONE), ("sent", PHONE_TO_BOB)] {
            let (sent, events) = run(&mut client, &carbon(from, direction, inner))?;
            assert!(events.is_empty(), "{from} {direction}: {events:?}");
            assert!(sent.is_empty(), "{from} {direction}: {sent}");
        }
    }
    // Without a `from` it cannot be told from a forgery either.
    let unsigned = carbon("x", "received", BOB_TO_PHONE).replace(" from='x'", "");
    let (_, events) = run(&mut client, &unsigned)?;
    assert!(events.is_empty(), "{events:?}");
    Ok(())
}

#[test]
fn other_devices_otr_data_never_surfaces() -> anyhow::Result<()> {
    let (mut client, _) = online()?;
    for body in [
        "?OTR:AAMDJ+MVmSfjFZcAAAAAAQAAAAIAAADA==.",
        "?OTRv23?",
        "?OTR Error: you are not in a private conversation",
        "hello \t  \t\t\t\t \t \t \t    \t\t  \t ",
    ] {
        let received = BOB_TO_PHONE.replace("to your phone", body);
        let sent = PHONE_TO_BOB.replace("from my phone", body);
        let (_, events) = run(
            &mut client,
            &carbon("alice@otter.test", "received", &received),
        )?;
        assert!(events.is_empty(), "{body:?}: {events:?}");
        let (_, events) = run(&mut client, &carbon("alice@otter.test", "sent", &sent))?;
        assert!(events.is_empty(), "{body:?}: {events:?}");
    }
    Ok(())
}

#[test]
fn ciphertext_we_send_is_kept_from_our_other_devices() -> anyhow::Result<()> {
    let (mut client, _) = online()?;
    let bob = Jid::parse("bob@otter.test")?;
    let ciphertext = WireBody::otr_protocol(
        Ciphertext::new("?OTR:AAMDJ+MVmSfjFZcAAAAAAQ==.".into())
            .map_err(|_| anyhow::anyhow!("not OTR data"))?,
    );
    client.send_chat(&bob, &ciphertext, LocalId(1))?;
    let (sent, _) = run(&mut client, "")?;
    assert!(
        sent.contains("<private xmlns='urn:xmpp:carbons:2'/>")
            && sent.contains("<no-copy xmlns='urn:xmpp:hints'/>"),
        "{sent}"
    );
    // Plaintext the policy allowed is copied like any message.
    client.send_chat(&bob, &otter_testkit::released_plaintext("hi")?, LocalId(2))?;
    let (sent, _) = run(&mut client, "")?;
    assert!(
        !sent.contains("urn:xmpp:carbons:2") && !sent.contains("urn:xmpp:hints"),
        "{sent}"
    );
    Ok(())
}

const ASKING: &str = "<message from='bob@otter.test/x' to='alice@otter.test/r1' type='chat' \
    id='q1'><body>hi</body><active xmlns='http://jabber.org/protocol/chatstates'/>\
    <request xmlns='urn:xmpp:receipts'/></message>";
const TYPING: &str = "<message from='bob@otter.test/x' type='chat' id='t1'>\
    <composing xmlns='http://jabber.org/protocol/chatstates'/></message>";

#[test]
fn by_default_no_state_or_receipt_leaves_and_none_is_reported() -> anyhow::Result<()> {
    let (mut client, _) = online()?;
    let bob = Jid::parse("bob@otter.test")?;
    client.send_chat(&bob, &otter_testkit::released_plaintext("hi")?, LocalId(1))?;
    client.send_chat_state(&bob, ChatState::Composing)?;
    let (sent, _) = run(&mut client, "")?;
    assert!(
        !sent.contains("chatstates") && !sent.contains("receipts"),
        "{sent}"
    );
    assert_eq!(sent.matches("<message").count(), 1, "{sent}");

    let (sent, events) = run(&mut client, ASKING)?;
    assert!(sent.is_empty(), "a receipt request is not answered: {sent}");
    assert!(
        matches!(events.as_slice(), [XmppEvent::ChatReceived { .. }]),
        "{events:?}"
    );
    let (_, events) = run(&mut client, TYPING)?;
    assert!(events.is_empty(), "{events:?}");
    Ok(())
}

/// A roster push that lists bob with this subscription.
fn bob_listed(subscription: &str) -> String {
    format!(
        "<iq type='set' id='push-{subscription}'><query xmlns='jabber:iq:roster'>\
         <item jid='bob@otter.test' subscription='{subscription}'/></query></iq>"
    )
}

#[test]
fn shared_states_and_receipts_are_sent_answered_and_reported() -> anyhow::Result<()> {
    let (mut client, _) = online()?;
    client.set_activity_sharing(ActivitySharing {
        chat_states: true,
        receipts: true,
    });
    run(&mut client, &bob_listed("both"))?;
    let bob = Jid::parse("bob@otter.test")?;
    client.send_chat(&bob, &otter_testkit::released_plaintext("hi")?, LocalId(5))?;
    let (sent, _) = run(&mut client, "")?;
    assert!(
        sent.contains("<active xmlns='http://jabber.org/protocol/chatstates'/>")
            && sent.contains("<request xmlns='urn:xmpp:receipts'/>"),
        "{sent}"
    );
    let id = sent
        .split_once("id='")
        .and_then(|(_, rest)| rest.split_once('\''))
        .map(|(id, _)| id.to_owned())
        .ok_or_else(|| anyhow::anyhow!("no id in {sent}"))?;

    client.send_chat_state(&bob, ChatState::Composing)?;
    let (sent, _) = run(&mut client, "")?;
    assert!(
        sent.contains("<composing xmlns='http://jabber.org/protocol/chatstates'/>")
            && sent.contains("<no-store xmlns='urn:xmpp:hints'/>")
            && !sent.contains("<body>"),
        "{sent}"
    );

    let (_, events) = run(
        &mut client,
        &format!(
            "<message from='bob@otter.test/x' id='r9'><received xmlns='urn:xmpp:receipts' \
             id='{id}'/></message>"
        ),
    )?;
    assert!(
        matches!(
            events.as_slice(),
            [XmppEvent::MessageDelivered {
                local_id: LocalId(5),
                ..
            }]
        ),
        "{events:?}"
    );

    let (sent, events) = run(&mut client, ASKING)?;
    assert!(
        sent.starts_with("<message to='bob@otter.test/x'")
            && sent.contains("<received xmlns='urn:xmpp:receipts' id='q1'/>"),
        "{sent}"
    );
    assert!(
        matches!(
            events.as_slice(),
            [
                XmppEvent::ChatStateReceived {
                    state: ChatState::Active,
                    ..
                },
                XmppEvent::ChatReceived { .. }
            ]
        ),
        "{events:?}"
    );
    let (_, events) = run(&mut client, TYPING)?;
    assert!(
        matches!(
            events.as_slice(),
            [XmppEvent::ChatStateReceived {
                state: ChatState::Composing,
                ..
            }]
        ),
        "{events:?}"
    );
    // A copy of a message to another device is that device's to receipt.
    let copied = ASKING
        .replace("alice@otter.test/r1", "alice@otter.test/phone")
        .replace("q1", "q2");
    let (sent, _) = run(
        &mut client,
        &carbon(
            "alice@otter.test",
            "received",
            &copied.replace("<message ", "<message xmlns='jabber:client' "),
        ),
    )?;
    assert!(sent.is_empty(), "{sent}");
    Ok(())
}

#[test]
fn receipts_go_only_to_contacts_who_may_see_our_presence() -> anyhow::Result<()> {
    let (mut client, _) = online()?;
    client.set_activity_sharing(ActivitySharing {
        chat_states: false,
        receipts: true,
    });
    let answered = |client: &mut Client, id: &str| -> anyhow::Result<bool> {
        let (sent, events) = run(client, &ASKING.replace("q1", id))?;
        assert!(
            matches!(events.as_slice(), [XmppEvent::ChatReceived { .. }]),
            "the message itself still arrives: {events:?}"
        );
        Ok(sent.contains(&format!("<received xmlns='urn:xmpp:receipts' id='{id}'/>")))
    };
    // A stranger, not in the roster, learns nothing about when the user reads.
    assert!(!answered(&mut client, "s1")?);
    // Listed, but the user only sees their presence, or shares nothing with them.
    run(&mut client, &bob_listed("to"))?;
    assert!(!answered(&mut client, "s2")?);
    run(&mut client, &bob_listed("none"))?;
    assert!(!answered(&mut client, "s3")?);
    // They see the user's presence: a receipt tells them nothing more.
    run(&mut client, &bob_listed("from"))?;
    assert!(answered(&mut client, "s4")?);
    run(&mut client, &bob_listed("both"))?;
    assert!(answered(&mut client, "s5")?);
    // Removed from the roster: a stranger again.
    run(&mut client, &bob_listed("remove"))?;
    assert!(!answered(&mut client, "s6")?);
    Ok(())
}
