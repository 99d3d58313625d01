//! A fuzz loop on stable Rust: lines built at random from IRC's own pieces (tags, sources,
//! commands, numerics, CTCP, formatting, CR, LF, NUL, invalid UTF-8, long runs), cut into
//! random pieces, fed to a registered client. Whatever comes in, the client never panics,
//! everything it sends is exactly one well-formed line, an error always ends the connection
//! with a close, and the timers stay consistent. Seeded, so a failure repeats.
#![expect(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "test helpers: a failed step is the test failing"
)]

use std::time::{Duration, Instant};

use otter_irc::{Action, Channel, Client, ClientConfig, Nick, RoomBody};
use otter_types::{LocalId, MessageText};

/// xorshift64*: fast, seeded, good enough to spread the choices.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a [u8]]) -> &'a [u8] {
        items[self.below(items.len())]
    }
}

const PIECES: &[&[u8]] = &[
    b"@",
    b"@time=2026-11-30T20:00:00Z ",
    b"@a=b\\:c;+x=\\s;=;; ",
    b":",
    b":nick!user@host ",
    b":irc.test ",
    b":otter!u@h ",
    b"PRIVMSG",
    b"NOTICE",
    b"JOIN",
    b"PART",
    b"KICK",
    b"QUIT",
    b"NICK",
    b"TOPIC",
    b"MODE",
    b"PING",
    b"PONG",
    b"CAP",
    b"AUTHENTICATE",
    b"ERROR",
    b"001",
    b"005",
    b"332",
    b"333",
    b"353",
    b"366",
    b"433",
    b"904",
    b"999",
    b"12",
    b" ",
    b"  ",
    b" :",
    b"#otter",
    b"#Otter",
    b"otter",
    b"OTTER",
    b"+ov-b+kl",
    b"@+",
    b"=",
    b"\x01ACTION ",
    b"\x01VERSION\x01",
    b"\x01DCC SEND x 1 2 3\x01",
    b"\x02\x0304,12\x1d",
    b"\xe2\x80\xae",
    b"\xff\xfe",
    b"\xc3",
    b"\0",
    b"\r",
    b"\n",
    b"\r\n",
    b"CASEMAPPING=ascii",
    b"PREFIX=(ov)@+",
    b"CHANMODES=b,k,l,mnt",
    b"ls",
    b"LS * :",
    b"ACK :sasl",
    b"otter1",
];

fn random_line(rng: &mut Rng) -> Vec<u8> {
    let mut line = Vec::new();
    for _ in 0..rng.below(12) {
        line.extend_from_slice(rng.pick(PIECES));
    }
    if rng.below(50) == 0 {
        // Now and then, a run long enough to break a limit.
        let run = rng.below(10_000);
        line.extend(std::iter::repeat_n(b'x', run));
    }
    line.extend_from_slice(b"\r\n");
    line
}

fn check_drain(client: &mut Client) -> bool {
    let mut closed = false;
    while let Some(action) = client.poll_action() {
        match action {
            Action::Send(bytes) => {
                assert!(bytes.ends_with(b"\r\n"), "{bytes:?}");
                assert_eq!(bytes.iter().filter(|&&b| b == b'\n').count(), 1);
                assert!(!bytes.contains(&0), "{bytes:?}");
                assert!(bytes.len() <= 512 + 8191, "{}", bytes.len());
            }
            Action::Event(_) => {}
            Action::Close(_) => closed = true,
        }
    }
    closed
}

fn registered(start: Instant) -> Client {
    let mut client = Client::new(ClientConfig::new(Nick::parse("otter").unwrap(), None));
    client.start().unwrap();
    client
        .handle_bytes(start, b":s CAP * LS :x\r\n:s 001 otter :Hi otter!u@h\r\n")
        .unwrap();
    client
        .handle_bytes(start, b":otter!u@h JOIN #otter\r\n")
        .unwrap();
    check_drain(&mut client);
    client
}

#[test]
fn random_input_never_panics_and_every_line_sent_is_well_formed() {
    let mut rng = Rng(0x005e_ed0f_0773_2026);
    let start = Instant::now();
    let mut lines_fed = 0usize;
    let mut connections = 0usize;
    while lines_fed < 200_000 {
        connections += 1;
        let mut client = registered(start);
        let mut now = start;
        for _ in 0..2_000 {
            let mut bytes = Vec::new();
            for _ in 0..=rng.below(4) {
                bytes.extend(random_line(&mut rng));
                lines_fed += 1;
            }
            // In random pieces, as reads come.
            let mut rest = bytes.as_slice();
            let mut failed = false;
            while !rest.is_empty() {
                let (piece, after) = rest.split_at(1 + rng.below(rest.len()));
                rest = after;
                if client.handle_bytes(now, piece).is_err() {
                    failed = true;
                }
            }
            let closed = check_drain(&mut client);
            if failed {
                assert!(closed);
                assert!(client.poll_timeout().is_none());
                break;
            }
            if closed {
                break;
            }
            // Commands and time interleave with input.
            if rng.below(10) == 0 {
                let body = RoomBody::new(MessageText::new("ping\r\nPRIVMSG x :y\0"));
                let _ = client.send_to_channel(
                    &Channel::parse("#otter").unwrap(),
                    &body,
                    LocalId(lines_fed as u64),
                );
            }
            now += Duration::from_millis(rng.below(5_000) as u64);
            if let Some(at) = client.poll_timeout() {
                assert!(at >= start);
            }
            if client.handle_timeout(now).is_err() {
                assert!(check_drain(&mut client), "a timeout closes");
                break;
            }
            check_drain(&mut client);
        }
    }
    assert!(connections > 1, "some input ended connections");
}
