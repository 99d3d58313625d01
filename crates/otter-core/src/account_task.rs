//! What the account tasks (one per connected account, any protocol) and the core's loop say
//! to each other, and the pieces every protocol driver shares.

use otter_net::{CertProblem, TlsError};
use otter_otr::WireBody;
use otter_types::{ErrorKind, LocalId, MessageText, Password};

use crate::api::{
    Availability, CertificatePrompt, ConnectionStatus, OccupantChange, RoomBookmark, RoomErrorKind,
    RoomFacts, RoomLeftReason, UserPresence,
};

/// What the core asks of a connected account.
#[derive(Debug)]
pub(crate) enum AccountCommand {
    /// Send a one-to-one message; only gate-released bodies are accepted.
    SendChat {
        to: String,
        bodies: Vec<WireBody>,
        /// The user's message, or `None` for OTR protocol messages (key exchange, SMP).
        local_id: Option<LocalId>,
    },
    /// Join a room (XMPP).
    JoinRoom {
        room: String,
        nick: String,
        password: Option<Password>,
        history: Option<u32>,
    },
    /// Leave a room.
    LeaveRoom {
        room: String,
    },
    /// Send to everyone in a room: never through the OTR gate, rooms are not private.
    SendRoom {
        room: String,
        text: MessageText,
        local_id: LocalId,
    },
    /// Moderate an occupant (XMPP).
    ModerateRoom {
        room: String,
        nick: String,
        action: crate::api::RoomModeration,
        reason: Option<MessageText>,
    },
    /// Invite someone to a room (XMPP).
    InviteToRoom {
        room: String,
        invitee: String,
        reason: Option<MessageText>,
    },
    /// Destroy a room we own (XMPP).
    DestroyRoom {
        room: String,
        reason: Option<MessageText>,
    },
    /// Save a room in the server's bookmarks.
    AddBookmark(RoomBookmark),
    /// Remove a room from the server's bookmarks.
    RemoveBookmark {
        room: String,
    },
    /// Contact-list changes (XMPP).
    AddContact {
        peer: String,
        name: Option<String>,
    },
    RenameContact {
        peer: String,
        name: Option<String>,
    },
    RemoveContact {
        peer: String,
    },
    AnswerContactRequest {
        peer: String,
        approve: bool,
    },
    /// Change our presence (now if online, and for the rest of the session).
    SetPresence(UserPresence),
    /// Log out and close.
    Disconnect,
}

/// What happened in a room, or to the saved rooms, on one account.
#[derive(Debug)]
pub(crate) enum RoomUpdate {
    Joined {
        room: String,
        nick: String,
        facts: RoomFacts,
        changes: Vec<OccupantChange>,
    },
    Occupants {
        room: String,
        changes: Vec<OccupantChange>,
    },
    Message {
        room: String,
        nick: Option<String>,
        text: MessageText,
        delayed: bool,
        own: bool,
    },
    Subject {
        room: String,
        nick: Option<String>,
        subject: MessageText,
    },
    Left {
        room: String,
        reason: RoomLeftReason,
    },
    Error {
        room: String,
        error: RoomErrorKind,
    },
    /// An invitation; never acted on.
    Invitation {
        room: String,
        from: Option<String>,
        reason: Option<MessageText>,
        password: Option<Password>,
    },
    /// The saved rooms; `at_login` for the list read when the account came online.
    Bookmarks {
        bookmarks: Vec<RoomBookmark>,
        at_login: bool,
    },
}

/// What an account task reports to the core.
#[derive(Debug)]
pub(crate) enum AccountEvent {
    Status(ConnectionStatus),
    Certificate(Box<CertificatePrompt>),
    Online {
        mechanism: &'static str,
    },
    Contact {
        peer: String,
        name: Option<String>,
    },
    ContactRemoved {
        peer: String,
    },
    ContactRequest {
        peer: String,
    },
    Presence {
        peer: String,
        resource: String,
        availability: Option<Availability>,
        status: Option<MessageText>,
    },
    Chat {
        from: String,
        text: MessageText,
    },
    Sent {
        local_id: LocalId,
        encrypted: bool,
    },
    SendFailed {
        local_id: LocalId,
        kind: ErrorKind,
    },
    /// A room message left (never encrypted).
    RoomSent {
        local_id: LocalId,
    },
    /// A room or bookmark command could not be carried out (a bad address or nick, or the
    /// server refused the saved rooms).
    Refused {
        kind: ErrorKind,
        explanation: String,
    },
    Room(RoomUpdate),
}

/// Why a connection failed, for the status shown to the user (a requested end is `Ok`).
pub(crate) enum Ended {
    Failed(ErrorKind, String),
}

/// Runs a driver until it ends and reports the connection's status around it: connecting
/// first, then offline (asked) or failed (with its explanation).
pub(crate) async fn supervise(
    report: &impl Fn(AccountEvent),
    drive: impl Future<Output = Result<(), Ended>>,
) {
    report(AccountEvent::Status(ConnectionStatus::Connecting));
    let status = match drive.await {
        Ok(()) => ConnectionStatus::Offline,
        Err(Ended::Failed(kind, explanation)) => ConnectionStatus::Failed { kind, explanation },
    };
    report(AccountEvent::Status(status));
}

/// The prompt for a certificate the user may accept, if that is why TLS failed.
pub(crate) fn certificate_prompt(error: &TlsError) -> Option<AccountEvent> {
    let TlsError::Untrusted { problem, details } = error else {
        return None;
    };
    Some(AccountEvent::Certificate(Box::new(CertificatePrompt {
        fingerprint: details.fingerprint,
        subject: details.subject.clone(),
        issuer: details.issuer.clone(),
        not_after: details.not_after.clone(),
        explanation: error.explanation(),
        changed_since_accepted: *problem == CertProblem::PinnedCertificateChanged,
    })))
}

/// Hands each body to `send_one` and reports the user's message sent or failed. Protocol
/// messages (`local_id: None`) are not reported.
pub(crate) fn send_bodies(
    bodies: &[WireBody],
    local_id: Option<LocalId>,
    report: &impl Fn(AccountEvent),
    mut send_one: impl FnMut(&WireBody, LocalId) -> Result<(), ErrorKind>,
) {
    for body in bodies {
        // Protocol messages are matched to no user message if they bounce.
        if let Err(kind) = send_one(body, local_id.unwrap_or(LocalId(0))) {
            if let Some(local_id) = local_id {
                report(AccountEvent::SendFailed { local_id, kind });
            }
            return;
        }
    }
    if let Some(local_id) = local_id {
        report(AccountEvent::Sent {
            local_id,
            encrypted: bodies.iter().all(WireBody::is_encrypted),
        });
    }
}
