//! Everything that can go wrong between Otter and the server, each with a sentence for the user.

use std::time::Duration;

use otter_types::{CertFingerprint, ErrorKind};

/// The SOCKS5 reply codes (RFC 1928 §6) and Tor's extended ones (tor's `socks-extensions.txt`
/// §3, sent when the SocksPort has `ExtendedErrors`; Tails enables them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SocksReply {
    /// 0x01: Tor could not make the connection, for a reason it did not say.
    GeneralFailure,
    /// 0x02: the proxy's rules forbid this connection.
    NotAllowed,
    /// 0x03: network unreachable.
    NetworkUnreachable,
    /// 0x04: host unreachable (for Tor: the name did not resolve at the exit).
    HostUnreachable,
    /// 0x05: the server refused the connection.
    ConnectionRefused,
    /// 0x06: Tor gave up waiting (circuit or connection timed out).
    TtlExpired,
    /// 0x07: the proxy does not support CONNECT.
    CommandNotSupported,
    /// 0x08: the proxy does not support this address type.
    AddressTypeNotSupported,
    /// 0xF0: the onion service's descriptor could not be found.
    OnionDescriptorNotFound,
    /// 0xF1: the onion service's descriptor is invalid.
    OnionDescriptorInvalid,
    /// 0xF2: introduction to the onion service failed.
    OnionIntroductionFailed,
    /// 0xF3: the rendezvous with the onion service failed.
    OnionRendezvousFailed,
    /// 0xF4: the onion service needs client authorisation.
    OnionMissingClientAuth,
    /// 0xF5: the onion service refused our client authorisation.
    OnionWrongClientAuth,
    /// 0xF6: the onion address is malformed.
    OnionBadAddress,
    /// 0xF7: introduction to the onion service timed out.
    OnionIntroductionTimedOut,
    /// Any other non-zero code.
    Other(u8),
}

impl SocksReply {
    /// Maps a non-success reply code.
    pub fn from_code(code: u8) -> Self {
        match code {
            0x01 => Self::GeneralFailure,
            0x02 => Self::NotAllowed,
            0x03 => Self::NetworkUnreachable,
            0x04 => Self::HostUnreachable,
            0x05 => Self::ConnectionRefused,
            0x06 => Self::TtlExpired,
            0x07 => Self::CommandNotSupported,
            0x08 => Self::AddressTypeNotSupported,
            0xF0 => Self::OnionDescriptorNotFound,
            0xF1 => Self::OnionDescriptorInvalid,
            0xF2 => Self::OnionIntroductionFailed,
            0xF3 => Self::OnionRendezvousFailed,
            0xF4 => Self::OnionMissingClientAuth,
            0xF5 => Self::OnionWrongClientAuth,
            0xF6 => Self::OnionBadAddress,
            0xF7 => Self::OnionIntroductionTimedOut,
            other => Self::Other(other),
        }
    }

    /// One sentence for the user.
    pub fn explanation(self) -> &'static str {
        match self {
            Self::GeneralFailure => {
                "Tor could not connect to the server. Tor may still be starting, or the server may be down."
            }
            Self::NotAllowed => "Tor's settings do not allow this connection.",
            Self::NetworkUnreachable => "Tor could not reach the server's network.",
            Self::HostUnreachable => {
                "Tor could not find the server. Check the server name for typing mistakes."
            }
            Self::ConnectionRefused => {
                "The server refused the connection. Check the server name and port."
            }
            Self::TtlExpired => "Tor took too long to reach the server. Try again in a moment.",
            Self::CommandNotSupported | Self::AddressTypeNotSupported | Self::Other(_) => {
                "The proxy on Tor's port does not behave like Tor."
            }
            Self::OnionDescriptorNotFound => {
                "The onion service could not be found. It may be offline, or the address may be wrong."
            }
            Self::OnionDescriptorInvalid => "The onion service published invalid information.",
            Self::OnionIntroductionFailed | Self::OnionIntroductionTimedOut => {
                "The onion service did not answer. It may be offline or overloaded."
            }
            Self::OnionRendezvousFailed => {
                "Tor could not complete the connection to the onion service. Try again in a moment."
            }
            Self::OnionMissingClientAuth | Self::OnionWrongClientAuth => {
                "The onion service requires an authorisation key that Otter does not have."
            }
            Self::OnionBadAddress => {
                "The onion address is not valid. Check it for typing mistakes."
            }
        }
    }
}

/// A connection through Tor could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConnectError {
    /// Nothing listens on the configured Tor SOCKS port (the user's side: Tor is not running).
    #[error("Tor is not running: nothing answers on its SOCKS port {proxy}")]
    TorNotRunning {
        /// The proxy address, always a loopback or LAN address the user configured.
        proxy: std::net::SocketAddr,
        /// The operating system's reason.
        #[source]
        source: std::io::Error,
    },
    /// Something answered on the port but does not speak SOCKS5 as Tor does.
    #[error("the program on Tor's port does not speak SOCKS5 as Tor does: {detail}")]
    NotSocks5 {
        /// What was wrong, for the log.
        detail: &'static str,
    },
    /// The proxy refused our credentials (Tor never does; a misconfigured proxy might).
    #[error("the proxy refused Otter's isolation credentials")]
    CredentialsRefused,
    /// Tor answered the CONNECT request with a failure.
    #[error("Tor could not connect: {}", reply.explanation())]
    Refused {
        /// Tor's reply.
        reply: SocksReply,
    },
    /// Tor did not answer in time (nothing sent or received for `after`).
    #[error("no answer from Tor within {} seconds", after.as_secs())]
    TimedOut {
        /// How long we waited.
        after: Duration,
    },
    /// The connection to the proxy broke during the handshake.
    #[error("the connection to Tor broke: {0}")]
    Io(#[from] std::io::Error),
    /// A host name too long for SOCKS5 (255 bytes) or otherwise unsendable.
    #[error("the server name cannot be sent to Tor")]
    BadTarget,
    /// A connection without TLS was asked for a server that is not an onion service. Refused
    /// before anything is sent: only Tor's end-to-end encryption to an onion service can stand
    /// in for TLS.
    #[error("a connection without TLS is allowed only to an onion service")]
    PlaintextNotOnion,
}

impl ConnectError {
    /// How the user interface should classify this.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::TorNotRunning { .. } | Self::NotSocks5 { .. } | Self::CredentialsRefused => {
                ErrorKind::TorUnavailable
            }
            Self::Refused { .. } | Self::Io(_) | Self::BadTarget | Self::PlaintextNotOnion => {
                ErrorKind::ServerUnreachable
            }
            Self::TimedOut { .. } => ErrorKind::TimedOut,
        }
    }

    /// One sentence a non-expert understands.
    pub fn explanation(&self) -> &'static str {
        match self {
            Self::TorNotRunning { .. } => {
                "Tor is not running, so Otter cannot connect. Otter never connects without Tor. Start Tor (on Tails: connect to Tor) and try again."
            }
            Self::NotSocks5 { .. } | Self::CredentialsRefused => {
                "The program on Tor's port is not Tor, or is set up differently than Otter expects. Check the proxy settings."
            }
            Self::Refused { reply } => reply.explanation(),
            Self::TimedOut { .. } => {
                "Tor did not answer in time. Tor may still be starting, or the network is slow. Try again in a moment."
            }
            Self::Io(_) => "The connection through Tor broke. Try again in a moment.",
            Self::BadTarget => "The server name is too long to be sent to Tor.",
            Self::PlaintextNotOnion => {
                "Otter connects without TLS only to an onion service (a name ending in .onion), which Tor encrypts to end to end. This server is not one: turn off the connection without TLS for this account."
            }
        }
    }
}

/// Why the server's certificate was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CertProblem {
    /// Not signed by an authority this system trusts (self-signed, or unknown issuer).
    UnknownIssuer,
    /// Expired or not yet valid.
    Expired,
    /// Issued for a different name.
    NameMismatch,
    /// The user accepted a different certificate for this server earlier.
    PinnedCertificateChanged,
    /// Any other verification failure.
    Other(String),
}

/// What the user needs to decide whether to trust a certificate.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct CertificateDetails {
    /// SHA-256 of the certificate (DER).
    pub fingerprint: CertFingerprint,
    /// The certificate's subject (RFC 4514 form), or empty when it could not be read.
    pub subject: String,
    /// The certificate's issuer (RFC 4514 form), or empty when it could not be read.
    pub issuer: String,
    /// Start of validity (RFC 2822 form), or empty when it could not be read.
    pub not_before: String,
    /// End of validity (RFC 2822 form), or empty when it could not be read.
    pub not_after: String,
    /// The names the certificate is valid for (DNS subject alternative names).
    pub dns_names: Vec<String>,
}

/// TLS could not be established.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TlsError {
    /// The certificate is not trusted (the server's or an attacker's fault; the user decides).
    #[error("the server's certificate is not trusted ({problem:?}); fingerprint {}", details.fingerprint)]
    Untrusted {
        /// Why.
        problem: CertProblem,
        /// What the user needs to decide.
        details: Box<CertificateDetails>,
    },
    /// The handshake failed for another reason (protocol versions, a broken server).
    #[error("the secure connection could not be set up: {0}")]
    Handshake(#[source] std::io::Error),
    /// The system's certificate store could not be read.
    #[error("the system's certificate store could not be read")]
    NoTrustStore,
    /// A pinned or test trust anchor could not be parsed.
    #[error("a trusted certificate could not be read: {0}")]
    BadTrustAnchor(String),
    /// Our own client certificate could not be made or read back.
    #[error("the client certificate could not be made or read: {0}")]
    BadClientIdentity(String),
}

impl TlsError {
    /// How the user interface should classify this.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Untrusted { .. } => ErrorKind::CertificateUntrusted,
            Self::Handshake(_) => ErrorKind::ServerUnreachable,
            Self::NoTrustStore | Self::BadTrustAnchor(_) | Self::BadClientIdentity(_) => {
                ErrorKind::Internal
            }
        }
    }

    /// One sentence a non-expert understands.
    pub fn explanation(&self) -> &'static str {
        match self {
            Self::Untrusted { problem, .. } => match problem {
                CertProblem::UnknownIssuer => {
                    "The server's certificate is not signed by an authority Otter trusts. Accept it only if its fingerprint matches the one the server's operators published."
                }
                CertProblem::Expired => "The server's certificate has expired or is not valid yet.",
                CertProblem::NameMismatch => {
                    "The server's certificate is for a different name. Someone may be impersonating the server."
                }
                CertProblem::PinnedCertificateChanged => {
                    "The certificate changed since you accepted it. Someone may be impersonating the server: do not continue unless the server's operators announced a new certificate."
                }
                CertProblem::Other(_) => "The server's certificate could not be verified.",
            },
            Self::Handshake(_) => "The secure connection to the server could not be set up.",
            Self::NoTrustStore | Self::BadTrustAnchor(_) => {
                "Otter could not read the list of trusted certificate authorities."
            }
            Self::BadClientIdentity(_) => {
                "Otter could not make or read the account's client certificate."
            }
        }
    }
}

impl CertificateDetails {
    /// Reads what a user needs to judge a certificate. A certificate that cannot be parsed
    /// still has a fingerprint; the other fields stay empty.
    pub fn from_der(der: &[u8]) -> Self {
        let mut details = Self {
            fingerprint: crate::tls::fingerprint_of(der),
            subject: String::new(),
            issuer: String::new(),
            not_before: String::new(),
            not_after: String::new(),
            dns_names: Vec::new(),
        };
        if let Ok((_, cert)) = x509_parser::parse_x509_certificate(der) {
            details.subject = cert.subject().to_string();
            details.issuer = cert.issuer().to_string();
            details.not_before = cert.validity().not_before.to_rfc2822().unwrap_or_default();
            details.not_after = cert.validity().not_after.to_rfc2822().unwrap_or_default();
            if let Ok(Some(san)) = cert.subject_alternative_name() {
                details.dns_names = san
                    .value
                    .general_names
                    .iter()
                    .filter_map(|name| match name {
                        x509_parser::extensions::GeneralName::DNSName(dns) => {
                            Some((*dns).to_owned())
                        }
                        _ => None,
                    })
                    .collect();
            }
        }
        details
    }
}
