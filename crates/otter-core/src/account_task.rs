//! What the account tasks (one per connected account, any protocol) and the core's loop say
//! to each other, and the pieces every protocol driver shares.

use std::time::Duration;

use otter_net::{CertProblem, TlsError};
use otter_otr::WireBody;
use otter_types::{ErrorKind, LocalId, MessageText, Password};

use crate::api::{
    Availability, CertificatePrompt, ConnectionStatus, OccupantChange, RoomBookmark, RoomErrorKind,
    RoomFacts, RoomForm, RoomFormAnswer, RoomLeftReason, UserPresence,
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
    /// Set a room's subject (XMPP) or a channel's topic (IRC).
    SetRoomSubject {
        room: String,
        subject: MessageText,
    },
    /// Another nick in a room (XMPP); on IRC, on the whole network.
    ChangeRoomNick {
        room: String,
        nick: String,
    },
    /// List the network's channels (IRC).
    ListRooms {
        search: String,
    },
    /// Send a line as typed (IRC `/raw`).
    SendRaw {
        line: String,
    },
    /// Ask who is in a channel or uses a nick (IRC `WHO`).
    Who {
        target: String,
    },
    /// Ask about a nick (IRC `WHOIS`).
    Whois {
        nick: String,
    },
    /// Ask a channel for its modes (IRC).
    ShowRoomModes {
        room: String,
    },
    /// Ask a channel for its ban list (IRC).
    ListRoomBans {
        room: String,
    },
    /// Change a channel's modes (IRC).
    SetRoomModes {
        room: String,
        modes: String,
        args: Vec<String>,
    },
    /// Destroy a room we own (XMPP).
    DestroyRoom {
        room: String,
        reason: Option<MessageText>,
    },
    /// Join a room, asking for its configuration form if the join creates it (XMPP).
    CreateRoom {
        room: String,
        nick: String,
    },
    /// Ask a room we own for its configuration form (XMPP).
    ConfigureRoom {
        room: String,
    },
    /// Answer a room's configuration form (XMPP).
    SubmitRoomConfiguration {
        room: String,
        answers: Vec<RoomFormAnswer>,
    },
    /// Cancel a room's configuration form (XMPP).
    CancelRoomConfiguration {
        room: String,
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
    SetContactGroups {
        peer: String,
        groups: Vec<String>,
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
    /// Share chat states and receipts, or stop (XMPP; now and on every later connection).
    SetActivitySharing {
        chat_states: bool,
        receipts: bool,
    },
    /// The user started or stopped typing to `to` (XMPP; sent only if chat states are shared).
    SetTyping {
        to: String,
        typing: bool,
    },
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
        /// When it was written (Unix seconds), if the room said.
        at: Option<i64>,
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
    /// A channel's modes (IRC).
    Modes {
        room: String,
        modes: String,
    },
    /// Someone changed a channel's modes (IRC).
    ModesChanged {
        room: String,
        by: Option<String>,
        changes: Vec<crate::api::RoomModeChange>,
        omitted: usize,
    },
    /// A channel's ban list (IRC).
    Bans {
        room: String,
        bans: Vec<crate::api::RoomBan>,
        truncated: bool,
    },
    /// The network's channel list (IRC).
    Listed {
        rooms: Vec<crate::api::ListedRoom>,
        truncated: bool,
    },
    /// An invitation; never acted on.
    Invitation {
        room: String,
        from: Option<String>,
        reason: Option<MessageText>,
        password: Option<Password>,
    },
    /// A room's configuration form, to fill in.
    ConfigurationForm {
        room: String,
        form: RoomForm,
        new_room: bool,
    },
    /// A room accepted its new configuration.
    Configured {
        room: String,
    },
    /// The saved rooms; `at_login` for the list read when the account came online.
    Bookmarks {
        bookmarks: Vec<RoomBookmark>,
        at_login: bool,
    },
    /// The server's room service, found after login (`None`: it lists none).
    Service(Option<String>),
}

/// What an account task reports to the core.
#[derive(Debug)]
pub(crate) enum AccountEvent {
    Status(ConnectionStatus),
    Certificate(Box<CertificatePrompt>),
    Online {
        mechanism: &'static str,
    },
    /// A temporary XMPP account's address for this connection, as the server bound it.
    AddressAssigned {
        address: String,
    },
    /// The IRC nick the user asked for is ours now: the account's next connections use it.
    NickChosen {
        nick: String,
    },
    /// An IRC server's Strict Transport Security policy for `host`: TLS on `port` until
    /// `expires_at` (Unix seconds), or, with `None`, the remembered policy withdrawn.
    StsPolicy {
        host: String,
        port: u16,
        expires_at: Option<u64>,
    },
    Contact {
        peer: String,
        name: Option<String>,
        groups: Vec<String>,
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
        /// The sender's device (XMPP resource), when the transport has such a thing.
        resource: Option<String>,
        text: MessageText,
        /// When it was written (Unix seconds), if the server said (a message kept while
        /// the user was offline).
        at: Option<i64>,
    },
    /// An IRC NOTICE addressed to the user (services' answers such as NickServ's). Never
    /// OTR data: OTR travels in PRIVMSG, so a notice is shown as it came, not private.
    Notice {
        from: String,
        text: MessageText,
    },
    /// Another device of the account sent this (XMPP carbons); never OTR data.
    SentElsewhere {
        to: String,
        text: MessageText,
    },
    /// The contact's device confirmed a message (XMPP receipts, when shared).
    Delivered {
        local_id: LocalId,
    },
    /// A contact started or stopped typing (XMPP chat states, when shared).
    Typing {
        from: String,
        typing: bool,
    },
    Sent {
        local_id: LocalId,
        encrypted: bool,
    },
    SendFailed {
        local_id: LocalId,
        kind: ErrorKind,
    },
    /// The server has the message (XMPP stream management).
    Acknowledged {
        local_id: LocalId,
    },
    /// A message waits for flood control (IRC); `Sent` or `RoomSent` follows when written.
    Queued {
        local_id: LocalId,
    },
    /// The answer to a `Whois`.
    Whois(crate::api::WhoisInfo),
    /// The answer to a `Who`.
    Who(crate::api::WhoInfo),
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
    /// An IRC server refused a command that was about no room (`FAIL`), in its own words.
    ServerRefused {
        command: String,
        description: MessageText,
    },
    Room(RoomUpdate),
}

/// Why a connection failed, for the status shown to the user (a requested end is `Ok`).
pub(crate) enum Ended {
    Failed(ErrorKind, String),
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

/// The first wait before reconnecting; it doubles after each failed attempt.
const FIRST_BACKOFF: Duration = Duration::from_secs(1);
/// The longest wait between attempts. Long enough not to hammer a network that is down, short
/// enough that the user is back soon after it returns.
pub(crate) const MAX_BACKOFF: Duration = Duration::from_secs(300);
/// A connection that stayed online this long resets the backoff: the next drop is a new
/// incident, not the same one continuing.
const STABLE_AFTER: Duration = Duration::from_secs(60);

/// The waits between connection attempts of one account: doubling from `FIRST_BACKOFF` up to
/// `MAX_BACKOFF`, back to the first after a connection that stayed online `STABLE_AFTER`.
pub(crate) struct Backoff {
    next: Duration,
}

impl Backoff {
    pub(crate) fn new() -> Self {
        Self {
            next: FIRST_BACKOFF,
        }
    }

    /// The wait before the next attempt, after one that was online for `online_for` (`None`:
    /// it never got online).
    pub(crate) fn wait(&mut self, online_for: Option<Duration>) -> Duration {
        if online_for.is_some_and(|stayed| stayed >= STABLE_AFTER) {
            self.next = FIRST_BACKOFF;
        }
        let wait = jittered(self.next);
        self.next = (self.next * 2).min(MAX_BACKOFF);
        wait
    }
}

/// `base` ± 25 %, so that many clients dropped together do not come back together.
fn jittered(base: Duration) -> Duration {
    let mut byte = [0u8; 1];
    // Without randomness the wait is simply the base.
    let _ = getrandom::fill(&mut byte);
    let factor = 0.75 + f64::from(byte[0]) / 255.0 * 0.5;
    base.mul_f64(factor)
}

/// Between connections: a message cannot leave, and says so at once.
pub(crate) fn refuse_offline(command: AccountCommand, report: &impl Fn(AccountEvent)) {
    match command {
        AccountCommand::SendChat {
            local_id: Some(local_id),
            ..
        }
        | AccountCommand::SendRoom { local_id, .. } => report(AccountEvent::SendFailed {
            local_id,
            kind: ErrorKind::ServerUnreachable,
        }),
        _ => {}
    }
}

#[cfg(test)]
mod backoff_tests {
    use super::*;

    fn within_jitter(wait: Duration, base: Duration) -> bool {
        wait >= base.mul_f64(0.75) && wait <= base.mul_f64(1.25)
    }

    #[test]
    fn waits_double_up_to_the_cap_and_start_over_after_a_stable_connection() {
        let mut backoff = Backoff::new();
        for base in [1, 2, 4, 8] {
            assert!(within_jitter(backoff.wait(None), Duration::from_secs(base)));
        }
        // A short stay online is the same incident going on.
        assert!(within_jitter(
            backoff.wait(Some(Duration::from_secs(5))),
            Duration::from_secs(16)
        ));
        for _ in 0..20 {
            backoff.wait(None);
        }
        assert!(within_jitter(backoff.wait(None), MAX_BACKOFF));
        assert!(within_jitter(
            backoff.wait(Some(STABLE_AFTER)),
            FIRST_BACKOFF
        ));
    }
}
