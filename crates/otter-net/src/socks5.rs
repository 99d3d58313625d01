//! The client side of SOCKS5 (RFC 1928) with username/password authentication (RFC 1929), as
//! Tor's SocksPort speaks it.
//!
//! We offer two methods: "no authentication" and "username/password". Tor picks the second and
//! isolates circuits by the credentials (`IsolateSOCKSAuth`); a plain proxy that has no
//! accounts picks the first. The target always travels as a name (address type 3), so Tor,
//! not this machine, resolves it.

use std::net::IpAddr;

use otter_types::{Host, Secret, TorTarget};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use crate::error::{ConnectError, SocksReply};

const VERSION: u8 = 0x05;
const METHOD_NO_AUTH: u8 = 0x00;
const METHOD_USERNAME_PASSWORD: u8 = 0x02;
const METHOD_NONE_ACCEPTABLE: u8 = 0xFF;
const USERPASS_VERSION: u8 = 0x01;
const CMD_CONNECT: u8 = 0x01;
const ATYP_IPV4: u8 = 0x01;
const ATYP_DOMAIN: u8 = 0x03;
const ATYP_IPV6: u8 = 0x04;
/// RFC 1928 §4 and RFC 1929 §2 carry lengths in one byte.
const MAX_FIELD_LEN: usize = 255;

/// The greeting: version 5, two methods.
pub(crate) const GREETING: [u8; 4] = [VERSION, 2, METHOD_NO_AUTH, METHOD_USERNAME_PASSWORD];

/// RFC 1929 sub-negotiation request.
pub(crate) fn credentials_request(
    username: &Secret,
    password: &Secret,
) -> Result<Vec<u8>, ConnectError> {
    let user = username.reveal();
    let pass = password.reveal();
    let user_len = u8::try_from(user.len()).map_err(|_| ConnectError::BadTarget)?;
    let pass_len = u8::try_from(pass.len()).map_err(|_| ConnectError::BadTarget)?;
    let mut request = Vec::with_capacity(3 + user.len() + pass.len());
    request.push(USERPASS_VERSION);
    request.push(user_len);
    request.extend_from_slice(user);
    request.push(pass_len);
    request.extend_from_slice(pass);
    Ok(request)
}

/// RFC 1928 §4 CONNECT request.
pub(crate) fn connect_request(target: &TorTarget) -> Result<Vec<u8>, ConnectError> {
    let mut request = vec![VERSION, CMD_CONNECT, 0x00];
    match target.host() {
        Host::Name(name) => {
            let name = name.as_str().as_bytes();
            if name.len() > MAX_FIELD_LEN {
                return Err(ConnectError::BadTarget);
            }
            let len = u8::try_from(name.len()).map_err(|_| ConnectError::BadTarget)?;
            request.push(ATYP_DOMAIN);
            request.push(len);
            request.extend_from_slice(name);
        }
        Host::Ip(IpAddr::V4(ip)) => {
            request.push(ATYP_IPV4);
            request.extend_from_slice(&ip.octets());
        }
        Host::Ip(IpAddr::V6(ip)) => {
            request.push(ATYP_IPV6);
            request.extend_from_slice(&ip.octets());
        }
    }
    request.extend_from_slice(&target.port().to_be_bytes());
    Ok(request)
}

/// Runs the whole client handshake on `stream`. On success the stream carries the connection
/// to the target.
pub(crate) async fn handshake<S>(
    stream: &mut S,
    target: &TorTarget,
    username: &Secret,
    password: &Secret,
) -> Result<(), ConnectError>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    stream.write_all(&GREETING).await?;
    let mut choice = [0u8; 2];
    stream.read_exact(&mut choice).await?;
    match choice {
        [VERSION, METHOD_NO_AUTH] => {}
        [VERSION, METHOD_USERNAME_PASSWORD] => {
            stream
                .write_all(&credentials_request(username, password)?)
                .await?;
            let mut status = [0u8; 2];
            stream.read_exact(&mut status).await?;
            if status != [USERPASS_VERSION, 0x00] {
                return Err(ConnectError::CredentialsRefused);
            }
        }
        [VERSION, METHOD_NONE_ACCEPTABLE] => return Err(ConnectError::CredentialsRefused),
        [VERSION, _] => {
            return Err(ConnectError::NotSocks5 {
                detail: "it chose an authentication method we did not offer",
            });
        }
        _ => {
            return Err(ConnectError::NotSocks5 {
                detail: "its greeting reply is not SOCKS version 5",
            });
        }
    }

    stream.write_all(&connect_request(target)?).await?;
    let mut head = [0u8; 4];
    stream.read_exact(&mut head).await?;
    let [version, reply, _reserved, address_type] = head;
    if version != VERSION {
        return Err(ConnectError::NotSocks5 {
            detail: "its CONNECT reply is not SOCKS version 5",
        });
    }
    if reply != 0x00 {
        return Err(ConnectError::Refused {
            reply: SocksReply::from_code(reply),
        });
    }
    // The bound address means nothing to us through Tor, but it must be consumed so the
    // stream starts at the server's first byte.
    let address_len = match address_type {
        ATYP_IPV4 => 4,
        ATYP_IPV6 => 16,
        ATYP_DOMAIN => usize::from(stream.read_u8().await?),
        _ => {
            return Err(ConnectError::NotSocks5 {
                detail: "its CONNECT reply has an unknown address type",
            });
        }
    };
    let mut bound = [0u8; MAX_FIELD_LEN + 2];
    let rest = bound
        .get_mut(..address_len + 2)
        .ok_or(ConnectError::NotSocks5 {
            detail: "its CONNECT reply is too long",
        })?;
    stream.read_exact(rest).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use otter_types::Hostname;
    use tokio::io::duplex;

    use super::*;

    fn target() -> TorTarget {
        TorTarget::new(Hostname::parse("otter.test").unwrap(), 5222).unwrap()
    }

    fn creds() -> (Secret, Secret) {
        (Secret::new(b"user".to_vec()), Secret::new(b"pass".to_vec()))
    }

    #[test]
    fn connect_request_sends_the_name_not_an_address() {
        let request = connect_request(&target()).unwrap();
        let mut expected = vec![5, 1, 0, ATYP_DOMAIN, 10];
        expected.extend_from_slice(b"otter.test");
        expected.extend_from_slice(&5222u16.to_be_bytes());
        assert_eq!(request, expected);
    }

    /// Plays the proxy's side of a transcript and returns what the client sent.
    async fn run_against(proxy_replies: &'static [u8]) -> (Result<(), ConnectError>, Vec<u8>) {
        let (mut client, mut proxy) = duplex(4096);
        let (user, pass) = creds();
        let proxy_side = tokio::spawn(async move {
            proxy.write_all(proxy_replies).await.unwrap();
            // End of the transcript: the client must see EOF, never wait forever.
            proxy.shutdown().await.unwrap();
            let mut seen = Vec::new();
            let _ = proxy.read_to_end(&mut seen).await;
            seen
        });
        let result = handshake(&mut client, &target(), &user, &pass).await;
        drop(client);
        (result, proxy_side.await.unwrap())
    }

    #[tokio::test]
    async fn tor_style_proxy_gets_credentials_then_the_name() {
        let (result, sent) = run_against(&[5, 2, 1, 0, 5, 0, 0, 1, 0, 0, 0, 0, 0, 0]).await;
        result.unwrap();
        let mut expected = GREETING.to_vec();
        expected.extend_from_slice(&[1, 4]);
        expected.extend_from_slice(b"user");
        expected.push(4);
        expected.extend_from_slice(b"pass");
        expected.extend_from_slice(&connect_request(&target()).unwrap());
        assert_eq!(sent, expected);
    }

    #[tokio::test]
    async fn plain_proxy_choosing_no_auth_gets_no_credentials() {
        let (result, sent) = run_against(&[5, 0, 5, 0, 0, 1, 0, 0, 0, 0, 0, 0]).await;
        result.unwrap();
        assert!(!sent.windows(4).any(|w| w == b"user"));
    }

    #[tokio::test]
    async fn tor_extended_errors_are_named() {
        let (result, _) = run_against(&[5, 0, 5, 0xF2, 0, 1, 0, 0, 0, 0, 0, 0]).await;
        assert!(matches!(
            result,
            Err(ConnectError::Refused {
                reply: SocksReply::OnionIntroductionFailed
            })
        ));
    }

    #[tokio::test]
    async fn refused_credentials_are_a_typed_error() {
        let (result, _) = run_against(&[5, 2, 1, 1]).await;
        assert!(matches!(result, Err(ConnectError::CredentialsRefused)));
    }

    #[tokio::test]
    async fn a_non_socks_server_is_recognised() {
        let (result, _) = run_against(b"HTTP/1.1 400 Bad Request\r\n").await;
        assert!(matches!(result, Err(ConnectError::NotSocks5 { .. })));
    }

    #[tokio::test]
    async fn truncated_reply_is_an_io_error_not_a_panic() {
        let (result, _) = run_against(&[5]).await;
        assert!(matches!(result, Err(ConnectError::Io(_))));
    }
}
