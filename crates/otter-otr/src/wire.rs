//! The only values a transport's one-to-one send path accepts.
//!
//! A `WireBody` is either OTR protocol data produced by an OTR engine, or plaintext released
//! with a `PlaintextPermit`, which only the gate makes, and only when the policy allows
//! plaintext. Neither can be built from a `&str` elsewhere, so a forgotten branch in a
//! transport or the core cannot send plaintext.

use std::fmt;

use otter_types::MessageText;

/// Text to put in the body of a one-to-one message, as the gate released it.
#[derive(Clone, PartialEq, Eq)]
pub struct WireBody {
    text: String,
    encrypted: bool,
}

impl WireBody {
    /// Plaintext, allowed by `permit`.
    pub fn plaintext(text: MessageText, _permit: PlaintextPermit) -> Self {
        Self {
            text: text.into_revealed(),
            encrypted: false,
        }
    }

    /// OTR data the engine produced outside a user's message: key exchange, SMP, the
    /// end-of-session notice, a query. It carries no user text in the clear (`Ciphertext`
    /// checked the OTR marker).
    pub fn otr_protocol(data: Ciphertext) -> Self {
        Self::encrypted(data)
    }

    pub(crate) fn encrypted(data: Ciphertext) -> Self {
        Self {
            text: data.0,
            encrypted: true,
        }
    }

    /// The text for the transport's encoder.
    pub fn as_wire_text(&self) -> &str {
        &self.text
    }

    /// Whether this is OTR data (ciphertext or OTR protocol message).
    pub fn is_encrypted(&self) -> bool {
        self.encrypted
    }
}

impl fmt::Debug for WireBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "WireBody({}, <{} bytes>)",
            if self.encrypted { "otr" } else { "plaintext" },
            self.text.len()
        )
    }
}

/// Proof that plaintext may leave for this contact. Only the gate makes one.
#[derive(Debug)]
pub struct PlaintextPermit(());

impl PlaintextPermit {
    pub(crate) fn granted() -> Self {
        Self(())
    }
}

/// An OTR engine produced something that is not OTR data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("an OTR engine produced text that is not an OTR message")]
pub struct NotOtrData;

/// OTR data as an engine produced it: an encrypted data message, a fragment of one, or an
/// OTR protocol message (key exchange, SMP, query). Checked on construction to start with
/// the OTR marker, so an engine bug cannot smuggle plaintext through the gate.
#[derive(Clone, PartialEq, Eq)]
pub struct Ciphertext(String);

impl Ciphertext {
    /// OTR messages start with "?OTR" (data "?OTR:", fragments "?OTR|" or "?OTR,", queries
    /// "?OTRv" or "?OTR?", errors "?OTR Error:"), OTR spec v3 "OTR Protocol message formats". Plain text never does
    /// (a user typing "?OTR" starts a query, which libotr produces itself).
    pub fn new(data: String) -> Result<Self, NotOtrData> {
        if Self::accepts(&data) {
            Ok(Self(data))
        } else {
            Err(NotOtrData)
        }
    }

    /// Whether `new` would accept `data`, without taking it.
    #[must_use]
    pub fn accepts(data: &str) -> bool {
        const MARKERS: [&str; 6] = ["?OTR:", "?OTR|", "?OTR,", "?OTRv", "?OTR?", "?OTR Error:"];
        MARKERS.iter().any(|marker| data.starts_with(marker))
    }
}

impl fmt::Debug for Ciphertext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Ciphertext(<{} bytes>)", self.0.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ciphertext_must_look_like_otr() {
        assert!(Ciphertext::new("?OTR:AAMD".into()).is_ok());
        assert!(Ciphertext::new("?OTR,1,2,abc,".into()).is_ok());
        assert_eq!(Ciphertext::new("hello".into()), Err(NotOtrData));
        assert_eq!(Ciphertext::new(" ?OTR:x".into()), Err(NotOtrData));
    }

    #[test]
    fn wire_body_debug_hides_the_text() {
        let body =
            WireBody::plaintext(MessageText::new("secret words"), PlaintextPermit::granted());
        let shown = format!("{body:?}");
        assert!(!shown.contains("secret"), "{shown}");
    }
}
