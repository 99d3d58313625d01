//! What our wrapper costs over libotr itself: an AKE between two in-memory parties, and
//! encrypting plus decrypting a 100-byte message. The baseline (tests/otr/direct_bench.c)
//! does the same rounds calling libotr directly; both are timed round by round and compared
//! by their medians. Target: the wrapper within 1.5 times libotr.
//!
//! `cargo bench -p otter-libotr --bench otr` (part of `make bench`). Exits non-zero when a
//! ratio misses the target, so the number cannot silently drift.
#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::print_stdout,
    clippy::print_stderr,
    clippy::indexing_slicing,
    reason = "a benchmark program: a failed step ends it, and it prints its results"
)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use otter_libotr::{Engine, OtrEvent, OtrFiles, Outgoing, Received};
use otter_otr::{OtrPolicy, Privacy};
use otter_types::MessageText;
use tempfile::TempDir;

const AKE_ROUNDS: usize = 40;
const MESSAGE_ROUNDS: usize = 20000;
const TARGET_RATIO: f64 = 1.5;

struct Party {
    engine: Engine,
    name: &'static str,
    _dir: TempDir,
}

impl Party {
    fn new(name: &'static str) -> Party {
        let dir = TempDir::new().unwrap();
        let mut engine = Engine::new(OtrFiles::in_dir(dir.path()), name, "xmpp").unwrap();
        engine.ensure_key().unwrap();
        Party {
            engine,
            name,
            _dir: dir,
        }
    }
}

/// Delivers what `from` injected to `to`; returns how many messages moved.
fn deliver(from: &mut Party, to: &mut Party) -> usize {
    let mut moved = 0;
    for event in from.engine.poll_events() {
        if let OtrEvent::Inject { data, .. } = event {
            to.engine.receive(from.name, data.as_wire_text()).unwrap();
            moved += 1;
        }
    }
    moved
}

fn pump(a: &mut Party, b: &mut Party) {
    for _ in 0..50 {
        if deliver(a, b) + deliver(b, a) == 0 {
            return;
        }
    }
    panic!("the engines never went quiet");
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn wrapper_rounds() -> (Duration, Duration) {
    let mut alice = Party::new("alice@example.org");
    let mut bob = Party::new("bob@example.org");
    let mut ake = Vec::with_capacity(AKE_ROUNDS);
    for _ in 0..AKE_ROUNDS {
        if matches!(alice.engine.privacy(bob.name), Privacy::Private { .. }) {
            alice.engine.end_private(bob.name).unwrap();
            bob.engine.end_private(alice.name).unwrap();
            pump(&mut alice, &mut bob);
        }
        let start = Instant::now();
        alice.engine.start_private(bob.name).unwrap();
        pump(&mut alice, &mut bob);
        ake.push(start.elapsed());
        assert!(matches!(
            bob.engine.privacy(alice.name),
            Privacy::Private { .. }
        ));
    }

    let text = MessageText::new("x".repeat(100));
    let mut message = Vec::with_capacity(MESSAGE_ROUNDS);
    for _ in 0..MESSAGE_ROUNDS {
        let start = Instant::now();
        let Outgoing::Encrypted(parts) = alice
            .engine
            .send(bob.name, &text, OtrPolicy::Opportunistic)
            .unwrap()
        else {
            panic!("not encrypted");
        };
        for part in parts {
            let received = bob.engine.receive(alice.name, part.as_wire_text()).unwrap();
            let Received::Plaintext {
                text: shown,
                was_encrypted: true,
                ..
            } = received
            else {
                panic!("not decrypted");
            };
            assert_eq!(shown.reveal(), text.reveal());
        }
        message.push(start.elapsed());
    }
    (median(ake), median(message))
}

fn libotr_rounds() -> (Duration, Duration) {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/otr/direct_bench.c");
    let dir = TempDir::new().unwrap();
    let program = dir.path().join("direct_bench");
    let compiled = Command::new("cc")
        .args(["-O2", "-o"])
        .arg(&program)
        .arg(&source)
        .args(["-lotr", "-lgcrypt"])
        .status()
        .expect("a C compiler (build-essential)");
    assert!(compiled.success(), "the libotr baseline did not compile");
    let output = Command::new(&program)
        .args([AKE_ROUNDS.to_string(), MESSAGE_ROUNDS.to_string()])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "the libotr baseline failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let rounds: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let samples = |key: &str| -> Vec<Duration> {
        rounds[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|ns| Duration::from_nanos(ns.as_u64().unwrap()))
            .collect()
    };
    (median(samples("ake_ns")), median(samples("message_ns")))
}

fn main() {
    // `cargo test --benches` runs bench targets with `--test`-like flags; only measure when
    // asked to benchmark.
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    let (direct_ake, direct_message) = libotr_rounds();
    let (ours_ake, ours_message) = wrapper_rounds();
    let mut missed = false;
    for (what, ours, direct) in [
        ("AKE (both sides)", ours_ake, direct_ake),
        ("encrypt+decrypt 100 B", ours_message, direct_message),
    ] {
        let ratio = ours.as_secs_f64() / direct.as_secs_f64();
        missed |= ratio > TARGET_RATIO;
        println!(
            "{what:<22} median: wrapper {ours:>10.1?}  libotr {direct:>10.1?}  ratio {ratio:.2} (target <= {TARGET_RATIO})"
        );
    }
    if missed {
        eprintln!("the wrapper misses its target against libotr");
        std::process::exit(1);
    }
}
