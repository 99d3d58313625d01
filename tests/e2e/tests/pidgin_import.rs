//! Import of a real Pidgin profile through the core API: accounts, contacts and chats arrive,
//! passwords only when confirmed, and the OTR identity is kept (same fingerprint).

use std::time::Duration;

use otter_core::types::{AccountId, OtrFingerprint};
use otter_core::{Command, CoreConfig, Event};

fn purple() -> std::path::PathBuf {
    otter_testkit::workspace_root().join("crates/otter-store/tests/fixtures/purple")
}

async fn import(
    profile: &std::path::Path,
) -> anyhow::Result<(Vec<(AccountId, String)>, (usize, usize, usize, usize))> {
    let (core, mut events) = otter_core::start(CoreConfig {
        profile: profile.to_owned(),
        proxy: Some(otter_core::SocksProxy::default()),
        extra_trust_anchors: None,
    })?;
    core.send(Command::ImportPidgin {
        directory: purple(),
        include_passwords: false,
    })?;
    let mut added = Vec::new();
    let summary = tokio::time::timeout(Duration::from_secs(20), async {
        while let Some(event) = events.next().await {
            match event {
                Event::AccountAdded {
                    account, address, ..
                } => added.push((account, address)),
                Event::PidginImported {
                    accounts,
                    skipped,
                    contacts,
                    rooms,
                } => return Ok((accounts, skipped, contacts, rooms)),
                Event::CommandFailed { explanation, .. } => anyhow::bail!("{explanation}"),
                _ => {}
            }
        }
        anyhow::bail!("the core stopped")
    })
    .await??;
    core.send(Command::Shutdown)?;
    while events.next().await.is_some() {}
    Ok((added, summary))
}

#[tokio::test]
async fn a_pidgin_profile_comes_over_with_its_otr_identity() -> anyhow::Result<()> {
    let home = tempfile::tempdir()?;
    let profile = home.path().join("otter-chat");
    let (added, summary) = import(&profile).await?;
    assert_eq!(summary, (4, 0, 6, 2));
    let alice = added
        .iter()
        .find(|(_, address)| address == "alice@example.org")
        .map(|(id, _)| *id)
        .ok_or_else(|| anyhow::anyhow!("alice was not imported: {added:?}"))?;

    // The imported key, loaded by libotr as the account's engine will load it, is Pidgin's.
    let otr_dir = profile.join("otr").join(alice.0.to_string());
    let mut engine = otter_libotr::Engine::new(
        otter_libotr::OtrFiles::in_dir(&otr_dir),
        "alice@example.org",
        "prpl-jabber",
    )?;
    let fingerprint = engine
        .own_fingerprint()
        .ok_or_else(|| anyhow::anyhow!("no key after import"))?;
    assert!(fingerprint.ct_eq(&OtrFingerprint::parse(
        "712301c2e5f37ad7d81e6cfea89ee6b63b1336b8"
    )?));
    use std::os::unix::fs::PermissionsExt as _;
    for name in ["otr.private_key", "otr.fingerprints", "otr.instance_tags"] {
        let mode = std::fs::metadata(otr_dir.join(name))?.permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{name}");
    }

    // Passwords were not confirmed: none is in the profile.
    let mut dirs = vec![profile.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                // SQLite's connection thread may still be removing its journal files.
                let bytes = match std::fs::read(&path) {
                    Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
                    read => read?,
                };
                for secret in [&b"alice-secret"[..], b"nickserv-pw"] {
                    assert!(
                        !bytes.windows(secret.len()).any(|w| w == secret),
                        "{}",
                        path.display()
                    );
                }
            }
        }
    }

    // A second import brings nothing twice.
    let (_, again) = import(&profile).await?;
    assert_eq!(again, (0, 4, 0, 0));
    Ok(())
}
