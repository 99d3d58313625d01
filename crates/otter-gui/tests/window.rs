//! The real window under Xvfb, read through AT-SPI as a screen reader reads it. `make check`
//! runs the tests inside Xvfb and a private D-Bus session.

use std::process::{Child, Command};

use otter_testkit::{Network, workspace_root};

/// One window at a time: the application is single-instance on the session bus (a second one
/// would hand over to the first and exit), and the AT-SPI scripts look for "otter-chat".
static ONE_WINDOW: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn one_window() -> std::sync::MutexGuard<'static, ()> {
    ONE_WINDOW
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

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
    let _one = one_window();
    // Port 9 (discard) on loopback: nothing listens there in the test environment.
    let _app = open_window("127.0.0.1:9")?;
    assert!(window_shows("Tor is not running")?);
    Ok(())
}

#[test]
fn a_proxy_that_does_not_isolate_accounts_is_named_as_such() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["socks"])?;
    let _app = open_window(&net.socks_addr()?.to_string())?;
    assert!(window_shows("does not separate accounts")?);
    Ok(())
}

/// alice's profile with her XMPP account (password remembered) and `contact` as `name` in her
/// roster, prepared as a user would: the roster through the server, the account through the
/// core API.
fn profile_with_contact(
    net: &Network,
    contact: &str,
    name: &str,
) -> anyhow::Result<(tempfile::TempDir, std::path::PathBuf)> {
    let roster = Command::new("/usr/bin/python3")
        .arg(workspace_root().join("tests/bots/roster_add.py"))
        .args(["--port", net.get("XMPP_STARTTLS_PORT")?])
        .args(["--server-name", "otter.test", "--ca", net.get("CA_CERT")?])
        .args([
            "--jid",
            "alice@otter.test",
            "--password",
            net.get("XMPP_PASSWORD_alice")?,
        ])
        .args(["--contact", contact, "--name", name])
        .output()?;
    anyhow::ensure!(roster.status.success(), "roster_add failed");
    let profile = tempfile::tempdir()?;
    let profile_dir = profile.path().join("otter-chat");
    let (core, mut events) = otter_core::start(otter_core::CoreConfig {
        profile: profile_dir.clone(),
        proxy: otter_core::SocksProxy::new(net.socks_addr()?),
        extra_trust_anchors: Some(net.ca_pem()?),
    })?;
    core.send(otter_core::Command::AddAccount(
        otter_core::AccountSettings {
            protocol: otter_core::Protocol::Xmpp,
            address: "alice@otter.test".into(),
            server_host: String::new(),
            server_port: net.port("XMPP_STARTTLS_PORT")?,
            direct_tls: false,
            remembered_password: Some(otter_core::types::Password::new(
                net.get("XMPP_PASSWORD_alice")?,
            )),
        },
    ))?;
    core.send(otter_core::Command::Shutdown)?;
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    runtime.block_on(async { while events.next().await.is_some() {} });
    Ok((profile, profile_dir))
}

/// Opens the window on `profile_dir` and runs an AT-SPI script against it.
fn drive_window(
    net: &Network,
    profile_dir: &std::path::Path,
    script: &str,
    args: &[&str],
) -> anyhow::Result<bool> {
    let mut app = Command::new(env!("CARGO_BIN_EXE_otter-chat"))
        .args(["--proxy", &net.socks_addr()?.to_string(), "--profile"])
        .arg(profile_dir)
        .args(["--extra-ca", net.get("CA_CERT")?])
        .env("GSK_RENDERER", "cairo")
        .spawn()?;
    let driven = Command::new("/usr/bin/python3")
        .arg(workspace_root().join("tests/gui").join(script))
        .args(args)
        .status();
    let _ = app.kill();
    let _ = app.wait();
    Ok(driven?.success())
}

#[test]
fn connect_open_the_contact_send_and_read_the_reply_in_the_window() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let (_profile, profile_dir) = profile_with_contact(&net, "xmppbot@otter.test", "Echo bot")?;
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "chat_with_bot.py",
            &[
                "Echo bot",
                "hello from the window",
                "echo: hello from the window",
                "30"
            ],
        )?,
        "the thin slice failed in the window"
    );
    Ok(())
}

#[test]
fn a_private_conversation_with_a_libotr_peer_is_shown_as_private() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "otrbot"])?;
    let (_profile, profile_dir) =
        profile_with_contact(&net, net.get("OTR_BOT_JID")?, "Private echo")?;
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "private_chat.py",
            &[
                "Private echo",
                "this one is private",
                "echo: this one is private",
                "30"
            ],
        )?,
        "the private conversation failed in the window"
    );
    Ok(())
}
