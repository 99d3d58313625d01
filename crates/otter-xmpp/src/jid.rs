//! RFC 7622: XMPP addresses (`local@domain/resource`).
//!
//! Simplified: no PRECIS profiles. Local part and domain are lower-cased (Unicode
//! `to_lowercase`) so that comparisons work for the common cases, the characters RFC 7622 §3.3.1
//! forbids in a local part are refused, and each part is at most 1023 bytes (§3.1).

use std::fmt;

/// Longest local part, domain or resource in bytes (RFC 7622 §3.2, §3.3, §3.4).
const MAX_PART_BYTES: usize = 1023;

/// An address could not be parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum JidError {
    /// No domain.
    #[error("the address has no domain")]
    EmptyDomain,
    /// `@` with nothing before it, or `/` with nothing after it.
    #[error("the address has an empty part")]
    EmptyPart,
    /// A part longer than 1023 bytes.
    #[error("a part of the address is longer than {limit} bytes")]
    TooLong {
        /// The limit.
        limit: usize,
    },
    /// A character the part may not contain.
    #[error("the address contains a character it may not contain")]
    BadCharacter,
}

/// An XMPP address: bare (`local@domain`, `domain`) or full (with `/resource`).
///
/// Kept as one normalized string with the positions of its separators: addresses are parsed
/// for nearly every stanza received, and one allocation instead of one per part was a
/// noticeable share of the parser's time.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Jid {
    /// `local@domain/resource`, normalized.
    text: String,
    /// Where the `@` after the local part is, if there is a local part.
    at: Option<usize>,
    /// Where the `/` before the resource is, if there is a resource.
    slash: Option<usize>,
}

impl Jid {
    /// Parses and normalizes an address.
    pub fn parse(text: &str) -> Result<Self, JidError> {
        let (rest, resource) = match text.split_once('/') {
            Some((rest, resource)) => (rest, Some(resource)),
            None => (text, None),
        };
        let (local, domain) = match rest.split_once('@') {
            Some((local, domain)) => (Some(local), domain),
            None => (None, rest),
        };
        let domain = domain.strip_suffix('.').unwrap_or(domain);
        if domain.is_empty() {
            return Err(JidError::EmptyDomain);
        }
        check_part(domain, false, |c| {
            matches!(c, '@' | '/' | '"' | '&' | '\'' | '<' | '>')
        })?;
        if let Some(local) = local {
            check_part(local, false, |c| {
                matches!(c, '"' | '&' | '\'' | '/' | ':' | '<' | '>' | '@')
            })?;
        }
        if let Some(resource) = resource {
            check_part(resource, true, |_| false)?;
        }
        let mut normalized = String::with_capacity(text.len());
        let at = local.map(|local| {
            push_lowercase(&mut normalized, local);
            let at = normalized.len();
            normalized.push('@');
            at
        });
        push_lowercase(&mut normalized, domain);
        let slash = resource.map(|resource| {
            let slash = normalized.len();
            normalized.push('/');
            normalized.push_str(resource);
            slash
        });
        Ok(Self {
            text: normalized,
            at,
            slash,
        })
    }

    /// The local part (the account name), if any.
    pub fn local(&self) -> Option<&str> {
        self.text.get(..self.at?)
    }

    /// The domain.
    pub fn domain(&self) -> &str {
        let start = self.at.map_or(0, |at| at.saturating_add(1));
        let end = self.slash.unwrap_or(self.text.len());
        self.text.get(start..end).unwrap_or_default()
    }

    /// The resource, if this is a full address.
    pub fn resource(&self) -> Option<&str> {
        self.text.get(self.slash?.saturating_add(1)..)
    }

    /// The address without its resource.
    pub fn bare(&self) -> Self {
        Self {
            text: self.bare_str().to_owned(),
            at: self.at,
            slash: None,
        }
    }

    /// The address without its resource, as text.
    pub(crate) fn bare_str(&self) -> &str {
        self.text
            .get(..self.slash.unwrap_or(self.text.len()))
            .unwrap_or_default()
    }

    /// Whether this address has no resource.
    pub fn is_bare(&self) -> bool {
        self.slash.is_none()
    }
}

/// Appends `part` lower-cased; most addresses already are, and a copy is cheaper than
/// Unicode case mapping.
fn push_lowercase(out: &mut String, part: &str) {
    if part
        .bytes()
        .any(|b| !b.is_ascii() || b.is_ascii_uppercase())
    {
        out.push_str(&part.to_lowercase());
    } else {
        out.push_str(part);
    }
}

/// Checks one part. Resources may contain spaces (RFC 7622 §3.4, OpaqueString); local parts
/// and domains may not.
fn check_part(
    part: &str,
    allow_space: bool,
    forbidden: impl Fn(char) -> bool,
) -> Result<(), JidError> {
    if part.is_empty() {
        return Err(JidError::EmptyPart);
    }
    if part.len() > MAX_PART_BYTES {
        return Err(JidError::TooLong {
            limit: MAX_PART_BYTES,
        });
    }
    let bad = |c: char| c.is_control() || forbidden(c) || (!allow_space && c.is_whitespace());
    // Most addresses are ASCII: checked byte by byte, without decoding characters.
    let refused = if part.is_ascii() {
        part.bytes().any(|b| bad(char::from(b)))
    } else {
        part.chars().any(bad)
    };
    if refused {
        return Err(JidError::BadCharacter);
    }
    Ok(())
}

impl fmt::Display for Jid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for Jid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Jid({self})")
    }
}

impl std::str::FromStr for Jid {
    type Err = JidError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_and_bare_addresses_parse_and_print() -> Result<(), JidError> {
        let jid = Jid::parse("Alice@Otter.Test/r 1")?;
        assert_eq!(jid.local(), Some("alice"));
        assert_eq!(jid.domain(), "otter.test");
        assert_eq!(jid.resource(), Some("r 1"));
        assert_eq!(jid.to_string(), "alice@otter.test/r 1");
        assert_eq!(jid.bare().to_string(), "alice@otter.test");
        assert!(Jid::parse("otter.test")?.local().is_none());
        Ok(())
    }

    #[test]
    fn malformed_addresses_are_refused() {
        assert_eq!(Jid::parse("@otter.test"), Err(JidError::EmptyPart));
        assert_eq!(Jid::parse("a@"), Err(JidError::EmptyDomain));
        assert_eq!(Jid::parse("a@b/"), Err(JidError::EmptyPart));
        assert_eq!(Jid::parse("a b@c"), Err(JidError::BadCharacter));
        assert_eq!(Jid::parse("a<b@c"), Err(JidError::BadCharacter));
        assert_eq!(
            Jid::parse(&format!("{}@c", "a".repeat(1024))),
            Err(JidError::TooLong { limit: 1023 })
        );
    }
}
