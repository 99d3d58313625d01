//! XEP-0198 acknowledgements fed as Prosody sends them: enabled after binding, our count
//! answered, the user's messages acknowledged or handed back when the connection breaks, and a
//! repeated message (same sender, same id) shown once.

use std::time::Instant;

use otter_types::{LocalId, Password};
use otter_xmpp::{Action, ChannelBindingData, Client, ClientConfig, Jid, TlsMode, XmppEvent};

const HEADER: &str = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
    xmlns:stream='http://etherx.jabber.org/streams' id='s1' from='otter.test' version='1.0'>";

fn run(client: &mut Client, xml: &str) -> anyhow::Result<(String, Vec<XmppEvent>)> {
    if !xml.is_empty() {
        client.handle_bytes(Instant::now(), xml.as_bytes())?;
    }
    let (mut sent, mut events) = (String::new(), Vec::new());
    while let Some(action) = client.poll_action() {
        match action {
            Action::Send(bytes) => sent.push_str(&String::from_utf8(bytes)?),
            Action::Event(event) => events.push(event),
            Action::StartTls | Action::Close(_) => {}
        }
    }
    Ok((sent, events))
}

/// A PLAIN login to a server whose post-login features offer stream management.
fn online_with_sm() -> anyhow::Result<(Client, String)> {
    let account = Jid::parse("alice@otter.test")?;
    let config = ClientConfig::new(
        &account,
        Password::new("pw"),
        "r1".into(),
        TlsMode::StartTls,
        [9; 16],
    )?;
    let mut client = Client::new(config);
    client.start()?;
    run(
        &mut client,
        &format!(
            "{HEADER}<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>\
             </stream:features><proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
        ),
    )?;
    client.handle_tls_established(ChannelBindingData::None)?;
    run(
        &mut client,
        &format!(
            "{HEADER}<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>\
             <mechanism>PLAIN</mechanism></mechanisms></stream:features>\
             <success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"
        ),
    )?;
    let (sent, _) = run(
        &mut client,
        &format!(
            "{HEADER}<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>\
             <sm xmlns='urn:xmpp:sm:3'/></stream:features>"
        ),
    )?;
    let bind = sent
        .split_once("id='")
        .and_then(|(_, rest)| rest.split_once('\''))
        .map(|(id, _)| id.to_owned())
        .ok_or_else(|| anyhow::anyhow!("no bind request in {sent}"))?;
    let (sent, _) = run(
        &mut client,
        &format!(
            "<iq type='result' id='{bind}'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>\
             <jid>alice@otter.test/r1</jid></bind></iq>"
        ),
    )?;
    anyhow::ensure!(client.is_online());
    Ok((client, sent))
}

#[test]
fn messages_are_acknowledged_or_handed_back_and_our_count_is_answered() -> anyhow::Result<()> {
    let (mut client, sent) = online_with_sm()?;
    assert!(
        sent.starts_with("<enable xmlns='urn:xmpp:sm:3'/>"),
        "enabled first, so everything after is counted: {sent}"
    );
    // Roster request, presence, disco#info and the carbons request were stanzas 1 to 4.
    run(&mut client, "<enabled xmlns='urn:xmpp:sm:3'/>")?;
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

    // The server has stanzas 1 to 5: the first message.
    let (_, events) = run(&mut client, "<a xmlns='urn:xmpp:sm:3' h='5'/>")?;
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

    // The connection breaks: the second message is handed back, for the next connection.
    let lost = client.take_unacknowledged();
    assert_eq!(
        lost.iter().map(|m| m.local_id).collect::<Vec<_>>(),
        [LocalId(2)]
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
