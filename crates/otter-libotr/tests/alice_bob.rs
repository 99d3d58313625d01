//! Two Otter engines talking to each other in memory, our engine against a separate process
//! driving Debian's libotr directly (tests/otr/peer.py), hostile input, and Pidgin key import.
#![expect(
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::print_stderr,
    reason = "an integration test: a failed step is a failed test, and timings are printed"
)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::Instant;

use otter_libotr::{
    Engine, IRC_MAX_MESSAGE_SIZE, LibotrError, MAX_FRAGMENTED_BYTES, MAX_WIRE_TEXT, OtrEvent,
    OtrFiles, Outgoing, PeerSettings, ReceiveWarning, Received,
};
use otter_otr::{Encryptor, Gate, OtrPolicy, Privacy, Submission, Trust};
use otter_types::{LocalId, MessageText, OtrFingerprint, Secret};
use serde_json::{Value, json};
use tempfile::TempDir;

const NON_ASCII: &str = "héllo wörld, ñandú 🦦 — مرحبا بالعالم — 你好";
const OPPORTUNISTIC: OtrPolicy = OtrPolicy::Opportunistic;

/// One side of a conversation: an engine, the name the other side knows it by, and
/// everything it has seen.
struct Side {
    engine: Engine,
    /// The name the other side uses for this side (the peer name in the other's calls).
    known_as: String,
    events: Vec<OtrEvent>,
    received: Vec<Received>,
    _dir: Option<TempDir>,
}

impl Side {
    fn new(account: &str) -> Side {
        let dir = TempDir::new().unwrap();
        let mut engine = Engine::new(OtrFiles::in_dir(dir.path()), account, "xmpp").unwrap();
        engine.ensure_key().unwrap();
        Side {
            engine,
            known_as: account.to_owned(),
            events: Vec::new(),
            received: Vec::new(),
            _dir: Some(dir),
        }
    }

    fn from_files(dir: &Path, account: &str, protocol: &str, known_as: &str) -> Side {
        let engine = Engine::new(OtrFiles::in_dir(dir), account, protocol).unwrap();
        Side {
            engine,
            known_as: known_as.to_owned(),
            events: Vec::new(),
            received: Vec::new(),
            _dir: None,
        }
    }

    fn texts(&self) -> Vec<(String, bool)> {
        self.received
            .iter()
            .filter_map(|r| match r {
                Received::Plaintext {
                    text,
                    was_encrypted,
                    ..
                } => Some((text.reveal().to_owned(), *was_encrypted)),
                Received::Ignore => None,
            })
            .collect()
    }

    fn saw(&self, pred: impl Fn(&OtrEvent) -> bool) -> bool {
        self.events.iter().any(pred)
    }

    fn encrypt(&mut self, peer: &str, text: &str) -> Vec<String> {
        match self
            .engine
            .send(peer, &MessageText::new(text), OPPORTUNISTIC)
            .unwrap()
        {
            Outgoing::Encrypted(parts) => {
                parts.iter().map(|p| p.as_wire_text().to_owned()).collect()
            }
            other => panic!("expected encrypted, got {other:?}"),
        }
    }
}

/// Moves what `from` wants sent to `to`; returns whether anything moved.
fn pump_once(from: &mut Side, to: &mut Side) -> bool {
    let mut moved = false;
    for event in from.engine.poll_events() {
        if let OtrEvent::Inject { peer, data } = &event {
            assert_eq!(peer, &to.known_as);
            let received = to
                .engine
                .receive(&from.known_as, data.as_wire_text())
                .unwrap();
            to.received.push(received);
            moved = true;
        }
        from.events.push(event);
    }
    moved
}

/// Moves everything the engines want sent between them until both are quiet.
fn pump(a: &mut Side, b: &mut Side) {
    for _ in 0..50 {
        let moved_ab = pump_once(a, b);
        let moved_ba = pump_once(b, a);
        if !moved_ab && !moved_ba {
            return;
        }
    }
    panic!("the engines never went quiet");
}

/// Delivers wire texts from `from` to `to`.
fn deliver(from: &Side, to: &mut Side, parts: &[String]) {
    for part in parts {
        let received = to.engine.receive(&from.known_as, part).unwrap();
        to.received.push(received);
    }
}

fn private_pair() -> (Side, Side) {
    let mut alice = Side::new("alice@example.org");
    let mut bob = Side::new("bob@example.org");
    alice.engine.start_private("bob@example.org").unwrap();
    pump(&mut alice, &mut bob);
    assert!(matches!(
        alice.engine.privacy("bob@example.org"),
        Privacy::Private {
            trust: Trust::Unverified
        }
    ));
    assert!(matches!(
        bob.engine.privacy("alice@example.org"),
        Privacy::Private { .. }
    ));
    (alice, bob)
}

#[test]
fn ake_via_query_then_non_ascii_messages_both_ways_and_fingerprints_agree() {
    let mut alice = Side::new("alice@example.org");
    let mut bob = Side::new("bob@example.org");
    let started = Instant::now();
    alice.engine.start_private("bob@example.org").unwrap();
    pump(&mut alice, &mut bob);
    eprintln!(
        "in-memory AKE, both sides (debug build): {:?}",
        started.elapsed()
    );

    assert!(alice.saw(
        |e| matches!(e, OtrEvent::GoneSecure { peer, version: 3, .. } if peer == "bob@example.org")
    ));
    assert!(bob.saw(|e| matches!(e, OtrEvent::GoneSecure { .. })));
    assert!(alice.saw(|e| matches!(e, OtrEvent::NewFingerprint { .. })));

    let bob_fp = bob.engine.own_fingerprint().unwrap();
    let alice_fp = alice.engine.own_fingerprint().unwrap();
    assert!(
        alice
            .engine
            .peer_fingerprint("bob@example.org")
            .unwrap()
            .ct_eq(&bob_fp)
    );
    assert!(
        bob.engine
            .peer_fingerprint("alice@example.org")
            .unwrap()
            .ct_eq(&alice_fp)
    );
    let gone_secure_fp = alice
        .events
        .iter()
        .find_map(|e| match e {
            OtrEvent::GoneSecure { fingerprint, .. } => Some(*fingerprint),
            _ => None,
        })
        .unwrap();
    assert!(gone_secure_fp.ct_eq(&bob_fp));

    let parts = alice.encrypt("bob@example.org", NON_ASCII);
    assert!(parts.iter().all(|p| !p.contains("héllo")));
    deliver(&alice, &mut bob, &parts);
    let parts = bob.encrypt("alice@example.org", "réponse ✓");
    deliver(&bob, &mut alice, &parts);
    assert_eq!(bob.texts(), vec![(NON_ASCII.to_owned(), true)]);
    assert_eq!(alice.texts(), vec![("réponse ✓".to_owned(), true)]);

    // Per-message cost through the wrapper (debug build): encrypt + decrypt.
    let rounds = 200;
    let started = Instant::now();
    for _ in 0..rounds {
        let parts = alice.encrypt("bob@example.org", &"x".repeat(100));
        deliver(&alice, &mut bob, &parts);
    }
    eprintln!(
        "encrypt+decrypt of 100 bytes (debug build): {:?} per message",
        started.elapsed() / rounds
    );
}

#[test]
fn ake_via_whitespace_tag() {
    let mut alice = Side::new("alice@example.org");
    let mut bob = Side::new("bob@example.org");
    let out = alice
        .engine
        .send(
            "bob@example.org",
            &MessageText::new("hi bob"),
            OPPORTUNISTIC,
        )
        .unwrap();
    let Outgoing::Plaintext(tagged) = out else {
        panic!("{out:?}")
    };
    assert!(
        tagged
            .reveal()
            .starts_with("hi bob \t  \t\t\t\t \t \t \t  ")
    );
    deliver(&alice, &mut bob, &[tagged.reveal().to_owned()]);
    // Bob sees the text without the tag and starts the key exchange.
    assert_eq!(bob.texts(), vec![("hi bob".to_owned(), false)]);
    pump(&mut alice, &mut bob);
    assert!(matches!(
        alice.engine.privacy("bob@example.org"),
        Privacy::Private { .. }
    ));
    assert!(matches!(
        bob.engine.privacy("alice@example.org"),
        Privacy::Private { .. }
    ));
    let parts = bob.encrypt("alice@example.org", NON_ASCII);
    deliver(&bob, &mut alice, &parts);
    assert_eq!(alice.texts(), vec![(NON_ASCII.to_owned(), true)]);
}

fn smp_question(answer: &str) -> (Side, Side) {
    let (mut alice, mut bob) = private_pair();
    alice
        .engine
        .smp_start_question(
            "bob@example.org",
            &MessageText::new("Where did we meet?"),
            Secret::new("the café"),
        )
        .unwrap();
    pump(&mut alice, &mut bob);
    let question = bob
        .events
        .iter()
        .find_map(|e| match e {
            OtrEvent::SmpAskedQuestion { question, .. } => Some(question.reveal().to_owned()),
            _ => None,
        })
        .unwrap();
    assert_eq!(question, "Where did we meet?");
    // Answered later, outside any libotr callback.
    bob.engine
        .smp_respond("alice@example.org", Secret::new(answer))
        .unwrap();
    pump(&mut alice, &mut bob);
    (alice, bob)
}

#[test]
fn smp_question_right_answer_verifies() {
    let (mut alice, bob) = smp_question("the café");
    assert!(alice.saw(|e| matches!(
        e,
        OtrEvent::SmpSucceeded {
            trust: Trust::Verified,
            ..
        }
    )));
    assert!(bob.saw(|e| matches!(e, OtrEvent::SmpSucceeded { .. })));
    assert_eq!(
        alice.engine.privacy("bob@example.org"),
        Privacy::Private {
            trust: Trust::Verified
        }
    );
    // Saved: a new engine on the same files knows the key is verified.
    let saved =
        std::fs::read_to_string(alice._dir.as_ref().unwrap().path().join("otr.fingerprints"))
            .unwrap();
    assert!(saved.contains("\tsmp"), "{saved}");
}

#[test]
fn smp_question_wrong_answer_fails() {
    let (mut alice, bob) = smp_question("the station");
    assert!(alice.saw(|e| matches!(e, OtrEvent::SmpFailed { .. })));
    assert!(bob.saw(|e| matches!(e, OtrEvent::SmpFailed { .. })));
    assert_eq!(
        alice.engine.privacy("bob@example.org"),
        Privacy::Private {
            trust: Trust::Unverified
        }
    );
}

#[test]
fn smp_shared_secret_verifies_both_sides() {
    let (mut alice, mut bob) = private_pair();
    alice
        .engine
        .smp_start_secret("bob@example.org", Secret::new("blue otter"))
        .unwrap();
    pump(&mut alice, &mut bob);
    assert!(bob.saw(|e| matches!(e, OtrEvent::SmpAskedSecret { .. })));
    bob.engine
        .smp_respond("alice@example.org", Secret::new("blue otter"))
        .unwrap();
    pump(&mut alice, &mut bob);
    assert_eq!(
        alice.engine.privacy("bob@example.org"),
        Privacy::Private {
            trust: Trust::Verified
        }
    );
    assert_eq!(
        bob.engine.privacy("alice@example.org"),
        Privacy::Private {
            trust: Trust::Verified
        }
    );
}

#[test]
fn smp_abort_reaches_the_peer() {
    let (mut alice, mut bob) = private_pair();
    alice
        .engine
        .smp_start_secret("bob@example.org", Secret::new("x"))
        .unwrap();
    pump(&mut alice, &mut bob);
    bob.engine.smp_abort("alice@example.org").unwrap();
    pump(&mut alice, &mut bob);
    assert!(alice.saw(|e| matches!(e, OtrEvent::SmpAborted { .. })));
}

#[test]
fn ending_the_session_finishes_it_on_the_other_side_and_refuses_sending() {
    let (mut alice, mut bob) = private_pair();
    alice.engine.end_private("bob@example.org").unwrap();
    assert_eq!(alice.engine.privacy("bob@example.org"), Privacy::NotPrivate);
    pump(&mut alice, &mut bob);
    assert!(
        bob.saw(|e| matches!(e, OtrEvent::SessionFinished { peer } if peer == "alice@example.org"))
    );
    assert_eq!(bob.engine.privacy("alice@example.org"), Privacy::Finished);
    let refused = bob.engine.send(
        "alice@example.org",
        &MessageText::new("into the void"),
        OPPORTUNISTIC,
    );
    assert!(matches!(refused, Err(LibotrError::SessionFinished)));
    assert!(
        bob.engine
            .encryptor("alice@example.org")
            .encrypt(&MessageText::new("x"))
            .is_err()
    );
    // The gate holds it too.
    let mut gate = Gate::new();
    let privacy = bob.engine.privacy("alice@example.org");
    let submission = gate.submit(
        &"alice",
        OPPORTUNISTIC,
        privacy,
        LocalId(1),
        MessageText::new("into the void"),
        &mut bob.engine.encryptor("alice@example.org"),
    );
    assert!(matches!(submission, Submission::Held(_)));
    // Bob ends it too: plaintext again, and a new AKE works.
    bob.engine.end_private("alice@example.org").unwrap();
    assert_eq!(bob.engine.privacy("alice@example.org"), Privacy::NotPrivate);
    bob.engine.start_private("alice@example.org").unwrap();
    pump(&mut alice, &mut bob);
    assert!(matches!(
        bob.engine.privacy("alice@example.org"),
        Privacy::Private { .. }
    ));
}

#[test]
fn ending_every_private_conversation_tells_each_peer_and_skips_the_others() {
    let (mut alice, mut bob) = private_pair();
    // A peer alice only wrote to in plaintext has nothing to end.
    let _plain = alice
        .engine
        .send("dave@example.org", &MessageText::new("hi"), OPPORTUNISTIC)
        .unwrap();
    alice.events.clear();
    assert_eq!(
        alice.engine.end_all_private(),
        vec!["bob@example.org".to_owned()]
    );
    assert_eq!(alice.engine.privacy("bob@example.org"), Privacy::NotPrivate);
    assert!(alice.engine.peer_fingerprint("bob@example.org").is_none());
    pump(&mut alice, &mut bob);
    assert!(
        alice.saw(|e| matches!(e, OtrEvent::GoneInsecure { peer } if peer == "bob@example.org"))
    );
    assert!(
        bob.saw(|e| matches!(e, OtrEvent::SessionFinished { peer } if peer == "alice@example.org"))
    );
    assert!(
        alice.engine.end_all_private().is_empty(),
        "nothing left to end"
    );
}

#[test]
fn a_key_made_beside_the_engine_is_picked_up_and_used() {
    let dir = TempDir::new().unwrap();
    let files = OtrFiles::in_dir(dir.path());
    let mut alice = Side::from_files(dir.path(), "alice@example.org", "xmpp", "alice@example.org");
    assert!(!alice.engine.has_key());
    assert!(otter_libotr::generate_key_file(files.clone(), "alice@example.org", "xmpp").unwrap());
    assert!(!otter_libotr::generate_key_file(files, "alice@example.org", "xmpp").unwrap());
    alice.engine.reload_private_key().unwrap();
    assert!(alice.engine.has_key());
    let mut bob = Side::new("bob@example.org");
    alice.engine.start_private("bob@example.org").unwrap();
    pump(&mut alice, &mut bob);
    assert!(matches!(
        alice.engine.privacy("bob@example.org"),
        Privacy::Private { .. }
    ));
    assert!(
        bob.engine
            .peer_fingerprint("alice@example.org")
            .unwrap()
            .ct_eq(&alice.engine.own_fingerprint().unwrap())
    );
}

#[test]
fn burst_then_reply_everything_is_readable() {
    let (mut alice, mut bob) = private_pair();
    let m1 = bob.encrypt("alice@example.org", "m1");
    let m2 = bob.encrypt("alice@example.org", "m2");
    // Alice replies before she has read m1 and m2: the messages cross.
    let r1 = alice.encrypt("bob@example.org", "r1");
    deliver(&bob, &mut alice, &m1);
    deliver(&bob, &mut alice, &m2);
    deliver(&alice, &mut bob, &r1);
    let m3 = bob.encrypt("alice@example.org", "m3");
    deliver(&bob, &mut alice, &m3);
    let r2 = alice.encrypt("bob@example.org", "r2");
    deliver(&alice, &mut bob, &r2);
    let expect = |v: &[&str]| v.iter().map(|t| (t.to_string(), true)).collect::<Vec<_>>();
    assert_eq!(alice.texts(), expect(&["m1", "m2", "m3"]));
    assert_eq!(bob.texts(), expect(&["r1", "r2"]));
}

#[test]
fn fragments_fit_the_irc_size_and_reassemble() {
    let (mut alice, mut bob) = private_pair();
    alice.engine.set_peer(
        "bob@example.org",
        PeerSettings {
            policy: OPPORTUNISTIC,
            max_message_size: IRC_MAX_MESSAGE_SIZE,
        },
    );
    let long = NON_ASCII.repeat(40);
    let parts = alice.encrypt("bob@example.org", &long);
    assert!(parts.len() > 3, "{}", parts.len());
    assert!(parts.iter().all(|p| p.len() <= IRC_MAX_MESSAGE_SIZE));
    assert!(parts.iter().all(|p| p.starts_with("?OTR|")));
    deliver(&alice, &mut bob, &parts);
    assert_eq!(bob.texts(), vec![(long, true)]);
}

#[test]
fn required_policy_never_sends_plaintext_and_the_gate_releases_after_the_ake() {
    let mut alice = Side::new("alice@example.org");
    let mut bob = Side::new("bob@example.org");
    let sentinel = "sentinel-8d1e typed before the key exchange";
    let refused = alice.engine.send(
        "bob@example.org",
        &MessageText::new(sentinel),
        OtrPolicy::Required,
    );
    assert!(matches!(refused, Err(LibotrError::NotPrivate)));

    let mut gate = Gate::new();
    let privacy = alice.engine.privacy("bob@example.org");
    let held = gate.submit(
        &"bob",
        OtrPolicy::Required,
        privacy,
        LocalId(7),
        MessageText::new(sentinel),
        &mut alice.engine.encryptor("bob@example.org"),
    );
    assert!(matches!(held, Submission::Held(_)));
    alice.engine.start_private("bob@example.org").unwrap();
    // Nothing the engine wants sent contains the sentinel.
    pump(&mut alice, &mut bob);
    let privacy = alice.engine.privacy("bob@example.org");
    let released = gate
        .release(
            &"bob",
            OtrPolicy::Required,
            privacy,
            &mut alice.engine.encryptor("bob@example.org"),
        )
        .unwrap();
    assert_eq!(released.len(), 1);
    let (id, bodies) = &released[0];
    assert_eq!(*id, LocalId(7));
    let wire: Vec<String> = bodies
        .iter()
        .map(|b| {
            assert!(b.is_encrypted());
            b.as_wire_text().to_owned()
        })
        .collect();
    assert!(wire.iter().all(|w| !w.contains("sentinel")));
    deliver(&alice, &mut bob, &wire);
    assert_eq!(bob.texts(), vec![(sentinel.to_owned(), true)]);

    // Plaintext arriving while OTR is required is shown with a warning.
    bob.engine.end_private("alice@example.org").unwrap();
    let _ = alice.engine.send(
        "bob@example.org",
        &MessageText::new("x"),
        OtrPolicy::Required,
    );
    let got = alice
        .engine
        .receive("bob@example.org", "plain words")
        .unwrap();
    assert!(matches!(
        got,
        Received::Plaintext {
            was_encrypted: false,
            warning: Some(ReceiveWarning::Unencrypted),
            ..
        }
    ));
}

// ---------------------------------------------------------------------------------------
// Hostile input: every case must give a clean error or Ignore, and the session survives.

fn still_talks(alice: &mut Side, bob: &mut Side) {
    pump(alice, bob);
    // Injected OTR errors make libotr start new key exchanges; if they leave the session
    // half-refreshed, the engine must say so (Finished, never a silent NotPrivate) and a
    // restart must work.
    for side in [&mut *alice, &mut *bob] {
        let peer = if side.known_as.starts_with("alice") {
            "bob@example.org"
        } else {
            "alice@example.org"
        };
        match side.engine.privacy(peer) {
            Privacy::Private { .. } => {}
            Privacy::Finished => {
                assert!(side.saw(|e| matches!(e, OtrEvent::GoneInsecure { .. })));
                eprintln!(
                    "{}: session reset by hostile input, restarting",
                    side.known_as
                );
                side.engine.end_private(peer).unwrap();
            }
            Privacy::NotPrivate => panic!("{} fell back to plaintext silently", side.known_as),
        }
    }
    if !matches!(
        alice.engine.privacy("bob@example.org"),
        Privacy::Private { .. }
    ) || !matches!(
        bob.engine.privacy("alice@example.org"),
        Privacy::Private { .. }
    ) {
        alice.engine.start_private("bob@example.org").unwrap();
        pump(alice, bob);
    }
    let before = bob.texts().len();
    let parts = alice.encrypt("bob@example.org", "still here");
    deliver(alice, bob, &parts);
    assert_eq!(
        bob.texts().last().cloned(),
        Some(("still here".to_owned(), true))
    );
    assert_eq!(bob.texts().len(), before + 1);
}

#[test]
fn malformed_otr_data_is_ignored_and_the_session_survives() {
    let (mut alice, mut bob) = private_pair();
    for garbage in [
        "?OTR:garbage",
        "?OTR:",
        "?OTR:AAMD",
        "?OTR:AAMDAAAAAAAAAAAA.",
        "?OTR:////////////////////////////////////////.",
        "?OTR|",
        "?OTR|zzzz|yyyy,1,2,x,",
        "?OTR|00000100|00000100,00001,00001,?OTR:garbage.,",
        "?OTR,1,1,,",
        "?OTR,0,0,x,",
        "?OTR,65535,1,x,",
        "?OTR Error: something",
        "?OTRv?",
        "?OTRv9999999999999999?",
        "?OTR\u{0}",
    ] {
        match bob.engine.receive("alice@example.org", garbage) {
            Ok(Received::Ignore) | Err(LibotrError::NulInText) => {}
            Ok(Received::Plaintext {
                was_encrypted: false,
                ..
            }) => {}
            other => panic!("{garbage:?}: {other:?}"),
        }
    }
    // libotr answers some garbage with an OTR error message; Alice copes with it too.
    still_talks(&mut alice, &mut bob);
}

#[test]
fn otr_query_typed_as_text_is_handled() {
    let mut alice = Side::new("alice@example.org");
    let mut bob = Side::new("bob@example.org");
    // "?OTR?" alone is a version-1 query, which our policy does not speak: ignored.
    let got = bob.engine.receive("alice@example.org", "?OTR?").unwrap();
    assert!(matches!(got, Received::Ignore));
    assert!(bob.engine.poll_events().is_empty());
    // "?OTRv23?" typed as text is a real query: libotr starts the key exchange.
    let got = bob
        .engine
        .receive("alice@example.org", "?OTRv23? hi")
        .unwrap();
    assert!(matches!(got, Received::Ignore));
    pump(&mut bob, &mut alice);
    assert!(matches!(
        alice.engine.privacy("bob@example.org"),
        Privacy::Private { .. }
    ));
    // Typed while private: libotr's query goes out instead (a refresh), never the text.
    let out = alice
        .engine
        .send("bob@example.org", &MessageText::new("?OTR?"), OPPORTUNISTIC)
        .unwrap();
    let Outgoing::Query(parts) = out else {
        panic!("{out:?}")
    };
    assert!(parts[0].as_wire_text().starts_with("?OTRv23?"));
    deliver(&alice, &mut bob, &[parts[0].as_wire_text().to_owned()]);
    still_talks(&mut alice, &mut bob);
}

#[test]
fn oversized_and_endless_fragments_are_refused() {
    let (mut alice, mut bob) = private_pair();
    let huge = format!("?OTR:{}.", "A".repeat(MAX_WIRE_TEXT));
    assert!(matches!(
        bob.engine.receive("alice@example.org", &huge),
        Err(LibotrError::TooLarge)
    ));
    // An endless v2-style fragment sequence (k grows, n = 65535).
    let chunk = "Q".repeat(60 * 1024);
    let mut refused_at = None;
    for k in 1..=100u32 {
        let fragment = format!("?OTR,{k},65535,{chunk},");
        match bob.engine.receive("alice@example.org", &fragment) {
            Ok(Received::Ignore) => {}
            Err(LibotrError::TooLarge) => {
                refused_at = Some(k);
                break;
            }
            other => panic!("{other:?}"),
        }
    }
    let refused_at = refused_at.expect("the endless sequence was never refused");
    assert!(refused_at as usize * chunk.len() > MAX_FRAGMENTED_BYTES);
    // A v3 sequence whose fragments claim a huge count, each reset by k = 1.
    for _ in 0..50 {
        let fragment = format!("?OTR|00000100|00000100,00001,65535,{chunk},");
        let _ = bob.engine.receive("alice@example.org", &fragment);
    }
    still_talks(&mut alice, &mut bob);
}

#[test]
fn nul_in_text_is_a_clean_error() {
    let (mut alice, _bob) = private_pair();
    assert!(matches!(
        alice
            .engine
            .send("bob@example.org", &MessageText::new("a\0b"), OPPORTUNISTIC),
        Err(LibotrError::NulInText)
    ));
    assert!(matches!(
        alice.engine.receive("bob@example.org", "a\0b"),
        Err(LibotrError::NulInText)
    ));
}

// ---------------------------------------------------------------------------------------
// Pidgin import: libotr files written by pidgin-otr (libotr 4.1.1), copied from the shared
// fixture into tests/fixtures.

const ALICE_FP: &str = "712301c2e5f37ad7d81e6cfea89ee6b63b1336b8";
const CAROL_FP: &str = "cf2d4fd7ecd11eb0c10083d5ee2ac343908e11be";

fn fixture_copy(name: &str) -> TempDir {
    let dir = TempDir::new().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    for file in ["otr.private_key", "otr.fingerprints", "otr.instance_tags"] {
        std::fs::copy(source.join(file), dir.path().join(file)).unwrap();
    }
    dir
}

#[test]
fn pidgin_keys_keep_their_fingerprints_and_trust_in_an_ake() {
    let alice_dir = fixture_copy("pidgin-alice");
    let carol_dir = fixture_copy("pidgin-carol");
    let mut alice = Side::from_files(
        alice_dir.path(),
        "alice@example.org/Tails",
        "prpl-jabber",
        "alice@example.org",
    );
    let mut carol = Side::from_files(
        carol_dir.path(),
        "carol@example.org",
        "prpl-jabber",
        "carol@example.org",
    );
    // The fingerprint libotr itself computes for the loaded key (otrl_privkey_fingerprint)
    // is the one in the peers' files, and our typed fingerprint prints the same.
    let alice_fp = alice.engine.own_fingerprint().unwrap();
    assert!(alice_fp.ct_eq(&OtrFingerprint::parse(ALICE_FP).unwrap()));
    assert_eq!(
        alice.engine.own_fingerprint_human().unwrap(),
        alice_fp.to_string()
    );
    let carol_fp = carol.engine.own_fingerprint().unwrap();
    assert!(carol_fp.ct_eq(&OtrFingerprint::parse(CAROL_FP).unwrap()));
    assert_eq!(
        carol.engine.own_fingerprint_human().unwrap(),
        "CF2D4FD7 ECD11EB0 C10083D5 EE2AC343 908E11BE"
    );
    // ensure_key keeps an imported key.
    assert!(!alice.engine.ensure_key().unwrap());

    alice.engine.start_private("carol@example.org").unwrap();
    pump(&mut alice, &mut carol);
    assert!(
        carol
            .engine
            .peer_fingerprint("alice@example.org")
            .unwrap()
            .ct_eq(&alice_fp)
    );
    assert!(
        alice
            .engine
            .peer_fingerprint("carol@example.org")
            .unwrap()
            .ct_eq(&carol_fp)
    );
    // Alice's Pidgin had verified carol: the imported trust holds, and no "new fingerprint".
    assert_eq!(
        alice.engine.privacy("carol@example.org"),
        Privacy::Private {
            trust: Trust::Verified
        }
    );
    assert!(!alice.saw(|e| matches!(e, OtrEvent::NewFingerprint { .. })));
    assert_eq!(
        carol.engine.privacy("alice@example.org"),
        Privacy::Private {
            trust: Trust::Unverified
        }
    );
}

#[test]
fn key_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let alice = Side::new("alice@example.org");
    let dir = alice._dir.as_ref().unwrap().path();
    for file in ["otr.private_key", "otr.instance_tags"] {
        let mode = std::fs::metadata(dir.join(file))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{file}");
    }
}

#[test]
fn marking_a_key_compromised_is_saved_and_reported() {
    let (mut alice, bob) = private_pair();
    let mut bob = bob;
    let bob_fp = bob.engine.own_fingerprint().unwrap();
    assert!(
        alice
            .engine
            .set_trust("bob@example.org", &bob_fp, Trust::Compromised)
            .unwrap()
    );
    assert_eq!(
        alice.engine.privacy("bob@example.org"),
        Privacy::Private {
            trust: Trust::Compromised
        }
    );
    let mode = {
        use std::os::unix::fs::PermissionsExt;
        let path = alice._dir.as_ref().unwrap().path().join("otr.fingerprints");
        std::fs::metadata(path).unwrap().permissions().mode()
    };
    assert_eq!(mode & 0o777, 0o600);
    let known = alice.engine.known_fingerprints("bob@example.org").unwrap();
    assert_eq!(known.len(), 1);
    assert!(known[0].0.ct_eq(&bob_fp));
    assert_eq!(known[0].1, Trust::Compromised);
    assert!(
        alice
            .engine
            .known_fingerprints("carol@example.org")
            .unwrap()
            .is_empty()
    );
    let _ = bob.engine.poll_events();
}

#[test]
fn engine_thread_owns_the_engine() {
    let dir = TempDir::new().unwrap();
    let thread = otter_libotr::EngineThread::spawn(
        OtrFiles::in_dir(dir.path()),
        "alice@example.org",
        "xmpp",
    )
    .unwrap();
    assert!(thread.call(|engine| engine.ensure_key()).unwrap().unwrap());
    let fp = thread
        .call(|engine| engine.own_fingerprint().map(|fp| fp.to_string()))
        .unwrap();
    assert!(fp.is_some());
    let query = thread
        .call(|engine| {
            engine.start_private("bob@example.org").unwrap();
            engine.poll_events().len()
        })
        .unwrap();
    assert_eq!(query, 1);
}

// ---------------------------------------------------------------------------------------
// Against Debian's libotr driven directly (tests/otr/peer.py, Python ctypes on libotr.so.5),
// in a separate process.

struct Peer {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    /// Lines read and not yet consumed.
    backlog: Vec<Value>,
    name: String,
}

fn peer_script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/otr/peer.py")
}

impl Peer {
    fn start(dir: &Path, account: &str, protocol: &str) -> Peer {
        Self::start_with_versions(dir, account, protocol, "2,3")
    }

    fn start_with_versions(dir: &Path, account: &str, protocol: &str, versions: &str) -> Peer {
        let mut child = Command::new("/usr/bin/python3")
            .arg(peer_script())
            .arg("--versions")
            .arg(versions)
            .arg("--dir")
            .arg(dir)
            .arg("--account")
            .arg(account)
            .arg("--protocol")
            .arg(protocol)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let mut peer = Peer {
            child,
            stdin,
            stdout,
            backlog: Vec::new(),
            name: account.to_owned(),
        };
        let ready = peer.next_line();
        assert_eq!(ready["ready"], json!(true), "{ready}");
        peer.backlog.push(ready);
        peer
    }

    fn next_line(&mut self) -> Value {
        let mut line = String::new();
        let n = self.stdout.read_line(&mut line).unwrap();
        assert!(n > 0, "peer.py exited");
        serde_json::from_str(&line).unwrap()
    }

    /// Sends a command and reads its output up to the {"done": ...} line.
    fn command(&mut self, command: Value) -> Vec<Value> {
        writeln!(self.stdin, "{command}").unwrap();
        self.stdin.flush().unwrap();
        let mut lines = Vec::new();
        loop {
            let line = self.next_line();
            if line.get("done").is_some() {
                break;
            }
            lines.push(line);
        }
        self.backlog.extend(lines.clone());
        lines
    }

    fn saw(&self, key: &str, value: &Value) -> bool {
        self.backlog.iter().any(|line| line.get(key) == Some(value))
    }

    fn fingerprint(&mut self) -> String {
        let out = self.command(json!({"cmd": "fingerprint"}));
        out.iter()
            .find_map(|l| l["fingerprint"].as_str().map(str::to_owned))
            .unwrap()
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = writeln!(self.stdin, "{}", json!({"cmd": "quit"}));
        let _ = self.child.wait();
    }
}

/// Moves messages between our engine (`us`, known to the peer as `us.known_as`) and the peer
/// until both are quiet. `peer_out` is output the peer produced already.
fn pump_peer(us: &mut Side, peer: &mut Peer, mut peer_out: Vec<Value>) {
    for _ in 0..50 {
        let mut moved = false;
        for line in std::mem::take(&mut peer_out) {
            if let Some(text) = line["inject"].as_str() {
                let received = us.engine.receive(&peer.name, text).unwrap();
                us.received.push(received);
                moved = true;
            }
        }
        for event in us.engine.poll_events() {
            if let OtrEvent::Inject { data, .. } = &event {
                let out = peer.command(
                    json!({"cmd": "recv", "from": us.known_as, "text": data.as_wire_text()}),
                );
                peer_out.extend(out);
                moved = true;
            }
            us.events.push(event);
        }
        if !moved {
            return;
        }
    }
    panic!("never quiet");
}

fn us_and_peer() -> (Side, Peer, TempDir) {
    let us = Side::new("alice@example.org");
    let peer_dir = TempDir::new().unwrap();
    let peer = Peer::start(peer_dir.path(), "dave@example.org", "xmpp");
    (us, peer, peer_dir)
}

#[test]
fn against_libotr_ake_we_start_messages_both_ways_smp_and_end() {
    let (mut us, mut peer, _dir) = us_and_peer();
    let started = Instant::now();
    us.engine.start_private("dave@example.org").unwrap();
    pump_peer(&mut us, &mut peer, Vec::new());
    eprintln!(
        "AKE against peer.py (incl. process round trips): {:?}",
        started.elapsed()
    );
    assert!(matches!(
        us.engine.privacy("dave@example.org"),
        Privacy::Private { .. }
    ));
    assert!(peer.saw("secure", &json!(true)));
    // Fingerprints agree both ways.
    let our_fp = us
        .engine
        .own_fingerprint()
        .unwrap()
        .as_bytes()
        .map(|b| format!("{b:02x}"))
        .concat();
    assert!(peer.saw("peer_fingerprint", &json!(our_fp)));
    let peer_fp = peer.fingerprint();
    assert!(
        us.engine
            .peer_fingerprint("dave@example.org")
            .unwrap()
            .ct_eq(&OtrFingerprint::parse(&peer_fp).unwrap())
    );

    // Messages both ways, non-ASCII.
    let parts = us.encrypt("dave@example.org", NON_ASCII);
    for part in &parts {
        let _ = peer.command(json!({"cmd": "recv", "from": us.known_as, "text": part}));
    }
    assert!(peer.saw("received", &json!(NON_ASCII)));
    let out = peer.command(json!({"cmd": "send", "to": us.known_as, "text": "ça va ✓"}));
    pump_peer(&mut us, &mut peer, out);
    assert!(us.texts().contains(&("ça va ✓".to_owned(), true)));

    // SMP with a question, asked by the peer and answered by us (asynchronously).
    let out = peer.command(json!({"cmd": "smp_question", "to": us.known_as,
        "question": "Our river?", "answer": "Loire"}));
    pump_peer(&mut us, &mut peer, out);
    assert!(us.saw(|e| matches!(e, OtrEvent::SmpAskedQuestion { question, .. } if question.reveal() == "Our river?")));
    us.engine
        .smp_respond("dave@example.org", Secret::new("Loire"))
        .unwrap();
    pump_peer(&mut us, &mut peer, Vec::new());
    assert!(peer.saw("smp", &json!("succeeded")));

    // SMP with a question asked by us, answered right by the peer.
    us.engine
        .smp_start_question(
            "dave@example.org",
            &MessageText::new("Our river?"),
            Secret::new("Loire"),
        )
        .unwrap();
    let _ = peer.command(json!({"cmd": "set_smp_answer", "answer": "Loire"}));
    pump_peer(&mut us, &mut peer, Vec::new());
    assert_eq!(
        us.engine.privacy("dave@example.org"),
        Privacy::Private {
            trust: Trust::Verified
        }
    );

    // We end the session: the peer is told (finished).
    us.engine.end_private("dave@example.org").unwrap();
    pump_peer(&mut us, &mut peer, Vec::new());
    assert!(peer.saw("finished", &json!(true)));
}

/// Debian 12's Profanity allows only OTR version 2: both ways of starting still end in a
/// private conversation, at version 2, with messages readable both ways.
#[test]
fn against_a_libotr_peer_that_speaks_only_version_2() {
    for we_start in [true, false] {
        let mut us = Side::new("alice@example.org");
        let peer_dir = TempDir::new().unwrap();
        let mut peer = Peer::start_with_versions(peer_dir.path(), "dave@example.org", "xmpp", "2");
        if we_start {
            us.engine.start_private("dave@example.org").unwrap();
            pump_peer(&mut us, &mut peer, Vec::new());
        } else {
            let out = peer.command(json!({"cmd": "query", "to": us.known_as}));
            pump_peer(&mut us, &mut peer, out);
        }
        assert!(peer.saw("secure", &json!(true)), "we start: {we_start}");
        assert!(
            us.saw(|e| matches!(e, OtrEvent::GoneSecure { version: 2, .. })),
            "we start: {we_start}: {:?}",
            us.events
        );

        for part in us.encrypt("dave@example.org", NON_ASCII) {
            let _ = peer.command(json!({"cmd": "recv", "from": us.known_as, "text": part}));
        }
        assert!(peer.saw("received", &json!(NON_ASCII)));
        let out = peer.command(json!({"cmd": "send", "to": us.known_as, "text": "v2 ✓"}));
        pump_peer(&mut us, &mut peer, out);
        assert!(us.texts().contains(&("v2 ✓".to_owned(), true)));
    }
}

/// Pidgin's plugin reads and writes HTML inside OTR: what we type arrives escaped, what it
/// sends arrives as plain text.
#[test]
fn against_libotr_text_is_html_for_pidgin_and_plain_for_us() {
    let (mut us, mut peer, _dir) = us_and_peer();
    us.engine.start_private("dave@example.org").unwrap();
    pump_peer(&mut us, &mut peer, Vec::new());
    assert!(peer.saw("secure", &json!(true)));

    for part in us.encrypt("dave@example.org", "if a < b && c > \"d\"") {
        let _ = peer.command(json!({"cmd": "recv", "from": us.known_as, "text": part}));
    }
    assert!(peer.saw(
        "received",
        &json!("if a &lt; b &amp;&amp; c &gt; &quot;d&quot;")
    ));

    let out = peer.command(json!({"cmd": "send", "to": us.known_as,
        "text": "<FONT COLOR=\"#ff0000\">red</FONT> &amp; <B>bold</B><BR>I <3 you"}));
    pump_peer(&mut us, &mut peer, out);
    assert!(
        us.texts()
            .contains(&("red & bold\nI <3 you".to_owned(), true)),
        "{:?}",
        us.texts()
    );
}

#[test]
fn against_libotr_peer_starts_fragments_at_irc_size_and_peer_ends() {
    let (mut us, mut peer, _dir) = us_and_peer();
    let _ = peer.command(json!({"cmd": "max_size", "size": IRC_MAX_MESSAGE_SIZE}));
    us.engine.set_peer(
        "dave@example.org",
        PeerSettings {
            policy: OPPORTUNISTIC,
            max_message_size: IRC_MAX_MESSAGE_SIZE,
        },
    );
    let out = peer.command(json!({"cmd": "query", "to": us.known_as}));
    pump_peer(&mut us, &mut peer, out);
    assert!(matches!(
        us.engine.privacy("dave@example.org"),
        Privacy::Private { .. }
    ));
    let long = NON_ASCII.repeat(30);
    // Ours, fragmented, read by libotr.
    let parts = us.encrypt("dave@example.org", &long);
    assert!(parts.len() > 2 && parts.iter().all(|p| p.len() <= IRC_MAX_MESSAGE_SIZE));
    for part in &parts {
        let _ = peer.command(json!({"cmd": "recv", "from": us.known_as, "text": part}));
    }
    assert!(peer.saw("received", &json!(long)));
    // libotr's, fragmented, read by us.
    let out = peer.command(json!({"cmd": "send", "to": us.known_as, "text": long}));
    let injected = out.iter().filter(|l| l.get("inject").is_some()).count();
    assert!(injected > 2, "{injected}");
    assert!(out.iter().all(|l| {
        l["inject"]
            .as_str()
            .is_none_or(|t| t.len() <= IRC_MAX_MESSAGE_SIZE)
    }));
    pump_peer(&mut us, &mut peer, out);
    assert!(us.texts().contains(&(long.clone(), true)));

    // Shared-secret SMP started by the peer.
    let out = peer.command(json!({"cmd": "smp_secret", "to": us.known_as, "secret": "otters"}));
    pump_peer(&mut us, &mut peer, out);
    assert!(us.saw(|e| matches!(e, OtrEvent::SmpAskedSecret { .. })));
    us.engine
        .smp_respond("dave@example.org", Secret::new("otters"))
        .unwrap();
    pump_peer(&mut us, &mut peer, Vec::new());
    assert!(peer.saw("smp", &json!("succeeded")));
    assert_eq!(
        us.engine.privacy("dave@example.org"),
        Privacy::Private {
            trust: Trust::Verified
        }
    );

    // The peer ends the session: finished here, sending refused.
    let out = peer.command(json!({"cmd": "end", "to": us.known_as}));
    pump_peer(&mut us, &mut peer, out);
    assert_eq!(us.engine.privacy("dave@example.org"), Privacy::Finished);
    assert!(us.saw(|e| matches!(e, OtrEvent::SessionFinished { .. })));
    assert!(matches!(
        us.engine
            .send("dave@example.org", &MessageText::new("x"), OPPORTUNISTIC),
        Err(LibotrError::SessionFinished)
    ));
}

#[test]
fn against_libotr_whitespace_tag_and_wrong_smp_answer() {
    let (mut us, mut peer, _dir) = us_and_peer();
    // Our tagged plaintext starts the AKE on libotr's side.
    let Outgoing::Plaintext(tagged) = us
        .engine
        .send(
            "dave@example.org",
            &MessageText::new("hello dave"),
            OPPORTUNISTIC,
        )
        .unwrap()
    else {
        panic!()
    };
    let out = peer.command(json!({"cmd": "recv", "from": us.known_as, "text": tagged.reveal()}));
    assert!(peer.saw("received", &json!("hello dave")));
    pump_peer(&mut us, &mut peer, out);
    assert!(matches!(
        us.engine.privacy("dave@example.org"),
        Privacy::Private { .. }
    ));
    us.engine
        .smp_start_question(
            "dave@example.org",
            &MessageText::new("Our river?"),
            Secret::new("Loire"),
        )
        .unwrap();
    let _ = peer.command(json!({"cmd": "set_smp_answer", "answer": "Seine"}));
    pump_peer(&mut us, &mut peer, Vec::new());
    assert!(us.saw(|e| matches!(e, OtrEvent::SmpFailed { .. })));
    assert!(peer.saw("smp", &json!("failed")));
}

#[test]
fn against_libotr_pidgin_key_shows_its_fingerprint() {
    // Carol's own libotr files drive the peer; we import Alice's Pidgin key.
    let alice_dir = fixture_copy("pidgin-alice");
    let carol_dir = fixture_copy("pidgin-carol");
    let mut us = Side::from_files(
        alice_dir.path(),
        "alice@example.org/Tails",
        "prpl-jabber",
        "alice@example.org",
    );
    let mut peer = Peer::start(carol_dir.path(), "carol@example.org", "prpl-jabber");
    assert_eq!(peer.fingerprint(), CAROL_FP);
    us.engine.start_private("carol@example.org").unwrap();
    pump_peer(&mut us, &mut peer, Vec::new());
    assert!(peer.saw("peer_fingerprint", &json!(ALICE_FP)));
    assert_eq!(
        us.engine.privacy("carol@example.org"),
        Privacy::Private {
            trust: Trust::Verified
        }
    );
    // Carol's file already knew Alice's key: libotr reports no new fingerprint there.
    assert!(!peer.saw("new_fingerprint", &json!(ALICE_FP)));
}

/// The kind of an OTR key-exchange message ("?OTR:AAM" + a base64 digit that names it), or
/// `None` for anything else.
fn ake_kind(wire: &str) -> Option<&'static str> {
    match wire.get(..9)? {
        "?OTR:AAMC" => Some("dh-commit"),
        "?OTR:AAMK" => Some("dh-key"),
        "?OTR:AAMR" => Some("reveal-sig"),
        "?OTR:AAMS" => Some("sig"),
        _ => None,
    }
}

#[test]
fn a_whitespace_tag_typed_during_our_key_exchange_does_not_start_a_second_one() {
    let mut alice = Side::new("alice@example.org");
    let mut bob = Side::new("bob@example.org");
    alice.engine.start_private("bob@example.org").unwrap();
    // The query reaches bob, whose libotr answers with its DH-commit.
    assert!(pump_once(&mut alice, &mut bob));
    // Meanwhile bob types: not private yet, so his software tags the text.
    let out = bob
        .engine
        .send(
            "alice@example.org",
            &MessageText::new("typed meanwhile"),
            OPPORTUNISTIC,
        )
        .unwrap();
    let Outgoing::Plaintext(tagged) = out else {
        panic!("{out:?}")
    };
    assert!(tagged.reveal().contains(" \t  \t\t\t\t \t \t \t  "));
    // The DH-commit reaches alice (she answers with her DH-key), then the tagged text.
    assert!(pump_once(&mut bob, &mut alice));
    deliver(&bob, &mut alice, &[tagged.reveal().to_owned()]);
    assert_eq!(alice.texts(), vec![("typed meanwhile".to_owned(), false)]);
    pump(&mut alice, &mut bob);
    let sent_by = |side: &Side| -> Vec<&'static str> {
        side.events
            .iter()
            .filter_map(|e| match e {
                OtrEvent::Inject { data, .. } => ake_kind(data.as_wire_text()),
                _ => None,
            })
            .collect()
    };
    // One exchange: bob commits, alice answers with her key, bob reveals, alice signs.
    assert_eq!(sent_by(&alice), ["dh-key", "sig"], "{:?}", alice.events);
    assert_eq!(
        sent_by(&bob),
        ["dh-commit", "reveal-sig"],
        "{:?}",
        bob.events
    );
    for (side, peer) in [
        (&mut alice, "bob@example.org"),
        (&mut bob, "alice@example.org"),
    ] {
        assert!(matches!(side.engine.privacy(peer), Privacy::Private { .. }));
        let secure = side
            .events
            .iter()
            .filter(|e| matches!(e, OtrEvent::GoneSecure { .. }))
            .count();
        assert_eq!(secure, 1, "{:?}", side.events);
    }
    // And a tag after the conversation is private starts nothing either.
    let parts = alice.encrypt("bob@example.org", "first private");
    deliver(&alice, &mut bob, &parts);
    deliver(&bob, &mut alice, &[tagged.reveal().to_owned()]);
    assert!(
        !alice
            .engine
            .poll_events()
            .iter()
            .any(|e| matches!(e, OtrEvent::Inject { .. })),
        "a late tag restarted the exchange"
    );
    assert!(bob.texts().contains(&("first private".to_owned(), true)));
}

#[test]
fn a_whitespace_tag_still_starts_the_key_exchange_when_none_runs() {
    // The control for the test above: with no exchange under way, the tag starts one.
    let mut alice = Side::new("alice@example.org");
    let mut bob = Side::new("bob@example.org");
    let Outgoing::Plaintext(tagged) = bob
        .engine
        .send(
            "alice@example.org",
            &MessageText::new("hello"),
            OPPORTUNISTIC,
        )
        .unwrap()
    else {
        panic!("not plaintext")
    };
    deliver(&bob, &mut alice, &[tagged.reveal().to_owned()]);
    let injected: Vec<_> = alice
        .engine
        .poll_events()
        .into_iter()
        .filter_map(|e| match e {
            OtrEvent::Inject { data, .. } => ake_kind(data.as_wire_text()),
            _ => None,
        })
        .collect();
    assert_eq!(injected, ["dh-commit"]);
}

#[test]
fn a_heartbeat_goes_out_when_only_the_peer_has_been_talking() {
    let (mut alice, mut bob) = private_pair();
    // libotr sends a heartbeat on receipt of a data message when its side has sent nothing
    // for 60 seconds (HEARTBEAT_INTERVAL, measured with time(): no way to shorten it).
    std::thread::sleep(std::time::Duration::from_secs(61));
    let parts = bob.encrypt("alice@example.org", "still there?");
    deliver(&bob, &mut alice, &parts);
    assert_eq!(
        alice.texts().last().unwrap(),
        &("still there?".to_owned(), true)
    );
    let events = alice.engine.poll_events();
    assert!(
        events.iter().any(|e| matches!(
            e,
            OtrEvent::Notice {
                notice: otter_libotr::Notice::HeartbeatSent,
                ..
            }
        )),
        "{events:?}"
    );
    let heartbeat: Vec<String> = events
        .iter()
        .filter_map(|e| match e {
            OtrEvent::Inject { peer, data } if peer == "bob@example.org" => {
                Some(data.as_wire_text().to_owned())
            }
            _ => None,
        })
        .collect();
    assert_eq!(heartbeat.len(), 1, "{events:?}");
    assert!(heartbeat[0].starts_with("?OTR:"));
    let received = bob
        .engine
        .receive("alice@example.org", &heartbeat[0])
        .unwrap();
    assert!(matches!(received, Received::Ignore), "{received:?}");
    assert!(bob.engine.poll_events().iter().any(|e| matches!(
        e,
        OtrEvent::Notice {
            notice: otter_libotr::Notice::HeartbeatReceived,
            ..
        }
    )));
    // A second message right after gets no second heartbeat.
    let parts = bob.encrypt("alice@example.org", "and now?");
    deliver(&bob, &mut alice, &parts);
    assert!(
        !alice
            .engine
            .poll_events()
            .iter()
            .any(|e| matches!(e, OtrEvent::Inject { .. }))
    );
}

#[test]
fn libotr_asks_for_its_timer_while_a_key_exchange_waits_and_polling_keeps_the_session() {
    let mut alice = Side::new("alice@example.org");
    let mut bob = Side::new("bob@example.org");
    assert_eq!(alice.engine.timer_interval(), None);
    alice.engine.start_private("bob@example.org").unwrap();
    // Bob answers the query with a v3 commit from his master context: libotr wants to be
    // polled to forget that commit if no instance of Alice answers within a minute.
    pump_once(&mut alice, &mut bob);
    let interval = bob
        .engine
        .timer_interval()
        .expect("libotr asked for its timer");
    assert!(
        interval.as_secs() > 0 && interval.as_secs() <= 120,
        "{interval:?}"
    );
    pump(&mut alice, &mut bob);
    bob.engine.poll_timer();
    alice.engine.poll_timer();
    assert!(matches!(
        bob.engine.privacy("alice@example.org"),
        Privacy::Private { .. }
    ));
    let parts = alice.encrypt("bob@example.org", "after the poll");
    deliver(&alice, &mut bob, &parts);
    assert_eq!(
        bob.texts().last().unwrap(),
        &("after the poll".to_owned(), true)
    );
}
