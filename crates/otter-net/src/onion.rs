//! The one exception to "TLS always": a connection without TLS to an onion service, for the
//! networks whose onion services listen without it. Tor encrypts end to end to an onion
//! service and the onion address is the service's key, so the connection is private; what is
//! lost is a certificate, so the server's identity is only its onion address. It can only be
//! had for a `.onion` name: any other target is refused before a socket is opened.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use otter_types::{Host, TorTarget};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio_rustls::client::TlsStream;

use crate::error::ConnectError;
use crate::tor::{IsolationKey, TorConnector, TorStream};

/// Whether `target` may be reached without TLS: only an onion service name.
pub fn plaintext_allowed(target: &TorTarget) -> bool {
    matches!(target.host(), Host::Name(name) if name.is_onion())
}

/// A connection to an onion service without TLS. Only
/// [`TorConnector::connect_onion_plaintext`] makes one, and only for a `.onion` target.
#[derive(Debug)]
pub struct OnionPlaintext {
    inner: TorStream,
}

impl TorConnector {
    /// Connects to the onion service `target` through Tor, without TLS. A target that is not a
    /// `.onion` name is [`ConnectError::PlaintextNotOnion`], before anything is sent anywhere.
    pub async fn connect_onion_plaintext(
        &self,
        target: &TorTarget,
        isolation: &IsolationKey,
    ) -> Result<OnionPlaintext, ConnectError> {
        if !plaintext_allowed(target) {
            return Err(ConnectError::PlaintextNotOnion);
        }
        let inner = self.connect(target, isolation).await?;
        Ok(OnionPlaintext { inner })
    }
}

/// A connection to a server as a driver uses it: TLS, or an onion service without TLS.
#[derive(Debug)]
pub enum ServerStream {
    /// TLS through Tor (every server, and onion services by default).
    Tls(Box<TlsStream<TorStream>>),
    /// An onion service without TLS, which the user allowed for that account.
    OnionPlaintext(OnionPlaintext),
}

impl ServerStream {
    /// Whether this connection has TLS (so a password may go in the clear inside it, as a
    /// NickServ `IDENTIFY` does).
    pub fn is_tls(&self) -> bool {
        matches!(self, Self::Tls(_))
    }
}

impl From<TlsStream<TorStream>> for ServerStream {
    fn from(tls: TlsStream<TorStream>) -> Self {
        Self::Tls(Box::new(tls))
    }
}

impl From<OnionPlaintext> for ServerStream {
    fn from(plain: OnionPlaintext) -> Self {
        Self::OnionPlaintext(plain)
    }
}

impl AsyncRead for ServerStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Self::Tls(tls) => Pin::new(tls.as_mut()).poll_read(cx, buf),
            Self::OnionPlaintext(plain) => Pin::new(&mut plain.inner).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for ServerStream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Self::Tls(tls) => Pin::new(tls.as_mut()).poll_write(cx, buf),
            Self::OnionPlaintext(plain) => Pin::new(&mut plain.inner).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Self::Tls(tls) => Pin::new(tls.as_mut()).poll_flush(cx),
            Self::OnionPlaintext(plain) => Pin::new(&mut plain.inner).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Self::Tls(tls) => Pin::new(tls.as_mut()).poll_shutdown(cx),
            Self::OnionPlaintext(plain) => Pin::new(&mut plain.inner).poll_shutdown(cx),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::net::{Ipv4Addr, SocketAddr};

    use otter_types::Hostname;

    use super::*;
    use crate::tor::SocksProxy;

    fn target(host: &str) -> TorTarget {
        TorTarget::with_host(Host::parse(host).unwrap(), 6667).unwrap()
    }

    #[test]
    fn only_an_onion_name_may_go_without_tls() {
        assert!(plaintext_allowed(&target(
            "ircplainxyzabcdefghijklmnopqrstuvwxyz234567abcdefghijklmnop.onion"
        )));
        assert!(plaintext_allowed(&target("irc.network.onion")));
        for host in [
            "irc.oftc.net",
            "irc.libera.chat",
            "onion.example.org",
            "example.onion.evil.example",
            "onion",
            "exampleonion",
            "127.0.0.1",
            "[::1]",
            "10.0.0.1",
        ] {
            assert!(!plaintext_allowed(&target(host)), "{host}");
        }
        // Names are lower-cased when parsed, so a capitalised onion is still one.
        let upper = TorTarget::new(Hostname::parse("IRC.Network.ONION").unwrap(), 6667).unwrap();
        assert!(plaintext_allowed(&upper));
    }

    #[tokio::test]
    async fn a_clear_net_name_is_refused_before_any_socket() {
        // Nothing listens at this proxy address: were a socket opened, the error would be
        // TorNotRunning, not the refusal.
        let connector =
            TorConnector::new(SocksProxy::new(SocketAddr::from((Ipv4Addr::LOCALHOST, 9))));
        let isolation = IsolationKey::random().unwrap();
        for host in ["irc.oftc.net", "127.0.0.1", "onion.example.org"] {
            let refused = connector
                .connect_onion_plaintext(&target(host), &isolation)
                .await;
            assert!(
                matches!(refused, Err(ConnectError::PlaintextNotOnion)),
                "{host}: {refused:?}"
            );
        }
        // An onion name does reach for the proxy (and finds nothing there).
        let tried = connector
            .connect_onion_plaintext(&target("irc.network.onion"), &isolation)
            .await;
        assert!(
            matches!(tried, Err(ConnectError::TorNotRunning { .. })),
            "{tried:?}"
        );
    }
}
