//! A test stand-in for otter-core's XMPP driver, for tests of otter-xmpp's state machine against
//! real servers through the real Tor connector and the test SOCKS proxy: read, `handle_bytes`,
//! drain `poll_action`, and upgrade the connection to TLS when asked. It keeps everything sent
//! and received, for tests that look at the wire.

use std::time::{Duration, Instant};

use otter_net::{ChannelBinding, IsolationKey, SocksProxy, TlsPolicy, TlsStream, TorConnector};
use otter_net::{TorStream, channel_bindings};
use otter_testkit::Network;
use otter_types::{Hostname, Password, TorTarget};
use otter_xmpp::{
    Action, ChannelBindingData, Client, ClientConfig, Jid, SaslMechanism, TlsMode, XmppError,
    XmppEvent,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// How long one wait for the server may take; both test servers answer in milliseconds.
pub const DEADLINE: Duration = Duration::from_secs(20);

/// The connection: plain until the client asks for TLS, then TLS. `Upgrading` exists only
/// while the plain stream is moved into the handshake.
enum Connection {
    Plain(TorStream),
    Tls(Box<TlsStream<TorStream>>),
    Upgrading,
}

impl Connection {
    async fn read(&mut self, buf: &mut [u8]) -> anyhow::Result<usize> {
        Ok(match self {
            Self::Plain(stream) => stream.read(buf).await?,
            Self::Tls(stream) => stream.read(buf).await?,
            Self::Upgrading => anyhow::bail!("read during the TLS upgrade"),
        })
    }

    async fn write_all(&mut self, bytes: &[u8]) -> anyhow::Result<()> {
        match self {
            Self::Plain(stream) => stream.write_all(bytes).await?,
            Self::Tls(stream) => stream.write_all(bytes).await?,
            Self::Upgrading => anyhow::bail!("write during the TLS upgrade"),
        }
        Ok(())
    }
}

/// One otter-xmpp client on one connection.
pub struct Driver {
    /// The state machine.
    pub client: Client,
    connection: Connection,
    tls: TlsPolicy,
    server_name: Hostname,
    /// Whether the server closed the connection or the client asked to close it.
    pub closed: bool,
    /// Everything the client sent, as text.
    pub sent: String,
    /// Everything the client received, as text.
    pub received: String,
}

impl Driver {
    /// Connects `alice@otter.test` to the port the servers wrote under `port_key`.
    pub async fn connect(
        net: &Network,
        port_key: &str,
        password: &str,
        mode: TlsMode,
    ) -> anyhow::Result<Self> {
        Self::connect_as(
            net,
            "alice@otter.test",
            port_key,
            password,
            mode,
            SaslMechanism::Plain,
        )
        .await
    }

    /// Connects `account` (a bare address at a test name) with a random resource to the port
    /// the servers wrote under `port_key`, through the test SOCKS proxy, by name; `minimum` is
    /// the weakest SASL mechanism the client accepts, as the profile remembers it.
    pub async fn connect_as(
        net: &Network,
        account: &str,
        port_key: &str,
        password: &str,
        mode: TlsMode,
        minimum: SaslMechanism,
    ) -> anyhow::Result<Self> {
        let account = Jid::parse(account)?;
        let (resource, id_seed) = resource_and_seed();
        let config = ClientConfig::new(&account, Password::new(password), resource, mode, id_seed)?
            .with_minimum_mechanism(minimum);
        Self::connect_with(net, account.domain(), port_key, config).await
    }

    /// A temporary account (SASL ANONYMOUS) on `domain` (a test name), at the port the
    /// servers wrote under `port_key`, through the test SOCKS proxy.
    pub async fn connect_temporary(
        net: &Network,
        domain: &str,
        port_key: &str,
        mode: TlsMode,
    ) -> anyhow::Result<Self> {
        let (resource, id_seed) = resource_and_seed();
        let config = ClientConfig::anonymous(&Jid::parse(domain)?, resource, mode, id_seed)?;
        Self::connect_with(net, domain, port_key, config).await
    }

    async fn connect_with(
        net: &Network,
        domain: &str,
        port_key: &str,
        config: ClientConfig,
    ) -> anyhow::Result<Self> {
        let connector = TorConnector::new(SocksProxy::new(net.socks_addr()?));
        let server_name = Hostname::parse(domain)?;
        let stream = connector
            .connect(
                &TorTarget::new(server_name.clone(), net.port(port_key)?)?,
                &IsolationKey::random()?,
            )
            .await?;
        let mut client = Client::new(config);
        client.start()?;
        Ok(Self {
            client,
            connection: Connection::Plain(stream),
            tls: TlsPolicy::from_pem_anchors(&net.ca_pem()?)?,
            server_name,
            closed: false,
            sent: String::new(),
            received: String::new(),
        })
    }

    /// Carries out queued actions; returns the events among them.
    pub async fn drain(&mut self) -> anyhow::Result<Vec<XmppEvent>> {
        let mut events = Vec::new();
        while let Some(action) = self.client.poll_action() {
            match action {
                Action::Send(bytes) => {
                    self.sent.push_str(&String::from_utf8_lossy(&bytes));
                    self.connection.write_all(&bytes).await?;
                }
                Action::StartTls => {
                    let Connection::Plain(plain) =
                        std::mem::replace(&mut self.connection, Connection::Upgrading)
                    else {
                        anyhow::bail!("TLS requested twice");
                    };
                    let tls = self.tls.connect(plain, &self.server_name, None).await?;
                    let binding = channel_bindings(&tls)
                        .into_iter()
                        .find_map(|binding| match binding {
                            ChannelBinding::TlsExporter(data) => {
                                Some(ChannelBindingData::TlsExporter(data.to_vec()))
                            }
                            ChannelBinding::TlsServerEndPoint(_) => None,
                        })
                        .unwrap_or_default();
                    self.connection = Connection::Tls(Box::new(tls));
                    self.client.handle_tls_established(binding)?;
                }
                Action::Event(event) => events.push(event),
                Action::Close(_) => self.closed = true,
            }
        }
        Ok(events)
    }

    /// Drives the client until `wanted` matches an event; fails on a client error.
    pub async fn until<T>(
        &mut self,
        wanted: impl FnMut(XmppEvent) -> Option<T>,
    ) -> Result<T, DriveError> {
        self.until_within(DEADLINE, wanted).await
    }

    /// As `until`, giving up after `wait`.
    pub async fn until_within<T>(
        &mut self,
        wait: Duration,
        mut wanted: impl FnMut(XmppEvent) -> Option<T>,
    ) -> Result<T, DriveError> {
        let deadline = Instant::now() + wait;
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            for event in self.drain().await? {
                if let Some(found) = wanted(event) {
                    return Ok(found);
                }
            }
            if self.closed {
                return Err(anyhow::anyhow!("the stream closed").into());
            }
            let left = deadline.saturating_duration_since(Instant::now());
            let n = tokio::time::timeout(left, self.connection.read(&mut buf))
                .await
                .map_err(|_| anyhow::anyhow!("timed out"))??;
            if n == 0 {
                return Err(anyhow::anyhow!("the server closed the connection").into());
            }
            self.received
                .push_str(&String::from_utf8_lossy(buf.get(..n).unwrap_or_default()));
            let result = self
                .client
                .handle_bytes(Instant::now(), buf.get(..n).unwrap_or_default());
            if let Err(error) = result {
                // Send what the client still has to say (the closing tag), then report.
                self.drain().await?;
                return Err(DriveError::Xmpp(error));
            }
        }
    }

    /// Drives the client until it is online; returns the bound address and the mechanism.
    pub async fn online(&mut self) -> Result<(Jid, SaslMechanism), DriveError> {
        self.until(|event| match event {
            XmppEvent::Online {
                bound_jid,
                mechanism,
            } => Some((bound_jid, mechanism)),
            _ => None,
        })
        .await
    }
}

/// Why driving the client stopped.
#[derive(Debug)]
pub enum DriveError {
    /// The state machine refused the stream.
    Xmpp(XmppError),
    /// The connection, a timeout, or the test itself.
    Other(anyhow::Error),
}

impl From<anyhow::Error> for DriveError {
    fn from(error: anyhow::Error) -> Self {
        Self::Other(error)
    }
}

impl std::fmt::Display for DriveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Xmpp(error) => write!(f, "xmpp: {error}"),
            Self::Other(error) => write!(f, "{error:#}"),
        }
    }
}

impl std::error::Error for DriveError {}

/// A random resource (12 hex digits) and stanza-id seed.
fn resource_and_seed() -> (String, [u8; 16]) {
    let mut resource = [0u8; 6];
    let mut id_seed = [0u8; 16];
    getrandom_like(&mut resource);
    getrandom_like(&mut id_seed);
    (
        resource.iter().map(|b| format!("{b:02x}")).collect(),
        id_seed,
    )
}

/// Random bytes for resources and ids, from the kernel (a test has no other source here and
/// needs no cryptographic quality beyond "not predictable").
pub fn getrandom_like(buf: &mut [u8]) {
    use std::io::Read;
    if let Ok(mut urandom) = std::fs::File::open("/dev/urandom") {
        let _ = urandom.read_exact(buf);
    }
}
