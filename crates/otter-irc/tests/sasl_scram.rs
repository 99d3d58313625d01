//! SCRAM-SHA-256 where the server lists it: a password login uses it instead of PLAIN, the
//! server's messages are reassembled from 400-byte pieces, and a server that cannot prove it
//! knows the password (a wrong signature, or success without one) stops the connection before
//! registration. The full exchange against an independent SCRAM server is in the e2e tests.

use std::time::Instant;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use otter_irc::{Action, Client, ClientConfig, IrcError, IrcEvent, Nick, Sasl};
use otter_types::Password;

fn sent(client: &mut Client) -> Vec<String> {
    let mut sent = Vec::new();
    while let Some(action) = client.poll_action() {
        if let Action::Send(bytes) = action {
            sent.push(String::from_utf8_lossy(&bytes).trim_end().to_owned());
        }
    }
    sent
}

fn feed(client: &mut Client, bytes: &str) -> Result<Vec<String>, IrcError> {
    client.handle_bytes(Instant::now(), bytes.as_bytes())?;
    Ok(sent(client))
}

fn client_for(account: &str, scram_required: bool) -> Result<Client, IrcError> {
    let mut config = ClientConfig::new(
        Nick::parse("bob")?,
        Some(Sasl::Plain {
            account: account.into(),
            password: Password::new("pencil"),
        }),
    );
    if scram_required {
        config = config.with_scram_required();
    }
    let mut client = Client::new(config);
    client.start()?;
    sent(&mut client);
    Ok(client)
}

/// The `AUTHENTICATE <mechanism>` the client answers `offer` with.
fn chosen(offer: &str) -> Result<String, IrcError> {
    let mut client = client_for("bob", false)?;
    let lines = feed(
        &mut client,
        &format!("CAP * LS :{offer} server-time\r\nCAP * ACK :sasl server-time\r\n"),
    )?;
    Ok(lines
        .iter()
        .find_map(|line| line.strip_prefix("AUTHENTICATE "))
        .unwrap_or_default()
        .to_owned())
}

#[test]
fn scram_is_preferred_where_listed_and_plain_kept_elsewhere() -> Result<(), IrcError> {
    assert_eq!(chosen("sasl=PLAIN,SCRAM-SHA-256")?, "SCRAM-SHA-256");
    assert_eq!(
        chosen("sasl=SCRAM-SHA-256,PLAIN,EXTERNAL")?,
        "SCRAM-SHA-256"
    );
    assert_eq!(chosen("sasl=scram-sha-256")?, "SCRAM-SHA-256");
    assert_eq!(chosen("sasl=PLAIN,EXTERNAL")?, "PLAIN");
    assert_eq!(chosen("sasl=PLAIN,SCRAM-SHA-1")?, "PLAIN");
    // A bare `sasl` lists nothing: PLAIN, as before.
    assert_eq!(chosen("sasl")?, "PLAIN");
    Ok(())
}

#[test]
fn an_account_that_used_scram_refuses_plain() -> Result<(), IrcError> {
    let mut client = client_for("bob", true)?;
    let refused = feed(&mut client, "CAP * LS :sasl=PLAIN,EXTERNAL\r\n");
    assert!(
        matches!(
            refused,
            Err(IrcError::MechanismNotOffered {
                mechanism: "SCRAM-SHA-256"
            })
        ),
        "{refused:?}"
    );
    let mut client = client_for("bob", true)?;
    let lines = feed(
        &mut client,
        "CAP * LS :sasl=PLAIN,SCRAM-SHA-256\r\nCAP * ACK :sasl\r\n",
    )?;
    assert!(lines.contains(&"AUTHENTICATE SCRAM-SHA-256".to_owned()));
    Ok(())
}

/// Starts a SCRAM login for `account`; returns the client and its decoded client-first.
fn scram_started(account: &str) -> Result<(Client, String), Box<dyn std::error::Error>> {
    let mut client = client_for(account, false)?;
    feed(
        &mut client,
        "CAP * LS :sasl=PLAIN,SCRAM-SHA-256\r\nCAP * ACK :sasl\r\n",
    )?;
    let lines = feed(&mut client, "AUTHENTICATE +\r\n")?;
    let mut payload = String::new();
    for line in &lines {
        let piece = line
            .strip_prefix("AUTHENTICATE ")
            .ok_or("not AUTHENTICATE")?;
        if piece != "+" {
            payload.push_str(piece);
        }
    }
    let first = String::from_utf8(STANDARD.decode(&payload)?)?;
    Ok((client, first))
}

/// A server-first extending the client's nonce by `extension`.
fn server_first(client_first: &str, extension: &str) -> Result<String, Box<dyn std::error::Error>> {
    let nonce = client_first.split("r=").nth(1).ok_or("no nonce")?;
    Ok(STANDARD.encode(format!(
        "r={nonce}{extension},s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"
    )))
}

#[test]
fn a_wrong_server_signature_stops_before_registering() -> Result<(), Box<dyn std::error::Error>> {
    let (mut client, first) = scram_started("bob")?;
    assert!(first.starts_with("n,,n=bob,r="), "{first}");
    let lines = feed(
        &mut client,
        &format!("AUTHENTICATE {}\r\n", server_first(&first, "server")?),
    )?;
    let [client_final] = lines.as_slice() else {
        return Err(format!("one client-final: {lines:?}").into());
    };
    let client_final = client_final
        .strip_prefix("AUTHENTICATE ")
        .ok_or("not AUTHENTICATE")?;
    let decoded = String::from_utf8(STANDARD.decode(client_final)?)?;
    assert!(
        decoded.starts_with("c=biws,r=") && decoded.contains(",p="),
        "{decoded}"
    );
    let wrong = STANDARD.encode(format!("v={}", STANDARD.encode([0u8; 32])));
    let refused = feed(&mut client, &format!("AUTHENTICATE {wrong}\r\n"));
    assert!(
        matches!(refused, Err(IrcError::ServerNotVerified)),
        "{refused:?}"
    );
    Ok(())
}

#[test]
fn success_without_the_server_signature_is_refused() -> Result<(), Box<dyn std::error::Error>> {
    let (mut client, first) = scram_started("bob")?;
    feed(
        &mut client,
        &format!("AUTHENTICATE {}\r\n", server_first(&first, "server")?),
    )?;
    let refused = feed(
        &mut client,
        ":s 900 bob bob!b@h bob :You are now logged in\r\n:s 903 bob :SASL authentication successful\r\n:s 001 bob :Welcome\r\n",
    );
    assert!(
        matches!(refused, Err(IrcError::ServerNotVerified)),
        "{refused:?}"
    );
    let mut online = false;
    while let Some(action) = client.poll_action() {
        online |= matches!(action, Action::Event(IrcEvent::Online { .. }));
    }
    assert!(!online);
    Ok(())
}

#[test]
fn long_messages_go_in_400_byte_pieces_both_ways() -> Result<(), Box<dyn std::error::Error>> {
    // A 350-byte account name makes the client-first longer than one piece.
    let account = "a".repeat(350);
    let (mut client, first) = scram_started(&account)?;
    assert!(first.starts_with(&format!("n,,n={account},r=")));
    // A server-first of more than 400 base64 bytes arrives in pieces; the client answers only
    // once the last (shorter) piece is in.
    let long = server_first(&first, &"x".repeat(400))?;
    assert!(long.len() > 400 && long.len() < 800);
    let (head, tail) = long.split_at(400);
    assert!(feed(&mut client, &format!("AUTHENTICATE {head}\r\n"))?.is_empty());
    let lines = feed(&mut client, &format!("AUTHENTICATE {tail}\r\n"))?;
    assert!(
        lines
            .iter()
            .all(|line| line.len() <= "AUTHENTICATE ".len() + 400)
    );
    let client_final: String = lines
        .iter()
        .filter_map(|line| line.strip_prefix("AUTHENTICATE "))
        .filter(|piece| *piece != "+")
        .collect();
    let decoded = String::from_utf8(STANDARD.decode(&client_final)?)?;
    assert!(decoded.contains(&"x".repeat(400)), "{decoded}");
    Ok(())
}

#[test]
fn an_oversized_server_message_is_refused() -> Result<(), Box<dyn std::error::Error>> {
    let (mut client, _) = scram_started("bob")?;
    let piece = "A".repeat(400);
    let mut result = Ok(Vec::new());
    for _ in 0..20 {
        result = feed(&mut client, &format!("AUTHENTICATE {piece}\r\n"));
        if result.is_err() {
            break;
        }
    }
    assert!(
        matches!(result, Err(IrcError::SaslProtocol { .. })),
        "{result:?}"
    );
    Ok(())
}
