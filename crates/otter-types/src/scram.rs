//! What both protocols check of a SCRAM exchange (RFC 5802, RFC 7677) around the SASL crate
//! that computes it: the server's first message is vetted before any PBKDF2 time is spent on
//! it, and the username is escaped as the crate does not.

/// Fewest PBKDF2 iterations accepted: RFC 7677 §4 and RFC 5802 §5.1 ask for at least 4096.
/// Fewer would make the proof we send cheaper to brute-force for whoever records it.
pub const MIN_SCRAM_ITERATIONS: u32 = 4096;
/// Most PBKDF2 iterations accepted. Servers use 4096 to 10,000; a million already takes about
/// a second on a slow laptop, and the count is the server's to choose, so without a ceiling a
/// hostile server could keep the client computing for hours.
pub const MAX_SCRAM_ITERATIONS: u32 = 1_000_000;

/// Why a server-first message was refused. Its reason is the protocol crates' error text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScramRefusal {
    /// No `r=` attribute.
    NoNonce,
    /// The server's nonce does not start with ours and add to it: a replay or a confused server.
    NonceNotExtended,
    /// No `i=` attribute, or not a number.
    NoIterationCount,
    /// Fewer than [`MIN_SCRAM_ITERATIONS`] or more than [`MAX_SCRAM_ITERATIONS`].
    IterationsOutOfRange,
}

impl ScramRefusal {
    /// A fixed English sentence for logs and typed errors (no server text in it).
    #[must_use]
    pub fn reason(self) -> &'static str {
        match self {
            Self::NoNonce => "the SCRAM challenge has no nonce",
            Self::NonceNotExtended => "the SCRAM nonce does not extend ours",
            Self::NoIterationCount => "the SCRAM challenge has no iteration count",
            Self::IterationsOutOfRange => "the SCRAM iteration count is outside the accepted range",
        }
    }
}

/// Checks the server-first message before the SASL crate spends PBKDF2 time on it: the nonce
/// must extend ours and the iteration count must be within bounds.
///
/// # Errors
/// What is wrong with it, as a [`ScramRefusal`].
pub fn check_server_first(data: &[u8], client_nonce: &str) -> Result<(), ScramRefusal> {
    let nonce = attribute(data, "r").ok_or(ScramRefusal::NoNonce)?;
    if nonce.len() <= client_nonce.len() || !nonce.starts_with(client_nonce) {
        return Err(ScramRefusal::NonceNotExtended);
    }
    let iterations: u32 = attribute(data, "i")
        .and_then(|i| i.parse().ok())
        .ok_or(ScramRefusal::NoIterationCount)?;
    if !(MIN_SCRAM_ITERATIONS..=MAX_SCRAM_ITERATIONS).contains(&iterations) {
        return Err(ScramRefusal::IterationsOutOfRange);
    }
    Ok(())
}

/// The value of `name=` in a comma-separated SCRAM message (`None` when absent or the message
/// is not UTF-8).
#[must_use]
pub fn attribute<'a>(message: &'a [u8], name: &str) -> Option<&'a str> {
    std::str::from_utf8(message)
        .ok()?
        .split(',')
        .find_map(|part| part.strip_prefix(name)?.strip_prefix('='))
}

/// A SCRAM username: `=` and `,` escaped as RFC 5802 §5.1 requires.
#[must_use]
pub fn escape_name(username: &str) -> String {
    username.replace('=', "=3D").replace(',', "=2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_server_first_messages_are_refused_before_pbkdf2() {
        let ours = "abc";
        for (challenge, refusal) in [
            (
                "r=abcdef,s=c2FsdA==,i=4294967295",
                ScramRefusal::IterationsOutOfRange,
            ),
            (
                "r=abcdef,s=c2FsdA==,i=4294967296",
                ScramRefusal::NoIterationCount,
            ),
            (
                "r=abcdef,s=c2FsdA==,i=1000001",
                ScramRefusal::IterationsOutOfRange,
            ),
            (
                "r=abcdef,s=c2FsdA==,i=1",
                ScramRefusal::IterationsOutOfRange,
            ),
            (
                "r=abcdef,s=c2FsdA==,i=4095",
                ScramRefusal::IterationsOutOfRange,
            ),
            ("r=xyzdef,s=c2FsdA==,i=4096", ScramRefusal::NonceNotExtended),
            ("r=abc,s=c2FsdA==,i=4096", ScramRefusal::NonceNotExtended),
            ("s=c2FsdA==,i=4096", ScramRefusal::NoNonce),
            ("r=abcdef,s=c2FsdA==", ScramRefusal::NoIterationCount),
        ] {
            assert_eq!(
                check_server_first(challenge.as_bytes(), ours),
                Err(refusal),
                "{challenge}"
            );
        }
        assert_eq!(
            check_server_first(b"r=abcdef,s=c2FsdA==,i=4096", ours),
            Ok(())
        );
        assert_eq!(
            check_server_first(b"r=abcdef,s=c2FsdA==,i=1000000", ours),
            Ok(())
        );
    }

    #[test]
    fn attributes_are_found_by_exact_name() {
        let message = b"r=nonce,s=salt,i=4096";
        assert_eq!(attribute(message, "s"), Some("salt"));
        assert_eq!(attribute(message, "x"), None);
        assert_eq!(attribute(b"\xff,r=a", "r"), None);
    }

    #[test]
    fn names_escape_comma_and_equals() {
        assert_eq!(escape_name("a=b,c"), "a=3Db=2Cc");
    }
}
