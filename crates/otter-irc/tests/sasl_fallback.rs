//! EXTERNAL with PLAIN behind it: the certificate login is tried first when offered; a server
//! that does not offer it, or services that do not know the certificate yet (904), get the
//! password login instead; without a fallback a refused EXTERNAL is a failed login.

use std::time::Instant;

use otter_irc::{Action, Client, ClientConfig, IrcError, IrcEvent, Nick, Sasl};
use otter_types::Password;

struct Drained {
    sent: Vec<String>,
    mechanism: Option<Option<&'static str>>,
}

fn drain(client: &mut Client) -> Drained {
    let mut drained = Drained {
        sent: Vec::new(),
        mechanism: None,
    };
    while let Some(action) = client.poll_action() {
        match action {
            Action::Send(bytes) => drained
                .sent
                .push(String::from_utf8_lossy(&bytes).trim_end().to_owned()),
            Action::Event(IrcEvent::Online { mechanism, .. }) => {
                drained.mechanism = Some(mechanism)
            }
            _ => {}
        }
    }
    drained
}

fn plain() -> Sasl {
    Sasl::Plain {
        account: "bob".into(),
        password: Password::new("pw"),
    }
}

fn client(fallback: bool) -> Result<Client, IrcError> {
    let mut config = ClientConfig::new(Nick::parse("bob")?, Some(Sasl::External));
    if fallback {
        config = config.with_sasl_fallback(plain());
    }
    let mut client = Client::new(config);
    client.start()?;
    drain(&mut client);
    Ok(client)
}

const WELCOME: &[u8] = b":s 903 bob :SASL authentication successful\r\n\
    :s 001 bob :Welcome bob!b@host.test\r\n";

#[test]
fn external_is_used_when_offered() -> Result<(), IrcError> {
    let mut client = client(true)?;
    client.handle_bytes(
        Instant::now(),
        b"CAP * LS :sasl=PLAIN,EXTERNAL\r\nCAP * ACK :sasl\r\nAUTHENTICATE +\r\n",
    )?;
    assert_eq!(
        drain(&mut client).sent,
        ["CAP REQ :sasl", "AUTHENTICATE EXTERNAL", "AUTHENTICATE +"]
    );
    client.handle_bytes(Instant::now(), WELCOME)?;
    assert_eq!(drain(&mut client).mechanism, Some(Some("EXTERNAL")));
    Ok(())
}

#[test]
fn plain_when_external_is_not_offered() -> Result<(), IrcError> {
    let mut client = client(true)?;
    client.handle_bytes(
        Instant::now(),
        b"CAP * LS :sasl=PLAIN\r\nCAP * ACK :sasl\r\nAUTHENTICATE +\r\n",
    )?;
    let sent = drain(&mut client).sent;
    assert_eq!(sent[1], "AUTHENTICATE PLAIN");
    assert_eq!(sent[2], "AUTHENTICATE AGJvYgBwdw==");
    client.handle_bytes(Instant::now(), WELCOME)?;
    assert_eq!(drain(&mut client).mechanism, Some(Some("PLAIN")));
    Ok(())
}

#[test]
fn plain_after_a_refused_external() -> Result<(), IrcError> {
    let mut client = client(true)?;
    client.handle_bytes(
        Instant::now(),
        b"CAP * LS :sasl\r\nCAP * ACK :sasl\r\nAUTHENTICATE +\r\n\
          :s 904 bob :SASL authentication failed\r\nAUTHENTICATE +\r\n",
    )?;
    assert_eq!(
        drain(&mut client).sent,
        [
            "CAP REQ :sasl",
            "AUTHENTICATE EXTERNAL",
            "AUTHENTICATE +",
            "AUTHENTICATE PLAIN",
            "AUTHENTICATE AGJvYgBwdw=="
        ]
    );
    client.handle_bytes(Instant::now(), WELCOME)?;
    assert_eq!(drain(&mut client).mechanism, Some(Some("PLAIN")));
    Ok(())
}

#[test]
fn without_a_fallback_a_refused_external_fails_the_login() -> Result<(), IrcError> {
    let mut client = client(false)?;
    let result = client.handle_bytes(
        Instant::now(),
        b"CAP * LS :sasl\r\nCAP * ACK :sasl\r\nAUTHENTICATE +\r\n\
          :s 904 bob :SASL authentication failed\r\n",
    );
    assert!(
        matches!(result, Err(IrcError::AuthenticationFailed { numeric: 904 })),
        "{result:?}"
    );
    let mut client = self::client(false)?;
    let result = client.handle_bytes(Instant::now(), b"CAP * LS :sasl=PLAIN\r\n");
    assert!(
        matches!(
            result,
            Err(IrcError::MechanismNotOffered {
                mechanism: "EXTERNAL"
            })
        ),
        "{result:?}"
    );
    Ok(())
}
