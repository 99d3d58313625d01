//! Strict Transport Security: the `sts` policy a server announces reaches the driver (to be
//! remembered for the host) from `CAP LS` and `CAP NEW`, even when the login then fails, and
//! an invalid one is not reported at all.

use std::time::{Duration, Instant};

use otter_irc::{
    Action, Client, ClientConfig, IrcError, IrcEvent, MAX_STS_DURATION, Nick, Sasl, StsPolicy,
};
use otter_types::Password;

fn policies(client: &mut Client) -> Vec<StsPolicy> {
    let mut found = Vec::new();
    while let Some(action) = client.poll_action() {
        if let Action::Event(IrcEvent::Sts(policy)) = action {
            found.push(policy);
        }
    }
    found
}

#[test]
fn a_policy_in_a_multiline_ls_is_reported_once() -> Result<(), IrcError> {
    let mut client = Client::new(ClientConfig::new(Nick::parse("otter")?, None));
    client.start()?;
    client.handle_bytes(
        Instant::now(),
        b"CAP * LS * :server-time sts=port=6697,duration=86400,preload\r\n\
          CAP * LS :batch\r\n\
          :s 001 otter :Welcome otter!o@host.test\r\n",
    )?;
    assert_eq!(
        policies(&mut client),
        [StsPolicy {
            duration: Some(Duration::from_secs(86_400)),
            port: Some(6697),
            preload: true,
        }]
    );
    Ok(())
}

#[test]
fn the_policy_is_reported_before_a_login_the_server_cannot_do() -> Result<(), IrcError> {
    let sasl = Sasl::Plain {
        account: "otter".into(),
        password: Password::new("pw"),
    };
    let mut client = Client::new(ClientConfig::new(Nick::parse("otter")?, Some(sasl)));
    client.start()?;
    // No `sasl` offered: registration fails, but the promise of TLS stands.
    let result = client.handle_bytes(Instant::now(), b"CAP * LS :sts=duration=60\r\n");
    assert!(
        matches!(result, Err(IrcError::SaslNotOffered)),
        "{result:?}"
    );
    assert_eq!(
        policies(&mut client),
        [StsPolicy {
            duration: Some(Duration::from_secs(60)),
            port: None,
            preload: false,
        }]
    );
    Ok(())
}

#[test]
fn cap_new_updates_and_withdraws_and_invalid_values_are_ignored() -> Result<(), IrcError> {
    let mut client = Client::new(ClientConfig::new(Nick::parse("otter")?, None));
    client.start()?;
    client.handle_bytes(
        Instant::now(),
        b"CAP * LS :sts=duration=oops\r\n:s 001 otter :Welcome otter!o@host.test\r\n",
    )?;
    assert_eq!(policies(&mut client), []);
    client.handle_bytes(
        Instant::now(),
        b":s CAP otter NEW :sts=duration=99999999999\r\n:s CAP otter NEW :sts=duration=0\r\n",
    )?;
    let found = policies(&mut client);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].duration, Some(MAX_STS_DURATION));
    assert!(found[1].withdraws());
    Ok(())
}
