//! IRCv3 sasl-3.1: the `AUTHENTICATE` exchange for PLAIN (RFC 4616), SCRAM-SHA-256 (RFC 7677,
//! through the `sasl` crate, used instead of PLAIN where the server lists it) and EXTERNAL
//! (RFC 4422 appendix A, the TLS client certificate).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use otter_types::{Password, scram};
use sasl::client::Mechanism as _;
use sasl::client::mechanisms::Scram;
use sasl::common::ChannelBinding;
use sasl::common::scram::Sha256;

use crate::error::IrcError;
use crate::line;

/// The longest `AUTHENTICATE` argument (IRCv3 sasl-3.1, "AUTHENTICATE command"): longer
/// payloads go in 400-byte pieces, and a payload that is a multiple of 400 ends with
/// `AUTHENTICATE +`.
pub const AUTHENTICATE_CHUNK_BYTES: usize = 400;

/// The SCRAM mechanism preferred over PLAIN when the server's `sasl=` value lists it.
pub const SCRAM_SHA_256: &str = "SCRAM-SHA-256";

/// The longest SASL message accepted from the server once reassembled from its 400-byte
/// pieces: SCRAM's messages are about 100 bytes, so more is a server trying to make us store.
const MAX_CHALLENGE_BYTES: usize = 4096;

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

/// Where a SCRAM-SHA-256 exchange stands.
enum ScramStep {
    /// client-first sent; the server-first is next.
    SentFirst { nonce: String },
    /// client-final sent; the server-final, with the server's signature, is next.
    SentFinal,
    /// The server proved that it knows the password.
    Verified,
}

/// One SCRAM-SHA-256 login in progress: the server's messages arrive in 400-byte
/// `AUTHENTICATE` pieces and are reassembled here before the crate sees them.
pub(crate) struct ScramExchange {
    inner: Scram<Sha256>,
    step: ScramStep,
    pending: String,
}

impl std::fmt::Debug for ScramExchange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ScramExchange")
    }
}

impl ScramExchange {
    /// Starts the exchange; returns it and the `AUTHENTICATE` lines of the client-first message.
    pub(crate) fn start(
        account: &str,
        password: &Password,
    ) -> Result<(Self, Vec<Vec<u8>>), IrcError> {
        let mut inner = Scram::<Sha256>::new(
            scram::escape_name(account),
            password.reveal(),
            // IRC has no channel-binding advertisement, and the client cannot bind ("n").
            ChannelBinding::None,
        )
        .map_err(|_| IrcError::Internal {
            reason: "the system random number generator failed",
        })?;
        let first = inner.initial();
        let nonce = scram::attribute(&first, "r")
            .ok_or(IrcError::Internal {
                reason: "the SCRAM client-first has no nonce",
            })?
            .to_owned();
        let lines = chunk(&STANDARD.encode(&first))?;
        Ok((
            Self {
                inner,
                step: ScramStep::SentFirst { nonce },
                pending: String::new(),
            },
            lines,
        ))
    }

    /// Takes one `AUTHENTICATE` argument from the server; returns the lines to answer with once
    /// a whole message has arrived (none while pieces are still coming).
    pub(crate) fn piece(&mut self, piece: &str) -> Result<Vec<Vec<u8>>, IrcError> {
        if piece != "+" {
            if self.pending.len() + piece.len() > MAX_CHALLENGE_BYTES {
                return Err(IrcError::SaslProtocol {
                    reason: "the server's SASL message is too long",
                });
            }
            self.pending.push_str(piece);
            if piece.len() == AUTHENTICATE_CHUNK_BYTES {
                return Ok(Vec::new());
            }
        }
        let text = std::mem::take(&mut self.pending);
        let data = STANDARD.decode(&text).map_err(|_| IrcError::SaslProtocol {
            reason: "SASL data is not base64",
        })?;
        match &self.step {
            ScramStep::SentFirst { nonce } => {
                check_server_first(&data, nonce)?;
                let last = self
                    .inner
                    .response(&data)
                    .map_err(|_| IrcError::SaslProtocol {
                        reason: "the server's SCRAM challenge cannot be answered",
                    })?;
                self.step = ScramStep::SentFinal;
                chunk(&STANDARD.encode(&last))
            }
            ScramStep::SentFinal => {
                self.inner
                    .success(&data)
                    .map_err(|_| IrcError::ServerNotVerified)?;
                self.step = ScramStep::Verified;
                chunk("")
            }
            ScramStep::Verified => Err(IrcError::SaslProtocol {
                reason: "a challenge after the SCRAM exchange ended",
            }),
        }
    }

    /// Whether the server proved that it knows the password (RFC 5802 §3, ServerSignature).
    pub(crate) fn verified(&self) -> bool {
        matches!(self.step, ScramStep::Verified)
    }
}

/// The shared checks of the server-first message (`otter_types::scram`), as this crate's error.
fn check_server_first(data: &[u8], client_nonce: &str) -> Result<(), IrcError> {
    scram::check_server_first(data, client_nonce).map_err(|refusal| IrcError::SaslProtocol {
        reason: refusal.reason(),
    })
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
