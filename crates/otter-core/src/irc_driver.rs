//! The tokio driver around `otter_irc::Client`: Tor, then TLS (IRC has no STARTTLS here), then
//! the loop the crate documentation prescribes (after every input, drain `poll_action`).

use otter_irc::{Action, Client, ClientConfig, IrcEvent, Nick, Sasl};
use otter_net::{IsolationKey, TlsPolicy, TorConnector};
use otter_otr::WireBody;
use otter_types::{CertFingerprint, ErrorKind, Hostname, LocalId, Password, TorTarget};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::sync::mpsc;
use tokio::time::Instant;

use crate::account_task::{
    AccountCommand, AccountEvent, Ended, certificate_prompt, send_bodies, supervise,
};
use crate::api::ConnectionStatus;

/// IRC over TLS (IANA "ircs-u", RFC 7194).
const DEFAULT_TLS_PORT: u16 = 6697;
/// Bytes read per wakeup; the line parser enforces the real limits.
const READ_CHUNK: usize = 16 * 1024;

/// Everything one connection attempt needs.
pub(crate) struct IrcConnection {
    /// Our nick (also the SASL account).
    pub(crate) nick: String,
    /// The network's host name.
    pub(crate) host: String,
    pub(crate) port: u16,
    pub(crate) password: Password,
    pub(crate) pin: Option<CertFingerprint>,
}

/// Runs one connection until it ends; reports everything through `events`.
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
    supervise(
        &report,
        drive(&connection, &connector, &tls, &mut commands, &report),
    )
    .await;
}

fn failed(kind: ErrorKind) -> impl Fn(String) -> Ended {
    move |explanation| Ended::Failed(kind, explanation)
}

async fn drive(
    connection: &IrcConnection,
    connector: &TorConnector,
    tls: &TlsPolicy,
    commands: &mut mpsc::UnboundedReceiver<AccountCommand>,
    report: &impl Fn(AccountEvent),
) -> Result<(), Ended> {
    let host = Hostname::parse(&connection.host)
        .map_err(|e| failed(ErrorKind::ServerUnreachable)(e.to_string()))?;
    let port = if connection.port == 0 {
        DEFAULT_TLS_PORT
    } else {
        connection.port
    };
    let target = TorTarget::new(host.clone(), port)
        .map_err(|e| failed(ErrorKind::ServerUnreachable)(e.to_string()))?;
    let isolation =
        IsolationKey::random().map_err(|e| failed(ErrorKind::Internal)(e.to_string()))?;
    let stream = connector
        .connect(&target, &isolation)
        .await
        .map_err(|e| Ended::Failed(e.kind(), e.explanation().to_owned()))?;
    let mut stream = match tls.connect(stream, &host, connection.pin).await {
        Ok(stream) => stream,
        Err(error) => {
            if let Some(prompt) = certificate_prompt(&error) {
                report(prompt);
            }
            return Err(Ended::Failed(error.kind(), error.explanation().to_owned()));
        }
    };

    let nick = Nick::parse(&connection.nick).map_err(|e| failed(e.kind())(e.to_string()))?;
    let sasl = Sasl::Plain {
        account: connection.nick.clone(),
        password: connection.password.clone(),
    };
    let mut client = Client::new(ClientConfig::new(nick, Some(sasl)));
    client
        .start()
        .map_err(|e| failed(e.kind())(e.to_string()))?;
    let mut buf = vec![0u8; READ_CHUNK];
    loop {
        while let Some(action) = client.poll_action() {
            match action {
                Action::Send(bytes) => {
                    stream
                        .write_all(&bytes)
                        .await
                        .map_err(|e| failed(ErrorKind::ServerUnreachable)(e.to_string()))?;
                    stream
                        .flush()
                        .await
                        .map_err(|e| failed(ErrorKind::ServerUnreachable)(e.to_string()))?;
                }
                Action::Event(event) => {
                    let own = client.nick().clone();
                    forward(event, &own, report);
                }
                Action::Close(_) => return Ok(()),
            }
        }
        tokio::select! {
            read = stream.read(&mut buf) => {
                let n = read.map_err(|e| failed(ErrorKind::ServerUnreachable)(e.to_string()))?;
                if n == 0 {
                    return Err(failed(ErrorKind::ServerUnreachable)("The server closed the connection.".into()));
                }
                if let Err(error) = client.handle_bytes(Instant::now().into_std(), buf.get(..n).unwrap_or_default()) {
                    while let Some(Action::Send(bytes)) = client.poll_action() {
                        let _ = stream.write_all(&bytes).await;
                    }
                    return Err(failed(error.kind())(error.to_string()));
                }
            }
            command = commands.recv() => match command {
                Some(AccountCommand::SendChat { to, bodies, local_id }) => {
                    send_private(&mut client, &to, &bodies, local_id, report);
                }
                // IRC channels do not go through the core yet; the engine sends room
                // commands to XMPP accounts only.
                Some(AccountCommand::SendRoom { local_id, .. }) => {
                    report(AccountEvent::SendFailed { local_id, kind: ErrorKind::Internal });
                }
                Some(
                    AccountCommand::JoinRoom { .. }
                    | AccountCommand::LeaveRoom { .. }
                    | AccountCommand::AddBookmark(_)
                    | AccountCommand::RemoveBookmark { .. },
                ) => {}
                Some(AccountCommand::Disconnect) | None => client.close(),
            },
        }
    }
}

fn send_private(
    client: &mut Client,
    to: &str,
    bodies: &[WireBody],
    local_id: Option<LocalId>,
    report: &impl Fn(AccountEvent),
) {
    let peer = Nick::parse(to).map_err(|_| ErrorKind::PeerMisbehaved);
    send_bodies(bodies, local_id, report, |body, id| {
        let peer = peer.as_ref().map_err(|kind| *kind)?;
        client.send_private(peer, body, id).map_err(|e| e.kind())
    });
}

fn forward(event: IrcEvent, own: &Nick, report: &impl Fn(AccountEvent)) {
    match event {
        IrcEvent::Online { .. } => {
            report(AccountEvent::Online { mechanism: "PLAIN" });
            report(AccountEvent::Status(ConnectionStatus::Online));
        }
        // With echo-message the server relays our own messages back: already shown as sent.
        IrcEvent::PrivateMessage { from, .. } if own.matches(from.as_str()) => {}
        IrcEvent::PrivateMessage { from, text, .. } => report(AccountEvent::Chat {
            from: from.as_str().to_owned(),
            text,
        }),
        IrcEvent::MessageFailed {
            local_id: Some(local_id),
            ..
        } => report(AccountEvent::SendFailed {
            local_id,
            kind: ErrorKind::ServerUnreachable,
        }),
        // Channels, CTCP notices and the rest reach the interface with the rooms work.
        _ => {}
    }
}
