//! Makes one connection exactly as Otter does (Tor connector, then TLS) and prints the outcome
//! as one JSON line. Integration tests run it where the test process itself cannot be: inside
//! the network namespace of a real tor, or under strace for the leak audit.
//!
//! `otter-connect-probe --proxy ADDR --host NAME --port N [--tls-name NAME] [--ca FILE]
//!  [--pin SHA256] [--send TEXT] [--expect TEXT] [--timeout-secs N]`, or
//! `otter-connect-probe --proxy ADDR --probe-only` (is Tor there, does it isolate?)

use std::io::Write as _;
use std::time::Duration;

use anyhow::{Context as _, bail};
use otter_net::{
    ConnectError, IsolationKey, SocksProxy, Timeouts, TlsError, TlsPolicy, TorConnector,
};
use otter_types::{CertFingerprint, Host, Hostname, TorTarget};
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncReadExt as _, AsyncWrite, AsyncWriteExt as _};

#[derive(Default)]
struct Probe {
    proxy: Option<SocksProxy>,
    host: Option<String>,
    port: u16,
    tls_name: Option<String>,
    ca: Option<String>,
    pin: Option<String>,
    send: Option<String>,
    expect: Option<String>,
    timeout_secs: Option<u64>,
    probe_only: bool,
}

fn parse_args() -> anyhow::Result<Probe> {
    let mut probe = Probe::default();
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        if flag == "--probe-only" {
            probe.probe_only = true;
            continue;
        }
        let value = args
            .next()
            .with_context(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--proxy" => probe.proxy = Some(value.parse()?),
            "--host" => probe.host = Some(value),
            "--port" => probe.port = value.parse()?,
            "--tls-name" => probe.tls_name = Some(value),
            "--ca" => probe.ca = Some(value),
            "--pin" => probe.pin = Some(value),
            "--send" => probe.send = Some(value),
            "--expect" => probe.expect = Some(value),
            "--timeout-secs" => probe.timeout_secs = Some(value.parse()?),
            other => bail!("unknown option {other}"),
        }
    }
    Ok(probe)
}

fn connect_error(error: &ConnectError) -> Value {
    let reply = match error {
        ConnectError::Refused { reply } => json!(format!("{reply:?}")),
        _ => Value::Null,
    };
    json!({
        "ok": false,
        "stage": "tor",
        "error": format!("{error:?}").split([' ', '{', '(']).next().unwrap_or_default(),
        "reply": reply,
        "kind": format!("{:?}", error.kind()),
        "explanation": error.explanation(),
    })
}

fn tls_error(error: &TlsError) -> Value {
    let (problem, details) = match error {
        TlsError::Untrusted { problem, details } => (
            json!(format!("{problem:?}")),
            json!({
                "fingerprint": details.fingerprint.to_string(),
                "subject": details.subject,
                "issuer": details.issuer,
                "not_after": details.not_after,
                "dns_names": details.dns_names,
            }),
        ),
        _ => (Value::Null, Value::Null),
    };
    json!({
        "ok": false,
        "stage": "tls",
        "kind": format!("{:?}", error.kind()),
        "explanation": error.explanation(),
        "problem": problem,
        "certificate": details,
    })
}

async fn exchange<S: AsyncRead + AsyncWrite + Unpin>(
    stream: &mut S,
    probe: &Probe,
) -> anyhow::Result<Value> {
    if let Some(send) = &probe.send {
        stream.write_all(send.as_bytes()).await?;
    }
    let Some(expect) = &probe.expect else {
        return Ok(json!({"ok": true}));
    };
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains(expect.as_str()) {
        let n = stream.read(&mut buf).await?;
        if n == 0 {
            return Ok(json!({"ok": false, "stage": "exchange", "error": "closed"}));
        }
        seen.extend_from_slice(buf.get(..n).unwrap_or_default());
    }
    Ok(json!({"ok": true, "received": expect}))
}

async fn run(probe: Probe) -> anyhow::Result<Value> {
    let mut timeouts = Timeouts::default();
    if let Some(secs) = probe.timeout_secs {
        timeouts.clearnet = Duration::from_secs(secs);
        timeouts.onion = Duration::from_secs(secs);
    }
    let connector =
        TorConnector::new(probe.proxy.context("--proxy is required")?).with_timeouts(timeouts);
    if probe.probe_only {
        return Ok(match connector.probe().await {
            Ok(info) => json!({"ok": true, "isolates": info.isolates_by_credentials}),
            Err(error) => connect_error(&error),
        });
    }
    let host = Host::parse(probe.host.as_deref().context("--host is required")?)?;
    let target = TorTarget::with_host(host, probe.port)?;
    let mut stream = match connector.connect(&target, &IsolationKey::random()?).await {
        Ok(stream) => stream,
        Err(error) => return Ok(connect_error(&error)),
    };
    let Some(tls_name) = &probe.tls_name else {
        return exchange(&mut stream, &probe).await;
    };
    let policy = match &probe.ca {
        Some(ca) => TlsPolicy::from_pem_anchors(&std::fs::read(ca)?)?,
        None => TlsPolicy::system()?,
    };
    let pin = probe
        .pin
        .as_deref()
        .map(CertFingerprint::parse)
        .transpose()?;
    match policy
        .connect(stream, &Hostname::parse(tls_name)?, pin)
        .await
    {
        Ok(mut tls) => exchange(&mut tls, &probe).await,
        Err(error) => Ok(tls_error(&error)),
    }
}

fn main() -> anyhow::Result<()> {
    let probe = parse_args()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let outcome = runtime.block_on(run(probe))?;
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{outcome}")?;
    Ok(())
}
