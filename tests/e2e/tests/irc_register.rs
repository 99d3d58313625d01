//! otter-irc's state machine against the real InspIRCd with Atheme, through the real Tor
//! connector, the test SOCKS proxy and TLS verified against the test CA: SASL PLAIN, a wrong
//! password, a private exchange with the echo bot, a long message split and reassembled, and
//! CTCP requests from another user that get no answer. The driver here is a test stand-in for
//! otter-core's: read, `handle_bytes`, drain `poll_action`.
//!
//! Not here yet: SASL EXTERNAL (alice's certificate is bound in Atheme, but
//! `otter_net::TlsPolicy` cannot present a client certificate yet; the exchange is covered by
//! the unit test `sasl_external_answers_the_empty_challenge_with_plus`).

use std::time::{Duration, Instant};

use otter_irc::{Action, Client, ClientConfig, IrcError, IrcEvent, Nick, Sasl};
use otter_net::{IsolationKey, SocksProxy, TlsPolicy, TlsStream, TorConnector, TorStream};
use otter_testkit::Network;
use otter_types::{Hostname, LocalId, Password, TorTarget};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// How long one wait may take. InspIRCd registers clients on a once-a-second timer.
const DEADLINE: Duration = Duration::from_secs(20);

async fn tls_connection(net: &Network) -> anyhow::Result<TlsStream<TorStream>> {
    let connector = TorConnector::new(SocksProxy::new(net.socks_addr()?));
    let server_name = Hostname::parse(net.get("IRC_HOST")?)?;
    let stream = connector
        .connect(
            &TorTarget::new(server_name.clone(), net.port("IRC_TLS_PORT")?)?,
            &IsolationKey::random()?,
        )
        .await?;
    let tls = TlsPolicy::from_pem_anchors(&net.ca_pem()?)?
        .connect(stream, &server_name, None)
        .await?;
    Ok(tls)
}

struct Driver {
    client: Client,
    connection: TlsStream<TorStream>,
    closed: bool,
    /// Events drained but not yet looked at by `until`.
    pending: std::collections::VecDeque<IrcEvent>,
}

#[derive(Debug)]
enum DriveError {
    Irc(IrcError),
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
            Self::Irc(error) => write!(f, "irc: {error}"),
            Self::Other(error) => write!(f, "{error:#}"),
        }
    }
}

impl std::error::Error for DriveError {}

impl Driver {
    /// Connects (TLS first: IRC over TLS is direct) and starts registration as `nick`.
    async fn connect(net: &Network, nick: &str, sasl: Option<Sasl>) -> anyhow::Result<Self> {
        let connection = tls_connection(net).await?;
        let mut client = Client::new(ClientConfig::new(Nick::parse(nick)?, sasl));
        client.start()?;
        Ok(Self {
            client,
            connection,
            closed: false,
            pending: std::collections::VecDeque::new(),
        })
    }

    async fn drain(&mut self) -> anyhow::Result<Vec<IrcEvent>> {
        let mut events = Vec::new();
        while let Some(action) = self.client.poll_action() {
            match action {
                Action::Send(bytes) => self.connection.write_all(&bytes).await?,
                Action::Event(event) => events.push(event),
                Action::Close(_) => self.closed = true,
            }
        }
        self.connection.flush().await?;
        Ok(events)
    }

    /// Drives the client until `wanted` matches an event; fails on a client error. Every event
    /// seen is also passed to `seen`.
    async fn until<T>(
        &mut self,
        mut wanted: impl FnMut(&IrcEvent) -> Option<T>,
        seen: &mut Vec<IrcEvent>,
    ) -> Result<T, DriveError> {
        let deadline = Instant::now() + DEADLINE;
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let drained = self.drain().await?;
            self.pending.extend(drained);
            while let Some(event) = self.pending.pop_front() {
                let found = wanted(&event);
                seen.push(event);
                if let Some(found) = found {
                    return Ok(found);
                }
            }
            if self.closed {
                return Err(anyhow::anyhow!("the connection closed").into());
            }
            let left = deadline.saturating_duration_since(Instant::now());
            let n = tokio::time::timeout(left, self.connection.read(&mut buf))
                .await
                .map_err(|_| anyhow::anyhow!("timed out"))?
                .map_err(anyhow::Error::from)?;
            if n == 0 {
                return Err(anyhow::anyhow!("the server closed the connection").into());
            }
            let result = self
                .client
                .handle_bytes(Instant::now(), buf.get(..n).unwrap_or_default());
            if let Err(error) = result {
                self.drain().await?;
                return Err(DriveError::Irc(error));
            }
        }
    }

    async fn online(&mut self) -> Result<(Nick, Option<String>), DriveError> {
        self.until(
            |event| match event {
                IrcEvent::Online { nick, account, .. } => Some((nick.clone(), account.clone())),
                _ => None,
            },
            &mut Vec::new(),
        )
        .await
    }

    /// Reads for `duration`, collecting events; the connection must stay up.
    async fn idle(&mut self, duration: Duration) -> anyhow::Result<Vec<IrcEvent>> {
        let mut seen = Vec::new();
        match tokio::time::timeout(duration, self.until(|_| None::<()>, &mut seen)).await {
            Err(_elapsed) => Ok(seen),
            Ok(Err(error)) => Err(anyhow::anyhow!("{error}")),
            Ok(Ok(())) => unreachable!("the predicate never matches"),
        }
    }
}

fn bob(net: &Network) -> anyhow::Result<Option<Sasl>> {
    Ok(Some(Sasl::Plain {
        account: "bob".to_owned(),
        password: Password::new(net.get("IRC_PASSWORD_bob")?),
    }))
}

/// What the bot logged as received from `from`, in order.
fn bot_received(net: &Network, from: &str) -> anyhow::Result<Vec<String>> {
    let log = std::fs::read_to_string(net.get("IRC_BOT_LOG")?)?;
    let mut texts = Vec::new();
    for line in log.lines() {
        let entry: serde_json::Value = serde_json::from_str(line)?;
        let field = |key: &str| entry.get(key).and_then(serde_json::Value::as_str);
        if field("type") == Some("privmsg") && field("from") == Some(from) {
            texts.push(field("text").unwrap_or_default().to_owned());
        }
    }
    Ok(texts)
}

#[tokio::test]
async fn bob_registers_with_sasl_plain_and_the_bot_echoes_his_message() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let mut driver = Driver::connect(&net, "bob", bob(&net)?).await?;
    let (nick, account) = driver.online().await?;
    assert_eq!(nick.as_str(), "bob");
    assert_eq!(account.as_deref(), Some("bob"));

    let bot = Nick::parse(net.get("IRC_BOT_NICK")?)?;
    driver.client.send_private(
        &bot,
        &otter_testkit::released_plaintext("hello bot")?,
        LocalId(1),
    )?;
    let text = driver
        .until(
            |event| match event {
                IrcEvent::PrivateMessage { from, text, .. } if bot.matches(from.as_str()) => {
                    Some(text.reveal().to_owned())
                }
                _ => None,
            },
            &mut Vec::new(),
        )
        .await?;
    assert_eq!(text, "echo: hello bot");

    driver.client.close();
    driver.drain().await?;
    Ok(())
}

#[tokio::test]
async fn a_wrong_password_is_authentication_failed_and_never_registers() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks"])?;
    let sasl = Some(Sasl::Plain {
        account: "bob".to_owned(),
        password: Password::new("not-the-password"),
    });
    let mut driver = Driver::connect(&net, "bob", sasl).await?;
    let mut seen = Vec::new();
    let result = driver
        .until(
            |event| matches!(event, IrcEvent::Online { .. }).then_some(()),
            &mut seen,
        )
        .await;
    match result {
        Err(DriveError::Irc(IrcError::AuthenticationFailed { numeric })) => {
            assert_eq!(numeric, 904);
        }
        other => anyhow::bail!("expected AuthenticationFailed, got {other:?}"),
    }
    assert!(!driver.client.is_online());
    assert!(driver.closed, "the client asked to close");
    Ok(())
}

#[tokio::test]
async fn a_long_message_is_split_and_reassembles_exactly() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let mut driver = Driver::connect(&net, "bob", bob(&net)?).await?;
    driver.online().await?;
    let bot = Nick::parse(net.get("IRC_BOT_NICK")?)?;

    // Multi-byte characters everywhere, so a cut inside one would show.
    let text = "Grüße aus dem Otterbau 🦦, ünïcödé ärgert €uro-Zähler; ".repeat(30);
    assert!(text.len() > 3 * 512);
    driver
        .client
        .send_private(&bot, &otter_testkit::released_plaintext(&text)?, LocalId(2))?;
    let mut echoes = 0;
    let mut seen = Vec::new();
    // Wait for the echoes of every piece; the bot answers each line it receives.
    let pieces = loop {
        let waited = driver
            .until(
                |event| match event {
                    IrcEvent::PrivateMessage { from, .. } if bot.matches(from.as_str()) => Some(()),
                    _ => None,
                },
                &mut seen,
            )
            .await;
        if let Err(error) = waited {
            anyhow::bail!(
                "{error}; bot log: {:?}; events: {seen:?}",
                std::fs::read_to_string(net.get("IRC_BOT_LOG")?)?
            );
        }
        echoes += 1;
        let received = bot_received(&net, "bob")?;
        if echoes >= received.len() && received.concat().len() >= text.len() {
            break received;
        }
    };
    assert!(pieces.len() >= 4, "{} pieces", pieces.len());
    // What arrived at the other end, put together, is exactly what was sent.
    assert_eq!(pieces.concat(), text);
    Ok(())
}

/// A second user speaking raw IRC over the same kind of connection, so it can send what Otter
/// never would: CTCP requests.
struct RawPeer {
    connection: TlsStream<TorStream>,
    buffer: Vec<u8>,
}

impl RawPeer {
    async fn register(net: &Network, nick: &str) -> anyhow::Result<Self> {
        let mut peer = Self {
            connection: tls_connection(net).await?,
            buffer: Vec::new(),
        };
        peer.send(&format!("NICK {nick}")).await?;
        peer.send(&format!("USER {nick} 0 * :{nick}")).await?;
        let deadline = Instant::now() + DEADLINE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = tokio::time::timeout(left, peer.line()).await??;
            if line.split(' ').nth(1) == Some("001") {
                return Ok(peer);
            }
        }
    }

    async fn send(&mut self, line: &str) -> anyhow::Result<()> {
        self.connection
            .write_all(format!("{line}\r\n").as_bytes())
            .await?;
        Ok(())
    }

    /// The next line; answers PINGs on the way.
    async fn line(&mut self) -> anyhow::Result<String> {
        loop {
            if let Some(end) = self.buffer.iter().position(|&b| b == b'\n') {
                let raw: Vec<u8> = self.buffer.drain(..=end).collect();
                let line = String::from_utf8_lossy(&raw).trim_end().to_owned();
                if let Some(token) = line.strip_prefix("PING ") {
                    self.send(&format!("PONG {token}")).await?;
                    continue;
                }
                return Ok(line);
            }
            let mut buf = [0u8; 4096];
            let n = self.connection.read(&mut buf).await?;
            anyhow::ensure!(n > 0, "the server closed the connection");
            self.buffer
                .extend_from_slice(buf.get(..n).unwrap_or_default());
        }
    }
}

#[tokio::test]
async fn ctcp_requests_from_another_user_get_no_reply() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks"])?;
    let mut driver = Driver::connect(&net, "bob", bob(&net)?).await?;
    driver.online().await?;
    let mut carol = RawPeer::register(&net, "carol").await?;

    let requests = [
        "VERSION",
        "TIME",
        "PING 1700000000",
        "CLIENTINFO",
        "USERINFO",
        "FINGER",
        "SOURCE",
    ];
    for request in requests {
        carol
            .send(&format!("PRIVMSG bob :\x01{request}\x01"))
            .await?;
    }
    carol
        .send("PRIVMSG bob :\x01DCC SEND otter.pdf 2130706433 5000 1234\x01")
        .await?;
    // A plain message last, so that once bob has it, all the requests have arrived.
    carol.send("PRIVMSG bob :done").await?;
    let mut seen = Vec::new();
    driver
        .until(
            |event| match event {
                IrcEvent::PrivateMessage { text, .. } if text.reveal() == "done" => Some(()),
                _ => None,
            },
            &mut seen,
        )
        .await?;
    let ignored: Vec<&str> = seen
        .iter()
        .filter_map(|event| match event {
            IrcEvent::CtcpIgnored { command, .. } => Some(command.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        ignored,
        [
            "VERSION",
            "TIME",
            "PING",
            "CLIENTINFO",
            "USERINFO",
            "FINGER",
            "SOURCE"
        ]
    );
    assert!(
        seen.iter()
            .any(|event| matches!(event, IrcEvent::DccOfferRefused { .. }))
    );

    // Whatever bob's client might have sent would reach carol within this time; nothing does.
    carol.send("PING :marker").await?;
    let deadline = Instant::now() + Duration::from_secs(3);
    let mut from_bob = Vec::new();
    while Instant::now() < deadline {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, carol.line()).await {
            Ok(line) => {
                let line = line?;
                if line.starts_with(":bob!") {
                    from_bob.push(line);
                }
            }
            Err(_elapsed) => break,
        }
    }
    assert!(from_bob.is_empty(), "bob's client answered: {from_bob:?}");
    driver.idle(Duration::from_millis(200)).await?;
    Ok(())
}
