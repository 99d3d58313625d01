//! SCRAM channel binding (RFC 9266 `tls-exporter`) checked against implementations that share
//! no code with Otter's: no XMPP server in Debian 12 verifies `tls-exporter`, so the two halves
//! of what such a server would do are done by two other programs.
//!
//! 1. The exporter value: Otter's TLS connection (rustls, through the real Tor connector and the
//!    test SOCKS proxy) to `openssl s_server`, which prints the value it exported for the same
//!    connection (`-keymatexport`). They must be equal; so must `tls-server-end-point` and the
//!    SHA-256 of the certificate as `openssl x509` computes it.
//! 2. The proof: otter-xmpp's SCRAM-SHA-256-PLUS exchange, given Otter's exporter bytes, against
//!    GNU SASL's server (`gsasl --server`) given OpenSSL's. The server must accept, and must
//!    refuse when its binding differs in one bit.

use std::process::Command;
use std::time::Instant;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use otter_e2e::line_program::{Helper, scram_message};
use otter_net::channel_bindings;
use otter_net::{ChannelBinding, IsolationKey, SocksProxy, TlsPolicy, TorConnector};
use otter_testkit::{Network, free_port};
use otter_types::{Hostname, Password, TorTarget};
use otter_xmpp::{Action, ChannelBindingData, Client, ClientConfig, Jid, TlsMode};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The test server certificate's leaf and the rest of its chain, as separate files:
/// `s_server -cert` reads only a file's first certificate.
fn split_chain(net: &Network) -> anyhow::Result<(std::path::PathBuf, std::path::PathBuf)> {
    let chain = std::fs::read_to_string(net.get("SERVER_CERT")?)?;
    let marker = "-----BEGIN CERTIFICATE-----";
    let second = chain
        .get(marker.len()..)
        .and_then(|rest| rest.find(marker))
        .map(|at| at + marker.len())
        .ok_or_else(|| anyhow::anyhow!("SERVER_CERT is not a chain"))?;
    let (leaf, rest) = chain.split_at(second);
    let leaf_path = net.dir().join("cb-leaf.pem");
    let rest_path = net.dir().join("cb-chain.pem");
    std::fs::write(&leaf_path, leaf)?;
    std::fs::write(&rest_path, rest)?;
    Ok((leaf_path, rest_path))
}

/// What Otter and OpenSSL saw of one TLS connection.
struct Observed {
    otter: Vec<ChannelBinding>,
    /// The exporter value `s_server` printed (lowercase hex).
    openssl_exporter: String,
}

/// Starts `openssl s_server` with the test certificate, limited to `version`, connects to it
/// as Otter does (proxy, by name, the test CA as the only anchor), and returns both sides'
/// view of the channel.
async fn connect_to_openssl(net: &Network, version: &str) -> anyhow::Result<Observed> {
    let (leaf, rest) = split_chain(net)?;
    let port = free_port()?;
    // stdin stays open (piped, never written) so the server neither echoes nor ends.
    let mut server = Helper::spawn(
        Command::new("openssl")
            .args(["s_server", "-accept"])
            .arg(format!("127.0.0.1:{port}"))
            .arg("-cert")
            .arg(&leaf)
            .arg("-cert_chain")
            .arg(&rest)
            .arg("-key")
            .arg(net.get("SERVER_KEY")?)
            .args([version, "-naccept", "1"])
            .args(["-keymatexport", "EXPORTER-Channel-Binding"])
            .args(["-keymatexportlen", "32"]),
    )?;
    server
        .until(|line| (line == "ACCEPT").then_some(()))?
        .ok_or_else(|| anyhow::anyhow!("s_server did not start: {:?}", server.seen))?;

    let connector = TorConnector::new(SocksProxy::new(net.socks_addr()?));
    let name = Hostname::parse("otter.test")?;
    let stream = connector
        .connect(
            &TorTarget::new(name.clone(), port)?,
            &IsolationKey::random()?,
        )
        .await?;
    let tls = TlsPolicy::from_pem_anchors(&net.ca_pem()?)?
        .connect(stream, &name, None)
        .await?;
    let otter = channel_bindings(&tls);
    let openssl_exporter = server
        .until(|line| {
            line.trim()
                .strip_prefix("Keying material: ")
                .map(str::to_ascii_lowercase)
        })?
        .ok_or_else(|| anyhow::anyhow!("s_server printed no keying material: {:?}", server.seen))?;
    drop(tls);
    Ok(Observed {
        otter,
        openssl_exporter,
    })
}

/// SHA-256 of the leaf certificate as `openssl x509` computes it (lowercase hex).
fn openssl_certificate_hash(net: &Network) -> anyhow::Result<String> {
    let (leaf, _) = split_chain(net)?;
    let output = Command::new("openssl")
        .args(["x509", "-noout", "-fingerprint", "-sha256", "-in"])
        .arg(leaf)
        .output()?;
    anyhow::ensure!(output.status.success(), "openssl x509 failed");
    let text = String::from_utf8(output.stdout)?;
    let (_, colons) = text
        .trim()
        .split_once('=')
        .ok_or_else(|| anyhow::anyhow!("unexpected fingerprint line {text}"))?;
    Ok(colons.replace(':', "").to_ascii_lowercase())
}

#[tokio::test]
async fn otters_channel_bindings_are_the_ones_openssl_computes_for_the_same_connection()
-> anyhow::Result<()> {
    let net = Network::start(&["socks"])?;
    let certificate_hash = openssl_certificate_hash(&net)?;

    let observed = connect_to_openssl(&net, "-tls1_3").await?;
    let [
        ChannelBinding::TlsExporter(exporter),
        ChannelBinding::TlsServerEndPoint(end_point),
    ] = observed.otter.as_slice()
    else {
        anyhow::bail!("TLS 1.3 offers both bindings: {:?}", observed.otter);
    };
    assert_eq!(hex(exporter), observed.openssl_exporter);
    assert_eq!(hex(end_point), certificate_hash);

    // Over TLS 1.2 RFC 9266's exporter is unsafe without extended master secret and rustls
    // does not offer it: only the certificate binding remains, and it is the same one.
    let observed = connect_to_openssl(&net, "-tls1_2").await?;
    let [ChannelBinding::TlsServerEndPoint(end_point)] = observed.otter.as_slice() else {
        anyhow::bail!(
            "TLS 1.2 offers the certificate binding only: {:?}",
            observed.otter
        );
    };
    assert_eq!(hex(end_point), certificate_hash);
    Ok(())
}

const SERVER_HEADER: &str = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
    xmlns:stream='http://etherx.jabber.org/streams' id='cb1' from='otter.test' version='1.0'>";
/// A server that offers SCRAM-SHA-256-PLUS and says (XEP-0440) it binds with tls-exporter.
const FEATURES_PLUS: &str = "<stream:features><mechanisms \
    xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>SCRAM-SHA-256-PLUS</mechanism>\
    <mechanism>SCRAM-SHA-256</mechanism></mechanisms><sasl-channel-binding \
    xmlns='urn:xmpp:sasl-cb:0'><channel-binding type='tls-exporter'/></sasl-channel-binding>\
    </stream:features>";

/// What the client sent in reaction to `bytes`.
fn feed(client: &mut Client, bytes: &str) -> anyhow::Result<String> {
    client.handle_bytes(Instant::now(), bytes.as_bytes())?;
    let mut sent = String::new();
    while let Some(action) = client.poll_action() {
        if let Action::Send(bytes) = action {
            sent.push_str(&String::from_utf8(bytes)?);
        }
    }
    Ok(sent)
}

/// The text of the element `<{tag} …>…</{tag}>` in `sent`.
fn payload<'a>(sent: &'a str, tag: &str) -> anyhow::Result<&'a str> {
    let start = sent
        .find(&format!("<{tag} "))
        .ok_or_else(|| anyhow::anyhow!("no <{tag}> in {sent}"))?;
    let rest = sent.get(start..).unwrap_or_default();
    let open_end = rest.find('>').map(|at| at + 1).unwrap_or_default();
    let close = rest.find(&format!("</{tag}>")).unwrap_or_default();
    rest.get(open_end..close)
        .ok_or_else(|| anyhow::anyhow!("malformed <{tag}> in {sent}"))
}

/// Runs otter-xmpp's SCRAM-SHA-256-PLUS login, bound to `client_binding`, against GNU SASL's
/// server bound to `server_binding`; `Ok(true)` if the server accepted the proof (and the client
/// then accepted the server's).
fn scram_plus_against_gsasl(client_binding: &[u8], server_binding: &[u8]) -> anyhow::Result<bool> {
    const PASSWORD: &str = "channel binding test password";
    let config = ClientConfig::new(
        &Jid::parse("alice@otter.test")?,
        Password::new(PASSWORD),
        "c0ffee".into(),
        TlsMode::DirectTls,
        [7; 16],
    )?;
    let mut client = Client::new(config);
    client.start()?;
    while client.poll_action().is_some() {}
    client.handle_tls_established(ChannelBindingData::TlsExporter(client_binding.to_vec()))?;
    while client.poll_action().is_some() {}
    let sent = feed(&mut client, &format!("{SERVER_HEADER}{FEATURES_PLUS}"))?;
    anyhow::ensure!(
        sent.contains("mechanism='SCRAM-SHA-256-PLUS'"),
        "the client chose -PLUS: {sent}"
    );
    let client_first = payload(&sent, "auth")?.to_owned();
    let decoded = String::from_utf8(BASE64.decode(&client_first)?)?;
    anyhow::ensure!(
        decoded.starts_with("p=tls-exporter,,n=alice,r="),
        "{decoded}"
    );

    let mut server = Helper::spawn(
        Command::new("gsasl")
            .args([
                "--server",
                "--mechanism",
                "SCRAM-SHA-256-PLUS",
                "--password",
            ])
            .arg(PASSWORD),
    )?;
    server.write_line(&client_first)?;
    // gsasl asks for the binding once it has read that the client binds with tls-exporter.
    server.write_line(&BASE64.encode(server_binding))?;
    let server_first = server
        .until(|line| scram_message(line, "r="))?
        .ok_or_else(|| anyhow::anyhow!("no server-first: {:?}", server.seen))?;
    let sent = feed(
        &mut client,
        &format!("<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>{server_first}</challenge>"),
    )?;
    let client_final = payload(&sent, "response")?.to_owned();
    server.write_line(&client_final)?;
    // No more input: gsasl ends after its verdict.
    server.close_input();
    let server_final = server.until(|line| scram_message(line, "v="))?;
    let status = server.wait()?;
    match server_final {
        Some(server_final) => {
            // The server proved it knows the password over the same binding; the client checks
            // that proof and carries on with a new stream.
            let sent = feed(
                &mut client,
                &format!(
                    "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>{server_final}</success>"
                ),
            )?;
            anyhow::ensure!(sent.contains("<stream:stream"), "{sent}");
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

#[tokio::test]
async fn an_independent_scram_server_accepts_otters_binding_to_the_exporter_openssl_computed()
-> anyhow::Result<()> {
    let net = Network::start(&["socks"])?;
    let observed = connect_to_openssl(&net, "-tls1_3").await?;
    let Some(ChannelBinding::TlsExporter(otters)) = observed.otter.first() else {
        anyhow::bail!("no tls-exporter over TLS 1.3: {:?}", observed.otter);
    };
    let openssls: Vec<u8> = (0..observed.openssl_exporter.len())
        .step_by(2)
        .filter_map(|at| observed.openssl_exporter.get(at..at + 2))
        .filter_map(|pair| u8::from_str_radix(pair, 16).ok())
        .collect();
    assert_eq!(openssls.len(), 32);

    assert!(
        scram_plus_against_gsasl(otters, &openssls)?,
        "GNU SASL, bound to OpenSSL's exporter, refused Otter's proof"
    );
    // The same exchange where the server's channel differs in one bit, as it would behind a
    // machine in the middle that terminates TLS: refused.
    let mut other = openssls.clone();
    if let Some(first) = other.first_mut() {
        *first ^= 1;
    }
    assert!(
        !scram_plus_against_gsasl(otters, &other)?,
        "GNU SASL accepted a proof bound to another channel"
    );
    Ok(())
}
