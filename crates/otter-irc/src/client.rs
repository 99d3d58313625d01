//! The client state machine: registration (CAP LS 302, SASL, NICK/USER), then messages and
//! channels ("Modern IRC" client-to-server protocol, RFC 2812 where it still holds).

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use otter_otr::WireBody;
use otter_types::{ErrorKind, LocalId, MessageText};

use crate::batch::{BatchKind, Batches, Summary};
use crate::cap::{self, Offered};
use crate::error::IrcError;
use crate::line::{self, Framer, Line, MAX_LINE_BYTES};
use crate::sasl::{SCRAM_SHA_256, Sasl, ScramExchange};
use crate::sts::StsPolicy;
use crate::target::{CaseMapping, Channel, Nick, RoomBody};
use crate::text;

/// How many alternatives to our nick we try when it is in use (433/436) before giving up:
/// `nick_`, then `nick2` … Bounded so that a server answering 433 to everything cannot keep
/// us looping.
pub const MAX_NICK_ATTEMPTS: usize = 5;

/// The most channels tracked at once. Each costs a member list; a user in more channels than
/// this is unusual, and a server that makes us "join" more is ignored beyond it.
pub const MAX_CHANNELS: usize = 512;

/// The most members tracked per channel (and per NAMES reply being collected). The largest
/// channels on OFTC and Libera.Chat have a few thousand members; beyond this the list is
/// marked truncated instead of growing, so a JOIN flood cannot exhaust memory.
pub const MAX_CHANNEL_MEMBERS: usize = 20_000;

/// How many sent messages are remembered to match a later "no such nick/channel" numeric to
/// the caller's `LocalId`. Such errors come back within seconds.
const REMEMBERED_SENDS: usize = 64;
/// The longest `time` tag read: `YYYY-MM-DDThh:mm:ss` and `Z` with a fraction of at most
/// nanoseconds is 30 bytes; longer is not a time worth parsing.
const MAX_SERVER_TIME_LEN: usize = 30;

/// The user name (ident) length most servers allow (InspIRCd and Solanum default `USERLEN`).
const USERLEN: usize = 10;

/// The worst-case user part of our prefix while the server has not told us ours: `~` (ident
/// not verified) plus [`USERLEN`].
const WORST_USER_BYTES: usize = USERLEN + 1;

/// The worst-case host part of our prefix while the server has not told us ours: the longest
/// DNS label is 63 bytes and cloaks are built to fit the same bound on common networks. A host
/// learned from 001, 900, 396 or CHGHOST replaces it.
const WORST_HOST_BYTES: usize = 63;

/// The longest topic kept, in bytes of its shown form (escaping can make a topic longer than
/// the line it came in); the rest is cut at a character boundary. Networks allow 300 to 400.
pub const MAX_TOPIC_BYTES: usize = 1024;

/// Lines that may leave at once before flood control spaces them ([`ClientConfig::with_flood`]).
/// Servers disconnect a client that sends faster than about one line per second for long
/// ("Excess Flood"); irssi and HexChat send a few at once and then one every two seconds.
pub const DEFAULT_FLOOD_BURST: u32 = 5;

/// The spacing of lines beyond the burst.
pub const DEFAULT_FLOOD_INTERVAL: Duration = Duration::from_secs(2);

/// After this long without anything from the server, we ask with a PING whether the link is
/// alive ([`ClientConfig::with_keepalive`]). Over Tor a dead circuit can look open for minutes.
pub const DEFAULT_PING_AFTER: Duration = Duration::from_secs(90);

/// How long a PING (or registration) may go unanswered before the connection is given up.
pub const DEFAULT_PING_TIMEOUT: Duration = Duration::from_secs(60);

/// Lines waiting for flood control. Beyond this a command is refused rather than queued
/// (a user pasting a book gets an error, not an hour of sending).
pub const MAX_QUEUED_LINES: usize = 256;

/// The longest away message we send, in bytes (servers cut at their `AWAYLEN`, often 200).
pub const MAX_AWAY_BYTES: usize = 200;
/// Longest topic we send, in bytes: within the `TOPICLEN` of the common servers (InspIRCd
/// 307, Solanum 390), and the line limit with the channel's name.
pub const MAX_SENT_TOPIC_BYTES: usize = 300;
/// Most channels kept from one `LIST` answer: a large network lists tens of thousands; past
/// this the answer is read to its end and the rest dropped ([`IrcEvent::ChannelList`] says
/// it was cut). Search narrows it.
pub const MAX_LISTED_CHANNELS: usize = 500;
/// Longest topic kept per listed channel, in bytes.
pub const MAX_LISTED_TOPIC_BYTES: usize = 200;

/// WHOIS answers waiting at once: the user asks one at a time; more asked before the server
/// answers replace the oldest, so a server that never ends one cannot grow the list.
pub const MAX_PENDING_WHOIS: usize = 4;
/// Most channels kept from one WHOIS answer (319 may come on several lines).
pub const MAX_WHOIS_CHANNELS: usize = 100;
/// Longest text kept per WHOIS field (real name, server description, away message), in bytes
/// of its shown form.
pub const MAX_WHOIS_FIELD_BYTES: usize = 256;

/// Most entries kept from one ban list (367 … 368); a channel with thousands of bans is read
/// to its end and the rest dropped ([`IrcEvent::BanList`] says it was cut).
pub const MAX_LISTED_BANS: usize = 200;
/// Ban lists being collected at once; more asked before the server answers replace the
/// oldest.
const MAX_PENDING_BAN_LISTS: usize = 4;
/// Most people kept from one WHO answer (352 … 315); a larger channel is read to its end and
/// the rest dropped ([`IrcEvent::Who`] says it was cut).
pub const MAX_WHO_ENTRIES: usize = 500;
/// WHO answers being collected at once; more asked before the server answers replace the
/// oldest.
const MAX_PENDING_WHO: usize = 4;

/// Labels sent and not yet answered that are remembered (`labeled-response`); a label whose
/// answer never came is forgotten when more are sent, and its answer is then placed by guess.
pub const MAX_PENDING_LABELS: usize = 16;
/// Labels and batch references longer than this are not taken as ours (ours are 8 bytes).
const MAX_LABEL_BYTES: usize = 64;

/// Most changes of one received `MODE` line kept for display; the rest are only counted, so
/// a line of a hundred bans is one short line in the channel.
pub const MAX_SHOWN_MODE_CHANGES: usize = 6;
/// Longest argument of a received mode change kept for display (a ban mask, a nick), in bytes
/// of its shown form.
const MAX_MODE_ARG_BYTES: usize = 128;

/// One change of a received `MODE` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModeChange {
    /// Set (`+`) or removed (`-`).
    pub adding: bool,
    /// The mode letter (`o`, `v`, `b`, `m`, …): an ASCII letter or digit, never anything else.
    pub mode: char,
    /// Its argument (a nick, a mask, a limit), escaped and cut; `None` when it has none and
    /// for a channel key, which is a password and never shown.
    pub arg: Option<String>,
}

/// The longest mode change we send (`+mnt-s`, …); servers take a few modes per line.
const MAX_SENT_MODE_CHARS: usize = 16;
/// The most mode arguments in one `MODE` we send (`MODES` in 005 is typically 3 to 20).
const MAX_SENT_MODE_ARGS: usize = 6;

/// The longest raw line sent, in bytes without its CR LF: the 512 of a line (RFC 2812 §2.3).
pub const MAX_RAW_LINE_BYTES: usize = 510;

/// Why a raw line ([`Client::send_raw`]) is not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RawRefusal {
    /// Empty, or only spaces.
    #[error("the line is empty")]
    Empty,
    /// CR, LF or NUL: they would end the line and smuggle in another.
    #[error("the line holds a line break or NUL")]
    ControlCharacter,
    /// Longer than [`MAX_RAW_LINE_BYTES`].
    #[error("the line is longer than 510 bytes")]
    TooLong,
    /// Starts with tags or a source (`@…`, `:…`), which a client does not send.
    #[error("the line starts with tags or a source")]
    Prefixed,
    /// A message or notice to a nick: one-to-one text goes only through the OTR gate.
    #[error("one-to-one messages go only through the conversation, where OTR applies")]
    PrivateMessage,
}

/// What CTCP ACTION framing adds to a message: `\x01ACTION ` and `\x01`.
const ACTION_FRAMING_BYTES: usize = 9;

/// The longest CTCP command name kept for the interface when a CTCP request is dropped.
const MAX_CTCP_COMMAND_CHARS: usize = 32;

/// A standard reply's command and code, kept for display, in bytes (real ones are a word).
const MAX_REPLY_WORD_BYTES: usize = 32;

/// How many context parameters of a standard reply are kept, and how long each may be.
const MAX_REPLY_CONTEXT: usize = 4;
const MAX_REPLY_CONTEXT_BYTES: usize = 64;

/// A standard reply's description, for display, in bytes.
pub const MAX_REPLY_DESCRIPTION_BYTES: usize = 400;

/// What a [`Client`] needs to register.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    nick: Nick,
    username: String,
    realname: String,
    sasl: Option<Sasl>,
    /// Tried when the server does not offer `sasl`'s mechanism or refuses it (904).
    sasl_fallback: Option<Sasl>,
    /// The account has logged in with SCRAM before: a password login without it is refused.
    scram_required: bool,
    /// The user allowed `IDENTIFY` to NickServ when the server has no SASL for the password.
    nickserv_fallback: bool,
    flood_burst: u32,
    flood_interval: Duration,
    ping_after: Duration,
    ping_timeout: Duration,
    label_key: u64,
}

impl ClientConfig {
    /// `nick` is the caller's choice (a random pronounceable one by default, never the login or
    /// host name). The user name and real name default to the nick itself, so they say nothing
    /// the nick does not (not the system's login name, not the program's name); `sasl` is the
    /// login, or `None` to register without one.
    pub fn new(nick: Nick, sasl: Option<Sasl>) -> Self {
        let username = ident_from(nick.as_str());
        let realname = nick.as_str().to_owned();
        Self {
            nick,
            username,
            realname,
            sasl,
            sasl_fallback: None,
            scram_required: false,
            nickserv_fallback: false,
            flood_burst: DEFAULT_FLOOD_BURST,
            flood_interval: DEFAULT_FLOOD_INTERVAL,
            ping_after: DEFAULT_PING_AFTER,
            ping_timeout: DEFAULT_PING_TIMEOUT,
            label_key: 0,
        }
    }

    /// A random number from the caller (otter-irc reads no randomness itself) from which the
    /// `labeled-response` labels are made, so the server cannot tell them in advance.
    pub fn with_label_key(mut self, key: u64) -> Self {
        self.label_key = key;
        self
    }

    /// A second login, tried when the server does not offer the first one's mechanism or
    /// refuses it (904): EXTERNAL first with PLAIN behind it, for an account whose certificate
    /// the services may not know yet. Without a first login it is ignored.
    #[must_use]
    pub fn with_sasl_fallback(mut self, fallback: Sasl) -> Self {
        self.sasl_fallback = Some(fallback);
        self
    }

    /// Refuses to send the password by PLAIN: a server that no longer lists SCRAM-SHA-256, for
    /// an account that logged in with it before, may be someone in the middle collecting
    /// passwords. EXTERNAL is not affected.
    #[must_use]
    pub fn with_scram_required(mut self) -> Self {
        self.scram_required = true;
        self
    }

    /// Where the server offers no SASL for the password login (no `sasl` capability, no CAP at
    /// all, or no password mechanism), registers without it and sends `PRIVMSG NickServ
    /// :IDENTIFY <account> <password>` once, after 001, instead of stopping. Weaker than SASL:
    /// the nick is visible before the login, and the password goes to whoever answers as
    /// NickServ. Never used when SASL is offered for the password (a refused SASL login still
    /// stops), nor for an account that [`requires SCRAM`](Self::with_scram_required). Only
    /// for a connection the driver has secured with TLS.
    #[must_use]
    pub fn with_nickserv_fallback(mut self) -> Self {
        self.nickserv_fallback = true;
        self
    }

    /// Flood control: `burst` lines may leave at once, then one every `interval`. Applies to
    /// what the user sends once registered (messages, joins, parts); PONG and registration
    /// are never held. A burst of 0 is taken as 1.
    #[must_use]
    pub fn with_flood(mut self, burst: u32, interval: Duration) -> Self {
        self.flood_burst = burst.max(1);
        self.flood_interval = interval;
        self
    }

    /// Keepalive: after `ping_after` without input, PING the server; without an answer within
    /// `timeout`, the connection is over ([`IrcError::Timeout`]). `timeout` also bounds
    /// registration.
    #[must_use]
    pub fn with_keepalive(mut self, ping_after: Duration, timeout: Duration) -> Self {
        self.ping_after = ping_after;
        self.ping_timeout = timeout;
        self
    }

    /// Another user name (ident): 1 to 10 ASCII letters, digits, `_` or `-`.
    pub fn with_username(mut self, username: &str) -> Result<Self, IrcError> {
        let valid = !username.is_empty()
            && username.len() <= USERLEN
            && username
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'));
        if !valid {
            return Err(IrcError::InvalidConfig {
                reason: "the user name must be 1 to 10 ASCII letters, digits, '_' or '-'",
            });
        }
        username.clone_into(&mut self.username);
        Ok(self)
    }

    /// Another real name (shown in WHOIS): up to 100 bytes, no control characters.
    pub fn with_realname(mut self, realname: &str) -> Result<Self, IrcError> {
        if realname.is_empty() || realname.len() > 100 || realname.chars().any(text::must_escape) {
            return Err(IrcError::InvalidConfig {
                reason: "the real name must be 1 to 100 bytes without control characters",
            });
        }
        realname.clone_into(&mut self.realname);
        Ok(self)
    }
}

/// A user name derived from a nick: the characters idents allow, at most [`USERLEN`].
fn ident_from(nick: &str) -> String {
    let ident: String = nick
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
        .take(USERLEN)
        .collect();
    if ident.is_empty() {
        "user".to_owned()
    } else {
        ident
    }
}

/// What the driver must do next. Returned by [`Client::poll_action`].
#[derive(Debug)]
pub enum Action {
    /// Write these bytes to the connection.
    Send(Vec<u8>),
    /// Something happened that the core should know.
    Event(IrcEvent),
    /// Close the connection, after sending what was queued before this action.
    Close(CloseReason),
}

/// Why the client asks to close the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseReason {
    /// The caller asked ([`Client::close`]).
    Requested,
    /// The server sent `ERROR` (it is closing the link).
    ServerClosed,
    /// An error ended the connection; `handle_bytes` returned it.
    Error(ErrorKind),
}

/// Where a message or notice went: to a nick (ours, or the peer's for our own echoed
/// messages) or to a channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A nick.
    Nick(Nick),
    /// A channel.
    Channel(Channel),
}

/// A channel member from a NAMES reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The member's nick.
    pub nick: Nick,
    /// Membership prefixes (`@` operator, `+` voice, …), highest first.
    pub prefixes: String,
}

/// What happened on the connection. All text in events is for display: mIRC formatting
/// stripped, and controls and bidirectional overrides escaped as `<U+XXXX>` (tabs are kept,
/// so OTR's whitespace tag survives for the OTR engine).
#[derive(Debug)]
pub enum IrcEvent {
    /// Registered (001): messages can be sent.
    Online {
        /// The nick the server registered (maybe an alternative, after 433).
        nick: Nick,
        /// The services account SASL logged in to, if any.
        account: Option<String>,
        /// The SASL mechanism that logged in (`None`: no login).
        mechanism: Option<&'static str>,
        /// The IRCv3 capabilities in effect.
        capabilities: Vec<String>,
    },
    /// A nick changed: ours (`own`) or that of someone in one of our channels.
    NickChanged {
        /// The old nick.
        old: Nick,
        /// The new nick.
        new: Nick,
        /// Whether it is ours.
        own: bool,
        /// The channels (of ours) where the nick is a member: all of ours when it is ours.
        channels: Vec<Channel>,
    },
    /// A one-to-one message (PRIVMSG to a nick). With `echo-message`, our own messages come
    /// back with `from` = our nick and `to` = the peer.
    PrivateMessage {
        /// The sender.
        from: Nick,
        /// The recipient.
        to: Nick,
        /// The text.
        text: MessageText,
        /// When the server says it was written, in Unix seconds: the IRCv3 `server-time`
        /// tag, only when that capability was negotiated and the tag is a real UTC time.
        server_time: Option<i64>,
    },
    /// A message in a channel.
    ChannelMessage {
        /// The channel.
        channel: Channel,
        /// The sender.
        from: Nick,
        /// The text.
        text: MessageText,
        /// As for [`IrcEvent::PrivateMessage`].
        server_time: Option<i64>,
    },
    /// A CTCP ACTION (`/me waves`).
    Action {
        /// Who acted.
        from: Nick,
        /// Where.
        to: Target,
        /// What they did, without the nick.
        text: MessageText,
        /// As for [`IrcEvent::PrivateMessage`].
        server_time: Option<i64>,
    },
    /// A NOTICE. Never answered (RFC 2812 §3.3.2).
    Notice {
        /// The sender, or `None` for the server itself.
        from: Option<Nick>,
        /// Where it went.
        to: Target,
        /// The text.
        text: MessageText,
    },
    /// A CTCP request or reply other than ACTION arrived and was dropped without any answer
    /// (VERSION, TIME, PING, CLIENTINFO, USERINFO, FINGER, SOURCE…: answering would tell
    /// the sender what software, time zone and machine the user has).
    CtcpIgnored {
        /// The sender.
        from: Nick,
        /// The CTCP command, escaped and cut to 32 characters.
        command: String,
    },
    /// Someone offered a DCC transfer or chat. Otter does not do DCC: accepting would connect
    /// outside Tor or reveal the user's address. The offer is not parsed further.
    DccOfferRefused {
        /// Who offered.
        from: Nick,
    },
    /// We joined a channel.
    Joined {
        /// The channel.
        channel: Channel,
    },
    /// We left a channel.
    Parted {
        /// The channel.
        channel: Channel,
    },
    /// Someone invites us to a channel we are not in (INVITE). Nothing is joined: anyone
    /// can send one, and the user decides.
    Invited {
        /// Who invites.
        from: Nick,
        /// To where.
        channel: Channel,
    },
    /// Someone invited another person into one of our channels (seen with `invite-notify`).
    /// Only a note for the channel: the invitation is not ours.
    MemberInvited {
        /// The channel.
        channel: Channel,
        /// Who invited.
        by: Nick,
        /// Who was invited.
        nick: Nick,
    },
    /// We were kicked from a channel.
    Kicked {
        /// The channel.
        channel: Channel,
        /// Who kicked us, if a user did.
        by: Option<Nick>,
        /// The reason given.
        reason: MessageText,
    },
    /// Someone joined one of our channels.
    MemberJoined {
        /// The channel.
        channel: Channel,
        /// Who.
        nick: Nick,
    },
    /// Someone left (or was kicked from) one of our channels.
    MemberParted {
        /// The channel.
        channel: Channel,
        /// Who.
        nick: Nick,
        /// An operator kicked them.
        kicked: bool,
    },
    /// People left one of our channels together because two servers lost their link (an
    /// IRCv3 `netsplit` batch): one announcement for all of them, who are no longer members.
    /// A very large split may come as a few of these.
    Netsplit {
        /// The channel.
        channel: Channel,
        /// Who left, in the server's order.
        nicks: Vec<Nick>,
        /// The two servers that split, as the server named them (either may be empty).
        servers: (String, String),
    },
    /// People came back to one of our channels together when a split healed (an IRCv3
    /// `netjoin` batch); they are members again.
    Netjoin {
        /// The channel.
        channel: Channel,
        /// Who came back, in the server's order.
        nicks: Vec<Nick>,
        /// The two servers linked again, as the server named them (either may be empty).
        servers: (String, String),
    },
    /// Someone in one of our channels quit IRC.
    MemberQuit {
        /// Who.
        nick: Nick,
        /// The channels we shared.
        channels: Vec<Channel>,
    },
    /// The member list of a channel (NAMES, 353 … 366), complete or cut at
    /// [`MAX_CHANNEL_MEMBERS`].
    Names {
        /// The channel.
        channel: Channel,
        /// The members.
        members: Vec<Member>,
        /// Whether members beyond the limit were dropped.
        truncated: bool,
    },
    /// A channel's topic (on join, 332) or a change of it (TOPIC).
    TopicChanged {
        /// The channel.
        channel: Channel,
        /// The topic; empty when cleared.
        topic: MessageText,
        /// Who changed it, for a change.
        by: Option<Nick>,
    },
    /// A message we sent could not be delivered (401 no such nick, 404 cannot send to
    /// channel, …).
    MessageFailed {
        /// The caller's id, if the message was one of the last ones sent to that target.
        local_id: Option<LocalId>,
        /// The numeric.
        numeric: u16,
    },
    /// Joining a channel failed (banned, invite only, wrong key, …).
    JoinFailed {
        /// The channel as the server named it.
        channel: Channel,
        /// The numeric (471, 473, 474, 475, 403, 405, 477, …).
        numeric: u16,
    },
    /// A member's channel status changed (MODE +o, -v, …): `prefixes` is what they hold now,
    /// highest first (`@+`, or empty).
    MemberStatus {
        /// The channel.
        channel: Channel,
        /// Who.
        nick: Nick,
        /// Their prefixes now.
        prefixes: String,
    },
    /// Someone changed a channel's modes (one `MODE` line): status (`+o nick`), bans, the
    /// channel's own modes. Members' prefixes also come as [`IrcEvent::MemberStatus`].
    ChannelModes {
        /// The channel.
        channel: Channel,
        /// Who changed them (`None`: the server or services).
        by: Option<Nick>,
        /// The changes in the line's order, at most [`MAX_SHOWN_MODE_CHANGES`].
        changes: Vec<ModeChange>,
        /// Changes the line held beyond those.
        omitted: usize,
    },
    /// The answer to [`Client::list_channels`]: the channels that match, in the server's
    /// order.
    ChannelList {
        /// The channels, at most [`MAX_LISTED_CHANNELS`].
        channels: Vec<ListedChannel>,
        /// More matched than were kept.
        truncated: bool,
    },
    /// A channel's current modes, answering [`Client::query_modes`] (324), escaped.
    ChannelModesShown {
        /// The channel.
        channel: Channel,
        /// Its modes and their arguments as the server wrote them (`+nt`, `+kl key 10`).
        modes: String,
    },
    /// The people of a channel, or the person with a nick, answering [`Client::who`]
    /// (352 … 315).
    Who {
        /// The channel or nick asked about, escaped.
        target: String,
        /// In the server's order, at most [`MAX_WHO_ENTRIES`].
        entries: Vec<WhoEntry>,
        /// More were listed than kept.
        truncated: bool,
    },
    /// A channel's ban list, answering [`Client::list_bans`] (367 … 368).
    BanList {
        /// The channel.
        channel: Channel,
        /// The bans, in the server's order, at most [`MAX_LISTED_BANS`].
        bans: Vec<BanEntry>,
        /// More bans were listed than kept.
        truncated: bool,
    },
    /// A message waits for flood control: its lines leave later, and
    /// [`IrcEvent::MessageWritten`] follows when they have. Reported once per message, and only
    /// when it did not leave at once.
    MessageQueued {
        /// The caller's id.
        local_id: LocalId,
    },
    /// The last line of a message was handed to the driver to write: it reports this after
    /// writing the [`Action::Send`] before it.
    MessageWritten {
        /// The caller's id.
        local_id: LocalId,
    },
    /// The answer to [`Client::whois`], complete at its end (318) or when the server says
    /// there is no such nick (401).
    Whois(WhoisReply),
    /// The server refused a nick we asked for after registration (432 erroneous, 433 in
    /// use, 436 collision, 437 held for a while); we keep the one we have.
    NickRefused {
        /// The numeric.
        numeric: u16,
    },
    /// The server refused a channel request (482 not channel operator, 442 not on the
    /// channel, 437 try again later), such as a topic change.
    ChannelRequestRefused {
        /// The channel as the server named it.
        channel: Channel,
        /// The numeric.
        numeric: u16,
        /// The command it refuses ([`Client::last_asked`] when it was sent), known from its
        /// `labeled-response` label; `None` without one.
        asked: Option<u64>,
    },
    /// An IRCv3 standard reply (`FAIL`, `WARN` or `NOTE`): the server's word on a command,
    /// with or without the `standard-replies` capability. Every part is cut and escaped for
    /// display.
    StandardReply {
        /// Which of the three.
        kind: ReplyKind,
        /// The command it is about (`JOIN`, `NICK`…), or `*` for none in particular.
        command: String,
        /// The machine-readable code (`CHANNEL_NAME_INVALID`…).
        code: String,
        /// The context parameters between code and description, at most four.
        context: Vec<String>,
        /// A channel of ours, or one named by the context of a channel command: where the
        /// reply belongs. `None`: it is about the connection or account.
        channel: Option<Channel>,
        /// The server's words.
        description: MessageText,
        /// The command it answers ([`Client::last_asked`] when it was sent), known from its
        /// `labeled-response` label; `None` without one.
        asked: Option<u64>,
    },
    /// The server announced a Strict Transport Security policy (`sts` in `CAP LS` or `CAP
    /// NEW`). The driver remembers it for the host so that later connections use TLS on the
    /// named port; a policy with `duration=0` withdraws the remembered one.
    Sts(StsPolicy),
    /// The server answered our keepalive PING after this long.
    Lag {
        /// Round trip.
        rtt: Duration,
    },
    /// The server is closing the link (`ERROR`); a [`CloseReason::ServerClosed`] follows.
    ServerError {
        /// The server's words (may name our address as the server sees it: a Tor exit).
        text: MessageText,
    },
}

/// The three kinds of IRCv3 standard replies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyKind {
    /// The command failed.
    Fail,
    /// It did something, but not all that was asked, or something to know.
    Warn,
    /// Information only.
    Note,
}

/// `text` on one line: controls and the characters that reorder text become spaces, cut to
/// `max` bytes on a character boundary.
pub(crate) fn one_line(text: &str, max: usize) -> String {
    let mut clean: String = text
        .chars()
        .map(|c| if text::must_escape(c) { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned();
    if clean.len() > max {
        let mut end = max;
        while !clean.is_char_boundary(end) {
            end = end.saturating_sub(1);
        }
        clean.truncate(end);
    }
    clean
}

/// Where registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// [`Client::start`] not called yet.
    Idle,
    /// `CAP LS 302` sent; collecting the list, or `CAP REQ` sent and waiting for ACK/NAK.
    Negotiating,
    /// `AUTHENTICATE <mechanism>` sent, waiting for `AUTHENTICATE +`.
    Authenticating,
    /// Credentials sent, waiting for 903 (or a failure).
    AwaitingLogin,
    /// `CAP END` sent (or no CAP at all), waiting for 001.
    Registering,
    /// Registered.
    Online,
    /// Ended; input is ignored.
    Closed,
}

/// One channel we are in.
#[derive(Debug)]
struct ChannelState {
    name: Channel,
    members: HashMap<String, Member>,
    truncated: bool,
    /// A NAMES reply being collected (353 until 366).
    names: Vec<Member>,
    names_truncated: bool,
    /// A topic from 332, held until 333 names who set it (or the names end).
    pending_topic: Option<MessageText>,
}

impl ChannelState {
    fn new(name: Channel) -> Self {
        Self {
            name,
            members: HashMap::new(),
            truncated: false,
            names: Vec::new(),
            names_truncated: false,
            pending_topic: None,
        }
    }

    fn add(&mut self, map: CaseMapping, member: Member) {
        let key = map.fold(member.nick.as_str());
        if self.members.len() >= MAX_CHANNEL_MEMBERS && !self.members.contains_key(&key) {
            self.truncated = true;
            return;
        }
        self.members.insert(key, member);
    }
}

/// One IRC connection, from the first line to `QUIT`. See the crate documentation for the
/// driver contract.
#[derive(Debug)]
pub struct Client {
    config: ClientConfig,
    framer: Framer,
    state: State,
    actions: VecDeque<Action>,
    /// The nick registered, or the one being tried.
    nick: Nick,
    nick_attempts: usize,
    offered: Vec<Offered>,
    /// `CAP REQ` sent during registration (so the next ACK/NAK is ours).
    requested: bool,
    /// A NAK was answered by requesting `sasl` alone.
    retried_sasl_only: bool,
    /// The server's `sasl=` value lists SCRAM-SHA-256: a password login uses it, not PLAIN.
    scram_offered: bool,
    /// The SCRAM login in progress, if any.
    scram: Option<ScramExchange>,
    enabled: Vec<String>,
    logged_in: bool,
    account: Option<String>,
    /// The password login held back for NickServ `IDENTIFY` after 001, once the server showed
    /// it has no SASL for it ([`ClientConfig::with_nickserv_fallback`]).
    identify: Option<Sasl>,
    /// Our user and host as the server relays them, once known.
    user: Option<String>,
    host: Option<String>,
    /// `PREFIX` symbols from 005, highest first.
    prefix_symbols: String,
    /// `CHANTYPES` from 005.
    channel_types: String,
    channels: HashMap<String, ChannelState>,
    sent: VecDeque<(String, LocalId)>,
    /// `CASEMAPPING` from 005.
    casemap: CaseMapping,
    /// `PREFIX` mode letters from 005, in the order of `prefix_symbols`.
    prefix_modes: String,
    /// `CHANMODES` types A and B (always take a parameter) and C (only when set).
    modes_always_param: String,
    modes_param_when_set: String,
    /// Lines held by flood control, oldest first.
    queue: VecDeque<Paced>,
    /// Flood control (GCRA): when the bucket would be empty again, as if lines left evenly.
    flood_until: Option<Instant>,
    /// The latest time the driver told us.
    now: Option<Instant>,
    /// When bytes last arrived (or the client started: the first time we were told).
    last_received: Option<Instant>,
    /// Our keepalive PING in flight: its token and when it left.
    ping_sent: Option<(u32, Instant)>,
    ping_counter: u32,
    /// Our away message (`None`: here); sent on each change and after registering.
    away: Option<String>,
    /// A channel list being collected (322 until 323).
    listing: Option<Listing>,
    /// Netsplit and netjoin batches being gathered.
    batches: Batches,
    /// WHOIS answers being collected, keyed by the case-folded nick, oldest first.
    whois: VecDeque<(String, WhoisReply)>,
    /// Ban lists being collected: the case-folded channel, its entries, whether cut.
    ban_lists: VecDeque<(String, Vec<BanEntry>, bool)>,
    /// WHO answers being collected, oldest first.
    who: VecDeque<PendingWho>,
    /// Commands the user asked for so far ([`Client::last_asked`]).
    asked_count: u64,
    /// Labels sent so far.
    label_count: u64,
    /// Labels sent and not yet answered, with the command they went with; oldest first.
    labels: VecDeque<(String, u64)>,
    /// Open `labeled-response` batches: their reference and label.
    labeled_batches: Vec<(String, String)>,
    /// The command the line being handled answers, known from its label.
    answering: Option<u64>,
}

/// A line held by flood control.
#[derive(Debug)]
struct Paced {
    line: Vec<u8>,
    /// The message whose last line this is: written, it is reported
    /// ([`IrcEvent::MessageWritten`]).
    message: Option<LocalId>,
    /// [`IrcEvent::MessageQueued`] was reported for its message.
    reported: bool,
}

/// What an operator does to someone in a channel ([`Client::moderate`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelModeration {
    /// Out of the channel; they may come back.
    Kick,
    /// Out, and banned by nick.
    Ban,
    /// `+v`.
    GrantVoice,
    /// `-v`.
    RevokeVoice,
    /// `+o`.
    GrantOperator,
    /// `-o`.
    RevokeOperator,
}

/// A `LIST` answer being collected.
#[derive(Debug, Default)]
struct Listing {
    /// What the user searches for, case-folded ("" for everything).
    filter: String,
    channels: Vec<ListedChannel>,
    truncated: bool,
}

/// One channel of a `LIST` answer (322).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedChannel {
    /// The channel.
    pub channel: Channel,
    /// How many people are in it, as the server counts them.
    pub users: u32,
    /// Its topic, for display, at most [`MAX_LISTED_TOPIC_BYTES`].
    pub topic: MessageText,
}

/// What the server said about a nick ([`Client::whois`]). Every text is escaped for display
/// and cut to [`MAX_WHOIS_FIELD_BYTES`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WhoisReply {
    /// The nick asked about, as the server spelled it.
    pub nick: String,
    /// The server knows the nick (311 came); `false` after 401 "no such nick".
    pub found: bool,
    /// `user@host` (311).
    pub mask: Option<String>,
    /// The real name (311).
    pub realname: Option<String>,
    /// The server they are on, and its description (312).
    pub server: Option<String>,
    /// Seconds idle (317).
    pub idle_seconds: Option<u64>,
    /// The channels the server shows, with membership prefixes (319), at most
    /// [`MAX_WHOIS_CHANNELS`].
    pub channels: Vec<String>,
    /// More channels were listed than kept.
    pub channels_truncated: bool,
    /// The services account they are logged in to (330).
    pub account: Option<String>,
    /// Their away message (301).
    pub away: Option<String>,
    /// They are connected over TLS (671).
    pub secure: bool,
}

/// One person of a WHO answer (352), every text escaped for display and cut to
/// [`MAX_WHOIS_FIELD_BYTES`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WhoEntry {
    /// Their nick.
    pub nick: String,
    /// `user@host` (over Tor, usually a cloak).
    pub mask: String,
    /// Their status signs in the channel asked about (`@`, `+`, or empty).
    pub status: String,
    /// The server marks them away (`G`).
    pub away: bool,
    /// Their real name.
    pub realname: String,
}

/// A WHO answer being collected.
#[derive(Debug)]
struct PendingWho {
    /// The channel or nick asked, case-folded.
    key: String,
    /// The same, escaped, as the answer names it.
    target: String,
    entries: Vec<WhoEntry>,
    truncated: bool,
}

/// One entry of a channel's ban list (367), escaped for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BanEntry {
    /// The mask banned (`nick!*@*`).
    pub mask: String,
    /// Who set it, if the server says.
    pub by: Option<String>,
}

/// Label number `count` under `key`: eight hex digits that follow no visible order (SplitMix64).
fn short_label(key: u64, count: u64) -> String {
    let mut z = key.wrapping_add(count.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    format!("{:08x}", z as u32)
}

/// A shown mode argument: escaped, cut to [`MAX_MODE_ARG_BYTES`] on a character boundary.
fn mode_arg(text: &str) -> String {
    let mut shown = text::escape_for_display(text);
    if shown.len() > MAX_MODE_ARG_BYTES {
        let mut end = MAX_MODE_ARG_BYTES;
        while !shown.is_char_boundary(end) {
            end = end.saturating_sub(1);
        }
        shown.truncate(end);
    }
    shown
}

/// A shown WHOIS field: escaped, cut to [`MAX_WHOIS_FIELD_BYTES`] on a character boundary.
fn whois_field(text: &str) -> String {
    let mut shown = text::for_display(text);
    if shown.len() > MAX_WHOIS_FIELD_BYTES {
        let mut end = MAX_WHOIS_FIELD_BYTES;
        while !shown.is_char_boundary(end) {
            end = end.saturating_sub(1);
        }
        shown.truncate(end);
    }
    shown
}

impl Client {
    /// A client for one connection. Nothing happens until [`Client::start`].
    pub fn new(config: ClientConfig) -> Self {
        let nick = config.nick.clone();
        Self {
            config,
            framer: Framer::default(),
            state: State::Idle,
            actions: VecDeque::new(),
            nick,
            nick_attempts: 0,
            offered: Vec::new(),
            requested: false,
            retried_sasl_only: false,
            scram_offered: false,
            scram: None,
            enabled: Vec::new(),
            logged_in: false,
            account: None,
            identify: None,
            user: None,
            host: None,
            prefix_symbols: "~&@%+".to_owned(),
            channel_types: "#&".to_owned(),
            channels: HashMap::new(),
            sent: VecDeque::new(),
            casemap: CaseMapping::default(),
            prefix_modes: "qaohv".to_owned(),
            modes_always_param: "beIk".to_owned(),
            modes_param_when_set: "l".to_owned(),
            queue: VecDeque::new(),
            flood_until: None,
            now: None,
            last_received: None,
            ping_sent: None,
            ping_counter: 0,
            away: None,
            listing: None,
            batches: Batches::default(),
            whois: VecDeque::new(),
            ban_lists: VecDeque::new(),
            who: VecDeque::new(),
            asked_count: 0,
            label_count: 0,
            labels: VecDeque::new(),
            labeled_batches: Vec::new(),
            answering: None,
        }
    }

    /// Begins registration, once the connection is up (after TLS: IRC over TLS is direct,
    /// port 6697, so the driver completes the handshake first). Sends `CAP LS 302`, `NICK` and
    /// `USER`; the server holds registration until `CAP END`, which is sent only after the
    /// login succeeded.
    pub fn start(&mut self) -> Result<(), IrcError> {
        if self.state != State::Idle {
            return Err(IrcError::UnexpectedCall { call: "start" });
        }
        self.send(line::build("CAP", &["LS", "302"], None)?);
        self.send(line::build("NICK", &[self.nick.as_str()], None)?);
        // RFC 2812 §3.1.3: USER <user> <mode> <unused> :<realname>.
        self.send(line::build(
            "USER",
            &[&self.config.username, "0", "*"],
            Some(&self.config.realname),
        )?);
        self.state = State::Negotiating;
        Ok(())
    }

    /// Bytes received from the connection (after TLS, the decrypted bytes), in any pieces. An
    /// error ends the connection: a `QUIT` and an [`Action::Close`] are queued, so drain
    /// [`Client::poll_action`] after an error too. Input after the end is ignored.
    pub fn handle_bytes(&mut self, now: Instant, bytes: &[u8]) -> Result<(), IrcError> {
        if matches!(self.state, State::Closed | State::Idle) {
            return Ok(());
        }
        self.tick(now);
        self.last_received = Some(now);
        let expired = self.batches.expire(now);
        self.announce(expired);
        let result = self.receive(bytes);
        if let Err(error) = &result {
            self.fail(error);
        }
        result
    }

    /// The next thing the driver must do, or `None` when there is nothing until the next
    /// input.
    pub fn poll_action(&mut self) -> Option<Action> {
        if let Some(action) = self.actions.pop_front() {
            return Some(action);
        }
        self.release_queued()
    }

    /// When [`Client::handle_timeout`] must be called next (a queued line may leave, a
    /// keepalive PING is due, or an unanswered one times out), or `None` when nothing waits on
    /// time. Ask again after every input: the answer changes.
    pub fn poll_timeout(&self) -> Option<Instant> {
        if matches!(self.state, State::Closed | State::Idle) {
            return None;
        }
        let now = self.now?;
        let flood = if self.queue.is_empty() {
            None
        } else {
            Some(self.flood_ready_at(now))
        };
        let received = self.last_received.unwrap_or(now);
        let liveness = match (self.state, self.ping_sent) {
            (_, Some((_, sent))) => sent + self.config.ping_timeout,
            (State::Online, None) => received + self.config.ping_after,
            // Registration is bounded by the same timeout, counted from the last input.
            (_, None) => received + self.config.ping_timeout,
        };
        let soonest = flood.map_or(liveness, |flood| flood.min(liveness));
        Some(
            self.batches
                .deadline()
                .map_or(soonest, |batch| batch.min(soonest)),
        )
    }

    /// Time passed: releases queued lines whose turn came, sends a keepalive PING when the
    /// server has been silent, and ends the connection when it stays silent
    /// ([`IrcError::Timeout`], with the `QUIT` and the close queued as for any error). Drain
    /// afterwards. The driver may call it at any time, not only at [`Client::poll_timeout`].
    pub fn handle_timeout(&mut self, now: Instant) -> Result<(), IrcError> {
        if matches!(self.state, State::Closed | State::Idle) {
            return Ok(());
        }
        self.tick(now);
        let expired = self.batches.expire(now);
        self.announce(expired);
        let received = *self.last_received.get_or_insert(now);
        let result = match self.ping_sent {
            // Lines after our PING prove the link alive even if its PONG is late.
            Some((_, sent)) if self.last_received.is_some_and(|at| at > sent) => {
                if now >= sent + self.config.ping_timeout {
                    self.ping_sent = None;
                }
                Ok(())
            }
            Some((_, sent)) if now >= sent + self.config.ping_timeout => Err(IrcError::Timeout),
            None if self.state != State::Online && now >= received + self.config.ping_timeout => {
                Err(IrcError::Timeout)
            }
            None if self.state == State::Online && now >= received + self.config.ping_after => {
                self.ping_counter = self.ping_counter.wrapping_add(1);
                let token = format!("otter{}", self.ping_counter);
                self.ping_sent = Some((self.ping_counter, now));
                // Never behind flood control: a PING stuck in the queue would time us out.
                line::build("PING", &[&token], None).map(|line| self.send(line))
            }
            _ => Ok(()),
        };
        if let Err(error) = &result {
            self.fail(error);
        }
        result
    }

    /// How many lines flood control holds.
    pub fn queued_lines(&self) -> usize {
        self.queue.len()
    }

    fn tick(&mut self, now: Instant) {
        // Time never goes back for us, whatever the driver passes.
        if self.now.is_none_or(|before| now > before) {
            self.now = Some(now);
        }
    }

    /// When the next queued line may leave.
    fn flood_ready_at(&self, now: Instant) -> Instant {
        let allowance = self.config.flood_interval * (self.config.flood_burst - 1);
        match self.flood_until {
            Some(until) => until.checked_sub(allowance).unwrap_or(now).max(now),
            None => now,
        }
    }

    fn release_queued(&mut self) -> Option<Action> {
        if self.state == State::Closed || self.queue.is_empty() {
            return None;
        }
        let now = self.now?;
        if self.flood_ready_at(now) > now {
            return self.report_queued();
        }
        let paced = self.queue.pop_front()?;
        let base = self.flood_until.map_or(now, |until| until.max(now));
        self.flood_until = Some(base + self.config.flood_interval);
        // A message is written when its last line is (OTR fragments: the last body's).
        if let Some(local_id) = paced.message
            && !self
                .queue
                .iter()
                .any(|queued| queued.message == Some(local_id))
        {
            self.event(IrcEvent::MessageWritten { local_id });
        }
        Some(Action::Send(paced.line))
    }

    /// Once flood control holds the rest: each message still waiting, reported once.
    fn report_queued(&mut self) -> Option<Action> {
        let local_id = self
            .queue
            .iter()
            .find(|queued| !queued.reported && queued.message.is_some())?
            .message?;
        for queued in &mut self.queue {
            if queued.message == Some(local_id) {
                queued.reported = true;
            }
        }
        Some(Action::Event(IrcEvent::MessageQueued { local_id }))
    }

    fn check_queue_room(&self, lines: usize) -> Result<(), IrcError> {
        if self.queue.len() + lines > MAX_QUEUED_LINES {
            return Err(IrcError::SendQueueFull);
        }
        Ok(())
    }

    /// A line the user asked for: through flood control.
    /// Lines of one command the user asked for, through flood control. With
    /// `labeled-response` each carries a label, so that what the server answers is known to
    /// answer it ([`Client::last_asked`] names the command).
    fn send_asked(&mut self, lines: Vec<Vec<u8>>) {
        self.asked_count += 1;
        let labeled = self.enabled.iter().any(|cap| cap == "labeled-response");
        for line in lines {
            if !labeled {
                self.send_paced(line);
                continue;
            }
            self.label_count += 1;
            let label = short_label(self.config.label_key, self.label_count);
            if self.labels.len() >= MAX_PENDING_LABELS {
                self.labels.pop_front();
            }
            self.labels.push_back((label.clone(), self.asked_count));
            let mut tagged = format!("@label={label} ").into_bytes();
            tagged.extend_from_slice(&line);
            self.send_paced(tagged);
        }
    }

    /// The number of the latest command the user asked for (WHOIS, WHO, MODE, TOPIC, JOIN,
    /// KICK, INVITE, a raw line): a refusal that answers it carries this number in `asked`
    /// when the server supports `labeled-response`.
    pub fn last_asked(&self) -> u64 {
        self.asked_count
    }

    fn send_paced(&mut self, line: Vec<u8>) {
        self.queue.push_back(Paced {
            line,
            message: None,
            reported: false,
        });
    }

    /// Sends one body of a one-to-one message. Only the OTR gate makes a `WireBody`, so nothing
    /// reaches this path without the gate's decision (encrypted, or plaintext the policy
    /// allows). A long body goes out as several PRIVMSGs, cut to fit the line as the server
    /// will relay it (see [`Client::max_text_bytes`]); line breaks in the body start a new
    /// PRIVMSG. `local_id` comes back in [`IrcEvent::MessageFailed`] if the server refuses.
    pub fn send_private(
        &mut self,
        to: &Nick,
        body: &WireBody,
        local_id: LocalId,
    ) -> Result<(), IrcError> {
        self.send_text(to.as_str(), body.as_wire_text(), local_id)
    }

    /// Sends a message to a channel (which everyone there, and the server, reads).
    pub fn send_to_channel(
        &mut self,
        channel: &Channel,
        body: &RoomBody,
        local_id: LocalId,
    ) -> Result<(), IrcError> {
        self.send_text(channel.as_str(), body.text(), local_id)
    }

    /// Sends an action to a channel (`/me waves`: `text` is "waves"), as CTCP ACTION. Split
    /// like any message, each piece its own ACTION.
    pub fn send_action_to_channel(
        &mut self,
        channel: &Channel,
        body: &RoomBody,
        local_id: LocalId,
    ) -> Result<(), IrcError> {
        self.send_framed(channel.as_str(), body.text(), local_id, true)
    }

    /// Joins a channel, with its key if it has one.
    pub fn join(&mut self, channel: &Channel, key: Option<&str>) -> Result<(), IrcError> {
        if self.state != State::Online {
            return Err(IrcError::NotOnline);
        }
        let line = match key {
            Some(key) => {
                if key.is_empty()
                    || key
                        .chars()
                        .any(|c| c == ' ' || c == ',' || text::must_escape(c))
                {
                    return Err(IrcError::InvalidName {
                        what: "channel key",
                    });
                }
                line::build("JOIN", &[channel.as_str(), key], None)?
            }
            None => line::build("JOIN", &[channel.as_str()], None)?,
        };
        self.check_queue_room(1)?;
        self.send_asked(vec![line]);
        Ok(())
    }

    /// Marks us away with `message` (`AWAY`), or back (`None`). Line breaks and the characters
    /// that reorder text become spaces; the message is cut to [`MAX_AWAY_BYTES`]. Before
    /// registration it is remembered and sent once registered.
    pub fn set_away(&mut self, message: Option<&str>) {
        self.away = message.map(|message| {
            let clean = one_line(message, MAX_AWAY_BYTES);
            // An empty AWAY means "back": someone away always says something.
            if clean.is_empty() {
                "Away".to_owned()
            } else {
                clean
            }
        });
        if self.state == State::Online {
            self.send_away();
        }
    }

    fn send_away(&mut self) {
        let line = match &self.away {
            Some(message) => line::build("AWAY", &[], Some(message)),
            None => line::build("AWAY", &[], None),
        };
        if let Ok(line) = line
            && self.check_queue_room(1).is_ok()
        {
            self.send_paced(line);
        }
    }

    /// Sets a channel's topic (`TOPIC`), or clears it with an empty text. Line breaks and the
    /// characters that reorder text become spaces; the text is cut to [`MAX_SENT_TOPIC_BYTES`].
    /// The server announces the new topic to the channel ([`IrcEvent::TopicChanged`]) or
    /// refuses ([`IrcEvent::ChannelRequestRefused`]).
    pub fn set_topic(&mut self, channel: &Channel, topic: &str) -> Result<(), IrcError> {
        if self.state != State::Online {
            return Err(IrcError::NotOnline);
        }
        let topic = one_line(topic, MAX_SENT_TOPIC_BYTES);
        // "TOPIC #c" alone asks for the topic; an empty trailing parameter clears it.
        let line = line::build("TOPIC", &[channel.as_str()], Some(&topic))?;
        self.check_queue_room(1)?;
        self.send_asked(vec![line]);
        Ok(())
    }

    /// Asks for another nick (`NICK`): on IRC it is the connection's, in every channel. The
    /// server answers with our `NICK` ([`IrcEvent::NickChanged`], `own`), or refuses
    /// ([`IrcEvent::NickRefused`]) and we keep the old one.
    pub fn change_nick(&mut self, nick: &Nick) -> Result<(), IrcError> {
        if self.state != State::Online {
            return Err(IrcError::NotOnline);
        }
        let line = line::build("NICK", &[nick.as_str()], None)?;
        self.check_queue_room(1)?;
        self.send_paced(line);
        Ok(())
    }

    /// Acts on `nick` in `channel` as its operator: voice (`MODE +v`/`-v`), operator (`+o`/
    /// `-o`), kick (`KICK`, with `reason`), or ban (`MODE +b nick!*@*`, then the kick: over
    /// Tor a host is an exit's or a cloak, so the ban names the nick). The server announces
    /// the change to the channel ([`IrcEvent::MemberStatus`], [`IrcEvent::MemberParted`]), or
    /// refuses ([`IrcEvent::ChannelRequestRefused`]).
    pub fn moderate(
        &mut self,
        channel: &Channel,
        nick: &Nick,
        action: ChannelModeration,
        reason: Option<&str>,
    ) -> Result<(), IrcError> {
        if self.state != State::Online {
            return Err(IrcError::NotOnline);
        }
        let (name, who) = (channel.as_str(), nick.as_str());
        let reason = reason.map(|r| one_line(r, MAX_SENT_TOPIC_BYTES));
        let kick = || {
            line::build(
                "KICK",
                &[name, who],
                reason.as_deref().filter(|r| !r.is_empty()),
            )
        };
        let lines = match action {
            ChannelModeration::Kick => vec![kick()?],
            ChannelModeration::Ban => {
                let mask = format!("{who}!*@*");
                vec![line::build("MODE", &[name, "+b", &mask], None)?, kick()?]
            }
            ChannelModeration::GrantVoice => vec![line::build("MODE", &[name, "+v", who], None)?],
            ChannelModeration::RevokeVoice => vec![line::build("MODE", &[name, "-v", who], None)?],
            ChannelModeration::GrantOperator => {
                vec![line::build("MODE", &[name, "+o", who], None)?]
            }
            ChannelModeration::RevokeOperator => {
                vec![line::build("MODE", &[name, "-o", who], None)?]
            }
        };
        self.check_queue_room(lines.len())?;
        self.send_asked(lines);
        Ok(())
    }

    /// Invites `nick` to `channel` (`INVITE`); the server tells them.
    pub fn invite(&mut self, channel: &Channel, nick: &Nick) -> Result<(), IrcError> {
        if self.state != State::Online {
            return Err(IrcError::NotOnline);
        }
        let line = line::build("INVITE", &[nick.as_str(), channel.as_str()], None)?;
        self.check_queue_room(1)?;
        self.send_asked(vec![line]);
        Ok(())
    }

    /// Asks for the network's channels (`LIST`), those whose name contains `filter` (any
    /// case; empty for all). The server filters when it can (`LIST *filter*`, ELIST masks);
    /// the answer is filtered again here, so a server that ignores the mask changes nothing. Answered by [`IrcEvent::ChannelList`], at most
    /// [`MAX_LISTED_CHANNELS`]. A list already being collected is replaced.
    pub fn list_channels(&mut self, filter: &str) -> Result<(), IrcError> {
        if self.state != State::Online {
            return Err(IrcError::NotOnline);
        }
        let filter = one_line(filter, MAX_SENT_TOPIC_BYTES);
        // Characters a mask cannot carry (or that would widen it) are not searched for.
        let filter: String = filter
            .chars()
            .filter(|c| !matches!(c, ' ' | ',' | '*' | '?' | ':'))
            .collect();
        let mask = (!filter.is_empty()).then(|| format!("*{filter}*"));
        let line = match &mask {
            Some(mask) => line::build("LIST", &[mask], None)?,
            None => line::build("LIST", &[], None)?,
        };
        self.check_queue_room(1)?;
        self.send_paced(line);
        self.listing = Some(Listing {
            filter: self.casemap.fold(&filter),
            ..Listing::default()
        });
        Ok(())
    }

    /// Sends one line as the user typed it (`/raw`), unchecked beyond what keeps the
    /// connection's promises: no CR, LF or NUL, at most [`MAX_RAW_LINE_BYTES`], no tags or
    /// source, and never a PRIVMSG or NOTICE (or CPRIVMSG, CNOTICE) to anything but channels,
    /// since one-to-one text must pass the OTR gate. Through flood control like the rest.
    pub fn send_raw(&mut self, raw: &str) -> Result<(), IrcError> {
        if self.state != State::Online {
            return Err(IrcError::NotOnline);
        }
        let reason = self.raw_refusal(raw);
        if let Some(reason) = reason {
            return Err(IrcError::RawLineRefused { reason });
        }
        self.check_queue_room(1)?;
        let mut line = raw.trim().as_bytes().to_vec();
        line.extend_from_slice(b"\r\n");
        self.send_asked(vec![line]);
        Ok(())
    }

    fn raw_refusal(&self, raw: &str) -> Option<RawRefusal> {
        if raw.contains(['\r', '\n', '\0']) {
            return Some(RawRefusal::ControlCharacter);
        }
        let raw = raw.trim();
        if raw.is_empty() {
            return Some(RawRefusal::Empty);
        }
        if raw.len() > MAX_RAW_LINE_BYTES {
            return Some(RawRefusal::TooLong);
        }
        if raw.starts_with(['@', ':']) {
            return Some(RawRefusal::Prefixed);
        }
        let mut words = raw.split(' ').filter(|word| !word.is_empty());
        let command = words.next().unwrap_or_default().to_ascii_uppercase();
        match command.as_str() {
            "PRIVMSG" | "NOTICE" => {
                // Targets: "#a,#b", maybe with a status prefix ("@#a" to the operators). An
                // empty target list is refused too: the server would answer, but nothing is
                // gained by sending it.
                let targets = words.next().unwrap_or_default();
                let symbols = &self.prefix_symbols;
                let all_channels = !targets.is_empty()
                    && targets.split(',').all(|target| {
                        let bare = target.trim_start_matches(|c| symbols.contains(c));
                        self.is_channel_name(bare)
                    });
                (!all_channels).then_some(RawRefusal::PrivateMessage)
            }
            // "CPRIVMSG nick #channel :text" always names a nick.
            "CPRIVMSG" | "CNOTICE" => Some(RawRefusal::PrivateMessage),
            _ => None,
        }
    }

    /// Asks for a channel's modes (`MODE #channel`): answered by
    /// [`IrcEvent::ChannelModesShown`].
    pub fn query_modes(&mut self, channel: &Channel) -> Result<(), IrcError> {
        if self.state != State::Online {
            return Err(IrcError::NotOnline);
        }
        let line = line::build("MODE", &[channel.as_str()], None)?;
        self.check_queue_room(1)?;
        self.send_asked(vec![line]);
        Ok(())
    }

    /// Asks for a channel's ban list (`MODE #channel +b`): answered by [`IrcEvent::BanList`].
    pub fn list_bans(&mut self, channel: &Channel) -> Result<(), IrcError> {
        if self.state != State::Online {
            return Err(IrcError::NotOnline);
        }
        let line = line::build("MODE", &[channel.as_str(), "+b"], None)?;
        self.check_queue_room(1)?;
        self.send_asked(vec![line]);
        let key = self.casemap.fold(channel.as_str());
        self.ban_lists.retain(|(pending, _, _)| *pending != key);
        if self.ban_lists.len() >= MAX_PENDING_BAN_LISTS {
            self.ban_lists.pop_front();
        }
        self.ban_lists.push_back((key, Vec::new(), false));
        Ok(())
    }

    /// Changes a channel's modes as its operator (`MODE #channel +m`, `+k key`, `-b mask`):
    /// `modes` is signs and letters, `args` their arguments, one word each. The server
    /// announces the change ([`IrcEvent::ChannelModes`]) or refuses
    /// ([`IrcEvent::ChannelRequestRefused`], 482).
    pub fn set_modes(
        &mut self,
        channel: &Channel,
        modes: &str,
        args: &[&str],
    ) -> Result<(), IrcError> {
        if self.state != State::Online {
            return Err(IrcError::NotOnline);
        }
        let valid_modes = modes.starts_with(['+', '-'])
            && modes.len() <= MAX_SENT_MODE_CHARS
            && modes
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || matches!(b, b'+' | b'-'));
        let valid_args = args.len() <= MAX_SENT_MODE_ARGS
            && args.iter().all(|arg| {
                !arg.is_empty()
                    && !arg.starts_with(':')
                    && !arg.chars().any(|c| c == ' ' || text::must_escape(c))
            });
        if !valid_modes || !valid_args {
            return Err(IrcError::InvalidName {
                what: "mode change",
            });
        }
        let mut params = vec![channel.as_str(), modes];
        params.extend_from_slice(args);
        let line = line::build("MODE", &params, None)?;
        self.check_queue_room(1)?;
        self.send_asked(vec![line]);
        Ok(())
    }

    /// A ban list numeric: 367 adds to the list being collected, 368 ends it.
    fn ban_numeric(&mut self, number: u16, line: &Line<'_>) {
        let key = self.casemap.fold(line.param(1));
        let Some(index) = self
            .ban_lists
            .iter()
            .position(|(pending, _, _)| *pending == key)
        else {
            return;
        };
        if number == 368 {
            if let Some((_, bans, truncated)) = self.ban_lists.remove(index) {
                self.event(IrcEvent::BanList {
                    channel: Channel::from_wire(line.param(1)),
                    bans,
                    truncated,
                });
            }
            return;
        }
        let Some((_, bans, truncated)) = self.ban_lists.get_mut(index) else {
            return;
        };
        if bans.len() >= MAX_LISTED_BANS {
            *truncated = true;
            return;
        }
        // RPL_BANLIST: <me> <channel> <mask> [<setter> <time>]
        let setter = line.param(3);
        let setter = setter.split_once('!').map_or(setter, |(nick, _)| nick);
        bans.push(BanEntry {
            mask: whois_field(line.param(2)),
            by: (!setter.is_empty()).then(|| whois_field(setter)),
        });
    }

    /// Asks the server about `nick` (`WHOIS`), only ever because the user asked: answered by
    /// [`IrcEvent::Whois`]. Asking again before the answer restarts its collection.
    pub fn whois(&mut self, nick: &Nick) -> Result<(), IrcError> {
        if self.state != State::Online {
            return Err(IrcError::NotOnline);
        }
        let line = line::build("WHOIS", &[nick.as_str()], None)?;
        self.check_queue_room(1)?;
        self.send_asked(vec![line]);
        let key = self.casemap.fold(nick.as_str());
        self.whois.retain(|(pending, _)| *pending != key);
        if self.whois.len() >= MAX_PENDING_WHOIS {
            self.whois.pop_front();
        }
        let reply = WhoisReply {
            nick: text::escape_for_display(nick.as_str()),
            ..WhoisReply::default()
        };
        self.whois.push_back((key, reply));
        Ok(())
    }

    /// Asks who is in a channel, or who uses a nick (`WHO`): answered by [`IrcEvent::Who`].
    pub fn who(&mut self, target: &Target) -> Result<(), IrcError> {
        if self.state != State::Online {
            return Err(IrcError::NotOnline);
        }
        let mask = match target {
            Target::Nick(nick) => nick.as_str(),
            Target::Channel(channel) => channel.as_str(),
        };
        let line = line::build("WHO", &[mask], None)?;
        self.check_queue_room(1)?;
        self.send_asked(vec![line]);
        let key = self.casemap.fold(mask);
        self.who.retain(|pending| pending.key != key);
        if self.who.len() >= MAX_PENDING_WHO {
            self.who.pop_front();
        }
        self.who.push_back(PendingWho {
            key,
            target: text::escape_for_display(mask),
            entries: Vec::new(),
            truncated: false,
        });
        Ok(())
    }

    /// A WHO numeric: 352 adds a person to the answer it belongs to (by its channel, or by
    /// its nick for a nick asked), 315 ends the answer it names. Answers nobody asked for are
    /// ignored.
    fn who_numeric(&mut self, number: u16, line: &Line<'_>) {
        let map = self.casemap;
        if number == 315 {
            let key = map.fold(line.param(1));
            if let Some(index) = self.who.iter().position(|pending| pending.key == key)
                && let Some(done) = self.who.remove(index)
            {
                self.event(IrcEvent::Who {
                    target: done.target,
                    entries: done.entries,
                    truncated: done.truncated,
                });
            }
            return;
        }
        // RPL_WHOREPLY: <me> <channel> <user> <host> <server> <nick> <flags> :<hops> <realname>
        let channel = map.fold(line.param(1));
        let nick = line.param(5);
        let folded_nick = map.fold(nick);
        let Some(pending) = self
            .who
            .iter_mut()
            .find(|pending| pending.key == channel || pending.key == folded_nick)
        else {
            return;
        };
        if nick.is_empty() {
            return;
        }
        if pending.entries.len() >= MAX_WHO_ENTRIES {
            pending.truncated = true;
            return;
        }
        let flags = line.param(6);
        let realname = line.param(7).split_once(' ').map_or("", |(_, name)| name);
        pending.entries.push(WhoEntry {
            nick: whois_field(nick),
            mask: whois_field(&format!("{}@{}", line.param(2), line.param(3))),
            status: flags
                .chars()
                .filter(|c| self.prefix_symbols.contains(*c))
                .collect(),
            away: flags.starts_with('G'),
            realname: whois_field(realname),
        });
    }

    /// The WHOIS answer being collected for the nick a numeric names (its second parameter).
    fn whois_for(&mut self, line: &Line<'_>) -> Option<&mut WhoisReply> {
        let key = self.casemap.fold(line.param(1));
        self.whois
            .iter_mut()
            .find(|(pending, _)| *pending == key)
            .map(|(_, reply)| reply)
    }

    /// A WHOIS numeric (311 … 318, 330, 671): kept in the answer being collected, if one is.
    fn whois_numeric(&mut self, number: u16, line: &Line<'_>) {
        let key = self.casemap.fold(line.param(1));
        if number == 318 {
            if let Some(index) = self.whois.iter().position(|(pending, _)| *pending == key)
                && let Some((_, reply)) = self.whois.remove(index)
            {
                self.event(IrcEvent::Whois(reply));
            }
            return;
        }
        let Some(reply) = self.whois_for(line) else {
            return;
        };
        match number {
            // RPL_WHOISUSER: <me> <nick> <user> <host> * :<realname>
            311 => {
                reply.found = true;
                reply.nick = whois_field(line.param(1));
                let (user, host) = (line.param(2), line.param(3));
                reply.mask = (!user.is_empty() && !host.is_empty())
                    .then(|| whois_field(&format!("{user}@{host}")));
                reply.realname = Some(whois_field(line.param(5)));
            }
            // RPL_WHOISSERVER: <me> <nick> <server> :<description>
            312 if !line.param(2).is_empty() => {
                let server = match line.param(3) {
                    "" => line.param(2).to_owned(),
                    info => format!("{} ({info})", line.param(2)),
                };
                reply.server = Some(whois_field(&server));
            }
            // RPL_WHOISIDLE: <me> <nick> <seconds> <signon> :text
            317 => reply.idle_seconds = line.param(2).parse().ok(),
            // RPL_WHOISCHANNELS: <me> <nick> :{[prefix]<channel> }
            319 => {
                for channel in line.param(2).split(' ').filter(|c| !c.is_empty()) {
                    if reply.channels.len() >= MAX_WHOIS_CHANNELS {
                        reply.channels_truncated = true;
                        break;
                    }
                    reply.channels.push(whois_field(channel));
                }
            }
            // RPL_WHOISACCOUNT: <me> <nick> <account> :is logged in as
            330 if !line.param(2).is_empty() => {
                reply.account = Some(whois_field(line.param(2)));
            }
            // RPL_AWAY: <me> <nick> :<message>
            301 => reply.away = Some(whois_field(line.param(2))),
            // RPL_WHOISSECURE
            671 => reply.secure = true,
            _ => {}
        }
    }

    /// Leaves a channel (without a parting message, which would be one more thing to leak).
    pub fn part(&mut self, channel: &Channel) -> Result<(), IrcError> {
        if self.state != State::Online {
            return Err(IrcError::NotOnline);
        }
        let line = line::build("PART", &[channel.as_str()], None)?;
        self.check_queue_room(1)?;
        self.send_paced(line);
        Ok(())
    }

    /// Ends the connection: `QUIT` without a message (a message would go to every channel),
    /// then asks the driver to close.
    pub fn close(&mut self) {
        if self.state == State::Closed {
            return;
        }
        if self.state != State::Idle {
            self.send(b"QUIT\r\n".to_vec());
        }
        self.state = State::Closed;
        self.actions
            .push_back(Action::Close(CloseReason::Requested));
    }

    /// Whether the client is registered.
    pub fn is_online(&self) -> bool {
        self.state == State::Online
    }

    /// Whether two nicks or channel names are the same under the network's case mapping
    /// (`CASEMAPPING`, RFC 1459 until the server says otherwise).
    pub fn same_name(&self, a: &str, b: &str) -> bool {
        self.casemap.same(a, b)
    }

    /// Our nick: the registered one, or the one being tried.
    pub fn nick(&self) -> &Nick {
        &self.nick
    }

    /// How many members of `channel` are tracked, if we are in it.
    pub fn member_count(&self, channel: &Channel) -> Option<usize> {
        self.channels
            .get(&self.casemap.fold(channel.as_str()))
            .map(|state| state.members.len())
    }

    /// The most text bytes one PRIVMSG to `target` can carry, given our prefix as the server
    /// will relay it (`:nick!user@host PRIVMSG target :`): what the OTR engine must fragment
    /// to, because a piece of an OTR message cut by [`Client::send_private`] would not decrypt.
    pub fn max_text_bytes(&self, target: &str) -> usize {
        let user = self.user.as_ref().map_or(WORST_USER_BYTES, String::len);
        let host = self.host.as_ref().map_or(WORST_HOST_BYTES, String::len);
        let prefix = 1 + self.nick.as_str().len() + 1 + user + 1 + host;
        let command = " PRIVMSG ".len() + target.len() + " :".len();
        (MAX_LINE_BYTES - 2).saturating_sub(prefix + command)
    }

    fn send_text(&mut self, target: &str, text: &str, local_id: LocalId) -> Result<(), IrcError> {
        self.send_framed(target, text, local_id, false)
    }

    /// `text` as PRIVMSGs to `target`; with `action`, each one a CTCP ACTION.
    fn send_framed(
        &mut self,
        target: &str,
        text: &str,
        local_id: LocalId,
        action: bool,
    ) -> Result<(), IrcError> {
        if self.state != State::Online {
            return Err(IrcError::NotOnline);
        }
        let framing = if action { ACTION_FRAMING_BYTES } else { 0 };
        let max = self.max_text_bytes(target).saturating_sub(framing);
        let mut lines = Vec::new();
        // Line breaks cannot travel inside a PRIVMSG; each line of the text is its own
        // message. NUL cannot travel at all and is dropped.
        for text_line in text.split('\n') {
            let clean: String = text_line
                .chars()
                .filter(|&c| c != '\r' && c != '\0')
                .collect();
            if clean.is_empty() {
                continue;
            }
            let pieces = text::split(&clean, max).ok_or(IrcError::NoRoomForText)?;
            for piece in pieces {
                let line = if action {
                    line::build(
                        "PRIVMSG",
                        &[target],
                        Some(&format!("\x01ACTION {piece}\x01")),
                    )?
                } else {
                    line::build("PRIVMSG", &[target], Some(piece))?
                };
                lines.push(line);
            }
        }
        self.check_queue_room(lines.len())?;
        if lines.is_empty() {
            // Nothing to write (blank lines only): nothing waits either.
            self.event(IrcEvent::MessageWritten { local_id });
        }
        let added = !lines.is_empty();
        for line in lines {
            self.send_paced(line);
        }
        // Already reported waiting (another body of the same message): so is this one.
        let reported = self
            .queue
            .iter()
            .any(|queued| queued.message == Some(local_id) && queued.reported);
        if added && let Some(last) = self.queue.back_mut() {
            last.message = Some(local_id);
            last.reported = reported;
        }
        if self.sent.len() >= REMEMBERED_SENDS {
            self.sent.pop_front();
        }
        self.sent.push_back((self.casemap.fold(target), local_id));
        Ok(())
    }

    fn receive(&mut self, bytes: &[u8]) -> Result<(), IrcError> {
        // Out while it hands lines to dispatch, which needs all of the client.
        let mut framer = std::mem::take(&mut self.framer);
        let result = framer.feed(bytes, |raw| {
            let decoded = line::decode(raw);
            if let Some(line) = Line::parse(&decoded)? {
                self.dispatch(&line)?;
            }
            Ok(self.state != State::Closed)
        });
        self.framer = framer;
        result
    }

    /// One line, knowing which command the user asked it answers when it carries a
    /// `labeled-response` label (on itself, or on the `labeled-response` batch it is in).
    fn dispatch(&mut self, line: &Line<'_>) -> Result<(), IrcError> {
        let own_label = line.tag("label").filter(|_| !self.labels.is_empty());
        let label = own_label.map(str::to_owned).or_else(|| {
            let reference = line.tag("batch")?;
            self.labeled_batches
                .iter()
                .find(|(open, _)| open == reference)
                .map(|(_, label)| label.clone())
        });
        self.answering = label.as_ref().and_then(|label| {
            self.labels
                .iter()
                .find(|(pending, _)| pending == label)
                .map(|(_, asked)| *asked)
        });
        let result = self.dispatch_line(line);
        self.answering = None;
        let reference = line.param(0);
        if line.command == "BATCH" {
            if let Some(ended) = reference.strip_prefix('-')
                && let Some(index) = self
                    .labeled_batches
                    .iter()
                    .position(|(open, _)| open == ended)
            {
                let (_, label) = self.labeled_batches.remove(index);
                self.labels.retain(|(pending, _)| *pending != label);
                return result;
            }
            // The answer comes as a batch: the label holds until the batch ends.
            if let (Some(own), Some(opened)) = (own_label, reference.strip_prefix('+'))
                && line.param(1) == "labeled-response"
                && opened.len() <= MAX_LABEL_BYTES
            {
                if self.labeled_batches.len() >= MAX_PENDING_LABELS {
                    self.labeled_batches.remove(0);
                }
                self.labeled_batches
                    .push((opened.to_owned(), own.to_owned()));
                return result;
            }
        }
        // A single line (or ACK) is the whole answer.
        if let Some(own) = own_label {
            self.labels.retain(|(pending, _)| pending != own);
        }
        result
    }

    fn dispatch_line(&mut self, line: &Line<'_>) -> Result<(), IrcError> {
        match line.command.as_ref() {
            "PING" => {
                let token = line.params.last().copied().unwrap_or_default();
                let pong = if token.contains(['\r', '\n', '\0']) {
                    line::build("PONG", &[], Some(""))?
                } else {
                    line::build("PONG", &[], Some(token))?
                };
                self.send(pong);
            }
            "PONG" => {
                let token = line.params.last().copied().unwrap_or_default();
                if let Some((counter, sent)) = self.ping_sent
                    && token == format!("otter{counter}")
                {
                    self.ping_sent = None;
                    let rtt = self
                        .now
                        .map_or(Duration::ZERO, |now| now.duration_since(sent));
                    self.event(IrcEvent::Lag { rtt });
                }
            }
            "MODE" => self.mode(line),
            "ERROR" => {
                self.event(IrcEvent::ServerError {
                    text: shown(line.param(0)),
                });
                self.state = State::Closed;
                self.actions
                    .push_back(Action::Close(CloseReason::ServerClosed));
            }
            "CAP" => self.cap(line)?,
            "AUTHENTICATE" => self.authenticate(line)?,
            "PRIVMSG" | "NOTICE" => self.message(line),
            "JOIN" => self.joined(line),
            "PART" => self.parted(line),
            "KICK" => self.kicked(line),
            "INVITE" => self.invited(line),
            "QUIT" => self.quit(line),
            "NICK" => self.nick_changed(line),
            "BATCH" => self.batch(line),
            // labeled-response: the command needed no answer; `dispatch` forgets its label.
            "ACK" => {}
            "FAIL" => self.standard_reply(ReplyKind::Fail, line),
            "WARN" => self.standard_reply(ReplyKind::Warn, line),
            "NOTE" => self.standard_reply(ReplyKind::Note, line),
            "TOPIC" => {
                if let Some(channel) = self.tracked(line.param(0)) {
                    let by = Some(Nick::from_wire(line.source_name()));
                    self.event(IrcEvent::TopicChanged {
                        channel,
                        topic: shown_topic(line.param(1)),
                        by,
                    });
                }
            }
            "CHGHOST" if self.is_own(line.source_name()) && line.params.len() >= 2 => {
                self.user = Some(line.param(0).to_owned());
                self.host = Some(line.param(1).to_owned());
            }
            numeric if numeric.len() == 3 => {
                let number = numeric
                    .parse::<u16>()
                    .map_err(|_| IrcError::MalformedLine {
                        reason: "a numeric that is not a number",
                    })?;
                self.numeric(number, line)?;
            }
            _ => {}
        }
        Ok(())
    }

    fn cap(&mut self, line: &Line<'_>) -> Result<(), IrcError> {
        let sub = line.param(1).to_ascii_uppercase();
        // "CAP * LS * :list" marks a list continued on the next line (CAP LS 302).
        let continued = line.params.len() >= 4 && line.param(2) == "*";
        let list = line.params.last().copied().unwrap_or_default();
        match sub.as_str() {
            "LS" if self.state == State::Negotiating && !self.requested => {
                cap::add_offered(&mut self.offered, list);
                if !continued {
                    // Before anything that may fail (a refused login): the policy holds anyway.
                    let sts = self.offered.iter().find(|cap| cap.name == "sts");
                    if let Some(policy) =
                        sts.and_then(|cap| StsPolicy::parse(cap.value.as_deref()?))
                    {
                        self.event(IrcEvent::Sts(policy));
                    }
                    self.request_caps()?;
                }
            }
            "ACK" => {
                for name in list.split(' ').filter(|name| !name.is_empty()) {
                    if let Some(disabled) = name.strip_prefix('-') {
                        self.enabled.retain(|cap| cap != disabled);
                    } else if self.enabled.len() < cap::MAX_OFFERED_CAPS
                        && !self.enabled.iter().any(|cap| cap == name)
                    {
                        self.enabled.push(name.to_owned());
                    }
                }
                if self.state == State::Negotiating && self.requested && !continued {
                    self.after_ack()?;
                }
            }
            "NAK" if self.state == State::Negotiating && self.requested => {
                if self.config.sasl.is_some() {
                    if self.retried_sasl_only {
                        if self.without_sasl() {
                            return self.end_negotiation();
                        }
                        return Err(IrcError::SaslNotOffered);
                    }
                    // A NAK refuses the whole request; ask for the one capability we need.
                    self.retried_sasl_only = true;
                    self.send(line::build("CAP", &["REQ"], Some("sasl"))?);
                } else {
                    self.end_negotiation()?;
                }
            }
            "NEW" => {
                let sts = list
                    .split(' ')
                    .find_map(|item| item.strip_prefix("sts="))
                    .and_then(StsPolicy::parse);
                if let Some(policy) = sts {
                    self.event(IrcEvent::Sts(policy));
                }
            }
            "DEL" => {
                for name in list.split(' ') {
                    self.enabled.retain(|cap| cap != name);
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn request_caps(&mut self) -> Result<(), IrcError> {
        self.scram_offered = cap::sasl_lists(&self.offered, SCRAM_SHA_256);
        // A password login is admitted by PLAIN or by SCRAM, whichever the server lists.
        let admits = |sasl: &Sasl| {
            cap::sasl_admits(&self.offered, sasl.mechanism())
                || (self.scram_offered && matches!(sasl, Sasl::Plain { .. }))
        };
        if let Some(sasl) = &self.config.sasl {
            if !self.offered.iter().any(|cap| cap.name == "sasl") {
                if !self.without_sasl() {
                    return Err(IrcError::SaslNotOffered);
                }
            } else if !admits(sasl) {
                let mechanism = sasl.mechanism();
                match self.config.sasl_fallback.take() {
                    Some(fallback) if admits(&fallback) => {
                        self.config.sasl = Some(fallback);
                    }
                    fallback => {
                        self.config.sasl_fallback = fallback;
                        if !self.without_sasl() {
                            return Err(IrcError::MechanismNotOffered { mechanism });
                        }
                    }
                }
            }
        }
        if self.config.scram_required
            && !self.scram_offered
            && matches!(self.config.sasl, Some(Sasl::Plain { .. }))
        {
            return Err(IrcError::MechanismNotOffered {
                mechanism: SCRAM_SHA_256,
            });
        }
        let request = cap::to_request(&self.offered, self.config.sasl.is_some());
        if request.is_empty() {
            return self.end_negotiation();
        }
        self.requested = true;
        self.send(line::build("CAP", &["REQ"], Some(&request.join(" ")))?);
        Ok(())
    }

    /// Gives up SASL for NickServ `IDENTIFY` after 001, if the user allowed it and there is a
    /// password login to use; true when it did.
    fn without_sasl(&mut self) -> bool {
        if !self.config.nickserv_fallback || self.config.scram_required {
            return false;
        }
        let password = [&self.config.sasl, &self.config.sasl_fallback]
            .into_iter()
            .flatten()
            .find(|sasl| matches!(sasl, Sasl::Plain { .. }))
            .cloned();
        let Some(password) = password else {
            return false;
        };
        self.config.sasl = None;
        self.config.sasl_fallback = None;
        self.identify = Some(password);
        true
    }

    fn after_ack(&mut self) -> Result<(), IrcError> {
        match &self.config.sasl {
            Some(_) => {
                if !self.enabled.iter().any(|cap| cap == "sasl") {
                    if self.without_sasl() {
                        return self.end_negotiation();
                    }
                    return Err(IrcError::SaslNotOffered);
                }
                self.start_login()
            }
            None => self.end_negotiation(),
        }
    }

    /// The mechanism the configured login uses here: SCRAM-SHA-256 for a password when the
    /// server lists it, since PLAIN hands the password itself to whoever answers.
    fn mechanism(&self) -> Option<&'static str> {
        match &self.config.sasl {
            Some(Sasl::Plain { .. }) if self.scram_offered => Some(SCRAM_SHA_256),
            sasl => sasl.as_ref().map(Sasl::mechanism),
        }
    }

    /// Sends `AUTHENTICATE <mechanism>` for the configured login.
    fn start_login(&mut self) -> Result<(), IrcError> {
        let mechanism = self.mechanism().ok_or(IrcError::Internal {
            reason: "authenticating without a login configured",
        })?;
        if mechanism == "PLAIN" && self.config.scram_required {
            return Err(IrcError::MechanismNotOffered {
                mechanism: SCRAM_SHA_256,
            });
        }
        self.scram = None;
        self.send(line::build("AUTHENTICATE", &[mechanism], None)?);
        self.state = State::Authenticating;
        Ok(())
    }

    fn end_negotiation(&mut self) -> Result<(), IrcError> {
        self.send(line::build("CAP", &["END"], None)?);
        self.state = State::Registering;
        Ok(())
    }

    fn authenticate(&mut self, line: &Line<'_>) -> Result<(), IrcError> {
        if self.state == State::AwaitingLogin
            && let Some(scram) = self.scram.as_mut()
        {
            for response in scram.piece(line.param(0))? {
                self.send(response);
            }
            return Ok(());
        }
        if self.state != State::Authenticating {
            return Err(IrcError::SaslProtocol {
                reason: "AUTHENTICATE outside the login exchange",
            });
        }
        // Every mechanism used starts with the client's message, so the server's first message must
        // be the empty one ("+"; InspIRCd sends it as a trailing ":+").
        if line.param(0) != "+" {
            return Err(IrcError::SaslProtocol {
                reason: "a challenge where the mechanism expects none",
            });
        }
        let sasl = self.config.sasl.as_ref().ok_or(IrcError::Internal {
            reason: "authenticating without a login configured",
        })?;
        let responses = match sasl {
            Sasl::Plain { account, password } if self.scram_offered => {
                let (scram, first) = ScramExchange::start(account, password)?;
                self.scram = Some(scram);
                first
            }
            sasl => sasl.response()?,
        };
        for response in responses {
            self.send(response);
        }
        self.state = State::AwaitingLogin;
        Ok(())
    }

    fn numeric(&mut self, number: u16, line: &Line<'_>) -> Result<(), IrcError> {
        let registering = !matches!(self.state, State::Online | State::Closed);
        match number {
            // RPL_WELCOME
            1 => self.welcome(line)?,
            // RPL_ISUPPORT
            5 => self.isupport(line),
            // RPL_LOGGEDIN: <nick> <nick!user@host> <account> :text
            900 => {
                self.learn_mask(line.param(1));
                self.account = Some(text::escape_for_display(line.param(2)));
            }
            // RPL_SASLSUCCESS
            903 if matches!(self.state, State::AwaitingLogin | State::Authenticating) => {
                // SCRAM's success counts only once the server has proved it knows the password.
                if self.scram.as_ref().is_some_and(|scram| !scram.verified()) {
                    return Err(IrcError::ServerNotVerified);
                }
                self.logged_in = true;
                self.end_negotiation()?;
            }
            // ERR_SASLFAIL with a second login to try: the exchange may start again (sasl-3.1).
            904 if matches!(self.state, State::Authenticating | State::AwaitingLogin)
                && self.config.sasl_fallback.is_some() =>
            {
                self.config.sasl = self.config.sasl_fallback.take();
                self.start_login()?;
            }
            // ERR_NICKLOCKED, ERR_SASLFAIL, ERR_SASLTOOLONG, ERR_SASLABORTED, RPL_SASLMECHS
            902 | 904 | 905 | 906 | 908
                if matches!(
                    self.state,
                    State::Negotiating | State::Authenticating | State::AwaitingLogin
                ) && self.config.sasl.is_some() =>
            {
                return Err(IrcError::AuthenticationFailed { numeric: number });
            }
            // ERR_ERRONEUSNICKNAME
            432 if registering => return Err(IrcError::NickRefused),
            // ERR_NICKNAMEINUSE, ERR_NICKCOLLISION
            433 | 436 if registering => self.next_nick()?,
            // ERR_UNAVAILRESOURCE about a channel of ours: "retry topic change later" (a
            // linked network takes one topic change a second).
            437 if self.tracked(line.param(1)).is_some() => {
                self.event(IrcEvent::ChannelRequestRefused {
                    channel: Channel::from_wire(line.param(1)),
                    numeric: number,
                    asked: self.answering,
                });
            }
            // The same numerics for a nick asked for later (437: the nick is held for a
            // while): the old one stays.
            432 | 433 | 436 | 437 if !registering => {
                self.event(IrcEvent::NickRefused { numeric: number });
            }
            // ERR_CHANOPRIVSNEEDED, ERR_NOTONCHANNEL: <nick> <channel> :text
            482 | 442 => self.event(IrcEvent::ChannelRequestRefused {
                channel: Channel::from_wire(line.param(1)),
                numeric: number,
                asked: self.answering,
            }),
            // RPL_HOSTHIDDEN: <nick> <host> :text
            396 if !line.param(1).is_empty() => {
                self.host = Some(line.param(1).to_owned());
            }
            // RPL_NOTOPIC
            331 => {
                if let Some(channel) = self.tracked(line.param(1)) {
                    self.event(IrcEvent::TopicChanged {
                        channel,
                        topic: MessageText::new(""),
                        by: None,
                    });
                }
            }
            // RPL_TOPIC: held until RPL_TOPICWHOTIME says who set it.
            332 => {
                let key = self.casemap.fold(line.param(1));
                if let Some(state) = self.channels.get_mut(&key) {
                    state.pending_topic = Some(shown_topic(line.param(2)));
                }
            }
            // RPL_TOPICWHOTIME: <nick> <channel> <setter mask> <time>
            333 => {
                let setter = line.param(2);
                let setter = setter.split_once('!').map_or(setter, |(nick, _)| nick);
                let by = Some(Nick::from_wire(setter)).filter(|nick| !nick.as_str().is_empty());
                self.flush_topic(line.param(1), by);
            }
            // RPL_LIST: <nick> <channel> <visible> :<topic>
            322 => self.listed(line),
            // RPL_LISTEND
            323 => {
                if let Some(listing) = self.listing.take() {
                    self.event(IrcEvent::ChannelList {
                        channels: listing.channels,
                        truncated: listing.truncated,
                    });
                }
            }
            // RPL_NAMREPLY: <nick> <symbol> <channel> :names
            353 => self.names(line.param(2), line.param(3)),
            // RPL_ENDOFNAMES: <nick> <channel> :text
            366 => self.end_of_names(line.param(1)),
            // RPL_CHANNELMODEIS: <me> <channel> <modes> [args…]
            324 => {
                let modes = line.params.get(2..).unwrap_or_default().join(" ");
                let mut modes = whois_field(&modes);
                if modes.is_empty() {
                    modes.push('+');
                }
                self.event(IrcEvent::ChannelModesShown {
                    channel: Channel::from_wire(line.param(1)),
                    modes,
                });
            }
            // RPL_BANLIST, RPL_ENDOFBANLIST
            367 | 368 => self.ban_numeric(number, line),
            // RPL_WHOREPLY, RPL_ENDOFWHO
            352 | 315 => self.who_numeric(number, line),
            // RPL_AWAY, RPL_WHOISUSER, RPL_WHOISSERVER, RPL_WHOISIDLE, RPL_ENDOFWHOIS,
            // RPL_WHOISCHANNELS, RPL_WHOISACCOUNT, RPL_WHOISSECURE
            301 | 311 | 312 | 317 | 318 | 319 | 330 | 671 => self.whois_numeric(number, line),
            // ERR_NOSUCHNICK about a nick we asked WHOIS of: the answer, not a failed message.
            401 if self.whois_for(line).is_some() => {
                let key = self.casemap.fold(line.param(1));
                if let Some(index) = self.whois.iter().position(|(pending, _)| *pending == key)
                    && let Some((_, reply)) = self.whois.remove(index)
                {
                    self.event(IrcEvent::Whois(reply));
                }
            }
            // ERR_NOSUCHNICK, ERR_NOSUCHSERVER, ERR_CANNOTSENDTOCHAN, ERR_TOOMANYTARGETS
            401 | 402 | 404 | 407 => {
                let target = self.casemap.fold(line.param(1));
                let local_id = self
                    .sent
                    .iter()
                    .rev()
                    .find(|(sent, _)| *sent == target)
                    .map(|(_, id)| *id);
                self.event(IrcEvent::MessageFailed {
                    local_id,
                    numeric: number,
                });
            }
            // ERR_NOSUCHCHANNEL, ERR_TOOMANYCHANNELS, ERR_CHANNELISFULL, ERR_INVITEONLYCHAN,
            // ERR_BANNEDFROMCHAN, ERR_BADCHANNELKEY, ERR_NEEDREGGEDNICK
            403 | 405 | 471 | 473 | 474 | 475 | 477 => {
                self.event(IrcEvent::JoinFailed {
                    channel: Channel::from_wire(line.param(1)),
                    numeric: number,
                });
            }
            _ => {}
        }
        Ok(())
    }

    fn listed(&mut self, line: &Line<'_>) {
        let casemap = self.casemap;
        let Some(listing) = self.listing.as_mut() else {
            return;
        };
        let (name, topic) = (line.param(1), line.param(3));
        if Channel::parse(name).is_err() {
            return;
        }
        if !casemap.fold(name).contains(&listing.filter) {
            return;
        }
        if listing.channels.len() >= MAX_LISTED_CHANNELS {
            listing.truncated = true;
            return;
        }
        let mut topic = text::for_display(topic);
        if topic.len() > MAX_LISTED_TOPIC_BYTES {
            let mut end = MAX_LISTED_TOPIC_BYTES;
            while !topic.is_char_boundary(end) {
                end = end.saturating_sub(1);
            }
            topic.truncate(end);
        }
        listing.channels.push(ListedChannel {
            channel: Channel::from_wire(name),
            users: line.param(2).parse().unwrap_or(0),
            topic: MessageText::new(topic),
        });
    }

    fn welcome(&mut self, line: &Line<'_>) -> Result<(), IrcError> {
        if self.state == State::Online {
            return Ok(());
        }
        // A server without CAP registers us at once: it has no SASL either.
        if self.config.sasl.is_some()
            && !self.logged_in
            && !(self.state == State::Negotiating && !self.requested && self.without_sasl())
        {
            return Err(IrcError::RegisteredWithoutLogin);
        }
        if !line.param(0).is_empty() {
            self.nick = Nick::from_wire(line.param(0));
        }
        // Most servers end the welcome with our full mask (InspIRCd, Solanum, UnrealIRCd).
        if let Some(mask) = line.params.last().and_then(|text| text.rsplit(' ').next()) {
            self.learn_mask(mask);
        }
        self.state = State::Online;
        if let Some(Sasl::Plain { account, password }) = self.identify.take() {
            // Once, and before anything else leaves: the nick is unprotected until then.
            let identify = format!("IDENTIFY {account} {}", password.reveal());
            self.send(line::build("PRIVMSG", &["NickServ"], Some(&identify))?);
        }
        if self.away.is_some() {
            self.send_away();
        }
        self.event(IrcEvent::Online {
            nick: self.nick.clone(),
            account: self.account.clone(),
            mechanism: self.mechanism().filter(|_| self.logged_in),
            capabilities: self.enabled.clone(),
        });
        Ok(())
    }

    /// Takes user and host from `nick!user@host` if the nick is ours.
    fn learn_mask(&mut self, mask: &str) {
        let Some((nick, rest)) = mask.split_once('!') else {
            return;
        };
        let Some((user, host)) = rest.split_once('@') else {
            return;
        };
        if self.is_own(nick) && !user.is_empty() && !host.is_empty() {
            self.user = Some(user.to_owned());
            self.host = Some(host.to_owned());
        }
    }

    fn isupport(&mut self, line: &Line<'_>) {
        // <nick> TOKEN[=value]… :are supported by this server
        let tokens = line
            .params
            .iter()
            .skip(1)
            .take(line.params.len().saturating_sub(2));
        for token in tokens {
            if let Some(value) = token.strip_prefix("PREFIX=") {
                // (modes)symbols, e.g. (qaohv)~&@%+
                if let Some((modes, symbols)) = value.split_once(')')
                    && let Some(modes) = modes.strip_prefix('(')
                    && !symbols.is_empty()
                    && symbols.len() <= 16
                    && modes.len() == symbols.len()
                {
                    symbols.clone_into(&mut self.prefix_symbols);
                    modes.clone_into(&mut self.prefix_modes);
                }
            } else if let Some(value) = token.strip_prefix("CASEMAPPING=") {
                if let Some(map) = CaseMapping::from_isupport(value) {
                    self.set_casemap(map);
                }
            } else if let Some(value) = token.strip_prefix("CHANMODES=") {
                // A,B,C,D: list modes, modes with a parameter, with one only when set, flags.
                let mut kinds = value.split(',');
                let (a, b, c) = (kinds.next(), kinds.next(), kinds.next());
                if let (Some(a), Some(b), Some(c)) = (a, b, c)
                    && a.len() + b.len() + c.len() <= 64
                {
                    self.modes_always_param = format!("{a}{b}");
                    c.clone_into(&mut self.modes_param_when_set);
                }
            } else if let Some(value) = token.strip_prefix("CHANTYPES=")
                && value.len() <= 8
            {
                value.clone_into(&mut self.channel_types);
            }
        }
    }

    fn next_nick(&mut self) -> Result<(), IrcError> {
        self.nick_attempts += 1;
        if self.nick_attempts > MAX_NICK_ATTEMPTS {
            return Err(IrcError::NickUnavailable {
                attempts: MAX_NICK_ATTEMPTS,
            });
        }
        let base = self.config.nick.as_str();
        let candidate = if self.nick_attempts == 1 {
            format!("{base}_")
        } else {
            format!("{base}{}", self.nick_attempts)
        };
        self.nick = Nick::parse(&candidate)?;
        self.send(line::build("NICK", &[self.nick.as_str()], None)?);
        Ok(())
    }

    /// Whether `nick` is ours, under the network's case mapping.
    fn is_own(&self, nick: &str) -> bool {
        self.casemap.same(self.nick.as_str(), nick)
    }

    /// A new case mapping: everything tracked is keyed again, so a lookup under the new
    /// mapping finds what was stored under the old one.
    fn set_casemap(&mut self, map: CaseMapping) {
        if map == self.casemap {
            return;
        }
        self.casemap = map;
        let channels = std::mem::take(&mut self.channels);
        for (_, mut state) in channels {
            let members = std::mem::take(&mut state.members);
            for (_, member) in members {
                state.members.insert(map.fold(member.nick.as_str()), member);
            }
            self.channels.insert(map.fold(state.name.as_str()), state);
        }
        for (target, _) in &mut self.sent {
            *target = map.fold(target);
        }
    }

    fn is_channel_name(&self, name: &str) -> bool {
        name.chars()
            .next()
            .is_some_and(|c| self.channel_types.contains(c))
    }

    /// The channel named `name`, if we are in it.
    fn tracked(&self, name: &str) -> Option<Channel> {
        self.channels
            .get(&self.casemap.fold(name))
            .map(|state| state.name.clone())
    }

    fn message(&mut self, line: &Line<'_>) {
        if line.params.len() < 2 {
            return;
        }
        let notice = line.command.as_ref() == "NOTICE";
        let target = line.param(0);
        let raw_text = line.param(1);
        let from = line
            .source
            .as_ref()
            .filter(|source| !source.is_server())
            .map(|source| Nick::from_wire(source.name));
        // STATUSMSG (`@#channel`) goes to part of a channel; it is still the channel.
        let channel_name = target.trim_start_matches(|c| self.prefix_symbols.contains(c));
        let to = if self.is_channel_name(channel_name) {
            Target::Channel(Channel::from_wire(channel_name))
        } else {
            Target::Nick(Nick::from_wire(target))
        };
        let server_time = self.server_time(line);
        let Some(from) = from else {
            // From the server itself (or no source): only notices make sense.
            if notice {
                self.event(IrcEvent::Notice {
                    from: None,
                    to,
                    text: shown(raw_text),
                });
            }
            return;
        };
        if let Some(ctcp) = text::ctcp(raw_text) {
            // Silence: no CTCP request is ever answered. ACTION is shown; DCC is refused
            // without being parsed; anything else is dropped and, at most, mentioned.
            let command = ctcp.command.to_ascii_uppercase();
            match command.as_str() {
                "ACTION" if !notice => self.event(IrcEvent::Action {
                    from,
                    to,
                    text: shown(ctcp.params),
                    server_time,
                }),
                "DCC" => self.event(IrcEvent::DccOfferRefused { from }),
                _ => {
                    let command: String = text::escape_for_display(&command)
                        .chars()
                        .take(MAX_CTCP_COMMAND_CHARS)
                        .collect();
                    self.event(IrcEvent::CtcpIgnored { from, command });
                }
            }
            return;
        }
        let text = shown(raw_text);
        let event = match (notice, to) {
            (true, to) => IrcEvent::Notice {
                from: Some(from),
                to,
                text,
            },
            (false, Target::Channel(channel)) => IrcEvent::ChannelMessage {
                channel,
                from,
                text,
                server_time,
            },
            (false, Target::Nick(to)) => IrcEvent::PrivateMessage {
                from,
                to,
                text,
                server_time,
            },
        };
        self.event(event);
    }

    /// The line's `time` tag in Unix seconds. Only a server that negotiated `server-time`
    /// is believed (a tag is otherwise anyone's), and only in the form the specification
    /// gives (`YYYY-MM-DDThh:mm:ss.sssZ`, UTC); anything else is no time.
    fn server_time(&self, line: &Line<'_>) -> Option<i64> {
        if !self.enabled.iter().any(|cap| cap == "server-time") {
            return None;
        }
        line.tag("time")
            .filter(|time| time.len() <= MAX_SERVER_TIME_LEN && time.ends_with('Z'))
            .and_then(otter_types::unix_seconds)
    }

    fn joined(&mut self, line: &Line<'_>) {
        let name = line.param(0);
        let nick = line.source_name();
        if nick.is_empty() || name.is_empty() {
            return;
        }
        let map = self.casemap;
        let key = map.fold(name);
        if self.is_own(nick) {
            if self.channels.contains_key(&key) || self.channels.len() >= MAX_CHANNELS {
                return;
            }
            let channel = Channel::from_wire(name);
            self.channels
                .insert(key, ChannelState::new(channel.clone()));
            self.event(IrcEvent::Joined { channel });
        } else if let Some(state) = self.channels.get_mut(&key) {
            let nick = Nick::from_wire(nick);
            state.add(
                map,
                Member {
                    nick: nick.clone(),
                    prefixes: String::new(),
                },
            );
            let channel = state.name.clone();
            match line.tag("batch") {
                Some(reference) if self.batches.gathers(Some(reference), BatchKind::Netjoin) => {
                    let full = self.batches.gather(reference, &key, &channel, &nick);
                    self.announce(full);
                }
                _ => self.event(IrcEvent::MemberJoined { channel, nick }),
            }
        }
    }

    /// `BATCH +reference type params…` or `BATCH -reference`. Only top-level netsplit and
    /// netjoin batches are gathered: a nested one, or any other type, leaves its lines to be
    /// handled one by one.
    fn batch(&mut self, line: &Line<'_>) {
        if !self.enabled.iter().any(|cap| cap == "batch") {
            return;
        }
        let reference = line.param(0);
        if let Some(reference) = reference.strip_prefix('+') {
            if line.tag("batch").is_some() {
                return;
            }
            // Always set: lines only arrive through `handle_bytes`, which tells the time.
            let Some(now) = self.now else {
                return;
            };
            let params = line.params.get(2..).unwrap_or_default();
            let pushed_out = self.batches.start(reference, line.param(1), params, now);
            self.announce(pushed_out);
        } else if let Some(reference) = reference.strip_prefix('-') {
            let ended = self.batches.end(reference);
            self.announce(ended);
        }
    }

    /// `FAIL <command> <code> [context…] :description` (and WARN, NOTE). A reply that is
    /// too short to have a description is dropped.
    fn standard_reply(&mut self, kind: ReplyKind, line: &Line<'_>) {
        let Some((description, rest)) = line.params.split_last() else {
            return;
        };
        let [command, code, context @ ..] = rest else {
            return;
        };
        let command = one_line(command, MAX_REPLY_WORD_BYTES).to_ascii_uppercase();
        // A channel we are in, or one a channel command names, is where the reply belongs.
        let channel_command = matches!(
            command.as_str(),
            "JOIN" | "PART" | "TOPIC" | "KICK" | "MODE" | "INVITE" | "NAMES" | "PRIVMSG" | "NOTICE"
        );
        let channel = context
            .iter()
            .find_map(|param| self.tracked(param))
            .or_else(|| {
                context
                    .iter()
                    .filter(|_| channel_command)
                    .filter(|param| self.is_channel_name(param))
                    .find_map(|param| Channel::parse(param).ok())
            });
        let mut description = text::for_display(description);
        if description.len() > MAX_REPLY_DESCRIPTION_BYTES {
            let mut end = MAX_REPLY_DESCRIPTION_BYTES;
            while !description.is_char_boundary(end) {
                end -= 1;
            }
            description.truncate(end);
        }
        self.event(IrcEvent::StandardReply {
            kind,
            command,
            code: one_line(code, MAX_REPLY_WORD_BYTES),
            context: context
                .iter()
                .take(MAX_REPLY_CONTEXT)
                .map(|param| one_line(param, MAX_REPLY_CONTEXT_BYTES))
                .collect(),
            channel,
            description: MessageText::new(description),
            asked: self.answering,
        });
    }

    /// What batches gathered, one event per channel.
    fn announce(&mut self, summaries: Vec<Summary>) {
        for summary in summaries {
            if summary.nicks.is_empty() {
                continue;
            }
            let Summary {
                kind,
                channel,
                nicks,
                servers,
            } = summary;
            self.event(match kind {
                BatchKind::Netsplit => IrcEvent::Netsplit {
                    channel,
                    nicks,
                    servers,
                },
                BatchKind::Netjoin => IrcEvent::Netjoin {
                    channel,
                    nicks,
                    servers,
                },
            });
        }
    }

    fn parted(&mut self, line: &Line<'_>) {
        self.left(line.param(0), line.source_name(), None);
    }

    /// An INVITE naming us, offered to the user; with `invite-notify`, one naming someone
    /// else into a channel of ours, told in that channel (never offered: not ours to answer).
    /// A name that could not be joined is dropped, not shown.
    fn invited(&mut self, line: &Line<'_>) {
        let from = line.source_name();
        if from.is_empty()
            || line.param(0).is_empty()
            || line
                .source
                .as_ref()
                .is_some_and(|source| source.is_server())
        {
            return;
        }
        if !self.is_own(line.param(0)) {
            if let Some(channel) = self.tracked(line.param(1)) {
                self.event(IrcEvent::MemberInvited {
                    channel,
                    by: Nick::from_wire(from),
                    nick: Nick::from_wire(line.param(0)),
                });
            }
            return;
        }
        if self.tracked(line.param(1)).is_some() {
            return;
        }
        if let Ok(channel) = Channel::parse(line.param(1)) {
            self.event(IrcEvent::Invited {
                from: Nick::from_wire(from),
                channel,
            });
        }
    }

    fn kicked(&mut self, line: &Line<'_>) {
        let by = Some(Nick::from_wire(line.source_name())).filter(|nick| !nick.as_str().is_empty());
        self.left(
            line.param(0),
            line.param(1),
            Some((by, shown(line.param(2)))),
        );
    }

    /// `nick` left `name` (PART, or KICK with who and why).
    fn left(&mut self, name: &str, nick: &str, kick: Option<(Option<Nick>, MessageText)>) {
        let map = self.casemap;
        let key = map.fold(name);
        if self.is_own(nick) {
            if let Some(state) = self.channels.remove(&key) {
                self.batches.forget_channel(&key);
                let channel = state.name;
                self.event(match kick {
                    Some((by, reason)) => IrcEvent::Kicked {
                        channel,
                        by,
                        reason,
                    },
                    None => IrcEvent::Parted { channel },
                });
            }
        } else if let Some(state) = self.channels.get_mut(&key)
            && let Some(member) = state.members.remove(&map.fold(nick))
        {
            let channel = state.name.clone();
            self.event(IrcEvent::MemberParted {
                channel,
                nick: member.nick,
                kicked: kick.is_some(),
            });
        }
    }

    fn quit(&mut self, line: &Line<'_>) {
        let key = self.casemap.fold(line.source_name());
        let mut channels = Vec::new();
        for (channel_key, state) in &mut self.channels {
            if state.members.remove(&key).is_some() {
                channels.push((channel_key.clone(), state.name.clone()));
            }
        }
        match line.tag("batch") {
            Some(reference) if self.batches.gathers(Some(reference), BatchKind::Netsplit) => {
                let nick = Nick::from_wire(line.source_name());
                for (channel_key, channel) in channels {
                    let full = self
                        .batches
                        .gather(reference, &channel_key, &channel, &nick);
                    self.announce(full);
                }
                return;
            }
            _ => {}
        }
        let channels: Vec<Channel> = channels.into_iter().map(|(_, channel)| channel).collect();
        if !channels.is_empty() {
            self.event(IrcEvent::MemberQuit {
                nick: Nick::from_wire(line.source_name()),
                channels,
            });
        }
    }

    fn nick_changed(&mut self, line: &Line<'_>) {
        let old = line.source_name();
        let new = line.param(0);
        if old.is_empty() || new.is_empty() {
            return;
        }
        let map = self.casemap;
        let own = self.is_own(old);
        let (old_key, new_nick) = (map.fold(old), Nick::from_wire(new));
        let mut channels = Vec::new();
        for state in self.channels.values_mut() {
            if let Some(mut member) = state.members.remove(&old_key) {
                member.nick = new_nick.clone();
                state.members.insert(map.fold(new), member);
                channels.push(state.name.clone());
            } else if own {
                channels.push(state.name.clone());
            }
        }
        if own {
            self.nick = new_nick.clone();
        }
        if own || !channels.is_empty() {
            self.event(IrcEvent::NickChanged {
                old: Nick::from_wire(old),
                new: new_nick,
                own,
                channels,
            });
        }
    }

    /// MODE on a channel we are in: membership modes (`+o nick`) change a member's prefixes,
    /// and the whole line is reported once for display. User modes on ourselves are ignored.
    fn mode(&mut self, line: &Line<'_>) {
        let map = self.casemap;
        let Some(state) = self.channels.get_mut(&map.fold(line.param(0))) else {
            return;
        };
        let channel = state.name.clone();
        let changes = line.param(1);
        let mut args = line.params.iter().skip(2).copied();
        let mut adding = true;
        let mut member_changes = Vec::new();
        let mut shown = Vec::new();
        let mut omitted = 0_usize;
        // The line is at most 512 bytes, which bounds this.
        for mode in changes.chars() {
            match mode {
                '+' => adding = true,
                '-' => adding = false,
                // Past a character no mode can be, which argument belongs to what is unknown.
                _ if !mode.is_ascii_alphanumeric() => break,
                _ => {
                    let arg = if let Some(index) = self.prefix_modes.find(mode) {
                        let Some(nick) = args.next() else { break };
                        let symbol = self.prefix_symbols.chars().nth(index);
                        if let (Some(symbol), Some(member)) =
                            (symbol, state.members.get_mut(&map.fold(nick)))
                        {
                            member.prefixes =
                                with_prefix(&member.prefixes, symbol, adding, &self.prefix_symbols);
                            member_changes.push((member.nick.clone(), member.prefixes.clone()));
                        }
                        Some(nick)
                    } else if self.modes_always_param.contains(mode)
                        || (adding && self.modes_param_when_set.contains(mode))
                    {
                        args.next()
                    } else {
                        None
                    };
                    if shown.len() >= MAX_SHOWN_MODE_CHANGES {
                        omitted += 1;
                        continue;
                    }
                    shown.push(ModeChange {
                        adding,
                        mode,
                        // A key is the channel's password.
                        arg: arg.filter(|_| mode != 'k').map(mode_arg),
                    });
                }
            }
        }
        for (nick, prefixes) in member_changes {
            self.event(IrcEvent::MemberStatus {
                channel: channel.clone(),
                nick,
                prefixes,
            });
        }
        if !shown.is_empty() {
            let by = line
                .source
                .as_ref()
                .filter(|source| !source.is_server())
                .map(|source| Nick::from_wire(source.name));
            self.event(IrcEvent::ChannelModes {
                channel,
                by,
                changes: shown,
                omitted,
            });
        }
    }

    fn names(&mut self, name: &str, list: &str) {
        let map = self.casemap;
        let Some(state) = self.channels.get_mut(&map.fold(name)) else {
            return;
        };
        let symbols = &self.prefix_symbols;
        for item in list.split(' ').filter(|item| !item.is_empty()) {
            if state.names.len() >= MAX_CHANNEL_MEMBERS {
                state.names_truncated = true;
                break;
            }
            // multi-prefix gives "@+nick", userhost-in-names "nick!user@host".
            let bare = item.trim_start_matches(|c| symbols.contains(c));
            let prefixes = item.get(..item.len() - bare.len()).unwrap_or_default();
            let nick = bare.split_once('!').map_or(bare, |(nick, _)| nick);
            if nick.is_empty() {
                continue;
            }
            state.names.push(Member {
                nick: Nick::from_wire(nick),
                prefixes: prefixes.to_owned(),
            });
        }
    }

    fn end_of_names(&mut self, name: &str) {
        // A 332 without 333: the topic is still shown, without a setter.
        self.flush_topic(name, None);
        let map = self.casemap;
        let Some(state) = self.channels.get_mut(&map.fold(name)) else {
            return;
        };
        let members = std::mem::take(&mut state.names);
        state.members.clear();
        // One allocation for a big channel's list rather than a rehash at every doubling.
        state.members.reserve(members.len());
        state.truncated = std::mem::take(&mut state.names_truncated);
        for member in &members {
            state.add(map, member.clone());
        }
        let channel = state.name.clone();
        let truncated = state.truncated;
        self.event(IrcEvent::Names {
            channel,
            members,
            truncated,
        });
    }

    /// Reports a topic held from 332.
    fn flush_topic(&mut self, name: &str, by: Option<Nick>) {
        let key = self.casemap.fold(name);
        let Some(state) = self.channels.get_mut(&key) else {
            return;
        };
        let Some(topic) = state.pending_topic.take() else {
            return;
        };
        let channel = state.name.clone();
        self.event(IrcEvent::TopicChanged { channel, topic, by });
    }

    /// Queues what a failed connection still sends, and the close.
    fn fail(&mut self, error: &IrcError) {
        if self.state != State::Closed {
            self.send(b"QUIT\r\n".to_vec());
            self.state = State::Closed;
            self.actions
                .push_back(Action::Close(CloseReason::Error(error.kind())));
        }
    }

    fn send(&mut self, line: Vec<u8>) {
        self.actions.push_back(Action::Send(line));
    }

    fn event(&mut self, event: IrcEvent) {
        self.actions.push_back(Action::Event(event));
    }
}

/// `prefixes` with `symbol` added or removed, kept in the server's order (highest first).
fn with_prefix(prefixes: &str, symbol: char, adding: bool, order: &str) -> String {
    order
        .chars()
        .filter(|&c| {
            if c == symbol {
                adding
            } else {
                prefixes.contains(c)
            }
        })
        .collect()
}

/// A topic as the interface may show it, bounded by [`MAX_TOPIC_BYTES`].
fn shown_topic(text: &str) -> MessageText {
    let mut shown = text::for_display(text);
    if shown.len() > MAX_TOPIC_BYTES {
        let mut end = MAX_TOPIC_BYTES;
        while !shown.is_char_boundary(end) {
            end -= 1;
        }
        shown.truncate(end);
    }
    MessageText::new(shown)
}

/// Received text as the interface may show it.
fn shown(text: &str) -> MessageText {
    MessageText::new(text::for_display(text))
}

#[cfg(test)]
mod tests;
