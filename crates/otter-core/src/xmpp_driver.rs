//! The tokio driver around `otter_xmpp::Client`: the loop the crate documentation prescribes
//! (after every input, drain `poll_action`), a TLS upgrade when asked, and nothing else.

use std::collections::{BTreeMap, BTreeSet};

use otter_net::{ChannelBinding, IsolationKey, TlsPolicy, TlsStream, TorConnector, TorStream};
use otter_otr::WireBody;
use otter_types::{CertFingerprint, ErrorKind, Hostname, LocalId, Password, TorTarget};
use otter_xmpp::{
    Action, ActivitySharing, Affiliation, Bookmark, ChannelBindingData, ChatState, Client,
    ClientConfig, CloseReason, DataForm, FieldAnswer, FieldKind, History, Jid, LeftReason,
    Moderation, Occupant, RegistrationRefusal, Role, RoomBody, RoomError, RoomRequest,
    SaslMechanism, Show, Subscription, TlsMode, XmppError, XmppEvent,
};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::sync::mpsc;
use tokio::time::Instant;

use crate::account_task::{
    AccountCommand, AccountEvent, Backoff, Ended, RoomUpdate, certificate_prompt, refuse_offline,
    send_bodies,
};
use crate::api::{
    Availability, ConnectionStatus, OccupantChange, RegistrationFailure, RegistrationProblem,
    RoomAffiliation, RoomBookmark, RoomErrorKind, RoomFacts, RoomForm, RoomFormField,
    RoomFormFieldKind, RoomFormOption, RoomLeftReason, RoomModeration, RoomOccupant,
    RoomRequestKind, RoomRole, UserPresence,
};

/// XMPP client-to-server port with STARTTLS (RFC 6120 §14.7).
const DEFAULT_STARTTLS_PORT: u16 = 5222;
/// Conventional direct-TLS port (XEP-0368 §3).
const DEFAULT_DIRECT_TLS_PORT: u16 = 5223;
/// How long a whole registration may take: a Tor circuit, TLS and two round trips. Without
/// a bound, a server that never answers would leave the user waiting for ever.
const REGISTRATION_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);
/// Bytes read per wakeup. The parser enforces the real limits (stanza size, depth).
const READ_CHUNK: usize = 16 * 1024;

/// Everything one connection attempt needs.
pub(crate) struct XmppConnection {
    /// `local@domain`; for a temporary account, the server's domain alone.
    pub(crate) address: Jid,
    /// `None`: a temporary account (SASL ANONYMOUS), which has no password at all.
    pub(crate) password: Option<Password>,
    pub(crate) server_host: String,
    pub(crate) server_port: u16,
    pub(crate) direct_tls: bool,
    pub(crate) pin: Option<CertFingerprint>,
    /// The presence the login announces.
    pub(crate) presence: UserPresence,
    /// Whether chat states and receipts are shared (off unless the user turned them on).
    pub(crate) activity: ActivitySharing,
    /// The strongest SASL mechanism the account has used (the profile's record): a server
    /// that offers only weaker ones is refused (downgrade protection).
    pub(crate) minimum_mechanism: SaslMechanism,
}

/// The connection, before and after TLS.
enum Transport {
    Plain(TorStream),
    Tls(Box<TlsStream<TorStream>>),
}

impl Transport {
    async fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Self::Plain(stream) => stream.read(buf).await,
            Self::Tls(stream) => stream.read(buf).await,
        }
    }

    async fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        match self {
            Self::Plain(stream) => stream.write_all(bytes).await,
            Self::Tls(stream) => {
                stream.write_all(bytes).await?;
                stream.flush().await
            }
        }
    }
}

/// What outlives one connection of the account: our presence and the rooms the user is in,
/// so that a connection made again after a drop comes back as the user left it.
struct Kept {
    presence: UserPresence,
    activity: ActivitySharing,
    /// Room address → (nick, password), as last asked with `JoinRoom`.
    rooms: BTreeMap<String, (String, Option<Password>)>,
    /// Rooms asked for with `CreateRoom` and not configured yet. If the connection breaks
    /// first, the server may drop the locked room; joined again with plain `JoinRoom`, it
    /// would be made anew with the default settings, open to all, when the user wanted to
    /// choose them (a password, members only). These are joined with the form again.
    unconfigured: BTreeSet<String>,
    /// What the broken connection left: the stream to resume, what it had not acknowledged.
    resumption: Option<otter_xmpp::Resumption>,
    /// The weakest SASL mechanism the next login accepts: the profile's record, raised by
    /// every login of this run.
    minimum_mechanism: SaslMechanism,
}

/// Runs the account's connection until the user disconnects or it fails for good; reports
/// everything through `events`. A connection that breaks after it was online is made again,
/// through a fresh circuit, after a growing wait (as IRC's driver does).
pub(crate) async fn run(
    connection: XmppConnection,
    connector: TorConnector,
    tls: TlsPolicy,
    mut commands: mpsc::UnboundedReceiver<AccountCommand>,
    events: mpsc::UnboundedSender<AccountEvent>,
) {
    let report = |event| {
        let _ = events.send(event);
    };
    let mut kept = Kept {
        presence: connection.presence.clone(),
        activity: connection.activity,
        rooms: BTreeMap::new(),
        unconfigured: BTreeSet::new(),
        resumption: None,
        minimum_mechanism: connection.minimum_mechanism,
    };
    let mut backoff = Backoff::new();
    let mut was_online = false;
    report(AccountEvent::Status(ConnectionStatus::Connecting));
    loop {
        let started = std::time::Instant::now();
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
        was_online |= online;
        let (kind, explanation) = match end {
            Ok(()) => {
                report(AccountEvent::Status(ConnectionStatus::Offline));
                return;
            }
            Err(Ended::Failed(kind, explanation)) => (kind, explanation),
        };
        // A refused login or certificate, or a set-up that never worked, is for the user to
        // see and fix: no silent retrying.
        if !was_online || is_fatal(kind) {
            report(AccountEvent::Status(ConnectionStatus::Failed {
                kind,
                explanation,
            }));
            return;
        }
        tracing::info!(?kind, "XMPP connection lost; reconnecting");
        report(AccountEvent::Status(ConnectionStatus::Connecting));
        let wait = backoff.wait(online.then(|| started.elapsed()));
        if !wait_offline(wait, &mut commands, &report, &mut kept).await {
            report(AccountEvent::Status(ConnectionStatus::Offline));
            return;
        }
    }
}

/// Errors a new connection cannot cure.
fn is_fatal(kind: ErrorKind) -> bool {
    matches!(
        kind,
        ErrorKind::AuthenticationFailed
            | ErrorKind::CertificateUntrusted
            | ErrorKind::Internal
            | ErrorKind::PeerMisbehaved
            | ErrorKind::LimitExceeded
    )
}

/// Waits between attempts while answering commands. `false` when the user disconnected.
async fn wait_offline(
    wait: std::time::Duration,
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
                Some(AccountCommand::SetPresence(presence)) => kept.presence = presence,
                Some(AccountCommand::SetActivitySharing { chat_states, receipts }) => {
                    kept.activity = ActivitySharing { chat_states, receipts };
                }
                Some(AccountCommand::LeaveRoom { room }) => {
                    kept.rooms.remove(&room);
                    kept.unconfigured.remove(&room);
                    report(AccountEvent::Room(RoomUpdate::Left {
                        room,
                        reason: RoomLeftReason::Left,
                    }));
                }
                Some(other) => refuse_offline(other, report),
            },
        }
    }
}

/// The Tor connection to the account's server, and the name its certificate must carry.
async fn open_connection(
    connection: &XmppConnection,
    connector: &TorConnector,
) -> Result<(TorStream, Hostname), Ended> {
    let host_text = if connection.server_host.is_empty() {
        connection.address.domain()
    } else {
        connection.server_host.as_str()
    };
    let host = Hostname::parse(host_text)
        .map_err(|e| Ended::Failed(ErrorKind::ServerUnreachable, e.to_string()))?;
    let port = match (connection.server_port, connection.direct_tls) {
        (0, false) => DEFAULT_STARTTLS_PORT,
        (0, true) => DEFAULT_DIRECT_TLS_PORT,
        (port, _) => port,
    };
    let target = TorTarget::new(host, port)
        .map_err(|e| Ended::Failed(ErrorKind::ServerUnreachable, e.to_string()))?;
    // A fresh circuit per account and attempt (Tor's IsolateSOCKSAuth).
    let isolation =
        IsolationKey::random().map_err(|e| Ended::Failed(ErrorKind::Internal, e.to_string()))?;
    let stream = connector
        .connect(&target, &isolation)
        .await
        .map_err(|e| Ended::Failed(e.kind(), e.explanation().to_owned()))?;
    // The certificate must name the XMPP domain, whatever host we connected to (RFC 6120
    // §13.7.2.1): an onion connect host still checks the clear-net domain.
    let tls_name = Hostname::parse(connection.address.domain())
        .map_err(|e| Ended::Failed(ErrorKind::ServerUnreachable, e.to_string()))?;
    Ok((stream, tls_name))
}

fn tls_mode(connection: &XmppConnection) -> TlsMode {
    if connection.direct_tls {
        TlsMode::DirectTls
    } else {
        TlsMode::StartTls
    }
}

/// The TLS handshake the client asked for, with the certificate policy of every connection;
/// returns the upgraded transport and its channel binding.
async fn upgrade(
    transport: &mut Option<Transport>,
    tls: &TlsPolicy,
    tls_name: &Hostname,
    pin: Option<CertFingerprint>,
    report: &impl Fn(AccountEvent),
) -> Result<ChannelBindingData, Ended> {
    let Some(Transport::Plain(plain)) = transport.take() else {
        return Err(Ended::Failed(
            ErrorKind::Internal,
            "TLS requested twice".into(),
        ));
    };
    let upgraded = match tls.connect(plain, tls_name, pin).await {
        Ok(upgraded) => upgraded,
        Err(error) => {
            if let Some(prompt) = certificate_prompt(&error) {
                report(prompt);
            }
            return Err(Ended::Failed(error.kind(), error.explanation().to_owned()));
        }
    };
    let binding = match otter_net::channel_bindings(&upgraded).into_iter().next() {
        Some(ChannelBinding::TlsExporter(bytes)) => ChannelBindingData::TlsExporter(bytes.to_vec()),
        Some(ChannelBinding::TlsServerEndPoint(bytes)) => {
            ChannelBindingData::TlsServerEndPoint(bytes.to_vec())
        }
        None => ChannelBindingData::None,
    };
    *transport = Some(Transport::Tls(Box::new(upgraded)));
    Ok(binding)
}

/// Creates the account on its server (XEP-0077) over a connection set up as for a login
/// (Tor, then TLS with the same certificate policy and pin), then closes it.
pub(crate) async fn register(
    connection: XmppConnection,
    connector: TorConnector,
    tls: TlsPolicy,
) -> Result<(), RegistrationFailure> {
    match tokio::time::timeout(
        REGISTRATION_TIMEOUT,
        drive_registration(&connection, &connector, &tls),
    )
    .await
    {
        Ok(result) => result,
        Err(_) => Err(RegistrationFailure {
            problem: RegistrationProblem::Connection,
            kind: ErrorKind::TimedOut,
            explanation: "The server did not finish the registration in time.".into(),
        }),
    }
}

async fn drive_registration(
    connection: &XmppConnection,
    connector: &TorConnector,
    tls: &TlsPolicy,
) -> Result<(), RegistrationFailure> {
    let connection_failed = |Ended::Failed(kind, explanation)| RegistrationFailure {
        problem: RegistrationProblem::Connection,
        kind,
        explanation,
    };
    let (stream, tls_name) = open_connection(connection, connector)
        .await
        .map_err(connection_failed)?;
    let config = ClientConfig::registration(
        &connection.address,
        // No password: the crate refuses the empty one as it must.
        connection
            .password
            .clone()
            .unwrap_or_else(|| Password::new(String::new())),
        tls_mode(connection),
        random_seed().map_err(|e| connection_failed(Ended::Failed(ErrorKind::Internal, e)))?,
    )
    .map_err(|e| refused(&e))?;
    let mut client = Client::new(config);
    client.start().map_err(|e| refused(&e))?;
    let mut transport = Some(Transport::Plain(stream));
    let mut buf = vec![0u8; READ_CHUNK];
    // A certificate prompt needs an account to pin to; a registration has none yet, so the
    // failure's explanation is all the user gets.
    let ignore = |_: AccountEvent| {};
    let mut registered = false;
    loop {
        while let Some(action) = client.poll_action() {
            match action {
                Action::Send(bytes) => {
                    let Some(t) = transport.as_mut() else {
                        return Err(connection_failed(lost()));
                    };
                    t.write_all(&bytes).await.map_err(|e| {
                        connection_failed(Ended::Failed(
                            ErrorKind::ServerUnreachable,
                            e.to_string(),
                        ))
                    })?;
                }
                Action::StartTls => {
                    let binding = upgrade(&mut transport, tls, &tls_name, connection.pin, &ignore)
                        .await
                        .map_err(connection_failed)?;
                    client
                        .handle_tls_established(binding)
                        .map_err(|e| refused(&e))?;
                }
                Action::Event(XmppEvent::Registered { .. }) => registered = true,
                Action::Event(_) => {}
                Action::Close(_) if registered => return Ok(()),
                Action::Close(_) => {
                    return Err(RegistrationFailure {
                        problem: RegistrationProblem::Connection,
                        kind: ErrorKind::PeerMisbehaved,
                        explanation: "The server closed the connection before answering.".into(),
                    });
                }
            }
        }
        let Some(t) = transport.as_mut() else {
            return Err(connection_failed(lost()));
        };
        let n = t.read(&mut buf).await.map_err(|e| {
            connection_failed(Ended::Failed(ErrorKind::ServerUnreachable, e.to_string()))
        })?;
        if n == 0 {
            return Err(connection_failed(Ended::Failed(
                ErrorKind::ServerUnreachable,
                "The server closed the connection.".into(),
            )));
        }
        let bytes = buf.get(..n).unwrap_or_default();
        if let Err(error) = client.handle_bytes(Instant::now().into_std(), bytes) {
            while let Some(Action::Send(bytes)) = client.poll_action() {
                let _ = t.write_all(&bytes).await;
            }
            return Err(refused(&error));
        }
    }
}

/// What a protocol error during registration means for the user.
fn refused(error: &XmppError) -> RegistrationFailure {
    let XmppError::RegistrationRefused { refusal, text } = error else {
        return RegistrationFailure {
            problem: RegistrationProblem::Connection,
            kind: error.kind(),
            explanation: format!("The registration failed: {error}."),
        };
    };
    let (problem, sentence) = match refusal {
        RegistrationRefusal::NameTaken => (
            RegistrationProblem::NameTaken,
            "Someone already has this name on the server; choose another.".to_owned(),
        ),
        RegistrationRefusal::NotAcceptable => (
            RegistrationProblem::NotAcceptable,
            "The server does not accept this name or password.".to_owned(),
        ),
        RegistrationRefusal::Closed => (
            RegistrationProblem::Closed,
            "The server does not allow creating accounts from Otter (registration is closed)."
                .to_owned(),
        ),
        RegistrationRefusal::TooManyFromAddress => (
            RegistrationProblem::TooManyFromAddress,
            "The server refuses more accounts from this address; over Tor many people share \
             it, so try again later."
                .to_owned(),
        ),
        RegistrationRefusal::FormNotSupported(form) => (
            RegistrationProblem::CannotShowForm {
                captcha: form.captcha,
                fields: form.fields.clone(),
                instructions: form.instructions.clone(),
                url: form.url.clone(),
            },
            if form.captcha {
                "The server wants a CAPTCHA that Otter cannot show; register on its web page \
                 or with another client, then add the account."
                    .to_owned()
            } else {
                "The server asks for information Otter cannot show; register on its web page \
                 or with another client, then add the account."
                    .to_owned()
            },
        ),
        RegistrationRefusal::Other { condition } => (
            RegistrationProblem::Other,
            format!("The server refused the registration ({condition})."),
        ),
    };
    let explanation = match text {
        Some(text) => format!("{sentence} The server said: \"{text}\""),
        None => sentence,
    };
    RegistrationFailure {
        problem,
        kind: error.kind(),
        explanation,
    }
}

async fn drive(
    connection: &XmppConnection,
    connector: &TorConnector,
    tls: &TlsPolicy,
    commands: &mut mpsc::UnboundedReceiver<AccountCommand>,
    report: &impl Fn(AccountEvent),
    kept: &mut Kept,
    online: &mut bool,
) -> Result<(), Ended> {
    let (stream, tls_name) = open_connection(connection, connector).await?;
    let resource = random_hex(8).map_err(|e| Ended::Failed(ErrorKind::Internal, e))?;
    let seed = random_seed().map_err(|e| Ended::Failed(ErrorKind::Internal, e))?;
    let config = match &connection.password {
        Some(password) => ClientConfig::new(
            &connection.address,
            password.clone(),
            resource,
            tls_mode(connection),
            seed,
        )
        .map(|config| config.with_minimum_mechanism(kept.minimum_mechanism)),
        None => ClientConfig::anonymous(&connection.address, resource, tls_mode(connection), seed),
    }
    .map_err(|e| Ended::Failed(e.kind(), e.to_string()))?;
    // The account's own address: a temporary account learns it when the server binds it.
    let mut own = connection.address.clone();
    let mut client = Client::new(config);
    client.set_presence(own_presence(&kept.presence));
    if let Some(resumption) = kept.resumption.take() {
        client.resume_from(resumption);
    }
    client.set_activity_sharing(kept.activity);
    client
        .start()
        .map_err(|e| Ended::Failed(e.kind(), e.to_string()))?;
    let mut transport = Some(Transport::Plain(stream));
    let mut buf = vec![0u8; READ_CHUNK];
    // The first bookmark list of a connection is the one whose autojoin rooms are joined.
    let mut bookmarks_seen = false;

    // Every exit of the loop below ends this connection: the messages it may have lost
    // are kept for the next one, whatever the reason.
    let ended = async {
        loop {
            // Drain every action before waiting again (the crate's driver contract).
            while let Some(action) = client.poll_action() {
                match action {
                    Action::Send(bytes) => {
                        let Some(t) = transport.as_mut() else {
                            return Err(lost());
                        };
                        t.write_all(&bytes)
                            .await
                            .map_err(|e| Ended::Failed(ErrorKind::ServerUnreachable, e.to_string()))?;
                    }
                    Action::StartTls => {
                        let binding =
                            upgrade(&mut transport, tls, &tls_name, connection.pin, report).await?;
                        client
                            .handle_tls_established(binding)
                            .map_err(|e| Ended::Failed(e.kind(), e.to_string()))?;
                    }
                    Action::Event(event) => {
                        if let XmppEvent::Online { mechanism, .. }
                        | XmppEvent::Resumed { mechanism, .. } = &event
                        {
                            kept.minimum_mechanism = kept.minimum_mechanism.max(*mechanism);
                        }
                        if let XmppEvent::Online { bound_jid, .. }
                        | XmppEvent::Resumed { bound_jid, .. } = &event
                        {
                            own = bound_jid.bare();
                            // Before `Online`, so that the front end shows who the user is
                            // as soon as they are.
                            if connection.password.is_none() {
                                report(AccountEvent::AddressAssigned {
                                    address: own.to_string(),
                                });
                            }
                        }
                        if matches!(event, XmppEvent::Resumed { .. }) {
                            *online = true;
                        }
                        if matches!(event, XmppEvent::Online { .. }) {
                            *online = true;
                            rejoin(&mut client, &kept.rooms, &kept.unconfigured);
                        }
                        // A room that dropped us is joined again by the client at once.
                        if let XmppEvent::RoomLeft { room, reason } = &event
                            && *reason != LeftReason::Dropped
                        {
                            kept.rooms.remove(&room.to_string());
                            kept.unconfigured.remove(&room.to_string());
                        }
                        // Configured, or it existed already: joined like any other from now.
                        match &event {
                            XmppEvent::RoomConfigured { room } => {
                                kept.unconfigured.remove(&room.to_string());
                            }
                            XmppEvent::RoomJoined { room, facts, .. } if !facts.created => {
                                kept.unconfigured.remove(&room.to_string());
                            }
                            _ => {}
                        }
                        // Joined again after a reconnect under the nick we have now.
                        if let XmppEvent::RoomNickChanged { room, nick } = &event
                            && let Some((kept_nick, _)) = kept.rooms.get_mut(&room.to_string())
                        {
                            kept_nick.clone_from(nick);
                        }
                        forward(event, &own, &mut bookmarks_seen, report);
                    }
                    Action::Close(CloseReason::Requested) => return Ok(()),
                    // A server that ends the stream (a restart, a shutdown) is a broken connection:
                    // made again like any other.
                    Action::Close(CloseReason::ServerClosed) => {
                        return Err(Ended::Failed(
                            ErrorKind::ServerUnreachable,
                            "The server closed the connection.".into(),
                        ));
                    }
                    Action::Close(CloseReason::Error(kind)) => {
                        return Err(Ended::Failed(kind, "The connection failed.".into()));
                    }
                }
            }
            let Some(t) = transport.as_mut() else {
                return Err(lost());
            };
            tokio::select! {
                read = t.read(&mut buf) => {
                    let n = read.map_err(|e| Ended::Failed(ErrorKind::ServerUnreachable, e.to_string()))?;
                    if n == 0 {
                        return Err(Ended::Failed(ErrorKind::ServerUnreachable, "The server closed the connection.".into()));
                    }
                    let bytes = buf.get(..n).unwrap_or_default();
                    if let Err(error) = client.handle_bytes(Instant::now().into_std(), bytes) {
                        // The client queued its closing actions; flush what it can, then report.
                        while let Some(Action::Send(bytes)) = client.poll_action() {
                            let _ = t.write_all(&bytes).await;
                        }
                        return Err(Ended::Failed(error.kind(), error.to_string()));
                    }
                }
                () = sleep_until(client.poll_timeout()) => {
                    if let Err(error) = client.handle_timeout(Instant::now().into_std()) {
                        while let Some(Action::Send(bytes)) = client.poll_action() {
                            let _ = t.write_all(&bytes).await;
                        }
                        return Err(Ended::Failed(error.kind(), error.to_string()));
                    }
                }
                command = commands.recv() => match command {
                    Some(AccountCommand::SendChat { to, bodies, local_id }) => {
                        send_chat(&mut client, &to, &bodies, local_id, report);
                    }
                    Some(AccountCommand::JoinRoom { room, nick, password, history }) => {
                        let history = history.map_or(History::ServerDefault, History::MaxStanzas);
                        let joined = Jid::parse(&room)
                            .map_err(|e| e.to_string())
                            .and_then(|jid| {
                                if client.is_in_room(&jid) {
                                    // Rejoined after a reconnect already, or asked twice.
                                    return Ok(());
                                }
                                client
                                    .join_room(&jid, &nick, password.as_ref(), history)
                                    .map_err(|e| e.to_string())
                            });
                        match joined {
                            Ok(()) => {
                                kept.rooms.insert(room, (nick, password));
                            }
                            Err(explanation) => {
                                report(AccountEvent::Refused { kind: ErrorKind::Internal, explanation });
                            }
                        }
                    }
                    Some(AccountCommand::LeaveRoom { room }) => {
                        kept.rooms.remove(&room);
                        kept.unconfigured.remove(&room);
                        if let Ok(jid) = Jid::parse(&room) && client.leave_room(&jid).is_err() {
                            // Not in it (any more): say so, so the interface can close it.
                            report(AccountEvent::Room(RoomUpdate::Left { room, reason: RoomLeftReason::Left }));
                        }
                    }
                    Some(AccountCommand::SendRoom { room, text, local_id }) => {
                        let sent = Jid::parse(&room)
                            .map_err(|_| ErrorKind::PeerMisbehaved)
                            .and_then(|jid| {
                                client
                                    .send_room_message(&jid, &RoomBody::new(text), local_id)
                                    .map_err(|e| e.kind())
                            });
                        report(match sent {
                            Ok(()) => AccountEvent::RoomSent { local_id },
                            Err(kind) => AccountEvent::SendFailed { local_id, kind },
                        });
                    }
                    Some(AccountCommand::ModerateRoom { room, nick, action, reason }) => {
                        room_change(report, &room, |jid| {
                            client.moderate_room(jid, &nick, moderation(action), reason.as_ref())
                        });
                    }
                    Some(AccountCommand::InviteToRoom { room, invitee, reason }) => {
                        room_change(report, &room, |jid| {
                            let invitee = Jid::parse(&invitee).map_err(|_| XmppError::InvalidRoom {
                                reason: "an invitation goes to a person's address, name@server",
                            })?;
                            client.invite_to_room(jid, &invitee, reason.as_ref())
                        });
                    }
                    Some(AccountCommand::SetRoomSubject { room, subject }) => {
                        room_change(report, &room, |jid| {
                            client.set_room_subject(jid, &RoomBody::new(subject))
                        });
                    }
                    Some(AccountCommand::ChangeRoomNick { room, nick }) => {
                        room_change(report, &room, |jid| client.change_room_nick(jid, &nick));
                    }
                    Some(AccountCommand::DestroyRoom { room, reason }) => {
                        room_change(report, &room, |jid| client.destroy_room(jid, reason.as_ref()));
                    }
                    Some(AccountCommand::CreateRoom { room, nick }) => {
                        let created = Jid::parse(&room)
                            .map_err(|e| e.to_string())
                            .and_then(|jid| {
                                client
                                    .create_room(&jid, &nick, None, History::MaxStanzas(0))
                                    .map_err(|e| e.to_string())
                            });
                        match created {
                            // Rejoined like any other room after a reconnect (by then it
                            // exists, so with no form).
                            Ok(()) => {
                                kept.unconfigured.insert(room.clone());
                                kept.rooms.insert(room, (nick, None));
                            }
                            Err(explanation) => {
                                report(AccountEvent::Refused { kind: ErrorKind::Internal, explanation });
                            }
                        }
                    }
                    Some(AccountCommand::ConfigureRoom { room }) => {
                        room_change(report, &room, |jid| client.request_room_configuration(jid));
                    }
                    Some(AccountCommand::SubmitRoomConfiguration { room, answers }) => {
                        let answers: Vec<FieldAnswer> = answers
                            .into_iter()
                            .map(|a| FieldAnswer { var: a.var, values: a.values })
                            .collect();
                        room_change(report, &room, |jid| {
                            client.submit_room_configuration(jid, &answers)
                        });
                    }
                    Some(AccountCommand::CancelRoomConfiguration { room }) => {
                        room_change(report, &room, |jid| client.cancel_room_configuration(jid));
                    }
                    Some(AccountCommand::AddBookmark(bookmark)) => {
                        let added = to_bookmark(bookmark)
                            .and_then(|b| client.add_bookmark(b).map_err(|e| e.to_string()));
                        if let Err(explanation) = added {
                            report(AccountEvent::Refused { kind: ErrorKind::Internal, explanation });
                        }
                    }
                    Some(AccountCommand::RemoveBookmark { room }) => {
                        let removed = Jid::parse(&room)
                            .map_err(|e| e.to_string())
                            .and_then(|jid| client.remove_bookmark(&jid).map_err(|e| e.to_string()));
                        if let Err(explanation) = removed {
                            report(AccountEvent::Refused { kind: ErrorKind::Internal, explanation });
                        }
                    }
                    Some(AccountCommand::SetActivitySharing { chat_states, receipts }) => {
                        kept.activity = ActivitySharing { chat_states, receipts };
                        client.set_activity_sharing(kept.activity);
                    }
                    Some(AccountCommand::SetTyping { to, typing }) => {
                        let state = if typing { ChatState::Composing } else { ChatState::Paused };
                        // Not worth a report: a lost typing notice changes nothing.
                        if let Ok(to) = Jid::parse(&to) {
                            let _ = client.send_chat_state(&to, state);
                        }
                    }
                    Some(AccountCommand::SetPresence(presence)) => {
                        client.set_presence(own_presence(&presence));
                        kept.presence = presence;
                    }
                    Some(AccountCommand::AddContact { peer, name }) => {
                        contact_change(report, &peer, |jid| client.add_contact(jid, name.as_deref()));
                    }
                    Some(AccountCommand::RenameContact { peer, name }) => {
                        contact_change(report, &peer, |jid| client.rename_contact(jid, name.as_deref()));
                    }
                    Some(AccountCommand::SetContactGroups { peer, groups }) => {
                        contact_change(report, &peer, |jid| client.set_contact_groups(jid, &groups));
                    }
                    Some(AccountCommand::RemoveContact { peer }) => {
                        contact_change(report, &peer, |jid| client.remove_contact(jid));
                    }
                    Some(AccountCommand::AnswerContactRequest { peer, approve }) => {
                        contact_change(report, &peer, |jid| client.answer_subscription(jid, approve));
                    }
                    // The engine lists IRC channels only.
                    Some(
                        AccountCommand::ListRooms { .. }
                        | AccountCommand::Whois { .. }
                        | AccountCommand::Who { .. }
                        | AccountCommand::SendRaw { .. }
                        | AccountCommand::ShowRoomModes { .. }
                        | AccountCommand::ListRoomBans { .. }
                        | AccountCommand::SetRoomModes { .. },
                    ) => {}
                    Some(AccountCommand::Disconnect) | None => client.close(),
                },
            }
        }
    }
    .await;
    kept.resumption = Some(client.take_resumption());
    ended
}

/// After a reconnect: the rooms the user was in, with the nick they had, and no history (the
/// user did not ask for the room's history again).
fn rejoin(
    client: &mut Client,
    rooms: &BTreeMap<String, (String, Option<Password>)>,
    unconfigured: &BTreeSet<String>,
) {
    for (room, (nick, password)) in rooms {
        if let Ok(jid) = Jid::parse(room) {
            let history = History::MaxStanzas(0);
            let _ = if unconfigured.contains(room) {
                client.create_room(&jid, nick, password.as_ref(), history)
            } else {
                client.join_room(&jid, nick, password.as_ref(), history)
            };
        }
    }
}

/// Carries out a room request, or says why it could not (a bad address, not in the room).
fn room_change(
    report: &impl Fn(AccountEvent),
    room: &str,
    change: impl FnOnce(&Jid) -> Result<(), XmppError>,
) {
    let outcome = match Jid::parse(room) {
        Ok(jid) => change(&jid).map_err(|e| (e.kind(), format!("The room request failed: {e}."))),
        Err(e) => Err((ErrorKind::Internal, format!("Not a room address: {e}."))),
    };
    if let Err((kind, explanation)) = outcome {
        report(AccountEvent::Refused { kind, explanation });
    }
}

fn moderation(action: RoomModeration) -> Moderation {
    match action {
        RoomModeration::Kick => Moderation::Kick,
        RoomModeration::Ban => Moderation::Ban,
        RoomModeration::GrantVoice => Moderation::GrantVoice,
        RoomModeration::RevokeVoice => Moderation::RevokeVoice,
        RoomModeration::GrantModerator => Moderation::GrantModerator,
        RoomModeration::RevokeModerator => Moderation::RevokeModerator,
    }
}

/// The API's name for a room request.
fn request_kind(request: RoomRequest) -> RoomRequestKind {
    match request {
        RoomRequest::Configure => RoomRequestKind::Configure,
        RoomRequest::Moderate(action) => RoomRequestKind::Moderate(match action {
            Moderation::Kick => RoomModeration::Kick,
            Moderation::Ban => RoomModeration::Ban,
            Moderation::GrantVoice => RoomModeration::GrantVoice,
            Moderation::RevokeVoice => RoomModeration::RevokeVoice,
            Moderation::GrantModerator => RoomModeration::GrantModerator,
            Moderation::RevokeModerator => RoomModeration::RevokeModerator,
        }),
        RoomRequest::Destroy => RoomRequestKind::Destroy,
        RoomRequest::Invite => RoomRequestKind::Invite,
        RoomRequest::Subject => RoomRequestKind::Subject,
        RoomRequest::FetchConfiguration
        | RoomRequest::SubmitConfiguration
        | RoomRequest::CancelConfiguration => RoomRequestKind::ConfigurationForm,
    }
}

/// Carries out a contact-list command, or says why it could not (a bad address, offline).
fn contact_change(
    report: &impl Fn(AccountEvent),
    peer: &str,
    change: impl FnOnce(&Jid) -> Result<(), XmppError>,
) {
    let outcome = match Jid::parse(peer) {
        Ok(jid) => change(&jid).map_err(|e| (e.kind(), e.to_string())),
        Err(e) => Err((ErrorKind::Internal, format!("Not an XMPP address: {e}."))),
    };
    if let Err((kind, explanation)) = outcome {
        report(AccountEvent::Refused { kind, explanation });
    }
}

fn own_presence(presence: &UserPresence) -> otter_xmpp::OwnPresence {
    otter_xmpp::OwnPresence {
        show: match presence.availability {
            Availability::Available => None,
            Availability::Away => Some(Show::Away),
            Availability::Busy => Some(Show::Dnd),
        },
        status: presence.status.clone(),
    }
}

fn send_chat(
    client: &mut Client,
    to: &str,
    bodies: &[WireBody],
    local_id: Option<LocalId>,
    report: &impl Fn(AccountEvent),
) {
    let peer = Jid::parse(to).map_err(|_| ErrorKind::PeerMisbehaved);
    send_bodies(bodies, local_id, report, |body, id| {
        let peer = peer.as_ref().map_err(|kind| *kind)?;
        client.send_chat(peer, body, id).map_err(|e| e.kind())
    });
}

fn forward(event: XmppEvent, own: &Jid, bookmarks_seen: &mut bool, report: &impl Fn(AccountEvent)) {
    let room_update = |update| report(AccountEvent::Room(update));
    match event {
        XmppEvent::Online { mechanism, .. } => {
            report(AccountEvent::Online {
                mechanism: mechanism.name(),
            });
            report(AccountEvent::Status(ConnectionStatus::Online));
        }
        XmppEvent::RosterReceived(items) | XmppEvent::RosterPushed(items) => {
            for item in items {
                report(if item.subscription == Subscription::Remove {
                    AccountEvent::ContactRemoved {
                        peer: item.jid.to_string(),
                    }
                } else {
                    AccountEvent::Contact {
                        peer: item.jid.to_string(),
                        name: item.name.clone(),
                        groups: item.groups.clone(),
                    }
                });
            }
        }
        XmppEvent::SubscriptionRequested { from } => {
            report(AccountEvent::ContactRequest {
                peer: from.to_string(),
            });
        }
        XmppEvent::ChatReceived {
            from,
            text,
            in_room,
            delay,
            ..
        } => {
            // An occupant is known only by their room address: the nick is who they are.
            let resource = (!in_room)
                .then(|| from.resource().map(str::to_owned))
                .flatten();
            let from = if in_room { from } else { from.bare() };
            report(AccountEvent::Chat {
                from: from.to_string(),
                resource,
                text,
                at: delay
                    .as_ref()
                    .and_then(otter_xmpp::DelayedDelivery::unix_seconds),
            });
        }
        XmppEvent::RoomJoined {
            room,
            nick,
            facts,
            occupants,
        } => room_update(RoomUpdate::Joined {
            room: room.to_string(),
            nick,
            facts: RoomFacts {
                addresses_visible: facts.addresses_visible,
                logged: facts.logged,
                created: facts.created,
                nick_changed_by_service: facts.nick_changed_by_service,
            },
            changes: occupants
                .into_iter()
                .map(|o| OccupantChange::Present(occupant(o)))
                .collect(),
        }),
        XmppEvent::RoomOccupants { room, change } => room_update(RoomUpdate::Occupants {
            room: room.to_string(),
            changes: vec![match change {
                otter_xmpp::OccupantChange::Present(o) => OccupantChange::Present(occupant(o)),
                otter_xmpp::OccupantChange::Left { nick, reason } => OccupantChange::Left {
                    nick,
                    reason: left_reason(reason),
                },
                otter_xmpp::OccupantChange::Renamed { from, to } => {
                    OccupantChange::Renamed { from, to }
                }
            }],
        }),
        XmppEvent::RoomMessage {
            room,
            nick,
            text,
            delay,
            own,
            ..
        } => room_update(RoomUpdate::Message {
            room: room.to_string(),
            nick,
            text,
            delayed: delay.is_some(),
            at: delay
                .as_ref()
                .and_then(otter_xmpp::DelayedDelivery::unix_seconds),
            own,
        }),
        XmppEvent::RoomSubject {
            room,
            nick,
            subject,
        } => room_update(RoomUpdate::Subject {
            room: room.to_string(),
            nick,
            subject,
        }),
        XmppEvent::RoomLeft { room, reason } => room_update(RoomUpdate::Left {
            room: room.to_string(),
            reason: left_reason(reason),
        }),
        XmppEvent::RoomError { room, error } => room_update(RoomUpdate::Error {
            room: room.to_string(),
            error: room_error(error),
        }),
        XmppEvent::Bookmarks { store, bookmarks } => {
            let at_login = !std::mem::replace(bookmarks_seen, true);
            if at_login {
                // Which XEP the server keeps them in; never the rooms themselves.
                tracing::debug!(?store, "saved rooms read");
            }
            room_update(RoomUpdate::Bookmarks {
                bookmarks: bookmarks.into_iter().map(from_bookmark).collect(),
                at_login,
            });
        }
        XmppEvent::RoomService(service) => {
            room_update(RoomUpdate::Service(service.map(|jid| jid.to_string())));
        }
        XmppEvent::BookmarksFailed { condition } => {
            report(AccountEvent::Refused {
                kind: ErrorKind::PeerMisbehaved,
                explanation: format!("The server refused the saved rooms: {condition}."),
            });
        }
        XmppEvent::RoomInvitation(invitation) => room_update(RoomUpdate::Invitation {
            room: invitation.room.to_string(),
            from: invitation.from.map(|jid| jid.to_string()),
            reason: invitation.reason,
            password: invitation.password,
        }),
        XmppEvent::RoomRequestFailed {
            room,
            request,
            condition,
        } => report(AccountEvent::Room(RoomUpdate::Error {
            room: room.to_string(),
            error: RoomErrorKind::Refused {
                request: request_kind(request),
                condition,
            },
        })),
        XmppEvent::RoomConfigurationForm {
            room,
            form,
            new_room,
        } => room_update(RoomUpdate::ConfigurationForm {
            room: room.to_string(),
            form: room_form(form),
            new_room,
        }),
        XmppEvent::RoomConfigured { room } => room_update(RoomUpdate::Configured {
            room: room.to_string(),
        }),
        // The new nick also arrives as a `Renamed` occupant change.
        XmppEvent::RoomNickChanged { .. } => {}
        XmppEvent::MessageError {
            local_id: Some(local_id),
            ..
        } => {
            report(AccountEvent::SendFailed {
                local_id,
                kind: ErrorKind::ServerUnreachable,
            });
        }
        // The same session as before the break: online again, its rooms reported joined by
        // the client itself.
        XmppEvent::Resumed { mechanism, .. } => {
            tracing::info!("XMPP stream resumed");
            report(AccountEvent::Online {
                mechanism: mechanism.name(),
            });
            report(AccountEvent::Status(ConnectionStatus::Online));
        }
        XmppEvent::MessageAcknowledged { local_id } => {
            report(AccountEvent::Acknowledged { local_id });
        }
        XmppEvent::ChatSentElsewhere { to, text } => report(AccountEvent::SentElsewhere {
            to: to.bare().to_string(),
            text,
        }),
        // OTR protocol messages are sent under no user message's id.
        XmppEvent::MessageDelivered { local_id, .. } if local_id != LocalId(0) => {
            report(AccountEvent::Delivered { local_id });
        }
        XmppEvent::MessageDelivered { .. } => {}
        XmppEvent::ChatStateReceived { from, state } => report(AccountEvent::Typing {
            from: from.bare().to_string(),
            typing: state == ChatState::Composing,
        }),
        // Only a registration stream (`register`) reports `Registered`.
        XmppEvent::PresenceChanged {
            from,
            available,
            show,
            status,
        } => {
            // Our own other devices and room occupants are not contacts' presences.
            if from.resource().is_none() || from.bare() == own.bare() {
                return;
            }
            report(AccountEvent::Presence {
                peer: from.bare().to_string(),
                resource: from.resource().unwrap_or_default().to_owned(),
                availability: available.then_some(match show {
                    None | Some(Show::Chat) => Availability::Available,
                    Some(Show::Away | Show::Xa) => Availability::Away,
                    Some(Show::Dnd) => Availability::Busy,
                }),
                status: if available { status } else { None },
            });
        }
        XmppEvent::MessageError { local_id: None, .. } | XmppEvent::Registered { .. } => {}
    }
}

/// The protocol's form in the core's own types (the API exposes no protocol type).
fn room_form(form: DataForm) -> RoomForm {
    RoomForm {
        title: form.title,
        instructions: form.instructions,
        fields: form
            .fields
            .into_iter()
            .map(|field| RoomFormField {
                var: field.var,
                kind: match field.kind {
                    FieldKind::Boolean => RoomFormFieldKind::Boolean,
                    FieldKind::Fixed => RoomFormFieldKind::Fixed,
                    FieldKind::Hidden => RoomFormFieldKind::Hidden,
                    FieldKind::JidMulti => RoomFormFieldKind::JidMulti,
                    FieldKind::JidSingle => RoomFormFieldKind::JidSingle,
                    FieldKind::ListMulti => RoomFormFieldKind::ListMulti,
                    FieldKind::ListSingle => RoomFormFieldKind::ListSingle,
                    FieldKind::TextMulti => RoomFormFieldKind::TextMulti,
                    FieldKind::TextPrivate => RoomFormFieldKind::TextPrivate,
                    FieldKind::TextSingle => RoomFormFieldKind::TextSingle,
                },
                label: field.label,
                description: field.description,
                required: field.required,
                values: field.values,
                options: field
                    .options
                    .into_iter()
                    .map(|o| RoomFormOption {
                        label: o.label,
                        value: o.value,
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn lost() -> Ended {
    Ended::Failed(
        ErrorKind::Internal,
        "the connection was lost during TLS set-up".into(),
    )
}

fn random_hex(bytes: usize) -> Result<String, String> {
    let mut raw = vec![0u8; bytes];
    getrandom::fill(&mut raw).map_err(|e| e.to_string())?;
    Ok(raw.iter().map(|b| format!("{b:02x}")).collect())
}

fn random_seed() -> Result<[u8; 16], String> {
    let mut seed = [0u8; 16];
    getrandom::fill(&mut seed).map_err(|e| e.to_string())?;
    Ok(seed)
}

fn occupant(o: Occupant) -> RoomOccupant {
    RoomOccupant {
        nick: o.nick,
        role: match o.role {
            Role::Moderator => RoomRole::Moderator,
            Role::Participant => RoomRole::Participant,
            Role::Visitor => RoomRole::Visitor,
            Role::None => RoomRole::None,
        },
        affiliation: match o.affiliation {
            Affiliation::Owner => RoomAffiliation::Owner,
            Affiliation::Admin => RoomAffiliation::Admin,
            Affiliation::Member => RoomAffiliation::Member,
            Affiliation::Outcast => RoomAffiliation::Outcast,
            Affiliation::None => RoomAffiliation::None,
        },
        address: o.jid.map(|jid| jid.to_string()),
        prefixes: String::new(),
    }
}

fn left_reason(reason: LeftReason) -> RoomLeftReason {
    match reason {
        LeftReason::Left => RoomLeftReason::Left,
        LeftReason::Kicked => RoomLeftReason::Kicked,
        LeftReason::Banned => RoomLeftReason::Banned,
        LeftReason::Removed => RoomLeftReason::Removed,
        LeftReason::ServiceShutdown => RoomLeftReason::ServiceShutdown,
        LeftReason::Destroyed { alternative } => RoomLeftReason::Destroyed {
            alternative: alternative.map(|jid| jid.to_string()),
        },
        LeftReason::TooManyOccupants => RoomLeftReason::TooManyOccupants,
        // The room lost us without a word and the client is joining again: for the user it
        // is as if the connection to the room broke, and `RoomJoined` follows.
        LeftReason::Dropped => RoomLeftReason::Disconnected,
    }
}

fn room_error(error: RoomError) -> RoomErrorKind {
    match error {
        RoomError::NickInUse => RoomErrorKind::NickInUse,
        RoomError::PasswordRequired => RoomErrorKind::PasswordRequired,
        RoomError::Banned => RoomErrorKind::Banned,
        RoomError::RoomNotFound => RoomErrorKind::RoomNotFound,
        RoomError::MembersOnly => RoomErrorKind::MembersOnly,
        RoomError::RoomFull => RoomErrorKind::RoomFull,
        RoomError::CreationRefused => RoomErrorKind::CreationRefused,
        RoomError::NickRefused => RoomErrorKind::NickRefused,
        RoomError::MessageRefused {
            condition,
            local_id,
        } => RoomErrorKind::MessageRefused {
            condition,
            local_id,
        },
        RoomError::Other { condition } => RoomErrorKind::Other { condition },
    }
}

fn from_bookmark(b: Bookmark) -> RoomBookmark {
    RoomBookmark {
        room: b.room.to_string(),
        name: b.name,
        nick: b.nick,
        password: b.password,
        autojoin: b.autojoin,
    }
}

fn to_bookmark(b: RoomBookmark) -> Result<Bookmark, String> {
    Ok(Bookmark {
        room: Jid::parse(&b.room).map_err(|e| e.to_string())?,
        name: b.name,
        nick: b.nick,
        password: b.password,
        autojoin: b.autojoin,
    })
}

/// Sleeps until the client's next deadline; forever when it has none.
async fn sleep_until(deadline: Option<std::time::Instant>) {
    match deadline {
        Some(deadline) => tokio::time::sleep_until(Instant::from_std(deadline)).await,
        None => std::future::pending().await,
    }
}
