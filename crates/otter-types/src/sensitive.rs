//! Values that must never reach a log, an error message or a crash report.
//!
//! None of these types implements `Display`, and their `Debug` shows only a length, so
//! `tracing::debug!(?value)` or `format!("{value:?}")` cannot leak them. The redaction has no
//! off switch. The content is read through `reveal()`, which is easy to search for: the
//! expected callers are the GUI label, the OTR gate, the protocol encoders and the opt-in log.
//!
//! Zeroizing on drop clears the final heap buffer of a `Password` or `Secret`. It does not clear
//! copies made earlier (a `String` that grew and was reallocated, a TLS record, a GTK entry
//! buffer); it shortens how long a secret lingers, it does not guarantee absence.

use std::fmt;

use zeroize::{Zeroize, ZeroizeOnDrop};

/// The text of a chat message, as typed or as received.
#[derive(Clone, PartialEq, Eq)]
pub struct MessageText(String);

impl MessageText {
    /// Wraps text typed by the user or decoded from the network.
    pub fn new(text: impl Into<String>) -> Self {
        Self(text.into())
    }

    /// The text itself. Every call site is a place where message text leaves this type.
    pub fn reveal(&self) -> &str {
        &self.0
    }

    /// Unwraps the text, for encoders that take ownership.
    pub fn into_revealed(self) -> String {
        self.0
    }

    /// Length in bytes of the UTF-8 text.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for MessageText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MessageText(<{} bytes>)", self.0.len())
    }
}

/// An account password. Zeroized on drop.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Password(String);

impl Password {
    /// Wraps a password typed by the user or read from the profile.
    pub fn new(password: impl Into<String>) -> Self {
        Self(password.into())
    }

    /// The password itself, for the SASL encoder.
    pub fn reveal(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

/// Any other secret: an OTR shared secret or answer, SOCKS isolation credentials. Zeroized on
/// drop.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Secret(Vec<u8>);

impl Secret {
    /// Wraps secret bytes.
    pub fn new(secret: impl Into<Vec<u8>>) -> Self {
        Self(secret.into())
    }

    /// The secret itself.
    pub fn reveal(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_never_contains_the_text() {
        let canary = "canary-7f3a only-for-this-test";
        let rendered = format!(
            "{:?} {:?} {:?}",
            MessageText::new(canary),
            Password::new(canary),
            Secret::new(canary.as_bytes().to_vec())
        );
        assert!(!rendered.contains("canary"), "{rendered}");
        assert!(rendered.contains(&format!("<{} bytes>", canary.len())));
    }

    #[test]
    fn reveal_returns_what_was_stored() {
        assert_eq!(MessageText::new("hello").reveal(), "hello");
        assert_eq!(Password::new("pw").reveal(), "pw");
        assert_eq!(Secret::new(b"s".to_vec()).reveal(), b"s");
    }
}
