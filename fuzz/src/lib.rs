//! What the fuzz targets share: how an input is cut into reads, and the checks made on what the
//! clients queue after each read.
//!
//! An input is two header bytes and a payload. The first header byte holds flags for the target;
//! the second seeds the cut, so that the fuzzer explores both what the server sends and how the
//! reads split it (one byte at a time, small pieces, everything at once).

use std::time::{Duration, Instant};

/// A flags byte of this or more (one in sixteen, so that the fuzzer spends most of its time on
/// short inputs): append the payload to itself until the stream has carried more than
/// `flood_bytes`, to reach the size limits that no short input reaches.
pub const FLAG_FLOOD: u8 = 0xf0;

/// One fuzz input, taken apart.
pub struct Input<'a> {
    pub flags: u8,
    pub payload: &'a [u8],
    cut: Cut,
}

impl<'a> Input<'a> {
    pub fn parse(data: &'a [u8]) -> Option<Self> {
        let (&flags, rest) = data.split_first()?;
        let (&seed, payload) = rest.split_first()?;
        Some(Self {
            flags,
            payload,
            cut: Cut::new(seed),
        })
    }

    /// The reads, in order: the payload (repeated to past `flood_bytes` when flooding), cut.
    pub fn reads(&mut self, flood_bytes: usize) -> Vec<&'a [u8]> {
        let rounds = if self.flags >= FLAG_FLOOD && !self.payload.is_empty() {
            flood_bytes / self.payload.len() + 2
        } else {
            1
        };
        let mut reads = Vec::new();
        for _ in 0..rounds {
            let mut rest = self.payload;
            while !rest.is_empty() {
                let n = self.cut.next_len().min(rest.len());
                let (piece, after) = rest.split_at(n);
                reads.push(piece);
                rest = after;
            }
        }
        reads
    }
}

/// Read lengths from a seed: the top bits pick a style, the rest seed a xorshift.
struct Cut {
    style: u8,
    state: u32,
}

impl Cut {
    fn new(seed: u8) -> Self {
        Self {
            style: seed >> 6,
            state: 0x9e37_79b9 ^ u32::from(seed),
        }
    }

    fn next_len(&mut self) -> usize {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 17;
        self.state ^= self.state << 5;
        let r = self.state as usize;
        match self.style {
            0 => 1 + r % 8,
            1 => 1 + r % 128,
            2 => 1 + r % 4096,
            _ => usize::MAX,
        }
    }
}

/// What a client may queue for one read, at most: replies are short and one per stanza, so
/// output that grows faster than input is a queue that grows without bound.
pub fn max_output_for(input_bytes: usize) -> usize {
    16 * input_bytes + 16 * 1024
}

/// Where a run's time starts: the clients only compare and add to instants they were given.
pub fn start() -> Instant {
    Instant::now()
}

/// Time passing between reads (0 to 60 s, by read number), so that keepalive and self-ping
/// paths run too.
pub fn later(now: Instant, read_index: usize) -> Instant {
    now + Duration::from_millis((read_index as u64 % 7) * 10_000)
}

/// The XMPP client's side of the checks.
pub mod xmpp {
    use otter_xmpp::{Action, ChannelBindingData, Client, CloseReason, MAX_STANZA_BYTES};

    use crate::{Input, later, max_output_for, start};

    /// Drains the queue; checks each action and returns whether it asked to close.
    pub fn drain(client: &mut Client, read_len: usize, tls_pending: &mut bool) -> bool {
        let mut closed = false;
        let mut sent = 0usize;
        let mut actions = 0usize;
        while let Some(action) = client.poll_action() {
            actions += 1;
            assert!(!closed, "nothing is queued after a close");
            match action {
                Action::Send(bytes) => {
                    assert!(std::str::from_utf8(&bytes).is_ok(), "we send UTF-8 only");
                    sent += bytes.len();
                }
                Action::StartTls => *tls_pending = true,
                Action::Event(_) => {}
                Action::Close(reason) => {
                    assert!(!matches!(reason, CloseReason::Requested), "we never asked");
                    closed = true;
                }
            }
        }
        assert!(
            sent <= max_output_for(read_len),
            "{sent} bytes out for {read_len} in"
        );
        assert!(
            actions <= read_len + 64,
            "{actions} actions for {read_len} bytes"
        );
        closed
    }

    /// Feeds the input's reads to `client`, draining and checking after each, with time passing
    /// between them; stops at the first close.
    pub fn feed(client: &mut Client, input: &mut Input<'_>, mut tls_pending: bool) {
        let begin = start();
        let mut now = begin;
        for (i, read) in input.reads(MAX_STANZA_BYTES + 4096).into_iter().enumerate() {
            let result = client.handle_bytes(now, read);
            let closed = drain(client, read.len(), &mut tls_pending);
            // An error always ends the stream with a close; a close without an error is the
            // server's own end of stream.
            if let Err(error) = result {
                assert!(closed, "the error {error:?} closes the stream");
            }
            if closed {
                assert!(client.poll_timeout().is_none(), "no timer after the end");
                assert!(!client.is_online());
                // Input after the end is ignored.
                assert!(client.handle_bytes(now, b"<x/>").is_ok());
                assert!(client.poll_action().is_none());
                return;
            }
            if tls_pending {
                tls_pending = false;
                if let Err(error) = client.handle_tls_established(ChannelBindingData::None) {
                    let closed = drain(client, 0, &mut tls_pending);
                    assert!(closed, "the TLS error {error:?} closes the stream");
                    return;
                }
                drain(client, 0, &mut tls_pending);
            }
            now = later(now, i);
            if let Some(at) = client.poll_timeout() {
                assert!(at >= begin);
                if at <= now
                    && let Err(error) = client.handle_timeout(now)
                {
                    let closed = drain(client, 0, &mut tls_pending);
                    assert!(closed, "the timeout {error:?} closes the stream");
                    return;
                }
                drain(client, 0, &mut tls_pending);
            }
        }
    }
}
