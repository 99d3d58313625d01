//! One smoke test per test server: each proves the harness starts it, that it is reachable
//! only through the SOCKS proxy by name, and that its TLS certificate verifies against the
//! test CA. They go through Otter's real connector, so they also prove the connector works
//! against a real proxy.

use otter_net::{ConnectError, IsolationKey, SocksProxy, TlsPolicy, TorConnector};
use otter_testkit::Network;
use otter_types::{Hostname, TorTarget};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

fn target(name: &str, port: u16) -> anyhow::Result<TorTarget> {
    Ok(TorTarget::new(Hostname::parse(name)?, port)?)
}

#[tokio::test]
async fn prosody_direct_tls_through_the_proxy_verifies_against_the_test_ca() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks"])?;
    let connector = TorConnector::new(SocksProxy::new(net.socks_addr()?));
    let host = Hostname::parse("otter.test")?;
    let stream = connector
        .connect(
            &target("otter.test", net.port("XMPP_DIRECT_TLS_PORT")?)?,
            &IsolationKey::random()?,
        )
        .await?;
    let mut tls = TlsPolicy::from_pem_anchors(&net.ca_pem()?)?
        .connect(stream, &host, None)
        .await?;
    tls.write_all(
        b"<?xml version='1.0'?><stream:stream to='otter.test' version='1.0' \
          xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>",
    )
    .await?;
    let mut reply = vec![0u8; 4096];
    let mut seen = String::new();
    while !seen.contains("</stream:features>") {
        let n = tls.read(&mut reply).await?;
        anyhow::ensure!(n > 0, "Prosody closed the stream: {seen}");
        seen.push_str(&String::from_utf8_lossy(reply.get(..n).unwrap_or_default()));
    }
    assert!(seen.contains("SCRAM-SHA-1"), "{seen}");

    let requests = net.socks_requests()?;
    assert!(
        requests
            .iter()
            .any(|r| r.host.as_deref() == Some("otter.test") && r.address_type == Some(3)),
        "the proxy saw the name: {requests:?}"
    );
    Ok(())
}

#[tokio::test]
async fn inspircd_offers_sasl_over_tls_through_the_proxy() -> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks"])?;
    let connector = TorConnector::new(SocksProxy::new(net.socks_addr()?));
    let stream = connector
        .connect(
            &target("irc.otter.test", net.port("IRC_TLS_PORT")?)?,
            &IsolationKey::random()?,
        )
        .await?;
    let tls = TlsPolicy::from_pem_anchors(&net.ca_pem()?)?
        .connect(stream, &Hostname::parse("irc.otter.test")?, None)
        .await?;
    let (read, mut write) = tokio::io::split(tls);
    write.write_all(b"CAP LS 302\r\n").await?;
    let mut lines = BufReader::new(read).lines();
    let deadline = tokio::time::Duration::from_secs(10);
    let caps = tokio::time::timeout(deadline, async {
        while let Some(line) = lines.next_line().await? {
            if line.contains(" CAP * LS ") {
                return anyhow::Ok(line);
            }
        }
        anyhow::bail!("the server closed the connection before CAP LS")
    })
    .await??;
    assert!(caps.contains("sasl"), "{caps}");
    Ok(())
}

#[tokio::test]
async fn a_name_unknown_to_the_proxy_is_a_typed_refusal() -> anyhow::Result<()> {
    let net = Network::start(&["socks"])?;
    let connector = TorConnector::new(SocksProxy::new(net.socks_addr()?));
    let result = connector
        .connect(&target("nowhere.invalid", 5222)?, &IsolationKey::random()?)
        .await;
    assert!(
        matches!(result, Err(ConnectError::Refused { .. })),
        "{result:?}"
    );
    Ok(())
}

#[tokio::test]
async fn the_bots_come_up_and_log_as_json_lines() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "irc", "xmppbot", "ircbot"])?;
    for key in ["XMPP_BOT_LOG", "IRC_BOT_LOG"] {
        let log = std::fs::read_to_string(net.get(key)?)?;
        assert!(
            log.contains(r#""type": "ready""#) || log.contains(r#""type":"ready""#),
            "{key}: {log}"
        );
    }
    Ok(())
}
