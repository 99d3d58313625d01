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
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Jid {
    local: Option<String>,
    domain: String,
    resource: Option<String>,
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
        let local = local
            .map(|local| {
                check_part(local, false, |c| {
                    matches!(c, '"' | '&' | '\'' | '/' | ':' | '<' | '>' | '@')
                })
                .map(|()| lowercase(local))
            })
            .transpose()?;
        let resource = resource
            .map(|resource| check_part(resource, true, |_| false).map(|()| resource.to_owned()))
            .transpose()?;
        Ok(Self {
            local,
            domain: lowercase(domain),
            resource,
        })
    }

    /// The local part (the account name), if any.
    pub fn local(&self) -> Option<&str> {
        self.local.as_deref()
    }

    /// The domain.
    pub fn domain(&self) -> &str {
        &self.domain
    }

    /// The resource, if this is a full address.
    pub fn resource(&self) -> Option<&str> {
        self.resource.as_deref()
    }

    /// The address without its resource.
    pub fn bare(&self) -> Self {
        Self {
            local: self.local.clone(),
            domain: self.domain.clone(),
            resource: None,
        }
    }

    /// Whether this address has no resource.
    pub fn is_bare(&self) -> bool {
        self.resource.is_none()
    }
}

/// `part` lower-cased; most addresses already are, and a copy is cheaper than Unicode
/// case mapping.
fn lowercase(part: &str) -> String {
    if part
        .bytes()
        .any(|b| !b.is_ascii() || b.is_ascii_uppercase())
    {
        part.to_lowercase()
    } else {
        part.to_owned()
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
        if let Some(local) = &self.local {
            write!(f, "{local}@")?;
        }
        f.write_str(&self.domain)?;
        if let Some(resource) = &self.resource {
            write!(f, "/{resource}")?;
        }
        Ok(())
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
