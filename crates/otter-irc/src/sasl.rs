//! IRCv3 sasl-3.1: the `AUTHENTICATE` exchange for PLAIN (RFC 4616) and EXTERNAL (RFC 4422
//! appendix A, the TLS client certificate).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use otter_types::Password;

use crate::error::IrcError;
use crate::line;

/// The longest `AUTHENTICATE` argument (IRCv3 sasl-3.1, "AUTHENTICATE command"): longer
/// payloads go in 400-byte pieces, and a payload that is a multiple of 400 ends with
/// `AUTHENTICATE +`.
pub const AUTHENTICATE_CHUNK_BYTES: usize = 400;

/// How to log in.
#[derive(Clone, PartialEq, Eq)]
pub enum Sasl {
    /// Account name and password, sent base64-encoded (inside TLS only).
    Plain {
        /// The services account (not necessarily the nick).
        account: String,
        /// The password.
        password: Password,
    },
    /// The TLS client certificate the driver presented; the server maps it to the account.
    External,
}

impl std::fmt::Debug for Sasl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.mechanism())
    }
}

impl Sasl {
    /// The mechanism name as IRC spells it.
    pub fn mechanism(&self) -> &'static str {
        match self {
            Self::Plain { .. } => "PLAIN",
            Self::External => "EXTERNAL",
        }
    }

    /// The lines answering the server's empty challenge (`AUTHENTICATE +`).
    pub(crate) fn response(&self) -> Result<Vec<Vec<u8>>, IrcError> {
        let payload = match self {
            // RFC 4616: [authzid] NUL authcid NUL passwd; no authzid (act as the account itself).
            Self::Plain { account, password } => {
                let mut raw = Vec::with_capacity(account.len() + password.reveal().len() + 2);
                raw.push(0);
                raw.extend_from_slice(account.as_bytes());
                raw.push(0);
                raw.extend_from_slice(password.reveal().as_bytes());
                STANDARD.encode(&raw)
            }
            // RFC 4422 appendix A: an empty authorization identity.
            Self::External => String::new(),
        };
        chunk(&payload)
    }
}

/// `AUTHENTICATE` lines carrying `payload` (base64) in 400-byte pieces.
fn chunk(payload: &str) -> Result<Vec<Vec<u8>>, IrcError> {
    let mut lines = Vec::new();
    let bytes = payload.as_bytes();
    for piece in bytes.chunks(AUTHENTICATE_CHUNK_BYTES) {
        let piece = std::str::from_utf8(piece).map_err(|_| IrcError::Internal {
            reason: "base64 is not ASCII",
        })?;
        lines.push(line::build("AUTHENTICATE", &[piece], None)?);
    }
    if bytes.len().is_multiple_of(AUTHENTICATE_CHUNK_BYTES) {
        lines.push(line::build("AUTHENTICATE", &["+"], None)?);
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_payload() {
        let sasl = Sasl::Plain {
            account: "bob".into(),
            password: Password::new("hunter2"),
        };
        let lines = sasl.response().unwrap();
        assert_eq!(lines, [b"AUTHENTICATE AGJvYgBodW50ZXIy\r\n".to_vec()]);
        assert!(!format!("{sasl:?}").contains("hunter2"));
    }

    #[test]
    fn external_is_a_plus() {
        assert_eq!(
            Sasl::External.response().unwrap(),
            [b"AUTHENTICATE +\r\n".to_vec()]
        );
    }

    #[test]
    fn long_payloads_are_chunked_and_exact_multiples_end_with_plus() {
        let lines = chunk(&"A".repeat(1000)).unwrap();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].len(), "AUTHENTICATE ".len() + 400 + 2);
        assert_eq!(lines[2].len(), "AUTHENTICATE ".len() + 200 + 2);
        let lines = chunk(&"A".repeat(800)).unwrap();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[2], b"AUTHENTICATE +\r\n");
    }
}
