//! IRC's SCRAM-SHA-256 login against an independent implementation: GNU SASL's server
//! (`gsasl --server`), with the `AUTHENTICATE` lines relayed between it and otter-irc's
//! client. No IRC server packaged for Debian 12 offers SCRAM, so the server side of the
//! exchange comes from GNU SASL; the IRC framing (400-byte pieces, `+`) is otter-irc's.
//! The server must accept the right password and refuse a wrong one, and the client must
//! accept the server's signature and register only then.

use std::process::Command;
use std::time::Instant;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use otter_e2e::line_program::{Helper, scram_message};
use otter_irc::{Action, Client, ClientConfig, IrcEvent, Nick, Sasl};
use otter_types::Password;

/// The lines the client sent, and whether it came online and with which mechanism.
struct Sent {
    lines: Vec<String>,
    online: Option<Option<&'static str>>,
}

fn feed(client: &mut Client, bytes: &str) -> anyhow::Result<Sent> {
    client.handle_bytes(Instant::now(), bytes.as_bytes())?;
    let mut sent = Sent {
        lines: Vec::new(),
        online: None,
    };
    while let Some(action) = client.poll_action() {
        match action {
            Action::Send(bytes) => sent
                .lines
                .push(String::from_utf8(bytes)?.trim_end().to_owned()),
            Action::Event(IrcEvent::Online { mechanism, .. }) => sent.online = Some(mechanism),
            _ => {}
        }
    }
    Ok(sent)
}

/// The base64 payload of the `AUTHENTICATE` lines in `lines`, pieces joined, `+` dropped.
fn payload(lines: &[String]) -> anyhow::Result<String> {
    let mut payload = String::new();
    for line in lines {
        let piece = line
            .strip_prefix("AUTHENTICATE ")
            .ok_or_else(|| anyhow::anyhow!("not AUTHENTICATE: {line}"))?;
        anyhow::ensure!(piece.len() <= 400, "a piece over 400 bytes");
        if piece != "+" {
            payload.push_str(piece);
        }
    }
    Ok(payload)
}

/// `payload` as a server sends it: 400-byte `AUTHENTICATE` pieces, `+` after an exact multiple.
fn as_server(payload: &str) -> String {
    let mut lines = String::new();
    for piece in payload.as_bytes().chunks(400) {
        lines.push_str(&format!(
            "AUTHENTICATE {}\r\n",
            String::from_utf8_lossy(piece)
        ));
    }
    if payload.len().is_multiple_of(400) {
        lines.push_str("AUTHENTICATE +\r\n");
    }
    lines
}

/// Runs otter-irc's login with `password` for an account of `account` against GNU SASL's
/// SCRAM-SHA-256 server knowing `server_password`; `Ok(true)` if the server accepted the
/// proof and the client, having checked the server's, registered.
fn irc_scram_against_gsasl(
    account: &str,
    password: &str,
    server_password: &str,
) -> anyhow::Result<bool> {
    let mut client = Client::new(ClientConfig::new(
        Nick::parse("alice")?,
        Some(Sasl::Plain {
            account: account.into(),
            password: Password::new(password),
        }),
    ));
    client.start()?;
    while client.poll_action().is_some() {}
    let sent = feed(
        &mut client,
        "CAP * LS :sasl=PLAIN,SCRAM-SHA-256 server-time\r\nCAP * ACK :sasl server-time\r\n",
    )?;
    anyhow::ensure!(
        sent.lines
            .contains(&"AUTHENTICATE SCRAM-SHA-256".to_owned()),
        "the client chose SCRAM: {:?}",
        sent.lines
    );
    let client_first = payload(&feed(&mut client, "AUTHENTICATE +\r\n")?.lines)?;
    let decoded = String::from_utf8(BASE64.decode(&client_first)?)?;
    anyhow::ensure!(decoded.starts_with("n,,n="), "{decoded}");

    let mut server = Helper::spawn(
        Command::new("gsasl")
            .args(["--server", "--mechanism", "SCRAM-SHA-256", "--password"])
            .arg(server_password),
    )?;
    server.write_line(&client_first)?;
    let server_first = server
        .until(|line| scram_message(line, "r="))?
        .ok_or_else(|| anyhow::anyhow!("no server-first: {:?}", server.seen))?;
    let client_final = payload(&feed(&mut client, &as_server(&server_first))?.lines)?;
    server.write_line(&client_final)?;
    let server_final = server.until(|line| scram_message(line, "v="))?;
    // The client's empty last message (IRC's `+`), then no more input: gsasl ends after its
    // verdict.
    if server_final.is_some() {
        server.write_line("")?;
    }
    server.close_input();
    let status = server.wait()?;
    match server_final {
        Some(server_final) => {
            anyhow::ensure!(
                status.success(),
                "gsasl sent a signature and failed: {status} {:?}",
                server.seen
            );
            // The client checks the server's signature and ends its side with `+`.
            let sent = feed(&mut client, &as_server(&server_final))?;
            anyhow::ensure!(
                sent.lines == ["AUTHENTICATE +"],
                "the client accepted the signature: {:?}",
                sent.lines
            );
            let sent = feed(
                &mut client,
                ":irc.test 900 alice alice!a@host alice :You are now logged in\r\n\
                 :irc.test 903 alice :SASL authentication successful\r\n",
            )?;
            anyhow::ensure!(
                sent.lines.contains(&"CAP END".to_owned()),
                "{:?}",
                sent.lines
            );
            let sent = feed(&mut client, ":irc.test 001 alice :Welcome alice!a@host\r\n")?;
            anyhow::ensure!(
                sent.online == Some(Some("SCRAM-SHA-256")),
                "online with SCRAM"
            );
            Ok(true)
        }
        None => {
            anyhow::ensure!(!status.success(), "gsasl neither accepted nor failed");
            anyhow::ensure!(
                server
                    .seen
                    .iter()
                    .any(|line| line.contains("Error authenticating user")),
                "gsasl refused for another reason: {:?}",
                server.seen
            );
            Ok(false)
        }
    }
}

#[test]
fn an_independent_scram_server_accepts_the_right_password_and_refuses_a_wrong_one()
-> anyhow::Result<()> {
    const PASSWORD: &str = "irc scram test password";
    anyhow::ensure!(
        irc_scram_against_gsasl("alice", PASSWORD, PASSWORD)?,
        "GNU SASL refused Otter's SCRAM-SHA-256 proof for the right password"
    );
    anyhow::ensure!(
        !irc_scram_against_gsasl("alice", "another password", PASSWORD)?,
        "GNU SASL accepted Otter's proof for a wrong password"
    );
    // A name needing RFC 5802's escaping and long enough that the client-first goes in two
    // pieces: the relayed, reassembled exchange still verifies.
    let long = format!("al=i,ce{}", "e".repeat(330));
    anyhow::ensure!(
        irc_scram_against_gsasl(&long, PASSWORD, PASSWORD)?,
        "GNU SASL refused a two-piece client-first"
    );
    Ok(())
}
