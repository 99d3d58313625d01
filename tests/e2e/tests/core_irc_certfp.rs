//! IRC CertFP against the real InspIRCd (m_sslinfo) and Atheme (nickserv/cert, saslserv/
//! external): the account gets a client certificate made by Otter; the first connection, whose
//! certificate the services do not know yet, falls back from EXTERNAL to PLAIN; the fingerprint
//! is bound with NickServ `CERT ADD`; the next connection logs in with EXTERNAL (a wrong
//! password does not matter); and once EXTERNAL has worked, a server that refuses the
//! certificate gets no password (`CERT DEL`, then the right password is still refused).

use std::os::unix::fs::PermissionsExt as _;
use std::time::Duration;

use otter_core::types::{AccountId, ErrorKind, LocalId};
use otter_core::{Command, ConnectionStatus, CoreHandle, Event, EventStream, OtrPolicy};
use otter_e2e::{
    add_irc_account, connect_online, open_conversation, send_and_wait_sent, start_core, until,
};
use otter_testkit::Network;

async fn offline(
    core: &CoreHandle,
    events: &mut EventStream,
    account: AccountId,
) -> anyhow::Result<()> {
    core.send(Command::Disconnect { account })?;
    until(events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Offline,
            ..
        } => Some(()),
        _ => None,
    })
    .await
}

/// Says `text` to NickServ and gives the services a moment: their answers are notices, which
/// the core does not pass on, so the next connection is what shows the effect.
async fn tell_nickserv(
    core: &CoreHandle,
    events: &mut EventStream,
    account: AccountId,
    local_id: u64,
    text: &str,
) -> anyhow::Result<()> {
    let nickserv = open_conversation(core, events, account, "NickServ").await?;
    // Services read commands, not OTR's whitespace tag.
    core.send(Command::SetContactOtrPolicy {
        conversation: nickserv,
        policy: Some(OtrPolicy::Never),
    })?;
    until(events, |e| {
        matches!(e, Event::OtrPolicyChanged { conversation, .. } if conversation == nickserv)
            .then_some(())
    })
    .await?;
    send_and_wait_sent(core, events, nickserv, LocalId(local_id), text).await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    Ok(())
}

#[tokio::test]
async fn certfp_login_after_cert_add_and_no_fallback_to_the_password_afterwards()
-> anyhow::Result<()> {
    let net = Network::start(&["irc", "socks"])?;
    let password = net.get("IRC_PASSWORD_carol")?.to_owned();
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let account = add_irc_account(&core, &mut events, &net, "carol").await?;

    core.send(Command::CreateClientCertificate { account })?;
    let fingerprint = until(&mut events, |e| match e {
        Event::ClientCertificate { fingerprint, .. } => Some(fingerprint),
        _ => None,
    })
    .await?;
    assert_eq!(fingerprint.len(), 64);
    assert!(
        fingerprint
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    );
    let file = net
        .dir()
        .join("profile/client-certs")
        .join(format!("{}.pem", account.0));
    let mode = std::fs::metadata(&file)?.permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{}", file.display());
    // Asked again: the same certificate, not a new one.
    core.send(Command::CreateClientCertificate { account })?;
    let again = until(&mut events, |e| match e {
        Event::ClientCertificate { fingerprint, .. } => Some(fingerprint),
        _ => None,
    })
    .await?;
    assert_eq!(again, fingerprint);

    // The services do not know the certificate: EXTERNAL fails, PLAIN logs in.
    connect_online(&core, &mut events, account, &password).await?;
    tell_nickserv(
        &core,
        &mut events,
        account,
        1,
        &format!("CERT ADD {fingerprint}"),
    )
    .await?;
    offline(&core, &mut events, account).await?;

    // Now the certificate is the login: the password is not even looked at.
    connect_online(&core, &mut events, account, "not-the-password").await?;
    tell_nickserv(
        &core,
        &mut events,
        account,
        2,
        &format!("CERT DEL {fingerprint}"),
    )
    .await?;
    offline(&core, &mut events, account).await?;

    // The services no longer take the certificate; the right password would work, but after
    // EXTERNAL it is never sent.
    core.send(Command::Connect {
        account,
        password: Some(otter_core::types::Password::new(password)),
    })?;
    let (kind, explanation) = until(&mut events, |e| match e {
        Event::AccountStatus {
            status: ConnectionStatus::Failed { kind, explanation },
            ..
        } => Some((kind, explanation)),
        Event::AccountStatus {
            status: ConnectionStatus::Online,
            ..
        } => panic!("fell back to the password"),
        _ => None,
    })
    .await?;
    assert_eq!(kind, ErrorKind::AuthenticationFailed);
    assert!(explanation.contains("client certificate"), "{explanation}");
    core.send(Command::Shutdown)?;
    Ok(())
}
