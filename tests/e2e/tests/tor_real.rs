//! Otter's connector against the real `tor` from Debian, started without any network (alone
//! in a private network namespace, so it cannot bootstrap or reach anything). The client runs
//! inside that namespace, through the probe binary.

use std::process::Command;

use otter_testkit::Network;
use serde_json::Value;

const PROBE: &str = env!("CARGO_BIN_EXE_otter-connect-probe");

/// Runs the probe inside tor's network namespace and returns its JSON verdict.
fn probe(net: &Network, args: &[&str]) -> anyhow::Result<Value> {
    let proxy = format!("127.0.0.1:{}", net.port("TOR_SOCKS_PORT")?);
    let output = Command::new("nsenter")
        .arg(format!("--net=/proc/{}/ns/net", net.get("TOR_NS_PID")?))
        .arg("--")
        .arg(PROBE)
        .args(["--proxy", &proxy])
        .args(args)
        .output()?;
    let stdout = String::from_utf8(output.stdout)?;
    serde_json::from_str(stdout.trim()).map_err(|e| {
        anyhow::anyhow!(
            "probe said {stdout:?} ({e}); stderr {:?}",
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

#[test]
fn real_tor_takes_our_credentials_and_its_refusals_are_typed_errors() -> anyhow::Result<()> {
    let net = Network::start(&["tor"])?;

    // Offered both methods, tor chooses username/password: our isolation credentials reach it.
    let status = probe(&net, &["--probe-only"])?;
    assert_eq!(status["ok"], true, "{status}");
    assert_eq!(status["isolates"], true, "{status}");

    // A private address literal is refused at once (tor's general failure).
    let private = probe(&net, &["--host", "127.0.0.1", "--port", "5222"])?;
    assert_eq!(private["error"], "Refused", "{private}");
    assert_eq!(private["reply"], "GeneralFailure", "{private}");

    // A malformed onion name: Tor's extended error, worded.
    let onion = probe(&net, &["--host", "zzzz.onion", "--port", "5222"])?;
    assert_eq!(onion["reply"], "OnionBadAddress", "{onion}");
    assert!(
        onion["explanation"]
            .as_str()
            .is_some_and(|e| e.contains("onion address is not valid")),
        "{onion}"
    );

    // An unbootstrapped tor cannot reach a name: after its SocksTimeout it answers TTL expired
    // (or, on another code path, general failure). Never a hang, never a fallback.
    let started = std::time::Instant::now();
    let name = probe(
        &net,
        &[
            "--host",
            "otter.test",
            "--port",
            "5222",
            "--timeout-secs",
            "30",
        ],
    )?;
    assert_eq!(name["ok"], false, "{name}");
    assert!(
        name["reply"] == "TtlExpired" || name["reply"] == "GeneralFailure",
        "{name}"
    );
    assert_eq!(name["kind"], "ServerUnreachable", "{name}");
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
    Ok(())
}
