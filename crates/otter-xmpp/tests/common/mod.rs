//! A short PLAIN login fed as a server would send it, shared by the transcript tests that need
//! a client online (`tests/` because `handle_bytes` takes an `Instant`).

use std::time::Instant;

use otter_types::Password;
use otter_xmpp::{Action, ChannelBindingData, Client, ClientConfig, Jid, TlsMode, XmppEvent};

pub(crate) const HEADER: &str = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
    xmlns:stream='http://etherx.jabber.org/streams' id='s1' from='otter.test' version='1.0'>";

/// Feeds `xml` (if any) and returns what the client sent and reported.
pub(crate) fn run(client: &mut Client, xml: &str) -> anyhow::Result<(String, Vec<XmppEvent>)> {
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

/// alice@otter.test/r1, not started.
pub(crate) fn new_client() -> anyhow::Result<Client> {
    let account = Jid::parse("alice@otter.test")?;
    let config = ClientConfig::new(
        &account,
        Password::new("pw"),
        "r1".into(),
        TlsMode::StartTls,
        [7; 16],
    )?;
    Ok(Client::new(config))
}

/// Up to the features after login (offering stream management when `sm`); returns what the
/// client sent for them: a bind request, or `<resume/>`.
pub(crate) fn logged_in(client: &mut Client, sm: bool) -> anyhow::Result<String> {
    client.start()?;
    run(
        client,
        &format!(
            "{HEADER}<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>\
             </stream:features><proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
        ),
    )?;
    client.handle_tls_established(ChannelBindingData::None)?;
    run(
        client,
        &format!(
            "{HEADER}<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>\
             <mechanism>PLAIN</mechanism></mechanisms></stream:features>\
             <success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"
        ),
    )?;
    let sm = if sm {
        "<sm xmlns='urn:xmpp:sm:3'/>"
    } else {
        ""
    };
    let (sent, _) = run(
        client,
        &format!(
            "{HEADER}<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>{sm}\
             </stream:features>"
        ),
    )?;
    Ok(sent)
}

/// Answers the bind request in `sent`; returns what the client sent once bound.
pub(crate) fn bound(client: &mut Client, sent: &str) -> anyhow::Result<String> {
    let bind = sent
        .split_once("id='")
        .and_then(|(_, rest)| rest.split_once('\''))
        .map(|(id, _)| id.to_owned())
        .ok_or_else(|| anyhow::anyhow!("no bind request in {sent}"))?;
    let (sent, _) = run(
        client,
        &format!(
            "<iq type='result' id='{bind}'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>\
             <jid>alice@otter.test/r1</jid></bind></iq>"
        ),
    )?;
    anyhow::ensure!(client.is_online());
    Ok(sent)
}

/// Online, with or without stream management offered; returns what was sent once bound.
pub(crate) fn online(sm: bool) -> anyhow::Result<(Client, String)> {
    let mut client = new_client()?;
    let sent = logged_in(&mut client, sm)?;
    let sent = bound(&mut client, &sent)?;
    Ok((client, sent))
}
