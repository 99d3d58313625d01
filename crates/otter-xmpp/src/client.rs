//! The client state machine: RFC 6120 stream negotiation (TLS, SASL, binding), then RFC 6121
//! roster, presence and messages.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, VecDeque};
use std::hash::{Hash, Hasher};
use std::time::{Duration, Instant};

use otter_otr::WireBody;
use otter_types::{ErrorKind, LocalId, MessageText, Password};

use crate::bind;
use crate::bookmarks::{self, Bookmark, BookmarkStore};
use crate::element::{Element, NS_CLIENT, NS_STREAM, NS_STREAMS_ERRORS, escape};
use crate::error::XmppError;
use crate::form::{DataForm, FieldAnswer};
use crate::iq;
use crate::jid::Jid;
use crate::message::{self, ActivitySharing, Carbon, ChatState, DelayedDelivery, Incoming};
use crate::presence::{self, OwnPresence, Show};
use crate::register::{self, RegistrationRefusal, Submission};
use crate::room::{
    self, History, Invitation, LeftReason, MAX_ROOMS, Moderation, Occupant, OccupantChange,
    RoomBody, RoomError, RoomEvent, RoomFacts, RoomRequest, Rooms, SelfPing,
};
use crate::roster::{self, Listed, NS_ROSTER, RosterItem};
use crate::sasl::{ChannelBindingData, NS_SASL, SaslMechanism, SaslSession};
use crate::services::{ServiceDiscovery, Step};
use crate::sm::{NS_SM, Resumption, StreamManagement};
use crate::stream::{INPUT_PIECE_BYTES, Parser, StreamEvent};

/// STARTTLS namespace (RFC 6120 §5.4).
const NS_TLS: &str = "urn:ietf:params:xml:ns:xmpp-tls";

/// How many sent message ids are remembered to match a later message error to the caller's
/// `LocalId`. Errors come back within seconds; older ones are reported without a `LocalId`.
const REMEMBERED_MESSAGE_IDS: usize = 256;
/// The longest stream id for resumption we keep (Prosody's are 36 bytes).
const MAX_RESUME_ID_BYTES: usize = 256;

/// How many room requests (configuration, moderation, destruction, invitations) may wait for
/// the room's answer. Each is a user's click; a room that never answers does not grow this.
const PENDING_ROOM_REQUESTS: usize = 64;

/// How the connection gets TLS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// Plain TCP first, then STARTTLS, which the server must offer (RFC 6120 §5); port 5222.
    StartTls,
    /// TLS from the first byte (XEP-0368); port 5223 or what the server announces.
    DirectTls,
}

/// What a [`Client`] needs to log in.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// The bare account address; for a temporary login, the server's domain until the server
    /// binds the address it made up, then that address.
    account: Jid,
    /// `None`: a temporary login (SASL ANONYMOUS), which has no password at all.
    password: Option<Password>,
    resource: String,
    tls: TlsMode,
    id_seed: [u8; 16],
    minimum_mechanism: SaslMechanism,
    /// Create the account (XEP-0077) instead of logging in.
    register: bool,
}

impl ClientConfig {
    /// `account` is the bare address (`local@domain`); `resource` a random string the caller
    /// made (never the host or user name: the resource is visible to contacts); `id_seed`
    /// random bytes from the caller, from which stanza ids are derived so they reveal neither
    /// a counter nor anything else.
    pub fn new(
        account: &Jid,
        password: Password,
        resource: String,
        tls: TlsMode,
        id_seed: [u8; 16],
    ) -> Result<Self, XmppError> {
        if account.local().is_none() {
            return Err(XmppError::InvalidConfig {
                reason: "the account address has no local part",
            });
        }
        if resource.is_empty() || resource.len() > 1023 || resource.chars().any(char::is_control) {
            return Err(XmppError::InvalidConfig {
                reason: "the resource must be 1 to 1023 bytes without control characters",
            });
        }
        Ok(Self {
            account: account.bare(),
            password: Some(password),
            resource,
            tls,
            id_seed,
            minimum_mechanism: SaslMechanism::Plain,
            register: false,
        })
    }

    /// A client that creates `account` on its server with `password` (XEP-0077 in-band
    /// registration) instead of logging in. TLS is negotiated exactly as for a login, and
    /// required the same way; then, in place of SASL, the client asks for the registration
    /// form, answers it with the account's local part and the password (nothing else), and
    /// ends with [`XmppEvent::Registered`] and a closed stream, or an
    /// [`XmppError::RegistrationRefused`]. Log in afterwards with a new connection.
    pub fn registration(
        account: &Jid,
        password: Password,
        tls: TlsMode,
        id_seed: [u8; 16],
    ) -> Result<Self, XmppError> {
        // A resource is never bound on this stream; the placeholder is never sent.
        let mut config = Self::new(account, password, "unbound".to_owned(), tls, id_seed)?;
        if config
            .password
            .as_ref()
            .is_none_or(|p| p.reveal().is_empty())
        {
            return Err(XmppError::InvalidConfig {
                reason: "a new account needs a password",
            });
        }
        config.register = true;
        Ok(config)
    }

    /// A temporary account on `server` (a bare domain): SASL ANONYMOUS (RFC 4505), inside TLS
    /// like every login, and nothing else. The server makes up the account's address and binds
    /// it ([`XmppEvent::Online`] reports it); from then on it is the account's own address for
    /// every check (roster pushes, carbons, the server's services). Each login is a new,
    /// unrelated account, and the server forgets it when the stream ends. No password exists;
    /// a server that does not offer ANONYMOUS ends the login with
    /// [`XmppError::AnonymousNotOffered`]. The downgrade minimum does not apply: there is no
    /// password for a weaker mechanism to expose.
    pub fn anonymous(
        server: &Jid,
        resource: String,
        tls: TlsMode,
        id_seed: [u8; 16],
    ) -> Result<Self, XmppError> {
        if server.local().is_some() || server.resource().is_some() {
            return Err(XmppError::InvalidConfig {
                reason: "a temporary account is asked of a server: give its domain alone",
            });
        }
        let placeholder = Jid::parse(&format!("anonymous@{}", server.domain())).map_err(|_| {
            XmppError::InvalidConfig {
                reason: "the server's domain is not a usable address",
            }
        })?;
        let mut config = Self::new(
            &placeholder,
            Password::new(String::new()),
            resource,
            tls,
            id_seed,
        )?;
        config.account = server.bare();
        config.password = None;
        Ok(config)
    }

    /// Whether this is a temporary login (SASL ANONYMOUS, an address the server makes up).
    pub fn is_temporary(&self) -> bool {
        self.password.is_none()
    }

    /// Refuses to log in with a mechanism weaker than `minimum`: the strongest one this account
    /// used before, so that a server (or attacker) offering less is noticed.
    pub fn with_minimum_mechanism(mut self, minimum: SaslMechanism) -> Self {
        self.minimum_mechanism = minimum;
        self
    }
}

/// What the driver must do next. Returned by [`Client::poll_action`].
#[derive(Debug)]
pub enum Action {
    /// Write these bytes to the connection.
    Send(Vec<u8>),
    /// Run the TLS handshake on the connection now (after `<proceed/>`, or at once for direct
    /// TLS), then call [`Client::handle_tls_established`]. Nothing may be read or written in
    /// plaintext in between.
    StartTls,
    /// Something happened that the core should know.
    Event(XmppEvent),
    /// Close the connection, after sending what was queued before this action.
    Close(CloseReason),
}

/// Why the client asks to close the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseReason {
    /// The caller asked ([`Client::close`]).
    Requested,
    /// The server closed the stream.
    ServerClosed,
    /// An error ended the stream; `handle_bytes` returned it.
    Error(ErrorKind),
}

/// What happened on the stream.
#[derive(Debug)]
pub enum XmppEvent {
    /// Logged in and bound: messages can be sent.
    Online {
        /// The full address the server bound.
        bound_jid: Jid,
        /// The SASL mechanism used, for the profile to remember (downgrade protection).
        mechanism: SaslMechanism,
    },
    /// The roster (RFC 6121 §2.2), answering the request sent when going online.
    RosterReceived(Vec<RosterItem>),
    /// The server changed roster entries (RFC 6121 §2.1.6), from this or another client.
    RosterPushed(Vec<RosterItem>),
    /// Someone asks to see the user's presence (RFC 6121 §3.1.3): approve or deny with
    /// [`Client::answer_subscription`].
    SubscriptionRequested {
        /// Who asks (bare address).
        from: Jid,
    },
    /// A contact's resource became available or unavailable.
    PresenceChanged {
        /// The contact's (usually full) address.
        from: Jid,
        /// Available or not.
        available: bool,
        /// The availability detail.
        show: Option<Show>,
        /// The contact's status message.
        status: Option<MessageText>,
    },
    /// A one-to-one message with a body.
    ChatReceived {
        /// The sender.
        from: Jid,
        /// The sender's stanza id.
        id: Option<String>,
        /// The body; XHTML-IM and other payloads are dropped.
        text: MessageText,
        /// Set when the server stored the message while we were offline.
        delay: Option<DelayedDelivery>,
        /// From an occupant of a room we are in (`from` is then `room@service/nick`, the
        /// only address we know them by).
        in_room: bool,
    },
    /// We are in a room: our own presence came back (XEP-0045 §7.2.3). The occupants
    /// present at that moment come with it.
    RoomJoined {
        /// The room's bare address.
        room: Jid,
        /// Our nick, as the room assigned it.
        nick: String,
        /// What the room says about itself (public logging, visible addresses).
        facts: RoomFacts,
        /// Everyone present, us included.
        occupants: Vec<Occupant>,
    },
    /// Someone came, went, changed nick, role or affiliation in a joined room.
    RoomOccupants {
        /// The room.
        room: Jid,
        /// What changed.
        change: OccupantChange,
    },
    /// Our nick in a room changed (303 with 110).
    RoomNickChanged {
        /// The room.
        room: Jid,
        /// The new nick.
        nick: String,
    },
    /// A message in a room (live, or history when `delay` is set).
    RoomMessage {
        /// The room.
        room: Jid,
        /// The sender's nick; `None` for the room itself.
        nick: Option<String>,
        /// The sender's stanza id.
        id: Option<String>,
        /// The body.
        text: MessageText,
        /// Set for history the room replays on join (XEP-0203).
        delay: Option<DelayedDelivery>,
        /// Our own message, as the room reflected it.
        own: bool,
    },
    /// The room's subject (sent on join, and on each change).
    RoomSubject {
        /// The room.
        room: Jid,
        /// Who set it, if said.
        nick: Option<String>,
        /// The subject (empty: none), at most `MAX_SUBJECT_BYTES`.
        subject: MessageText,
    },
    /// Someone invites us to a room. Nothing is joined: the user decides.
    RoomInvitation(Invitation),
    /// A room's configuration form (XEP-0045 §10.1.3, §10.2), asked for when creating the
    /// room ([`Client::create_room`]) or by its owner later
    /// ([`Client::request_room_configuration`]). Answer with
    /// [`Client::submit_room_configuration`] or [`Client::cancel_room_configuration`].
    RoomConfigurationForm {
        /// The room.
        room: Jid,
        /// The form, with the current settings as values.
        form: DataForm,
        /// We just created the room: it stays locked to everyone else until the form is
        /// submitted, and cancelling destroys it.
        new_room: bool,
    },
    /// The room accepted the submitted configuration.
    RoomConfigured {
        /// The room.
        room: Jid,
    },
    /// A room refused a request: a moderation action, its destruction, an invitation, or
    /// the default configuration of a room we created (then it stays locked to others).
    RoomRequestFailed {
        /// The room.
        room: Jid,
        /// What was asked.
        request: RoomRequest,
        /// The stanza error condition, e.g. `forbidden` or `not-allowed`.
        condition: String,
    },
    /// We are no longer in a room.
    RoomLeft {
        /// The room.
        room: Jid,
        /// Why.
        reason: LeftReason,
    },
    /// A room refused a join, a nick change or a message.
    RoomError {
        /// The room.
        room: Jid,
        /// What it said.
        error: RoomError,
    },
    /// The account's saved rooms: after the fetch at login, and after each change we made.
    Bookmarks {
        /// Where they are kept.
        store: BookmarkStore,
        /// The list.
        bookmarks: Vec<Bookmark>,
    },
    /// The server's room service (XEP-0045 §6.1), found after login; `None`: it lists none.
    RoomService(Option<Jid>),
    /// Reading or writing the saved rooms failed.
    BookmarksFailed {
        /// The stanza error condition.
        condition: String,
    },
    /// The server created the account (registration mode only); the stream is closed after
    /// this event.
    Registered {
        /// The new account's bare address.
        account: Jid,
    },
    /// The stream broken before was resumed (XEP-0198): we are online again with the same
    /// session, the rooms we were in (reported again as [`XmppEvent::RoomJoined`]) and what
    /// the server held for us on its way.
    Resumed {
        /// The full address, as before.
        bound_jid: Jid,
        /// The SASL mechanism used to log in again.
        mechanism: SaslMechanism,
    },
    /// Another device of the user's account sent a one-to-one message (a XEP-0280 carbon).
    /// OTR data is never reported: it belongs to that device's session.
    ChatSentElsewhere {
        /// The recipient, as that device addressed it.
        to: Jid,
        /// The body.
        text: MessageText,
    },
    /// The contact's device confirmed it received one of the user's messages (XEP-0184).
    /// Only while receipts are shared ([`ActivitySharing::receipts`]).
    MessageDelivered {
        /// Who confirmed it.
        from: Jid,
        /// The caller's id for the message.
        local_id: LocalId,
    },
    /// A contact's chat state (XEP-0085), e.g. typing. Only while chat states are shared.
    ChatStateReceived {
        /// The contact's device.
        from: Jid,
        /// The state.
        state: ChatState,
    },
    /// The server acknowledged one of the user's messages (XEP-0198): it has it.
    MessageAcknowledged {
        /// The caller's id for the message.
        local_id: LocalId,
    },
    /// A message could not be delivered.
    MessageError {
        /// Who reported it.
        from: Option<Jid>,
        /// The caller's id for the message, if it was sent recently by this client.
        local_id: Option<LocalId>,
        /// The stanza error condition (RFC 6120 §8.3.3), e.g. `service-unavailable`.
        condition: String,
    },
}

/// Where the negotiation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// [`Client::start`] not called yet.
    Idle,
    /// Waiting for the driver's TLS handshake.
    AwaitingTls,
    /// Our stream header is sent; waiting for the server's.
    AwaitingHeader,
    /// Waiting for `<stream:features/>`.
    AwaitingFeatures,
    /// `<starttls/>` sent.
    AwaitingProceed,
    /// SASL exchange running.
    Authenticating,
    /// Bind request sent.
    Binding,
    /// Legacy session request sent.
    EstablishingSession,
    /// Registration mode: the form was asked for (XEP-0077 §3.1).
    AwaitingRegistrationForm,
    /// Registration mode: the answer was sent.
    AwaitingRegistrationResult,
    /// `<resume/>` sent instead of binding (XEP-0198 §5).
    Resuming,
    /// Logged in.
    Online,
    /// Ended; input is ignored.
    Closed,
}

/// Which stream we are on: each restart brings new features (RFC 6120 §4.3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    BeforeTls,
    BeforeAuth,
    AfterAuth,
}

/// One XMPP client stream, from the first byte to the end of the stream. See the crate
/// documentation for the driver contract.
#[derive(Debug)]
pub struct Client {
    config: ClientConfig,
    parser: Parser,
    state: State,
    phase: Phase,
    actions: VecDeque<Action>,
    binding: ChannelBindingData,
    sasl: Option<SaslSession>,
    mechanism: Option<SaslMechanism>,
    bound: Option<Jid>,
    session_required: bool,
    /// The id of the request we wait for (bind, session, registration).
    pending_id: Option<String>,
    roster_id: Option<String>,
    sent_messages: VecDeque<(String, LocalId)>,
    /// Each contact's roster entry, as the server last said.
    roster: HashMap<Jid, Listed>,
    /// The (sender, id) of the latest one-to-one messages received, to drop a repeat.
    recent_chats: VecDeque<(String, String)>,
    /// The same pairs, to look one up without comparing it with each of them.
    recent_chat_keys: std::collections::HashSet<(String, String)>,
    rooms: Rooms,
    /// Room requests waiting for their answer: id, room, what was asked.
    room_requests: VecDeque<(String, Jid, RoomRequest)>,
    /// The configuration form each room last sent, until answered: what a submission is
    /// checked against and completed from. Only for rooms we are in, so at most
    /// [`MAX_ROOMS`] of them.
    room_forms: HashMap<Jid, DataForm>,
    /// What we tell contacts about our availability; sent at login and on each change.
    own_presence: OwnPresence,
    /// Chat states and receipts: off unless the user turns them on.
    activity: ActivitySharing,
    /// XEP-0198, when the server offers it (in the features after login).
    sm_offered: bool,
    sm: StreamManagement,
    /// The broken stream to resume, until resumed or found impossible.
    resumption: Option<Resumption>,
    /// The disco#info request to our account that decides where bookmarks live.
    disco_id: Option<String>,
    /// Finding the server's room service, after each login.
    services: ServiceDiscovery,
    bookmark_store: Option<BookmarkStore>,
    bookmarks_fetch_id: Option<String>,
    bookmarks: Vec<Bookmark>,
    /// Bookmark writes the server has not answered yet.
    bookmark_writes: Vec<String>,
    ids_issued: u64,
    /// When bytes last arrived; for keepalives and stream management later.
    last_received: Option<Instant>,
    /// When our keepalive ping went out, while it waits for an answer.
    ping_sent: Option<Instant>,
}

/// How long a connection may be silent before we ask the server whether it is still there
/// (XEP-0199). Tor circuits fail silently, so silence is the only sign; the server's own
/// idle timeout is longer, so this ping also keeps the stream open.
pub const KEEPALIVE_IDLE: Duration = Duration::from_secs(120);

/// How long the server has to answer a keepalive ping (or anything at all) before the
/// connection counts as lost. Generous: a round trip over Tor can take seconds.
pub const KEEPALIVE_TIMEOUT: Duration = Duration::from_secs(60);

impl Client {
    /// A client for one connection. Nothing happens until [`Client::start`].
    pub fn new(config: ClientConfig) -> Self {
        Self {
            config,
            parser: Parser::new(),
            state: State::Idle,
            phase: Phase::BeforeTls,
            actions: VecDeque::new(),
            binding: ChannelBindingData::None,
            sasl: None,
            mechanism: None,
            bound: None,
            session_required: false,
            pending_id: None,
            roster_id: None,
            sent_messages: VecDeque::new(),
            recent_chats: VecDeque::new(),
            recent_chat_keys: std::collections::HashSet::new(),
            roster: HashMap::new(),
            rooms: Rooms::default(),
            room_requests: VecDeque::new(),
            room_forms: HashMap::new(),
            own_presence: OwnPresence::default(),
            activity: ActivitySharing::default(),
            sm_offered: false,
            sm: StreamManagement::default(),
            resumption: None,
            disco_id: None,
            services: ServiceDiscovery::default(),
            bookmark_store: None,
            bookmarks_fetch_id: None,
            bookmarks: Vec::new(),
            bookmark_writes: Vec::new(),
            ids_issued: 0,
            last_received: None,
            ping_sent: None,
        }
    }

    /// Begins: sends the stream header (STARTTLS mode), or asks the driver for TLS first
    /// ([`Action::StartTls`] at once, direct-TLS mode), so both modes share one driver path.
    pub fn start(&mut self) -> Result<(), XmppError> {
        if self.state != State::Idle {
            return Err(XmppError::UnexpectedCall { call: "start" });
        }
        match self.config.tls {
            TlsMode::StartTls => self.open_stream(),
            TlsMode::DirectTls => {
                self.state = State::AwaitingTls;
                self.actions.push_back(Action::StartTls);
            }
        }
        Ok(())
    }

    /// The driver finished the TLS handshake requested by [`Action::StartTls`]. `binding` is
    /// the connection's channel binding, for SCRAM-*-PLUS.
    pub fn handle_tls_established(&mut self, binding: ChannelBindingData) -> Result<(), XmppError> {
        if self.state != State::AwaitingTls {
            return Err(XmppError::UnexpectedCall {
                call: "handle_tls_established",
            });
        }
        self.binding = binding;
        self.phase = Phase::BeforeAuth;
        self.parser.restart();
        self.open_stream();
        Ok(())
    }

    /// Bytes received from the connection (after TLS, the decrypted bytes). An error ends the
    /// stream: what to send and an [`Action::Close`] are queued, so drain
    /// [`Client::poll_action`] after an error too. Input after the end is ignored.
    pub fn handle_bytes(&mut self, now: Instant, bytes: &[u8]) -> Result<(), XmppError> {
        if self.state == State::Closed {
            return Ok(());
        }
        self.last_received = Some(now);
        // Anything from the server shows the connection is alive, the ping's answer or not.
        self.ping_sent = None;
        let result = self.receive(bytes);
        if let Err(error) = &result {
            self.fail(error);
        }
        result
    }

    /// When the driver must call [`Client::handle_timeout`] next, if ever: while online, the
    /// end of the silence after which we ping, or of the wait for the ping's answer.
    ///
    /// Also the next XEP-0410 self-ping of a silent room, or the end of the wait for its
    /// answer.
    pub fn poll_timeout(&self) -> Option<Instant> {
        let keepalive = self.keepalive_deadline();
        let rooms = if self.state == State::Online {
            self.rooms.next_self_ping()
        } else {
            None
        };
        match (keepalive, rooms) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn keepalive_deadline(&self) -> Option<Instant> {
        if self.state != State::Online {
            return None;
        }
        match self.ping_sent {
            Some(sent) => sent.checked_add(KEEPALIVE_TIMEOUT),
            None => self.last_received?.checked_add(KEEPALIVE_IDLE),
        }
    }

    /// Time has passed: pings a silent server, and ends the stream when a ping went
    /// unanswered (queued as for any error: drain [`Client::poll_action`] after it).
    pub fn handle_timeout(&mut self, now: Instant) -> Result<(), XmppError> {
        if self.state == State::Online {
            for (room, occupant) in self.rooms.self_pings_due(now) {
                let id = self.next_id();
                self.send(room::self_ping(&occupant, &id));
                self.rooms.self_ping_sent(&room, id, now);
            }
        }
        let Some(deadline) = self.keepalive_deadline() else {
            return Ok(());
        };
        if now < deadline {
            return Ok(());
        }
        if self.ping_sent.is_some() {
            let error = XmppError::Unresponsive {
                waited_seconds: KEEPALIVE_TIMEOUT.as_secs(),
            };
            self.fail(&error);
            return Err(error);
        }
        let id = self.next_id();
        let server = escape(self.config.account.domain());
        self.send(format!(
            "<iq type='get' to='{server}' id='{id}'><ping xmlns='{}'/></iq>",
            iq::NS_PING
        ));
        self.ping_sent = Some(now);
        Ok(())
    }

    /// The next thing the driver must do, or `None` when there is nothing until the next
    /// input.
    pub fn poll_action(&mut self) -> Option<Action> {
        self.actions.pop_front()
    }

    /// Sends one body of a one-to-one chat message. Only the OTR gate makes a `WireBody`, so
    /// nothing reaches this path without the gate's decision (encrypted, or plaintext the
    /// policy allows). `local_id` comes back in [`XmppEvent::MessageError`] if it bounces.
    pub fn send_chat(
        &mut self,
        to: &Jid,
        body: &WireBody,
        local_id: LocalId,
    ) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        let id = self.next_id();
        let extras = message::extras(body, self.activity);
        self.send_tracked(message::chat(to, &id, body, &extras), local_id);
        self.remember_sent(id, local_id);
        Ok(())
    }

    /// Keeps a sent message's stanza id, to name its `LocalId` if an error comes back.
    fn remember_sent(&mut self, id: String, local_id: LocalId) {
        if self.sent_messages.len() >= REMEMBERED_MESSAGE_IDS {
            self.sent_messages.pop_front();
        }
        self.sent_messages.push_back((id, local_id));
    }

    /// The `LocalId` of the recently sent message with stanza id `id`.
    fn sent_local_id(&self, id: Option<&str>) -> Option<LocalId> {
        let id = id?;
        self.sent_messages
            .iter()
            .find(|(sent, _)| sent == id)
            .map(|(_, local)| *local)
    }

    /// Whether chat states and receipts are sent, answered and reported; for the rest of
    /// this stream (the caller sets it again on the next one).
    pub fn set_activity_sharing(&mut self, sharing: ActivitySharing) {
        self.activity = sharing;
    }

    /// Tells `to` our chat state (XEP-0085), e.g. typing. Does nothing unless chat states
    /// are shared: the caller need not check.
    pub fn send_chat_state(&mut self, to: &Jid, state: ChatState) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        if self.activity.chat_states {
            let id = self.next_id();
            self.send(message::chat_state(to, &id, state));
        }
        Ok(())
    }

    /// Joins `room` (a bare address) as `nick` (XEP-0045 §7.2.2). Answered by
    /// [`XmppEvent::RoomJoined`] or [`XmppEvent::RoomError`].
    pub fn join_room(
        &mut self,
        room: &Jid,
        nick: &str,
        password: Option<&Password>,
        history: History,
    ) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        if !room.is_bare() || room.local().is_none() {
            return Err(XmppError::InvalidRoom {
                reason: "a room address is name@service, without a nick",
            });
        }
        if !room::valid_nick(nick) {
            return Err(XmppError::InvalidRoom {
                reason: "the nick is empty, too long or has characters an address cannot carry",
            });
        }
        if self.rooms.contains(room) {
            return Err(XmppError::InvalidRoom {
                reason: "already in that room, or joining it",
            });
        }
        if self.rooms.len() >= MAX_ROOMS {
            return Err(XmppError::InvalidRoom {
                reason: "too many rooms at once",
            });
        }
        let own = self.own_presence.children();
        let presence = self.rooms.join(room, nick, password, history, &own);
        self.send(presence);
        Ok(())
    }

    /// Joins `room` like [`Client::join_room`]; if this join creates it, asks for its
    /// configuration form ([`XmppEvent::RoomConfigurationForm`]) instead of accepting the
    /// default configuration (XEP-0045 §10.1.3: a "reserved room"). An existing room is
    /// simply joined.
    pub fn create_room(
        &mut self,
        room: &Jid,
        nick: &str,
        password: Option<&Password>,
        history: History,
    ) -> Result<(), XmppError> {
        self.join_room(room, nick, password, history)?;
        self.rooms.configure_if_new(room);
        Ok(())
    }

    /// Asks a room we own for its configuration form (XEP-0045 §10.2); answered by
    /// [`XmppEvent::RoomConfigurationForm`] or [`XmppEvent::RoomRequestFailed`].
    pub fn request_room_configuration(&mut self, room: &Jid) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        if !self.rooms.is_joined(room) {
            return Err(XmppError::NotInRoom);
        }
        self.room_request(room, RoomRequest::FetchConfiguration, |id| {
            room::config_request(room, id)
        });
        Ok(())
    }

    /// Answers the room's last configuration form: the fields in `answers` get their new
    /// values, every other field keeps the value the form came with. Answers that do not fit
    /// the form are refused here ([`XmppError::InvalidForm`]) and the form stays open.
    /// Answered by [`XmppEvent::RoomConfigured`] or [`XmppEvent::RoomRequestFailed`].
    pub fn submit_room_configuration(
        &mut self,
        room: &Jid,
        answers: &[FieldAnswer],
    ) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        let form = self.room_forms.get(room).ok_or(XmppError::InvalidForm {
            reason: "the room sent no configuration form to answer",
        })?;
        let submitted = form.submission(answers)?;
        self.room_forms.remove(room);
        self.room_request(room, RoomRequest::SubmitConfiguration, |id| {
            room::config_answer(room, id, &submitted)
        });
        Ok(())
    }

    /// Cancels the room's configuration form (XEP-0045 §10.1.3): an existing room stays as
    /// it was; a room we just created is destroyed, as the XEP asks of the service. A service
    /// that only acknowledges the cancellation (Prosody does) would keep the room locked and
    /// empty until it expires, so it is also asked to destroy it ([`XmppEvent::RoomLeft`]
    /// with [`LeftReason::Destroyed`] follows).
    pub fn cancel_room_configuration(&mut self, room: &Jid) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        if self.room_forms.remove(room).is_none() {
            return Err(XmppError::InvalidForm {
                reason: "the room sent no configuration form to cancel",
            });
        }
        self.room_request(room, RoomRequest::CancelConfiguration, |id| {
            room::config_answer(room, id, room::CANCELLED_FORM)
        });
        if self.rooms.is_unconfigured(room) {
            self.room_request(room, RoomRequest::CancelConfiguration, |id| {
                room::destroy(room, id, None)
            });
        }
        Ok(())
    }

    /// Sets our availability and status message. Online, it goes to contacts at once and to
    /// each room we are in; before that, it is the presence the next login announces.
    pub fn set_presence(&mut self, presence: OwnPresence) {
        self.own_presence = presence;
        if self.state != State::Online {
            return;
        }
        self.send(self.own_presence.stanza(None));
        for occupant in self.rooms.own_occupant_addresses() {
            self.send(self.own_presence.stanza(Some(&occupant)));
        }
    }

    /// Adds `contact` to the roster with `name`, and asks to see their presence (RFC 6121
    /// §2.3, §3.1.1). The server answers with roster pushes ([`XmppEvent::RosterPushed`]).
    pub fn add_contact(&mut self, contact: &Jid, name: Option<&str>) -> Result<(), XmppError> {
        self.roster_change(|id| roster::set(id, contact, name, &[]))?;
        self.send(roster::subscription(contact, "subscribe"));
        Ok(())
    }

    /// Gives `contact` another name (or none) in the roster (RFC 6121 §2.4).
    pub fn rename_contact(&mut self, contact: &Jid, name: Option<&str>) -> Result<(), XmppError> {
        // The contact stays in the groups it is in (a roster set without them would drop them).
        let groups = self
            .roster
            .get(&contact.bare())
            .map(|listed| listed.groups.clone())
            .unwrap_or_default();
        self.roster_change(|id| roster::set(id, contact, name, &groups))
    }

    /// Puts `contact` in exactly these roster groups (none: in no group), keeping its name
    /// (RFC 6121 §2.4: a roster set replaces the whole item). The names are cleaned as
    /// [`crate::clean_groups`] says. The server answers with a roster push.
    pub fn set_contact_groups(
        &mut self,
        contact: &Jid,
        groups: &[String],
    ) -> Result<(), XmppError> {
        let name = self
            .roster
            .get(&contact.bare())
            .and_then(|listed| listed.name.clone());
        self.roster_change(|id| roster::set(id, contact, name.as_deref(), groups))
    }

    /// Removes `contact` from the roster, which also ends both subscriptions (RFC 6121 §2.5).
    pub fn remove_contact(&mut self, contact: &Jid) -> Result<(), XmppError> {
        self.roster_change(|id| roster::remove(id, contact))
    }

    /// Answers a [`XmppEvent::SubscriptionRequested`]. Approving also asks to see the
    /// contact's presence in return, as people expect of a contact they accepted; denying
    /// says `unsubscribed` (RFC 6121 §3.2) and nothing else.
    pub fn answer_subscription(&mut self, contact: &Jid, approve: bool) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        if approve {
            self.send(roster::subscription(contact, "subscribed"));
            self.send(roster::subscription(contact, "subscribe"));
        } else {
            self.send(roster::subscription(contact, "unsubscribed"));
        }
        Ok(())
    }

    fn roster_change(&mut self, request: impl FnOnce(&str) -> String) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        let id = self.next_id();
        self.send(request(&id));
        Ok(())
    }

    /// What the next connection needs to carry on where this one broke: the stream to
    /// resume, what the server has not acknowledged, and the rooms we are in. Call it once the
    /// connection is gone, and hand it to the next client with [`Client::resume_from`].
    pub fn take_resumption(&mut self) -> Resumption {
        Resumption {
            sm: std::mem::take(&mut self.sm),
            rooms: std::mem::take(&mut self.rooms),
            bound: self.bound.clone(),
            roster: std::mem::take(&mut self.roster),
        }
    }

    /// Before [`Client::start`]: resume the stream a broken connection left (XEP-0198 §5).
    /// When the server can, it delivers what it held and we send what it had not
    /// acknowledged ([`XmppEvent::Resumed`]); otherwise a new session starts as usual
    /// ([`XmppEvent::Online`]) and the user's messages it had not acknowledged are sent again
    /// with their ids.
    pub fn resume_from(&mut self, resumption: Resumption) {
        self.resumption = Some(resumption);
    }

    /// Whether we are in `room` (bare address) or joining it.
    pub fn is_in_room(&self, room: &Jid) -> bool {
        self.rooms.contains(&room.bare())
    }

    /// Leaves `room`; answered by [`XmppEvent::RoomLeft`] when the room confirms.
    pub fn leave_room(&mut self, room: &Jid) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        let presence = self.rooms.leave(room).ok_or(XmppError::NotInRoom)?;
        self.send(presence);
        Ok(())
    }

    /// Sends a message to everyone in `room`. Room messages are never private: this path
    /// takes a [`RoomBody`], never a gate-released `WireBody`. `local_id` comes back in
    /// [`RoomError::MessageRefused`] if the room refuses it.
    pub fn send_room_message(
        &mut self,
        room: &Jid,
        body: &RoomBody,
        local_id: LocalId,
    ) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        if !self.rooms.is_joined(room) {
            return Err(XmppError::NotInRoom);
        }
        let id = self.next_id();
        self.send(room::groupchat(room, &id, body));
        self.remember_sent(id, local_id);
        Ok(())
    }

    /// Acts on the occupant `nick` of `room` as a moderator (kick, voice, moderator) or an
    /// admin (ban, by the occupant's real address, which the room must show us). Refusals
    /// come back as [`XmppEvent::RoomRequestFailed`]; success as the occupant's new presence.
    pub fn moderate_room(
        &mut self,
        room: &Jid,
        nick: &str,
        action: Moderation,
        reason: Option<&MessageText>,
    ) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        if !self.rooms.is_joined(room) {
            return Err(XmppError::NotInRoom);
        }
        if !room::valid_nick(nick) {
            return Err(XmppError::InvalidRoom {
                reason: "the nick is empty, too long or has characters an address cannot carry",
            });
        }
        let target = if action == Moderation::Ban {
            self.rooms
                .occupant_address(room, nick)
                .ok_or(XmppError::InvalidRoom {
                    reason: "the room does not show this occupant's address, so it cannot ban them",
                })?
                .to_string()
        } else {
            nick.to_owned()
        };
        self.room_request(room, RoomRequest::Moderate(action), |id| {
            room::moderation(room, id, action, &target, reason)
        });
        Ok(())
    }

    /// Destroys `room`, which we own (XEP-0045 §10.9). Answered by [`XmppEvent::RoomLeft`]
    /// with [`LeftReason::Destroyed`], or [`XmppEvent::RoomRequestFailed`].
    pub fn destroy_room(
        &mut self,
        room: &Jid,
        reason: Option<&MessageText>,
    ) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        if !self.rooms.is_joined(room) {
            return Err(XmppError::NotInRoom);
        }
        self.room_request(room, RoomRequest::Destroy, |id| {
            room::destroy(room, id, reason)
        });
        Ok(())
    }

    /// Invites `invitee` to `room` through the room (XEP-0045 §7.8.2), which adds its
    /// password if it has one.
    pub fn invite_to_room(
        &mut self,
        room: &Jid,
        invitee: &Jid,
        reason: Option<&MessageText>,
    ) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        if !self.rooms.is_joined(room) {
            return Err(XmppError::NotInRoom);
        }
        if invitee.local().is_none() {
            return Err(XmppError::InvalidRoom {
                reason: "an invitation goes to a person's address, name@server",
            });
        }
        let invitee = invitee.bare();
        self.room_request(room, RoomRequest::Invite, |id| {
            room::invite(room, id, &invitee, reason)
        });
        Ok(())
    }

    /// Sets the subject of `room` (XEP-0045 §8.1), or clears it with an empty text. The room
    /// sends the new subject to everyone ([`XmppEvent::RoomSubject`]), or refuses
    /// ([`XmppEvent::RoomRequestFailed`]).
    pub fn set_room_subject(&mut self, room: &Jid, subject: &RoomBody) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        if !self.rooms.is_joined(room) {
            return Err(XmppError::NotInRoom);
        }
        self.room_request(room, RoomRequest::Subject, |id| {
            room::subject(room, id, subject)
        });
        Ok(())
    }

    /// Asks `room` for another nick (XEP-0045 §7.6). Answered by [`XmppEvent::RoomNickChanged`]
    /// and a `Renamed` occupant change, or [`XmppEvent::RoomError`] (the nick is taken or
    /// refused; we keep the old one).
    pub fn change_room_nick(&mut self, room: &Jid, nick: &str) -> Result<(), XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        if !self.rooms.is_joined(room) {
            return Err(XmppError::NotInRoom);
        }
        if !room::valid_nick(nick) {
            return Err(XmppError::InvalidRoom {
                reason: "the nick is empty, too long or has characters an address cannot carry",
            });
        }
        let own = self.own_presence.children();
        self.send(room::nick_change(room, nick, &own));
        Ok(())
    }

    /// Sends a room request and remembers it until the room answers; the oldest is
    /// forgotten (its answer then goes unreported) when too many wait.
    fn room_request(
        &mut self,
        room: &Jid,
        request: RoomRequest,
        stanza: impl FnOnce(&str) -> String,
    ) {
        let id = self.next_id();
        self.send(stanza(&id));
        if self.room_requests.len() >= PENDING_ROOM_REQUESTS {
            self.room_requests.pop_front();
        }
        self.room_requests.push_back((id, room.clone(), request));
    }

    /// Saves (or replaces) a bookmark. Answered by [`XmppEvent::Bookmarks`] with the new
    /// list, or [`XmppEvent::BookmarksFailed`].
    pub fn add_bookmark(&mut self, bookmark: Bookmark) -> Result<(), XmppError> {
        let store = self.bookmarks_ready()?;
        if !bookmark.room.is_bare() || bookmark.room.local().is_none() {
            return Err(XmppError::InvalidRoom {
                reason: "a room address is name@service, without a nick",
            });
        }
        if bookmark
            .nick
            .as_deref()
            .is_some_and(|n| !room::valid_nick(n))
        {
            return Err(XmppError::InvalidRoom {
                reason: "the nick is empty, too long or has characters an address cannot carry",
            });
        }
        let id = self.next_id();
        let request = match store {
            BookmarkStore::Pep => bookmarks::publish(&id, &bookmark),
            BookmarkStore::PrivateXml => String::new(),
        };
        self.bookmarks.retain(|b| b.room != bookmark.room);
        self.bookmarks.push(bookmark);
        let request = if request.is_empty() {
            bookmarks::store_all(&id, &self.bookmarks)
        } else {
            request
        };
        self.send(request);
        self.bookmark_writes.push(id);
        Ok(())
    }

    /// Removes the bookmark of `room`.
    pub fn remove_bookmark(&mut self, room: &Jid) -> Result<(), XmppError> {
        let store = self.bookmarks_ready()?;
        self.bookmarks.retain(|b| b.room != *room);
        let id = self.next_id();
        let request = match store {
            BookmarkStore::Pep => bookmarks::retract(&id, room),
            BookmarkStore::PrivateXml => bookmarks::store_all(&id, &self.bookmarks),
        };
        self.send(request);
        self.bookmark_writes.push(id);
        Ok(())
    }

    fn bookmarks_ready(&self) -> Result<BookmarkStore, XmppError> {
        if self.state != State::Online {
            return Err(XmppError::NotOnline);
        }
        // Writing before the list is read would overwrite XEP-0048 storage with our few.
        match (self.bookmark_store, &self.bookmarks_fetch_id) {
            (Some(store), None) => Ok(store),
            _ => Err(XmppError::BookmarksNotReady),
        }
    }

    /// Ends the stream: sends the closing tag and asks the driver to close.
    pub fn close(&mut self) {
        if matches!(self.state, State::Closed) {
            return;
        }
        if self.stream_open() {
            self.send("</stream:stream>".to_owned());
        }
        self.state = State::Closed;
        self.actions
            .push_back(Action::Close(CloseReason::Requested));
    }

    /// Whether the client is logged in and bound.
    pub fn is_online(&self) -> bool {
        self.state == State::Online
    }

    fn receive(&mut self, bytes: &[u8]) -> Result<(), XmppError> {
        for piece in bytes.chunks(INPUT_PIECE_BYTES) {
            if self.state == State::AwaitingTls {
                return Err(XmppError::DataAfterStartTls);
            }
            self.parser.push(piece)?;
            while let Some(event) = self.parser.next_event()? {
                self.dispatch(event)?;
                if self.state == State::Closed {
                    return Ok(());
                }
                if self.state == State::AwaitingTls && self.parser.has_unparsed_input() {
                    return Err(XmppError::DataAfterStartTls);
                }
            }
        }
        Ok(())
    }

    fn dispatch(&mut self, event: StreamEvent) -> Result<(), XmppError> {
        match event {
            StreamEvent::Header(header) => {
                if self.state != State::AwaitingHeader {
                    return Err(XmppError::BadStreamHeader {
                        reason: "a second stream header",
                    });
                }
                if header.version.as_deref() != Some("1.0") {
                    return Err(XmppError::BadStreamHeader {
                        reason: "the server does not speak XMPP 1.0",
                    });
                }
                self.state = State::AwaitingFeatures;
                Ok(())
            }
            StreamEvent::End => {
                if self.stream_open() {
                    self.send("</stream:stream>".to_owned());
                }
                self.state = State::Closed;
                self.actions
                    .push_back(Action::Close(CloseReason::ServerClosed));
                Ok(())
            }
            StreamEvent::Stanza(element) => {
                if element.is("error", NS_STREAM) {
                    return Err(XmppError::StreamError {
                        condition: element
                            .condition_in(NS_STREAMS_ERRORS)
                            .unwrap_or("undefined-condition")
                            .to_owned(),
                    });
                }
                self.stanza(&element)
            }
        }
    }

    fn stanza(&mut self, element: &Element) -> Result<(), XmppError> {
        match self.state {
            State::AwaitingFeatures if element.is("features", NS_STREAM) => self.features(element),
            State::AwaitingFeatures => Err(XmppError::UnexpectedElement {
                during: "waiting for stream features",
            }),
            State::AwaitingProceed if element.is("proceed", NS_TLS) => {
                self.state = State::AwaitingTls;
                self.actions.push_back(Action::StartTls);
                Ok(())
            }
            State::AwaitingProceed if element.is("failure", NS_TLS) => {
                Err(XmppError::StartTlsRefused)
            }
            State::AwaitingProceed => Err(XmppError::UnexpectedElement {
                during: "starting TLS",
            }),
            State::Authenticating => self.authentication(element),
            State::Binding | State::EstablishingSession => self.binding(element),
            State::Resuming => self.resuming(element),
            State::AwaitingRegistrationForm | State::AwaitingRegistrationResult => {
                self.registration(element)
            }
            State::Online if *element.ns == *NS_SM => {
                self.stream_management(element);
                Ok(())
            }
            State::Online => {
                self.online(element);
                if matches!(element.name.as_ref(), "message" | "presence" | "iq") {
                    self.sm.received();
                }
                Ok(())
            }
            State::Idle | State::AwaitingTls | State::AwaitingHeader | State::Closed => {
                Err(XmppError::UnexpectedElement {
                    during: "no stream was open",
                })
            }
        }
    }

    fn features(&mut self, features: &Element) -> Result<(), XmppError> {
        match self.phase {
            Phase::BeforeTls => {
                if features.child("starttls", NS_TLS).is_none() {
                    return Err(XmppError::TlsNotOffered);
                }
                self.send(format!("<starttls xmlns='{NS_TLS}'/>"));
                self.state = State::AwaitingProceed;
            }
            Phase::BeforeAuth if self.config.register => {
                // Whether or not the server announces registration (XEP-0077 §4, a SHOULD),
                // asking is what tells: a server that does not offer it answers with an error.
                let id = self.next_id();
                self.send(register::request(&id));
                self.pending_id = Some(id);
                self.state = State::AwaitingRegistrationForm;
            }
            Phase::BeforeAuth => {
                let (session, auth) = match &self.config.password {
                    Some(password) => SaslSession::start(
                        features,
                        &self.binding,
                        self.config.minimum_mechanism,
                        self.config.account.local().unwrap_or_default(),
                        password.reveal(),
                    )?,
                    None => SaslSession::start_anonymous(features)?,
                };
                self.sasl = Some(session);
                self.send(auth);
                self.state = State::Authenticating;
            }
            Phase::AfterAuth => {
                if features.child("bind", bind::NS_BIND).is_none() {
                    return Err(XmppError::UnexpectedElement {
                        during: "binding (the server offers no resource binding)",
                    });
                }
                self.session_required = bind::session_required(features);
                self.sm_offered = features.child("sm", NS_SM).is_some();
                if self.sm_offered
                    && let Some(request) =
                        self.resumption.as_ref().and_then(|r| r.sm.resume_request())
                {
                    self.send(request);
                    self.state = State::Resuming;
                    return Ok(());
                }
                let id = self.next_id();
                self.send(bind::request(&id, &self.config.resource));
                self.pending_id = Some(id);
                self.state = State::Binding;
            }
        }
        Ok(())
    }

    fn authentication(&mut self, element: &Element) -> Result<(), XmppError> {
        let Some(session) = self.sasl.as_mut() else {
            return Err(XmppError::Internal {
                reason: "authenticating without a SASL session",
            });
        };
        if element.is("challenge", NS_SASL) {
            let response = session.challenge(element)?;
            self.send(response);
            Ok(())
        } else if element.is("success", NS_SASL) {
            session.success(element)?;
            self.mechanism = Some(session.mechanism());
            self.sasl = None;
            self.phase = Phase::AfterAuth;
            self.parser.restart();
            self.open_stream();
            Ok(())
        } else if element.is("failure", NS_SASL) {
            Err(XmppError::AuthenticationFailed {
                condition: element
                    .condition_in(NS_SASL)
                    .unwrap_or("not-authorized")
                    .to_owned(),
            })
        } else {
            Err(XmppError::UnexpectedElement {
                during: "logging in",
            })
        }
    }

    fn binding(&mut self, element: &Element) -> Result<(), XmppError> {
        let ours = element.is("iq", NS_CLIENT)
            && element.attr("id").is_some()
            && element.attr("id") == self.pending_id.as_deref();
        if !ours {
            // Anything else before we are bound is answered as when online (pings, errors).
            self.online(element);
            return Ok(());
        }
        match (element.attr("type"), self.state) {
            (Some("result"), State::Binding) => {
                let bound = bind::bound_jid(element).ok_or(XmppError::BindFailed {
                    condition: "no address in the bind result".to_owned(),
                })?;
                self.adopt_bound(bound);
                if self.session_required {
                    let id = self.next_id();
                    self.send(bind::session_request(&id));
                    self.pending_id = Some(id);
                    self.state = State::EstablishingSession;
                } else {
                    self.go_online();
                }
                Ok(())
            }
            (Some("result"), _) => {
                self.go_online();
                Ok(())
            }
            _ => Err(XmppError::BindFailed {
                condition: element
                    .child("error", NS_CLIENT)
                    .and_then(|error| error.condition_in(crate::element::NS_STANZAS))
                    .unwrap_or("undefined-condition")
                    .to_owned(),
            }),
        }
    }

    /// Registration mode: the form, then the server's verdict on our answer.
    fn registration(&mut self, element: &Element) -> Result<(), XmppError> {
        let ours = element.is("iq", NS_CLIENT)
            && element.attr("id").is_some()
            && element.attr("id") == self.pending_id.as_deref();
        if !ours {
            // Nothing else is expected before login; requests are answered, not acted on.
            if element.is("iq", NS_CLIENT)
                && matches!(element.attr("type"), Some("get" | "set"))
                && let Some(id) = element.attr("id")
            {
                let reply = iq::service_unavailable(element, id);
                self.send(reply);
            }
            return Ok(());
        }
        if element.attr("type") != Some("result") {
            let (refusal, text) = register::refusal(element);
            return Err(XmppError::RegistrationRefused { refusal, text });
        }
        match self.state {
            State::AwaitingRegistrationForm => {
                let submission: Submission =
                    register::plan(element).map_err(|form| XmppError::RegistrationRefused {
                        refusal: RegistrationRefusal::FormNotSupported(form),
                        text: None,
                    })?;
                let id = self.next_id();
                let Some(password) = &self.config.password else {
                    return Err(XmppError::Internal {
                        reason: "registering a temporary account",
                    });
                };
                let username = self.config.account.local().unwrap_or_default().to_owned();
                self.send(register::submit(
                    &id,
                    &submission,
                    &username,
                    password.reveal(),
                ));
                self.pending_id = Some(id);
                self.state = State::AwaitingRegistrationResult;
            }
            _ => {
                self.pending_id = None;
                self.event(XmppEvent::Registered {
                    account: self.config.account.clone(),
                });
                self.close();
            }
        }
        Ok(())
    }

    /// The server bound `bound`. A temporary login learns its own address only here: from now
    /// on it is the account every own-account check compares with.
    fn adopt_bound(&mut self, bound: Jid) {
        if self.config.is_temporary() {
            self.config.account = bound.bare();
        }
        self.bound = Some(bound);
    }

    /// Bound: fetch the roster, then send initial presence (RFC 6121 §2.2 asks for the roster
    /// first, so that the presences that follow can be matched to contacts).
    fn go_online(&mut self) {
        self.pending_id = None;
        // First, so that everything that follows is counted.
        if self.sm_offered {
            let enable = self.sm.enable();
            self.send(enable.to_owned());
        }
        // A new session after a stream that could not be resumed: the user's messages it
        // had not acknowledged go again, unchanged; its rooms are the caller's to rejoin.
        if let Some(mut old) = self.resumption.take() {
            for message in old.sm.lost() {
                self.send_tracked(message.xml, message.local_id);
            }
        }
        let id = self.next_id();
        self.send(roster::request(&id));
        self.roster_id = Some(id);
        self.send(self.own_presence.stanza(None));
        let id = self.next_id();
        self.send(bookmarks::disco_request(&id, &self.config.account));
        self.disco_id = Some(id);
        let id = self.next_id();
        let request = self.services.start(id, self.config.account.domain());
        self.send(request);
        // Carbons (XEP-0280), so that a conversation shows what the user's other devices
        // sent and received. A server without them answers with an error, which is ignored
        // like every unawaited result: asking first would cost a round trip for nothing.
        let id = self.next_id();
        self.send(message::enable_carbons(&id));
        self.state = State::Online;
        if let (Some(bound_jid), Some(mechanism)) = (self.bound.clone(), self.mechanism) {
            self.event(XmppEvent::Online {
                bound_jid,
                mechanism,
            });
        }
    }

    fn online(&mut self, element: &Element) {
        if *element.ns != *NS_CLIENT {
            return;
        }
        match element.name.as_ref() {
            "message" => self.message(element),
            "presence" => {
                if let Some(room) = self.room_of(element) {
                    self.heard_from(&room);
                    let (events, send) = self.rooms.presence(&room, element);
                    if let Some(send) = send {
                        self.send(send);
                    }
                    for event in events {
                        self.room_event(event);
                    }
                } else if element.attr("type") == Some("subscribe") {
                    if let Some(from) = element.attr("from").and_then(|f| Jid::parse(f).ok()) {
                        self.event(XmppEvent::SubscriptionRequested { from: from.bare() });
                    }
                } else if let Some(update) = presence::parse(element) {
                    self.event(XmppEvent::PresenceChanged {
                        from: update.from,
                        available: update.available,
                        show: update.show,
                        status: update.status,
                    });
                }
            }
            "iq" => self.iq(element),
            _ => {}
        }
    }

    /// Anything from a room shows we are still in it: its self-ping waits longer.
    fn heard_from(&mut self, room: &Jid) {
        if let Some(now) = self.last_received {
            self.rooms.heard(room, now);
        }
    }

    /// The answer to a self-ping (XEP-0410): still in, or dropped without a word and joined
    /// again at once.
    fn self_ping_answer(&mut self, room: Jid, element: &Element) {
        let condition = (element.attr("type") == Some("error")).then(|| stanza_condition(element));
        if SelfPing::of(condition.as_deref()) != SelfPing::NotJoined {
            return;
        }
        let own = self.own_presence.children();
        if let Some(join) = self.rooms.rejoin(&room, &own) {
            self.event(XmppEvent::RoomLeft {
                room,
                reason: LeftReason::Dropped,
            });
            self.send(join);
        }
    }

    /// The room a stanza comes from, if it is one we are in or joining.
    fn room_of(&self, element: &Element) -> Option<Jid> {
        if self.rooms.len() == 0 {
            return None;
        }
        let from = Jid::parse(element.attr("from")?).ok()?.bare();
        self.rooms.contains(&from).then_some(from)
    }

    fn room_event(&mut self, event: RoomEvent) {
        if let RoomEvent::Joined { room, facts, .. } = &event
            && facts.created
        {
            // A room we created stays locked to everyone else until its owner configures it:
            // the user's form, or else the defaults at once, as the other clients do.
            let room = room.clone();
            if self.rooms.created(&room) {
                self.room_request(&room, RoomRequest::FetchConfiguration, |id| {
                    room::config_request(&room, id)
                });
            } else {
                self.room_request(&room, RoomRequest::Configure, |id| {
                    room::instant_config(&room, id)
                });
            }
        }
        if let RoomEvent::Left { room, .. } = &event {
            self.room_forms.remove(room);
        }
        let event = match event {
            RoomEvent::Joined {
                room,
                nick,
                facts,
                occupants,
            } => XmppEvent::RoomJoined {
                room,
                nick,
                facts,
                occupants,
            },
            RoomEvent::Occupants { room, change } => XmppEvent::RoomOccupants { room, change },
            RoomEvent::OwnNickChanged { room, nick } => XmppEvent::RoomNickChanged { room, nick },
            RoomEvent::Message {
                room,
                nick,
                id,
                text,
                delay,
                own,
            } => XmppEvent::RoomMessage {
                room,
                nick,
                id,
                text,
                delay,
                own,
            },
            RoomEvent::Subject {
                room,
                nick,
                subject,
            } => XmppEvent::RoomSubject {
                room,
                nick,
                subject,
            },
            RoomEvent::Left { room, reason } => XmppEvent::RoomLeft { room, reason },
            RoomEvent::Error { room, error } => XmppEvent::RoomError { room, error },
        };
        self.event(event);
    }

    fn message(&mut self, element: &Element) {
        // A refused invitation comes back as a message error with its id.
        if element.attr("type") == Some("error")
            && let Some(id) = element.attr("id")
            && let Some(at) = self.room_requests.iter().position(|(sent, ..)| sent == id)
            && let Some((_, room, request)) = self.room_requests.remove(at)
        {
            return self.event(XmppEvent::RoomRequestFailed {
                room,
                request,
                condition: stanza_condition(element),
            });
        }
        match message::carbon(element, &self.config.account) {
            Carbon::None => {}
            Carbon::Spoofed => return,
            Carbon::Received(inner) => {
                let room = self.room_of(inner);
                return self.chat(inner, true, room);
            }
            Carbon::Sent(inner) => return self.sent_elsewhere(inner),
        }
        if let Some(invitation) = room::invitation(element) {
            return self.event(XmppEvent::RoomInvitation(invitation));
        }
        let room = self.room_of(element);
        if let Some(room) = &room {
            self.heard_from(room);
        }
        if let Some(room) = &room
            && let Some(mut event) = self.rooms.message(room, element)
        {
            if let RoomEvent::Error {
                error: RoomError::MessageRefused { local_id, .. },
                ..
            } = &mut event
            {
                *local_id = self.sent_local_id(element.attr("id"));
            }
            return self.room_event(event);
        }
        self.chat(element, false, room);
    }

    /// A one-to-one message, received here or (`carbon`) by another of our devices; `room`
    /// is the room its sender is an occupant of, if any.
    fn chat(&mut self, element: &Element, carbon: bool, room: Option<Jid>) {
        // A copied bounce is about another device's message.
        if carbon && element.attr("type") == Some("error") {
            return;
        }
        if !carbon && element.attr("type") != Some("error") {
            self.activity_of(element, room.is_some());
        }
        match message::parse(element, &self.config.account) {
            Incoming::Chat {
                from,
                id,
                text,
                delay,
            } => {
                // Another device's OTR session: not ours to decrypt or answer.
                if carbon && message::is_otr(text.reveal()) {
                    return;
                }
                // A message sent again after its sender's connection broke (XEP-0198) comes
                // with the id it had: shown once.
                if let Some(id) = &id {
                    let key = (from.bare_str().to_owned(), id.clone());
                    if self.recent_chat_keys.contains(&key) {
                        return;
                    }
                    if self.recent_chats.len() >= REMEMBERED_MESSAGE_IDS
                        && let Some(oldest) = self.recent_chats.pop_front()
                    {
                        self.recent_chat_keys.remove(&oldest);
                    }
                    self.recent_chat_keys.insert(key.clone());
                    self.recent_chats.push_back(key);
                }
                self.event(XmppEvent::ChatReceived {
                    from,
                    id,
                    text,
                    delay,
                    in_room: room.is_some(),
                });
            }
            Incoming::Error {
                from,
                id,
                condition,
            } => {
                let local_id = self.sent_local_id(id.as_deref());
                self.event(XmppEvent::MessageError {
                    from,
                    local_id,
                    condition,
                });
            }
            Incoming::Ignored => {}
        }
    }

    /// Chat states and receipts a message carries: acted on only while the user shares
    /// them, so that with the defaults nothing tells a contact the user is there.
    fn activity_of(&mut self, element: &Element, in_room: bool) {
        if !self.activity.receipts && !self.activity.chat_states {
            return;
        }
        let Some(from) = element.attr("from").and_then(|from| Jid::parse(from).ok()) else {
            return;
        };
        if self.activity.receipts {
            if let Some(received) = element.child("received", message::NS_RECEIPTS)
                && let Some(id) = received.attr("id")
                && let Some(local_id) = self
                    .sent_messages
                    .iter()
                    .find(|(sent, _)| sent == id)
                    .map(|(_, local)| *local)
            {
                self.event(XmppEvent::MessageDelivered {
                    from: from.clone(),
                    local_id,
                });
            }
            // Only a message with a body is receipted (XEP-0184 §5.4), never one from a room
            // occupant, who did not ask us for our address, and only for a contact the user
            // lets see their presence: to anyone else a receipt would tell when the user is
            // online and reading, which the user's presence does not tell them.
            if !in_room
                && self.may_see_presence(&from)
                && element.child("request", message::NS_RECEIPTS).is_some()
                && message::body(element).is_some()
                && let Some(id) = element.attr("id")
            {
                let reply_id = self.next_id();
                self.send(message::receipt(&from, &reply_id, id));
            }
        }
        if self.activity.chat_states
            && !in_room
            && let Some(state) = ChatState::of(element)
        {
            self.event(XmppEvent::ChatStateReceived { from, state });
        }
    }

    /// A message another of our devices sent (a carbon's `<sent/>`).
    fn sent_elsewhere(&mut self, inner: &Element) {
        if !matches!(inner.attr("type"), None | Some("chat" | "normal")) {
            return;
        }
        let Some(to) = inner.attr("to").and_then(|to| Jid::parse(to).ok()) else {
            return;
        };
        let Some(body) = message::body(inner) else {
            return;
        };
        // Ciphertext of another device's session: nothing to show.
        if message::is_otr(&body) {
            return;
        }
        self.event(XmppEvent::ChatSentElsewhere {
            to,
            text: MessageText::new(body),
        });
    }

    fn iq(&mut self, element: &Element) {
        let Some(id) = element.attr("id").map(str::to_owned) else {
            return;
        };
        match element.attr("type") {
            Some("get" | "set") => {
                let reply = if element.child("ping", iq::NS_PING).is_some() {
                    iq::result(element, &id)
                } else if let Some(query) = element.child("query", iq::NS_DISCO_INFO)
                    && element.attr("type") == Some("get")
                {
                    iq::disco_info(element, query, &id)
                } else if let Some(query) = element.child("query", NS_ROSTER)
                    && element.attr("type") == Some("set")
                {
                    // RFC 6121 §2.1.6: only a push from our own account is genuine.
                    let from_account = element.attr("from").is_none_or(|from| {
                        Jid::parse(from).is_ok_and(|from| from == self.config.account)
                    });
                    if !from_account {
                        return;
                    }
                    let items = roster::items(query);
                    self.remember_roster(&items, false);
                    self.event(XmppEvent::RosterPushed(items));
                    iq::result(element, &id)
                } else {
                    iq::service_unavailable(element, &id)
                };
                self.send(reply);
            }
            Some("result" | "error") if self.services.owns(&id) => {
                match self.services.answer(&id, element) {
                    Step::Ask(items) => {
                        for item in items {
                            let id = self.next_id();
                            let request = self.services.ask(id, item);
                            self.send(request);
                        }
                    }
                    Step::Found(service) => self.event(XmppEvent::RoomService(service)),
                    Step::Wait => {}
                }
            }
            Some("result" | "error") if self.disco_id.as_deref() == Some(id.as_str()) => {
                self.disco_id = None;
                let store = if element.attr("type") == Some("result")
                    && bookmarks::offers_pep_bookmarks(element)
                {
                    BookmarkStore::Pep
                } else {
                    BookmarkStore::PrivateXml
                };
                self.bookmark_store = Some(store);
                let id = self.next_id();
                self.send(bookmarks::fetch(&id, store));
                self.bookmarks_fetch_id = Some(id);
            }
            Some(kind @ ("result" | "error"))
                if self.bookmarks_fetch_id.as_deref() == Some(id.as_str()) =>
            {
                self.bookmarks_fetch_id = None;
                let store = self.bookmark_store.unwrap_or(BookmarkStore::PrivateXml);
                let condition = stanza_condition(element);
                // item-not-found: no bookmark was ever saved (XEP-0402 §3.2).
                if kind == "error" && condition != "item-not-found" {
                    self.event(XmppEvent::BookmarksFailed { condition });
                    // Writing is still allowed: an unreadable list is treated as empty.
                }
                self.bookmarks = if kind == "result" {
                    bookmarks::parse_result(element, store)
                } else {
                    Vec::new()
                };
                self.event(XmppEvent::Bookmarks {
                    store,
                    bookmarks: self.bookmarks.clone(),
                });
            }
            Some(kind @ ("result" | "error")) if self.bookmark_writes.contains(&id) => {
                self.bookmark_writes.retain(|w| *w != id);
                if kind == "error" {
                    self.event(XmppEvent::BookmarksFailed {
                        condition: stanza_condition(element),
                    });
                } else if let Some(store) = self.bookmark_store {
                    self.event(XmppEvent::Bookmarks {
                        store,
                        bookmarks: self.bookmarks.clone(),
                    });
                }
            }
            Some("result" | "error")
                if let Some(now) = self.last_received
                    && let Some(room) = self.rooms.self_ping_answered(&id, now) =>
            {
                self.self_ping_answer(room, element);
            }
            Some(kind @ ("result" | "error"))
                if self.room_requests.iter().any(|(sent, ..)| *sent == id) =>
            {
                let Some(at) = self.room_requests.iter().position(|(sent, ..)| *sent == id) else {
                    return;
                };
                let Some((_, room, request)) = self.room_requests.remove(at) else {
                    return;
                };
                if kind == "error" {
                    let condition = stanza_condition(element);
                    // The service destroyed the cancelled room itself, as XEP-0045 asks.
                    if request == RoomRequest::CancelConfiguration && condition == "item-not-found"
                    {
                        return;
                    }
                    self.event(XmppEvent::RoomRequestFailed {
                        room,
                        request,
                        condition,
                    });
                    return;
                }
                // Other successes show in the room itself (presence, a destroyed room's
                // goodbye).
                match request {
                    RoomRequest::FetchConfiguration => self.room_form(room, element),
                    RoomRequest::SubmitConfiguration => {
                        self.rooms.configured(&room);
                        self.event(XmppEvent::RoomConfigured { room });
                    }
                    RoomRequest::Configure => self.rooms.configured(&room),
                    _ => {}
                }
            }
            Some("result") if self.roster_id.as_deref() == Some(id.as_str()) => {
                self.roster_id = None;
                let items = element
                    .child("query", NS_ROSTER)
                    .map(roster::items)
                    .unwrap_or_default();
                self.remember_roster(&items, true);
                self.event(XmppEvent::RosterReceived(items));
            }
            // Results and errors are never answered (RFC 6120 §8.2.3).
            _ => {}
        }
    }

    /// A room's configuration form arrived: kept to check the answer against, and reported.
    fn room_form(&mut self, room: Jid, result: &Element) {
        let Some(x) = result
            .child("query", room::NS_MUC_OWNER)
            .and_then(|query| query.child("x", crate::form::NS_DATA))
        else {
            return self.event(XmppEvent::RoomRequestFailed {
                room,
                request: RoomRequest::FetchConfiguration,
                condition: "bad-request".to_owned(),
            });
        };
        // A room we left meanwhile has nothing left to configure.
        if !self.rooms.contains(&room) {
            return;
        }
        let form = DataForm::parse(x);
        self.room_forms.insert(room.clone(), form.clone());
        let new_room = self.rooms.is_unconfigured(&room);
        self.event(XmppEvent::RoomConfigurationForm {
            room,
            form,
            new_room,
        });
    }

    /// The rooms this stream was in; they end with it. The caller reports them left.
    pub fn rooms_left_with_stream(&mut self) -> Vec<Jid> {
        self.rooms.clear()
    }

    fn open_stream(&mut self) {
        // No xml:lang (it would reveal the user's locale) and no 'from' (RFC 6120 §4.7.1
        // makes it optional; the server learns the account at SASL anyway).
        let domain = escape(self.config.account.domain());
        self.send(format!(
            "<?xml version='1.0'?><stream:stream to='{domain}' version='1.0' \
             xmlns='{NS_CLIENT}' xmlns:stream='{NS_STREAM}'>"
        ));
        self.state = State::AwaitingHeader;
    }

    fn stream_open(&self) -> bool {
        !matches!(self.state, State::Idle | State::AwaitingTls | State::Closed)
    }

    /// Queues what a failed stream still sends, and the close.
    fn fail(&mut self, error: &XmppError) {
        // A TLS upgrade queued in this same call must not happen over a poisoned stream.
        self.actions
            .retain(|action| !matches!(action, Action::StartTls));
        if self.stream_open() {
            let closing = match error.stream_condition() {
                Some(condition) => format!(
                    "<stream:error><{condition} xmlns='{NS_STREAMS_ERRORS}'/></stream:error>\
                     </stream:stream>"
                ),
                None => "</stream:stream>".to_owned(),
            };
            self.send(closing);
        }
        self.state = State::Closed;
        self.actions
            .push_back(Action::Close(CloseReason::Error(error.kind())));
    }

    fn send(&mut self, xml: String) {
        if self.sm.is_active()
            && (xml.starts_with("<message")
                || xml.starts_with("<presence")
                || xml.starts_with("<iq"))
        {
            self.sm.sent(&xml, None);
        }
        self.actions.push_back(Action::Send(xml.into_bytes()));
    }

    /// A user's message: kept until the server acknowledges it, and the acknowledgement
    /// asked for at once.
    fn send_tracked(&mut self, xml: String, local_id: LocalId) {
        if !self.sm.is_active() {
            self.actions.push_back(Action::Send(xml.into_bytes()));
            return;
        }
        self.sm.sent(&xml, Some(local_id));
        self.actions.push_back(Action::Send(xml.into_bytes()));
        self.actions
            .push_back(Action::Send(format!("<r xmlns='{NS_SM}'/>").into_bytes()));
    }

    /// Keeps each roster entry: its name and groups, which a later roster set must send
    /// again, and its subscription, which decides who gets receipts.
    fn remember_roster(&mut self, items: &[RosterItem], whole: bool) {
        if whole {
            self.roster.clear();
        }
        for item in items {
            if item.subscription == roster::Subscription::Remove {
                self.roster.remove(&item.jid);
            } else if self.roster.len() < roster::MAX_ROSTER_ITEMS
                || self.roster.contains_key(&item.jid)
            {
                self.roster.insert(
                    item.jid.clone(),
                    Listed {
                        name: item.name.clone(),
                        subscription: item.subscription,
                        groups: item.groups.clone(),
                    },
                );
            }
        }
    }

    /// Whether `from` is a contact in the roster who may see the user's presence
    /// (subscription "from" or "both", RFC 6121 §2.1.2.5).
    fn may_see_presence(&self, from: &Jid) -> bool {
        self.roster.get(&from.bare()).is_some_and(|listed| {
            matches!(
                listed.subscription,
                roster::Subscription::From | roster::Subscription::Both
            )
        })
    }

    /// The answer to `<resume/>`: `<resumed/>`, or `<failed/>` and a new session.
    fn resuming(&mut self, element: &Element) -> Result<(), XmppError> {
        let Some(mut resumption) = self.resumption.take() else {
            return Err(XmppError::Internal {
                reason: "resuming without a stream to resume",
            });
        };
        if element.is("resumed", NS_SM) {
            let h = element
                .attr("h")
                .and_then(|h| h.parse::<u32>().ok())
                .ok_or(XmppError::UnexpectedElement {
                    during: "resuming (no count in <resumed/>)",
                })?;
            let (acknowledged, again) = resumption.sm.resumed(h);
            self.sm = resumption.sm;
            self.rooms = resumption.rooms;
            if let Some(bound) = resumption.bound {
                self.adopt_bound(bound);
            }
            self.roster = resumption.roster;
            self.state = State::Online;
            for local_id in acknowledged {
                self.event(XmppEvent::MessageAcknowledged { local_id });
            }
            let bound_jid = self.bound.clone();
            if let (Some(bound_jid), Some(mechanism)) = (bound_jid, self.mechanism) {
                self.event(XmppEvent::Resumed {
                    bound_jid,
                    mechanism,
                });
            }
            for event in self.rooms.still_joined() {
                self.room_event(event);
            }
            for (xml, local_id) in again {
                match local_id {
                    Some(local_id) => self.send_tracked(xml, local_id),
                    None => self.send(xml),
                }
            }
            Ok(())
        } else if element.is("failed", NS_SM) {
            // The server forgot the stream: a new session, with the messages sent again.
            self.resumption = Some(resumption);
            let id = self.next_id();
            self.send(bind::request(&id, &self.config.resource));
            self.pending_id = Some(id);
            self.state = State::Binding;
            Ok(())
        } else {
            Err(XmppError::UnexpectedElement {
                during: "resuming the stream",
            })
        }
    }

    /// `<enabled/>`, `<failed/>`, `<r/>` and `<a/>` (XEP-0198 §3, §4).
    fn stream_management(&mut self, element: &Element) {
        match element.name.as_ref() {
            "enabled" => {
                let resumable = matches!(element.attr("resume"), Some("true" | "1"));
                let id = element
                    .attr("id")
                    .filter(|_| resumable)
                    .filter(|id| id.len() <= MAX_RESUME_ID_BYTES)
                    .map(str::to_owned);
                self.sm.enabled(id);
            }
            // Refused: messages stay "sent", as without stream management.
            "failed" => drop(self.sm.failed()),
            "r" => {
                let answer = self.sm.answer();
                self.actions.push_back(Action::Send(answer.into_bytes()));
            }
            "a" => {
                let Some(h) = element.attr("h").and_then(|h| h.parse::<u32>().ok()) else {
                    return;
                };
                for local_id in self.sm.acknowledged(h) {
                    self.event(XmppEvent::MessageAcknowledged { local_id });
                }
            }
            _ => {}
        }
    }

    fn event(&mut self, event: XmppEvent) {
        self.actions.push_back(Action::Event(event));
    }

    /// A stanza id: 128 bits derived from the caller's random seed and a counter, so ids are
    /// unique on this stream and tell a peer nothing (not how many messages were sent).
    fn next_id(&mut self) -> String {
        self.ids_issued = self.ids_issued.wrapping_add(1);
        let half = |lane: u8| {
            let mut hasher = DefaultHasher::new();
            (self.config.id_seed, self.ids_issued, lane).hash(&mut hasher);
            hasher.finish()
        };
        format!("{:016x}{:016x}", half(0), half(1))
    }
}

/// The stanza error condition of an error reply.
fn stanza_condition(element: &Element) -> String {
    element
        .child("error", NS_CLIENT)
        .and_then(|error| error.condition_in(crate::element::NS_STANZAS))
        .unwrap_or("undefined-condition")
        .to_owned()
}
