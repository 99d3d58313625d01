#![doc = include_str!("../README.md")]

mod error_kind;
mod fingerprint;
mod host;
mod ids;
pub mod scram;
mod sensitive;
mod timestamp;

pub use error_kind::ErrorKind;
pub use fingerprint::{CertFingerprint, FingerprintParseError, OtrFingerprint};
pub use host::{Host, HostError, Hostname, TorTarget};
pub use ids::{AccountId, ConversationId, LocalId};
pub use sensitive::{MessageText, Password, Secret};
pub use timestamp::unix_seconds;
