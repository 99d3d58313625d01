//! The real window under Xvfb, read through AT-SPI as a screen reader reads it. `make check`
//! runs the tests inside Xvfb and a private D-Bus session.

use std::process::{Child, Command};

use otter_testkit::{Network, workspace_root};

/// The running app and its throwaway profile; dropping it closes the app, then removes the
/// profile.
struct Running {
    app: Child,
    profile: Option<tempfile::TempDir>,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.app.kill();
        let _ = self.app.wait();
        drop(self.profile.take());
    }
}

fn open_window(proxy: &str) -> anyhow::Result<Running> {
    anyhow::ensure!(
        std::env::var_os("DISPLAY").is_some(),
        "no X display: run the GUI tests through `make check` (Xvfb)"
    );
    let profile = tempfile::tempdir()?;
    let child = Command::new(env!("CARGO_BIN_EXE_otter-chat"))
        .args(["--proxy", proxy, "--profile"])
        .arg(profile.path().join("otter-chat"))
        // Cairo keeps memory and start-up low under Xvfb's software rendering.
        .env("GSK_RENDERER", "cairo")
        .spawn()?;
    Ok(Running {
        app: child,
        profile: Some(profile),
    })
}

fn window_shows(text: &str) -> anyhow::Result<bool> {
    let status = Command::new("/usr/bin/python3")
        .arg(workspace_root().join("tests/gui/atspi_wait.py"))
        .args(["otter-chat", "Otter", text, "30"])
        .status()?;
    Ok(status.success())
}

#[test]
fn without_tor_the_window_says_tor_is_not_running() -> anyhow::Result<()> {
    // Port 9 (discard) on loopback: nothing listens there in the test environment.
    let _app = open_window("127.0.0.1:9")?;
    assert!(window_shows("Tor is not running")?);
    Ok(())
}

#[test]
fn a_proxy_that_does_not_isolate_accounts_is_named_as_such() -> anyhow::Result<()> {
    let net = Network::start(&["socks"])?;
    let _app = open_window(&net.socks_addr()?.to_string())?;
    assert!(window_shows("does not separate accounts")?);
    Ok(())
}
