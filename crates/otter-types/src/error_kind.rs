//! The classification every crate error maps onto, so that the user interface can word it.

/// What went wrong, in the terms the user interface explains to the user.
///
/// Every crate error has a `kind()` returning one of these. The GUI maps each kind to one
/// translated sentence in exactly one place; crate errors never translate themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Tor (its SOCKS port) could not be reached, or it has not finished starting.
    TorUnavailable,
    /// Tor was reached but could not reach the server.
    ServerUnreachable,
    /// The server's certificate is not trusted, or differs from the one the user accepted.
    CertificateUntrusted,
    /// The server refused our credentials.
    AuthenticationFailed,
    /// The other side sent something that breaks the protocol or our limits.
    PeerMisbehaved,
    /// The other side sent more than we accept.
    LimitExceeded,
    /// The message waits for a private (OTR) session.
    PrivateSessionRequired,
    /// The profile on disk could not be read or written.
    StorageFailed,
    /// The operation took too long.
    TimedOut,
    /// A bug in Otter.
    Internal,
}
