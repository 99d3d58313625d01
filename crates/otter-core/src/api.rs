//! Commands in, events out: the whole surface the front ends see.

use std::path::PathBuf;
use std::thread;

use otter_net::SocksProxy;
use otter_otr::OtrPolicy;
use otter_types::{
    AccountId, CertFingerprint, ConversationId, ErrorKind, LocalId, MessageText, OtrFingerprint,
    Password, Secret,
};
use tokio::sync::mpsc;

use crate::engine::Engine;

/// How many events may wait for the front end. When the queue is full the core stops reading
/// from the network (back-pressure) rather than dropping anything.
pub(crate) const EVENT_QUEUE: usize = 1024;

/// The most groups an XMPP contact is in, in `ContactListed` and `SetContactGroups`.
pub const MAX_CONTACT_GROUPS: usize = otter_xmpp::MAX_CONTACT_GROUPS;

/// The longest group name, in bytes (UTF-8), in `ContactListed` and `SetContactGroups`.
pub const MAX_GROUP_NAME_BYTES: usize = otter_xmpp::MAX_GROUP_NAME_BYTES;

/// Settings the core starts with.
#[derive(Debug, Clone)]
pub struct CoreConfig {
    /// The profile directory (created 0700 if missing).
    pub profile: PathBuf,
    /// Tor's SOCKS port for this run (the command line's `--proxy`). `None`: the one saved
    /// in the preferences (`SetProxy`), or Tor's default 127.0.0.1:9050 when none is.
    pub proxy: Option<SocksProxy>,
    /// Certificate authorities trusted in addition to the system's: only for test and demo
    /// networks with their own CA (PEM). Production leaves it empty.
    pub extra_trust_anchors: Option<Vec<u8>>,
}

/// The protocol of an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// XMPP.
    Xmpp,
    /// IRC.
    Irc,
}

/// A new account.
#[derive(Debug, Clone)]
pub struct AccountSettings {
    /// The protocol.
    pub protocol: Protocol,
    /// XMPP: `local@domain`, or the domain alone for a temporary account on that server;
    /// IRC: `nick@network-host`, or the network host alone for a random pronounceable nick
    /// ([`random_irc_nick`](crate::random_irc_nick)).
    ///
    /// A temporary XMPP account logs in with SASL ANONYMOUS (RFC 4505), which the server
    /// must allow (else the connection fails with "this server does not allow temporary
    /// accounts"). It has no password: `Connect` needs none (one given is never sent) and the
    /// profile never stores one. Each connection is a new identity: the server makes up a new
    /// address (reported by [`Event::AccountAddressAssigned`] before the account is online),
    /// and forgets it, its contacts and its rooms when the connection ends. Its OTR key is
    /// new too: the last connection's is deleted at `Connect`, and a new one made when a
    /// private conversation needs it. The account keeps the domain as its address in the
    /// profile.
    pub address: String,
    /// Connect to this host instead of the address's domain ("" = the domain).
    pub server_host: String,
    /// Connect to this port (0 = the protocol's default).
    pub server_port: u16,
    /// Direct TLS (XMPP, XEP-0368) instead of STARTTLS.
    pub direct_tls: bool,
    /// IRC: where the server offers no SASL for the password, register without it and send
    /// `IDENTIFY` to NickServ after registration (off by default; weaker than SASL: the nick is
    /// visible first and the password goes to whoever answers as NickServ). Never used when
    /// SASL is offered, nor for an account that has logged in with SCRAM or a certificate.
    pub nickserv_fallback: bool,
    /// IRC: connect without TLS. Allowed only when the host connected to is an onion service
    /// (`.onion`): Tor encrypts the connection to it end to end, but the server's identity is
    /// only its onion address. Refused for any other host (`AddAccount`/`EditAccount` fail with
    /// `CommandFailed`, and a connection is never attempted). SASL PLAIN then goes over it; a
    /// NickServ `IDENTIFY` never does. Off by default; default port 6667.
    pub onion_plaintext: bool,
    /// Remember this password in the profile (off by default).
    pub remembered_password: Option<Password>,
}

/// What happens to the remembered password when an account is edited.
#[derive(Debug, Clone)]
pub enum PasswordChoice {
    /// Leave it as it is (remembered or not).
    Keep,
    /// Forget it: erased from the profile; the next login asks.
    Forget,
    /// Remember this password from now on.
    Remember(Password),
}

/// The settings of an account that can change. Its protocol and address cannot: they are who
/// the account is, and its OTR key and the contacts' trust belong to them.
#[derive(Debug, Clone)]
pub struct AccountChanges {
    /// Connect to this host instead of the address's domain ("" = the domain).
    pub server_host: String,
    /// Connect to this port (0 = the protocol's default).
    pub server_port: u16,
    /// Direct TLS (XMPP, XEP-0368) instead of STARTTLS.
    pub direct_tls: bool,
    /// IRC: where the server offers no SASL for the password, register without it and send
    /// `IDENTIFY` to NickServ after registration (off by default; weaker than SASL: the nick is
    /// visible first and the password goes to whoever answers as NickServ). Never used when
    /// SASL is offered, nor for an account that has logged in with SCRAM or a certificate.
    pub nickserv_fallback: bool,
    /// IRC: connect without TLS. Allowed only when the host connected to is an onion service
    /// (`.onion`): Tor encrypts the connection to it end to end, but the server's identity is
    /// only its onion address. Refused for any other host (`AddAccount`/`EditAccount` fail with
    /// `CommandFailed`, and a connection is never attempted). SASL PLAIN then goes over it; a
    /// NickServ `IDENTIFY` never does. Off by default; default port 6667.
    pub onion_plaintext: bool,
    /// The remembered password.
    pub password: PasswordChoice,
}

/// How available the user (or a contact) is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Availability {
    /// Available.
    #[default]
    Available,
    /// Away (XMPP `away` and `xa`; IRC `AWAY`).
    Away,
    /// Busy: do not disturb (XMPP `dnd`; IRC has no such state and says away).
    Busy,
}

/// The user's own presence, on every account: what contacts and rooms see.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct UserPresence {
    /// How available.
    pub availability: Availability,
    /// A status message, sent as typed (its wording is the user's: it is not translated).
    pub status: Option<MessageText>,
}

impl std::fmt::Debug for UserPresence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserPresence")
            .field("availability", &self.availability)
            .field("status", &self.status.as_ref().map(|_| "<hidden>"))
            .finish()
    }
}

/// What the front end asks the core to do. Fire-and-forget: results come back as `Event`s.
#[derive(Debug)]
#[non_exhaustive]
pub enum Command {
    /// Check whether Tor answers on its SOCKS port; answered by `Event::TorStatus`.
    ProbeTor,
    /// Add an account; answered by `Event::AccountAdded`.
    AddAccount(AccountSettings),
    /// Create an XMPP account on its server by in-band registration (XEP-0077), through Tor
    /// and TLS exactly as a login, then add it like `AddAccount`. Only the name (the local
    /// part of `settings.address`) and `password` are sent. The password is remembered only
    /// when `settings.remembered_password` is `Some` (then `password` is what is kept,
    /// whatever that field holds). Answered by `AccountAdded` and `RegistrationFinished` on
    /// success, by `RegistrationFinished` alone otherwise. For a throwaway account, offer
    /// [`random_account_name`](crate::random_account_name) as the name.
    RegisterAccount {
        /// The new account, as for `AddAccount`.
        settings: AccountSettings,
        /// The password to register with.
        password: Password,
    },
    /// Change an account's server, port, TLS mode or remembered password; answered by
    /// `AccountDetails`. A connected account uses the new settings from its next connection.
    /// The strongest login mechanism the account has used stays its minimum: the account's
    /// address (and so its server's domain) does not change here, and a new connect host
    /// for the same domain must prove itself as strongly as the old one did, or a changed
    /// host would be a way around downgrade protection.
    EditAccount {
        /// Which.
        account: AccountId,
        /// The new settings.
        changes: AccountChanges,
    },
    /// Set the user's presence on every account, now and for the connections that follow
    /// (until the app quits: a presence is not stored). Answered by `OwnPresence`.
    SetPresence(UserPresence),
    /// Add a contact to an XMPP account's contact list, under `name`, and ask to see their
    /// presence; answered by `ContactListed` when the server has it.
    AddContact {
        /// Which account.
        account: AccountId,
        /// The contact's address.
        peer: String,
        /// The name the user gives them.
        name: Option<String>,
    },
    /// Give a contact another name (or none); answered by `ContactListed`. Its groups stay.
    RenameContact {
        /// Which account.
        account: AccountId,
        /// The contact's address.
        peer: String,
        /// The new name.
        name: Option<String>,
    },
    /// Put a contact in exactly these groups of the XMPP contact list (an empty list: in
    /// none); its name stays. Answered by `ContactListed`. Names are trimmed, empty ones and
    /// repeats dropped; more than `MAX_CONTACT_GROUPS` groups, or a name longer than
    /// `MAX_GROUP_NAME_BYTES`, is refused with `CommandFailed` (`LimitExceeded`). A contact
    /// not in the list yet is added to it, without asking to see their presence (that is
    /// `AddContact`). IRC has no contact lists, so no groups: refused for an IRC account.
    SetContactGroups {
        /// Which account.
        account: AccountId,
        /// The contact's address.
        peer: String,
        /// The groups, in the user's order.
        groups: Vec<String>,
    },
    /// Remove a contact from the contact list (which also stops sharing presence both ways);
    /// answered by `ContactRemoved`.
    RemoveContact {
        /// Which account.
        account: AccountId,
        /// The contact's address.
        peer: String,
    },
    /// Answer a `ContactRequest`: approving lets them see the user's presence (and asks to see
    /// theirs); denying refuses.
    AnswerContactRequest {
        /// Which account.
        account: AccountId,
        /// Who asked.
        peer: String,
        /// Approve (else deny).
        approve: bool,
    },
    /// Remove an account and everything stored for it.
    RemoveAccount {
        /// Which.
        account: AccountId,
    },
    /// Connect an account. `password` is needed unless the profile remembers it or the
    /// account is a temporary one (see [`AccountSettings::address`]).
    Connect {
        /// Which.
        account: AccountId,
        /// The password typed now, if not remembered.
        password: Option<Password>,
    },
    /// Give an IRC account a TLS client certificate (CertFP), made and kept in the profile
    /// (0600), or keep the one it has. From the next connection on it is presented in the TLS
    /// handshake and SASL EXTERNAL is tried first, PLAIN behind it while the services do not
    /// know the certificate. Answered by `ClientCertificate` with the fingerprint to bind with
    /// NickServ (`CERT ADD`).
    CreateClientCertificate {
        /// Which (an IRC account).
        account: AccountId,
    },
    /// Disconnect an account.
    Disconnect {
        /// Which.
        account: AccountId,
    },
    /// Accept a server certificate the system does not trust, by its fingerprint; the next
    /// connection accepts exactly this certificate.
    TrustCertificate {
        /// Which account.
        account: AccountId,
        /// The certificate the user compared and accepted.
        fingerprint: CertFingerprint,
    },
    /// Open (or find) the one-to-one conversation with `peer`; answered by
    /// `Event::ConversationOpened`.
    OpenConversation {
        /// On which account.
        account: AccountId,
        /// The contact's address.
        peer: String,
    },
    /// Send a message in a conversation; answered by `MessageSent`, `MessageHeld` or
    /// `MessageFailed` carrying `local_id`.
    SendText {
        /// Where.
        conversation: ConversationId,
        /// The front end's id for this message.
        local_id: LocalId,
        /// What the user typed.
        text: MessageText,
    },
    /// Bring over a Pidgin set-up from `directory` (a `~/.purple`): accounts, buddies, chats
    /// and each account's OTR key and trusted fingerprints. Saved passwords come along only
    /// with `include_passwords` (the user confirms). Pidgin's logging preference is not read:
    /// Otter keeps logging off. Answered by `AccountAdded`s and `PidginImported`.
    ImportPidgin {
        /// The `.purple` directory.
        directory: PathBuf,
        /// Also remember the passwords Pidgin saved.
        include_passwords: bool,
    },
    /// "Require private conversations with everyone": while on, no one-to-one message leaves
    /// in plaintext; it waits for the private conversation. Stored in the profile.
    RequirePrivateEverywhere {
        /// On or off.
        enabled: bool,
    },
    /// Ask the contact for a private (OTR) conversation; answered by `PrivacyChanged`.
    StartPrivate {
        /// Which conversation.
        conversation: ConversationId,
    },
    /// End the private conversation (the contact is told); answered by `PrivacyChanged`.
    EndPrivate {
        /// Which conversation.
        conversation: ConversationId,
    },
    /// Verify the contact of a private conversation: with a question only they can answer
    /// (`question: Some`) or a secret agreed beforehand (`None`). Answered by
    /// `VerificationFinished` and, on success, `PrivacyChanged` to verified.
    Verify {
        /// Which conversation (must be private).
        conversation: ConversationId,
        /// The question shown to the contact, if any.
        question: Option<MessageText>,
        /// The answer or shared secret; zeroized after use.
        secret: Secret,
    },
    /// Stop a verification under way (ours or the contact's); the contact is told, and
    /// `VerificationFinished` (not succeeded) follows.
    AbortVerification {
        /// Which conversation.
        conversation: ConversationId,
    },
    /// Answer the contact's verification request (`VerificationRequested`).
    AnswerVerification {
        /// Which conversation.
        conversation: ConversationId,
        /// The answer or shared secret; zeroized after use.
        answer: Secret,
    },
    /// The user compared the contact's fingerprint (from `Event::Keys`) with the one the
    /// contact read out to them, and they match: the key becomes verified. Answered by
    /// `PrivacyChanged`.
    ConfirmFingerprint {
        /// Which conversation.
        conversation: ConversationId,
        /// The key the user compared.
        fingerprint: OtrFingerprint,
    },
    /// The user says this key is no longer the contact's (lost device, stolen key): nothing
    /// more is sent to it. Answered by `PrivacyChanged` to `PrivateCompromised` when it is
    /// the key in use.
    MarkCompromised {
        /// Which conversation.
        conversation: ConversationId,
        /// The key.
        fingerprint: OtrFingerprint,
    },
    /// How much OTR an account uses with contacts that have no policy of their own (kept in
    /// the profile). Default: opportunistic.
    SetAccountOtrPolicy {
        /// Which account.
        account: AccountId,
        /// The policy.
        policy: OtrPolicy,
    },
    /// How much OTR this contact gets (kept in the profile); `None` follows the account.
    /// "Require private conversations with everyone" overrides both. Answered by
    /// `OtrPolicyChanged`.
    SetContactOtrPolicy {
        /// The conversation with the contact.
        conversation: ConversationId,
        /// The contact's own policy, or `None`.
        policy: Option<OtrPolicy>,
    },
    /// Drop a message that waits for a private conversation (`MessageHeld`); answered by
    /// `MessageDiscarded`. To retry instead, ask for the private conversation again
    /// (`StartPrivate`): held messages leave as soon as it is up.
    DiscardHeld {
        /// The conversation it waits in.
        conversation: ConversationId,
        /// The front end's id of the message.
        local_id: LocalId,
    },
    /// The window's language from the next start on (`None`: follow the system, as Tails'
    /// Welcome Screen sets it). Kept in the profile; reported by `Preferences` at start.
    SetLanguage {
        /// A language tag such as `de` or `pt-BR`.
        language: Option<String>,
    },
    /// Use the SOCKS5 proxy at this address from now on, and from the next start (kept in the
    /// profile); `None` forgets it and goes back to Tor's default, 127.0.0.1:9050. Accounts
    /// connected now keep their connection until they reconnect. When the core was started
    /// with a proxy for the run (`CoreConfig::proxy`), that one stays in use and this is kept
    /// for later starts. Answered by `Proxy`, then `TorStatus` for the proxy in use.
    SetProxy {
        /// An address and port, never a name: reaching Tor needs no look-up.
        proxy: Option<SocksProxy>,
    },
    /// Let contacts see activity (XMPP): chat states (XEP-0085: "active" on each message,
    /// typing notifications, and the contact's shown) and delivery receipts (XEP-0184: asked
    /// for, answered, reported as `MessageDelivered`). Both off by default: they tell a
    /// contact when the user is at the keyboard. Kept in the profile; answered by
    /// `ActivitySharing`, which also follows `Preferences` at start.
    SetActivitySharing {
        /// Chat states.
        chat_states: bool,
        /// Delivery receipts.
        receipts: bool,
    },
    /// The user started or stopped typing in a conversation. Sent to the contact only while
    /// chat states are shared (`SetActivitySharing`); otherwise nothing leaves.
    SetTyping {
        /// Which conversation.
        conversation: ConversationId,
        /// Typing now, or stopped.
        typing: bool,
    },
    /// Keep this conversation's messages on disk, or stop (off by default for everyone).
    /// Private (OTR) messages are kept only with `include_private`. Answered by
    /// `LoggingChanged`; what was kept stays until `DeleteHistory`.
    SetLogging {
        /// Which conversation.
        conversation: ConversationId,
        /// Keep its messages from now on.
        enabled: bool,
        /// Also its private (OTR) messages.
        include_private: bool,
    },
    /// Delete what was kept of one conversation, or of all (`None`: the history file itself
    /// is removed). Answered by `HistoryDeleted`.
    DeleteHistory {
        /// Which conversation, or all.
        conversation: Option<ConversationId>,
    },
    /// Join an XMPP room (XEP-0045) or an IRC channel (the account's protocol decides);
    /// answered by `RoomJoined` (then `RoomOccupants`, `RoomMessage`, `RoomSubject` as they
    /// come) or `RoomError`. Rooms are never private. An IRC account joins its channels again
    /// after it reconnected.
    JoinRoom {
        /// On which account (online).
        account: AccountId,
        /// The room's address, `name@service`; on IRC the channel, `#name`.
        room: String,
        /// The nick to appear under (XMPP; on IRC the connection has one nick for all).
        nick: String,
        /// The room's password, if it has one (on IRC, the channel key).
        password: Option<Password>,
        /// At most this many messages of history (`None`: the room's default). Not on IRC.
        history: Option<u32>,
    },
    /// Leave a room; answered by `RoomLeft`.
    LeaveRoom {
        /// On which account.
        account: AccountId,
        /// The room's address.
        room: String,
    },
    /// Send a message to everyone in a room; answered by `MessageSent` (never encrypted: a
    /// room is not private) or `MessageFailed`.
    SendRoomMessage {
        /// On which account.
        account: AccountId,
        /// The room's address.
        room: String,
        /// The front end's id for this message.
        local_id: LocalId,
        /// What the user typed.
        text: MessageText,
    },
    /// Save a room: an XMPP room in the account's bookmarks (kept on the server, and in the
    /// profile); an IRC channel in the profile only (without its key, which is not kept).
    /// Saved rooms marked `autojoin` are joined when the account connects. Answered by
    /// `Bookmarks`.
    AddBookmark {
        /// On which account (online).
        account: AccountId,
        /// The room and how to join it.
        bookmark: RoomBookmark,
    },
    /// Remove a room from the account's bookmarks; answered by `Bookmarks`.
    RemoveBookmark {
        /// On which account (online).
        account: AccountId,
        /// The room's address.
        room: String,
    },
    /// Act on an occupant of an XMPP room as its moderator (kick, voice, moderator) or
    /// admin (ban); on IRC, as a channel operator (`MODE +v`/`+o`, `KICK`; a ban is
    /// `+b nick!*@*` and a kick, since over Tor hosts are exits or cloaks). The room tells everyone, with the reason; the change comes back as
    /// `RoomOccupants` (or `RoomLeft` for the occupant). The room's refusal (not a moderator,
    /// not allowed on an owner) comes back as `RoomError` with `Refused`; a request that
    /// cannot leave (offline, not in the room) as `CommandFailed`.
    ModerateRoom {
        /// On which account (online, in the room).
        account: AccountId,
        /// The room's address.
        room: String,
        /// The occupant's nick.
        nick: String,
        /// What to do.
        action: RoomModeration,
        /// Why, shown to everyone in the room (at most 1 KiB is sent).
        reason: Option<MessageText>,
    },
    /// Invite someone to an XMPP room we are in; the room passes the invitation on (with its
    /// password, if it has one). On IRC, `invitee` is a nick (`INVITE`). A refusal comes back as `RoomError` with `Refused`.
    InviteToRoom {
        /// On which account (online, in the room).
        account: AccountId,
        /// The room's address.
        room: String,
        /// Who, `name@server`.
        invitee: String,
        /// Why, shown to them (at most 1 KiB is sent).
        reason: Option<MessageText>,
    },
    /// Destroy an XMPP room the user owns: everyone in it is told, and it is gone. Answered
    /// by `RoomLeft` with `Destroyed`, or `RoomError` with `Refused`.
    DestroyRoom {
        /// On which account (online, in the room).
        account: AccountId,
        /// The room's address.
        room: String,
        /// Why, shown to the occupants (at most 1 KiB is sent).
        reason: Option<MessageText>,
    },
    /// Create an XMPP room and configure it before anyone else can join: like `JoinRoom`, but
    /// if this join creates the room, the room's configuration form comes as
    /// `RoomConfigurationForm` (with `new_room`) instead of the default settings being
    /// accepted; the room stays closed to others until `SubmitRoomConfiguration`, and
    /// `CancelRoomConfiguration` destroys it. A room that exists is just joined.
    CreateRoom {
        /// On which account (online, XMPP).
        account: AccountId,
        /// The room's address, `name@service`.
        room: String,
        /// The nick to appear under.
        nick: String,
    },
    /// Ask an XMPP room the user owns for its configuration form; answered by
    /// `RoomConfigurationForm`, or `RoomError` with `Refused` (e.g. not the owner).
    ConfigureRoom {
        /// On which account (online, in the room).
        account: AccountId,
        /// The room's address.
        room: String,
    },
    /// Answer the room's last `RoomConfigurationForm`: the fields named get these values,
    /// the others keep theirs. Answered by `RoomConfigured`, or `CommandFailed` (answers
    /// that do not fit the form), or `RoomError` with `Refused` (the room refused them).
    SubmitRoomConfiguration {
        /// On which account.
        account: AccountId,
        /// The room's address.
        room: String,
        /// The changed fields.
        answers: Vec<RoomFormAnswer>,
    },
    /// Close the room's last `RoomConfigurationForm` without changing anything; a room just
    /// created is destroyed (`RoomLeft` with `Destroyed` follows).
    CancelRoomConfiguration {
        /// On which account.
        account: AccountId,
        /// The room's address.
        room: String,
    },
    /// Set a room's subject (XMPP, XEP-0045 §8.1) or a channel's topic (IRC `TOPIC`); an
    /// empty text clears it. Answered by `RoomSubject` when the room takes it, or `RoomError`
    /// with `Refused` (not allowed to change it there).
    SetRoomSubject {
        /// On which account (online, in the room).
        account: AccountId,
        /// The room's address.
        room: String,
        /// The new subject (at most 1 KiB is sent on XMPP; IRC servers cut it to their
        /// `TOPICLEN`).
        subject: MessageText,
    },
    /// Appear under another nick in a room (XMPP, XEP-0045 §7.6). On IRC a nick belongs to
    /// the connection, so this changes it on the whole network, in every channel (`NICK`).
    /// Answered by `RoomOccupants` with our `Renamed`, or `RoomError` with `NickInUse` or
    /// `NickRefused` (we stay in the room under the old nick).
    ChangeRoomNick {
        /// On which account (online, in the room).
        account: AccountId,
        /// The room's address.
        room: String,
        /// The new nick.
        nick: String,
    },
    /// List an IRC network's channels whose name contains `search` (any case; empty for
    /// all). Answered by `RoomList`, at most 500 channels (more are dropped, and it says
    /// so: search to narrow it). Not on XMPP (`CommandFailed`).
    ListRooms {
        /// On which account (an online IRC network).
        account: AccountId,
        /// What to look for.
        search: String,
    },
    /// Stop every account and the core thread; answered by `Event::Stopped`.
    /// Ask an IRC network about a nick (`WHOIS`), only because the user asked: it tells the
    /// network nothing about the user. Answered by `WhoisResult`. Not on XMPP
    /// (`CommandFailed`).
    Whois {
        /// On which account (an online IRC network).
        account: AccountId,
        /// Whom.
        nick: String,
    },
    /// Ask an IRC network who is in a channel, or who uses a nick (`WHO`), only because the
    /// user asked. Answered by `WhoResult`. Not on XMPP (`CommandFailed`).
    Who {
        /// On which account (an online IRC network).
        account: AccountId,
        /// A channel (`#name`) or a nick.
        target: String,
    },
    /// Ask an IRC channel for its modes (`MODE #channel`). Answered by `RoomModes`.
    ShowRoomModes {
        /// On which account.
        account: AccountId,
        /// The channel.
        room: String,
    },
    /// Ask an IRC channel for its ban list (`MODE #channel +b`). Answered by `RoomBans`, at
    /// most 200 entries.
    ListRoomBans {
        /// On which account.
        account: AccountId,
        /// The channel.
        room: String,
    },
    /// Change an IRC channel's modes as its operator (`MODE #channel +k key`): `modes` is
    /// signs and letters, `args` one word each. The server announces the change to the
    /// channel, or refuses it (`RoomError` with `Refused`, request `Modes`).
    SetRoomModes {
        /// On which account.
        account: AccountId,
        /// The channel.
        room: String,
        /// `+m`, `-i+k`, …
        modes: String,
        /// The modes' arguments.
        args: Vec<String>,
    },
    /// Send one line to an IRC network as typed (`/raw`, advanced): unchecked, except that a
    /// line with CR, LF or NUL, over 510 bytes, with tags or a source, or a PRIVMSG or NOTICE
    /// to a nick (which would pass by the OTR gate) is refused (`CommandFailed`). Nothing
    /// answers it; whatever the server says back is handled as any line.
    SendRawLine {
        /// On which account (an online IRC network).
        account: AccountId,
        /// The line, without CR LF.
        line: String,
    },
    /// Stop every account and the core thread; answered by `Event::Stopped`.
    Shutdown,
}

/// A room's configuration form (XEP-0004 data form), as the room sent it. Texts are plain
/// and bounded; at most 128 fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoomForm {
    /// The form's title.
    pub title: Option<String>,
    /// What the room says about filling it in.
    pub instructions: Option<String>,
    /// The fields, in the room's order.
    pub fields: Vec<RoomFormField>,
}

/// One field of a room's configuration form.
#[derive(Clone, PartialEq, Eq)]
pub struct RoomFormField {
    /// The field's name, which an answer repeats (e.g. `muc#roomconfig_roomname`); `None`
    /// only for `Fixed` text.
    pub var: Option<String>,
    /// What kind of input it is.
    pub kind: RoomFormFieldKind,
    /// What to show beside it.
    pub label: Option<String>,
    /// A longer explanation.
    pub description: Option<String>,
    /// The room wants a value.
    pub required: bool,
    /// The current values (a boolean's is `1`/`true` or `0`/`false`).
    pub values: Vec<String>,
    /// A list's choices.
    pub options: Vec<RoomFormOption>,
}

impl std::fmt::Debug for RoomFormField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A text-private value is the room's password: values are never printed.
        f.debug_struct("RoomFormField")
            .field("var", &self.var)
            .field("kind", &self.kind)
            .field("values", &self.values.len())
            .finish_non_exhaustive()
    }
}

/// The kind of a form field (XEP-0004 §3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoomFormFieldKind {
    /// Yes or no.
    Boolean,
    /// Text to show, not a question.
    Fixed,
    /// Not shown; the core sends it back as it came.
    Hidden,
    /// Several addresses, one per value.
    JidMulti,
    /// One address.
    JidSingle,
    /// Several of the options.
    ListMulti,
    /// One of the options.
    ListSingle,
    /// Several lines, one per value.
    TextMulti,
    /// A secret such as the room's password: shown masked.
    TextPrivate,
    /// One line of text.
    TextSingle,
}

/// One choice of a list field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomFormOption {
    /// What to show.
    pub label: Option<String>,
    /// What to answer when it is chosen.
    pub value: String,
}

/// The new values of one field of a room's configuration form.
#[derive(Clone, PartialEq, Eq)]
pub struct RoomFormAnswer {
    /// The field's `var`.
    pub var: String,
    /// Its values: one for single fields (`1`/`0` for a boolean, an option's value for a
    /// list), any number for multi fields, none to clear it.
    pub values: Vec<String>,
}

impl std::fmt::Debug for RoomFormAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RoomFormAnswer")
            .field("var", &self.var)
            .field("values", &self.values.len())
            .finish()
    }
}

/// What an IRC network said about a nick (`Event::WhoisResult`). Every text is escaped for
/// display (controls and reordering characters shown as `<U+XXXX>`) and at most 256 bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WhoisInfo {
    /// The nick, as the network spells it.
    pub nick: String,
    /// The network knows the nick; `false`: no such nick.
    pub found: bool,
    /// `user@host` (over Tor, usually a cloak).
    pub mask: Option<String>,
    /// The real name they gave.
    pub realname: Option<String>,
    /// The server they are on, with its description.
    pub server: Option<String>,
    /// Seconds since they last sent something.
    pub idle_seconds: Option<u64>,
    /// The channels the network shows them in, with their status prefix (`@#otter`), at most
    /// 100.
    pub channels: Vec<String>,
    /// They are in more channels than listed.
    pub channels_truncated: bool,
    /// The services account they are logged in to.
    pub account: Option<String>,
    /// Their away message.
    pub away: Option<String>,
    /// They are connected over TLS (to their server; it says nothing of the rest).
    pub secure: bool,
}

/// One entry of an IRC channel's ban list (`Event::RoomBans`), escaped for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomBan {
    /// The mask (`nick!*@*`).
    pub mask: String,
    /// Who set it, if the network says.
    pub by: Option<String>,
}

/// What an IRC network said to a `Who` (`Event::WhoResult`). Every text is escaped for
/// display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhoInfo {
    /// The channel or nick asked about.
    pub target: String,
    /// The people, in the network's order, at most 500.
    pub people: Vec<WhoPerson>,
    /// More were listed than are here.
    pub truncated: bool,
}

/// One person of a `WhoInfo`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhoPerson {
    /// Their nick.
    pub nick: String,
    /// `user@host` (over Tor, usually a cloak).
    pub mask: String,
    /// Their status signs in the channel (`@`, `+`, or empty).
    pub status: String,
    /// The network marks them away.
    pub away: bool,
    /// Their real name.
    pub realname: String,
}

/// One change of an IRC channel's modes made by someone (`Event::RoomModesChanged`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomModeChange {
    /// Set (`+`) or removed (`-`).
    pub adding: bool,
    /// The mode letter (`o` operator, `v` voice, `b` ban, `m`, …): an ASCII letter or digit.
    pub mode: char,
    /// Its argument (a nick, a mask, a limit), escaped; never a channel key.
    pub arg: Option<String>,
}

/// One channel of a network's list (`Event::RoomList`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedRoom {
    /// The channel, `#name`: join it with `JoinRoom`.
    pub room: String,
    /// How many people are in it, as the server counts them.
    pub people: u32,
    /// Its topic (at most 200 bytes).
    pub topic: MessageText,
}

/// One message kept on disk, shown again when its conversation opens.
#[derive(Debug, Clone)]
pub struct LoggedLine {
    /// Sent by the user (else received).
    pub outgoing: bool,
    /// The text.
    pub text: MessageText,
    /// How it travelled.
    pub security: Security,
    /// When, in Unix seconds.
    pub at: i64,
}

/// A saved room.
#[derive(Clone, PartialEq, Eq)]
pub struct RoomBookmark {
    /// The room's address, `name@service`.
    pub room: String,
    /// A name for the list.
    pub name: Option<String>,
    /// The nick to join with (`None`: the account's name).
    pub nick: Option<String>,
    /// The room's password, if it has one (kept on the server with the bookmark).
    pub password: Option<Password>,
    /// Join when the account comes online.
    pub autojoin: bool,
}

impl std::fmt::Debug for RoomBookmark {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RoomBookmark")
            .field("room", &self.room)
            .field("name", &self.name)
            .field("nick", &self.nick)
            .field("password", &self.password.as_ref().map(|_| "<hidden>"))
            .field("autojoin", &self.autojoin)
            .finish()
    }
}

/// What an occupant may do in a room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoomRole {
    /// Moderates.
    Moderator,
    /// Speaks.
    Participant,
    /// Only reads.
    Visitor,
    /// Not in the room.
    None,
}

/// An occupant's standing in a room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoomAffiliation {
    /// Owner.
    Owner,
    /// Administrator.
    Admin,
    /// Member.
    Member,
    /// Banned.
    Outcast,
    /// None.
    None,
}

/// Someone in a room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomOccupant {
    /// Their nick.
    pub nick: String,
    /// Their role.
    pub role: RoomRole,
    /// Their affiliation.
    pub affiliation: RoomAffiliation,
    /// Their real address, when the room shows it.
    pub address: Option<String>,
    /// IRC channel status as the network shows it, highest first (`~` founder, `&` admin,
    /// `@` operator, `%` half-operator, `+` voice); empty on XMPP. Role and affiliation say
    /// the same in XMPP's terms: operators moderate.
    pub prefixes: String,
}

/// A change in a room's occupant list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OccupantChange {
    /// Present (new, or with a new role or affiliation).
    Present(RoomOccupant),
    /// Gone.
    Left {
        /// Who.
        nick: String,
        /// Why.
        reason: RoomLeftReason,
    },
    /// Changed nick.
    Renamed {
        /// Old nick.
        from: String,
        /// New nick.
        to: String,
    },
    /// Several left at once because two servers of the network lost their link (IRC
    /// netsplit): to be told as one event, not one per person.
    Netsplit {
        /// Who left.
        nicks: Vec<String>,
        /// The two servers that split, as the network named them (either may be empty).
        servers: (String, String),
    },
    /// Several came back at once when the servers linked again (IRC netjoin).
    Netjoin {
        /// Who came back.
        occupants: Vec<RoomOccupant>,
    },
    /// Someone in the room invited a person who is not in it yet (IRC `invite-notify`);
    /// nothing changes in the list until they join.
    Invited {
        /// Who invited.
        by: String,
        /// Who was invited.
        nick: String,
    },
}

/// What a moderator (or admin) does to an occupant of a room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoomModeration {
    /// Out of the room; they may come back.
    Kick,
    /// Out of the room and kept out (needs the room to show us their address).
    Ban,
    /// May speak (in a moderated room).
    GrantVoice,
    /// May only read.
    RevokeVoice,
    /// Becomes a moderator.
    GrantModerator,
    /// No longer a moderator.
    RevokeModerator,
}

/// Why someone (we, or an occupant) is no longer in a room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoomLeftReason {
    /// Left (or we asked to leave).
    Left,
    /// Kicked by a moderator.
    Kicked,
    /// Banned.
    Banned,
    /// Removed (affiliation change, members-only).
    Removed,
    /// The room's service shut down.
    ServiceShutdown,
    /// The room was destroyed; people may have moved to `alternative`.
    Destroyed {
        /// The replacement room, if named.
        alternative: Option<String>,
    },
    /// The room has more people than Otter keeps track of; it was left.
    TooManyOccupants,
    /// The account went offline; or (XMPP) the room had lost us without a word, found out by
    /// its self-ping, and Otter is joining it again (`RoomJoined` follows).
    Disconnected,
}

/// Why a room refused us or a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoomErrorKind {
    /// Someone in the room has this nick.
    NickInUse,
    /// The room needs a (different) password.
    PasswordRequired,
    /// We are banned from the room.
    Banned,
    /// There is no such room.
    RoomNotFound,
    /// Members only.
    MembersOnly,
    /// The room is full.
    RoomFull,
    /// The service does not let us create this room.
    CreationRefused,
    /// The nick is not accepted.
    NickRefused,
    /// A message was refused (e.g. no voice in a moderated room).
    MessageRefused {
        /// The condition as the room sent it.
        condition: String,
        /// Which message, when the room's answer names one sent recently (it had
        /// `MessageSent` already).
        local_id: Option<LocalId>,
    },
    /// Something else, as the room sent it.
    Other {
        /// The condition.
        condition: String,
    },
    /// The room refused a request of ours (moderation, invitation, destruction, subject).
    /// We are still in the room.
    Refused {
        /// Which request.
        request: RoomRequestKind,
        /// The condition as the room sent it (XMPP's names: `forbidden` and `not-allowed`
        /// mean we lack the rights, as IRC's "not channel operator" does).
        condition: String,
    },
}

/// A request to a room that the room can refuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoomRequestKind {
    /// Accepting the default configuration of a room we created.
    Configure,
    /// A moderation action.
    Moderate(RoomModeration),
    /// An invitation.
    Invite,
    /// Destroying the room.
    Destroy,
    /// Changing the subject (topic).
    Subject,
    /// Sending, taking or cancelling the room's configuration form.
    ConfigurationForm,
    /// Changing an IRC channel's modes.
    Modes,
}

/// What a room says about itself when we join: the interface must show these.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RoomFacts {
    /// Everyone in the room can see our real address.
    pub addresses_visible: bool,
    /// The room is logged publicly.
    pub logged: bool,
    /// The room was created by this join.
    pub created: bool,
    /// The room gave us another nick than the one asked for.
    pub nick_changed_by_service: bool,
}

/// What the interface says about a one-to-one conversation. Rooms are never private.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConversationPrivacy {
    /// Not encrypted end to end: the server can read it.
    NotPrivate,
    /// Encrypted (OTR); the contact's key is not verified yet.
    PrivateUnverified,
    /// Encrypted (OTR) and the contact's key is verified.
    PrivateVerified,
    /// The contact ended the private conversation; nothing is sent until it is restarted or
    /// ended here too.
    Finished,
    /// Encrypted, but with a key the user marked compromised: nothing is sent.
    PrivateCompromised,
}

/// Why an account could not be created (`Event::RegistrationFinished`). The GUI words these
/// first; `kind` is the fallback for `Connection`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegistrationProblem {
    /// Someone already has this name on the server: choose another.
    NameTaken,
    /// The server does not accept this name or password (characters, length, its rules).
    NotAcceptable,
    /// The server does not let anyone register there (or not from this address): create the
    /// account another way, for example on the server's web page.
    Closed,
    /// Too many accounts were created from this address. Over Tor the address is the exit
    /// relay's, shared with many people: try again later.
    TooManyFromAddress,
    /// The server asks for something Otter cannot show: a CAPTCHA, or another field (an
    /// e-mail address, terms to accept). The user can register on the server's web page or
    /// with another client, then add the account to Otter.
    CannotShowForm {
        /// It is a CAPTCHA (XEP-0158).
        captcha: bool,
        /// The fields Otter cannot fill, as the server labels them (plain text).
        fields: Vec<String>,
        /// The server's instructions (plain text, at most 1 KiB).
        instructions: Option<String>,
        /// A web address the server gives (plain text: show it, never fetch it).
        url: Option<String>,
    },
    /// Tor, TLS, the certificate or the server's protocol failed: `kind` says which.
    Connection,
    /// The server refused for another reason (the explanation names it).
    Other,
    /// The request cannot be carried out: not an XMPP address with a name, an empty
    /// password, or an account Otter already has.
    InvalidRequest,
    /// The server created the account, but the profile could not save it: add it by hand.
    NotSaved,
}

/// A registration that did not create (or did not save) an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationFailure {
    /// What went wrong, for the interface to word.
    pub problem: RegistrationProblem,
    /// The general classification the GUI translates.
    pub kind: ErrorKind,
    /// One sentence for the user (English), with the server's own words when it gave some.
    pub explanation: String,
}

/// Whether Otter can reach Tor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TorStatus {
    /// Tor's SOCKS port answers.
    Ready {
        /// The proxy took our per-account credentials (Tor does), so accounts use separate
        /// circuits. False for a plain SOCKS proxy that is not Tor.
        isolates_accounts: bool,
    },
    /// Tor cannot be reached; nothing will connect until it can.
    Unreachable {
        /// One sentence for the user (English; the GUI words it from `kind`).
        explanation: &'static str,
        /// The classification the GUI translates.
        kind: ErrorKind,
    },
}

/// An account's connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConnectionStatus {
    /// Not connected.
    Offline,
    /// Connecting through Tor, negotiating TLS, logging in.
    Connecting,
    /// Logged in.
    Online,
    /// The connection failed or broke.
    Failed {
        /// The classification the GUI translates.
        kind: ErrorKind,
        /// One sentence for the user (English).
        explanation: String,
    },
}

/// How a message travelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// Encrypted with OTR, and the contact's key is verified.
    EncryptedVerified,
    /// Encrypted with OTR, the contact's key is not verified.
    EncryptedUnverified,
    /// Not encrypted end to end: the server can read it.
    NotEncrypted,
}

/// Why a message waits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeldReason {
    /// OTR is required and the private conversation is not up yet.
    WaitingForPrivateConversation,
    /// The contact ended the private conversation.
    PrivateConversationEndedByContact,
    /// The contact's key is marked compromised.
    CompromisedKey,
    /// The account is not online.
    AccountOffline,
}

/// Where the making of an account's private (OTR) key stands. The key is made once, at the
/// first private conversation; it takes a moment, seconds on a slow computer, and private
/// conversations of the account wait for it (messages that need one stay held meanwhile).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyGenerationState {
    /// Being made.
    Started,
    /// Made and saved in the profile; waiting private conversations start now.
    Finished,
    /// It could not be made; the next private conversation tries again. Held messages stay
    /// held.
    Failed {
        /// One sentence (English).
        explanation: String,
    },
}

/// What the user needs to decide about a certificate.
#[derive(Debug, Clone)]
pub struct CertificatePrompt {
    /// SHA-256 fingerprint.
    pub fingerprint: CertFingerprint,
    /// Subject.
    pub subject: String,
    /// Issuer.
    pub issuer: String,
    /// End of validity.
    pub not_after: String,
    /// What is wrong with it, in one sentence (English).
    pub explanation: &'static str,
    /// Whether this is a changed pinned certificate (a much stronger warning).
    pub changed_since_accepted: bool,
}

/// What happened. Deliberately not `#[non_exhaustive]`: front ends match it without a
/// catch-all arm, so a new event is a compile error until it is handled.
#[derive(Debug)]
pub enum Event {
    /// Result of `Command::ProbeTor`.
    TorStatus(TorStatus),
    /// An account exists (at start for every stored account, and after `AddAccount`).
    AccountAdded {
        /// Its id.
        account: AccountId,
        /// Its protocol.
        protocol: Protocol,
        /// Its address.
        address: String,
    },
    /// An IRC account's client certificate, after `CreateClientCertificate`.
    ClientCertificate {
        /// Which.
        account: AccountId,
        /// SHA-256 of the certificate, 64 lowercase hex digits: the form NickServ `CERT ADD`
        /// takes and `CERT LIST` shows.
        fingerprint: String,
    },
    /// A temporary XMPP account (see [`AccountSettings::address`]) is about to be online
    /// under this address, which its server made up for this connection: what contacts and
    /// rooms see. A later connection has another. Sent again after a resumed stream.
    AccountAddressAssigned {
        /// Which.
        account: AccountId,
        /// The bare address, `local@domain`.
        address: String,
    },
    /// An account's changeable settings: after every `AccountAdded` and after `EditAccount`.
    AccountDetails {
        /// Which.
        account: AccountId,
        /// The connect-host override ("" = none).
        server_host: String,
        /// The connect-port override (0 = the protocol's default).
        server_port: u16,
        /// Direct TLS.
        direct_tls: bool,
        /// IRC: NickServ `IDENTIFY` where the server offers no SASL for the password.
        nickserv_fallback: bool,
        /// IRC: without TLS, to an onion service.
        onion_plaintext: bool,
        /// Whether the profile remembers its password.
        password_remembered: bool,
    },
    /// The user's presence changed (after `SetPresence`).
    OwnPresence(UserPresence),
    /// A contact's presence on one of their resources (devices) changed.
    ContactPresence {
        /// Which account.
        account: AccountId,
        /// The contact's address.
        peer: String,
        /// Which of their devices (XMPP resource).
        resource: String,
        /// How available; `None`: that device went offline.
        availability: Option<Availability>,
        /// Their status message, as they typed it.
        status: Option<MessageText>,
    },
    /// An account was removed.
    AccountRemoved {
        /// Its id.
        account: AccountId,
    },
    /// An account's connection changed.
    AccountStatus {
        /// Which.
        account: AccountId,
        /// Now.
        status: ConnectionStatus,
    },
    /// The server's certificate is not trusted: the user may compare and accept it.
    CertificateNeedsDecision {
        /// Which account.
        account: AccountId,
        /// What to show.
        prompt: Box<CertificatePrompt>,
    },
    /// Someone asks to see the user's presence (to add them as a contact): answer with
    /// `AnswerContactRequest`.
    ContactRequest {
        /// Which account.
        account: AccountId,
        /// Who asks.
        peer: String,
    },
    /// A contact left the account's contact list.
    ContactRemoved {
        /// Which account.
        account: AccountId,
        /// The contact's address.
        peer: String,
    },
    /// A contact appeared in the account's contact list (roster), or its name or groups
    /// changed: each `ContactListed` for a contact replaces what the last one said.
    ContactListed {
        /// Which account.
        account: AccountId,
        /// The contact's address.
        peer: String,
        /// The name the user gave the contact, if any.
        name: Option<String>,
        /// The groups the contact is in, as the server lists them (trimmed, no empty names or
        /// repeats, at most `MAX_CONTACT_GROUPS` of at most `MAX_GROUP_NAME_BYTES` each, in
        /// the server's order, which means nothing: servers keep them as a set); empty when
        /// in none. Always empty for IRC, which has no contact lists or groups,
        /// and for contacts known only from the profile until the server lists them.
        groups: Vec<String>,
    },
    /// A one-to-one conversation exists (opened by the user or by an incoming message).
    ConversationOpened {
        /// Its id.
        conversation: ConversationId,
        /// Which account.
        account: AccountId,
        /// The contact.
        peer: String,
    },
    /// The server confirmed it has a sent message (XMPP stream management): it no longer
    /// depends on this connection. Without stream management, `MessageSent` is all there is.
    MessageAcknowledged {
        /// The front end's id for it.
        local_id: LocalId,
    },
    /// A message arrived.
    MessageReceived {
        /// Where.
        conversation: ConversationId,
        /// The text.
        text: MessageText,
        /// How it travelled.
        security: Security,
        /// It arrived unencrypted although the conversation is private, or must be (the
        /// contact's or the account's policy, or "require private conversations with
        /// everyone"): show it with a clear warning that it was not private.
        plaintext_warning: bool,
        /// When it was written, in Unix seconds, if the server said (XEP-0203: kept while
        /// the user was offline); `None`: it was just written.
        at: Option<i64>,
    },
    /// The user sent this from another device of the account (XMPP message carbons); OTR
    /// messages of that device's own private conversations are never shown.
    MessageSentElsewhere {
        /// Where.
        conversation: ConversationId,
        /// The text, as it travelled (not encrypted).
        text: MessageText,
    },
    /// The contact's device confirmed it received a message (XMPP receipts, only while
    /// shared).
    MessageDelivered {
        /// The front end's id.
        local_id: LocalId,
    },
    /// The contact started or stopped typing (XMPP chat states, only while shared).
    ContactTyping {
        /// Where.
        conversation: ConversationId,
        /// Typing now.
        typing: bool,
    },
    /// A message left.
    MessageSent {
        /// The front end's id.
        local_id: LocalId,
        /// How it travelled.
        security: Security,
    },
    /// A message waits for IRC flood control (a burst left, the rest go one line every two
    /// seconds): it has not left yet; `MessageSent` follows when it is written.
    MessageQueued {
        /// The front end's id.
        local_id: LocalId,
    },
    /// A message waits, visibly, and has not left.
    MessageHeld {
        /// The front end's id.
        local_id: LocalId,
        /// Why.
        reason: HeldReason,
    },
    /// A held message was dropped at the user's request; it never left.
    MessageDiscarded {
        /// The front end's id.
        local_id: LocalId,
    },
    /// A message could not be sent.
    MessageFailed {
        /// The front end's id.
        local_id: LocalId,
        /// The classification the GUI translates.
        kind: ErrorKind,
    },
    /// A conversation's privacy changed.
    PrivacyChanged {
        /// Which conversation.
        conversation: ConversationId,
        /// Now.
        privacy: ConversationPrivacy,
    },
    /// The account's private key is being made, or was (see [`KeyGenerationState`]).
    KeyGeneration {
        /// Which account.
        account: AccountId,
        /// Where it stands.
        state: KeyGenerationState,
    },
    /// The keys of a conversation that just became private, for comparing fingerprints.
    Keys {
        /// Which conversation.
        conversation: ConversationId,
        /// This account's own key.
        own: OtrFingerprint,
        /// The contact's key in this private conversation.
        contact: OtrFingerprint,
    },
    /// The private conversation is with this one of the contact's devices (XMPP resource):
    /// a contact signed in more than once has one OTR instance per device, and everything
    /// private goes to the device the conversation was set up with. Sent when the
    /// conversation becomes private and when the contact continues it from another device.
    PrivateDevice {
        /// Which conversation.
        conversation: ConversationId,
        /// The device's name as the contact's software chose it (the XMPP resource).
        device: String,
    },
    /// The contact's key is not the one the user verified before: warn prominently; the
    /// conversation is private but unverified until the user verifies again.
    ContactKeyChanged {
        /// Which conversation.
        conversation: ConversationId,
    },
    /// A contact's OTR policy changed.
    OtrPolicyChanged {
        /// The conversation with the contact.
        conversation: ConversationId,
        /// The contact's own policy (`None`: it follows the account).
        contact: Option<OtrPolicy>,
        /// The policy that now applies, all settings considered.
        effective: OtrPolicy,
    },
    /// The contact asks to verify: answer with `AnswerVerification`, whenever the user is
    /// ready (the request does not expire on its own).
    VerificationRequested {
        /// Which conversation.
        conversation: ConversationId,
        /// The contact's question, or `None` when a shared secret is asked for.
        question: Option<MessageText>,
    },
    /// A verification ended.
    VerificationFinished {
        /// Which conversation.
        conversation: ConversationId,
        /// Whether both sides gave the same answer.
        succeeded: bool,
    },
    /// A verification is under way: how far (percent), for a progress bar.
    VerificationProgress {
        /// Which conversation.
        conversation: ConversationId,
        /// Percent done (0 to 100).
        percent: u8,
    },
    /// The profile's preferences: always the first event after `start`, so the window can
    /// choose its language before it draws anything.
    Preferences {
        /// The language the user chose in Otter, if any (else the system's applies).
        language: Option<String>,
        /// "Require private conversations with everyone".
        require_private_everywhere: bool,
    },
    /// The SOCKS5 proxy: after `Preferences` at start, and after `SetProxy`.
    Proxy {
        /// The proxy new connections go through.
        in_use: SocksProxy,
        /// The one kept in the preferences (`None`: Tor's default).
        saved: Option<SocksProxy>,
        /// The core was started with a proxy for this run, which a saved one does not
        /// replace until the next start without it.
        fixed_for_this_run: bool,
    },
    /// Whether chat states and receipts are shared: after `Preferences` at start, and after
    /// `SetActivitySharing`.
    ActivitySharing {
        /// Chat states (XEP-0085).
        chat_states: bool,
        /// Delivery receipts (XEP-0184).
        receipts: bool,
    },
    /// Whether this conversation is kept on disk.
    LoggingChanged {
        /// Which conversation.
        conversation: ConversationId,
        /// Kept from now on.
        enabled: bool,
        /// Private (OTR) messages too.
        include_private: bool,
    },
    /// What was kept of a conversation, oldest first (sent when it opens, if logging is on).
    History {
        /// Which conversation.
        conversation: ConversationId,
        /// The kept messages.
        lines: Vec<LoggedLine>,
    },
    /// Kept history was deleted.
    HistoryDeleted {
        /// Which conversation, or `None` for all.
        conversation: Option<ConversationId>,
    },
    /// A Pidgin import finished.
    PidginImported {
        /// Accounts added.
        accounts: usize,
        /// Accounts skipped because Otter already had them.
        skipped: usize,
        /// Contacts added.
        contacts: usize,
        /// Rooms added.
        rooms: usize,
    },
    /// We are in a room. Everyone present follows in one `RoomOccupants`.
    RoomJoined {
        /// Which account.
        account: AccountId,
        /// The room's address.
        room: String,
        /// Our nick there.
        nick: String,
        /// What the room says about itself.
        facts: RoomFacts,
    },
    /// A room's occupants changed (at join: everyone, as `Present`).
    RoomOccupants {
        /// Which account.
        account: AccountId,
        /// The room.
        room: String,
        /// What changed, in order.
        changes: Vec<OccupantChange>,
    },
    /// A message in a room. Rooms are never private.
    RoomMessage {
        /// Which account.
        account: AccountId,
        /// The room.
        room: String,
        /// The sender's nick; `None` for the room itself.
        nick: Option<String>,
        /// The text.
        text: MessageText,
        /// History replayed on join, not a live message.
        delayed: bool,
        /// When it was written, in Unix seconds, if the room said (XEP-0203 delayed delivery,
        /// as for replayed history); `None`: it was just written.
        at: Option<i64>,
        /// Ours, as the room relayed it.
        own: bool,
    },
    /// A room's subject (on join, and when it changes).
    RoomSubject {
        /// Which account.
        account: AccountId,
        /// The room.
        room: String,
        /// Who set it, if known.
        nick: Option<String>,
        /// The subject; empty when there is none.
        subject: MessageText,
    },
    /// We are no longer in a room.
    RoomLeft {
        /// Which account.
        account: AccountId,
        /// The room.
        room: String,
        /// Why.
        reason: RoomLeftReason,
    },
    /// A room refused a join or a message.
    RoomError {
        /// Which account.
        account: AccountId,
        /// The room.
        room: String,
        /// What it said.
        error: RoomErrorKind,
    },
    /// The answer to `Who`.
    WhoResult {
        /// Which account.
        account: AccountId,
        /// What the network said.
        info: WhoInfo,
    },
    /// The answer to `Whois`.
    WhoisResult {
        /// Which account.
        account: AccountId,
        /// What the network said.
        info: WhoisInfo,
    },
    /// An IRC channel's modes, after `ShowRoomModes`: as the server wrote them (`+ntk key`),
    /// escaped.
    RoomModes {
        /// Which account.
        account: AccountId,
        /// The channel.
        room: String,
        /// The modes and their arguments.
        modes: String,
    },
    /// Someone changed an IRC channel's modes (one `MODE` line): status, bans, the channel's
    /// own modes. The occupant list is updated separately.
    RoomModesChanged {
        /// Which account.
        account: AccountId,
        /// The channel.
        room: String,
        /// Who changed them, escaped (`None`: the server or services).
        by: Option<String>,
        /// The changes in order, at most a few.
        changes: Vec<RoomModeChange>,
        /// Changes the line held beyond those.
        omitted: usize,
    },
    /// An IRC channel's ban list, after `ListRoomBans`, in the server's order.
    RoomBans {
        /// Which account.
        account: AccountId,
        /// The channel.
        room: String,
        /// The bans.
        bans: Vec<RoomBan>,
        /// More were listed than are here.
        truncated: bool,
    },
    /// The channels an IRC network listed after `ListRooms`, in its order.
    RoomList {
        /// Which account.
        account: AccountId,
        /// The channels that match.
        rooms: Vec<ListedRoom>,
        /// More matched than are listed.
        truncated: bool,
    },
    /// Someone invites the user to an XMPP room. Nothing is joined: the user decides (with
    /// `JoinRoom`, and the password given here). Anyone can send one.
    RoomInvitation {
        /// Which account.
        account: AccountId,
        /// The room's address.
        room: String,
        /// Who invites (bare address), if said.
        from: Option<String>,
        /// Their words, at most 1 KiB.
        reason: Option<MessageText>,
        /// The room's password, if the invitation carries one.
        password: Option<Password>,
    },
    /// A room's configuration form, after `CreateRoom` created the room (`new_room`: it
    /// stays closed to others until answered) or after `ConfigureRoom`. Answer with
    /// `SubmitRoomConfiguration` or `CancelRoomConfiguration`.
    RoomConfigurationForm {
        /// Which account.
        account: AccountId,
        /// The room.
        room: String,
        /// The form, with the room's current settings as values.
        form: RoomForm,
        /// The room was just created by the user.
        new_room: bool,
    },
    /// The room accepted the submitted configuration.
    RoomConfigured {
        /// Which account.
        account: AccountId,
        /// The room.
        room: String,
    },
    /// The XMPP account's room service (XEP-0045 §6.1, found through service discovery
    /// after each login), such as `conference.example.org`: where new rooms are made and
    /// most of the server's rooms are. `None`: the server lists no room service.
    RoomService {
        /// Which account.
        account: AccountId,
        /// The service's address (a domain).
        service: Option<String>,
    },
    /// The account's saved rooms: at start from the profile's copy (for accounts that have
    /// some), after login, and after each change.
    Bookmarks {
        /// Which account.
        account: AccountId,
        /// The rooms.
        bookmarks: Vec<RoomBookmark>,
    },
    /// A `RegisterAccount` ended: the new account's id (its `AccountAdded` came first), or why
    /// there is none.
    RegistrationFinished {
        /// The address asked for.
        address: String,
        /// The outcome.
        result: Result<AccountId, RegistrationFailure>,
    },
    /// A command could not be carried out (bad input, storage failure).
    CommandFailed {
        /// The classification the GUI translates.
        kind: ErrorKind,
        /// One sentence (English).
        explanation: String,
    },
    /// An IRC server refused a command that was about no room (an IRCv3 `FAIL`); refusals
    /// about a room come as `RoomError`.
    ServerRefused {
        /// Which account.
        account: AccountId,
        /// The command refused (`NICK`, `AWAY`…), as the server named it, escaped.
        command: String,
        /// The server's words, escaped for display.
        description: MessageText,
    },
    /// The core has stopped; no more events follow.
    Stopped,
}

/// The core is no longer running.
#[derive(Debug, thiserror::Error)]
#[error("the core has stopped")]
pub struct CoreStopped;

/// The core could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StartError {
    /// The tokio runtime or the core thread could not be created.
    #[error("the core could not start: {0}")]
    Runtime(#[from] std::io::Error),
    /// The profile could not be opened.
    #[error(transparent)]
    Profile(#[from] otter_store::StoreError),
    /// The extra trust anchors are unusable.
    #[error(transparent)]
    Tls(#[from] otter_net::TlsError),
}

/// What is wrong with a profile whose database cannot be used, when setting it aside
/// ([`set_profile_aside`]) would let Otter start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileProblem {
    /// The database is damaged (or not a database).
    Damaged,
    /// A newer Otter wrote it; this one must not touch it.
    Newer,
}

impl StartError {
    /// Whether the profile's database is the problem, and how.
    pub fn profile_problem(&self) -> Option<ProfileProblem> {
        match self {
            Self::Profile(otter_store::StoreError::Corrupt(_)) => Some(ProfileProblem::Damaged),
            Self::Profile(otter_store::StoreError::NewerSchema { .. }) => {
                Some(ProfileProblem::Newer)
            }
            _ => None,
        }
    }
}

/// The way out of a [`ProfileProblem`]: moves the database, the kept history and the OTR
/// files into a new private folder inside the profile (nothing is deleted), so that the next
/// [`start`] begins with an empty profile. Returns that folder, to tell the user.
pub fn set_profile_aside(profile: &std::path::Path) -> Result<PathBuf, StartError> {
    Ok(otter_store::ProfileDir::open_or_create(profile)?.set_aside()?)
}

/// Sends commands to the core. Cheap to clone.
#[derive(Debug, Clone)]
pub struct CoreHandle {
    // Unbounded: only the local user produces commands, at human speed.
    commands: mpsc::UnboundedSender<Command>,
}

impl CoreHandle {
    /// Queues a command.
    pub fn send(&self, command: Command) -> Result<(), CoreStopped> {
        self.commands.send(command).map_err(|_| CoreStopped)
    }
}

/// Events from the core, in order.
#[derive(Debug)]
pub struct EventStream {
    events: mpsc::Receiver<Event>,
}

impl EventStream {
    /// The next event, or `None` once the core has stopped.
    pub async fn next(&mut self) -> Option<Event> {
        self.events.recv().await
    }

    /// The next event if one is waiting.
    pub fn try_next(&mut self) -> Option<Event> {
        self.events.try_recv().ok()
    }
}

/// Opens the profile and starts the core on its own thread, named `otter-core`. Returns once
/// the profile is open (or could not be), so a profile problem is reported here, in words.
pub fn start(config: CoreConfig) -> Result<(CoreHandle, EventStream), StartError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let (command_tx, command_rx) = mpsc::unbounded_channel();
    let (event_tx, event_rx) = mpsc::channel(EVENT_QUEUE);
    // The engine is built on the core thread itself, so `start` also works when called from
    // inside another runtime (a test, or a front end that has one).
    let (opened_tx, opened_rx) = std::sync::mpsc::sync_channel(1);
    thread::Builder::new()
        .name("otter-core".into())
        .spawn(move || {
            runtime.block_on(async move {
                match Engine::open(config, event_tx).await {
                    Ok(engine) => {
                        let _ = opened_tx.send(Ok(()));
                        engine.run(command_rx).await;
                    }
                    Err(error) => {
                        let _ = opened_tx.send(Err(error));
                    }
                }
            });
        })?;
    opened_rx.recv().map_err(|_| {
        StartError::Runtime(std::io::Error::other("the core thread ended at start"))
    })??;
    Ok((
        CoreHandle {
            commands: command_tx,
        },
        EventStream { events: event_rx },
    ))
}
