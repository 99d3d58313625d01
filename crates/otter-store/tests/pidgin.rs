//! Import from a real Pidgin profile (written by Pidgin 2.14.12 and libotr 4.1.1).

use std::path::PathBuf;

use otter_store::{Protocol, read_pidgin_otr, read_pidgin_profile};
use otter_types::Password;

fn purple() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/purple")
}

#[test]
fn accounts_keep_their_servers_and_lose_the_resource() -> anyhow::Result<()> {
    let profile = read_pidgin_profile(&purple())?;
    let accounts: Vec<_> = profile
        .accounts
        .iter()
        .map(|a| (a.protocol, a.address.as_str(), a.server_port))
        .collect();
    assert_eq!(
        accounts,
        vec![
            (Protocol::Xmpp, "alice@example.org", 5222),
            (Protocol::Xmpp, "bob@chat.example.net", 0),
            (Protocol::Irc, "quietfox@irc.oftc.net", 6697),
            (Protocol::Irc, "quietfox@irc.libera.chat", 6697),
        ]
    );
    let alice = &profile.accounts[0];
    assert_eq!(alice.pidgin_name, "alice@example.org/Tails");
    assert_eq!(
        alice.server_host, "examplexmpp3v2fhzyd6bo5fjbmpdb3kqsrvfnqhxy4zvejwkhtrsqbgid.onion",
        "an onion connect server is kept verbatim"
    );
    assert_eq!(
        alice.password.as_ref().map(Password::reveal),
        Some("alice-secret")
    );
    assert!(profile.accounts[1].password.is_none());
    assert_eq!(
        profile.accounts[2].password.as_ref().map(Password::reveal),
        Some("nickserv-pw")
    );
    Ok(())
}

#[test]
fn buddies_and_chats_come_with_aliases_groups_and_autojoin() -> anyhow::Result<()> {
    let profile = read_pidgin_profile(&purple())?;
    assert_eq!(profile.contacts.len(), 6);
    let sara = profile
        .contacts
        .iter()
        .find(|c| c.address == "سارة@example.org")
        .ok_or_else(|| anyhow::anyhow!("the Arabic buddy is missing"))?;
    assert_eq!(sara.alias.as_deref(), Some("سارة"));
    assert_eq!(sara.group, "Friends");
    assert_eq!(sara.account, "alice@example.org/Tails");
    let rooms: Vec<_> = profile
        .rooms
        .iter()
        .map(|r| (r.name.as_str(), r.nick.as_str(), r.autojoin))
        .collect();
    assert_eq!(
        rooms,
        vec![
            ("tails@chat.disroot.org", "alice", true),
            ("#tails", "", true)
        ]
    );
    Ok(())
}

#[test]
fn otr_files_are_renamed_to_the_bare_address() -> anyhow::Result<()> {
    let profile = read_pidgin_profile(&purple())?;
    let alice = &profile.accounts[0];
    let otr = read_pidgin_otr(&purple(), alice)?;
    let key = otr
        .private_key
        .ok_or_else(|| anyhow::anyhow!("alice's key was not found"))?;
    assert!(key.contains("(name \"alice@example.org\")"), "{key}");
    assert!(!key.contains("/Tails"));
    assert!(key.starts_with("(privkeys"));
    assert_eq!(otr.fingerprints.lines().count(), 2);
    assert!(otr.fingerprints.contains(
        "carol@example.org\talice@example.org\tprpl-jabber\tcf2d4fd7ecd11eb0c10083d5ee2ac343908e11be\tverified"
    ));
    assert_eq!(
        otr.instance_tags,
        "alice@example.org\tprpl-jabber\t2e4a9123\n"
    );
    // bob had no OTR key in Pidgin.
    assert!(
        read_pidgin_otr(&purple(), &profile.accounts[1])?
            .private_key
            .is_none()
    );
    Ok(())
}

#[test]
fn hostile_files_are_typed_errors() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    std::fs::write(
        dir.path().join("accounts.xml"),
        "<!DOCTYPE x [<!ENTITY a 'aaaa'>]><account>&a;</account>",
    )?;
    assert!(read_pidgin_profile(dir.path()).is_err());
    std::fs::write(dir.path().join("accounts.xml"), "<account><account>")?;
    assert!(read_pidgin_profile(dir.path()).is_err());
    std::fs::write(dir.path().join("accounts.xml"), "<a>".repeat(100))?;
    assert!(read_pidgin_profile(dir.path()).is_err());
    Ok(())
}
