//! The leak audit: real connections made exactly as Otter makes them, traced at the system-call
//! level, must touch the network only through the SOCKS proxy; and the audit must catch a
//! program that does not.

use std::net::SocketAddr;
use std::path::Path;
use std::process::Command;

use otter_e2e::XmppServer;
use otter_testkit::{Network, leak_audit};

const PROBE: &str = env!("CARGO_BIN_EXE_otter-connect-probe");
const LOGIN: &str = env!("CARGO_BIN_EXE_otter-login-probe");

/// Runs `program args` under strace and returns (stdout, trace).
fn traced(
    dir: &Path,
    name: &str,
    program: &str,
    args: &[&str],
) -> anyhow::Result<(String, String)> {
    let trace_file = dir.join(format!("{name}.strace"));
    let output = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=network", "-o"])
        .arg(&trace_file)
        .arg(program)
        .args(args)
        .output()?;
    Ok((
        String::from_utf8_lossy(&output.stdout).into_owned(),
        std::fs::read_to_string(trace_file)?,
    ))
}

#[test]
fn xmpp_and_irc_connections_touch_only_the_proxy() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "irc", "socks"])?;
    let proxy: SocketAddr = net.socks_addr()?;
    let proxy_arg = proxy.to_string();
    let ca = net.get("CA_CERT")?.to_owned();
    let xmpp_port = net.get("XMPP_DIRECT_TLS_PORT")?.to_owned();
    let irc_port = net.get("IRC_TLS_PORT")?.to_owned();

    let scenarios: [(&str, Vec<&str>); 2] = [
        (
            "xmpp",
            vec![
                "--proxy",
                &proxy_arg,
                "--host",
                "otter.test",
                "--port",
                &xmpp_port,
                "--tls-name",
                "otter.test",
                "--ca",
                &ca,
                "--send",
                "<?xml version='1.0'?><stream:stream to='otter.test' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>",
                "--expect",
                "</stream:features>",
            ],
        ),
        (
            "irc",
            vec![
                "--proxy",
                &proxy_arg,
                "--host",
                "irc.otter.test",
                "--port",
                &irc_port,
                "--tls-name",
                "irc.otter.test",
                "--ca",
                &ca,
                "--send",
                "NICK leakaudit\r\nUSER otter 0 * :otter\r\n",
                "--expect",
                " 001 leakaudit ",
            ],
        ),
    ];
    for (name, args) in scenarios {
        let (outcome, trace) = traced(net.dir(), name, PROBE, &args)?;
        assert!(outcome.contains(r#""ok":true"#), "{name}: {outcome}");
        assert!(
            trace.contains("connect("),
            "{name}: the trace saw no connect at all"
        );
        let found = leak_audit::violations(&trace, proxy);
        assert!(found.is_empty(), "{name} leaked: {found:#?}");
    }
    Ok(())
}

#[test]
fn a_whole_xmpp_login_and_chat_through_the_core_touches_only_the_proxy() -> anyhow::Result<()> {
    whole_xmpp_login_touches_only_the_proxy(XmppServer::Prosody)
}

/// The same on ejabberd, whose login differs (SCRAM-SHA-256 offered with -PLUS, other
/// stream features): a different path through the core must not open another way out.
#[test]
fn a_whole_xmpp_login_and_chat_on_ejabberd_touches_only_the_proxy() -> anyhow::Result<()> {
    whole_xmpp_login_touches_only_the_proxy(XmppServer::Ejabberd)
}

fn whole_xmpp_login_touches_only_the_proxy(server: XmppServer) -> anyhow::Result<()> {
    let net = server.start(&["xmppbot"])?;
    let proxy = net.socks_addr()?;
    let profile = net.dir().join("audited-profile");
    let args = [
        "--proxy",
        &proxy.to_string(),
        "--profile",
        profile.to_str().unwrap_or_default(),
        "--ca",
        net.get("CA_CERT")?,
        "--port",
        net.get(server.starttls_port_key())?,
        "--jid",
        "alice@otter.test",
        "--password",
        server.password(&net, "alice")?,
        "--to",
        net.get("XMPP_BOT_JID")?,
    ];
    let (outcome, trace) = traced(net.dir(), "login", LOGIN, &args)?;
    assert!(
        outcome.contains(r#""ok":true"#),
        "{}: {outcome}",
        server.service()
    );
    let found = leak_audit::violations(&trace, proxy);
    assert!(
        found.is_empty(),
        "the core leaked on {}: {found:#?}",
        server.service()
    );
    Ok(())
}

#[test]
fn the_audit_catches_a_direct_connection_and_a_dns_query() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks"])?;
    let proxy = net.socks_addr()?;
    let port = net.get("XMPP_STARTTLS_PORT")?;
    // A direct TCP connection to the server, bypassing the proxy (loopback only, harmless).
    let direct = format!(
        "import socket; socket.create_connection(('127.0.0.1', {port}), timeout=5).close()"
    );
    let (_, trace) = traced(net.dir(), "direct", "/usr/bin/python3", &["-c", &direct])?;
    let found = leak_audit::violations(&trace, proxy);
    assert!(
        found
            .iter()
            .any(|v| v.contains(&format!("127.0.0.1:{port}"))),
        "{found:#?}"
    );

    // A local DNS look-up, made inside a network namespace with only loopback so that the
    // query cannot leave the machine; the attempt is what the audit must see.
    let dns = "import socket\ntry:\n socket.getaddrinfo('leak-audit.example', 80)\nexcept OSError:\n pass";
    let (_, trace) = traced(
        net.dir(),
        "dns",
        "unshare",
        &["--net", "--", "/usr/bin/python3", "-c", dns],
    )?;
    let found = leak_audit::violations(&trace, proxy);
    assert!(
        found
            .iter()
            .any(|v| v.starts_with("UDP socket") || v.starts_with("DNS") || v.contains(":53")),
        "{found:#?}\n{trace}"
    );
    Ok(())
}
