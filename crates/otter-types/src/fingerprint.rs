//! Fingerprints of TLS certificates and OTR keys.
//!
//! Neither type implements `PartialEq`: the only comparison is `ct_eq`, which takes the same
//! time whatever the bytes, so `==` on a fingerprint does not compile.

use std::fmt;

use subtle::ConstantTimeEq;

/// A fingerprint could not be read from its text form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FingerprintParseError {
    /// The text had the wrong number of hex digits (colons and spaces are ignored).
    #[error("a fingerprint has {expected} hex digits, this one has {found}")]
    WrongLength {
        /// Hex digits a fingerprint of this kind has.
        expected: usize,
        /// Hex digits found.
        found: usize,
    },
    /// The text had a character that is not a hex digit, colon or space.
    #[error("a fingerprint holds only hex digits")]
    NotHex,
}

fn parse_hex<const N: usize>(text: &str) -> Result<[u8; N], FingerprintParseError> {
    let digits: Vec<u8> = text
        .bytes()
        .filter(|b| *b != b':' && !b.is_ascii_whitespace())
        .collect();
    if digits.len() != N * 2 {
        return Err(FingerprintParseError::WrongLength {
            expected: N * 2,
            found: digits.len(),
        });
    }
    let mut out = [0u8; N];
    for (byte, pair) in out.iter_mut().zip(digits.chunks_exact(2)) {
        let hi = hex_value(pair.first().copied())?;
        let lo = hex_value(pair.get(1).copied())?;
        *byte = (hi << 4) | lo;
    }
    Ok(out)
}

fn hex_value(digit: Option<u8>) -> Result<u8, FingerprintParseError> {
    match digit {
        Some(d @ b'0'..=b'9') => Ok(d - b'0'),
        Some(d @ b'a'..=b'f') => Ok(d - b'a' + 10),
        Some(d @ b'A'..=b'F') => Ok(d - b'A' + 10),
        _ => Err(FingerprintParseError::NotHex),
    }
}

/// The SHA-256 digest of a server certificate (DER), as users compare it with what the server
/// operator published.
#[derive(Clone, Copy)]
pub struct CertFingerprint([u8; 32]);

impl CertFingerprint {
    /// Wraps a SHA-256 digest.
    pub fn from_sha256(digest: [u8; 32]) -> Self {
        Self(digest)
    }

    /// Reads 64 hex digits, with or without colons.
    pub fn parse(text: &str) -> Result<Self, FingerprintParseError> {
        parse_hex::<32>(text).map(Self)
    }

    /// Constant-time comparison.
    pub fn ct_eq(&self, other: &Self) -> bool {
        self.0.ct_eq(&other.0).into()
    }

    /// The digest bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

/// Colon-separated upper-case hex, the form certificate viewers show.
impl fmt::Display for CertFingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, byte) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(":")?;
            }
            write!(f, "{byte:02X}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for CertFingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CertFingerprint({self})")
    }
}

/// The SHA-1 fingerprint of an OTR DSA public key (OTR v2/v3), 40 hex digits.
#[derive(Clone, Copy)]
pub struct OtrFingerprint([u8; 20]);

impl OtrFingerprint {
    /// Wraps a SHA-1 digest.
    pub fn from_sha1(digest: [u8; 20]) -> Self {
        Self(digest)
    }

    /// Reads 40 hex digits, with or without spaces (libotr's human form groups them by 8).
    pub fn parse(text: &str) -> Result<Self, FingerprintParseError> {
        parse_hex::<20>(text).map(Self)
    }

    /// Constant-time comparison.
    pub fn ct_eq(&self, other: &Self) -> bool {
        self.0.ct_eq(&other.0).into()
    }

    /// The digest bytes.
    pub fn as_bytes(&self) -> &[u8; 20] {
        &self.0
    }
}

/// libotr's human form: five groups of eight upper-case hex digits.
impl fmt::Display for OtrFingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, byte) in self.0.iter().enumerate() {
            if i > 0 && i % 4 == 0 {
                f.write_str(" ")?;
            }
            write!(f, "{byte:02X}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for OtrFingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OtrFingerprint({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn otr_fingerprint_round_trips_libotr_human_form() -> Result<(), FingerprintParseError> {
        let fp = OtrFingerprint::parse("712301c2e5f37ad7d81e6cfea89ee6b63b1336b8")?;
        assert_eq!(
            fp.to_string(),
            "712301C2 E5F37AD7 D81E6CFE A89EE6B6 3B1336B8"
        );
        assert!(fp.ct_eq(&OtrFingerprint::parse(&fp.to_string())?));
        Ok(())
    }

    #[test]
    fn different_fingerprints_are_not_equal() -> Result<(), FingerprintParseError> {
        let a = CertFingerprint::parse(&"ab".repeat(32))?;
        let b = CertFingerprint::parse(&"ac".repeat(32))?;
        assert!(!a.ct_eq(&b));
        assert!(a.ct_eq(&a));
        Ok(())
    }

    #[test]
    fn malformed_fingerprints_are_typed_errors() {
        assert_eq!(
            CertFingerprint::parse("abc").err(),
            Some(FingerprintParseError::WrongLength {
                expected: 64,
                found: 3
            })
        );
        assert_eq!(
            OtrFingerprint::parse(&"zz".repeat(20)).err(),
            Some(FingerprintParseError::NotHex)
        );
    }
}
