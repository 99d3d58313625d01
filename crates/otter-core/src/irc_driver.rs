//! The tokio driver around `otter_irc::Client`: Tor, then TLS (IRC has no STARTTLS here), then
//! the loop the crate documentation prescribes (after every input, drain `poll_action`; sleep
//! until `poll_timeout`). A connection that breaks after it was online is made again, with
//! exponential backoff and jitter, always through the same Tor connector, and the channels the
//! user was in are joined again.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::time::Duration;

use otter_irc::{
    Action, Channel, ChannelModeration, Client, ClientConfig, CloseReason, IrcError, IrcEvent,
    Member, Nick, ReplyKind, RoomBody, Sasl, StsPolicy, Target,
};
use otter_net::{
    ClientIdentity, ConnectError, IsolationKey, ServerStream, TlsPolicy, TorConnector,
};
use otter_otr::WireBody;
use otter_types::{
    CertFingerprint, ErrorKind, Hostname, LocalId, MessageText, Password, TorTarget,
};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::sync::mpsc;
use tokio::time::Instant;

use crate::account_task::{
    AccountCommand, AccountEvent, Backoff, Ended, MAX_BACKOFF, RoomUpdate, certificate_prompt,
    refuse_offline,
};
use crate::api::{
    Availability, ConnectionStatus, ListedRoom, OccupantChange, RoomAffiliation, RoomBan,
    RoomErrorKind, RoomFacts, RoomLeftReason, RoomModeChange, RoomModeration, RoomOccupant,
    RoomRequestKind, RoomRole, UserPresence, WhoInfo, WhoPerson, WhoisInfo,
};

/// IRC over TLS (IANA "ircs-u", RFC 7194).
const DEFAULT_TLS_PORT: u16 = 6697;
/// IRC without TLS: only ever to an onion service the user allowed it for.
const DEFAULT_PLAINTEXT_PORT: u16 = 6667;
/// Bytes read per wakeup; the line parser enforces the real limits.
const READ_CHUNK: usize = 16 * 1024;

/// Everything one connection attempt needs.
pub(crate) struct IrcConnection {
    /// The address's nick: the SASL account, and the nick registered with unless the user
    /// chose another.
    pub(crate) nick: String,
    /// The nick the user chose last (`/nick`, "Change nick…"; the profile's record).
    pub(crate) chosen_nick: Option<String>,
    /// The account's client certificate (CertFP): presented in the handshake, and SASL
    /// EXTERNAL is tried first.
    pub(crate) identity: Option<ClientIdentity>,
    /// The strongest SASL mechanism the account has used (the profile's record): after
    /// EXTERNAL, PLAIN is never sent again.
    pub(crate) strongest_mechanism: String,
    /// The network's host name.
    pub(crate) host: String,
    pub(crate) port: u16,
    /// The TLS port a remembered Strict Transport Security policy requires for `host`; it
    /// overrides `port`.
    pub(crate) sts_port: Option<u16>,
    pub(crate) password: Password,
    /// The user allowed NickServ `IDENTIFY` where the server has no SASL for the password.
    pub(crate) nickserv_fallback: bool,
    /// The user allowed this account's onion service without TLS (otter-net refuses it for
    /// any other host).
    pub(crate) onion_plaintext: bool,
    pub(crate) pin: Option<CertFingerprint>,
    /// The presence (away or not) the connection starts with.
    pub(crate) presence: UserPresence,
}

/// What a refused downgrade says.
const NO_DOWNGRADE: &str = "This account logged in with its client certificate before, and the server did not accept the certificate now. Otter does not fall back to sending the password, which an attacker between you and the server could be waiting for. If the network's services lost the certificate, bind it again there.";

/// What a refused downgrade from SCRAM to PLAIN says.
const NO_SCRAM_DOWNGRADE: &str = "This account logged in with SCRAM-SHA-256 before, which never sends the password, and the server now offers only the login that does. Otter does not send it, as an attacker between you and the server could be waiting for it.";

/// What refusing to connect without a login says.
const NO_LOGIN: &str = "This account logged in to the network's services before, and no password was given now. Otter does not connect without logging in, which would let the nick be used unauthenticated. Enter the password.";

/// The logins to try, first and fallback: EXTERNAL with PLAIN behind it while the services may
/// not know the certificate yet; EXTERNAL alone once it has worked; PLAIN without a
/// certificate. An empty password is no PLAIN: a network without services (or a nick without
/// an account) registers without SASL, `None`, unless the account has logged in before.
fn logins(
    connection: &IrcConnection,
    certificate_only: bool,
) -> Result<Option<(Sasl, Option<Sasl>)>, SessionEnd> {
    let plain = (!connection.password.reveal().is_empty()).then(|| Sasl::Plain {
        account: connection.nick.clone(),
        password: connection.password.clone(),
    });
    match (&connection.identity, certificate_only, plain) {
        (Some(_), true, _) => Ok(Some((Sasl::External, None))),
        (Some(_), false, plain) => Ok(Some((Sasl::External, plain))),
        (None, false, Some(plain)) => Ok(Some((plain, None))),
        (None, false, None) if connection.strongest_mechanism.is_empty() => Ok(None),
        (None, false, None) => Err(SessionEnd::Fatal(Ended::Failed(
            ErrorKind::AuthenticationFailed,
            NO_LOGIN.into(),
        ))),
        (None, true, _) => Err(SessionEnd::Fatal(Ended::Failed(
            ErrorKind::AuthenticationFailed,
            "This account logged in with its client certificate before, and the certificate is missing from the profile. Otter does not fall back to sending the password.".into(),
        ))),
    }
}

/// Why one connection ended.
enum SessionEnd {
    /// The user asked (or the core went away): stop.
    Requested,
    /// It failed before it was ever online, or for a reason retrying cannot fix (a refused
    /// login, an untrusted certificate): stop and say why.
    Fatal(Ended),
    /// It broke: try again.
    Broken(Ended),
}

/// A channel the user is in, or asked to join: joined again after a reconnect.
#[derive(Default)]
struct Wanted {
    key: Option<Password>,
    /// Reported to the core as joined (RoomJoined sent).
    reported: bool,
    /// A topic that came before the member list; reported after RoomJoined.
    topic: Option<(Option<String>, MessageText)>,
}

/// Runs the account until the user disconnects or it fails for good; reports everything
/// through `events`.
pub(crate) async fn run(
    connection: IrcConnection,
    connector: TorConnector,
    tls: TlsPolicy,
    mut commands: mpsc::UnboundedReceiver<AccountCommand>,
    events: mpsc::UnboundedSender<AccountEvent>,
) {
    let report = |event| {
        let _ = events.send(event);
    };
    let mut kept = Kept {
        wanted: BTreeMap::new(),
        presence: connection.presence.clone(),
        sts: Sts {
            port: connection.sts_port,
            renew: None,
        },
        certificate_only: connection.strongest_mechanism == "EXTERNAL",
        nick: connection
            .chosen_nick
            .as_deref()
            .and_then(|nick| Nick::parse(nick).ok()),
        awaiting: HashMap::new(),
    };
    let mut backoff = Backoff::new();
    let mut was_online = false;
    report(AccountEvent::Status(ConnectionStatus::Connecting));
    loop {
        let started = Instant::now();
        let mut online = false;
        let end = drive(
            &connection,
            &connector,
            &tls,
            &mut commands,
            &report,
            &mut kept,
            &mut online,
        )
        .await;
        // What flood control still held went down with the connection: never written.
        for (local_id, _) in kept.awaiting.drain() {
            report(AccountEvent::SendFailed {
                local_id,
                kind: ErrorKind::ServerUnreachable,
            });
        }
        if let Some((port, duration)) = kept.sts.renew.take() {
            report_sts(&connection.host, port, Some(duration), &report);
        }
        was_online |= online;
        let ended = match end {
            SessionEnd::Requested => {
                report(AccountEvent::Status(ConnectionStatus::Offline));
                return;
            }
            SessionEnd::Fatal(Ended::Failed(kind, explanation)) => {
                report(AccountEvent::Status(ConnectionStatus::Failed {
                    kind,
                    explanation,
                }));
                return;
            }
            // Before the first success, a broken attempt is a failure the user should see
            // (wrong host, server down): no silent retrying of a set-up that never worked.
            SessionEnd::Broken(ended) if !was_online => {
                let Ended::Failed(kind, explanation) = ended;
                report(AccountEvent::Status(ConnectionStatus::Failed {
                    kind,
                    explanation,
                }));
                return;
            }
            SessionEnd::Broken(ended) => ended,
        };
        let Ended::Failed(kind, _) = &ended;
        tracing::info!(?kind, "IRC connection lost; reconnecting");
        for state in kept.wanted.values_mut() {
            state.reported = false;
            state.topic = None;
        }
        // Rooms are reported left by the core when the status leaves Online.
        report(AccountEvent::Status(ConnectionStatus::Connecting));
        let wait = backoff.wait(online.then(|| started.elapsed()));
        if !wait_offline(wait, &mut commands, &report, &mut kept).await {
            report(AccountEvent::Status(ConnectionStatus::Offline));
            return;
        }
    }
}

/// What outlives one connection of the account: the channels to be in, and our presence
/// (a reconnect is away if we were).
struct Kept {
    wanted: BTreeMap<String, Wanted>,
    presence: UserPresence,
    /// Strict Transport Security.
    sts: Sts,
    /// EXTERNAL has worked for this account (before, or during this run): PLAIN is never
    /// sent again.
    certificate_only: bool,
    /// The nick the user chose (in this run, or before): a reconnect registers with it, not
    /// with the address's. A nick the server gave us instead (a collision's alternative, a
    /// services rename) is not a choice and is not kept.
    nick: Option<Nick>,
    /// The user's messages handed to the client and not written yet (flood control holds
    /// them): reported sent when written, failed if the connection ends first.
    awaiting: HashMap<LocalId, Awaited>,
}

/// A message waiting to be written.
#[derive(Debug)]
enum Awaited {
    /// One-to-one: its bodies were all OTR-encrypted.
    Private { encrypted: bool },
    /// To a channel; without echo-message, the room shows it as written (`shown`), since the
    /// server will not relay it back.
    Room { shown: Option<RoomUpdate> },
}

/// Reports a message's delivery state (queued, or written); other events come back.
fn delivery(
    event: IrcEvent,
    awaiting: &mut HashMap<LocalId, Awaited>,
    report: &impl Fn(AccountEvent),
) -> Option<IrcEvent> {
    match event {
        IrcEvent::MessageQueued { local_id } => {
            if awaiting.contains_key(&local_id) {
                report(AccountEvent::Queued { local_id });
            }
            None
        }
        IrcEvent::MessageWritten { local_id } => {
            match awaiting.remove(&local_id) {
                Some(Awaited::Private { encrypted }) => report(AccountEvent::Sent {
                    local_id,
                    encrypted,
                }),
                Some(Awaited::Room { shown }) => {
                    report(AccountEvent::RoomSent { local_id });
                    if let Some(shown) = shown {
                        report(AccountEvent::Room(shown));
                    }
                }
                None => {}
            }
            None
        }
        other => Some(other),
    }
}

/// Waits between attempts while answering commands. `false` when the user disconnected.
async fn wait_offline(
    wait: Duration,
    commands: &mut mpsc::UnboundedReceiver<AccountCommand>,
    report: &impl Fn(AccountEvent),
    kept: &mut Kept,
) -> bool {
    let deadline = tokio::time::sleep(wait);
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            () = &mut deadline => return true,
            command = commands.recv() => match command {
                Some(AccountCommand::Disconnect) | None => return false,
                Some(AccountCommand::LeaveRoom { room }) => {
                    kept.wanted.remove(&room);
                }
                Some(AccountCommand::SetPresence(new)) => kept.presence = new,
                Some(other) => refuse_offline(other, report),
            },
        }
    }
}

fn closed(reason: CloseReason) -> SessionEnd {
    match reason {
        CloseReason::Requested => SessionEnd::Requested,
        // ERROR: the server dropped us (a KILL, a restart, a ping timeout on its side).
        CloseReason::ServerClosed => broken("The server closed the link."),
        CloseReason::Error(kind) => from_kind(kind, "The connection failed.".into()),
    }
}

fn failed(kind: ErrorKind) -> impl Fn(String) -> Ended {
    move |explanation| Ended::Failed(kind, explanation)
}

fn broken(explanation: impl Into<String>) -> SessionEnd {
    SessionEnd::Broken(Ended::Failed(
        ErrorKind::ServerUnreachable,
        explanation.into(),
    ))
}

/// Errors the network cannot cure by itself: stop instead of retrying.
fn fatal_kind(kind: ErrorKind) -> bool {
    matches!(
        kind,
        ErrorKind::AuthenticationFailed | ErrorKind::CertificateUntrusted | ErrorKind::Internal
    )
}

fn from_kind(kind: ErrorKind, explanation: String) -> SessionEnd {
    if fatal_kind(kind) {
        SessionEnd::Fatal(Ended::Failed(kind, explanation))
    } else {
        SessionEnd::Broken(Ended::Failed(kind, explanation))
    }
}

async fn drive(
    connection: &IrcConnection,
    connector: &TorConnector,
    tls: &TlsPolicy,
    commands: &mut mpsc::UnboundedReceiver<AccountCommand>,
    report: &impl Fn(AccountEvent),
    kept: &mut Kept,
    online: &mut bool,
) -> SessionEnd {
    let Kept {
        wanted,
        presence,
        sts,
        certificate_only,
        nick: chosen_nick,
        awaiting,
    } = kept;
    let host = match Hostname::parse(&connection.host) {
        Ok(host) => host,
        Err(e) => return SessionEnd::Fatal(failed(ErrorKind::ServerUnreachable)(e.to_string())),
    };
    // A Strict Transport Security policy the network gave over TLS outranks the permission to
    // go without it.
    let plaintext = connection.onion_plaintext && sts.port.is_none();
    let port = match (sts.port, connection.port) {
        (Some(port), _) => port,
        (None, 0) if plaintext => DEFAULT_PLAINTEXT_PORT,
        (None, 0) => DEFAULT_TLS_PORT,
        (None, port) => port,
    };
    let target = match TorTarget::new(host.clone(), port) {
        Ok(target) => target,
        Err(e) => return SessionEnd::Fatal(failed(ErrorKind::ServerUnreachable)(e.to_string())),
    };
    // A fresh circuit for each connection: a reconnect is not linkable by its circuit.
    let isolation = match IsolationKey::random() {
        Ok(key) => key,
        Err(e) => return SessionEnd::Fatal(failed(ErrorKind::Internal)(e.to_string())),
    };
    let logins = match logins(connection, *certificate_only) {
        Ok(logins) => logins,
        Err(end) => return end,
    };
    let mut stream: ServerStream = if plaintext {
        match connector.connect_onion_plaintext(&target, &isolation).await {
            Ok(stream) => stream.into(),
            // Not an onion service: no retry can change that.
            Err(e @ ConnectError::PlaintextNotOnion) => {
                return SessionEnd::Fatal(failed(e.kind())(e.explanation().to_owned()));
            }
            Err(e) => return from_kind(e.kind(), e.explanation().to_owned()),
        }
    } else {
        let stream = match connector.connect(&target, &isolation).await {
            Ok(stream) => stream,
            Err(e) => return from_kind(e.kind(), e.explanation().to_owned()),
        };
        match tls
            .connect_as(stream, &host, connection.pin, connection.identity.as_ref())
            .await
        {
            Ok(stream) => stream.into(),
            Err(error) => {
                if let Some(prompt) = certificate_prompt(&error) {
                    report(prompt);
                }
                return from_kind(error.kind(), error.explanation().to_owned());
            }
        }
    };

    let nick = match chosen_nick
        .clone()
        .map_or_else(|| Nick::parse(&connection.nick), Ok)
    {
        Ok(nick) => nick,
        Err(e) => return SessionEnd::Fatal(failed(e.kind())(e.to_string())),
    };
    // Labels only the server sees; if the system has no randomness they are merely
    // predictable, which tells the server nothing it does not know.
    let mut config = ClientConfig::new(nick, logins.as_ref().map(|(login, _)| login.clone()))
        .with_label_key(getrandom::u64().unwrap_or_default());
    if let Some((_, Some(fallback))) = logins {
        config = config.with_sasl_fallback(fallback);
    }
    // The profile's record: once SCRAM has worked, a server offering only PLAIN is refused.
    if connection.strongest_mechanism == otter_irc::SCRAM_SHA_256 {
        config = config.with_scram_required();
    }
    // IDENTIFY carries the password in the line itself: over TLS only.
    if connection.nickserv_fallback && !*certificate_only && stream.is_tls() {
        config = config.with_nickserv_fallback();
    }
    // Without echo-message the server does not relay our channel messages back, and the room
    // would never show them: they are shown as sent instead.
    let mut echoes = false;
    let mut client = Client::new(config);
    client.set_away(away_message(presence).as_deref());
    if let Err(e) = client.start() {
        return SessionEnd::Fatal(failed(e.kind())(e.to_string()));
    }
    let mut buf = vec![0u8; READ_CHUNK];
    // The channel whose page asked for a new nick: a refusal is said there.
    let mut nick_asked_in: Option<String> = None;
    // The nick the user asked for, until the server gives it (or refuses).
    let mut nick_asked: Option<Nick> = None;
    // What we last asked of each channel, to name what it refuses (482 says only "not an
    // operator").
    let mut asked: BTreeMap<String, RoomRequestKind> = BTreeMap::new();
    // The same per command sent (`Client::last_asked`): a refusal that carries its
    // labeled-response label names the command exactly, whatever was asked since.
    let mut asked_by_number: VecDeque<(u64, String, RoomRequestKind)> = VecDeque::new();
    loop {
        // A timeout's error comes back as the Close below.
        let _ = client.handle_timeout(Instant::now().into_std());
        while let Some(action) = client.poll_action() {
            match action {
                Action::Send(bytes) => {
                    if let Err(e) = write(&mut stream, &bytes).await {
                        return broken(e.to_string());
                    }
                }
                // Only a policy received over TLS is kept (IRCv3 sts: an insecure connection's
                // `duration` means nothing); the user chose this onion service without TLS.
                Action::Event(IrcEvent::Sts(policy)) => {
                    if stream.is_tls() {
                        note_sts(&policy, &connection.host, port, sts, report);
                    }
                }
                Action::Event(event) => {
                    let Some(event) = delivery(event, awaiting, report) else {
                        continue;
                    };
                    if let IrcEvent::Online { mechanism, .. } = &event {
                        *certificate_only |= *mechanism == Some("EXTERNAL");
                    }
                    if let IrcEvent::Online { capabilities, .. } = &event {
                        echoes = capabilities.iter().any(|cap| cap == "echo-message");
                        *online = true;
                        rejoin(&mut client, wanted);
                    }
                    if let IrcEvent::NickRefused { numeric } = event {
                        nick_asked = None;
                        nick_refused(numeric, nick_asked_in.take(), report);
                        continue;
                    }
                    if let IrcEvent::ChannelRequestRefused {
                        channel,
                        numeric,
                        asked: number,
                    } = &event
                    {
                        let room = room_name(&client, wanted, channel);
                        let request = asked_for(&asked_by_number, *number)
                            .map(|(_, kind)| kind)
                            .or_else(|| asked.get(&room).copied())
                            .unwrap_or(RoomRequestKind::Subject);
                        report(AccountEvent::Room(RoomUpdate::Error {
                            error: RoomErrorKind::Refused {
                                request,
                                condition: refusal_condition(*numeric),
                            },
                            room,
                        }));
                        continue;
                    }
                    // A FAIL naming no channel, labeled as the answer to a channel command: said
                    // in that channel rather than for the whole account.
                    if let IrcEvent::StandardReply {
                        kind: ReplyKind::Fail,
                        channel: None,
                        asked: number,
                        description,
                        ..
                    } = &event
                        && let Some((room, _)) = asked_for(&asked_by_number, *number)
                    {
                        report(AccountEvent::Room(RoomUpdate::Error {
                            room,
                            error: RoomErrorKind::Other {
                                condition: description.reveal().to_owned(),
                            },
                        }));
                        continue;
                    }
                    if let IrcEvent::NickChanged { own: true, new, .. } = &event {
                        nick_asked_in = None;
                        if nick_asked
                            .take()
                            .is_some_and(|asked| client.same_name(asked.as_str(), new.as_str()))
                        {
                            *chosen_nick = Some(new.clone());
                            report(AccountEvent::NickChosen {
                                nick: new.as_str().to_owned(),
                            });
                        }
                    }
                    forward(event, &client, report, wanted);
                }
                Action::Close(reason) => return closed(reason),
            }
        }
        let wake = client
            .poll_timeout()
            .map_or_else(|| Instant::now() + MAX_BACKOFF, Instant::from_std);
        tokio::select! {
            read = stream.read(&mut buf) => {
                let n = match read {
                    Ok(n) => n,
                    Err(e) => return broken(e.to_string()),
                };
                if n == 0 {
                    return broken("The server closed the connection.");
                }
                let now = Instant::now().into_std();
                if let Err(error) = client.handle_bytes(now, buf.get(..n).unwrap_or_default()) {
                    while let Some(action) = client.poll_action() {
                        match action {
                            Action::Send(bytes) => {
                                let _ = write(&mut stream, &bytes).await;
                            }
                            Action::Event(IrcEvent::Sts(policy)) => {
                                note_sts(&policy, &connection.host, port, sts, report);
                            }
                            Action::Event(event) => {
                                if let Some(event) = delivery(event, awaiting, report) {
                                    forward(event, &client, report, wanted);
                                }
                            }
                            Action::Close(_) => break,
                        }
                    }
                    let refused = matches!(
                        error,
                        IrcError::AuthenticationFailed { .. }
                            | IrcError::MechanismNotOffered { .. }
                            | IrcError::SaslNotOffered
                    );
                    if refused && *certificate_only {
                        return SessionEnd::Fatal(Ended::Failed(
                            ErrorKind::AuthenticationFailed,
                            NO_DOWNGRADE.into(),
                        ));
                    }
                    if matches!(
                        error,
                        IrcError::MechanismNotOffered {
                            mechanism: otter_irc::SCRAM_SHA_256
                        }
                    ) {
                        return SessionEnd::Fatal(Ended::Failed(
                            ErrorKind::AuthenticationFailed,
                            NO_SCRAM_DOWNGRADE.into(),
                        ));
                    }
                    return from_kind(error.kind(), error.to_string());
                }
            }
            () = tokio::time::sleep_until(wake) => {}
            command = commands.recv() => match command {
                Some(AccountCommand::SendChat { to, bodies, local_id }) => {
                    send_private(&mut client, &to, &bodies, local_id, report, awaiting);
                }
                Some(AccountCommand::SendRoom { room, text, local_id }) => {
                    let sent = Channel::parse(&room)
                        .map_err(|e| e.kind())
                        .and_then(|channel| {
                            // "/me waves" is an action, as XMPP rooms write it (XEP-0245).
                            match text.reveal().strip_prefix("/me ") {
                                Some(action) => {
                                    let body = RoomBody::new(MessageText::new(action));
                                    client.send_action_to_channel(&channel, &body, local_id)
                                }
                                None => client.send_to_channel(
                                    &channel,
                                    &RoomBody::new(text.clone()),
                                    local_id,
                                ),
                            }
                            .map_err(|e| e.kind())
                        });
                    match sent {
                        Ok(()) => {
                            // Reported sent (and, without echo-message, shown) when the client
                            // writes it: flood control may hold it.
                            let shown = (!echoes).then(|| RoomUpdate::Message {
                                room,
                                own: true,
                                nick: Some(client.nick().shown()),
                                text: otter_irc::displayable_text(text.reveal()),
                                delayed: false,
                                at: None,
                            });
                            awaiting.insert(local_id, Awaited::Room { shown });
                        }
                        Err(kind) => report(AccountEvent::SendFailed { local_id, kind }),
                    }
                }
                Some(AccountCommand::ModerateRoom { room, nick, action, reason }) => {
                    asked.insert(room.clone(), RoomRequestKind::Moderate(action));
                    let sent = Channel::parse(&room).and_then(|channel| {
                        let nick = Nick::parse(&nick)?;
                        client.moderate(&channel, &nick, channel_moderation(action), reason.as_ref().map(MessageText::reveal))
                    });
                    match sent {
                        Ok(()) => remember(&mut asked_by_number, client.last_asked(), &room, RoomRequestKind::Moderate(action)),
                        Err(e) => report(AccountEvent::Refused { kind: e.kind(), explanation: e.to_string() }),
                    }
                }
                Some(AccountCommand::InviteToRoom { room, invitee, .. }) => {
                    asked.insert(room.clone(), RoomRequestKind::Invite);
                    let sent = Channel::parse(&room).and_then(|channel| {
                        client.invite(&channel, &Nick::parse(&invitee)?)
                    });
                    match sent {
                        Ok(()) => remember(&mut asked_by_number, client.last_asked(), &room, RoomRequestKind::Invite),
                        Err(e) => report(AccountEvent::Refused { kind: e.kind(), explanation: e.to_string() }),
                    }
                }
                Some(AccountCommand::SetRoomSubject { room, subject }) => {
                    asked.insert(room.clone(), RoomRequestKind::Subject);
                    let sent = Channel::parse(&room)
                        .and_then(|channel| client.set_topic(&channel, subject.reveal()));
                    match sent {
                        Ok(()) => remember(&mut asked_by_number, client.last_asked(), &room, RoomRequestKind::Subject),
                        Err(e) => report(AccountEvent::Refused { kind: e.kind(), explanation: e.to_string() }),
                    }
                }
                Some(AccountCommand::SendRaw { line }) => {
                    if let Err(e) = client.send_raw(&line) {
                        report(AccountEvent::Refused { kind: e.kind(), explanation: e.to_string() });
                    }
                }
                Some(AccountCommand::Whois { nick }) => {
                    if let Err(e) = Nick::parse(&nick).and_then(|nick| client.whois(&nick)) {
                        report(AccountEvent::Refused { kind: e.kind(), explanation: e.to_string() });
                    }
                }
                Some(AccountCommand::Who { target }) => {
                    // Channels as RFC 2812 names them; anything else is a nick.
                    let target = if target.starts_with(['#', '&', '+', '!']) {
                        Channel::parse(&target).map(Target::Channel)
                    } else {
                        Nick::parse(&target).map(Target::Nick)
                    };
                    if let Err(e) = target.and_then(|target| client.who(&target)) {
                        report(AccountEvent::Refused { kind: e.kind(), explanation: e.to_string() });
                    }
                }
                Some(AccountCommand::ShowRoomModes { room }) => {
                    if let Err(e) = Channel::parse(&room).and_then(|channel| client.query_modes(&channel)) {
                        report(AccountEvent::Refused { kind: e.kind(), explanation: e.to_string() });
                    }
                }
                Some(AccountCommand::ListRoomBans { room }) => {
                    if let Err(e) = Channel::parse(&room).and_then(|channel| client.list_bans(&channel)) {
                        report(AccountEvent::Refused { kind: e.kind(), explanation: e.to_string() });
                    }
                }
                Some(AccountCommand::SetRoomModes { room, modes, args }) => {
                    asked.insert(room.clone(), RoomRequestKind::Modes);
                    let args: Vec<&str> = args.iter().map(String::as_str).collect();
                    let sent = Channel::parse(&room)
                        .and_then(|channel| client.set_modes(&channel, &modes, &args));
                    match sent {
                        Ok(()) => remember(&mut asked_by_number, client.last_asked(), &room, RoomRequestKind::Modes),
                        Err(e) => report(AccountEvent::Refused { kind: e.kind(), explanation: e.to_string() }),
                    }
                }
                Some(AccountCommand::ListRooms { search }) => {
                    if let Err(e) = client.list_channels(&search) {
                        report(AccountEvent::Refused { kind: e.kind(), explanation: e.to_string() });
                    }
                }
                Some(AccountCommand::ChangeRoomNick { room, nick }) => {
                    let asked = Nick::parse(&nick)
                        .and_then(|nick| client.change_nick(&nick).map(|()| nick));
                    match asked {
                        Ok(nick) => {
                            nick_asked_in = Some(room);
                            nick_asked = Some(nick);
                        }
                        Err(_) => report(AccountEvent::Room(RoomUpdate::Error {
                            room,
                            error: RoomErrorKind::NickRefused,
                        })),
                    }
                }
                Some(AccountCommand::JoinRoom { room, password, .. }) => {
                    join(&mut client, room, password, report, wanted);
                }
                Some(AccountCommand::LeaveRoom { room }) => {
                    let reported = wanted.remove(&room).is_some_and(|state| state.reported);
                    match Channel::parse(&room) {
                        Ok(channel) if reported => {
                            // RoomLeft follows when the server confirms the PART.
                            if client.part(&channel).is_err() {
                                report(left(room, RoomLeftReason::Left));
                            }
                        }
                        Ok(channel) => {
                            // Joining, not joined: leave whatever the server does, now.
                            let _ = client.part(&channel);
                            report(left(room, RoomLeftReason::Left));
                        }
                        Err(_) => report(left(room, RoomLeftReason::Left)),
                    }
                }
                // The engine keeps IRC's saved rooms and refuses contact lists itself.
                Some(
                    AccountCommand::AddBookmark(_)
                    | AccountCommand::RemoveBookmark { .. }
                    | AccountCommand::AddContact { .. }
                    | AccountCommand::RenameContact { .. }
                    | AccountCommand::SetContactGroups { .. }
                    | AccountCommand::RemoveContact { .. }
                    | AccountCommand::AnswerContactRequest { .. }
                    | AccountCommand::DestroyRoom { .. }
                    | AccountCommand::CreateRoom { .. }
                    | AccountCommand::ConfigureRoom { .. }
                    | AccountCommand::SubmitRoomConfiguration { .. }
                    | AccountCommand::CancelRoomConfiguration { .. }
                    // IRC has no chat states or receipts.
                    | AccountCommand::SetActivitySharing { .. }
                    | AccountCommand::SetTyping { .. },
                ) => {}
                Some(AccountCommand::SetPresence(new)) => {
                    *presence = new;
                    client.set_away(away_message(presence).as_deref());
                }
                Some(AccountCommand::Disconnect) | None => client.close(),
            },
        }
    }
}

/// A policy received over this TLS connection (IRCv3 sts: on a secure connection the
/// `duration` counts; `port` names the TLS port, else the one we are on is it). Policies
/// without a duration mean nothing on a secure connection and are ignored.
fn note_sts(
    policy: &StsPolicy,
    host: &str,
    connected_port: u16,
    sts: &mut Sts,
    report: &impl Fn(AccountEvent),
) {
    let Some(duration) = policy.duration else {
        return;
    };
    let port = policy.port.unwrap_or(connected_port);
    if policy.withdraws() {
        sts.port = None;
        sts.renew = None;
    } else {
        sts.port = Some(port);
        sts.renew = Some((port, duration));
    }
    tracing::info!(port, withdrawn = policy.withdraws(), "IRC STS policy");
    report_sts(
        host,
        port,
        (!policy.withdraws()).then_some(duration),
        report,
    );
}

/// Reports the policy for `host`: in force for `duration` from now, or withdrawn (`None`).
fn report_sts(host: &str, port: u16, duration: Option<Duration>, report: &impl Fn(AccountEvent)) {
    let expires_at = duration.map(|duration| {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        now.saturating_add(duration).as_secs()
    });
    report(AccountEvent::StsPolicy {
        host: host.to_owned(),
        port,
        expires_at,
    });
}

/// How much older than our clock a `server-time` must be for the line to count as written
/// before it arrived (a bouncer's or a server's playback): under it, clocks that disagree a
/// little and a slow Tor circuit would turn live lines into past ones.
const REPLAYED_AFTER_SECS: i64 = 120;

/// The time to show for a line the server stamped `server_time`: only for a line written
/// well before now, as XMPP shows only a delayed-delivery stamp. A live line takes the moment
/// it arrived, like a live XMPP message, so lines of both kinds sort and read alike, and a
/// server's clock cannot date what the user just saw arrive.
fn written_before(server_time: Option<i64>, now: i64) -> Option<i64> {
    server_time.filter(|&at| now.saturating_sub(at) > REPLAYED_AFTER_SECS)
}

/// Our clock in Unix seconds.
fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |now| i64::try_from(now.as_secs()).unwrap_or(i64::MAX))
}

/// Strict Transport Security across the connections of one run.
struct Sts {
    /// The port a policy requires (from the profile, or announced during this run).
    port: Option<u16>,
    /// The policy the current connection received: when that connection ends, its expiry
    /// counts again from then (IRCv3 sts: a policy is rescheduled on disconnection, so that
    /// a long session does not let it lapse).
    renew: Option<(u16, Duration)>,
}

/// IRC knows only here or away; busy is away too. Without a status message, the fixed
/// English word: what others' software sees is never in the user's interface language.
fn away_message(presence: &UserPresence) -> Option<String> {
    match presence.availability {
        Availability::Available => None,
        Availability::Away | Availability::Busy => Some(
            presence
                .status
                .as_ref()
                .map(|status| status.reveal().to_owned())
                .filter(|status| !status.trim().is_empty())
                .unwrap_or_else(|| match presence.availability {
                    Availability::Busy => "Busy".to_owned(),
                    _ => "Away".to_owned(),
                }),
        ),
    }
}

async fn write(
    stream: &mut (impl tokio::io::AsyncWrite + Unpin),
    bytes: &[u8],
) -> std::io::Result<()> {
    stream.write_all(bytes).await?;
    stream.flush().await
}

fn join(
    client: &mut Client,
    room: String,
    key: Option<Password>,
    report: &impl Fn(AccountEvent),
    wanted: &mut BTreeMap<String, Wanted>,
) {
    let channel = match Channel::parse(&room) {
        Ok(channel) => channel,
        Err(error) => {
            return report(AccountEvent::Refused {
                kind: error.kind(),
                explanation: format!("Not an IRC channel: {error}."),
            });
        }
    };
    if wanted.keys().any(|name| client.same_name(name, &room)) {
        // The server would answer nothing, and the room would wait for a member list.
        return report(AccountEvent::Refused {
            kind: ErrorKind::Internal,
            explanation: "That channel is already joined or being joined.".into(),
        });
    }
    if let Err(error) = client.join(&channel, key.as_ref().map(Password::reveal)) {
        return report(AccountEvent::Refused {
            kind: error.kind(),
            explanation: error.to_string(),
        });
    }
    wanted.insert(
        room,
        Wanted {
            key,
            reported: false,
            topic: None,
        },
    );
}

/// After (re)registration: joins every channel the user is in.
fn rejoin(client: &mut Client, wanted: &BTreeMap<String, Wanted>) {
    for (room, state) in wanted {
        if let Ok(channel) = Channel::parse(room)
            && let Err(error) = client.join(&channel, state.key.as_ref().map(Password::reveal))
        {
            tracing::warn!(kind = ?error.kind(), "could not rejoin a channel");
        }
    }
}

/// Hands each body to the client; the user's message is reported sent once the client has
/// written it (see [`delivery`]), or failed now. Protocol messages (`local_id: None`) are
/// not reported.
fn send_private(
    client: &mut Client,
    to: &str,
    bodies: &[WireBody],
    local_id: Option<LocalId>,
    report: &impl Fn(AccountEvent),
    awaiting: &mut HashMap<LocalId, Awaited>,
) {
    let sent = Nick::parse(to)
        .map_err(|_| ErrorKind::PeerMisbehaved)
        .and_then(|peer| {
            bodies.iter().try_for_each(|body| {
                // Protocol messages are matched to no user message if they bounce.
                client
                    .send_private(&peer, body, local_id.unwrap_or(LocalId(0)))
                    .map_err(|e| e.kind())
            })
        });
    let Some(local_id) = local_id else {
        return;
    };
    match sent {
        Ok(()) => {
            let encrypted = bodies.iter().all(WireBody::is_encrypted);
            awaiting.insert(local_id, Awaited::Private { encrypted });
        }
        Err(kind) => {
            awaiting.remove(&local_id);
            report(AccountEvent::SendFailed { local_id, kind });
        }
    }
}

fn left(room: String, reason: RoomLeftReason) -> AccountEvent {
    AccountEvent::Room(RoomUpdate::Left { room, reason })
}

/// The name the user joined `channel` under (the server may spell it in another case).
fn room_name(client: &Client, wanted: &BTreeMap<String, Wanted>, channel: &Channel) -> String {
    wanted
        .keys()
        .find(|name| client.same_name(name, channel.as_str()))
        .cloned()
        .unwrap_or_else(|| channel.as_str().to_owned())
}

/// An IRC member as a room occupant: operators (and above) moderate, everyone else speaks;
/// the prefixes themselves are passed on for the interface to show (`@`, `+`, …).
fn occupant(member: &Member) -> RoomOccupant {
    let moderates = member.prefixes.contains(['~', '&', '@', '%']);
    RoomOccupant {
        nick: member.nick.shown(),
        role: if moderates {
            RoomRole::Moderator
        } else {
            RoomRole::Participant
        },
        affiliation: if member.prefixes.contains('~') {
            RoomAffiliation::Owner
        } else if member.prefixes.contains('&') {
            RoomAffiliation::Admin
        } else {
            RoomAffiliation::None
        },
        // user@host is visible on IRC, but over Tor it is an exit's address or a cloak.
        address: None,
        prefixes: member.prefixes.clone(),
    }
}

/// A nick the server would not give us, said in the channel that asked (or, without one,
/// as a failed command).
fn nick_refused(numeric: u16, room: Option<String>, report: &impl Fn(AccountEvent)) {
    let error = if numeric == 433 || numeric == 436 {
        RoomErrorKind::NickInUse
    } else {
        RoomErrorKind::NickRefused
    };
    match room {
        Some(room) => report(AccountEvent::Room(RoomUpdate::Error { room, error })),
        None => report(AccountEvent::Refused {
            kind: ErrorKind::PeerMisbehaved,
            explanation: format!("The network refused the new nick ({numeric})."),
        }),
    }
}

/// A channel's refusal in XMPP's words, which the interface knows.
fn refusal_condition(numeric: u16) -> String {
    match numeric {
        // Not a channel operator.
        482 => "forbidden".into(),
        // A linked network refuses two topic changes in the same second.
        437 => "resource-constraint".into(),
        _ => "not-in-room".into(),
    }
}

fn channel_moderation(action: RoomModeration) -> ChannelModeration {
    match action {
        RoomModeration::Kick => ChannelModeration::Kick,
        RoomModeration::Ban => ChannelModeration::Ban,
        RoomModeration::GrantVoice => ChannelModeration::GrantVoice,
        RoomModeration::RevokeVoice => ChannelModeration::RevokeVoice,
        RoomModeration::GrantModerator => ChannelModeration::GrantOperator,
        RoomModeration::RevokeModerator => ChannelModeration::RevokeOperator,
    }
}

fn join_error(numeric: u16) -> RoomErrorKind {
    match numeric {
        471 => RoomErrorKind::RoomFull,
        473 => RoomErrorKind::MembersOnly,
        474 => RoomErrorKind::Banned,
        475 => RoomErrorKind::PasswordRequired,
        403 => RoomErrorKind::RoomNotFound,
        405 => RoomErrorKind::Other {
            condition: "too many channels".into(),
        },
        477 => RoomErrorKind::Other {
            condition: "needs a registered nick".into(),
        },
        other => RoomErrorKind::Other {
            condition: other.to_string(),
        },
    }
}

fn forward(
    event: IrcEvent,
    client: &Client,
    report: &impl Fn(AccountEvent),
    wanted: &mut BTreeMap<String, Wanted>,
) {
    let own = client.nick();
    let room = |update| report(AccountEvent::Room(update));
    match event {
        IrcEvent::Online { mechanism, .. } => {
            if let Some(mechanism) = mechanism {
                report(AccountEvent::Online { mechanism });
            }
            report(AccountEvent::Status(ConnectionStatus::Online));
        }
        // With echo-message the server relays our own messages back: already shown as sent.
        IrcEvent::PrivateMessage { from, .. } if own.matches(from.as_str()) => {}
        IrcEvent::PrivateMessage {
            from,
            text,
            server_time,
            ..
        } => report(AccountEvent::Chat {
            from: from.as_str().to_owned(),
            resource: None,
            text,
            at: written_before(server_time, unix_now()),
        }),
        IrcEvent::ChannelMessage {
            channel,
            from,
            text,
            server_time,
        } => {
            let at = written_before(server_time, unix_now());
            room(RoomUpdate::Message {
                room: room_name(client, wanted, &channel),
                own: own.matches(from.as_str()),
                nick: Some(from.shown()),
                text,
                delayed: at.is_some(),
                at,
            });
        }
        IrcEvent::Action {
            from,
            to: Target::Channel(channel),
            text,
            server_time,
        } => {
            let at = written_before(server_time, unix_now());
            room(RoomUpdate::Message {
                room: room_name(client, wanted, &channel),
                own: own.matches(from.as_str()),
                nick: Some(from.shown()),
                text: MessageText::new(format!("/me {}", text.reveal())),
                delayed: at.is_some(),
                at,
            });
        }
        IrcEvent::Notice {
            from,
            to: Target::Channel(channel),
            text,
        } => room(RoomUpdate::Message {
            room: room_name(client, wanted, &channel),
            own: from.as_ref().is_some_and(|from| own.matches(from.as_str())),
            nick: from.map(|from| from.shown()),
            text,
            delayed: false,
            at: None,
        }),
        // Services answer in notices (NickServ's "Added fingerprint…"); the server's own
        // (no sender) are connection chatter and stay out of conversations.
        IrcEvent::Notice {
            from: Some(from),
            to: Target::Nick(_),
            text,
        } if !own.matches(from.as_str()) => report(AccountEvent::Notice {
            from: from.as_str().to_owned(),
            text,
        }),
        IrcEvent::Invited { from, channel } => room(RoomUpdate::Invitation {
            room: channel.as_str().to_owned(),
            from: Some(from.shown()),
            reason: None,
            password: None,
        }),
        IrcEvent::Names {
            channel, members, ..
        } => {
            let name = room_name(client, wanted, &channel);
            let changes = members
                .iter()
                .map(|member| OccupantChange::Present(occupant(member)))
                .collect();
            match wanted.get_mut(&name) {
                Some(state) if !state.reported => {
                    state.reported = true;
                    let topic = state.topic.take();
                    room(RoomUpdate::Joined {
                        room: name.clone(),
                        nick: own.shown(),
                        facts: RoomFacts::default(),
                        changes,
                    });
                    if let Some((nick, subject)) = topic {
                        room(RoomUpdate::Subject {
                            room: name,
                            nick,
                            subject,
                        });
                    }
                }
                _ => room(RoomUpdate::Occupants {
                    room: name,
                    changes,
                }),
            }
        }
        IrcEvent::TopicChanged { channel, topic, by } => {
            let name = room_name(client, wanted, &channel);
            let nick = by.map(|by| by.shown());
            match wanted.get_mut(&name) {
                Some(state) if !state.reported => state.topic = Some((nick, topic)),
                _ => room(RoomUpdate::Subject {
                    room: name,
                    nick,
                    subject: topic,
                }),
            }
        }
        IrcEvent::MemberJoined { channel, nick } => room(RoomUpdate::Occupants {
            room: room_name(client, wanted, &channel),
            changes: vec![OccupantChange::Present(occupant(&Member {
                nick,
                prefixes: String::new(),
            }))],
        }),
        IrcEvent::MemberStatus {
            channel,
            nick,
            prefixes,
        } => room(RoomUpdate::Occupants {
            room: room_name(client, wanted, &channel),
            changes: vec![OccupantChange::Present(occupant(&Member {
                nick,
                prefixes,
            }))],
        }),
        IrcEvent::MemberParted {
            channel,
            nick,
            kicked,
        } => room(RoomUpdate::Occupants {
            room: room_name(client, wanted, &channel),
            changes: vec![OccupantChange::Left {
                nick: nick.shown(),
                reason: if kicked {
                    RoomLeftReason::Kicked
                } else {
                    RoomLeftReason::Left
                },
            }],
        }),
        IrcEvent::MemberQuit { nick, channels } => {
            for channel in channels {
                room(RoomUpdate::Occupants {
                    room: room_name(client, wanted, &channel),
                    changes: vec![OccupantChange::Left {
                        nick: nick.shown(),
                        reason: RoomLeftReason::Left,
                    }],
                });
            }
        }
        IrcEvent::Netsplit {
            channel,
            nicks,
            servers,
        } => room(RoomUpdate::Occupants {
            room: room_name(client, wanted, &channel),
            changes: vec![OccupantChange::Netsplit {
                nicks: nicks.iter().map(Nick::shown).collect(),
                servers,
            }],
        }),
        IrcEvent::Netjoin { channel, nicks, .. } => room(RoomUpdate::Occupants {
            room: room_name(client, wanted, &channel),
            changes: vec![OccupantChange::Netjoin {
                occupants: nicks
                    .into_iter()
                    .map(|nick| {
                        occupant(&Member {
                            nick,
                            prefixes: String::new(),
                        })
                    })
                    .collect(),
            }],
        }),
        IrcEvent::MemberInvited { channel, by, nick } => room(RoomUpdate::Occupants {
            room: room_name(client, wanted, &channel),
            changes: vec![OccupantChange::Invited {
                by: by.shown(),
                nick: nick.shown(),
            }],
        }),
        IrcEvent::NickChanged {
            old, new, channels, ..
        } => {
            for channel in channels {
                room(RoomUpdate::Occupants {
                    room: room_name(client, wanted, &channel),
                    changes: vec![OccupantChange::Renamed {
                        from: old.shown(),
                        to: new.shown(),
                    }],
                });
            }
        }
        IrcEvent::Parted { channel } => {
            let name = room_name(client, wanted, &channel);
            wanted.remove(&name);
            room(RoomUpdate::Left {
                room: name,
                reason: RoomLeftReason::Left,
            });
        }
        IrcEvent::Kicked { channel, .. } => {
            let name = room_name(client, wanted, &channel);
            wanted.remove(&name);
            room(RoomUpdate::Left {
                room: name,
                reason: RoomLeftReason::Kicked,
            });
        }
        IrcEvent::JoinFailed { channel, numeric } => {
            let name = room_name(client, wanted, &channel);
            // Not joined, so not joined again after a reconnect either.
            if wanted.remove(&name).is_some() {
                room(RoomUpdate::Error {
                    room: name,
                    error: join_error(numeric),
                });
            }
        }
        IrcEvent::MessageFailed {
            local_id: Some(local_id),
            ..
        } => report(AccountEvent::SendFailed {
            local_id,
            kind: ErrorKind::ServerUnreachable,
        }),
        IrcEvent::ChannelList {
            channels,
            truncated,
        } => room(RoomUpdate::Listed {
            rooms: channels
                .into_iter()
                .map(|listed| ListedRoom {
                    room: listed.channel.as_str().to_owned(),
                    people: listed.users,
                    topic: listed.topic,
                })
                .collect(),
            truncated,
        }),
        IrcEvent::StandardReply {
            kind: ReplyKind::Fail,
            command,
            channel,
            description,
            ..
        } => match channel {
            Some(channel) => {
                let name = room_name(client, wanted, &channel);
                // As for a failing numeric: not joined, so not joined again after a reconnect.
                if command == "JOIN" {
                    wanted.remove(&name);
                }
                room(RoomUpdate::Error {
                    room: name,
                    error: RoomErrorKind::Other {
                        condition: description.reveal().to_owned(),
                    },
                });
            }
            None => report(AccountEvent::ServerRefused {
                command,
                description,
            }),
        },
        // Warnings and notes change nothing the user asked for; only their codes are noted.
        IrcEvent::StandardReply { kind, code, .. } => {
            tracing::debug!(?kind, code, "IRC standard reply");
        }
        IrcEvent::Whois(reply) => report(AccountEvent::Whois(WhoisInfo {
            nick: reply.nick,
            found: reply.found,
            mask: reply.mask,
            realname: reply.realname,
            server: reply.server,
            idle_seconds: reply.idle_seconds,
            channels: reply.channels,
            channels_truncated: reply.channels_truncated,
            account: reply.account,
            away: reply.away,
            secure: reply.secure,
        })),
        IrcEvent::Who {
            target,
            entries,
            truncated,
        } => report(AccountEvent::Who(WhoInfo {
            target,
            people: entries
                .into_iter()
                .map(|entry| WhoPerson {
                    nick: entry.nick,
                    mask: entry.mask,
                    status: entry.status,
                    away: entry.away,
                    realname: entry.realname,
                })
                .collect(),
            truncated,
        })),
        IrcEvent::ChannelModesShown { channel, modes } => room(RoomUpdate::Modes {
            room: room_name(client, wanted, &channel),
            modes,
        }),
        IrcEvent::ChannelModes {
            channel,
            by,
            changes,
            omitted,
        } => room(RoomUpdate::ModesChanged {
            room: room_name(client, wanted, &channel),
            by: by.map(|by| by.shown()),
            changes: changes
                .into_iter()
                .map(|change| RoomModeChange {
                    adding: change.adding,
                    mode: change.mode,
                    arg: change.arg,
                })
                .collect(),
            omitted,
        }),
        IrcEvent::BanList {
            channel,
            bans,
            truncated,
        } => room(RoomUpdate::Bans {
            room: room_name(client, wanted, &channel),
            bans: bans
                .into_iter()
                .map(|ban| RoomBan {
                    mask: ban.mask,
                    by: ban.by,
                })
                .collect(),
            truncated,
        }),
        IrcEvent::Lag { rtt } => tracing::debug!(?rtt, "IRC lag"),
        // Private actions and notices, CTCP and DCC reach the interface later.
        _ => {}
    }
}

/// Notes that command `number` asked `kind` of `room`; the oldest are forgotten, as the
/// client forgets their labels.
fn remember(
    asked: &mut VecDeque<(u64, String, RoomRequestKind)>,
    number: u64,
    room: &str,
    kind: RoomRequestKind,
) {
    if asked.len() >= otter_irc::MAX_PENDING_LABELS {
        asked.pop_front();
    }
    asked.push_back((number, room.to_owned(), kind));
}

/// The room and request of command `number`, if it was one we noted.
fn asked_for(
    asked: &VecDeque<(u64, String, RoomRequestKind)>,
    number: Option<u64>,
) -> Option<(String, RoomRequestKind)> {
    let number = number?;
    asked
        .iter()
        .find(|(noted, ..)| *noted == number)
        .map(|(_, room, kind)| (room.clone(), *kind))
}

#[cfg(test)]
mod time_tests {
    use super::*;

    #[test]
    fn only_lines_written_well_before_now_keep_the_server_time() {
        let now = 1_714_557_600;
        assert_eq!(written_before(None, now), None);
        assert_eq!(written_before(Some(now), now), None, "live");
        assert_eq!(
            written_before(Some(now + 30), now),
            None,
            "a fast server clock"
        );
        assert_eq!(written_before(Some(now - REPLAYED_AFTER_SECS), now), None);
        let replayed = now - 3600;
        assert_eq!(written_before(Some(replayed), now), Some(replayed));
        assert_eq!(written_before(Some(i64::MIN), now), Some(i64::MIN));
    }

    /// What `forward` reports for a channel message and a private one stamped `server_time`.
    fn forwarded(server_time: Option<i64>) -> Vec<AccountEvent> {
        let reported = std::cell::RefCell::new(Vec::new());
        let report = |event| reported.borrow_mut().push(event);
        let client = Client::new(ClientConfig::new(Nick::parse("otter").unwrap(), None));
        let mut wanted = BTreeMap::new();
        let from = Nick::parse("eve").unwrap();
        let text = || MessageText::new("hello");
        let channel = IrcEvent::ChannelMessage {
            channel: Channel::parse("#otter").unwrap(),
            from: from.clone(),
            text: text(),
            server_time,
        };
        forward(channel, &client, &report, &mut wanted);
        let private = IrcEvent::PrivateMessage {
            from,
            to: Nick::parse("otter").unwrap(),
            text: text(),
            server_time,
        };
        forward(private, &client, &report, &mut wanted);
        reported.into_inner()
    }

    fn times(events: &[AccountEvent]) -> Vec<(Option<bool>, Option<i64>)> {
        events
            .iter()
            .filter_map(|event| match event {
                AccountEvent::Room(RoomUpdate::Message { delayed, at, .. }) => {
                    Some((Some(*delayed), *at))
                }
                AccountEvent::Chat { at, .. } => Some((None, *at)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_replayed_line_is_delayed_at_its_time_and_a_live_one_is_now() {
        let hour_ago = unix_now() - 3600;
        assert_eq!(
            times(&forwarded(Some(hour_ago))),
            [(Some(true), Some(hour_ago)), (None, Some(hour_ago))]
        );
        for live in [None, Some(unix_now())] {
            assert_eq!(times(&forwarded(live)), [(Some(false), None), (None, None)]);
        }
    }
}

#[cfg(test)]
mod login_tests {
    use super::*;

    fn connection(password: &str, strongest: &str) -> IrcConnection {
        IrcConnection {
            nick: "alice".into(),
            chosen_nick: None,
            identity: None,
            strongest_mechanism: strongest.into(),
            host: "irc.example".into(),
            port: 0,
            sts_port: None,
            password: Password::new(password),
            nickserv_fallback: false,
            onion_plaintext: false,
            pin: None,
            presence: UserPresence::default(),
        }
    }

    fn refused(result: Result<Option<(Sasl, Option<Sasl>)>, SessionEnd>) -> Option<String> {
        match result {
            Err(SessionEnd::Fatal(Ended::Failed(ErrorKind::AuthenticationFailed, why))) => {
                Some(why)
            }
            _ => None,
        }
    }

    #[test]
    fn an_empty_password_registers_without_sasl_only_if_sasl_never_logged_in() {
        assert!(matches!(logins(&connection("", ""), false), Ok(None)));
        assert!(matches!(
            logins(&connection("secret", ""), false),
            Ok(Some((Sasl::Plain { .. }, None)))
        ));
        // Once the account has logged in, a missing password is not "no account".
        assert_eq!(
            refused(logins(&connection("", "PLAIN"), false)).as_deref(),
            Some(NO_LOGIN)
        );
        assert!(refused(logins(&connection("", "EXTERNAL"), true)).is_some());
    }
}

#[cfg(test)]
mod ircv3_tests {
    use std::cell::RefCell;

    use super::*;

    /// What `forward` reports for `event`, with `wanted` rooms.
    fn forwarded(event: IrcEvent, wanted: &[&str]) -> (Vec<AccountEvent>, Vec<String>) {
        let client = Client::new(ClientConfig::new(Nick::parse("otter").unwrap(), None));
        let mut wanted: BTreeMap<String, Wanted> = wanted
            .iter()
            .map(|name| ((*name).to_owned(), Wanted::default()))
            .collect();
        let reported = RefCell::new(Vec::new());
        forward(
            event,
            &client,
            &|event| reported.borrow_mut().push(event),
            &mut wanted,
        );
        (reported.into_inner(), wanted.into_keys().collect())
    }

    fn nicks(names: &[&str]) -> Vec<Nick> {
        names
            .iter()
            .map(|name| Nick::parse(name).unwrap())
            .collect()
    }

    #[test]
    fn a_netsplit_and_a_netjoin_are_one_change_each() {
        let (events, _) = forwarded(
            IrcEvent::Netsplit {
                channel: Channel::parse("#A").unwrap(),
                nicks: nicks(&["alice", "bob"]),
                servers: ("hub.test".into(), "leaf.test".into()),
            },
            &["#a"],
        );
        let [AccountEvent::Room(RoomUpdate::Occupants { room, changes })] = events.as_slice()
        else {
            panic!("{events:?}");
        };
        assert_eq!(room, "#a", "named as the user asked");
        assert_eq!(
            changes,
            &[OccupantChange::Netsplit {
                nicks: vec!["alice".into(), "bob".into()],
                servers: ("hub.test".into(), "leaf.test".into()),
            }]
        );

        let (events, _) = forwarded(
            IrcEvent::Netjoin {
                channel: Channel::parse("#a").unwrap(),
                nicks: nicks(&["alice", "bob"]),
                servers: (String::new(), String::new()),
            },
            &["#a"],
        );
        let [AccountEvent::Room(RoomUpdate::Occupants { changes, .. })] = events.as_slice() else {
            panic!("{events:?}");
        };
        let [OccupantChange::Netjoin { occupants }] = changes.as_slice() else {
            panic!("{changes:?}");
        };
        assert_eq!(occupants.len(), 2);
    }

    fn fail(command: &str, channel: Option<&str>) -> IrcEvent {
        IrcEvent::StandardReply {
            kind: ReplyKind::Fail,
            command: command.into(),
            code: "CODE".into(),
            context: Vec::new(),
            channel: channel.map(|name| Channel::parse(name).unwrap()),
            description: MessageText::new("Not now"),
            asked: None,
        }
    }

    #[test]
    fn a_fail_goes_to_its_room_or_the_status_line_and_warnings_to_neither() {
        let (events, wanted) = forwarded(fail("JOIN", Some("#a")), &["#a"]);
        assert!(
            matches!(
                events.as_slice(),
                [AccountEvent::Room(RoomUpdate::Error {
                    room,
                    error: RoomErrorKind::Other { condition },
                })] if room == "#a" && condition == "Not now"
            ),
            "{events:?}"
        );
        assert!(wanted.is_empty(), "a refused join is not made again");

        let (events, wanted) = forwarded(fail("TOPIC", Some("#a")), &["#a"]);
        assert!(matches!(
            events.as_slice(),
            [AccountEvent::Room(RoomUpdate::Error { .. })]
        ));
        assert_eq!(wanted, ["#a"], "still in the room");

        let (events, _) = forwarded(fail("NICK", None), &[]);
        assert!(
            matches!(
                events.as_slice(),
                [AccountEvent::ServerRefused { command, description }]
                    if command == "NICK" && description.reveal() == "Not now"
            ),
            "{events:?}"
        );

        let mut warn = fail("NICK", None);
        if let IrcEvent::StandardReply { kind, .. } = &mut warn {
            *kind = ReplyKind::Warn;
        }
        assert!(forwarded(warn, &[]).0.is_empty());
    }

    #[test]
    fn someone_else_s_invitation_is_a_line_in_the_room() {
        let (events, _) = forwarded(
            IrcEvent::MemberInvited {
                channel: Channel::parse("#a").unwrap(),
                by: Nick::parse("eve").unwrap(),
                nick: Nick::parse("bob").unwrap(),
            },
            &["#a"],
        );
        assert!(
            matches!(
                events.as_slice(),
                [AccountEvent::Room(RoomUpdate::Occupants { room, changes })]
                    if room == "#a" && changes == &[OccupantChange::Invited {
                        by: "eve".into(),
                        nick: "bob".into(),
                    }]
            ),
            "{events:?}"
        );
    }
}
