#![doc = include_str!("../README.md")]

mod gate;
pub mod html;
mod policy;
mod trust;
mod wire;

pub use gate::{Encryptor, Gate, HeldMessage, MAX_HELD_PER_CONTACT, Refusal, Submission};
pub use policy::{OtrPolicy, PolicySettings};
pub use trust::{Privacy, Trust};
pub use wire::{Ciphertext, NotOtrData, PlaintextPermit, WireBody};

/// The query message sent to start OTR with a peer whose software may not know OTR. It goes
/// on the wire for the peer's software to read, so it is a fixed English text: a translation
/// would reveal the user's language (and libotr's own default says the same).
pub const QUERY_EXPLANATION: &str = "has requested an Off-the-Record private conversation. However, you do not have a plugin to support that. See https://otr.cypherpunks.ca/ for more information.";
