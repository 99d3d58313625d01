//! The one error type of otter-xmpp.

use std::borrow::Cow;

use otter_types::ErrorKind;

use crate::register::RegistrationRefusal;
use crate::sasl::SaslMechanism;

/// An XML construct RFC 6120 §11.1 forbids in a stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestrictedXml {
    /// A `<!DOCTYPE …>`: the way to declare entities (and so "billion laughs").
    DocumentType,
    /// A reference to an entity other than the five XML predefines.
    EntityReference,
    /// A processing instruction, or an XML declaration after the stream started.
    ProcessingInstruction,
    /// A comment.
    Comment,
}

/// Everything that can go wrong in the XMPP state machine.
///
/// Errors returned by [`Client::handle_bytes`](crate::Client::handle_bytes) end the stream:
/// the client has queued what it still has to send (a stream error, the closing tag) and an
/// [`Action::Close`](crate::Action::Close). `Display` never contains message text or the
/// password; a server's condition names (`not-authorized`) are shown as sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum XmppError {
    /// The server sent a stanza (or an unfinished one) bigger than we accept. Server at fault,
    /// or an attack on our memory.
    #[error("the server sent a stanza larger than {limit} bytes")]
    StanzaTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The server nested elements deeper than we accept. Server at fault.
    #[error("the server nested XML elements deeper than {limit} levels")]
    TooDeep {
        /// The limit.
        limit: usize,
    },
    /// The server sent an element with more attributes than we accept. Server at fault.
    #[error("the server sent an element with more than {limit} attributes")]
    TooManyAttributes {
        /// The limit.
        limit: usize,
    },
    /// The server sent a stanza with more elements than we accept. Server at fault.
    #[error("the server sent a stanza with more than {limit} elements")]
    TooManyElements {
        /// The limit.
        limit: usize,
    },
    /// The server used XML that XMPP forbids (RFC 6120 §11.1). Server at fault, or an attack
    /// (entity expansion).
    #[error("the server sent forbidden XML: {construct:?}")]
    RestrictedXml {
        /// What was sent.
        construct: RestrictedXml,
    },
    /// The server sent bytes that are not UTF-8 (RFC 6120 §11.6). Server at fault.
    #[error("the server sent text that is not UTF-8")]
    InvalidUtf8,
    /// The server sent XML that is not well-formed. Server at fault.
    #[error("the server sent malformed XML: {reason}")]
    MalformedXml {
        /// What was wrong (names from the stream, never character data).
        reason: Cow<'static, str>,
    },
    /// The server's stream header was missing or unusable (RFC 6120 §4.7). Server at fault.
    #[error("the server's stream header is unusable: {reason}")]
    BadStreamHeader {
        /// What was wrong.
        reason: &'static str,
    },
    /// The server sent something the negotiation does not allow at this point. Server at fault.
    #[error("the server sent an unexpected element while {during}")]
    UnexpectedElement {
        /// The negotiation step.
        during: &'static str,
    },
    /// The server ended the stream with a stream error (RFC 6120 §4.9). Server's decision;
    /// `conflict` means another login took our resource.
    #[error("the server ended the stream: {condition}")]
    StreamError {
        /// The defined condition, e.g. `policy-violation`.
        condition: String,
    },
    /// The server stopped answering a keepalive ping: the connection (often a Tor circuit)
    /// died without closing.
    #[error("the server stopped answering (nothing for {waited_seconds} s)")]
    Unresponsive {
        /// How long we waited after asking.
        waited_seconds: u64,
    },
    /// The server does not offer STARTTLS. Otter never continues without TLS: the server is
    /// misconfigured, or someone on the path removed the offer (a downgrade attack).
    #[error("the server does not offer TLS; refusing to continue without encryption")]
    TlsNotOffered,
    /// The server refused STARTTLS (`<failure/>`, RFC 6120 §5.4.2.2). Server at fault.
    #[error("the server refused to start TLS")]
    StartTlsRefused,
    /// Bytes arrived after `<proceed/>` and before TLS: they would be read as if protected by
    /// TLS although they were not (the STARTTLS command-injection attack). Attacker or server
    /// at fault.
    #[error("plaintext data arrived after the server agreed to start TLS")]
    DataAfterStartTls,
    /// None of the server's SASL mechanisms is one we use. Server configuration.
    #[error("the server offers no login method Otter supports")]
    NoCommonMechanism {
        /// The mechanism names the server offered.
        offered: Vec<String>,
    },
    /// A temporary login, but the server does not offer SASL ANONYMOUS (RFC 4505). Server
    /// configuration: it does not hand out temporary accounts.
    #[error("this server does not allow temporary accounts")]
    AnonymousNotOffered,
    /// The server offers only login methods weaker than one this account used before (a
    /// downgrade). Server changed, or an attacker.
    #[error(
        "the server offers only login methods weaker than {}, which this account has used \
         before: the server was changed, or something between Otter and it removed the \
         stronger ones",
        .required.name()
    )]
    MechanismDowngrade {
        /// The weakest mechanism the account accepts.
        required: SaslMechanism,
    },
    /// The server refused our credentials (RFC 6120 §6.5). The user's password or address,
    /// usually.
    #[error("the server refused the login: {condition}")]
    AuthenticationFailed {
        /// The SASL condition, e.g. `not-authorized`.
        condition: String,
    },
    /// The server broke SASL: bad challenge data, unsafe SCRAM parameters, or a final message
    /// that does not prove it knows the password (so it may not be the real server).
    #[error("the server's login exchange is invalid: {reason}")]
    SaslProtocol {
        /// What was wrong.
        reason: &'static str,
    },
    /// The server did not create the account (XEP-0077): the name is taken, registration is
    /// closed, too many accounts came from this address, or its form asks for something Otter
    /// cannot show (a CAPTCHA). The server's decision; the stream ends.
    #[error("the server did not create the account: {refusal}")]
    RegistrationRefused {
        /// Why.
        refusal: RegistrationRefusal,
        /// The server's own explanation, as plain text (at most
        /// [`MAX_SERVER_TEXT_BYTES`](crate::MAX_SERVER_TEXT_BYTES)).
        text: Option<String>,
    },
    /// Resource binding failed (RFC 6120 §7.6.2). Server at fault or policy.
    #[error("the server refused to bind a resource: {condition}")]
    BindFailed {
        /// The stanza error condition.
        condition: String,
    },
    /// Something can only be sent once the client is online. Caller at fault; the stream
    /// goes on.
    #[error("not online yet")]
    NotOnline,
    /// The room address or nick cannot be used. Caller at fault; the stream goes on.
    #[error("unusable room: {reason}")]
    InvalidRoom {
        /// What is wrong.
        reason: &'static str,
    },
    /// The room is not one we are in. Caller at fault; the stream goes on.
    #[error("not in that room")]
    NotInRoom,
    /// Answers that do not fit the form (a field it lacks, a value its type refuses), or no
    /// form to answer. Caller at fault; the stream goes on.
    #[error("the answers do not fit the form: {reason}")]
    InvalidForm {
        /// What is wrong.
        reason: &'static str,
    },
    /// Bookmarks can be changed only once they were read at login. Caller at fault.
    #[error("the saved rooms are not read yet")]
    BookmarksNotReady,
    /// A `handle_*` method was called when the state machine does not expect it. Caller
    /// (driver) at fault.
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
    /// A bug in otter-xmpp.
    #[error("internal error: {reason}")]
    Internal {
        /// What went wrong.
        reason: &'static str,
    },
}

impl XmppError {
    /// The user-facing classification.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::StanzaTooLarge { .. }
            | Self::TooDeep { .. }
            | Self::TooManyAttributes { .. }
            | Self::TooManyElements { .. } => ErrorKind::LimitExceeded,
            Self::Unresponsive { .. } => ErrorKind::ServerUnreachable,
            Self::NoCommonMechanism { .. }
            | Self::AnonymousNotOffered
            | Self::MechanismDowngrade { .. }
            | Self::AuthenticationFailed { .. } => ErrorKind::AuthenticationFailed,
            // The name or password chosen was refused, or the server refuses registration:
            // the user's choice or the server's rule, not a broken protocol.
            Self::RegistrationRefused {
                refusal: RegistrationRefusal::FormNotSupported(_),
                ..
            } => ErrorKind::PeerMisbehaved,
            Self::RegistrationRefused { .. } => ErrorKind::AuthenticationFailed,
            Self::StreamError { condition } if condition == "not-authorized" => {
                ErrorKind::AuthenticationFailed
            }
            Self::RestrictedXml { .. }
            | Self::InvalidUtf8
            | Self::MalformedXml { .. }
            | Self::BadStreamHeader { .. }
            | Self::UnexpectedElement { .. }
            | Self::StreamError { .. }
            | Self::TlsNotOffered
            | Self::StartTlsRefused
            | Self::DataAfterStartTls
            | Self::SaslProtocol { .. }
            | Self::BindFailed { .. } => ErrorKind::PeerMisbehaved,
            Self::NotOnline
            | Self::InvalidRoom { .. }
            | Self::InvalidForm { .. }
            | Self::NotInRoom
            | Self::BookmarksNotReady
            | Self::UnexpectedCall { .. }
            | Self::InvalidConfig { .. }
            | Self::Internal { .. } => ErrorKind::Internal,
        }
    }

    /// The stream error condition we send before closing, when the fault is in what the server
    /// sent (RFC 6120 §4.9.3).
    pub(crate) fn stream_condition(&self) -> Option<&'static str> {
        match self {
            Self::StanzaTooLarge { .. }
            | Self::TooDeep { .. }
            | Self::TooManyAttributes { .. }
            | Self::TooManyElements { .. } => Some("policy-violation"),
            Self::RestrictedXml { .. } => Some("restricted-xml"),
            Self::InvalidUtf8 | Self::MalformedXml { .. } => Some("not-well-formed"),
            Self::BadStreamHeader { .. } => Some("invalid-namespace"),
            Self::UnexpectedElement { .. } => Some("unsupported-stanza-type"),
            _ => None,
        }
    }
}
