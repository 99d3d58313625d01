//! The one error type of otter-irc.

use otter_types::ErrorKind;

/// Everything that can go wrong in the IRC state machine.
///
/// Errors returned by [`Client::handle_bytes`](crate::Client::handle_bytes) end the
/// connection: the client has queued what it still sends (a `QUIT`) and an
/// [`Action::Close`](crate::Action::Close). `Display` never contains message text, passwords or
/// anything a server wrote; numerics are shown as numbers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IrcError {
    /// The server sent a line (or the start of one) longer than IRC allows. Server at fault,
    /// or an attack on our memory; nothing beyond the limit was buffered.
    #[error("the server sent a line longer than {limit} bytes")]
    LineTooLong {
        /// The limit that was broken: the line (512, CR LF included) or its tags (8191).
        limit: usize,
    },
    /// The server sent a line that is not IRC. Server at fault.
    #[error("the server sent a malformed line: {reason}")]
    MalformedLine {
        /// What was wrong (never the line itself).
        reason: &'static str,
    },
    /// The server refused our SASL login (IRCv3 sasl-3.1: 902 nick locked, 904 failed, 905
    /// too long, 906 aborted, 908 mechanism not available). The user's credentials or
    /// certificate, usually. Otter never registers without the login it was told to use.
    #[error("the server refused the login (numeric {numeric})")]
    AuthenticationFailed {
        /// The numeric the server answered with.
        numeric: u16,
    },
    /// SASL is configured but the server does not offer it (no `sasl` capability, or it
    /// refused the capability). Server configuration, or someone on the path removed it;
    /// Otter does not fall back to registering unauthenticated.
    #[error("the server does not offer SASL login; refusing to connect without it")]
    SaslNotOffered,
    /// The server offers SASL, but not the mechanism configured. Server configuration.
    #[error("the server does not offer the {mechanism} login method")]
    MechanismNotOffered {
        /// The configured mechanism.
        mechanism: &'static str,
    },
    /// The server broke the SASL exchange (a challenge where none belongs). Server at fault.
    #[error("the server's login exchange is invalid: {reason}")]
    SaslProtocol {
        /// What was wrong.
        reason: &'static str,
    },
    /// The server's SCRAM signature is wrong, or it declared the login done without one: it
    /// does not know the password, so it is not the network's services (or someone in the
    /// middle answered). Otter stops rather than register.
    #[error("the server did not prove that it knows the password; not logging in")]
    ServerNotVerified,
    /// The server registered us before the SASL login finished. Server at fault; the
    /// connection is dropped at once so that nothing is said unauthenticated.
    #[error("the server registered the connection before the login finished")]
    RegisteredWithoutLogin,
    /// Every nick we tried is in use (433) or collided (436). Other users hold them; the user
    /// can pick another nick.
    #[error("the nick and {attempts} alternatives are all in use")]
    NickUnavailable {
        /// How many nicks were tried.
        attempts: usize,
    },
    /// The server refused the nick as invalid (432). The configured nick breaks this
    /// network's rules.
    #[error("the server refused the nick as invalid")]
    NickRefused,
    /// A nick or channel name cannot be used. Caller at fault.
    #[error("not a valid {what} name")]
    InvalidName {
        /// "nick" or "channel".
        what: &'static str,
    },
    /// A message cannot be split to fit the line (the target name leaves no room). Caller at
    /// fault.
    #[error("the target name leaves no room for text in an IRC line")]
    NoRoomForText,
    /// A raw line ([`crate::Client::send_raw`]) was refused before anything was sent.
    /// Caller (the user typed it) at fault.
    #[error("raw line refused: {reason}")]
    RawLineRefused {
        /// Why (never the line itself).
        reason: crate::RawRefusal,
    },
    /// Something can only be sent once registered. Caller at fault; the connection goes on.
    #[error("not online yet")]
    NotOnline,
    /// A method was called when the state machine does not expect it. Caller (driver) at
    /// fault.
    #[error("{call} was called at the wrong time")]
    UnexpectedCall {
        /// The method.
        call: &'static str,
    },
    /// The configuration cannot be used. Caller at fault.
    #[error("unusable configuration: {reason}")]
    InvalidConfig {
        /// What is wrong.
        reason: &'static str,
    },
    /// The server stayed silent past the keepalive PING's deadline, or registration took too
    /// long. A dead link (over Tor, a circuit can die without a reset).
    #[error("the server stopped answering")]
    Timeout,
    /// Flood control holds as many lines as it may; the command was not queued. Caller (the
    /// user pasted more than the queue takes).
    #[error("too many lines are waiting to be sent")]
    SendQueueFull,
    /// A bug in otter-irc.
    #[error("internal error: {reason}")]
    Internal {
        /// What went wrong.
        reason: &'static str,
    },
}

impl IrcError {
    /// The user-facing classification.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::LineTooLong { .. } | Self::SendQueueFull => ErrorKind::LimitExceeded,
            Self::Timeout => ErrorKind::TimedOut,
            Self::AuthenticationFailed { .. }
            | Self::SaslNotOffered
            | Self::MechanismNotOffered { .. }
            // The nick is the identity the server refused; ErrorKind has nothing closer yet.
            | Self::NickUnavailable { .. }
            | Self::NickRefused => ErrorKind::AuthenticationFailed,
            Self::MalformedLine { .. }
            | Self::SaslProtocol { .. }
            | Self::ServerNotVerified
            | Self::RegisteredWithoutLogin => ErrorKind::PeerMisbehaved,
            Self::InvalidName { .. }
            | Self::RawLineRefused { .. }
            | Self::NoRoomForText
            | Self::NotOnline
            | Self::UnexpectedCall { .. }
            | Self::InvalidConfig { .. }
            | Self::Internal { .. } => ErrorKind::Internal,
        }
    }
}
