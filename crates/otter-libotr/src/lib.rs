#![doc = include_str!("../README.md")]

mod callbacks;
mod engine;
mod ffi;
mod thread;

use std::path::PathBuf;
use std::sync::OnceLock;

pub use engine::{
    Engine, IRC_MAX_MESSAGE_SIZE, MAX_FINGERPRINTS_FILE, MAX_FRAGMENTED_BYTES, MAX_WIRE_TEXT,
    MIN_MAX_MESSAGE_SIZE, Notice, OtrData, OtrEvent, OtrFiles, Outgoing, PeerEncryptor,
    PeerSettings, ReceiveWarning, Received, generate_key_file,
};
pub use thread::EngineThread;

/// libotr could not do what was asked. Nothing was sent in plaintext instead.
#[derive(Debug, thiserror::Error)]
pub enum LibotrError {
    /// The installed library is not the 4.1 series this crate was written against.
    #[error("the installed libotr is not version 4.1 (it reported error {0})")]
    VersionMismatch(u32),
    /// libotr could not allocate its state.
    #[error("libotr could not allocate its state")]
    OutOfMemory,
    /// A text, name or path contained a NUL character, which libotr's C strings cannot carry.
    #[error("text containing a NUL character cannot go through libotr")]
    NulInText,
    /// A libotr file could not be created or protected.
    #[error("could not prepare {path}: {source}")]
    File {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A libotr function failed (libgcrypt error code).
    #[error("{operation} failed (libgcrypt error {code})")]
    Libotr {
        /// The libotr function.
        operation: &'static str,
        /// Its `gcry_error_t`.
        code: u32,
    },
    /// Encryption is needed and no private conversation is up.
    #[error("no private conversation with this contact")]
    NotPrivate,
    /// The contact ended the private conversation; end or restart it first.
    #[error("the contact ended the private conversation")]
    SessionFinished,
    /// The policy for this contact is "never".
    #[error("OTR is turned off for this contact")]
    PolicyForbids,
    /// A received message or fragment sequence exceeded the engine's bounds.
    #[error("received OTR data is too large")]
    TooLarge,
    /// libotr did something the wrapper does not expect; nothing was sent.
    #[error("unexpected libotr behaviour: {0}")]
    Unexpected(&'static str),
    /// The fingerprint is not one this contact has used with this account.
    #[error("this key is not one the contact has used")]
    UnknownFingerprint,
    /// The engine thread is gone (it could not start, or a job panicked).
    #[error("the OTR engine thread has stopped")]
    EngineStopped,
}

/// Initialises libotr, checking that the installed library is 4.1.x, and returns its version
/// string (for example "4.1.1").
/// Runs `otrl_init` once per process (it sets libotr's and libgcrypt's globals, so concurrent
/// first calls from several threads must not race).
pub fn init() -> Result<String, LibotrError> {
    static INIT: OnceLock<Result<String, u32>> = OnceLock::new();
    INIT.get_or_init(|| ffi::init(4, 1, 1).map(|()| ffi::version()))
        .clone()
        .map_err(LibotrError::VersionMismatch)
}

#[cfg(test)]
mod tests {
    #[test]
    fn installed_libotr_is_version_4_1() {
        let version = super::init().unwrap();
        assert!(version.starts_with("4.1."), "{version}");
    }
}
