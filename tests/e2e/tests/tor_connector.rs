//! The Tor connector and TLS policy against real software: every way a connection can fail
//! becomes a typed error with a sentence for the user, and two accounts never share SOCKS
//! credentials.

use std::time::Duration;

use otter_net::{
    CertProblem, ConnectError, IsolationKey, SocksProxy, SocksReply, Timeouts, TlsError, TlsPolicy,
    TorConnector, TorStream,
};
use otter_testkit::Network;
use otter_types::{CertFingerprint, Hostname, TorTarget};

fn target(name: &str, port: u16) -> anyhow::Result<TorTarget> {
    Ok(TorTarget::new(Hostname::parse(name)?, port)?)
}

fn connector(net: &Network, port_key: &str) -> anyhow::Result<TorConnector> {
    let proxy = SocksProxy::new(std::net::SocketAddr::from((
        std::net::Ipv4Addr::LOCALHOST,
        net.port(port_key)?,
    )));
    Ok(TorConnector::new(proxy))
}

async fn tls_to(
    net: &Network,
    name: &str,
    port_key: &str,
    pin: Option<CertFingerprint>,
) -> anyhow::Result<Result<(), TlsError>> {
    let stream: TorStream = connector(net, "TORLIKE_PORT")?
        .connect(
            &target(name, net.port(port_key)?)?,
            &IsolationKey::random()?,
        )
        .await?;
    let policy = TlsPolicy::from_pem_anchors(&net.ca_pem()?)?;
    Ok(policy
        .connect(stream, &Hostname::parse(name)?, pin)
        .await
        .map(drop))
}

#[tokio::test]
async fn proxy_down_means_tor_is_not_running_and_nothing_else_is_tried() -> anyhow::Result<()> {
    let connector = TorConnector::new(SocksProxy::new(std::net::SocketAddr::from((
        std::net::Ipv4Addr::LOCALHOST,
        otter_testkit::free_port()?,
    ))));
    let error = connector
        .connect(&target("otter.test", 5222)?, &IsolationKey::random()?)
        .await
        .err()
        .ok_or_else(|| anyhow::anyhow!("connected without a proxy"))?;
    assert!(
        matches!(error, ConnectError::TorNotRunning { .. }),
        "{error:?}"
    );
    assert_eq!(error.kind(), otter_types::ErrorKind::TorUnavailable);
    assert!(error.explanation().contains("Tor is not running"));
    assert!(matches!(
        connector.probe().await,
        Err(ConnectError::TorNotRunning { .. })
    ));
    Ok(())
}

#[tokio::test]
async fn unknown_host_refused_port_and_timeout_are_worded() -> anyhow::Result<()> {
    let net = Network::start(&["torlike"])?;
    let proxy = connector(&net, "TORLIKE_PORT")?;
    let key = IsolationKey::random()?;

    let unknown = proxy.connect(&target("nowhere.invalid", 5222)?, &key).await;
    assert!(
        matches!(
            unknown,
            Err(ConnectError::Refused {
                reply: SocksReply::HostUnreachable
            })
        ),
        "{unknown:?}"
    );

    // A port on the test host where nothing listens: the proxy's connect is refused.
    let closed_port = otter_testkit::free_port()?;
    let refused = proxy
        .connect(&target("otter.test", closed_port)?, &key)
        .await;
    assert!(
        matches!(
            refused,
            Err(ConnectError::Refused {
                reply: SocksReply::ConnectionRefused
            })
        ),
        "{refused:?}"
    );

    let impatient = proxy.clone().with_timeouts(Timeouts {
        clearnet: Duration::from_millis(500),
        ..Timeouts::default()
    });
    let silent = impatient
        .connect(&target("blackhole.otter.test", 5222)?, &key)
        .await;
    match silent {
        Err(error @ ConnectError::TimedOut { .. }) => {
            assert_eq!(error.kind(), otter_types::ErrorKind::TimedOut);
        }
        other => anyhow::bail!("expected a timeout, got {other:?}"),
    }
    Ok(())
}

#[tokio::test]
async fn two_accounts_use_different_credentials_and_tor_style_proxies_take_them()
-> anyhow::Result<()> {
    let net = Network::start(&["prosody", "torlike"])?;
    let proxy = connector(&net, "TORLIKE_PORT")?;
    let port = net.port("XMPP_STARTTLS_PORT")?;
    let alice_account = IsolationKey::random()?;
    let bob_account = IsolationKey::random()?;
    let _alice = proxy
        .connect(&target("otter.test", port)?, &alice_account)
        .await?;
    let _bob = proxy
        .connect(&target("otter.test", port)?, &bob_account)
        .await?;
    assert!(proxy.probe().await?.isolates_by_credentials);

    let log = std::fs::read_to_string(net.get("TORLIKE_LOG")?)?;
    let users: Vec<serde_json::Value> = log
        .lines()
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    let connects: Vec<_> = users
        .iter()
        .filter(|r| r["host"] == "otter.test" && r["reply"] == 0)
        .collect();
    assert_eq!(connects.len(), 2, "{log}");
    for request in &connects {
        assert_eq!(request["method"], 2, "credentials were used: {request}");
        assert_eq!(request["atyp"], 3, "the name went to the proxy: {request}");
    }
    assert_ne!(connects[0]["username"], connects[1]["username"], "{log}");
    assert_eq!(
        connects[0]["username"].as_str(),
        std::str::from_utf8(alice_account.username().reveal()).ok()
    );
    Ok(())
}

#[tokio::test]
async fn untrusted_expired_and_misnamed_certificates_are_refused_with_details() -> anyhow::Result<()>
{
    let net = Network::start(&["tlsfixtures", "torlike"])?;

    let self_signed = tls_to(&net, "selfsigned.otter.test", "SELF_SIGNED_TLS_PORT", None).await?;
    let expected_fingerprint = CertFingerprint::parse(net.get("SELF_SIGNED_SHA256")?)?;
    match self_signed {
        Err(TlsError::Untrusted { problem, details }) => {
            assert_eq!(problem, CertProblem::UnknownIssuer);
            assert!(details.fingerprint.ct_eq(&expected_fingerprint));
            assert!(!details.subject.is_empty() && !details.not_after.is_empty());
        }
        other => anyhow::bail!("self-signed certificate: {other:?}"),
    }

    let expired = tls_to(&net, "expired.otter.test", "EXPIRED_TLS_PORT", None).await?;
    assert!(
        matches!(
            &expired,
            Err(TlsError::Untrusted {
                problem: CertProblem::Expired,
                ..
            })
        ),
        "{expired:?}"
    );

    let misnamed = tls_to(&net, "wrongname.otter.test", "WRONGNAME_TLS_PORT", None).await?;
    assert!(
        matches!(&misnamed, Err(TlsError::Untrusted { problem: CertProblem::NameMismatch, details }) if details.dns_names.contains(&"wrong.example".to_owned())),
        "{misnamed:?}"
    );
    Ok(())
}

#[tokio::test]
async fn a_pinned_certificate_is_accepted_and_any_other_refused_loudly() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "tlsfixtures", "torlike"])?;
    let pin = CertFingerprint::parse(net.get("SELF_SIGNED_SHA256")?)?;

    tls_to(
        &net,
        "selfsigned.otter.test",
        "SELF_SIGNED_TLS_PORT",
        Some(pin),
    )
    .await??;

    // The same pin against a different (even CA-valid) certificate: the certificate changed.
    let changed = tls_to(&net, "otter.test", "XMPP_DIRECT_TLS_PORT", Some(pin)).await?;
    match changed {
        Err(error @ TlsError::Untrusted { .. }) => {
            assert!(matches!(
                &error,
                TlsError::Untrusted {
                    problem: CertProblem::PinnedCertificateChanged,
                    ..
                }
            ));
            assert!(error.explanation().contains("certificate changed"));
        }
        other => anyhow::bail!("pinned certificate changed: {other:?}"),
    }
    Ok(())
}

#[tokio::test]
async fn an_address_literal_goes_to_the_proxy_as_given_and_tls_checks_another_name()
-> anyhow::Result<()> {
    let net = Network::start(&["prosody", "torlike"])?;
    let literal = TorTarget::with_host(
        otter_types::Host::parse("127.0.0.1")?,
        net.port("XMPP_DIRECT_TLS_PORT")?,
    )?;
    let stream = connector(&net, "TORLIKE_PORT")?
        .connect(&literal, &IsolationKey::random()?)
        .await?;
    // As with an onion address whose certificate names the clear-net domain.
    let tls = TlsPolicy::from_pem_anchors(&net.ca_pem()?)?
        .connect(stream, &Hostname::parse("otter.test")?, None)
        .await?;

    let bindings = otter_net::channel_bindings(&tls);
    assert!(
        matches!(
            bindings.first(),
            Some(otter_net::ChannelBinding::TlsExporter(_))
        ),
        "TLS 1.3 offers tls-exporter first: {bindings:?}"
    );
    // tls-server-end-point is the SHA-256 of the server's certificate (RFC 5929 §4.1).
    let (_, connection) = tls.get_ref();
    let leaf = connection
        .peer_certificates()
        .and_then(|chain| chain.first())
        .ok_or_else(|| anyhow::anyhow!("no peer certificate"))?;
    let expected = otter_net::fingerprint_of(leaf.as_ref());
    assert!(bindings.iter().any(|b| matches!(
        b,
        otter_net::ChannelBinding::TlsServerEndPoint(hash)
            if CertFingerprint::from_sha256(*hash).ct_eq(&expected)
    )));

    let log = std::fs::read_to_string(net.get("TORLIKE_LOG")?)?;
    assert!(
        log.contains(r#""atyp":1"#) || log.contains(r#""atyp": 1"#),
        "{log}"
    );
    Ok(())
}
