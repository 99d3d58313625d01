//! The Tor connector: the one place in Otter that opens a TCP socket, and only to Tor.

use std::fmt;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::pin::Pin;
use std::str::FromStr;
use std::task::{Context, Poll};
use std::time::Duration;

use otter_types::{Secret, TorTarget};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

use crate::error::ConnectError;
use crate::socks5;

/// Tails' (and Tor's default) SOCKS port.
pub const DEFAULT_TOR_SOCKS_PORT: u16 = 9050;

/// Where Tor's SOCKS port is: an address, never a name, so that reaching Tor needs no look-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SocksProxy(SocketAddr);

impl SocksProxy {
    /// The proxy at `addr`.
    pub fn new(addr: SocketAddr) -> Self {
        Self(addr)
    }

    /// The address.
    pub fn addr(&self) -> SocketAddr {
        self.0
    }
}

impl Default for SocksProxy {
    fn default() -> Self {
        Self(SocketAddr::from((
            Ipv4Addr::LOCALHOST,
            DEFAULT_TOR_SOCKS_PORT,
        )))
    }
}

impl FromStr for SocksProxy {
    type Err = std::net::AddrParseError;
    /// `SocketAddr::from_str` parses literals only; it never resolves.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        SocketAddr::from_str(text).map(Self)
    }
}

impl fmt::Display for SocksProxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// SOCKS credentials that put one connection attempt of one account on its own Tor circuit.
///
/// Tor's `IsolateSOCKSAuth` (on by default) never shares a circuit between different
/// username/password pairs. A fresh random pair per account and attempt means two accounts
/// never share a circuit, and a reconnect may take a new one. The values are random, carry no
/// account name, and are zeroized on drop.
#[derive(Clone)]
pub struct IsolationKey {
    username: Secret,
    password: Secret,
}

impl IsolationKey {
    /// 128 bits of randomness each, hex-encoded (Tor accepts any bytes; hex keeps logs of
    /// proxies that print them readable).
    pub fn random() -> Result<Self, getrandom::Error> {
        Ok(Self {
            username: Secret::new(random_hex()?.into_bytes()),
            password: Secret::new(random_hex()?.into_bytes()),
        })
    }

    /// The SOCKS username.
    pub fn username(&self) -> &Secret {
        &self.username
    }
}

impl fmt::Debug for IsolationKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("IsolationKey(<redacted>)")
    }
}

fn random_hex() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// How long we wait for Tor. Onion services need several round trips across the network
/// (descriptor fetch, introduction, rendezvous), so their budget is larger.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    /// Reaching the proxy itself (a local port: if this is slow, Tor is not there).
    pub proxy: Duration,
    /// Tor's answer to CONNECT for a clear-net name.
    pub clearnet: Duration,
    /// Tor's answer to CONNECT for an onion name.
    pub onion: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            proxy: Duration::from_secs(5),
            clearnet: Duration::from_secs(60),
            onion: Duration::from_secs(120),
        }
    }
}

/// What the proxy on Tor's port told us about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProxyInfo {
    /// It chose username/password authentication when offered both methods, as Tor does; so
    /// our isolation credentials reach it. A proxy choosing "no authentication" does not
    /// isolate accounts from each other.
    pub isolates_by_credentials: bool,
}

/// Opens connections through Tor, and only through Tor.
#[derive(Debug, Clone)]
pub struct TorConnector {
    proxy: SocksProxy,
    timeouts: Timeouts,
}

impl TorConnector {
    /// A connector for the proxy at `proxy`.
    pub fn new(proxy: SocksProxy) -> Self {
        Self {
            proxy,
            timeouts: Timeouts::default(),
        }
    }

    /// Replaces the default timeouts.
    pub fn with_timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// The proxy this connector uses.
    pub fn proxy(&self) -> SocksProxy {
        self.proxy
    }

    /// Connects to `target` through Tor on the circuit `isolation` selects.
    pub async fn connect(
        &self,
        target: &TorTarget,
        isolation: &IsolationKey,
    ) -> Result<TorStream, ConnectError> {
        let mut tcp = self.open_proxy_socket().await?;
        let budget = match target.host() {
            otter_types::Host::Name(name) if name.is_onion() => self.timeouts.onion,
            _ => self.timeouts.clearnet,
        };
        tracing::debug!(proxy = %self.proxy, "asking Tor for a connection");
        tokio::time::timeout(
            budget,
            socks5::handshake(&mut tcp, target, &isolation.username, &isolation.password),
        )
        .await
        .map_err(|_| ConnectError::TimedOut { after: budget })??;
        Ok(TorStream { inner: tcp })
    }

    /// Whether something that speaks SOCKS5 listens on the proxy port: a cheap check for the
    /// user interface ("is Tor there?"). Nothing is asked of the Tor network.
    pub async fn probe(&self) -> Result<ProxyInfo, ConnectError> {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut tcp = self.open_proxy_socket().await?;
        let exchange = async {
            tcp.write_all(&socks5::GREETING).await?;
            let mut choice = [0u8; 2];
            tcp.read_exact(&mut choice).await?;
            Ok::<_, io::Error>(choice)
        };
        let choice = tokio::time::timeout(self.timeouts.proxy, exchange)
            .await
            .map_err(|_| ConnectError::TimedOut {
                after: self.timeouts.proxy,
            })??;
        match choice {
            [0x05, 0x02] => Ok(ProxyInfo {
                isolates_by_credentials: true,
            }),
            [0x05, 0x00] => Ok(ProxyInfo {
                isolates_by_credentials: false,
            }),
            _ => Err(ConnectError::NotSocks5 {
                detail: "its greeting reply is not SOCKS version 5",
            }),
        }
    }

    async fn open_proxy_socket(&self) -> Result<TcpStream, ConnectError> {
        let addr = self.proxy.addr();
        #[expect(
            clippy::disallowed_methods,
            reason = "the one TCP connect of Otter: to Tor's SOCKS port, an address literal"
        )]
        let connecting = TcpStream::connect(addr);
        let tcp = tokio::time::timeout(self.timeouts.proxy, connecting)
            .await
            .map_err(|_| ConnectError::TimedOut {
                after: self.timeouts.proxy,
            })?
            .map_err(|source| ConnectError::TorNotRunning {
                proxy: addr,
                source,
            })?;
        // Chat traffic is small and interactive; Nagle would add latency to every line.
        tcp.set_nodelay(true)?;
        Ok(tcp)
    }
}

/// A byte stream to a server, through Tor. Only `TorConnector::connect` makes one.
#[derive(Debug)]
pub struct TorStream {
    inner: TcpStream,
}

impl AsyncRead for TorStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for TorStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isolation_keys_differ_and_do_not_print() {
        let a = IsolationKey::random().unwrap();
        let b = IsolationKey::random().unwrap();
        assert_ne!(a.username().reveal(), b.username().reveal());
        assert_eq!(format!("{a:?}"), "IsolationKey(<redacted>)");
    }

    #[test]
    fn proxy_addresses_parse_only_literals() {
        assert!("127.0.0.1:9050".parse::<SocksProxy>().is_ok());
        assert!("localhost:9050".parse::<SocksProxy>().is_err());
        assert_eq!(SocksProxy::default().to_string(), "127.0.0.1:9050");
    }
}
