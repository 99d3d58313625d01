//! The profile on disk: private permissions, accounts surviving a restart, passwords only when
//! remembered, damaged and newer databases refused with a way out.

use std::os::unix::fs::PermissionsExt as _;

use otter_store::{NewAccount, PermissionProblem, ProfileDir, Protocol, Store, StoreError};
use otter_types::{CertFingerprint, Password};

fn alice(remember: bool) -> NewAccount {
    NewAccount {
        protocol: Protocol::Xmpp,
        address: "alice@otter.test".into(),
        server_host: String::new(),
        server_port: 0,
        direct_tls: false,
        nickserv_fallback: false,
        onion_plaintext: false,
        remembered_password: remember.then(|| Password::new("pw-alice")),
    }
}

#[tokio::test]
async fn profile_is_created_private_and_every_file_is_0600() -> anyhow::Result<()> {
    let home = tempfile::tempdir()?;
    let path = home.path().join("otter-chat");
    let profile = ProfileDir::open_or_create(&path)?;
    let store = Store::open(&profile).await?;
    store.add_account(&alice(false)).await?;
    assert_eq!(
        std::fs::metadata(&path)?.permissions().mode() & 0o777,
        0o700
    );
    for entry in std::fs::read_dir(&path)? {
        let entry = entry?;
        assert_eq!(
            entry.metadata()?.permissions().mode() & 0o777,
            0o600,
            "{}",
            entry.path().display()
        );
    }
    Ok(())
}

#[test]
fn a_profile_open_to_others_is_refused() -> anyhow::Result<()> {
    let home = tempfile::tempdir()?;
    let path = home.path().join("shared");
    std::fs::create_dir(&path)?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))?;
    match ProfileDir::open_or_create(&path) {
        Err(StoreError::ProfileUnsafe {
            problem: PermissionProblem::OpenToOthers { mode: 0o755 },
            ..
        }) => Ok(()),
        other => anyhow::bail!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn accounts_and_pins_survive_a_restart_and_passwords_only_when_remembered()
-> anyhow::Result<()> {
    let home = tempfile::tempdir()?;
    let profile = ProfileDir::open_or_create(&home.path().join("p"))?;
    let pin = CertFingerprint::parse(&"ab".repeat(32))?;
    {
        let store = Store::open(&profile).await?;
        let id = store.add_account(&alice(false)).await?;
        let irc = store
            .add_account(&NewAccount {
                protocol: Protocol::Irc,
                address: "alice@irc.otter.test".into(),
                ..alice(true)
            })
            .await?;
        store.set_irc_nick(irc, "alice_away").await?;
        store.pin_certificate(id, "otter.test", &pin).await?;
        store.set_strongest_mechanism(id, "SCRAM-SHA-1").await?;
        store.close().await;
    }
    let store = Store::open(&profile).await?;
    let accounts = store.accounts().await?;
    assert_eq!(accounts.len(), 2);
    let xmpp = &accounts[0];
    assert!(
        xmpp.remembered_password.is_none(),
        "not remembered: not stored"
    );
    assert_eq!(xmpp.strongest_mechanism, "SCRAM-SHA-1");
    assert_eq!(
        accounts[1]
            .remembered_password
            .as_ref()
            .map(Password::reveal),
        Some("pw-alice")
    );
    assert_eq!(accounts[1].irc_nick, "alice_away");
    assert_eq!(
        accounts[1].address, "alice@irc.otter.test",
        "the address keeps the nick the account logs in with"
    );
    assert_eq!(xmpp.irc_nick, "");
    let stored_pin = store.pinned_certificate(xmpp.id, "otter.test").await?;
    assert!(stored_pin.is_some_and(|p| p.ct_eq(&pin)));
    assert!(
        store
            .pinned_certificate(xmpp.id, "other.test")
            .await?
            .is_none()
    );
    Ok(())
}

#[tokio::test]
async fn a_damaged_database_is_reported_and_can_be_moved_aside() -> anyhow::Result<()> {
    let home = tempfile::tempdir()?;
    let profile = ProfileDir::open_or_create(&home.path().join("p"))?;
    std::fs::write(
        profile.path().join("otter.db"),
        b"this is not a database, not at all. ".repeat(200),
    )?;
    match Store::open(&profile).await {
        Err(StoreError::Corrupt(_)) => {}
        other => anyhow::bail!("expected Corrupt, got {other:?}"),
    }
    let aside = Store::move_aside(&profile)?;
    assert!(aside.exists(), "the damaged file is kept");
    let store = Store::open(&profile).await?;
    assert!(store.accounts().await?.is_empty());
    Ok(())
}

#[tokio::test]
async fn a_database_from_a_newer_otter_is_not_touched() -> anyhow::Result<()> {
    let home = tempfile::tempdir()?;
    let profile = ProfileDir::open_or_create(&home.path().join("p"))?;
    Store::open(&profile).await?.close().await;
    // Pretend a future version applied migration 9999.
    let url = format!("sqlite:{}", profile.path().join("otter.db").display());
    {
        use sqlx::Connection as _;
        let mut conn = sqlx::SqliteConnection::connect(&url).await?;
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
             VALUES (9999, 'future', 1, x'00', 0)",
        )
        .execute(&mut conn)
        .await?;
        conn.close().await?;
    }
    match Store::open(&profile).await {
        Err(StoreError::NewerSchema { found: 9999 }) => Ok(()),
        other => anyhow::bail!("expected NewerSchema, got {other:?}"),
    }
}

#[tokio::test]
async fn otr_policies_of_accounts_and_contacts_survive_a_restart() -> anyhow::Result<()> {
    use otter_store::StoredOtrPolicy;
    let home = tempfile::tempdir()?;
    let path = home.path().join("otter-chat");
    let profile = ProfileDir::open_or_create(&path)?;
    let store = Store::open(&profile).await?;
    let account = store.add_account(&alice(false)).await?;
    assert_eq!(
        store.account_otr_policies().await?,
        vec![(account, StoredOtrPolicy::Opportunistic)]
    );
    store
        .set_account_otr_policy(account, StoredOtrPolicy::Required)
        .await?;
    store
        .set_contact_otr_policy(account, "bob@otter.test", Some(StoredOtrPolicy::Never))
        .await?;
    store
        .set_contact_otr_policy(account, "carol@otter.test", Some(StoredOtrPolicy::Required))
        .await?;
    store
        .set_contact_otr_policy(account, "carol@otter.test", None)
        .await?;
    store.close().await;

    let store = Store::open(&profile).await?;
    assert_eq!(
        store.account_otr_policies().await?,
        vec![(account, StoredOtrPolicy::Required)]
    );
    assert_eq!(
        store.contact_otr_policies().await?,
        vec![(account, "bob@otter.test".to_owned(), StoredOtrPolicy::Never)]
    );
    Ok(())
}

/// A profile written by the first schema opens in this version with everything kept, and
/// the new column takes the behaviour the old version had.
#[tokio::test]
async fn a_profile_from_the_first_schema_is_migrated_with_its_data() -> anyhow::Result<()> {
    use otter_store::StoredOtrPolicy;
    use sqlx::sqlite::SqliteConnectOptions;
    let home = tempfile::tempdir()?;
    let path = home.path().join("otter-chat");
    let profile = ProfileDir::open_or_create(&path)?;

    // Schema 1 only, as the first release wrote it.
    let first_only = tempfile::tempdir()?;
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0001_initial.sql"),
        first_only.path().join("0001_initial.sql"),
    )?;
    let database = path.join("otter.db");
    std::fs::File::create(&database)?.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    let pool =
        sqlx::SqlitePool::connect_with(SqliteConnectOptions::new().filename(&database)).await?;
    sqlx::migrate::Migrator::new(first_only.path())
        .await?
        .run(&pool)
        .await?;
    sqlx::query(
        "INSERT INTO accounts (protocol, address, strongest_mechanism) \
         VALUES ('xmpp', 'alice@otter.test', 'SCRAM-SHA-1')",
    )
    .execute(&pool)
    .await?;
    sqlx::query(
        "INSERT INTO contacts (account_id, address, alias, otr_policy) \
         VALUES (1, 'bob@otter.test', 'Bob', 'required')",
    )
    .execute(&pool)
    .await?;
    pool.close().await;

    let store = Store::open(&profile).await?;
    let accounts = store.accounts().await?;
    assert_eq!(accounts.len(), 1);
    assert_eq!(accounts[0].address, "alice@otter.test");
    assert_eq!(accounts[0].strongest_mechanism, "SCRAM-SHA-1");
    let account = accounts[0].id;
    assert_eq!(
        store.contacts(account).await?,
        vec![("bob@otter.test".to_owned(), "Bob".to_owned())]
    );
    assert_eq!(
        store.account_otr_policies().await?,
        vec![(account, StoredOtrPolicy::Opportunistic)]
    );
    assert_eq!(
        store.contact_otr_policies().await?,
        vec![(
            account,
            "bob@otter.test".to_owned(),
            StoredOtrPolicy::Required
        )]
    );
    Ok(())
}

#[tokio::test]
async fn saved_rooms_are_replaced_by_name_survive_a_restart_and_can_be_forgotten()
-> anyhow::Result<()> {
    let home = tempfile::tempdir()?;
    let profile = ProfileDir::open_or_create(&home.path().join("p"))?;
    let store = Store::open(&profile).await?;
    let account = store.add_account(&alice(false)).await?;
    store
        .add_room(account, "otter@conference.otter.test", "al", false)
        .await?;
    store
        .add_room(account, "otter@conference.otter.test", "alice", true)
        .await?;
    store
        .add_room(account, "tails@conference.otter.test", "", false)
        .await?;
    store.close().await;

    let store = Store::open(&profile).await?;
    assert_eq!(
        store.rooms(account).await?,
        vec![
            (
                "otter@conference.otter.test".to_owned(),
                "alice".to_owned(),
                true
            ),
            (
                "tails@conference.otter.test".to_owned(),
                String::new(),
                false
            ),
        ]
    );
    store
        .remove_room(account, "otter@conference.otter.test")
        .await?;
    store.remove_room(account, "never@saved.test").await?;
    assert_eq!(store.rooms(account).await?.len(), 1);
    Ok(())
}

#[tokio::test]
async fn an_edited_account_keeps_its_address_and_a_forgotten_password_leaves_no_trace()
-> anyhow::Result<()> {
    use otter_store::{AccountEdit, PasswordChange};

    let home = tempfile::tempdir()?;
    let profile = ProfileDir::open_or_create(&home.path().join("p"))?;
    let store = Store::open(&profile).await?;
    let id = store.add_account(&alice(false)).await?;
    let edit = |password| AccountEdit {
        server_host: "onion.otter.test".into(),
        server_port: 5223,
        direct_tls: true,
        nickserv_fallback: false,
        onion_plaintext: false,
        password,
    };
    store
        .edit_account(
            id,
            &edit(PasswordChange::Remember(Password::new("pw-kept-9d1c"))),
        )
        .await?;
    store.close().await;

    let store = Store::open(&profile).await?;
    let accounts = store.accounts().await?;
    let edited = &accounts[0];
    assert_eq!(edited.address, "alice@otter.test");
    assert_eq!(
        (
            edited.server_host.as_str(),
            edited.server_port,
            edited.direct_tls
        ),
        ("onion.otter.test", 5223, true)
    );
    assert_eq!(
        edited.remembered_password.as_ref().map(Password::reveal),
        Some("pw-kept-9d1c")
    );
    store.edit_account(id, &edit(PasswordChange::Keep)).await?;
    assert!(store.accounts().await?[0].remembered_password.is_some());
    store
        .edit_account(id, &edit(PasswordChange::Forget))
        .await?;
    assert!(store.accounts().await?[0].remembered_password.is_none());
    assert!(
        store
            .edit_account(otter_types::AccountId(999), &edit(PasswordChange::Keep))
            .await
            .is_err()
    );
    store.close().await;

    // Forgotten means gone from the files too, not only from the query.
    for entry in std::fs::read_dir(profile.path())? {
        let path = entry?.path();
        if path.is_file() {
            let bytes = std::fs::read(&path)?;
            assert!(
                !bytes.windows(12).any(|w| w == b"pw-kept-9d1c"),
                "{} still holds the password",
                path.display()
            );
        }
    }
    Ok(())
}

#[tokio::test]
async fn setting_a_damaged_profile_aside_keeps_everything_and_starts_empty() -> anyhow::Result<()> {
    let home = tempfile::tempdir()?;
    let profile = ProfileDir::open_or_create(&home.path().join("p"))?;
    let garbage = b"this is not a database, not at all. ".repeat(200);
    std::fs::write(profile.path().join("otter.db"), &garbage)?;
    std::fs::create_dir_all(profile.path().join("otr/1"))?;
    std::fs::write(profile.path().join("otr/1/otr.private_key"), b"key")?;
    assert!(matches!(
        Store::open(&profile).await,
        Err(StoreError::Corrupt(_))
    ));

    let folder = profile.set_aside()?;
    assert_eq!(std::fs::read(folder.join("otter.db"))?, garbage);
    assert_eq!(std::fs::read(folder.join("otr/1/otr.private_key"))?, b"key");
    assert_eq!(
        std::fs::metadata(&folder)?.permissions().mode() & 0o777,
        0o700
    );
    let store = Store::open(&profile).await?;
    assert!(store.accounts().await?.is_empty());
    assert!(!profile.path().join("otr").exists());
    store.close().await;
    // A second time gets its own folder.
    assert_ne!(profile.set_aside()?, folder);
    Ok(())
}

#[tokio::test]
async fn sts_policies_expire_are_per_host_and_survive_a_restart() -> anyhow::Result<()> {
    let home = tempfile::tempdir()?;
    let profile = ProfileDir::open_or_create(&home.path().join("otter-chat"))?;
    let store = Store::open(&profile).await?;
    store
        .remember_sts_policy("IRC.Example.test", 6697, 1_000)
        .await?;
    assert_eq!(store.sts_port("irc.example.test", 999).await?, Some(6697));
    assert_eq!(
        store.sts_port("irc.example.test", 1_000).await?,
        None,
        "expired"
    );
    assert_eq!(store.sts_port("other.example.test", 999).await?, None);
    // A newer policy replaces the old one.
    store
        .remember_sts_policy("irc.example.test", 7000, 2_000)
        .await?;
    store.close().await;
    let store = Store::open(&profile).await?;
    assert_eq!(store.sts_port("irc.example.test", 1_500).await?, Some(7000));
    store.forget_sts_policy("irc.example.test").await?;
    assert_eq!(store.sts_port("irc.example.test", 1_500).await?, None);
    Ok(())
}

#[test]
fn a_client_certificate_is_private_and_never_overwritten() -> anyhow::Result<()> {
    let home = tempfile::tempdir()?;
    let profile = ProfileDir::open_or_create(&home.path().join("otter-chat"))?;
    let account = otter_types::AccountId(7);
    assert_eq!(profile.client_identity(account)?, None);
    profile.save_client_identity(account, b"first")?;
    let file = profile.path().join("client-certs/7.pem");
    assert_eq!(
        std::fs::metadata(&file)?.permissions().mode() & 0o777,
        0o600
    );
    let folder = profile.path().join("client-certs");
    assert_eq!(
        std::fs::metadata(&folder)?.permissions().mode() & 0o777,
        0o700
    );
    assert!(profile.save_client_identity(account, b"second").is_err());
    assert_eq!(
        profile.client_identity(account)?.as_deref(),
        Some(&b"first"[..])
    );
    profile.remove_client_identity(account)?;
    profile.remove_client_identity(account)?;
    assert_eq!(profile.client_identity(account)?, None);
    Ok(())
}

#[tokio::test]
async fn the_irc_login_and_transport_choices_are_off_by_default_and_kept_across_a_restart()
-> anyhow::Result<()> {
    use otter_store::{AccountEdit, PasswordChange};

    let home = tempfile::tempdir()?;
    let profile = ProfileDir::open_or_create(&home.path().join("p"))?;
    let store = Store::open(&profile).await?;
    let irc = NewAccount {
        protocol: Protocol::Irc,
        address: "bob@irc.otter.test".into(),
        ..alice(false)
    };
    let id = store.add_account(&irc).await?;
    let on = store
        .add_account(&NewAccount {
            address: "carol@irc.otter.test".into(),
            nickserv_fallback: true,
            ..irc.clone()
        })
        .await?;
    store.close().await;

    let store = Store::open(&profile).await?;
    let fallback = |accounts: &[otter_store::AccountRecord], id| {
        accounts
            .iter()
            .find(|account| account.id == id)
            .map(|account| account.nickserv_fallback)
    };
    let accounts = store.accounts().await?;
    assert_eq!(fallback(&accounts, id), Some(false));
    assert_eq!(fallback(&accounts, on), Some(true));
    let edit = AccountEdit {
        server_host: String::new(),
        server_port: 0,
        direct_tls: false,
        nickserv_fallback: true,
        onion_plaintext: true,
        password: PasswordChange::Keep,
    };
    assert!(
        !store.accounts().await?[0].onion_plaintext,
        "off by default"
    );
    store.edit_account(id, &edit).await?;
    store.close().await;
    let store = Store::open(&profile).await?;
    assert_eq!(fallback(&store.accounts().await?, id), Some(true));
    let kept = store.accounts().await?;
    assert!(kept.iter().any(|a| a.id == id && a.onion_plaintext));
    Ok(())
}
