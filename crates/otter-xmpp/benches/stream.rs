//! The XMPP state machine's throughput, without sockets: a realistic stream of chat messages,
//! presences and roster pushes parsed by an online client (MB/s on one core), and a room join
//! with 1,000 occupants' presences (time per join, and memory per occupant from the resident
//! size). Targets (issue): >= 100 MB/s, <= 20 ms and <= 1 KiB per occupant.
#![expect(
    clippy::unwrap_used,
    clippy::print_stdout,
    missing_docs,
    reason = "a benchmark program: a failed step ends it, and it prints its results"
)]

use std::fmt::Write as _;
use std::time::Instant;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use otter_types::Password;
use otter_xmpp::{Action, ChannelBindingData, Client, ClientConfig, History, Jid, TlsMode};

const HEADER: &str = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
    xmlns:stream='http://etherx.jabber.org/streams' id='s1' from='otter.test' version='1.0'>";
const ROOM: &str = "otter@conference.otter.test";

fn drain(client: &mut Client) -> String {
    let mut sent = String::new();
    while let Some(action) = client.poll_action() {
        if let Action::Send(bytes) = action {
            sent.push_str(&String::from_utf8(bytes).unwrap());
        }
    }
    sent
}

fn feed(client: &mut Client, xml: &str) -> String {
    client.handle_bytes(Instant::now(), xml.as_bytes()).unwrap();
    drain(client)
}

/// A client logged in with PLAIN and bound, as a server would take it there.
fn online() -> Client {
    let config = ClientConfig::new(
        &Jid::parse("alice@otter.test").unwrap(),
        Password::new("pw"),
        "r1".into(),
        TlsMode::StartTls,
        [7; 16],
    )
    .unwrap();
    let mut client = Client::new(config);
    client.start().unwrap();
    drain(&mut client);
    feed(
        &mut client,
        &format!(
            "{HEADER}<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>\
             </stream:features>"
        ),
    );
    feed(
        &mut client,
        "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
    );
    client
        .handle_tls_established(ChannelBindingData::None)
        .unwrap();
    drain(&mut client);
    feed(
        &mut client,
        &format!(
            "{HEADER}<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>\
             <mechanism>PLAIN</mechanism></mechanisms></stream:features>"
        ),
    );
    feed(
        &mut client,
        "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>",
    );
    let sent = feed(
        &mut client,
        &format!(
            "{HEADER}<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>\
             </stream:features>"
        ),
    );
    let id = sent
        .split_once("id='")
        .and_then(|(_, rest)| rest.split_once('\''))
        .map(|(id, _)| id.to_owned())
        .unwrap();
    feed(
        &mut client,
        &format!(
            "<iq type='result' id='{id}'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>\
             <jid>alice@otter.test/r1</jid></bind></iq>"
        ),
    );
    assert!(client.is_online());
    client
}

/// About 1 MB of what an online account receives: chat messages (some offline, with a
/// delay, some non-ASCII), presences with capabilities, and roster pushes.
fn realistic_stream() -> String {
    let mut stream = String::new();
    let mut n = 0;
    while stream.len() < 1_000_000 {
        n += 1;
        let contact = format!("contact{}@example.org", n % 200);
        let _ = write!(
            stream,
            "<message from='{contact}/phone' to='alice@otter.test/r1' type='chat' id='m{n}'>\
             <body>Message {n}: the meeting moved to Thursday, bring the printed notes — \
             merci, ñandú 🦦 مرحبا</body><stanza-id xmlns='urn:xmpp:sid:0' by='alice@otter.test' \
             id='sid-{n}'/><origin-id xmlns='urn:xmpp:sid:0' id='o-{n}'/></message>"
        );
        if n % 3 == 0 {
            let _ = write!(
                stream,
                "<presence from='{contact}/laptop' to='alice@otter.test/r1'><show>away</show>\
                 <status>back later</status><c xmlns='http://jabber.org/protocol/caps' \
                 hash='sha-1' node='https://example.org' ver='QgayPKawpkPSDYmwT/WM94uAlu0='/>\
                 </presence>"
            );
        }
        if n % 7 == 0 {
            let _ = write!(
                stream,
                "<message from='{contact}' to='alice@otter.test/r1' type='chat' id='d{n}'>\
                 <body>Sent while you were away</body><delay xmlns='urn:xmpp:delay' \
                 from='otter.test' stamp='2026-11-29T08:15:{:02}Z'/></message>",
                n % 60
            );
        }
        if n % 50 == 0 {
            let _ = write!(
                stream,
                "<iq type='set' id='push{n}'><query xmlns='jabber:iq:roster'>\
                 <item jid='{contact}' name='Contact {n}' subscription='both'>\
                 <group>Friends</group></item></query></iq>"
            );
        }
    }
    stream
}

fn occupant_presences(count: usize) -> String {
    let mut xml = String::new();
    for n in 0..count {
        let _ = write!(
            xml,
            "<presence from='{ROOM}/person{n}'><x xmlns='http://jabber.org/protocol/muc#user'>\
             <item affiliation='none' role='participant'/></x></presence>"
        );
    }
    let _ = write!(
        xml,
        "<presence from='{ROOM}/alice'><x xmlns='http://jabber.org/protocol/muc#user'>\
         <item affiliation='member' role='participant'/><status code='110'/></x></presence>"
    );
    xml
}

fn parse(c: &mut Criterion) {
    let stream = realistic_stream();
    let mut group = c.benchmark_group("xmpp");
    group.throughput(Throughput::Bytes(stream.len() as u64));
    group.bench_function("parse a realistic 1 MB stream", |b| {
        b.iter_batched(
            online,
            |mut client| {
                client
                    .handle_bytes(Instant::now(), stream.as_bytes())
                    .unwrap();
                let mut actions = 0_usize;
                while client.poll_action().is_some() {
                    actions += 1;
                }
                actions
            },
            BatchSize::LargeInput,
        );
    });
    group.finish();
}

fn room_join(c: &mut Criterion) {
    let presences = occupant_presences(1000);
    let room = Jid::parse(ROOM).unwrap();
    let mut group = c.benchmark_group("xmpp");
    group.throughput(Throughput::Elements(1000));
    group.bench_function("join a room with 1,000 occupants", |b| {
        b.iter_batched(
            || {
                let mut client = online();
                client
                    .join_room(&room, "alice", None, History::MaxStanzas(0))
                    .unwrap();
                drain(&mut client);
                client
            },
            |mut client| {
                client
                    .handle_bytes(Instant::now(), presences.as_bytes())
                    .unwrap();
                drain(&mut client);
                client
            },
            BatchSize::LargeInput,
        );
    });
    group.finish();
    println!(
        "memory per occupant (resident size over 50 rooms x 1,000 occupants): {} bytes",
        memory_per_occupant()
    );
}

fn resident_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/statm").unwrap();
    let pages: u64 = status.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4096
}

fn memory_per_occupant() -> u64 {
    const ROOMS: usize = 50;
    let mut client = online();
    let before = resident_bytes();
    for r in 0..ROOMS {
        let room = Jid::parse(&format!("room{r}@conference.otter.test")).unwrap();
        client
            .join_room(&room, "alice", None, History::MaxStanzas(0))
            .unwrap();
        drain(&mut client);
        let presences =
            occupant_presences(1000).replace(ROOM, &format!("room{r}@conference.otter.test"));
        client
            .handle_bytes(Instant::now(), presences.as_bytes())
            .unwrap();
        // The events go to the front end; what stays is the client's own room state.
        drain(&mut client);
    }
    let after = resident_bytes();
    assert!(client.is_online());
    after.saturating_sub(before) / (ROOMS as u64 * 1000)
}

criterion_group!(benches, parse, room_join);
criterion_main!(benches);
