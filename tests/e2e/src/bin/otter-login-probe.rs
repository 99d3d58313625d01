//! Logs an XMPP account in through the core API exactly as the window does, sends one message
//! and waits for the answer; prints one JSON line. The leak audit runs it under strace.
//!
//! `otter-login-probe --proxy ADDR --profile DIR --ca FILE --port N --jid JID --password PW
//!  --to JID`

use std::io::Write as _;
use std::time::Duration;

use anyhow::{Context as _, bail};
use otter_core::types::{LocalId, MessageText, Password};
use otter_core::{AccountSettings, Command, ConnectionStatus, CoreConfig, Event, Protocol};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut options = std::collections::BTreeMap::new();
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .with_context(|| format!("{flag} needs a value"))?;
        options.insert(flag, value);
    }
    let get = |key: &str| {
        options
            .get(key)
            .cloned()
            .with_context(|| format!("{key} is required"))
    };
    let (core, mut events) = otter_core::start(CoreConfig {
        profile: get("--profile")?.into(),
        proxy: Some(get("--proxy")?.parse()?),
        extra_trust_anchors: Some(std::fs::read(get("--ca")?)?),
    })?;
    core.send(Command::AddAccount(AccountSettings {
        protocol: Protocol::Xmpp,
        address: get("--jid")?,
        server_host: String::new(),
        server_port: get("--port")?.parse()?,
        direct_tls: false,
        nickserv_fallback: false,
        onion_plaintext: false,
        remembered_password: None,
    }))?;
    let password = Password::new(get("--password")?);
    let to = get("--to")?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let outcome = runtime.block_on(async {
        let mut conversation = None;
        loop {
            let event = tokio::time::timeout(Duration::from_secs(20), events.next())
                .await?
                .context("the core stopped")?;
            match event {
                Event::AccountAdded { account, .. } => core.send(Command::Connect {
                    account,
                    password: Some(password.clone()),
                })?,
                Event::AccountStatus {
                    account,
                    status: ConnectionStatus::Online,
                } => core.send(Command::OpenConversation {
                    account,
                    peer: to.clone(),
                })?,
                Event::AccountStatus {
                    status: ConnectionStatus::Failed { explanation, .. },
                    ..
                } => bail!("login failed: {explanation}"),
                Event::ConversationOpened {
                    conversation: c, ..
                } if conversation.is_none() => {
                    conversation = Some(c);
                    core.send(Command::SendText {
                        conversation: c,
                        local_id: LocalId(1),
                        text: MessageText::new("leak audit"),
                    })?;
                }
                Event::MessageReceived { .. } => return anyhow::Ok(()),
                _ => {}
            }
        }
    });
    core.send(Command::Shutdown)?;
    let verdict = match outcome {
        Ok(()) => serde_json::json!({"ok": true}),
        Err(error) => serde_json::json!({"ok": false, "error": error.to_string()}),
    };
    writeln!(std::io::stdout().lock(), "{verdict}")?;
    Ok(())
}
