//! Commands in, events out.

use std::thread;

use otter_net::{SocksProxy, TorConnector};
use tokio::sync::mpsc;

/// How many events may wait for the front end. When the queue is full the core stops reading
/// from the network (back-pressure) rather than dropping anything.
const EVENT_QUEUE: usize = 1024;

/// Settings the core starts with.
#[derive(Debug, Clone, Default)]
pub struct CoreConfig {
    /// Tor's SOCKS port.
    pub proxy: SocksProxy,
}

/// What the front end asks the core to do. Fire-and-forget: results come back as `Event`s.
#[derive(Debug)]
#[non_exhaustive]
pub enum Command {
    /// Check whether Tor answers on its SOCKS port; answered by `Event::TorStatus`.
    ProbeTor,
    /// Stop every account and the core thread; answered by `Event::Stopped`.
    Shutdown,
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
        kind: otter_types::ErrorKind,
    },
}

/// What happened. Deliberately not `#[non_exhaustive]`: front ends match it without a
/// catch-all arm, so a new event is a compile error until it is handled.
#[derive(Debug)]
pub enum Event {
    /// Result of `Command::ProbeTor`.
    TorStatus(TorStatus),
    /// The core has stopped; no more events follow.
    Stopped,
}

/// The core is no longer running.
#[derive(Debug, thiserror::Error)]
#[error("the core has stopped")]
pub struct CoreStopped;

/// The core could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The tokio runtime or the core thread could not be created.
    #[error("the core could not start: {0}")]
    Runtime(#[from] std::io::Error),
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

/// Starts the core on its own thread.
pub fn start(config: CoreConfig) -> Result<(CoreHandle, EventStream), StartError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let (command_tx, command_rx) = mpsc::unbounded_channel();
    let (event_tx, event_rx) = mpsc::channel(EVENT_QUEUE);
    thread::Builder::new()
        .name("otter-core".into())
        .spawn(move || runtime.block_on(run(config, command_rx, event_tx)))?;
    Ok((
        CoreHandle {
            commands: command_tx,
        },
        EventStream { events: event_rx },
    ))
}

async fn run(
    config: CoreConfig,
    mut commands: mpsc::UnboundedReceiver<Command>,
    events: mpsc::Sender<Event>,
) {
    let connector = TorConnector::new(config.proxy);
    while let Some(command) = commands.recv().await {
        let event = match command {
            Command::ProbeTor => Event::TorStatus(match connector.probe().await {
                Ok(info) => TorStatus::Ready {
                    isolates_accounts: info.isolates_by_credentials,
                },
                Err(error) => {
                    tracing::warn!(kind = ?error.kind(), "Tor is not reachable: nothing will connect");
                    TorStatus::Unreachable {
                        explanation: error.explanation(),
                        kind: error.kind(),
                    }
                }
            }),
            Command::Shutdown => break,
        };
        if events.send(event).await.is_err() {
            return;
        }
    }
    let _ = events.send(Event::Stopped).await;
}
