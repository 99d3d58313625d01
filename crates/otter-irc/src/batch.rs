//! IRCv3 `batch`: the QUITs of a netsplit and the JOINs of a netjoin, gathered so that each
//! channel hears of them once instead of once per person. Membership is updated line by line
//! as usual; only the announcements wait for the end of the batch.
//!
//! Everything here is bounded: a server that opens batches and never closes them, or fills one
//! without end, costs at most [`MAX_OPEN_BATCHES`] × [`MAX_BATCH_ENTRIES`] remembered names,
//! and a batch left open is announced after [`BATCH_TIMEOUT`].

use std::time::{Duration, Instant};

use crate::target::{Channel, Nick};

/// The most batches gathered at once. Real servers open one per split; when a server opens
/// more, the oldest is announced and forgotten to make room.
pub const MAX_OPEN_BATCHES: usize = 8;

/// The most (channel, nick) pairs a batch gathers before what it holds is announced; the batch
/// goes on gathering after that, so a huge split gives a few summaries, never unbounded memory.
pub const MAX_BATCH_ENTRIES: usize = 2_000;

/// How long a batch may stay open. A split's lines arrive together; one still open after this
/// is announced and closed (its later lines count as plain lines).
pub const BATCH_TIMEOUT: Duration = Duration::from_secs(30);

/// Batch references longer than this are not gathered (the spec's are short tokens).
const MAX_REFERENCE_BYTES: usize = 64;

/// Server names kept for display, in bytes.
const MAX_SERVER_NAME_BYTES: usize = 128;

/// What a gathered batch is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BatchKind {
    /// People quit because two servers lost their link.
    Netsplit,
    /// People came back when the link returned.
    Netjoin,
}

/// One channel's share of a batch, ready to announce.
#[derive(Debug)]
pub(crate) struct Summary {
    pub(crate) kind: BatchKind,
    pub(crate) channel: Channel,
    pub(crate) nicks: Vec<Nick>,
    /// The two servers named by the batch, for display (may be empty).
    pub(crate) servers: (String, String),
}

#[derive(Debug)]
struct Open {
    reference: String,
    kind: BatchKind,
    servers: (String, String),
    opened: Instant,
    /// Per channel, in the order first seen. Channels are compared by the caller's folded key.
    channels: Vec<(String, Channel, Vec<Nick>)>,
    entries: usize,
}

impl Open {
    fn take(&mut self) -> Vec<Summary> {
        self.entries = 0;
        std::mem::take(&mut self.channels)
            .into_iter()
            .map(|(_, channel, nicks)| Summary {
                kind: self.kind,
                channel,
                nicks,
                servers: self.servers.clone(),
            })
            .collect()
    }
}

/// The netsplit and netjoin batches open on one connection.
#[derive(Debug, Default)]
pub(crate) struct Batches {
    open: Vec<Open>,
}

impl Batches {
    /// `BATCH +reference kind params…` at `now`. Only netsplit and netjoin batches are
    /// gathered; any other kind (or a reused or overlong reference) is left alone, so its
    /// lines are handled as plain lines. Returns what a batch pushed out to make room holds.
    pub(crate) fn start(
        &mut self,
        reference: &str,
        kind: &str,
        params: &[&str],
        now: Instant,
    ) -> Vec<Summary> {
        let kind = match kind {
            "netsplit" => BatchKind::Netsplit,
            "netjoin" => BatchKind::Netjoin,
            _ => return Vec::new(),
        };
        if reference.is_empty()
            || reference.len() > MAX_REFERENCE_BYTES
            || self.find(reference).is_some()
        {
            return Vec::new();
        }
        let mut pushed_out = Vec::new();
        if self.open.len() >= MAX_OPEN_BATCHES {
            pushed_out = self.open.remove(0).take();
        }
        let server = |index: usize| {
            params
                .get(index)
                .map(|name| crate::client::one_line(name, MAX_SERVER_NAME_BYTES))
                .unwrap_or_default()
        };
        self.open.push(Open {
            reference: reference.to_owned(),
            kind,
            servers: (server(0), server(1)),
            opened: now,
            channels: Vec::new(),
            entries: 0,
        });
        pushed_out
    }

    /// `BATCH -reference`: what the batch gathered, or nothing for a batch we do not gather.
    pub(crate) fn end(&mut self, reference: &str) -> Vec<Summary> {
        match self.find(reference) {
            Some(index) => self.open.remove(index).take(),
            None => Vec::new(),
        }
    }

    /// Whether a line tagged `batch=reference` belongs to an open batch of `kind`.
    pub(crate) fn gathers(&self, reference: Option<&str>, kind: BatchKind) -> bool {
        reference
            .and_then(|reference| self.open.iter().find(|open| open.reference == reference))
            .is_some_and(|open| open.kind == kind)
    }

    /// Notes that `nick` joined or left `channel` (folded as `key`) inside the batch; when the
    /// batch is full, returns what it gathered so far (and it starts again empty).
    pub(crate) fn gather(
        &mut self,
        reference: &str,
        key: &str,
        channel: &Channel,
        nick: &Nick,
    ) -> Vec<Summary> {
        let Some(open) = self
            .open
            .iter_mut()
            .find(|open| open.reference == reference)
        else {
            return Vec::new();
        };
        match open.channels.iter_mut().find(|(known, ..)| known == key) {
            Some((_, _, nicks)) => nicks.push(nick.clone()),
            None => open
                .channels
                .push((key.to_owned(), channel.clone(), vec![nick.clone()])),
        }
        open.entries += 1;
        if open.entries >= MAX_BATCH_ENTRIES {
            open.take()
        } else {
            Vec::new()
        }
    }

    /// The batches open for [`BATCH_TIMEOUT`] by `now`, closed; what they gathered.
    pub(crate) fn expire(&mut self, now: Instant) -> Vec<Summary> {
        let (mut expired, open): (Vec<Open>, Vec<Open>) = std::mem::take(&mut self.open)
            .into_iter()
            .partition(|open| now >= open.opened + BATCH_TIMEOUT);
        self.open = open;
        expired.iter_mut().flat_map(Open::take).collect()
    }

    /// When the oldest open batch times out.
    pub(crate) fn deadline(&self) -> Option<Instant> {
        self.open
            .iter()
            .map(|open| open.opened + BATCH_TIMEOUT)
            .min()
    }

    /// A channel we left: nothing more is said about it.
    pub(crate) fn forget_channel(&mut self, key: &str) {
        for open in &mut self.open {
            open.channels.retain(|(known, ..)| known != key);
        }
    }

    fn find(&self, reference: &str) -> Option<usize> {
        self.open
            .iter()
            .position(|open| open.reference == reference)
    }
}
