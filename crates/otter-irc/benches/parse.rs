//! How fast received lines go through the client (framing, decoding, parsing, dispatch, the
//! events drained), and what a 10,000-member NAMES reply costs. The targets: at least
//! a million lines a second, NAMES of 10,000 members within 10 ms and 512 bytes per member.
//!
//! `cargo bench -p otter-irc --bench parse` (part of `make bench`). After criterion's report it
//! prints the fastest of many runs of each (criterion's statistics take in every run, and on a
//! machine shared with other work a run another process preempted only looks slow) and the
//! memory a tracked member takes, from the process's resident size.
#![expect(
    clippy::unwrap_used,
    clippy::print_stdout,
    reason = "a benchmark program: a failed step ends it, and it prints its results"
)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use otter_irc::{Action, Client, ClientConfig, Nick};

const LINES: usize = 10_000;
const MEMBERS: usize = 10_000;

fn online() -> Client {
    let mut client = Client::new(ClientConfig::new(Nick::parse("otter").unwrap(), None));
    client.start().unwrap();
    client
        .handle_bytes(
            Instant::now(),
            b":s CAP * LS :server-time\r\n:s CAP * ACK :server-time\r\n\
              :s 001 otter :Welcome otter!u@h\r\n",
        )
        .unwrap();
    client
}

fn joined(name: &str) -> Client {
    let mut client = online();
    client
        .handle_bytes(
            Instant::now(),
            format!(":otter!u@h JOIN {name}\r\n").as_bytes(),
        )
        .unwrap();
    drain(&mut client);
    client
}

fn drain(client: &mut Client) -> usize {
    let mut n = 0;
    while let Some(action) = client.poll_action() {
        black_box(&action);
        if matches!(action, Action::Event(_)) {
            n += 1;
        }
    }
    n
}

/// Channel messages as a busy network sends them: tags, a full source, some formatting.
fn message_lines() -> Vec<u8> {
    let mut text = Vec::new();
    for i in 0..LINES {
        text.extend_from_slice(
            format!(
                "@time=2026-11-30T20:00:00.{:03}Z;msgid=abc{i} :user{}!~u@host-{i}.example \
                 PRIVMSG #otter :message number {i} with \x02some\x02 formatting and text\r\n",
                i % 1000,
                i % 300
            )
            .as_bytes(),
        );
    }
    text
}

/// A NAMES reply of `MEMBERS` members with multi-prefix, in lines of about 400 bytes.
fn names_lines(channel: &str) -> Vec<u8> {
    let mut text = Vec::new();
    let mut line = String::new();
    for i in 0..MEMBERS {
        let prefix = match i % 50 {
            0 => "@+",
            1..=5 => "+",
            _ => "",
        };
        line.push_str(&format!("{prefix}member{i} "));
        if line.len() > 380 || i + 1 == MEMBERS {
            text.extend_from_slice(
                format!(":s 353 otter = {channel} :{}\r\n", line.trim_end()).as_bytes(),
            );
            line.clear();
        }
    }
    text.extend_from_slice(format!(":s 366 otter {channel} :End of /NAMES list.\r\n").as_bytes());
    text
}

fn bench(c: &mut Criterion) {
    let lines = message_lines();
    let mut group = c.benchmark_group("receive");
    group.throughput(Throughput::Elements(LINES as u64));
    group.bench_function("channel messages", |b| {
        let mut client = joined("#otter");
        b.iter(|| {
            client.handle_bytes(Instant::now(), &lines).unwrap();
            assert_eq!(drain(&mut client), LINES);
        });
    });
    group.finish();

    let names = names_lines("#big");
    let mut group = c.benchmark_group("names");
    group.throughput(Throughput::Elements(MEMBERS as u64));
    group.bench_function("10000 members", |b| {
        let mut client = joined("#big");
        b.iter(|| {
            client.handle_bytes(Instant::now(), &names).unwrap();
            assert_eq!(drain(&mut client), 1);
        });
    });
    group.finish();
}

/// The fastest of `runs` runs of `run`.
fn fastest(runs: usize, mut run: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn fastest_runs() {
    const RUNS: usize = 200;
    let lines = message_lines();
    let mut client = joined("#otter");
    let time = fastest(RUNS, || {
        client.handle_bytes(Instant::now(), &lines).unwrap();
        assert_eq!(drain(&mut client), LINES);
    });
    println!(
        "channel messages, fastest of {RUNS} runs: {:.2} ms for {LINES} lines, {:.2} M lines/s \
         (target: 1 M or more)",
        time.as_secs_f64() * 1e3,
        LINES as f64 / time.as_secs_f64() / 1e6
    );
    let names = names_lines("#big");
    let mut client = joined("#big");
    let time = fastest(RUNS, || {
        client.handle_bytes(Instant::now(), &names).unwrap();
        assert_eq!(drain(&mut client), 1);
    });
    println!(
        "NAMES of {MEMBERS} members, fastest of {RUNS} runs: {:.2} ms (target: 10 ms or less)",
        time.as_secs_f64() * 1e3
    );
}

/// Resident memory in bytes (Linux), or `None`.
fn resident() -> Option<usize> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

/// Memory per tracked member: 20 channels of 10,000, the events dropped.
fn memory_per_member() {
    const CHANNELS: usize = 20;
    let mut client = online();
    let mut joins = String::new();
    for n in 0..CHANNELS {
        joins.push_str(&format!(":otter!u@h JOIN #c{n}\r\n"));
    }
    client
        .handle_bytes(Instant::now(), joins.as_bytes())
        .unwrap();
    drain(&mut client);
    let replies: Vec<Vec<u8>> = (0..CHANNELS)
        .map(|n| names_lines(&format!("#c{n}")))
        .collect();
    let before = resident();
    for reply in &replies {
        client.handle_bytes(Instant::now(), reply).unwrap();
        drain(&mut client);
    }
    let after = resident();
    if let (Some(before), Some(after)) = (before, after) {
        let per_member = after.saturating_sub(before) / (CHANNELS * MEMBERS);
        println!("memory per tracked member: about {per_member} bytes (target: 512 or less)");
    }
    black_box(&client);
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    bench(&mut criterion);
    criterion.final_summary();
    fastest_runs();
    memory_per_member();
}
