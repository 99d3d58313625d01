//! XEP-0198 fed as Prosody sends it: enabled after binding, our count answered, the user's
//! messages acknowledged; after a break, the stream resumed with what the server did not have
//! sent again, or, when it cannot be resumed, a new session with the messages sent again with
//! their ids; and a repeated message (same sender, same id) shown once.

use otter_types::LocalId;
use otter_xmpp::{Client, Jid, XmppEvent};

mod common;

use common::{bound, new_client, run};

fn logged_in(client: &mut Client) -> anyhow::Result<String> {
    common::logged_in(client, true)
}

fn online_with_sm() -> anyhow::Result<(Client, String)> {
    common::online(true)
}

#[test]
fn messages_are_acknowledged_and_a_resumed_stream_sends_what_the_server_lacked()
-> anyhow::Result<()> {
    let (mut client, sent) = online_with_sm()?;
    assert!(
        sent.starts_with("<enable xmlns='urn:xmpp:sm:3' resume='true'/>"),
        "enabled first, so everything after is counted: {sent}"
    );
    // Roster request, presence, disco#info, disco#items (the room service) and the carbons
    // request were stanzas 1 to 5.
    run(
        &mut client,
        "<enabled xmlns='urn:xmpp:sm:3' id='stream-7' resume='true'/>",
    )?;
    let bob = Jid::parse("bob@otter.test")?;
    for (id, text) in [(1, "one"), (2, "two")] {
        let body = otter_testkit::released_plaintext(text)?;
        client.send_chat(&bob, &body, LocalId(id))?;
    }
    let (sent, _) = run(&mut client, "")?;
    assert_eq!(
        sent.matches("<r xmlns='urn:xmpp:sm:3'/>").count(),
        2,
        "{sent}"
    );

    // The server has stanzas 1 to 6: the first message.
    let (_, events) = run(&mut client, "<a xmlns='urn:xmpp:sm:3' h='6'/>")?;
    assert!(matches!(
        events.as_slice(),
        [XmppEvent::MessageAcknowledged {
            local_id: LocalId(1)
        }]
    ));
    // Two stanzas of the server's handled (a ping counts), then its request.
    let (sent, _) = run(
        &mut client,
        "<message from='bob@otter.test/x' type='chat' id='m1'><body>hi</body></message>\
         <iq type='get' id='p1' from='otter.test'><ping xmlns='urn:xmpp:ping'/></iq>\
         <r xmlns='urn:xmpp:sm:3'/>",
    )?;
    assert!(sent.ends_with("<a xmlns='urn:xmpp:sm:3' h='2'/>"), "{sent}");

    // The connection breaks. The next one resumes the stream with our count; the server had
    // everything up to stanza 6, so the second message goes again, and the server's own
    // stanzas held meanwhile arrive.
    let mut next = new_client()?;
    next.resume_from(client.take_resumption());
    let sent = logged_in(&mut next)?;
    assert_eq!(
        sent,
        "<resume xmlns='urn:xmpp:sm:3' previd='stream-7' h='2'/>"
    );
    let (sent, events) = run(
        &mut next,
        "<resumed xmlns='urn:xmpp:sm:3' previd='stream-7' h='6'/>\
         <message from='bob@otter.test/x' type='chat' id='m2'><body>held</body></message>",
    )?;
    assert!(next.is_online());
    assert!(
        sent.contains(">two"),
        "the message not acknowledged is sent again: {sent}"
    );
    assert!(!sent.contains(">one"), "{sent}");
    assert!(
        !sent.contains("jabber:iq:roster"),
        "the same session: no new login: {sent}"
    );
    assert!(
        matches!(events.first(), Some(XmppEvent::Resumed { .. })),
        "{events:?}"
    );
    assert!(
        events
            .iter()
            .any(|e| matches!(e, XmppEvent::ChatReceived { text, .. } if text.reveal() == "held"))
    );
    // That resend is acknowledged as stanza 7.
    let (_, events) = run(&mut next, "<a xmlns='urn:xmpp:sm:3' h='7'/>")?;
    assert!(matches!(
        events.as_slice(),
        [XmppEvent::MessageAcknowledged {
            local_id: LocalId(2)
        }]
    ));
    Ok(())
}

#[test]
fn a_stream_the_server_forgot_becomes_a_new_session_with_the_messages_sent_again()
-> anyhow::Result<()> {
    let (mut client, _) = online_with_sm()?;
    run(
        &mut client,
        "<enabled xmlns='urn:xmpp:sm:3' id='old' resume='true'/>",
    )?;
    let bob = Jid::parse("bob@otter.test")?;
    client.send_chat(
        &bob,
        &otter_testkit::released_plaintext("lost?")?,
        LocalId(9),
    )?;
    let (sent, _) = run(&mut client, "")?;
    let id = sent
        .split_once("<message")
        .and_then(|(_, m)| m.split_once("id='"))
        .and_then(|(_, rest)| rest.split_once('\''))
        .map(|(id, _)| id.to_owned())
        .ok_or_else(|| anyhow::anyhow!("no message id in {sent}"))?;

    let mut next = new_client()?;
    next.resume_from(client.take_resumption());
    let sent = logged_in(&mut next)?;
    assert!(sent.starts_with("<resume"), "{sent}");
    let (sent, _) = run(
        &mut next,
        "<failed xmlns='urn:xmpp:sm:3'><item-not-found \
         xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></failed>",
    )?;
    let sent = bound(&mut next, &sent)?;
    assert!(sent.contains("jabber:iq:roster"), "a new session: {sent}");
    assert!(
        sent.contains(&format!("id='{id}'")) && sent.contains(">lost?"),
        "the message again, with its id: {sent}"
    );
    Ok(())
}

#[test]
fn a_message_sent_again_with_its_id_is_shown_once() -> anyhow::Result<()> {
    let (mut client, _) = online_with_sm()?;
    let message = "<message from='bob@otter.test/phone' type='chat' id='same'>\
                   <body>hello</body></message>";
    let (_, first) = run(&mut client, message)?;
    // Again from another resource of the same contact (a reconnect), with the same id.
    let (_, again) = run(&mut client, &message.replace("/phone", "/laptop"))?;
    assert_eq!(first.len(), 1);
    assert!(again.is_empty(), "{again:?}");
    Ok(())
}

#[test]
fn renaming_a_contact_keeps_its_groups_also_after_a_resumed_stream() -> anyhow::Result<()> {
    let (mut client, _) = online_with_sm()?;
    // A roster push puts bob in two groups.
    run(
        &mut client,
        "<iq type='set' id='push1'><query xmlns='jabber:iq:roster'>\
         <item jid='bob@otter.test' name='Bob' subscription='both'>\
         <group>Friends</group><group>Work</group></item></query></iq>",
    )?;
    let bob = Jid::parse("bob@otter.test")?;
    client.rename_contact(&bob, Some("Bobby"))?;
    let (sent, _) = run(&mut client, "")?;
    assert!(
        sent.contains("name='Bobby'><group>Friends</group><group>Work</group></item>"),
        "{sent}"
    );

    run(
        &mut client,
        "<enabled xmlns='urn:xmpp:sm:3' id='s9' resume='true'/>",
    )?;
    let mut next = new_client()?;
    next.resume_from(client.take_resumption());
    let _ = logged_in(&mut next)?;
    run(
        &mut next,
        "<resumed xmlns='urn:xmpp:sm:3' previd='s9' h='0'/>",
    )?;
    next.rename_contact(&bob, None)?;
    let (sent, _) = run(&mut next, "")?;
    assert!(
        sent.contains("<item jid='bob@otter.test'><group>Friends</group><group>Work</group>"),
        "{sent}"
    );
    Ok(())
}

#[test]
fn setting_groups_keeps_the_name_also_after_a_resumed_stream() -> anyhow::Result<()> {
    let (mut client, _) = online_with_sm()?;
    run(
        &mut client,
        "<iq type='set' id='push1'><query xmlns='jabber:iq:roster'>\
         <item jid='bob@otter.test' name='Bob' subscription='both'>\
         <group>Friends</group></item></query></iq>",
    )?;
    let bob = Jid::parse("bob@otter.test")?;
    client.set_contact_groups(
        &bob,
        &[" Work ".to_owned(), "Work".to_owned(), "Chess".to_owned()],
    )?;
    let (sent, _) = run(&mut client, "")?;
    assert!(
        sent.contains(
            "<item jid='bob@otter.test' name='Bob'><group>Work</group><group>Chess</group></item>"
        ),
        "{sent}"
    );
    run(
        &mut client,
        "<enabled xmlns='urn:xmpp:sm:3' id='s9' resume='true'/>",
    )?;
    let mut next = new_client()?;
    next.resume_from(client.take_resumption());
    let _ = logged_in(&mut next)?;
    run(
        &mut next,
        "<resumed xmlns='urn:xmpp:sm:3' previd='s9' h='0'/>",
    )?;
    next.set_contact_groups(&bob, &[])?;
    let (sent, _) = run(&mut next, "")?;
    assert!(
        sent.contains("<item jid='bob@otter.test' name='Bob'/>"),
        "{sent}"
    );
    Ok(())
}

/// Carbons (XEP-0280) belong to the server's session: a resumed stream is the same session and
/// keeps them, a new session after a failed resumption starts without and must ask again, or
/// the other devices' messages silently stop showing.
#[test]
fn carbons_are_asked_for_again_on_a_new_session_but_not_on_a_resumed_one() -> anyhow::Result<()> {
    const CARBONS: &str = "<enable xmlns='urn:xmpp:carbons:2'/>";
    let (mut client, sent) = online_with_sm()?;
    assert!(sent.contains(CARBONS), "{sent}");
    run(
        &mut client,
        "<enabled xmlns='urn:xmpp:sm:3' id='s1' resume='true'/>",
    )?;

    let mut resumed = new_client()?;
    resumed.resume_from(client.take_resumption());
    logged_in(&mut resumed)?;
    // The server had the first stream's five stanzas (roster, presence, disco#info,
    // disco#items, carbons).
    let (sent, events) = run(
        &mut resumed,
        "<resumed xmlns='urn:xmpp:sm:3' previd='s1' h='5'/>",
    )?;
    assert!(matches!(events.first(), Some(XmppEvent::Resumed { .. })));
    assert!(
        !sent.contains(CARBONS),
        "the session still has them: {sent}"
    );

    // That connection breaks too, and this time the server has forgotten the session.
    let mut fresh = new_client()?;
    fresh.resume_from(resumed.take_resumption());
    logged_in(&mut fresh)?;
    let (sent, _) = run(
        &mut fresh,
        "<failed xmlns='urn:xmpp:sm:3'><item-not-found \
         xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></failed>",
    )?;
    let sent = bound(&mut fresh, &sent)?;
    assert_eq!(sent.matches(CARBONS).count(), 1, "{sent}");
    Ok(())
}
