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

/// Pins the window's language: English unless `locale` adds variables, whatever the
/// environment running the tests says.
fn language(command: &mut Command, locale: &[(&str, &str)]) {
    command
        // The desktop's settings in memory, at their defaults: a dark style chosen on the
        // machine running the tests would otherwise change what the window looks like.
        .env("GSETTINGS_BACKEND", "memory")
        .env_remove("GTK_THEME")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .envs(locale.iter().copied());
}

fn open_window(proxy: &str) -> anyhow::Result<Running> {
    open_window_in(proxy, &[])
}

/// Opens the window on an existing profile, with the environment's language pinned as
/// `open_window_in` does.
fn open_window_on(
    profile: tempfile::TempDir,
    proxy: &str,
    locale: &[(&str, &str)],
) -> anyhow::Result<Running> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_otter-chat"));
    command
        .args(["--proxy", proxy, "--profile"])
        .arg(profile.path().join("otter-chat"))
        .env("GSK_RENDERER", "cairo");
    language(&mut command, locale);
    Ok(Running {
        app: command.spawn()?,
        profile: Some(profile),
    })
}

fn open_window_in(proxy: &str, locale: &[(&str, &str)]) -> anyhow::Result<Running> {
    anyhow::ensure!(
        std::env::var_os("DISPLAY").is_some(),
        "no X display: run the GUI tests through `make check` (Xvfb)"
    );
    let profile = tempfile::tempdir()?;
    let mut command = Command::new(env!("CARGO_BIN_EXE_otter-chat"));
    command
        .args(["--proxy", proxy, "--profile"])
        .arg(profile.path().join("otter-chat"))
        // Cairo keeps memory and start-up low under Xvfb's software rendering.
        .env("GSK_RENDERER", "cairo");
    language(&mut command, locale);
    let child = command.spawn()?;
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

/// Puts `contact` as `name` in alice's roster through the server, as any client would.
fn add_to_roster(net: &Network, contact: &str, name: &str) -> anyhow::Result<()> {
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
    Ok(())
}

/// Stops a core and waits until it has written everything.
fn shut_down(
    core: &otter_core::CoreHandle,
    events: &mut otter_core::EventStream,
) -> anyhow::Result<()> {
    core.send(otter_core::Command::Shutdown)?;
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    runtime.block_on(async { while events.next().await.is_some() {} });
    Ok(())
}

/// A core on `profile_dir`, through the test proxy, trusting the test CA: how the tests write
/// a profile before the window opens on it, or read one after.
fn core_on(
    net: &Network,
    profile_dir: &std::path::Path,
) -> anyhow::Result<(otter_core::CoreHandle, otter_core::EventStream)> {
    Ok(otter_core::start(otter_core::CoreConfig {
        profile: profile_dir.to_owned(),
        proxy: Some(otter_core::SocksProxy::new(net.socks_addr()?)),
        extra_trust_anchors: Some(net.ca_pem()?),
    })?)
}

/// alice's profile with her XMPP account (password remembered) and `contact` as `name` in her
/// roster, prepared as a user would: the roster through the server, the account through the
/// core API.
fn profile_with_contact(
    net: &Network,
    contact: &str,
    name: &str,
) -> anyhow::Result<(tempfile::TempDir, std::path::PathBuf)> {
    add_to_roster(net, contact, name)?;
    let profile = tempfile::tempdir()?;
    let profile_dir = profile.path().join("otter-chat");
    let (core, mut events) = core_on(net, &profile_dir)?;
    core.send(otter_core::Command::AddAccount(
        otter_core::AccountSettings {
            protocol: otter_core::Protocol::Xmpp,
            address: "alice@otter.test".into(),
            server_host: String::new(),
            server_port: net.port("XMPP_STARTTLS_PORT")?,
            direct_tls: false,
            nickserv_fallback: false,
            onion_plaintext: false,
            remembered_password: Some(otter_core::types::Password::new(
                net.get("XMPP_PASSWORD_alice")?,
            )),
        },
    ))?;
    shut_down(&core, &mut events)?;
    Ok((profile, profile_dir))
}

/// A profile with alice's IRC network (InspIRCd with SASL), its password remembered.
fn profile_with_irc_network(
    net: &Network,
) -> anyhow::Result<(tempfile::TempDir, std::path::PathBuf)> {
    let profile = tempfile::tempdir()?;
    let profile_dir = profile.path().join("otter-chat");
    let (core, mut events) = core_on(net, &profile_dir)?;
    core.send(otter_core::Command::AddAccount(
        otter_core::AccountSettings {
            protocol: otter_core::Protocol::Irc,
            address: "alice@irc.otter.test".into(),
            server_host: String::new(),
            server_port: net.port("IRC_TLS_PORT")?,
            direct_tls: true,
            nickserv_fallback: false,
            onion_plaintext: false,
            remembered_password: Some(otter_core::types::Password::new(
                net.get("IRC_PASSWORD_alice")?,
            )),
        },
    ))?;
    shut_down(&core, &mut events)?;
    Ok((profile, profile_dir))
}

/// Opens the window on `profile_dir` and runs an AT-SPI script against it.
fn drive_window(
    net: &Network,
    profile_dir: &std::path::Path,
    script: &str,
    args: &[&str],
) -> anyhow::Result<bool> {
    drive_window_in(net, profile_dir, None, script, args)
}

/// As `drive_window`, with the window in `lang` (`--lang`) when given. Every screen the
/// script passes through is also checked for clipped labels (see `src/clipping.rs`): any is
/// an error.
fn drive_window_in(
    net: &Network,
    profile_dir: &std::path::Path,
    lang: Option<&str>,
    script: &str,
    args: &[&str],
) -> anyhow::Result<bool> {
    drive_window_with(net, profile_dir, lang, &[], script, args)
}

/// As `drive_window_in`, with `environment` set for the window and the script.
fn drive_window_with(
    net: &Network,
    profile_dir: &std::path::Path,
    lang: Option<&str>,
    environment: &[(&str, &std::ffi::OsStr)],
    script: &str,
    args: &[&str],
) -> anyhow::Result<bool> {
    launch_and_drive(net, profile_dir, true, lang, environment, script, args)
}

/// Opens the window (through the test proxy given for the run, or else the proxy the
/// profile's preferences keep) and runs `script` against it.
fn launch_and_drive(
    net: &Network,
    profile_dir: &std::path::Path,
    proxy_for_the_run: bool,
    lang: Option<&str>,
    environment: &[(&str, &std::ffi::OsStr)],
    script: &str,
    args: &[&str],
) -> anyhow::Result<bool> {
    let reports = tempfile::tempdir()?;
    let report = reports.path().join("stderr");
    let mut command = Command::new(env!("CARGO_BIN_EXE_otter-chat"));
    if proxy_for_the_run {
        command.args(["--proxy", &net.socks_addr()?.to_string()]);
    }
    command
        .arg("--profile")
        .arg(profile_dir)
        .args(["--extra-ca", net.get("CA_CERT")?])
        .env("GSK_RENDERER", "cairo")
        .env("OTTER_REPORT_CLIPPED_LABELS", "1")
        .stderr(std::fs::File::create(&report)?);
    if let Some(lang) = lang {
        command.args(["--lang", lang]);
    }
    language(&mut command, &[]);
    command.envs(environment.iter().copied());
    let mut app = command.spawn()?;
    let driven = Command::new("/usr/bin/python3")
        .arg(workspace_root().join("tests/gui").join(script))
        .args(args)
        .envs(environment.iter().copied())
        .status();
    // Two checks of the last screen (half a second apart) before the window goes.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let _ = app.kill();
    let _ = app.wait();
    let clipped = clipped_labels(&report)?;
    anyhow::ensure!(
        clipped.is_empty(),
        "{script} in {}: clipped: {clipped:#?}",
        lang.unwrap_or("English")
    );
    Ok(driven?.success())
}

/// The thin slice, then the conversation pane: the day above the messages, the delivery
/// state in words, a bounced message's Retry (through the core again, after its address was
/// made to exist) and Discard, and clearing the window.
#[test]
fn connect_chat_with_the_bot_then_retry_discard_and_clear_in_the_pane() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let (_profile, profile_dir) = profile_with_contact(&net, "xmppbot@otter.test", "Echo bot")?;
    // An address that does not exist yet: the server bounces what alice sends to it.
    add_to_roster(&net, "newbie@otter.test", "Newcomer")?;
    let register = workspace_root().join("tests/bots/register_xmpp.py");
    let register = register.to_str().unwrap_or_default();
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "chat_with_bot.py",
            &[
                "Echo bot",
                "hello from the window",
                "echo: hello from the window",
                "30",
                "Newcomer",
                "/usr/bin/python3",
                register,
                "--port",
                net.get("XMPP_STARTTLS_PORT")?,
                "--server-name",
                "otter.test",
                "--ca",
                net.get("CA_CERT")?,
                "--jid",
                "newbie@otter.test",
                "--password",
                "a password for newbie",
            ],
        )?,
        "the thin slice or the conversation pane failed in the window"
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

#[test]
fn the_first_private_conversation_says_when_the_key_is_made() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "otrbot"])?;
    let (_profile, profile_dir) =
        profile_with_contact(&net, net.get("OTR_BOT_JID")?, "Private echo")?;
    // A fresh profile has no key: the status line says when it is made (its "creating"
    // line lasts only as long as the key takes, too briefly here to catch reliably).
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "private_chat.py",
            &["Private echo", "hello", "is ready.", "30"],
        )?,
        "the status line never said the key was ready"
    );
    Ok(())
}

#[test]
fn quitting_the_window_ends_the_private_conversation_and_the_contact_is_told() -> anyhow::Result<()>
{
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "otrbot"])?;
    let (_profile, profile_dir) =
        profile_with_contact(&net, net.get("OTR_BOT_JID")?, "Private echo")?;
    let mut command = Command::new(env!("CARGO_BIN_EXE_otter-chat"));
    command
        .args(["--proxy", &net.socks_addr()?.to_string(), "--profile"])
        .arg(&profile_dir)
        .args(["--extra-ca", net.get("CA_CERT")?])
        .env("GSK_RENDERER", "cairo");
    language(&mut command, &[]);
    let app = command.spawn()?;
    let mut running = Running { app, profile: None };
    let script = |name: &str, args: &[&str]| {
        Command::new("/usr/bin/python3")
            .arg(workspace_root().join("tests/gui").join(name))
            .args(args)
            .status()
    };
    assert!(
        script(
            "private_chat.py",
            &["Private echo", "goodbye soon", "echo: goodbye soon", "30"]
        )?
        .success()
    );
    assert!(script("quit.py", &[])?.success());
    // The application exits by itself, and cleanly, once the core has stopped.
    let mut exited = None;
    for _ in 0..150 {
        exited = running.app.try_wait()?;
        if exited.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let status = exited.ok_or_else(|| anyhow::anyhow!("the application did not quit"))?;
    assert!(status.success(), "{status}");
    // The contact's libotr heard that the private conversation ended (its log may trail).
    let told = || -> anyhow::Result<bool> {
        Ok(std::fs::read_to_string(net.get("OTR_BOT_LOG")?)?
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .any(|e| e["type"] == "finished" && e["peer"] == "alice@otter.test"))
    };
    for _ in 0..100 {
        if told()? {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    anyhow::bail!(
        "the contact was not told: {}",
        std::fs::read_to_string(net.get("OTR_BOT_LOG")?)?
    )
}

#[test]
fn plaintext_in_a_private_conversation_is_shown_with_a_warning() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "otrbot"])?;
    let (_profile, profile_dir) =
        profile_with_contact(&net, net.get("OTR_BOT_JID")?, "Private echo")?;
    // The bot answers "plain: X" with X in plaintext, past its libotr; the window must say,
    // under that message, that it was not private.
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "private_chat.py",
            &[
                "Private echo",
                "plain: this comes back in the clear",
                "sent the message above unencrypted",
                "30"
            ],
        )?,
        "no warning under the plaintext message"
    );
    Ok(())
}

/// The first run and the private path in Persian (right to left), every control found by
/// the words of po/fa/otter.ftl: the welcome; then connect, start the private conversation,
/// get the encrypted echo, open the verification dialog. With OTTER_SCREENSHOT_DIR set it walks it in ar, fa, zh-CN, hi and ru
/// and saves what docs/screenshots/ shows of each.
#[test]
fn the_private_path_works_in_persian_through_its_own_words() -> anyhow::Result<()> {
    let _one = one_window();
    let locales: &[&str] = if std::env::var_os("OTTER_SCREENSHOT_DIR").is_some() {
        &["ar", "fa", "zh-CN", "hi", "ru"]
    } else {
        &["fa"]
    };
    let net = Network::start(&["prosody", "socks", "otrbot"])?;
    for locale in locales {
        let fresh = tempfile::tempdir()?;
        assert!(
            drive_window_in(
                &net,
                &fresh.path().join("otter-chat"),
                Some(locale),
                "welcome_in.py",
                &[locale, "30"],
            )?,
            "no welcome in {locale}"
        );
        let (_profile, profile_dir) =
            profile_with_contact(&net, net.get("OTR_BOT_JID")?, "Private echo")?;
        let message = format!("private in {locale}");
        assert!(
            drive_window_in(
                &net,
                &profile_dir,
                Some(locale),
                "private_chat_in.py",
                &[
                    locale,
                    "Private echo",
                    &message,
                    &format!("echo: {message}"),
                    "30"
                ],
            )?,
            "the private path failed in {locale}"
        );
    }
    Ok(())
}

/// The window follows the desktop's dark style (GNOME's `color-scheme`, which libadwaita's
/// style manager reads; through GSettings' keyfile backend here), also when it changes while
/// the window is open. With
/// OTTER_SCREENSHOT_DIR set it also walks the private path in the dark and saves what
/// docs/screenshots/ shows of it.
#[test]
fn the_window_turns_dark_when_the_desktop_does() -> anyhow::Result<()> {
    let _one = one_window();
    let screenshots = std::env::var_os("OTTER_SCREENSHOT_DIR");
    let services: &[&str] = if screenshots.is_some() {
        &["prosody", "socks", "otrbot", "xmppbot"]
    } else {
        &["prosody", "socks"]
    };
    let net = Network::start(services)?;
    let desktop = tempfile::tempdir()?;
    let settings = desktop.path().join("glib-2.0/settings");
    std::fs::create_dir_all(&settings)?;
    let keyfile = settings.join("keyfile");
    std::fs::write(
        &keyfile,
        "[org/gnome/desktop/interface]\ncolor-scheme='default'\n",
    )?;
    let environment = [
        ("GSETTINGS_BACKEND", std::ffi::OsStr::new("keyfile")),
        ("XDG_CONFIG_HOME", desktop.path().as_os_str()),
    ];
    let fresh = tempfile::tempdir()?;
    assert!(
        drive_window_with(
            &net,
            &fresh.path().join("otter-chat"),
            None,
            &environment,
            "dark_style.py",
            &[keyfile.to_str().unwrap_or_default(), "30"],
        )?,
        "the window did not follow the desktop to dark"
    );
    let Some(screenshots) = screenshots else {
        return Ok(());
    };
    // The private path as `private_chat_in.py` walks it in English, and a room as
    // `join_room.py` does, saved under the names the README shows for the dark style.
    let shots = tempfile::tempdir()?;
    let environment = [
        ("GSETTINGS_BACKEND", std::ffi::OsStr::new("keyfile")),
        ("XDG_CONFIG_HOME", desktop.path().as_os_str()),
        ("OTTER_SCREENSHOT_DIR", shots.path().as_os_str()),
    ];
    let (_profile, profile_dir) =
        profile_with_contact(&net, net.get("OTR_BOT_JID")?, "Private echo")?;
    assert!(
        drive_window_with(
            &net,
            &profile_dir,
            None,
            &environment,
            "private_chat_in.py",
            &[
                "en-US",
                "Private echo",
                "private in the dark",
                "echo: private in the dark",
                "30"
            ],
        )?,
        "the private path failed in the dark"
    );
    let (_room_profile, room_profile_dir) =
        profile_with_contact(&net, "xmppbot@otter.test", "Echo bot")?;
    assert!(
        drive_window_with(
            &net,
            &room_profile_dir,
            None,
            &environment,
            "join_room.py",
            &[
                "otter@conference.otter.test",
                "xmppbot",
                "hello room",
                "30",
                "xmppbot@otter.test"
            ],
        )?,
        "the room failed in the dark"
    );
    let screenshots = std::path::Path::new(&screenshots);
    for (taken, shown) in [
        ("conversation-private-en-US", "conversation-private-dark"),
        ("verify-en-US", "verify-dark"),
        ("room", "room-dark"),
    ] {
        std::fs::copy(
            shots.path().join(format!("{taken}.png")),
            screenshots.join(format!("{shown}.png")),
        )?;
    }
    Ok(())
}

/// What a screen reader reads of the window once it shows `wait_for`, from
/// `tests/gui/atspi_dump.py`: one JSON object per accessible.
fn window_contents(wait_for: &str) -> anyhow::Result<Vec<serde_json::Value>> {
    window_contents_after(wait_for, None)
}

/// Like `window_contents`, after pressing the button whose tooltip contains `press` and
/// waiting for the window it opens: the contents of every window.
fn window_contents_after(
    wait_for: &str,
    press: Option<&str>,
) -> anyhow::Result<Vec<serde_json::Value>> {
    let output = Command::new("/usr/bin/python3")
        .arg(workspace_root().join("tests/gui/atspi_dump.py"))
        .args(["otter-chat", wait_for, "30"])
        .args(press)
        .output()?;
    anyhow::ensure!(
        output.status.success(),
        "the window never showed {wait_for:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Ok(serde_json::from_slice(&output.stdout)?)
}

fn field<'a>(node: &'a serde_json::Value, key: &str) -> &'a str {
    node.get(key)
        .and_then(serde_json::Value::as_str)
        .unwrap_or("")
}

/// Every string the window shows or speaks: label and button texts, the window title,
/// tooltips and placeholders. Unnamed widgets are read by class name (`GtkLabel`): not ours.
fn visible_strings(nodes: &[serde_json::Value]) -> Vec<String> {
    let mut strings = Vec::new();
    for node in nodes {
        if !matches!(
            field(node, "role"),
            "label" | "push button" | "text" | "frame"
        ) {
            continue;
        }
        for key in ["name", "text", "description", "placeholder"] {
            let value = field(node, key);
            // "(None)": GTK's own word on a drop-down's empty page, translated by GTK's
            // catalogue in every real language (not Otter's to translate).
            if !value.is_empty()
                && !value.starts_with("Gtk")
                && value != "(None)"
                && !strings.iter().any(|s| s == value)
            {
                strings.push(value.to_owned());
            }
        }
    }
    strings
}

/// Every en-US message that has no variables, as the window would show it.
fn en_us_texts() -> anyhow::Result<Vec<String>> {
    let source = std::fs::read_to_string(workspace_root().join("po/en-US/otter.ftl"))?;
    let resource = fluent_bundle::FluentResource::try_new(source)
        .map_err(|(_, errors)| anyhow::anyhow!("en-US does not parse: {errors:?}"))?;
    let mut bundle = fluent_bundle::FluentBundle::new(vec!["en-US".parse()?]);
    bundle
        .add_resource(resource)
        .map_err(|errors| anyhow::anyhow!("{errors:?}"))?;
    let source = std::fs::read_to_string(workspace_root().join("po/en-US/otter.ftl"))?;
    let mut texts = Vec::new();
    for id in source
        .lines()
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
    {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        if errors.is_empty() {
            texts.push(text.into_owned());
        }
    }
    anyhow::ensure!(
        texts.len() > 40,
        "expected the en-US messages, got {}",
        texts.len()
    );
    Ok(texts)
}

/// The strings that are not in the pseudo-locale's form (bracketed, accented), or are exactly
/// an en-US message: what a translator could not have translated.
fn untranslated(strings: &[String], en_us: &[String]) -> Vec<String> {
    let bidi = |c: char| matches!(c, '\u{2066}'..='\u{2069}');
    strings
        .iter()
        .filter(|s| {
            let bare = s.trim_matches(bidi);
            en_us.iter().any(|e| e == *s) || !(bare.starts_with('[') && bare.ends_with(']'))
        })
        .cloned()
        .collect()
}

/// `(x of the sidebar's "Accounts" heading, x of the welcome's title)` (the window on a new
/// profile), found by text; and the justification of every label.
fn layout(nodes: &[serde_json::Value], sidebar: &str, title: &str) -> anyhow::Result<(i64, i64)> {
    let x_of = |wanted: &str| {
        nodes
            .iter()
            .find(|n| field(n, "role") == "label" && field(n, "text").contains(wanted))
            .and_then(|n| n.get("extents")?.get(0)?.as_i64())
            .ok_or_else(|| anyhow::anyhow!("no label {wanted:?} with extents"))
    };
    Ok((x_of(sidebar)?, x_of(title)?))
}

fn label_justifications(nodes: &[serde_json::Value]) -> Vec<String> {
    nodes
        .iter()
        .filter(|n| field(n, "role") == "label" && !field(n, "text").is_empty())
        .map(|n| field(n, "justification").to_owned())
        .collect()
}

#[test]
fn the_untranslated_check_catches_english() -> anyhow::Result<()> {
    let en_us = en_us_texts()?;
    let shown = vec!["[Šééñď]".to_owned(), "Send".to_owned(), "[Send]".to_owned()];
    // "[Send]" is bracketed but is not an en-US message either: only English is caught.
    assert_eq!(untranslated(&shown, &en_us), ["Send"]);
    Ok(())
}

/// The lines of the window's `OTTER_REPORT_CLIPPED_LABELS` report (see `src/clipping.rs`).
fn clipped_labels(report: &std::path::Path) -> anyhow::Result<Vec<String>> {
    Ok(std::fs::read_to_string(report)?
        .lines()
        .filter(|line| line.starts_with("clipped label:"))
        .map(str::to_owned)
        .collect())
}

/// Opens the window in `locale` with the clipped-label report on; the report goes to the
/// returned file.
fn open_window_reporting_clipping(
    locale: &[(&str, &str)],
) -> anyhow::Result<(Running, std::path::PathBuf)> {
    let profile = tempfile::tempdir()?;
    let report = profile.path().join("stderr");
    let mut command = Command::new(env!("CARGO_BIN_EXE_otter-chat"));
    command
        .args(["--proxy", "127.0.0.1:9", "--profile"])
        .arg(profile.path().join("otter-chat"))
        .env("GSK_RENDERER", "cairo")
        .env("OTTER_REPORT_CLIPPED_LABELS", "1")
        .stderr(std::fs::File::create(&report)?);
    language(&mut command, locale);
    Ok((
        Running {
            app: command.spawn()?,
            profile: Some(profile),
        },
        report,
    ))
}

#[test]
fn in_the_pseudo_locale_nothing_in_the_window_is_left_in_english() -> anyhow::Result<()> {
    let _one = one_window();
    let (_app, report) = open_window_reporting_clipping(&[("LANGUAGE", "en_XA")])?;
    // The Tor line, "Tor is not running…" in en-XA, is the last text to arrive; then the
    // Pidgin import button (found by the path in its tooltip, a variable Fluent leaves as
    // is) opens a dialog, read too.
    let nodes = window_contents_after("Ţööŕ ííš ñööţ ŕüüññííñĝ", Some("~/.purple"))?;
    let strings = visible_strings(&nodes);
    assert!(strings.len() >= 20, "too few strings read: {strings:#?}");
    assert!(
        strings
            .iter()
            .any(|s| s.contains("ƀŕííñĝ ööṽééŕ ýööüüŕ ááççööüüñţš")),
        "the import dialog was not read: {strings:#?}"
    );
    let left = untranslated(&strings, &en_us_texts()?);
    assert!(left.is_empty(), "not translated: {left:#?}");
    // The control for the right-to-left test below: English-like languages lay out from
    // the left.
    let (sidebar, title) = layout(&nodes, "[ÅÅççööüüñţš]", "ľçööɱéé ţöö")?;
    assert!(
        sidebar < title,
        "sidebar at {sidebar}, conversation at {title}"
    );
    assert!(label_justifications(&nodes).iter().all(|j| j == "left"));
    // The longer pseudo-locale text fits everywhere it was shown: the window checks every
    // half second and reports what two checks in a row find.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let clipped = clipped_labels(&report)?;
    assert!(clipped.is_empty(), "clipped: {clipped:#?}");
    Ok(())
}

#[test]
fn in_arabic_the_window_is_mirrored_and_speaks_arabic() -> anyhow::Result<()> {
    let _one = one_window();
    // Not LANGUAGE=ar: GTK's own Arabic catalogue would mirror the window by itself. This
    // glibc locale does not exist on the test machines, so GTK stays in C (left to right)
    // and only Otter's negotiation reads "ar": the mirroring below is Otter's doing.
    let (_app, report) = open_window_reporting_clipping(&[("LANG", "ar_EG.UTF-8")])?;
    // "Tor is not running…" from po/ar/otter.ftl, the last text to arrive.
    let nodes = window_contents("Tor لا يعمل")?;
    let strings = visible_strings(&nodes);
    assert!(strings.len() >= 10, "too few strings read: {strings:#?}");
    // The window's title is the brand, the same in every language; nothing else is English.
    let en_us = en_us_texts()?;
    let english: Vec<&String> = strings
        .iter()
        .filter(|s| s.as_str() != "Otter" && en_us.contains(s))
        .collect();
    assert!(english.is_empty(), "left in English: {english:#?}");
    let (sidebar, title) = layout(
        &nodes,
        &ftl_text("ar", "sidebar-accounts-heading")?,
        &ftl_text("ar", "welcome-title")?,
    )?;
    assert!(
        sidebar > title,
        "sidebar at {sidebar}, conversation at {title}: not mirrored"
    );
    let justifications = label_justifications(&nodes);
    assert!(
        !justifications.is_empty() && justifications.iter().all(|j| j == "right"),
        "{justifications:?}"
    );
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let clipped = clipped_labels(&report)?;
    assert!(clipped.is_empty(), "clipped: {clipped:#?}");
    Ok(())
}

/// The language chosen in Otter wins over the system's: a profile set to German opens in
/// German under an English system locale.
#[test]
fn the_language_chosen_in_otter_wins_over_the_system() -> anyhow::Result<()> {
    let _one = one_window();
    let profile = tempfile::tempdir()?;
    {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (core, mut events) = otter_core::start(otter_core::CoreConfig {
            profile: profile.path().join("otter-chat"),
            proxy: Some(otter_core::SocksProxy::new("127.0.0.1:9".parse()?)),
            extra_trust_anchors: None,
        })?;
        core.send(otter_core::Command::SetLanguage {
            language: Some("de".into()),
        })?;
        core.send(otter_core::Command::Shutdown)?;
        runtime.block_on(async {
            while let Some(event) = events.next().await {
                if matches!(event, otter_core::Event::Stopped) {
                    break;
                }
            }
        });
    }
    let _app = open_window_on(profile, "127.0.0.1:9", &[("LANG", "C.UTF-8")])?;
    // The accounts heading as po/de/otter.ftl words it.
    let nodes = window_contents(&ftl_text("de", "sidebar-accounts-heading")?)?;
    assert!(!visible_strings(&nodes).is_empty());
    Ok(())
}

/// The language chooser: in an English window, Deutsch is picked in the preferences, by its
/// own name; the window says it applies from the next start; the next start, under the same
/// English system locale, is in German, with Deutsch preselected and no such note.
#[test]
fn a_language_chosen_in_the_preferences_is_the_next_starts_language() -> anyhow::Result<()> {
    let _one = one_window();
    anyhow::ensure!(
        std::env::var_os("DISPLAY").is_some(),
        "no X display: run the GUI tests through `make check` (Xvfb)"
    );
    let profile = tempfile::tempdir()?;
    let report = profile.path().join("stderr");
    let start = || -> anyhow::Result<Child> {
        let mut command = Command::new(env!("CARGO_BIN_EXE_otter-chat"));
        command
            .args(["--proxy", "127.0.0.1:9", "--profile"])
            .arg(profile.path().join("otter-chat"))
            .env("GSK_RENDERER", "cairo")
            .env("OTTER_REPORT_CLIPPED_LABELS", "1")
            .stderr(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&report)?,
            );
        language(&mut command, &[]);
        Ok(command.spawn()?)
    };
    let mut first = start()?;
    let chose = Command::new("/usr/bin/python3")
        .arg(workspace_root().join("tests/gui/choose_language.py"))
        .args([
            "Deutsch",
            &ftl_text("en-US", "prefs-language-next-start")?,
            "30",
        ])
        .status();
    // The script closes the window, which lets the core write the choice down.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while first.try_wait()?.is_none() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = first.kill();
    let _ = first.wait();
    assert!(
        chose?.success(),
        "choosing Deutsch failed in the window; it said: {}",
        std::fs::read_to_string(&report).unwrap_or_default()
    );

    let second = Running {
        app: start()?,
        profile: Some(profile),
    };
    let nodes = window_contents_after(
        &ftl_text("de", "sidebar-accounts-heading")?,
        Some(&ftl_text("de", "prefs-button-tooltip")?),
    )?;
    let labels: Vec<&str> = nodes
        .iter()
        .filter(|n| field(n, "role") == "label")
        .map(|n| field(n, "text"))
        .collect();
    assert!(
        labels.contains(&"\u{2068}Deutsch\u{2069}"),
        "Deutsch is not preselected: {labels:#?}"
    );
    assert!(
        labels.contains(&ftl_text("de", "prefs-language")?.as_str()),
        "{labels:#?}"
    );
    let note = ftl_text("de", "prefs-language-next-start")?;
    assert!(!labels.contains(&note.as_str()), "{labels:#?}");
    // Neither dialog, in English or German, cuts a label.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let clipped = clipped_labels(&report)?;
    assert!(clipped.is_empty(), "clipped: {clipped:#?}");
    drop(second);
    Ok(())
}

/// Opens the window on a fresh profile and runs an AT-SPI script against it.
fn drive_fresh_window(net: &Network, script: &str, args: &[&str]) -> anyhow::Result<bool> {
    let profile = tempfile::tempdir()?;
    drive_window(net, &profile.path().join("otter-chat"), script, args)
}

#[test]
fn first_run_welcomes_and_adds_an_xmpp_account_that_connects() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks"])?;
    assert!(
        drive_fresh_window(
            &net,
            "first_run.py",
            &[
                "alice@otter.test",
                net.get("XMPP_PASSWORD_alice")?,
                net.get("XMPP_STARTTLS_PORT")?,
                "30"
            ],
        )?,
        "the first run failed in the window"
    );
    Ok(())
}

#[test]
fn a_temporary_account_is_added_without_a_password_and_talks_in_a_room() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    assert!(
        drive_fresh_window(
            &net,
            "temporary_account.py",
            &[
                net.get("XMPP_ANON_DOMAIN")?,
                net.get("XMPP_STARTTLS_PORT")?,
                "otter@conference.otter.test",
                "visitor",
                "xmppbot",
                "30"
            ],
        )?,
        "the temporary account failed in the window"
    );
    Ok(())
}

#[test]
fn a_server_without_temporary_accounts_says_so_in_the_window() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks"])?;
    assert!(
        drive_fresh_window(
            &net,
            "temporary_account.py",
            &[
                net.get("XMPP_DOMAIN")?,
                net.get("XMPP_STARTTLS_PORT")?,
                "unused",
                "unused",
                "unused",
                "30",
                "refused"
            ],
        )?,
        "the refusal was not worded in the window"
    );
    Ok(())
}

#[test]
fn the_welcome_creates_an_xmpp_account_with_a_random_name_that_connects() -> anyhow::Result<()> {
    let _one = one_window();
    // In-band registration is open on the test server unless told otherwise.
    let net = Network::start(&["prosody", "socks"])?;
    assert!(
        drive_fresh_window(
            &net,
            "create_account.py",
            &[
                "otter.test",
                "a long new password",
                net.get("XMPP_STARTTLS_PORT")?,
                "30"
            ],
        )?,
        "creating an account failed in the window"
    );
    Ok(())
}

#[test]
fn a_room_says_it_is_not_private_shows_the_bot_and_its_echo_and_is_moderated() -> anyhow::Result<()>
{
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let (_profile, profile_dir) = profile_with_contact(&net, "xmppbot@otter.test", "Echo bot")?;
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "join_room.py",
            &[
                "otter@conference.otter.test",
                "xmppbot",
                "hello room",
                "30",
                "xmppbot@otter.test"
            ],
        )?,
        "the room failed in the window"
    );
    Ok(())
}

/// A room's settings: configured on creation (the bot, invited, reads the saved title and
/// "persistent" from the server's description of the room), read back, destroyed (the bot is
/// told, with the reason); a new room whose form is cancelled is gone. With
/// OTTER_SCREENSHOT_DIR set it takes the settings dialog's screenshot.
#[test]
fn a_room_is_configured_when_created_read_back_and_destroyed_and_a_cancelled_one_is_gone()
-> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let (_profile, profile_dir) = profile_with_contact(&net, "xmppbot@otter.test", "Echo bot")?;
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "room_settings.py",
            &[
                "conference.otter.test",
                "xmppbot",
                "30",
                "xmppbot@otter.test"
            ],
        )?,
        "the room's settings failed in the window"
    );
    let room = "alicecfg@conference.otter.test";
    let log = everything_in(&net)?;
    let info = log
        .iter()
        .find(|e| e["type"] == "room_info" && e["room"] == room)
        .ok_or_else(|| anyhow::anyhow!("the bot never described {room}: {log:#?}"))?;
    assert_eq!(info["name"], "Otter settings test", "{info}");
    assert!(
        info["features"]
            .as_array()
            .is_some_and(|f| f.iter().any(|f| f == "muc_persistent")),
        "{info}"
    );
    assert!(
        log.iter().any(|e| e["type"] == "presence"
            && e["from"]
                .as_str()
                .is_some_and(|from| from.starts_with(&format!("{room}/")))
            && e["destroyed"] == true
            && e["destroy_reason"] == "testing destroy"),
        "the bot was not told the room was destroyed: {log:#?}"
    );
    Ok(())
}

/// A new room's settings dialog in Arabic (right to left): its own words translated, nothing
/// clipped (the form's fields are the server's English, shown as sent); Cancel closes the
/// room. With OTTER_SCREENSHOT_DIR set it saves the dialog's screenshot.
#[test]
fn a_new_room_s_settings_dialog_speaks_arabic() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let (_profile, profile_dir) = profile_with_contact(&net, "xmppbot@otter.test", "Echo bot")?;
    assert!(
        drive_window_in(
            &net,
            &profile_dir,
            Some("ar"),
            "room_settings_in.py",
            &["ar", "alicear@conference.otter.test", "30"],
        )?,
        "the room's settings failed in Arabic"
    );
    Ok(())
}

/// A room message the room refuses (alice is a visitor for a while) is shown not sent, with
/// Discard and Retry; only the retried one reaches the room.
#[test]
fn a_refused_room_message_is_discarded_or_retried() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let (_profile, profile_dir) = profile_with_contact(&net, "xmppbot@otter.test", "Echo bot")?;
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "room_refused.py",
            &["otter@conference.otter.test", "xmppbot", "30"],
        )?,
        "the refused room message failed in the window"
    );
    let relayed: Vec<String> = everything_in(&net)?
        .iter()
        .filter(|e| {
            e["type"] == "groupchat"
                && e["nick"] == "alice"
                && e["body"].as_str().is_some_and(|b| b.ends_with(" try"))
        })
        .filter_map(|e| e["body"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(relayed, ["second try"]);
    Ok(())
}

#[test]
fn an_irc_channel_is_found_by_searching_the_network_s_list_and_joined() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let (_profile, profile_dir) = profile_with_irc_network(&net)?;
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "irc_channels.py",
            &["#otter", "OTT", "ircbot", "30"],
        )?,
        "the channel list failed in the window"
    );
    Ok(())
}

/// IRC commands typed in channels: `/whois` of the bot answered in the channel (its account
/// and its channel with the operator sign), `/who` of the channel (the bot with its sign), a
/// ban set with `/mode +b MASK` in a channel of her own, told as one line, and listed with
/// `/mode +b`; `/raw` refused for a message to the bot, asked once before
/// its first line (cancelled, then agreed), not again after.
#[test]
fn irc_whois_and_the_ban_list_are_shown_in_the_channel() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let (_profile, profile_dir) = profile_with_irc_network(&net)?;
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "irc_commands.py",
            &["#otter", "#alices", "ircbot", "30"],
        )?,
        "/whois, /mode or /raw failed in the window"
    );
    // The refused "/raw" message to the bot never left: the bot never saw it.
    let log = std::fs::read_to_string(net.get("IRC_BOT_LOG")?)?;
    assert!(!log.contains("raw-line-never-sent"), "{log}");
    Ok(())
}

/// The IRC client certificate from the window: the fingerprint shown, the NickServ command
/// copied and pasted whole into a conversation with NickServ, and the next login made with
/// the certificate (Atheme's log: the fingerprint it added is the one shown, then a login by
/// SASL EXTERNAL).
#[test]
fn an_irc_client_certificate_is_shown_copied_registered_and_used() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let (_profile, profile_dir) = profile_with_irc_network(&net)?;
    let shown = tempfile::NamedTempFile::new()?;
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "client_certificate.py",
            &[shown.path().to_str().unwrap_or_default(), "#otter", "30"],
        )?,
        "the client certificate failed in the window"
    );
    let fingerprint = std::fs::read_to_string(shown.path())?;
    let log = std::fs::read_to_string(net.dir().join("irc/logs/atheme-commands.log"))?;
    let added = log
        .lines()
        .position(|line| {
            line.contains("alice/") && line.ends_with(&format!("CERT:ADD: {fingerprint}"))
        })
        .ok_or_else(|| anyhow::anyhow!("Atheme added no {fingerprint}: {log}"))?;
    assert!(
        log.lines()
            .skip(added)
            .any(|line| line.contains("SaslServ alice/") && line.ends_with("LOGIN (EXTERNAL)")),
        "no certificate login after the fingerprint was added: {log}"
    );
    Ok(())
}

/// The proxy chosen in the preferences: a profile whose saved proxy is dead says Tor is not
/// running; the preferences show that address, take the test proxy, and the status line and
/// the connection follow at once; the next start uses it without being told.
#[test]
fn a_proxy_chosen_in_the_preferences_is_used_now_and_at_the_next_start() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks"])?;
    let (_profile, profile_dir) = profile_with_contact(&net, "bob@otter.test", "Bob")?;
    let dead = otter_core::SocksProxy::new(std::net::SocketAddr::from((
        std::net::Ipv4Addr::LOCALHOST,
        otter_testkit::free_port()?,
    )));
    {
        let (core, mut events) = otter_core::start(otter_core::CoreConfig {
            profile: profile_dir.clone(),
            proxy: Some(dead),
            extra_trust_anchors: Some(net.ca_pem()?),
        })?;
        core.send(otter_core::Command::SetProxy { proxy: Some(dead) })?;
        shut_down(&core, &mut events)?;
    }
    let (dead, socks) = (dead.addr().to_string(), net.socks_addr()?.to_string());
    for (step, script_args) in [
        ("choose", [dead.as_str(), socks.as_str(), "30"]),
        ("kept", [socks.as_str(), socks.as_str(), "30"]),
    ] {
        assert!(
            launch_and_drive(
                &net,
                &profile_dir,
                false,
                None,
                &[],
                "proxy.py",
                &[&[step][..], &script_args[..]].concat(),
            )?,
            "the proxy step {step:?} failed in the window"
        );
    }
    Ok(())
}

#[test]
fn an_irc_network_without_sasl_is_added_without_a_password_and_a_channel_joined_by_name()
-> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["ngircd", "socks", "ngircdbot"])?;
    let profile = tempfile::tempdir()?;
    let profile_dir = profile.path().join("otter-chat");
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "irc_no_password.py",
            &[
                net.get("NGIRCD_HOST")?,
                net.get("NGIRCD_TLS_PORT")?,
                "carol",
                "#otter",
                net.get("NGIRCD_BOT_NICK")?,
                "30",
            ],
        )?,
        "adding a network without a password failed in the window"
    );
    // The server saw carol register: with the nick alone, since ngIRCd has no SASL.
    let log = std::fs::read_to_string(net.get("NGIRCD_LOG")?)?;
    assert!(log.contains("User \"carol!"), "{log}");
    // The channel is in her saved rooms: the profile announces it at the next start.
    let (core, mut events) = core_on(&net, &profile_dir)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()?;
    let announced = async {
        while let Some(event) = events.next().await {
            if let otter_core::Event::Bookmarks { bookmarks, .. } = event {
                return bookmarks
                    .into_iter()
                    .map(|b| (b.room, b.password.is_none()))
                    .collect();
            }
        }
        Vec::new()
    };
    let saved: Vec<(String, bool)> = runtime
        .block_on(async {
            tokio::time::timeout(std::time::Duration::from_secs(30), announced).await
        })
        .unwrap_or_default();
    core.send(otter_core::Command::Shutdown)?;
    runtime.block_on(async { while events.next().await.is_some() {} });
    assert_eq!(saved, [("#otter".to_owned(), true)], "saved, without a key");
    Ok(())
}

/// "Identify to NickServ" under Advanced, with its reason why SASL is better, reaches the
/// core: against ngIRCd (no SASL) the network comes online and one IDENTIFY goes to the nick
/// NickServ (a stand-in bot that logs what it is sent).
#[test]
fn the_nickserv_fallback_chosen_in_the_irc_dialog_identifies_on_a_network_without_sasl()
-> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["ngircd", "socks", "ngircdnickserv"])?;
    let profile = tempfile::tempdir()?;
    let profile_dir = profile.path().join("otter-chat");
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "irc_nickserv.py",
            &[
                net.get("NGIRCD_HOST")?,
                net.get("NGIRCD_TLS_PORT")?,
                "erin",
                "erins-password",
                "30",
            ],
        )?,
        "adding a network with the NickServ fallback failed in the window"
    );
    // The IDENTIFY left with the welcome, before "Online" showed; give the bot's log a moment.
    std::thread::sleep(std::time::Duration::from_millis(500));
    let log = std::fs::read_to_string(net.get("NGIRCD_NICKSERV_LOG")?)?;
    let identified: Vec<(String, String)> = log
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|entry| entry["type"] == "privmsg" && entry["from"] == "erin")
        .map(|entry| {
            (
                entry["target"].as_str().unwrap_or_default().to_owned(),
                entry["text"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        identified,
        [(
            "NickServ".to_owned(),
            "IDENTIFY erin erins-password".to_owned()
        )]
    );
    Ok(())
}

/// "Connect without TLS" under Advanced, with its warning: refused in the dialog for a
/// clear-net name, accepted for the onion-like test name, which the test proxy sends to
/// InspIRCd's plaintext port; the network comes online with a SASL login over it.
#[test]
fn an_onion_service_without_tls_is_chosen_in_the_irc_dialog_and_comes_online() -> anyhow::Result<()>
{
    let _one = one_window();
    let net = Network::start(&["irc", "socks"])?;
    let profile = tempfile::tempdir()?;
    let profile_dir = profile.path().join("otter-chat");
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "irc_onion_plaintext.py",
            &[
                net.get("IRC_HOST")?,
                "otterirc.onion",
                net.get("IRC_PLAIN_PORT")?,
                "alice",
                net.get("IRC_PASSWORD_alice")?,
                "30",
            ],
        )?,
        "an onion service without TLS did not come online from the window"
    );
    let log = std::fs::read_to_string(net.dir().join("irc/logs/atheme-commands.log"))?;
    assert!(
        log.lines()
            .any(|line| line.contains("SaslServ alice/") && line.contains("LOGIN")),
        "{log}"
    );
    Ok(())
}

#[test]
fn the_password_prompt_of_an_irc_network_connects_without_one_when_told() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["ngircd", "socks"])?;
    let profile = tempfile::tempdir()?;
    let profile_dir = profile.path().join("otter-chat");
    let (core, mut events) = core_on(&net, &profile_dir)?;
    core.send(otter_core::Command::AddAccount(
        otter_core::AccountSettings {
            protocol: otter_core::Protocol::Irc,
            address: format!("dave@{}", net.get("NGIRCD_HOST")?),
            server_host: String::new(),
            server_port: net.port("NGIRCD_TLS_PORT")?,
            direct_tls: true,
            nickserv_fallback: false,
            onion_plaintext: false,
            remembered_password: None,
        },
    ))?;
    shut_down(&core, &mut events)?;
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "irc_prompt_no_password.py",
            &["online", "30"]
        )?,
        "the password prompt did not connect without a password"
    );
    let log = std::fs::read_to_string(net.get("NGIRCD_LOG")?)?;
    assert!(log.contains("User \"dave!"), "{log}");
    Ok(())
}

#[test]
fn irc_lines_a_server_replays_show_on_the_day_they_were_written() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["socks"])?;
    // `openssl s_server` reads only the first certificate of a file: the leaf, then the rest.
    let chain = std::fs::read_to_string(net.get("SERVER_CERT")?)?;
    let marker = "-----BEGIN CERTIFICATE-----";
    let second = chain
        .get(marker.len()..)
        .and_then(|rest| rest.find(marker))
        .map(|at| at + marker.len())
        .ok_or_else(|| anyhow::anyhow!("SERVER_CERT is not a chain"))?;
    let (leaf, rest) = chain.split_at(second);
    let (leaf_path, rest_path) = (net.dir().join("leaf.pem"), net.dir().join("rest.pem"));
    std::fs::write(&leaf_path, leaf)?;
    std::fs::write(&rest_path, rest)?;
    let port = otter_testkit::free_port()?;

    let profile = tempfile::tempdir()?;
    let profile_dir = profile.path().join("otter-chat");
    let (core, mut events) = core_on(&net, &profile_dir)?;
    core.send(otter_core::Command::AddAccount(
        otter_core::AccountSettings {
            protocol: otter_core::Protocol::Irc,
            address: "alice@irc.otter.test".into(),
            server_host: String::new(),
            server_port: port,
            direct_tls: true,
            nickserv_fallback: false,
            onion_plaintext: false,
            // No password: the scripted server has no SASL.
            remembered_password: Some(otter_core::types::Password::new("")),
        },
    ))?;
    shut_down(&core, &mut events)?;

    let path = |p: &std::path::Path| p.to_string_lossy().into_owned();
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "irc_replayed.py",
            &[
                &port.to_string(),
                &path(&leaf_path),
                &path(&rest_path),
                net.get("SERVER_KEY")?,
                "30",
            ],
        )?,
        "replayed IRC lines were not shown as past ones"
    );
    Ok(())
}

#[test]
fn no_password_is_refused_in_the_window_for_a_nick_that_logged_in_before() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["irc", "socks"])?;
    let profile = tempfile::tempdir()?;
    let profile_dir = profile.path().join("otter-chat");
    // alice logs in once with SASL, her password not remembered.
    let (core, mut events) = core_on(&net, &profile_dir)?;
    core.send(otter_core::Command::AddAccount(
        otter_core::AccountSettings {
            protocol: otter_core::Protocol::Irc,
            address: "alice@irc.otter.test".into(),
            server_host: String::new(),
            server_port: net.port("IRC_TLS_PORT")?,
            direct_tls: true,
            nickserv_fallback: false,
            onion_plaintext: false,
            remembered_password: None,
        },
    ))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()?;
    let password = otter_core::types::Password::new(net.get("IRC_PASSWORD_alice")?);
    let logged_in = async {
        let mut connected = false;
        while let Some(event) = events.next().await {
            match event {
                otter_core::Event::AccountAdded { account, .. } => {
                    let _ = core.send(otter_core::Command::Connect {
                        account,
                        password: Some(password.clone()),
                    });
                }
                otter_core::Event::AccountStatus {
                    status: otter_core::ConnectionStatus::Online,
                    ..
                } => {
                    connected = true;
                    let _ = core.send(otter_core::Command::Shutdown);
                }
                otter_core::Event::AccountStatus {
                    status: otter_core::ConnectionStatus::Failed { .. },
                    ..
                } => {
                    let _ = core.send(otter_core::Command::Shutdown);
                }
                _ => {}
            }
        }
        connected
    };
    let online = runtime
        .block_on(async {
            tokio::time::timeout(std::time::Duration::from_secs(60), logged_in).await
        })
        .unwrap_or(false);
    anyhow::ensure!(online, "alice did not log in once");
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "irc_prompt_no_password.py",
            &["refused", "30"]
        )?,
        "no password was not refused, or not explained"
    );
    Ok(())
}

#[test]
fn an_irc_operator_invites_from_the_room_menu_and_an_invitation_received_is_accepted()
-> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["irc", "socks", "ircbot"])?;
    let (_profile, profile_dir) = profile_with_irc_network(&net)?;
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "irc_invite.py",
            &["#invited", "ircbot", "#elsewhere", "30"],
        )?,
        "IRC invitations failed in the window"
    );
    let log = std::fs::read_to_string(net.get("IRC_BOT_LOG")?)?;
    assert!(
        log.contains(r##""type":"invite","from":"alice","channel":"#invited""##),
        "{log}"
    );
    assert!(
        log.contains(r##""type":"join","from":"alice","channel":"#elsewhere""##),
        "{log}"
    );
    Ok(())
}

#[test]
fn preferences_require_privacy_delete_history_and_shortcuts_work() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let (_profile, profile_dir) = profile_with_contact(&net, "xmppbot@otter.test", "Echo bot")?;
    assert!(
        drive_window(&net, &profile_dir, "preferences.py", &["Echo bot", "30"])?,
        "the preferences failed in the window"
    );
    Ok(())
}

/// The bot's log entries for messages alice sent it, in order.
fn bot_log_from_alice(net: &Network) -> anyhow::Result<Vec<serde_json::Value>> {
    Ok(std::fs::read_to_string(net.get("XMPP_BOT_LOG")?)?
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|entry| {
            entry["type"] == "chat"
                && entry["from"]
                    .as_str()
                    .is_some_and(|from| from.starts_with("alice@otter.test/"))
        })
        .collect())
}

/// Every entry of the bot's log.
fn everything_in(net: &Network) -> anyhow::Result<Vec<serde_json::Value>> {
    Ok(std::fs::read_to_string(net.get("XMPP_BOT_LOG")?)?
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .collect())
}

#[test]
fn the_composer_switcher_typing_notices_and_account_editing_work() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let (_profile, profile_dir) = profile_with_contact(&net, "xmppbot@otter.test", "Echo bot")?;
    let port = net.get("XMPP_STARTTLS_PORT")?.to_owned();
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "composer.py",
            &["Echo bot", &port, "30"]
        )?,
        "the composer failed in the window"
    );
    let log = bot_log_from_alice(&net)?;
    let body = |entry: &serde_json::Value| entry["body"].as_str().unwrap_or_default().to_owned();
    let composing = |entry: &serde_json::Value| {
        entry["payload"].as_array().is_some_and(|payload| {
            payload
                .iter()
                .any(|tag| tag == "{http://jabber.org/protocol/chatstates}composing")
        })
    };
    // Otter's messages carry OTR's whitespace tag (the bot does not answer it).
    assert!(
        log.iter()
            .any(|entry| body(entry).starts_with("first line\nsecond line")),
        "two lines arrive as one message: {log:#?}"
    );
    // "/away gone fishing" in the room: the room passed the status on.
    assert!(
        everything_in(&net)?
            .iter()
            .any(|entry| entry["type"] == "presence"
                && entry["show"] == "away"
                && entry["status"] == "gone fishing"),
        "/away did not reach the room: {:#?}",
        everything_in(&net)?
    );
    // Nothing refused left, in the conversation or in the room.
    let everything = std::fs::read_to_string(net.get("XMPP_BOT_LOG")?)?;
    assert!(
        !everything.contains("frobnicate") && !everything.contains("whois"),
        "a refused command was sent: {everything}"
    );
    let quiet = log
        .iter()
        .position(|entry| body(entry).starts_with("quiet line"))
        .ok_or_else(|| anyhow::anyhow!("no quiet line: {log:#?}"))?;
    let (before, after) = log.split_at(quiet);
    assert!(
        !before.iter().any(composing),
        "typing notices left while off: {log:#?}"
    );
    let loud = after
        .iter()
        .position(|entry| body(entry).starts_with("loud line"))
        .ok_or_else(|| anyhow::anyhow!("no loud line: {log:#?}"))?;
    assert!(
        after.iter().take(loud).any(composing),
        "no typing notice before the loud line once on: {log:#?}"
    );
    Ok(())
}

#[test]
fn a_message_in_another_conversation_is_counted_unread_until_opened() -> anyhow::Result<()> {
    let seen = unread_with_notifications("unread.py")?;
    // By default a notification says who wrote, never what.
    assert!(
        seen.contains("New message from") && seen.contains("Echo bot"),
        "the notification does not say who wrote: {seen}"
    );
    assert!(
        !seen.contains(UNREAD_TEXT),
        "the notification shows the message: {seen}"
    );
    Ok(())
}

#[test]
fn notifications_say_only_new_message_when_the_user_chose_it() -> anyhow::Result<()> {
    let seen = unread_with_notifications("notify_sender.py")?;
    assert!(
        seen.contains("string \"New message\""),
        "no \"New message\" notification: {seen}"
    );
    for secret in [UNREAD_TEXT, "xmppbot", "Echo bot"] {
        assert!(
            !seen.contains(secret),
            "the notification shows {secret:?}: {seen}"
        );
    }
    Ok(())
}

/// What the contact writes while another conversation is shown.
const UNREAD_TEXT: &str = "written while you read Bob";

/// Runs `script` (unread.py or one that ends as it does) while `dbus-monitor` records the
/// notification calls on the session bus, as they leave the window (no notification server
/// runs here; the calls still go out); returns what it recorded.
fn unread_with_notifications(script: &str) -> anyhow::Result<String> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let port = net.get("XMPP_STARTTLS_PORT")?;
    let ca = net.get("CA_CERT")?;
    // bob first, so the roster has two contacts: one shown, one writing.
    let (_bob_profile, _) = profile_with_contact(&net, "bob@otter.test", "Bob")?;
    let (_profile, profile_dir) = profile_with_contact(&net, "xmppbot@otter.test", "Echo bot")?;
    let sender = workspace_root().join("tests/bots/send_message.py");
    let sender = sender.to_string_lossy();
    let monitor = Command::new("/usr/bin/dbus-monitor")
        .args(["--session", "interface='org.freedesktop.Notifications'"])
        .stdout(std::process::Stdio::piped())
        .spawn()?;
    let mut monitor = Monitor(monitor);
    // The monitor is listening once it has printed its own first lines.
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(
        drive_window(
            &net,
            &profile_dir,
            script,
            &[
                "Echo bot",
                "bob@otter.test",
                UNREAD_TEXT,
                "30",
                "--",
                "/usr/bin/python3",
                &sender,
                "--port",
                port,
                "--server-name",
                "otter.test",
                "--ca",
                ca,
                "--jid",
                "xmppbot@otter.test",
                "--password",
                net.get("XMPP_PASSWORD_xmppbot")?,
                "--to",
                "alice@otter.test",
                "--body",
                UNREAD_TEXT,
                // Kept by a server since yesterday noon: shown under "Yesterday", at noon.
                "--written-days-ago",
                "1",
            ],
        )?,
        "{script} failed in the window"
    );
    let _ = monitor.0.kill();
    let mut seen = String::new();
    if let Some(mut out) = monitor.0.stdout.take() {
        std::io::Read::read_to_string(&mut out, &mut seen)?;
    }
    anyhow::ensure!(seen.contains("member=Notify"), "no notification: {seen}");
    Ok(seen)
}

/// A child process killed when dropped (a failed assertion leaves no monitor behind).
struct Monitor(Child);

impl Drop for Monitor {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn a_link_in_a_message_asks_before_it_opens_outside_otter() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let (_profile, profile_dir) = profile_with_contact(&net, "xmppbot@otter.test", "Echo bot")?;
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "link.py",
            &[
                "Echo bot",
                "https://example.org/an-address-long-enough-to-click-into?a=1&b=2",
                "30"
            ],
        )?,
        "the link was not asked about in the window"
    );
    Ok(())
}

#[test]
fn a_room_counts_unread_messages_while_another_conversation_is_shown() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let (_profile, profile_dir) = profile_with_contact(&net, "xmppbot@otter.test", "Echo bot")?;
    let sender = workspace_root().join("tests/bots/send_message.py");
    let sender = sender.to_string_lossy();
    let room = "otter@conference.otter.test";
    let text = "said in the room while you were away";
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "room_unread.py",
            &[
                room,
                "Echo bot",
                text,
                "30",
                "--",
                "/usr/bin/python3",
                &sender,
                "--port",
                net.get("XMPP_STARTTLS_PORT")?,
                "--server-name",
                "otter.test",
                "--ca",
                net.get("CA_CERT")?,
                "--jid",
                "bob@otter.test",
                "--password",
                net.get("XMPP_PASSWORD_bob")?,
                "--room",
                room,
                "--nick",
                "bob",
                "--body",
                text,
            ],
        )?,
        "the room's unread count failed in the window"
    );
    Ok(())
}

/// A message of `po/<locale>/otter.ftl` as the window shows it (single-line messages; the
/// brand term replaced), so tests follow the translations instead of copying them.
fn ftl_text(locale: &str, id: &str) -> anyhow::Result<String> {
    let path = workspace_root().join(format!("po/{locale}/otter.ftl"));
    let text = std::fs::read_to_string(&path)?;
    let value = text
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{id} = ")))
        .ok_or_else(|| anyhow::anyhow!("{id} not in {}", path.display()))?;
    Ok(value.replace("{ -app-name }", "Otter"))
}

/// A damaged profile database gets a way out in the window, not an error on a terminal: set
/// aside (kept, byte for byte), then the first run.
#[test]
fn a_damaged_profile_is_set_aside_on_request_and_otter_starts_afresh() -> anyhow::Result<()> {
    let _one = one_window();
    let profile = tempfile::tempdir()?;
    let profile_dir = profile.path().join("otter-chat");
    std::fs::create_dir(&profile_dir)?;
    std::fs::set_permissions(
        &profile_dir,
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )?;
    let garbage = b"not a database at all, whatever the name says ".repeat(100);
    std::fs::write(profile_dir.join("otter.db"), &garbage)?;

    let mut command = Command::new(env!("CARGO_BIN_EXE_otter-chat"));
    command
        .args(["--proxy", "127.0.0.1:9", "--profile"])
        .arg(&profile_dir)
        .env("GSK_RENDERER", "cairo");
    language(&mut command, &[]);
    let mut app = command.spawn()?;
    let driven = Command::new("/usr/bin/python3")
        .arg(workspace_root().join("tests/gui/damaged_profile.py"))
        .arg("30")
        .status();
    let _ = app.kill();
    let _ = app.wait();
    assert!(driven?.success(), "the way out did not work in the window");
    assert_eq!(
        std::fs::read(profile_dir.join("set-aside-1/otter.db"))?,
        garbage
    );
    Ok(())
}

/// Someone asking to add the user shows in the sidebar until answered, and the answer goes
/// to the server: bob, in his own client, adds alice; she accepts in the window.
#[test]
fn a_contact_request_is_shown_until_the_user_answers_it() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    let (_profile, profile_dir) = profile_with_contact(&net, "xmppbot@otter.test", "Echo bot")?;
    let roster_add = workspace_root().join("tests/bots/roster_add.py");
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "requests.py",
            &[
                roster_add.to_str().unwrap_or_default(),
                net.get("XMPP_STARTTLS_PORT")?,
                net.get("CA_CERT")?,
                net.get("XMPP_PASSWORD_bob")?,
                "30"
            ],
        )?,
        "the contact request was not shown or not answered"
    );
    Ok(())
}

/// alice's roster groups for `contact`, as another client of her account reads them from the
/// server.
fn roster_groups(net: &Network, contact: &str) -> anyhow::Result<Vec<String>> {
    let shown = Command::new("/usr/bin/python3")
        .arg(workspace_root().join("tests/bots/roster_add.py"))
        .args(["--port", net.get("XMPP_STARTTLS_PORT")?])
        .args(["--server-name", "otter.test", "--ca", net.get("CA_CERT")?])
        .args([
            "--jid",
            "alice@otter.test",
            "--password",
            net.get("XMPP_PASSWORD_alice")?,
        ])
        .args(["--contact", contact, "--show"])
        .output()?;
    anyhow::ensure!(shown.status.success(), "roster_add --show failed");
    let text = String::from_utf8(shown.stdout)?;
    Ok(serde_json::from_str(
        text.lines().last().unwrap_or_default(),
    )?)
}

/// "Move to group…" from the conversation menu puts the echo bot in a group: its heading
/// shows with the bot under it, the contact in no group under "Other contacts"; moved on, the
/// empty heading goes; the server has the group. In English and in Arabic (right to left,
/// group names in Arabic script).
#[test]
fn a_contact_moved_to_a_group_shows_under_its_heading() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks", "xmppbot"])?;
    for (locale, group, next) in [
        ("en-US", "Family", "Tails friends"),
        ("ar", "العائلة", "أصدقاء Tails"),
    ] {
        // The roster is set again (no groups) for each run.
        let (_profile, profile_dir) = profile_with_contact(&net, "xmppbot@otter.test", "Echo bot")?;
        add_to_roster(&net, "newbie@otter.test", "Newcomer")?;
        assert!(
            drive_window_in(
                &net,
                &profile_dir,
                (locale != "en-US").then_some(locale),
                "contact_group.py",
                &[locale, "Echo bot", "Newcomer", group, next, "30"],
            )?,
            "moving the contact to a group failed in {locale}"
        );
        assert_eq!(roster_groups(&net, "xmppbot@otter.test")?, [next]);
    }
    Ok(())
}

/// An account whose password is not remembered: Connect asks for it (for this session only),
/// a refused one is asked for again.
#[test]
fn connect_asks_for_a_password_that_is_not_remembered() -> anyhow::Result<()> {
    let _one = one_window();
    let net = Network::start(&["prosody", "socks"])?;
    let profile = tempfile::tempdir()?;
    let profile_dir = profile.path().join("otter-chat");
    {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (core, mut events) = core_on(&net, &profile_dir)?;
        core.send(otter_core::Command::AddAccount(
            otter_core::AccountSettings {
                protocol: otter_core::Protocol::Xmpp,
                address: "alice@otter.test".into(),
                server_host: String::new(),
                server_port: net.port("XMPP_STARTTLS_PORT")?,
                direct_tls: false,
                nickserv_fallback: false,
                onion_plaintext: false,
                remembered_password: None,
            },
        ))?;
        core.send(otter_core::Command::Shutdown)?;
        runtime.block_on(async { while events.next().await.is_some() {} });
    }
    assert!(
        drive_window(
            &net,
            &profile_dir,
            "password_prompt.py",
            &[
                "alice@otter.test",
                "not-her-password",
                net.get("XMPP_PASSWORD_alice")?,
                "30"
            ],
        )?,
        "the password prompt did not work"
    );
    Ok(())
}

/// Another process on the session bus cannot call the app's actions (a test once quit a GTK
/// app that way); a second launch shows the running window and ends, without opening the
/// profile a second time.
#[test]
fn other_programs_cannot_call_the_app_and_a_second_launch_hands_over() -> anyhow::Result<()> {
    let _one = one_window();
    let mut app = open_window("127.0.0.1:9")?;
    assert!(window_shows("Tor is not running")?);
    let call = |interface_method: &str, args: &[&str]| -> anyhow::Result<(bool, String)> {
        let output = Command::new("gdbus")
            .args(["call", "--session", "--dest", "im.otter.Otter"])
            .args([
                "--object-path",
                "/im/otter/Otter",
                "--method",
                interface_method,
            ])
            .args(args)
            .output()?;
        Ok((
            output.status.success(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ))
    };
    for (method, args) in [
        ("org.gtk.Actions.Activate", &["quit", "[]", "{}"][..]),
        (
            "org.freedesktop.Application.ActivateAction",
            &["quit", "[]", "{}"][..],
        ),
        ("org.freedesktop.DBus.Peer.GetMachineId", &[][..]),
    ] {
        let (succeeded, said) = call(method, args)?;
        assert!(!succeeded, "{method} was allowed");
        assert!(said.contains("AccessDenied"), "{method}: {said}");
    }
    // What the desktop needs still works.
    let (shown, said) = call("org.freedesktop.Application.Activate", &["@a{sv} {}"])?;
    assert!(shown, "showing the window was refused: {said}");
    assert!(app.app.try_wait()?.is_none(), "the app is gone");

    let started = std::time::Instant::now();
    let second_profile = tempfile::tempdir()?;
    let mut second = Command::new(env!("CARGO_BIN_EXE_otter-chat"));
    second
        .args(["--proxy", "127.0.0.1:9", "--profile"])
        .arg(second_profile.path().join("otter-chat"));
    language(&mut second, &[]);
    let status = second.status()?;
    assert!(status.success(), "the second launch failed: {status}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "the second launch did not hand over"
    );
    assert!(
        !second_profile.path().join("otter-chat").exists(),
        "the second launch opened its profile"
    );
    assert!(app.app.try_wait()?.is_none(), "the first app is gone");
    Ok(())
}
