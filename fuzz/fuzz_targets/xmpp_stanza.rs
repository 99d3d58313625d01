//! Stanzas to a client that is online: logged in with PLAIN, bound, stream management enabled
//! and a room joined, so every stanza decoder is reachable (messages, presences, roster, iq
//! requests and results, rooms, bookmarks, stream management). The payload follows the bind
//! result on the same stream. Flags bit 1 leaves stream management off.

#![no_main]

use libfuzzer_sys::fuzz_target;
use otter_fuzz::Input;
use otter_fuzz::xmpp::drain;
use otter_types::Password;
use otter_xmpp::{ChannelBindingData, Client, ClientConfig, History, Jid, TlsMode};

const FLAG_NO_SM: u8 = 2;

const HEADER: &str = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
    xmlns:stream='http://etherx.jabber.org/streams' id='s1' from='otter.test' version='1.0'>";

/// Feeds a fixed part of the login; it must be accepted. Returns what the client sent.
fn step(client: &mut Client, bytes: &str) -> String {
    client
        .handle_bytes(otter_fuzz::start(), bytes.as_bytes())
        .expect("the login transcript is accepted");
    let mut sent = String::new();
    while let Some(action) = client.poll_action() {
        if let otter_xmpp::Action::Send(bytes) = action {
            sent.push_str(&String::from_utf8_lossy(&bytes));
        }
    }
    sent
}

fn online(sm: bool) -> Client {
    let account = Jid::parse("alice@otter.test").expect("a valid address");
    let config = ClientConfig::new(
        &account,
        Password::new("pw"),
        "r1".into(),
        TlsMode::DirectTls,
        [7; 16],
    )
    .expect("a valid configuration");
    let mut client = Client::new(config);
    client.start().expect("starts");
    client
        .handle_tls_established(ChannelBindingData::None)
        .expect("TLS is expected");
    while client.poll_action().is_some() {}
    step(
        &mut client,
        &format!(
            "{HEADER}<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>\
             <mechanism>PLAIN</mechanism></mechanisms></stream:features>\
             <success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"
        ),
    );
    let sm = if sm {
        "<sm xmlns='urn:xmpp:sm:3'/>"
    } else {
        ""
    };
    let sent = step(
        &mut client,
        &format!(
            "{HEADER}<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>{sm}\
             </stream:features>"
        ),
    );
    let bind = sent
        .split_once("id='")
        .and_then(|(_, rest)| rest.split_once('\''))
        .map(|(id, _)| id.to_owned())
        .expect("a bind request");
    step(
        &mut client,
        &format!(
            "<iq type='result' id='{bind}'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>\
             <jid>alice@otter.test/r1</jid></bind></iq>"
        ),
    );
    assert!(client.is_online());
    let room = Jid::parse("room@muc.otter.test").expect("a valid room");
    client
        .join_room(&room, "alice", None, History::ServerDefault)
        .expect("joins");
    while client.poll_action().is_some() {}
    client
}

fuzz_target!(|data: &[u8]| {
    let Some(mut input) = Input::parse(data) else {
        return;
    };
    let mut client = online(input.flags & FLAG_NO_SM == 0);
    let mut tls_pending = false;
    drain(&mut client, 0, &mut tls_pending);
    otter_fuzz::xmpp::feed(&mut client, &mut input, false);
});
