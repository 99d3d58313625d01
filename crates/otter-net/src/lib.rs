#![doc = include_str!("../README.md")]

mod error;
mod onion;
mod socks5;
mod tls;
mod tor;

pub use error::{CertProblem, CertificateDetails, ConnectError, SocksReply, TlsError};
pub use onion::{OnionPlaintext, ServerStream, plaintext_allowed};
pub use tls::{ChannelBinding, ClientIdentity, TlsPolicy, channel_bindings, fingerprint_of};
pub use tokio_rustls::client::TlsStream;
pub use tor::{
    DEFAULT_TOR_SOCKS_PORT, IsolationKey, ProxyInfo, SocksProxy, Timeouts, TorConnector, TorStream,
};
