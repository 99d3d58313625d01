//! Where a connection goes: host names and Tor targets.
//!
//! Names are handed to Tor, which resolves them at the exit (or finds the onion service); they
//! are never resolved on this machine. An IP literal the user typed goes to Tor as an address:
//! that reveals nothing a name would not, so it is allowed, but nothing here turns a name into
//! an address.

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

/// A name or target could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HostError {
    /// Empty host.
    #[error("the server name is empty")]
    Empty,
    /// Longer than the 253 characters DNS allows (RFC 1035 §2.3.4).
    #[error("the server name is longer than {limit} characters")]
    TooLong {
        /// The limit.
        limit: usize,
    },
    /// A label is empty or longer than 63 characters (RFC 1035 §2.3.4).
    #[error("a part of the server name between dots is empty or longer than 63 characters")]
    BadLabel,
    /// A character that no host name may contain.
    #[error("the server name contains a character host names cannot contain")]
    BadCharacter,
    /// An IP literal where a name is required.
    #[error("a name is needed here, not an IP address")]
    IpLiteral,
    /// Port zero.
    #[error("port 0 cannot be connected to")]
    PortZero,
}

/// Longest DNS name, RFC 1035 §2.3.4 (without the trailing dot).
const MAX_NAME_LEN: usize = 253;
/// Longest DNS label, RFC 1035 §2.3.4.
const MAX_LABEL_LEN: usize = 63;

/// A DNS host name (possibly a `.onion` name), lower-cased, never an IP literal.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Hostname(String);

impl Hostname {
    /// Checks syntax only; nothing is looked up.
    pub fn parse(text: &str) -> Result<Self, HostError> {
        let name = text.strip_suffix('.').unwrap_or(text).to_ascii_lowercase();
        if name.is_empty() {
            return Err(HostError::Empty);
        }
        if name.parse::<IpAddr>().is_ok()
            || name.starts_with('[')
            || name.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        {
            return Err(HostError::IpLiteral);
        }
        if name.len() > MAX_NAME_LEN {
            return Err(HostError::TooLong {
                limit: MAX_NAME_LEN,
            });
        }
        for label in name.split('.') {
            if label.is_empty() || label.len() > MAX_LABEL_LEN {
                return Err(HostError::BadLabel);
            }
            // Underscores appear in real service names; everything else is LDH (RFC 952/1123).
            if !label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                || label.starts_with('-')
                || label.ends_with('-')
            {
                return Err(HostError::BadCharacter);
            }
        }
        Ok(Self(name))
    }

    /// The name as sent to the proxy.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is an onion service name, reachable only through Tor.
    pub fn is_onion(&self) -> bool {
        self.0.ends_with(".onion")
    }
}

impl fmt::Display for Hostname {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Hostname {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hostname({})", self.0)
    }
}

impl FromStr for Hostname {
    type Err = HostError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

/// The host part of a target: a name (the normal case) or an address the user typed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Host {
    /// Resolved by Tor.
    Name(Hostname),
    /// Passed to Tor as given.
    Ip(IpAddr),
}

impl Host {
    /// Accepts a name, an IPv4 literal or an IPv6 literal (with or without brackets).
    pub fn parse(text: &str) -> Result<Self, HostError> {
        let unbracketed = text
            .strip_prefix('[')
            .and_then(|rest| rest.strip_suffix(']'))
            .unwrap_or(text);
        match unbracketed.parse::<IpAddr>() {
            Ok(ip) => Ok(Self::Ip(ip)),
            Err(_) => Hostname::parse(text).map(Self::Name),
        }
    }
}

impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Name(name) => name.fmt(f),
            Self::Ip(IpAddr::V6(ip)) => write!(f, "[{ip}]"),
            Self::Ip(IpAddr::V4(ip)) => ip.fmt(f),
        }
    }
}

/// What the Tor connector connects to. There is deliberately no conversion from
/// `SocketAddr`: a resolved address is exactly what must never be produced on this machine.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TorTarget {
    host: Host,
    port: u16,
}

impl TorTarget {
    /// A target by name, the normal case.
    pub fn new(host: Hostname, port: u16) -> Result<Self, HostError> {
        Self::with_host(Host::Name(host), port)
    }

    /// A target whose host is a name or an address literal.
    pub fn with_host(host: Host, port: u16) -> Result<Self, HostError> {
        if port == 0 {
            return Err(HostError::PortZero);
        }
        Ok(Self { host, port })
    }

    /// The host.
    pub fn host(&self) -> &Host {
        &self.host
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.port
    }
}

impl fmt::Display for TorTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.host, self.port)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostnames_are_lowercased_and_keep_onion() -> Result<(), HostError> {
        let name = Hostname::parse("Example.ONION.")?;
        assert_eq!(name.as_str(), "example.onion");
        assert!(name.is_onion());
        Ok(())
    }

    #[test]
    fn ip_literals_are_not_hostnames() {
        for literal in ["127.0.0.1", "::1", "[::1]", "10.1", "1.2.3.4.5"] {
            assert_eq!(
                Hostname::parse(literal),
                Err(HostError::IpLiteral),
                "{literal}"
            );
        }
    }

    #[test]
    fn malformed_names_are_rejected() {
        assert_eq!(Hostname::parse(""), Err(HostError::Empty));
        assert_eq!(Hostname::parse("a..b"), Err(HostError::BadLabel));
        assert_eq!(Hostname::parse("a b.org"), Err(HostError::BadCharacter));
        assert_eq!(Hostname::parse("-a.org"), Err(HostError::BadCharacter));
        assert_eq!(
            Hostname::parse(&format!("{}.org", "a".repeat(64))),
            Err(HostError::BadLabel)
        );
        assert_eq!(
            Hostname::parse(&"a.".repeat(130)),
            Err(HostError::TooLong { limit: 253 })
        );
    }

    #[test]
    fn host_accepts_names_and_literals() -> Result<(), HostError> {
        assert!(matches!(Host::parse("otter.test")?, Host::Name(_)));
        assert!(matches!(
            Host::parse("[2001:db8::1]")?,
            Host::Ip(IpAddr::V6(_))
        ));
        assert!(matches!(Host::parse("192.0.2.1")?, Host::Ip(IpAddr::V4(_))));
        Ok(())
    }

    #[test]
    fn port_zero_is_refused() -> Result<(), HostError> {
        assert_eq!(
            TorTarget::new(Hostname::parse("otter.test")?, 0),
            Err(HostError::PortZero)
        );
        Ok(())
    }
}
