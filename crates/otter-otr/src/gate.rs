//! The plaintext gate: the one place that decides whether a one-to-one message leaves now,
//! encrypted or in plaintext, or waits.
//!
//! Dino builds the plaintext stanza and hopes a hook encrypts it; Profanity passes a `handled`
//! flag. Both fail open when a branch is forgotten. Here the transport accepts only a
//! `WireBody`, and the gate makes one from plaintext only when the policy allows plaintext and
//! no private conversation is (or was) up with that contact.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

use otter_types::{LocalId, MessageText};

use crate::policy::OtrPolicy;
use crate::trust::{Privacy, Trust};
use crate::wire::{Ciphertext, PlaintextPermit, WireBody};

/// How many messages may wait for one contact. The user types them, so the bound only stops
/// a runaway front end; beyond it, `submit` refuses (`Submission::OutboxFull`).
pub const MAX_HELD_PER_CONTACT: usize = 1000;

/// Encrypts for one contact's current session (an OTR engine bound to one peer).
pub trait Encryptor {
    /// The engine's error.
    type Error;
    /// Encrypts `text` into one or more OTR messages (fragments).
    fn encrypt(&mut self, text: &MessageText) -> Result<Vec<Ciphertext>, Self::Error>;
    /// Prepares plaintext for the wire in opportunistic mode (libotr appends the whitespace
    /// tag that advertises OTR support).
    fn prepare_plaintext(&mut self, text: MessageText) -> MessageText {
        text
    }
}

/// Why a message waits instead of leaving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// OTR is required and the private conversation is not up yet.
    WaitingForPrivateSession,
    /// The contact ended the private conversation; nothing leaves until the user restarts it
    /// or ends it on this side too.
    SessionFinishedByContact,
    /// The contact's key is marked compromised.
    CompromisedKey,
}

/// A message the gate keeps until it may leave, or the user discards it.
#[derive(Debug)]
pub struct HeldMessage {
    /// The front end's id for it.
    pub local_id: LocalId,
    /// What the user typed.
    pub text: MessageText,
}

/// What `submit` decided.
#[derive(Debug)]
pub enum Submission<E> {
    /// Hand these bodies to the transport, in order.
    Send(Vec<WireBody>),
    /// Kept by the gate, for the reason given; shown to the user as waiting.
    Held(Refusal),
    /// Too many messages already wait for this contact; this one was not kept.
    OutboxFull,
    /// The engine could not encrypt; the message is kept held.
    EngineFailed(E),
}

/// The gate, with one outbox per contact (`K` identifies a contact of an account).
#[derive(Debug)]
pub struct Gate<K> {
    outboxes: HashMap<K, VecDeque<HeldMessage>>,
}

impl<K> Default for Gate<K> {
    fn default() -> Self {
        Self {
            outboxes: HashMap::new(),
        }
    }
}

impl<K: Hash + Eq + Clone> Gate<K> {
    /// An empty gate.
    pub fn new() -> Self {
        Self::default()
    }

    /// Decides what happens to a message the user typed for `contact`.
    ///
    /// Messages already waiting for this contact stay ahead of it: if any wait, this one
    /// waits too, so order is kept.
    pub fn submit<X: Encryptor>(
        &mut self,
        contact: &K,
        policy: OtrPolicy,
        privacy: Privacy,
        local_id: LocalId,
        text: MessageText,
        engine: &mut X,
    ) -> Submission<X::Error> {
        let waiting = self.outboxes.get(contact).is_some_and(|q| !q.is_empty());
        let decision = match (waiting, refusal(policy, privacy)) {
            (_, Some(reason)) => Err(reason),
            (true, None) => Err(Refusal::WaitingForPrivateSession),
            (false, None) => Ok(()),
        };
        match decision {
            Err(reason) => {
                if self.hold(contact, local_id, text) {
                    Submission::Held(reason)
                } else {
                    Submission::OutboxFull
                }
            }
            Ok(()) => match privacy {
                Privacy::Private { .. } => match engine.encrypt(&text) {
                    Ok(parts) => {
                        Submission::Send(parts.into_iter().map(WireBody::encrypted).collect())
                    }
                    Err(error) => {
                        // Kept for a retry; a full outbox was checked when the first message was held.
                        let _kept = self.hold(contact, local_id, text);
                        Submission::EngineFailed(error)
                    }
                },
                Privacy::NotPrivate | Privacy::Finished => {
                    let text = match policy {
                        OtrPolicy::Opportunistic => engine.prepare_plaintext(text),
                        OtrPolicy::Never | OtrPolicy::Required => text,
                    };
                    Submission::Send(vec![WireBody::plaintext(text, PlaintextPermit::granted())])
                }
            },
        }
    }

    /// Keeps the message; false when the contact's outbox is full.
    fn hold(&mut self, contact: &K, local_id: LocalId, text: MessageText) -> bool {
        let outbox = self.outboxes.entry(contact.clone()).or_default();
        if outbox.len() >= MAX_HELD_PER_CONTACT {
            return false;
        }
        outbox.push_back(HeldMessage { local_id, text });
        true
    }

    /// Messages waiting for `contact`, oldest first (for the interface).
    pub fn held(&self, contact: &K) -> impl Iterator<Item = &HeldMessage> {
        self.outboxes.get(contact).into_iter().flatten()
    }

    /// After the conversation changed (typically: became private), sends what may now leave,
    /// in order. Stops at the first message the engine cannot encrypt; it and those after it
    /// stay held.
    pub fn release<X: Encryptor>(
        &mut self,
        contact: &K,
        policy: OtrPolicy,
        privacy: Privacy,
        engine: &mut X,
    ) -> Result<Vec<(LocalId, Vec<WireBody>)>, X::Error> {
        let mut released = Vec::new();
        if refusal(policy, privacy).is_some() {
            return Ok(released);
        }
        let Some(outbox) = self.outboxes.get_mut(contact) else {
            return Ok(released);
        };
        while let Some(held) = outbox.pop_front() {
            let bodies = match privacy {
                Privacy::Private { .. } => match engine.encrypt(&held.text) {
                    Ok(parts) => parts.into_iter().map(WireBody::encrypted).collect(),
                    Err(error) => {
                        outbox.push_front(held);
                        return Err(error);
                    }
                },
                // Held plaintext is released only under a policy that allows plaintext; the
                // user asked for it to be sent (retry) after changing the policy.
                Privacy::NotPrivate | Privacy::Finished => {
                    vec![WireBody::plaintext(held.text, PlaintextPermit::granted())]
                }
            };
            released.push((held.local_id, bodies));
        }
        Ok(released)
    }

    /// Drops a waiting message the user discarded. Returns whether it was waiting.
    pub fn discard(&mut self, contact: &K, local_id: LocalId) -> bool {
        let Some(outbox) = self.outboxes.get_mut(contact) else {
            return false;
        };
        let before = outbox.len();
        outbox.retain(|held| held.local_id != local_id);
        before != outbox.len()
    }
}

/// Why a message may not leave now, or `None` if it may.
fn refusal(policy: OtrPolicy, privacy: Privacy) -> Option<Refusal> {
    match privacy {
        Privacy::Private {
            trust: Trust::Compromised,
        } => Some(Refusal::CompromisedKey),
        Privacy::Private { .. } => None,
        Privacy::Finished => Some(Refusal::SessionFinishedByContact),
        Privacy::NotPrivate => match policy {
            OtrPolicy::Required => Some(Refusal::WaitingForPrivateSession),
            OtrPolicy::Never | OtrPolicy::Opportunistic => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stands in for libotr: "encrypts" by hex-encoding behind the OTR data marker.
    struct FakeEngine;

    impl Encryptor for FakeEngine {
        type Error = ();
        fn encrypt(&mut self, text: &MessageText) -> Result<Vec<Ciphertext>, ()> {
            let hex: String = text.reveal().bytes().map(|b| format!("{b:02x}")).collect();
            Ciphertext::new(format!("?OTR:{hex}."))
                .map(|c| vec![c])
                .map_err(drop)
        }
        fn prepare_plaintext(&mut self, text: MessageText) -> MessageText {
            MessageText::new(format!("{} \t  \t\t\t\t \t \t \t  ", text.reveal()))
        }
    }

    const SENTINEL: &str = "sentinel-3f9a";
    const UNVERIFIED: Privacy = Privacy::Private {
        trust: Trust::Unverified,
    };

    fn wire_texts(bodies: &[WireBody]) -> String {
        bodies.iter().map(WireBody::as_wire_text).collect()
    }

    #[test]
    fn held_message_is_not_sent_before_private_session() {
        let mut gate = Gate::new();
        let submission = gate.submit(
            &"carol",
            OtrPolicy::Required,
            Privacy::NotPrivate,
            LocalId(1),
            MessageText::new(SENTINEL),
            &mut FakeEngine,
        );
        assert!(matches!(
            submission,
            Submission::Held(Refusal::WaitingForPrivateSession)
        ));
        let released = gate
            .release(
                &"carol",
                OtrPolicy::Required,
                Privacy::NotPrivate,
                &mut FakeEngine,
            )
            .unwrap();
        assert!(released.is_empty());

        let released = gate
            .release(&"carol", OtrPolicy::Required, UNVERIFIED, &mut FakeEngine)
            .unwrap();
        assert_eq!(released.len(), 1);
        let (id, bodies) = &released[0];
        assert_eq!(*id, LocalId(1));
        assert!(bodies.iter().all(WireBody::is_encrypted));
        assert!(!wire_texts(bodies).contains(SENTINEL));
        assert_eq!(gate.held(&"carol").count(), 0);
    }

    #[test]
    fn later_messages_queue_behind_held_ones_to_keep_order() {
        let mut gate = Gate::new();
        let _ = gate.submit(
            &"c",
            OtrPolicy::Required,
            Privacy::NotPrivate,
            LocalId(1),
            MessageText::new("one"),
            &mut FakeEngine,
        );
        // Private now, but "one" still waits: "two" must not overtake it.
        let second = gate.submit(
            &"c",
            OtrPolicy::Required,
            UNVERIFIED,
            LocalId(2),
            MessageText::new("two"),
            &mut FakeEngine,
        );
        assert!(matches!(second, Submission::Held(_)));
        let ids: Vec<_> = gate
            .release(&"c", OtrPolicy::Required, UNVERIFIED, &mut FakeEngine)
            .unwrap()
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(ids, vec![LocalId(1), LocalId(2)]);
    }

    #[test]
    fn finished_session_refuses_plaintext_even_when_opportunistic() {
        let mut gate = Gate::new();
        let submission = gate.submit(
            &"c",
            OtrPolicy::Opportunistic,
            Privacy::Finished,
            LocalId(1),
            MessageText::new(SENTINEL),
            &mut FakeEngine,
        );
        assert!(matches!(
            submission,
            Submission::Held(Refusal::SessionFinishedByContact)
        ));
    }

    #[test]
    fn compromised_key_never_gets_a_message() {
        let mut gate = Gate::new();
        let compromised = Privacy::Private {
            trust: Trust::Compromised,
        };
        let submission = gate.submit(
            &"c",
            OtrPolicy::Opportunistic,
            compromised,
            LocalId(1),
            MessageText::new(SENTINEL),
            &mut FakeEngine,
        );
        assert!(matches!(
            submission,
            Submission::Held(Refusal::CompromisedKey)
        ));
        assert!(
            gate.release(&"c", OtrPolicy::Opportunistic, compromised, &mut FakeEngine)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn opportunistic_plaintext_carries_the_whitespace_tag() {
        let mut gate = Gate::new();
        match gate.submit(
            &"c",
            OtrPolicy::Opportunistic,
            Privacy::NotPrivate,
            LocalId(1),
            MessageText::new("hi"),
            &mut FakeEngine,
        ) {
            Submission::Send(bodies) => {
                assert!(!bodies[0].is_encrypted());
                assert!(bodies[0].as_wire_text().starts_with("hi \t"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn discarded_messages_are_gone_and_the_outbox_is_bounded() {
        let mut gate = Gate::new();
        for i in 0..MAX_HELD_PER_CONTACT as u64 {
            let _ = gate.submit(
                &"c",
                OtrPolicy::Required,
                Privacy::NotPrivate,
                LocalId(i),
                MessageText::new("x"),
                &mut FakeEngine,
            );
        }
        let overflow = gate.submit(
            &"c",
            OtrPolicy::Required,
            Privacy::NotPrivate,
            LocalId(u64::MAX),
            MessageText::new("x"),
            &mut FakeEngine,
        );
        assert!(matches!(overflow, Submission::OutboxFull));
        assert!(gate.discard(&"c", LocalId(0)));
        assert!(!gate.discard(&"c", LocalId(0)));
        assert_eq!(gate.held(&"c").count(), MAX_HELD_PER_CONTACT - 1);
    }
}
