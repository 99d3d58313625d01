//! Prepares a profile for `make demo` through the core API, as a user would in the window:
//! an XMPP account and (when the network has IRC) an IRC account on the demo network, with
//! remembered passwords.
//!
//! `otter-demo-profile --profile DIR --env NETWORK_DIR/env`

use std::time::Duration;

use anyhow::{Context as _, bail};
use otter_core::types::Password;
use otter_core::{AccountSettings, Command, CoreConfig, Event, Protocol};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (mut profile, mut env_file) = (None, None);
    while let Some(flag) = args.next() {
        match flag.as_str() {
            "--profile" => profile = args.next(),
            "--env" => env_file = args.next(),
            other => bail!("unknown option {other}"),
        }
    }
    let profile = profile.context("--profile is required")?;
    let env = otter_testkit::read_env(std::path::Path::new(
        &env_file.context("--env is required")?,
    ))?;
    let get = |key: &str| {
        env.get(key)
            .cloned()
            .with_context(|| format!("{key} missing"))
    };

    let (core, mut events) = otter_core::start(CoreConfig {
        profile: profile.into(),
        proxy: Some(otter_core::SocksProxy::default()),
        extra_trust_anchors: None,
    })?;
    let mut accounts = vec![AccountSettings {
        protocol: Protocol::Xmpp,
        address: "alice@otter.test".into(),
        server_host: String::new(),
        server_port: get("XMPP_STARTTLS_PORT")?.parse()?,
        direct_tls: false,
        nickserv_fallback: false,
        onion_plaintext: false,
        remembered_password: Some(Password::new(get("XMPP_PASSWORD_alice")?)),
    }];
    // A network started without `irc` (the AppArmor test's, inside a small virtual machine)
    // gets the XMPP account only.
    if env.contains_key("IRC_TLS_PORT") {
        accounts.push(AccountSettings {
            protocol: Protocol::Irc,
            address: "alice@irc.otter.test".into(),
            server_host: String::new(),
            server_port: get("IRC_TLS_PORT")?.parse()?,
            direct_tls: true,
            nickserv_fallback: false,
            onion_plaintext: false,
            remembered_password: Some(Password::new(get("IRC_PASSWORD_alice")?)),
        });
    }
    let wanted = accounts.len();
    for account in accounts {
        core.send(Command::AddAccount(account))?;
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let mut added = 0;
        while added < wanted {
            match tokio::time::timeout(Duration::from_secs(10), events.next()).await? {
                Some(Event::AccountAdded { .. }) => added += 1,
                Some(Event::CommandFailed { explanation, .. }) => bail!("{explanation}"),
                Some(_) => {}
                None => bail!("the core stopped"),
            }
        }
        core.send(Command::Shutdown)?;
        while let Some(event) = events.next().await {
            if matches!(event, Event::Stopped) {
                break;
            }
        }
        anyhow::Ok(())
    })
}
