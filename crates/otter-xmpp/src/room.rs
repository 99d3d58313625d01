//! XEP-0045 multi-user chat, the occupant's side: joining with a nick (and optional password
//! and history limit), the occupant list from presence, groupchat messages and the subject,
//! leaving, and what the room says about how we left (kicked, banned, destroyed).
//!
//! Rooms are never private: their messages take a [`RoomBody`], a type the one-to-one send
//! path does not accept, and the one-to-one path's `WireBody` is not accepted here. Private
//! messages to an occupant are one-to-one messages to `room@service/nick` and go through the
//! OTR gate like any other.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::time::{Duration, Instant};

use otter_types::{LocalId, MessageText, Password};

use crate::element::{Element, NS_CLIENT, NS_STANZAS, escape};
use crate::jid::Jid;
use crate::message::{self, DelayedDelivery};

/// XEP-0045 join element namespace.
pub(crate) const NS_MUC: &str = "http://jabber.org/protocol/muc";
/// XEP-0045 occupant data in presence and messages.
pub(crate) const NS_MUC_USER: &str = "http://jabber.org/protocol/muc#user";
/// XEP-0359, as for one-to-one messages.
const NS_SID: &str = "urn:xmpp:sid:0";

/// Most occupants kept for one room. Large public rooms have a few thousand; beyond this the
/// room is left rather than let a server grow our memory without bound.
pub const MAX_OCCUPANTS: usize = 10_000;
/// Longest nick accepted from a peer, in bytes. XEP-0045 sets none; resources may be 1023
/// bytes, but a nick that long is only useful to push the list off the screen.
pub const MAX_NICK_BYTES: usize = 256;
/// Longest subject kept, in bytes; a longer one is cut at a character boundary.
pub const MAX_SUBJECT_BYTES: usize = 4096;
/// Most rooms one account may be in at once (the caller's choice; bounds our state).
pub const MAX_ROOMS: usize = 256;

/// How long a joined room may be silent before we ask it whether we are still in (XEP-0410
/// self-ping). A server restart or a lost link between servers drops us from a room without
/// a word ("ghost" disconnection); silence is the only sign. Every five minutes of silence
/// costs one small stanza per room.
pub const SELF_PING_IDLE: Duration = Duration::from_secs(300);
/// How long the room has to answer a self-ping; no answer is inconclusive (XEP-0410 §3.1:
/// the room's server may just be slow), and the next ping follows after another silence.
pub const SELF_PING_TIMEOUT: Duration = Duration::from_secs(60);

/// The body of a room message. A distinct type from `otter_otr::WireBody`, so a room message
/// can never be passed where a one-to-one body is expected, nor the other way round: rooms
/// are never private, and the interface says so.
#[derive(Clone, PartialEq, Eq)]
pub struct RoomBody(MessageText);

impl RoomBody {
    /// Text for a room. Everyone in the room, the room's service and the server read it.
    pub fn new(text: MessageText) -> Self {
        Self(text)
    }

    fn text(&self) -> &str {
        self.0.reveal()
    }
}

impl fmt::Debug for RoomBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RoomBody(<{} bytes>)", self.0.len())
    }
}

/// How much of the room's history to ask for when joining (XEP-0045 §7.2.14).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// Whatever the room sends by default.
    ServerDefault,
    /// At most this many messages (0: none).
    MaxStanzas(u32),
}

/// An occupant's role in the room (XEP-0045 §5.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// May moderate: kick, grant voice.
    Moderator,
    /// May speak.
    Participant,
    /// May only read (moderated room).
    Visitor,
    /// Not in the room (in unavailable presence).
    None,
}

/// An occupant's long-lived standing in the room (XEP-0045 §5.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Affiliation {
    /// Owns the room.
    Owner,
    /// Administers the room.
    Admin,
    /// A member.
    Member,
    /// Banned.
    Outcast,
    /// None.
    None,
}

/// One person in a room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occupant {
    /// The nick, the occupant's name in this room.
    pub nick: String,
    /// Role.
    pub role: Role,
    /// Affiliation.
    pub affiliation: Affiliation,
    /// The occupant's real address, when the room shows it (non-anonymous rooms, or to
    /// moderators).
    pub jid: Option<Jid>,
}

/// Facts about a room that the interface must show when joining (status codes,
/// XEP-0045 §15.6).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RoomFacts {
    /// 100 or 172: every occupant can see our real address.
    pub addresses_visible: bool,
    /// 170: the room is logged publicly.
    pub logged: bool,
    /// 201: the room was created by this join.
    pub created: bool,
    /// 210: the service changed our nick.
    pub nick_changed_by_service: bool,
}

/// A change in a joined room's occupant list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OccupantChange {
    /// Came in, or their role or affiliation changed.
    Present(Occupant),
    /// Left (or was removed).
    Left {
        /// Who.
        nick: String,
        /// Why.
        reason: LeftReason,
    },
    /// Changed nick (status 303).
    Renamed {
        /// The old nick.
        from: String,
        /// The new nick.
        to: String,
    },
}

/// Why someone (we, or another occupant) is no longer in a room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeftReason {
    /// Left on their own (or we asked to leave).
    Left,
    /// Kicked by a moderator (307).
    Kicked,
    /// Banned (301).
    Banned,
    /// Removed by an affiliation change or because the room became members-only (321, 322).
    Removed,
    /// The room's service is shutting down (332).
    ServiceShutdown,
    /// The room no longer counts us in (XEP-0410 self-ping said so), though it never told
    /// us; the client joins it again at once and reports [`XmppEvent::RoomJoined`] anew.
    ///
    /// [`XmppEvent::RoomJoined`]: crate::XmppEvent::RoomJoined
    Dropped,
    /// The room was destroyed; a replacement room may be named.
    Destroyed {
        /// Where the room's people went, if said.
        alternative: Option<Jid>,
    },
    /// The room has more occupants than [`MAX_OCCUPANTS`]; we left it.
    TooManyOccupants,
}

/// Why a room refused us or one of our messages (XEP-0045 §7.2, §7.4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoomError {
    /// 409 conflict: someone in the room has this nick.
    NickInUse,
    /// not-authorized: the room wants a password (or a different one).
    PasswordRequired,
    /// forbidden: we are banned.
    Banned,
    /// item-not-found: the room does not exist (or is locked).
    RoomNotFound,
    /// registration-required: members only.
    MembersOnly,
    /// service-unavailable: the room is full.
    RoomFull,
    /// not-allowed: the service does not let us create rooms.
    CreationRefused,
    /// jid-malformed or not-acceptable: the nick is not accepted.
    NickRefused,
    /// A message we sent was refused (e.g. `forbidden` for a visitor in a moderated room).
    MessageRefused {
        /// The stanza error condition.
        condition: String,
        /// The caller's id for the message, when the refusal names one sent recently.
        local_id: Option<LocalId>,
    },
    /// Anything else, with the condition as sent.
    Other {
        /// The stanza error condition.
        condition: String,
    },
}

impl RoomError {
    fn from_join(condition: &str) -> Self {
        match condition {
            "conflict" => Self::NickInUse,
            "not-authorized" => Self::PasswordRequired,
            "forbidden" => Self::Banned,
            "item-not-found" => Self::RoomNotFound,
            "registration-required" => Self::MembersOnly,
            "service-unavailable" => Self::RoomFull,
            "not-allowed" => Self::CreationRefused,
            "jid-malformed" | "not-acceptable" => Self::NickRefused,
            other => Self::Other {
                condition: other.to_owned(),
            },
        }
    }
}

/// What a room stanza meant, for the client to report.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum RoomEvent {
    Joined {
        room: Jid,
        nick: String,
        facts: RoomFacts,
        occupants: Vec<Occupant>,
    },
    Occupants {
        room: Jid,
        change: OccupantChange,
    },
    OwnNickChanged {
        room: Jid,
        nick: String,
    },
    Message {
        room: Jid,
        nick: Option<String>,
        id: Option<String>,
        text: MessageText,
        delay: Option<DelayedDelivery>,
        own: bool,
    },
    Subject {
        room: Jid,
        nick: Option<String>,
        subject: MessageText,
    },
    Left {
        room: Jid,
        reason: LeftReason,
    },
    Error {
        room: Jid,
        error: RoomError,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Joining,
    Joined,
    Leaving,
}

#[derive(Debug)]
struct Room {
    nick: String,
    phase: Phase,
    occupants: BTreeMap<String, Occupant>,
    /// Kept for joining again after a ghost disconnection.
    password: Option<Password>,
    /// When the room last sent us anything.
    heard: Option<Instant>,
    /// Our self-ping waiting for its answer: its id and when it left.
    self_ping: Option<(String, Instant)>,
    /// What the room said about itself when we joined.
    facts: RoomFacts,
    /// If this join creates the room, ask for its configuration form instead of accepting
    /// the defaults.
    configure_if_new: bool,
    /// We created the room and it waits for its first configuration: locked to everyone
    /// else (XEP-0045 §10.1.1), destroyed if the configuration is cancelled.
    unconfigured: bool,
}

/// What the answer to a self-ping says (XEP-0410 §3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SelfPing {
    /// We are in the room.
    Joined,
    /// We are not (any more): join again.
    NotJoined,
    /// Nothing certain (the room's server could not be reached); ask again later.
    Inconclusive,
}

impl SelfPing {
    /// The verdict of an answer: a result, or an error condition.
    pub(crate) fn of(condition: Option<&str>) -> Self {
        match condition {
            None => Self::Joined,
            // The room does not know us as that occupant.
            Some("not-acceptable" | "item-not-found") => Self::NotJoined,
            Some("remote-server-not-found" | "remote-server-timeout") => Self::Inconclusive,
            // service-unavailable, feature-not-implemented: the room passed the ping on to
            // our own client (which is us, in the room) or answered it without supporting
            // it; either way the occupant exists.
            Some(_) => Self::Joined,
        }
    }
}

/// The rooms of one stream.
#[derive(Debug, Default)]
pub(crate) struct Rooms {
    rooms: HashMap<Jid, Room>,
}

/// Checks a nick we are about to use: a valid resource, within our own limit.
pub(crate) fn valid_nick(nick: &str) -> bool {
    !nick.trim().is_empty()
        && nick.len() <= MAX_NICK_BYTES
        && !nick.chars().any(char::is_control)
        && Jid::parse(&format!("x@y/{nick}")).is_ok()
}

impl Rooms {
    /// Whether `room` (bare) is one we are in or joining.
    pub(crate) fn contains(&self, room: &Jid) -> bool {
        self.rooms.contains_key(room)
    }

    pub(crate) fn is_joined(&self, room: &Jid) -> bool {
        self.rooms
            .get(room)
            .is_some_and(|r| r.phase == Phase::Joined)
    }

    pub(crate) fn len(&self) -> usize {
        self.rooms.len()
    }

    /// Asks for the configuration form if joining `room` creates it.
    pub(crate) fn configure_if_new(&mut self, room: &Jid) {
        if let Some(state) = self.rooms.get_mut(room) {
            state.configure_if_new = true;
        }
    }

    /// We just created `room`: whether its configuration form is wanted (else the defaults
    /// are accepted). Either way it waits for its first configuration from now on.
    pub(crate) fn created(&mut self, room: &Jid) -> bool {
        self.rooms.get_mut(room).is_some_and(|state| {
            state.unconfigured = true;
            state.configure_if_new
        })
    }

    /// Whether `room` is one we created and nobody configured yet.
    pub(crate) fn is_unconfigured(&self, room: &Jid) -> bool {
        self.rooms.get(room).is_some_and(|state| state.unconfigured)
    }

    /// The room's first configuration was accepted (or it was destroyed).
    pub(crate) fn configured(&mut self, room: &Jid) {
        if let Some(state) = self.rooms.get_mut(room) {
            state.unconfigured = false;
        }
    }

    /// The real address of an occupant, when the room shows it to us (a ban names the
    /// person, not the nick they use today).
    pub(crate) fn occupant_address(&self, room: &Jid, nick: &str) -> Option<Jid> {
        self.rooms
            .get(room)?
            .occupants
            .get(nick)?
            .jid
            .as_ref()
            .map(Jid::bare)
    }

    /// Our own address in each room we are in (`room/nick`): a presence change is sent to
    /// each, because the server does not pass our broadcast presence on to rooms.
    pub(crate) fn own_occupant_addresses(&self) -> Vec<String> {
        self.rooms
            .iter()
            .filter(|(_, room)| room.phase == Phase::Joined)
            .map(|(jid, room)| format!("{jid}/{}", room.nick))
            .collect()
    }

    /// The join presence (XEP-0045 §7.2.2), and the room remembered as joining. The caller
    /// checked that we are not in the room already (a second join presence would be taken as
    /// a presence update, without the occupant list we would wait for).
    pub(crate) fn join(
        &mut self,
        room: &Jid,
        nick: &str,
        password: Option<&Password>,
        history: History,
        own_presence: &str,
    ) -> String {
        self.rooms.insert(
            room.clone(),
            Room {
                nick: nick.to_owned(),
                phase: Phase::Joining,
                occupants: BTreeMap::new(),
                password: password.cloned(),
                heard: None,
                self_ping: None,
                facts: RoomFacts::default(),
                configure_if_new: false,
                unconfigured: false,
            },
        );
        let history = match history {
            History::ServerDefault => String::new(),
            History::MaxStanzas(n) => format!("<history maxstanzas='{n}'/>"),
        };
        let password = password
            .map(|p| format!("<password>{}</password>", escape(p.reveal())))
            .unwrap_or_default();
        format!(
            "<presence to='{}/{}'><x xmlns='{NS_MUC}'>{history}{password}</x>{own_presence}\
             </presence>",
            escape(&room.to_string()),
            escape(nick)
        )
    }

    /// The leave presence (XEP-0045 §7.14), or `None` if we are not in the room.
    pub(crate) fn leave(&mut self, room: &Jid) -> Option<String> {
        let state = self.rooms.get_mut(room)?;
        state.phase = Phase::Leaving;
        Some(format!(
            "<presence to='{}/{}' type='unavailable'/>",
            escape(&room.to_string()),
            escape(&state.nick)
        ))
    }

    /// The room sent us something: we are (probably) still in it.
    pub(crate) fn heard(&mut self, room: &Jid, now: Instant) {
        if let Some(state) = self.rooms.get_mut(room) {
            state.heard = Some(now);
        }
    }

    /// When the next self-ping is due, or an unanswered one gives up, in any joined room.
    pub(crate) fn next_self_ping(&self) -> Option<Instant> {
        self.rooms
            .values()
            .filter(|room| room.phase == Phase::Joined)
            .filter_map(|room| match &room.self_ping {
                Some((_, sent)) => sent.checked_add(SELF_PING_TIMEOUT),
                None => room.heard?.checked_add(SELF_PING_IDLE),
            })
            .min()
    }

    /// The joined rooms silent for [`SELF_PING_IDLE`], with our occupant address in each, to
    /// ping now. A ping unanswered for [`SELF_PING_TIMEOUT`] is given up (inconclusive) and
    /// the silence counted again from now.
    pub(crate) fn self_pings_due(&mut self, now: Instant) -> Vec<(Jid, String)> {
        let mut due = Vec::new();
        for (jid, room) in &mut self.rooms {
            if room.phase != Phase::Joined {
                continue;
            }
            match &room.self_ping {
                Some((_, sent)) => {
                    if sent
                        .checked_add(SELF_PING_TIMEOUT)
                        .is_some_and(|d| d <= now)
                    {
                        room.self_ping = None;
                        room.heard = Some(now);
                    }
                }
                None => {
                    if room
                        .heard
                        .and_then(|h| h.checked_add(SELF_PING_IDLE))
                        .is_some_and(|d| d <= now)
                    {
                        due.push((jid.clone(), format!("{jid}/{}", room.nick)));
                    }
                }
            }
        }
        due
    }

    /// Remembers the self-ping just sent to `room`.
    pub(crate) fn self_ping_sent(&mut self, room: &Jid, id: String, now: Instant) {
        if let Some(state) = self.rooms.get_mut(room) {
            state.self_ping = Some((id, now));
        }
    }

    /// The room whose self-ping has this id, if any; the ping is then answered.
    pub(crate) fn self_ping_answered(&mut self, id: &str, now: Instant) -> Option<Jid> {
        let (jid, state) = self
            .rooms
            .iter_mut()
            .find(|(_, room)| room.self_ping.as_ref().is_some_and(|(sent, _)| sent == id))?;
        state.self_ping = None;
        state.heard = Some(now);
        Some(jid.clone())
    }

    /// Joins `room` again after it dropped us, with the same nick and password and no
    /// history (what was missed is not replayed: the room's history would repeat what the
    /// user saw). `None` if we are not in it.
    pub(crate) fn rejoin(&mut self, room: &Jid, own_presence: &str) -> Option<String> {
        let state = self.rooms.remove(room)?;
        Some(self.join(
            room,
            &state.nick,
            state.password.as_ref(),
            History::MaxStanzas(0),
            own_presence,
        ))
    }

    /// After a resumed stream (XEP-0198), the rooms we are still in, as when we joined them:
    /// the caller reports them joined again (they were reported left when the connection
    /// broke).
    pub(crate) fn still_joined(&self) -> Vec<RoomEvent> {
        self.rooms
            .iter()
            .filter(|(_, room)| room.phase == Phase::Joined)
            .map(|(jid, room)| RoomEvent::Joined {
                room: jid.clone(),
                nick: room.nick.clone(),
                facts: room.facts,
                occupants: room.occupants.values().cloned().collect(),
            })
            .collect()
    }

    /// Rooms are gone with the stream; the caller reports them left.
    pub(crate) fn clear(&mut self) -> Vec<Jid> {
        std::mem::take(&mut self.rooms).into_keys().collect()
    }

    /// A presence from one of our rooms (the caller checked [`Rooms::contains`]).
    pub(crate) fn presence(
        &mut self,
        room: &Jid,
        stanza: &Element,
    ) -> (Vec<RoomEvent>, Option<String>) {
        let Some(state) = self.rooms.get_mut(room) else {
            return (Vec::new(), None);
        };
        let from_nick = stanza
            .attr("from")
            .and_then(|from| Jid::parse(from).ok())
            .and_then(|from| from.resource().map(str::to_owned));
        let x = stanza.child("x", NS_MUC_USER);
        let codes: Vec<u16> = x
            .map(|x| {
                x.children
                    .iter()
                    .filter(|c| c.is("status", NS_MUC_USER))
                    .filter_map(|c| c.attr("code")?.parse().ok())
                    .collect()
            })
            .unwrap_or_default();
        let has = |code: u16| codes.contains(&code);
        let item = x.and_then(|x| x.child("item", NS_MUC_USER));

        if stanza.attr("type") == Some("error") {
            let condition = stanza
                .child("error", NS_CLIENT)
                .and_then(|e| e.condition_in(NS_STANZAS))
                .unwrap_or("undefined-condition");
            // An error to a nick change leaves us in the room; an error to a join does not.
            if state.phase != Phase::Joined {
                self.rooms.remove(room);
            }
            return (
                vec![RoomEvent::Error {
                    room: room.clone(),
                    error: RoomError::from_join(condition),
                }],
                None,
            );
        }
        let Some(nick) = from_nick else {
            return (Vec::new(), None);
        };
        let unavailable = stanza.attr("type") == Some("unavailable");
        if stanza.attr("type").is_some_and(|t| t != "unavailable") {
            return (Vec::new(), None);
        }
        // Our own presence: status 110, or (older services) presence from our nick.
        let own = has(110) || nick == state.nick;

        if unavailable {
            let reason = if let Some(destroy) = x.and_then(|x| x.child("destroy", NS_MUC_USER)) {
                LeftReason::Destroyed {
                    alternative: destroy
                        .attr("jid")
                        .and_then(|j| Jid::parse(j).ok())
                        .map(|j| j.bare()),
                }
            } else if has(301) {
                LeftReason::Banned
            } else if has(307) {
                LeftReason::Kicked
            } else if has(321) || has(322) {
                LeftReason::Removed
            } else if has(332) {
                LeftReason::ServiceShutdown
            } else {
                LeftReason::Left
            };
            if has(303) {
                let new_nick = item
                    .and_then(|i| i.attr("nick"))
                    .filter(|n| valid_peer_nick(n));
                if let Some(new_nick) = new_nick {
                    let new_nick = new_nick.to_owned();
                    if let Some(mut occupant) = state.occupants.remove(&nick) {
                        occupant.nick.clone_from(&new_nick);
                        state.occupants.insert(new_nick.clone(), occupant);
                    }
                    let mut events = Vec::new();
                    if own {
                        state.nick.clone_from(&new_nick);
                        events.push(RoomEvent::OwnNickChanged {
                            room: room.clone(),
                            nick: new_nick.clone(),
                        });
                    }
                    if state.phase == Phase::Joined {
                        events.push(RoomEvent::Occupants {
                            room: room.clone(),
                            change: OccupantChange::Renamed {
                                from: nick,
                                to: new_nick,
                            },
                        });
                    }
                    return (events, None);
                }
            }
            if own {
                self.rooms.remove(room);
                return (
                    vec![RoomEvent::Left {
                        room: room.clone(),
                        reason,
                    }],
                    None,
                );
            }
            let was_there = state.occupants.remove(&nick).is_some();
            if state.phase == Phase::Joined && was_there {
                return (
                    vec![RoomEvent::Occupants {
                        room: room.clone(),
                        change: OccupantChange::Left { nick, reason },
                    }],
                    None,
                );
            }
            return (Vec::new(), None);
        }

        if !valid_peer_nick(&nick) {
            return (Vec::new(), None);
        }
        let occupant = Occupant {
            nick: nick.clone(),
            role: item.map_or(Role::Participant, |i| role(i.attr("role"))),
            affiliation: item.map_or(Affiliation::None, |i| affiliation(i.attr("affiliation"))),
            jid: item
                .and_then(|i| i.attr("jid"))
                .and_then(|j| Jid::parse(j).ok()),
        };
        let new = !state.occupants.contains_key(&nick);
        if new && state.occupants.len() >= MAX_OCCUPANTS {
            let leave = self.leave(room);
            self.rooms.remove(room);
            return (
                vec![RoomEvent::Left {
                    room: room.clone(),
                    reason: LeftReason::TooManyOccupants,
                }],
                leave,
            );
        }
        let unchanged = state.occupants.get(&nick) == Some(&occupant);
        state.occupants.insert(nick.clone(), occupant.clone());
        if own && state.phase == Phase::Joining {
            state.phase = Phase::Joined;
            // 210: the service assigned another nick than the one we asked for.
            state.nick.clone_from(&nick);
            let facts = RoomFacts {
                addresses_visible: has(100) || has(172),
                logged: has(170),
                created: has(201),
                nick_changed_by_service: has(210),
            };
            state.facts = facts;
            return (
                vec![RoomEvent::Joined {
                    room: room.clone(),
                    nick,
                    facts,
                    occupants: state.occupants.values().cloned().collect(),
                }],
                None,
            );
        }
        if state.phase == Phase::Joined && !unchanged {
            return (
                vec![RoomEvent::Occupants {
                    room: room.clone(),
                    change: OccupantChange::Present(occupant),
                }],
                None,
            );
        }
        (Vec::new(), None)
    }

    /// A message from one of our rooms, or from an occupant of one (the caller checked
    /// [`Rooms::contains`] with the bare sender). `None` when it is not a room message (a
    /// private message to us goes the one-to-one way).
    pub(crate) fn message(&mut self, room: &Jid, stanza: &Element) -> Option<RoomEvent> {
        let state = self.rooms.get(room)?;
        let from = Jid::parse(stanza.attr("from")?).ok()?;
        let nick = from.resource().map(str::to_owned);
        match stanza.attr("type") {
            Some("groupchat") => {}
            Some("error") if from.is_bare() || nick.as_deref() == Some(state.nick.as_str()) => {
                let condition = stanza
                    .child("error", NS_CLIENT)
                    .and_then(|e| e.condition_in(NS_STANZAS))
                    .unwrap_or("undefined-condition")
                    .to_owned();
                return Some(RoomEvent::Error {
                    room: room.clone(),
                    // The client knows which message the error's id names.
                    error: RoomError::MessageRefused {
                        condition,
                        local_id: None,
                    },
                });
            }
            _ => return None,
        }
        if let Some(nick) = &nick
            && !valid_peer_nick(nick)
        {
            return None;
        }
        let body = message::body(stanza);
        // XEP-0045 §8.1: a subject change is a message with <subject/> and no body.
        if body.is_none()
            && let Some(subject) = stanza.child("subject", NS_CLIENT)
        {
            return Some(RoomEvent::Subject {
                room: room.clone(),
                nick,
                subject: MessageText::new(cut(&subject.text, MAX_SUBJECT_BYTES)),
            });
        }
        let text = body?;
        let own = nick.as_deref() == Some(state.nick.as_str());
        Some(RoomEvent::Message {
            room: room.clone(),
            own,
            nick,
            id: stanza.attr("id").map(str::to_owned),
            text: MessageText::new(text),
            delay: message::delay_of(stanza),
        })
    }
}

/// A room message to send (XEP-0045 §7.4) with an XEP-0359 origin id.
pub(crate) fn groupchat(room: &Jid, id: &str, body: &RoomBody) -> String {
    let id = escape(id);
    format!(
        "<message type='groupchat' to='{}' id='{id}'><body>{}</body>\
         <origin-id xmlns='{NS_SID}' id='{id}'/></message>",
        escape(&room.to_string()),
        escape(body.text())
    )
}

fn valid_peer_nick(nick: &str) -> bool {
    !nick.is_empty() && nick.len() <= MAX_NICK_BYTES
}

fn role(value: Option<&str>) -> Role {
    match value {
        Some("moderator") => Role::Moderator,
        Some("visitor") => Role::Visitor,
        Some("none") => Role::None,
        _ => Role::Participant,
    }
}

fn affiliation(value: Option<&str>) -> Affiliation {
    match value {
        Some("owner") => Affiliation::Owner,
        Some("admin") => Affiliation::Admin,
        Some("member") => Affiliation::Member,
        Some("outcast") => Affiliation::Outcast,
        _ => Affiliation::None,
    }
}

/// `text` cut to at most `limit` bytes at a character boundary.
fn cut(text: &str, limit: usize) -> String {
    if text.len() <= limit {
        return text.to_owned();
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or_default().to_owned()
}

/// XEP-0045 owner requests: room configuration and destruction.
pub(crate) const NS_MUC_OWNER: &str = "http://jabber.org/protocol/muc#owner";
/// XEP-0045 admin requests: roles and affiliations.
pub(crate) const NS_MUC_ADMIN: &str = "http://jabber.org/protocol/muc#admin";
/// XEP-0249 direct invitations.
const NS_CONFERENCE: &str = "jabber:x:conference";
use crate::form::NS_DATA;

/// Longest reason kept from a peer (an invitation's or a kick's), in bytes; a longer one is
/// cut at a character boundary. Ours are bounded the same, so a room never refuses them.
pub const MAX_REASON_BYTES: usize = 1024;
/// Longest room password accepted in an invitation, in bytes.
pub const MAX_INVITATION_PASSWORD_BYTES: usize = 1024;

/// What a moderator (or admin, or owner) does to an occupant (XEP-0045 §8.2-8.5, §9.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moderation {
    /// Out of the room (role none); they may come back.
    Kick,
    /// Out of the room and kept out (affiliation outcast, by their real address).
    Ban,
    /// May speak again (role participant).
    GrantVoice,
    /// May only read (role visitor).
    RevokeVoice,
    /// May moderate (role moderator).
    GrantModerator,
    /// No longer moderates (role participant).
    RevokeModerator,
}

impl Moderation {
    /// The attribute changed and its new value.
    fn item(self) -> (&'static str, &'static str) {
        match self {
            Self::Kick => ("role", "none"),
            Self::Ban => ("affiliation", "outcast"),
            Self::GrantVoice | Self::RevokeModerator => ("role", "participant"),
            Self::RevokeVoice => ("role", "visitor"),
            Self::GrantModerator => ("role", "moderator"),
        }
    }
}

/// A request we sent to a room, named when the room refuses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoomRequest {
    /// Accepting the default configuration of a room we created (XEP-0045 §10.1.2).
    Configure,
    /// Asking for the room's configuration form (§10.1.3, §10.2).
    FetchConfiguration,
    /// Submitting the filled-in configuration form.
    SubmitConfiguration,
    /// Cancelling the configuration form; for a room we just created, destroying it.
    CancelConfiguration,
    /// A moderation action.
    Moderate(Moderation),
    /// Destroying the room (§10.9).
    Destroy,
    /// A mediated invitation (§7.8.2).
    Invite,
    /// A subject change (§8.1).
    Subject,
}

/// An invitation to a room, mediated by the room (XEP-0045 §7.8.2) or direct (XEP-0249).
/// Never acted on by the client: the user decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    /// The room (bare).
    pub room: Jid,
    /// Who invites: for a mediated invitation, the address the room says (their real bare
    /// address, or in a semi-anonymous room their occupant address `room/nick`); for a direct
    /// one, the sender's bare address. Either may be anyone: a room passes on invitations
    /// from any occupant.
    pub from: Option<Jid>,
    /// Their words, at most [`MAX_REASON_BYTES`].
    pub reason: Option<MessageText>,
    /// The room's password, if the invitation carries one.
    pub password: Option<Password>,
    /// XEP-0249 (sent by the inviter, not by the room).
    pub direct: bool,
}

/// Accepts the default configuration of a room we just created, which unlocks it
/// (XEP-0045 §10.1.2: an "instant room").
pub(crate) fn instant_config(room: &Jid, id: &str) -> String {
    format!(
        "<iq type='set' to='{}' id='{}'><query xmlns='{NS_MUC_OWNER}'>\
         <x xmlns='{NS_DATA}' type='submit'/></query></iq>",
        escape(&room.to_string()),
        escape(id)
    )
}

/// Asks for the room's configuration form (XEP-0045 §10.1.3 for a room we just created,
/// §10.2 for one we own).
pub(crate) fn config_request(room: &Jid, id: &str) -> String {
    format!(
        "<iq type='get' to='{}' id='{}'><query xmlns='{NS_MUC_OWNER}'/></iq>",
        escape(&room.to_string()),
        escape(id)
    )
}

/// Sends a filled-in configuration form (`form` is the submitted `<x/>`), or a cancellation.
pub(crate) fn config_answer(room: &Jid, id: &str, form: &str) -> String {
    format!(
        "<iq type='set' to='{}' id='{}'><query xmlns='{NS_MUC_OWNER}'>{form}</query></iq>",
        escape(&room.to_string()),
        escape(id)
    )
}

/// XEP-0004 §3.2: the form is not filled in.
pub(crate) const CANCELLED_FORM: &str = "<x xmlns='jabber:x:data' type='cancel'/>";

/// A role change by nick, or a ban by real address (XEP-0045 §8.2-8.5, §9.1).
pub(crate) fn moderation(
    room: &Jid,
    id: &str,
    action: Moderation,
    target: &str,
    reason: Option<&MessageText>,
) -> String {
    let (attribute, value) = action.item();
    let whom = if action == Moderation::Ban {
        "jid"
    } else {
        "nick"
    };
    format!(
        "<iq type='set' to='{}' id='{}'><query xmlns='{NS_MUC_ADMIN}'>\
         <item {whom}='{}' {attribute}='{value}'>{}</item></query></iq>",
        escape(&room.to_string()),
        escape(id),
        escape(target),
        reason_element(reason)
    )
}

/// Destroys a room we own (XEP-0045 §10.9); the occupants are told, with our reason.
pub(crate) fn destroy(room: &Jid, id: &str, reason: Option<&MessageText>) -> String {
    format!(
        "<iq type='set' to='{}' id='{}'><query xmlns='{NS_MUC_OWNER}'><destroy>{}</destroy>\
         </query></iq>",
        escape(&room.to_string()),
        escape(id),
        reason_element(reason)
    )
}

/// A subject change (XEP-0045 §8.1): a groupchat message with `<subject/>` and no body; an
/// empty subject clears it. The room refuses it with a message error carrying our id.
pub(crate) fn subject(room: &Jid, id: &str, subject: &RoomBody) -> String {
    format!(
        "<message to='{}' type='groupchat' id='{}'><subject>{}</subject></message>",
        escape(&room.to_string()),
        escape(id),
        escape(&cut(subject.text(), MAX_SUBJECT_BYTES))
    )
}

/// Our presence under a new nick (XEP-0045 §7.6); a taken nick comes back as a presence
/// error (conflict) and we stay under the old one.
pub(crate) fn nick_change(room: &Jid, nick: &str, own_presence: &str) -> String {
    format!(
        "<presence to='{}/{}'>{own_presence}</presence>",
        escape(&room.to_string()),
        escape(nick)
    )
}

/// A mediated invitation (XEP-0045 §7.8.2): the room passes it on, with its password if it
/// has one, so we never send the password ourselves.
pub(crate) fn invite(room: &Jid, id: &str, to: &Jid, reason: Option<&MessageText>) -> String {
    format!(
        "<message to='{}' id='{}'><x xmlns='{NS_MUC_USER}'><invite to='{}'>{}</invite></x>\
         </message>",
        escape(&room.to_string()),
        escape(id),
        escape(&to.to_string()),
        reason_element(reason)
    )
}

fn reason_element(reason: Option<&MessageText>) -> String {
    reason
        .filter(|r| !r.reveal().trim().is_empty())
        .map(|r| {
            format!(
                "<reason>{}</reason>",
                escape(&cut(r.reveal(), MAX_REASON_BYTES))
            )
        })
        .unwrap_or_default()
}

/// The invitation a message carries, if any. A mediated one (from the room, with
/// `<invite from=…>`) wins over the XEP-0249 element Prosody adds to it for old clients.
pub(crate) fn invitation(stanza: &Element) -> Option<Invitation> {
    if matches!(stanza.attr("type"), Some("groupchat" | "error")) {
        return None;
    }
    // Every message passes here: most carry neither kind, and need no address parsed.
    if stanza.child("x", NS_MUC_USER).is_none() && stanza.child("x", NS_CONFERENCE).is_none() {
        return None;
    }
    let sender = Jid::parse(stanza.attr("from")?).ok()?;
    let text = |s: &str| {
        let s = s.trim();
        (!s.is_empty()).then(|| MessageText::new(cut(s, MAX_REASON_BYTES)))
    };
    let password = |s: &str| {
        (!s.is_empty() && s.len() <= MAX_INVITATION_PASSWORD_BYTES).then(|| Password::new(s))
    };
    if let Some(x) = stanza.child("x", NS_MUC_USER)
        && let Some(invite) = x.child("invite", NS_MUC_USER)
    {
        // The room sends it: its address is the sender's, without a nick.
        if !sender.is_bare() || sender.local().is_none() {
            return None;
        }
        // A semi-anonymous room names the inviter by their occupant address (room/nick),
        // which is kept whole; a real address loses its device.
        let from = invite
            .attr("from")
            .and_then(|j| Jid::parse(j).ok())
            .map(|j| if j.bare() == sender { j } else { j.bare() });
        return Some(Invitation {
            room: sender,
            from,
            reason: invite
                .child("reason", NS_MUC_USER)
                .and_then(|r| text(&r.text)),
            password: x
                .child("password", NS_MUC_USER)
                .and_then(|p| password(&p.text)),
            direct: false,
        });
    }
    let x = stanza.child("x", NS_CONFERENCE)?;
    let room = Jid::parse(x.attr("jid")?).ok()?;
    if !room.is_bare() || room.local().is_none() {
        return None;
    }
    Some(Invitation {
        room,
        from: Some(sender.bare()),
        reason: x.attr("reason").and_then(text),
        password: x.attr("password").and_then(password),
        direct: true,
    })
}

/// A self-ping to our own occupant address (XEP-0410 §3.1): the room answers (or passes it on
/// to us) if we are in, and says `not-acceptable` if we are not.
pub(crate) fn self_ping(occupant: &str, id: &str) -> String {
    format!(
        "<iq type='get' to='{}' id='{}'><ping xmlns='{}'/></iq>",
        escape(occupant),
        escape(id),
        crate::iq::NS_PING
    )
}
