//! Conversation history: nothing without the user's choice, private messages only with a
//! second yes, and deleted history gone from the disk.

use otter_store::{History, LoggedEncryption, NewAccount, ProfileDir, Protocol, Store};
use otter_types::MessageText;

fn alice() -> NewAccount {
    NewAccount {
        protocol: Protocol::Xmpp,
        address: "alice@otter.test".into(),
        server_host: String::new(),
        server_port: 0,
        direct_tls: false,
        nickserv_fallback: false,
        onion_plaintext: false,
        remembered_password: None,
    }
}

/// Whether `needle` appears in any file of the profile (database, journals, anything).
fn on_disk(profile: &ProfileDir, needle: &str) -> anyhow::Result<bool> {
    for entry in std::fs::read_dir(profile.path())? {
        let bytes = std::fs::read(entry?.path())?;
        if bytes
            .windows(needle.len())
            .any(|window| window == needle.as_bytes())
        {
            return Ok(true);
        }
    }
    Ok(false)
}

#[tokio::test]
async fn only_chosen_conversations_are_kept_and_deleting_removes_them_from_disk()
-> anyhow::Result<()> {
    let home = tempfile::tempdir()?;
    let profile = ProfileDir::open_or_create(&home.path().join("otter-chat"))?;
    let store = Store::open(&profile).await?;
    let account = store.add_account(&alice()).await?;

    assert!(History::open_existing(&profile).await?.is_none());
    assert!(store.logging_choices().await?.is_empty());

    let bob = store
        .set_logging(account, "bob@otter.test", true, false)
        .await?
        .ok_or_else(|| anyhow::anyhow!("logging on gives a choice"))?;
    assert!(
        bob.permit(true).is_none(),
        "private messages need a second yes"
    );
    let carol = store
        .set_logging(account, "carol@otter.test", true, true)
        .await?
        .ok_or_else(|| anyhow::anyhow!("logging on gives a choice"))?;
    assert!(carol.permit(true).is_some());
    assert!(
        store
            .set_logging(account, "dave@otter.test", false, true)
            .await?
            .is_none()
    );

    let history = History::open_or_create(&profile).await?;
    let permit = bob
        .permit(false)
        .ok_or_else(|| anyhow::anyhow!("plain permit"))?;
    history
        .append(
            permit,
            true,
            LoggedEncryption::None,
            &MessageText::new("sentinel-bob-1 ✓"),
            1_700_000_000,
        )
        .await?;
    let permit = carol
        .permit(true)
        .ok_or_else(|| anyhow::anyhow!("private permit"))?;
    history
        .append(
            permit,
            false,
            LoggedEncryption::Verified,
            &MessageText::new("sentinel-carol-1"),
            1_700_000_001,
        )
        .await?;
    let kept = history.recent(account, "bob@otter.test", 10).await?;
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].text.reveal(), "sentinel-bob-1 ✓");
    assert!(kept[0].outgoing);
    assert_eq!(kept[0].encryption, LoggedEncryption::None);
    assert!(on_disk(&profile, "sentinel-bob-1")?);

    // The choices survive a restart.
    store.close().await;
    let store = Store::open(&profile).await?;
    let choices = store.logging_choices().await?;
    assert_eq!(choices, vec![bob.clone(), carol.clone()]);

    history
        .delete_conversation(account, "bob@otter.test")
        .await?;
    assert!(
        history
            .recent(account, "bob@otter.test", 10)
            .await?
            .is_empty()
    );
    assert!(
        !on_disk(&profile, "sentinel-bob-1")?,
        "deleted text stays on disk"
    );
    assert!(on_disk(&profile, "sentinel-carol-1")?);

    history.delete_all().await?;
    assert!(!on_disk(&profile, "sentinel-carol-1")?);
    assert!(History::open_existing(&profile).await?.is_none());
    Ok(())
}
