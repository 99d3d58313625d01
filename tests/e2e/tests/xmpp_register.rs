//! Creating XMPP accounts by in-band registration (XEP-0077) through the core API, against
//! the real Prosody through the test SOCKS proxy: a fresh random account registers, logs in
//! and chats with the echo bot; a taken name, a server that refuses registration, one that
//! throttles it and one whose form asks for more than a name and password each end in their
//! typed problem. The first two run against ejabberd too, which words its refusals
//! differently.

use otter_core::types::{AccountId, LocalId, Password};
use otter_core::{
    AccountSettings, Command, CoreHandle, Event, EventStream, Protocol, RegistrationFailure,
    RegistrationProblem, Security, random_account_name,
};
use otter_e2e::{
    XmppServer, connect_online, open_conversation, send_and_wait_sent, start_core, until,
};
use otter_testkit::Network;

/// Settings for `name@otter.test` on the test Prosody's STARTTLS port.
fn settings(net: &Network, name: &str) -> anyhow::Result<AccountSettings> {
    settings_on(net, XmppServer::Prosody, name)
}

/// Settings for `name@otter.test` on `server`'s STARTTLS port.
fn settings_on(net: &Network, server: XmppServer, name: &str) -> anyhow::Result<AccountSettings> {
    Ok(AccountSettings {
        protocol: Protocol::Xmpp,
        address: format!("{name}@otter.test"),
        server_host: String::new(),
        server_port: net.port(server.starttls_port_key())?,
        direct_tls: false,
        nickserv_fallback: false,
        onion_plaintext: false,
        remembered_password: None,
    })
}

/// Sends `RegisterAccount` and returns its outcome, with the `AccountAdded` seen before it.
async fn register(
    core: &CoreHandle,
    events: &mut EventStream,
    settings: AccountSettings,
    password: &str,
) -> anyhow::Result<(Option<AccountId>, Result<AccountId, RegistrationFailure>)> {
    let address = settings.address.clone();
    core.send(Command::RegisterAccount {
        settings,
        password: Password::new(password),
    })?;
    let mut added = None;
    let result = until(events, |e| match e {
        Event::AccountAdded {
            account,
            address: a,
            ..
        } if a == address => {
            added = Some(account);
            None
        }
        Event::RegistrationFinished { address: a, result } if a == address => Some(result),
        _ => None,
    })
    .await?;
    Ok((added, result))
}

/// The log canary is process-wide, and two tests of this process use it.
fn logs() -> anyhow::Result<&'static otter_testkit::log_canary::CapturedLogs> {
    static LOGS: std::sync::OnceLock<Result<otter_testkit::log_canary::CapturedLogs, String>> =
        std::sync::OnceLock::new();
    LOGS.get_or_init(|| otter_testkit::log_canary::capture().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| anyhow::anyhow!("{e}"))
}

/// A password made for this run, never written anywhere but the server's store.
fn fresh_password() -> anyhow::Result<String> {
    Ok(format!(
        "{}-{}",
        random_account_name()?,
        random_account_name()?
    ))
}

#[tokio::test]
async fn a_fresh_random_account_registers_logs_in_and_chats_with_the_bot() -> anyhow::Result<()> {
    registers_logs_in_and_chats(XmppServer::Prosody).await
}

#[tokio::test]
async fn on_ejabberd_a_fresh_random_account_registers_logs_in_and_chats_with_the_bot()
-> anyhow::Result<()> {
    registers_logs_in_and_chats(XmppServer::Ejabberd).await
}

async fn registers_logs_in_and_chats(server: XmppServer) -> anyhow::Result<()> {
    let logs = logs()?;
    let net = server.start(&["xmppbot"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let name = random_account_name()?;
    let password = fresh_password()?;

    let (added, result) = register(
        &core,
        &mut events,
        settings_on(&net, server, &name)?,
        &password,
    )
    .await?;
    let account = match result {
        Ok(account) => account,
        Err(failure) => anyhow::bail!("registration failed: {failure:?}"),
    };
    assert_eq!(
        added,
        Some(account),
        "AccountAdded came first, for the same id"
    );

    // The new account logs in like any other and talks to the bot.
    connect_online(&core, &mut events, account, &password).await?;
    let conversation = open_conversation(&core, &mut events, account, "xmppbot@otter.test").await?;
    let security = send_and_wait_sent(
        &core,
        &mut events,
        conversation,
        LocalId(1),
        "hello from new",
    )
    .await?;
    assert_eq!(security, Security::NotEncrypted);
    let echo = until(&mut events, |e| match e {
        Event::MessageReceived {
            conversation: c,
            text,
            ..
        } if c == conversation => Some(text),
        _ => None,
    })
    .await?;
    assert_eq!(echo.reveal(), "echo: hello from new");

    // Registration went through the proxy by name, like a login.
    let requests = net.socks_requests()?;
    assert!(
        requests
            .iter()
            .filter(|r| r.host.as_deref() == Some("otter.test"))
            .count()
            >= 2,
        "registration and login both through the proxy: {requests:?}"
    );

    // A second one over direct TLS (XEP-0368), with its password remembered as asked:
    // it then connects without being given one.
    let second = random_account_name()?;
    let second_password = fresh_password()?;
    let mut direct = settings_on(&net, server, &second)?;
    direct.server_port = net.port(server.direct_tls_port_key())?;
    direct.direct_tls = true;
    direct.remembered_password = Some(Password::new(""));
    let (_, result) = register(&core, &mut events, direct, &second_password).await?;
    let Ok(second_account) = result else {
        anyhow::bail!("direct-TLS registration failed: {result:?}");
    };
    core.send(Command::Connect {
        account: second_account,
        password: None,
    })?;
    until(&mut events, |e| match e {
        Event::AccountStatus {
            account,
            status: otter_core::ConnectionStatus::Online,
        } if account == second_account => Some(Ok(())),
        Event::AccountStatus {
            account,
            status: otter_core::ConnectionStatus::Failed { explanation, .. },
        } if account == second_account => Some(Err(anyhow::anyhow!("{explanation}"))),
        _ => None,
    })
    .await??;

    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;
    assert_eq!(
        logs.leaked(&[password.as_str(), second_password.as_str()]),
        Vec::<&str>::new()
    );
    Ok(())
}

#[tokio::test]
async fn registering_a_taken_name_is_a_typed_conflict() -> anyhow::Result<()> {
    taken_name(
        XmppServer::Prosody,
        "The requested username already exists.",
    )
    .await
}

#[tokio::test]
async fn on_ejabberd_registering_a_taken_name_is_a_typed_conflict() -> anyhow::Result<()> {
    taken_name(XmppServer::Ejabberd, "User already exists").await
}

/// `words`: how the server says it.
async fn taken_name(server: XmppServer, words: &str) -> anyhow::Result<()> {
    let net = server.start(&[])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let (added, result) = register(
        &core,
        &mut events,
        settings_on(&net, server, "alice")?,
        &fresh_password()?,
    )
    .await?;
    let Err(failure) = result else {
        anyhow::bail!("alice exists and was registered again: {result:?}");
    };
    assert_eq!(
        failure.problem,
        RegistrationProblem::NameTaken,
        "{failure:?}"
    );
    assert!(
        failure.explanation.contains(words),
        "the server's words are passed on: {}",
        failure.explanation
    );
    assert_eq!(
        added, None,
        "no account is added for a refused registration"
    );
    // alice's own password still works: the refused attempt changed nothing.
    let alice = otter_e2e::add_xmpp_account_at(
        &core,
        &mut events,
        &net,
        "alice",
        server.starttls_port_key(),
    )
    .await?;
    connect_online(&core, &mut events, alice, server.password(&net, "alice")?).await?;
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn a_server_with_registration_closed_says_so() -> anyhow::Result<()> {
    let net =
        Network::start_with_env(&["prosody", "socks"], &[("PROSODY_REGISTRATION", "closed")])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let (added, result) = register(
        &core,
        &mut events,
        settings(&net, &random_account_name()?)?,
        &fresh_password()?,
    )
    .await?;
    let Err(failure) = result else {
        anyhow::bail!("registered on a closed server: {result:?}");
    };
    assert_eq!(failure.problem, RegistrationProblem::Closed, "{failure:?}");
    assert!(failure.explanation.contains("registration is closed"));
    assert_eq!(added, None);
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn a_second_registration_from_the_same_address_is_too_many() -> anyhow::Result<()> {
    let net = Network::start_with_env(
        &["prosody", "socks"],
        &[("PROSODY_REGISTRATION", "throttled")],
    )?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let (_, first) = register(
        &core,
        &mut events,
        settings(&net, &random_account_name()?)?,
        &fresh_password()?,
    )
    .await?;
    assert!(first.is_ok(), "the first one is allowed: {first:?}");
    let (added, second) = register(
        &core,
        &mut events,
        settings(&net, &random_account_name()?)?,
        &fresh_password()?,
    )
    .await?;
    let Err(failure) = second else {
        anyhow::bail!("the throttle let a second one through: {second:?}");
    };
    assert_eq!(
        failure.problem,
        RegistrationProblem::TooManyFromAddress,
        "{failure:?}"
    );
    assert_eq!(added, None);
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn a_form_that_requires_an_email_address_is_one_otter_cannot_show() -> anyhow::Result<()> {
    let net = Network::start_with_env(&["prosody", "socks"], &[("PROSODY_REGISTRATION", "email")])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let password = fresh_password()?;
    let (added, result) = register(
        &core,
        &mut events,
        settings(&net, &random_account_name()?)?,
        &password,
    )
    .await?;
    let Err(failure) = result else {
        anyhow::bail!("registered without the required field: {result:?}");
    };
    let RegistrationProblem::CannotShowForm {
        captcha,
        fields,
        instructions,
        ..
    } = &failure.problem
    else {
        anyhow::bail!("{failure:?}");
    };
    assert!(!captcha);
    assert_eq!(fields, &vec!["Email".to_owned()]);
    assert_eq!(
        instructions.as_deref(),
        Some("Choose a username and password for use with this service.")
    );
    assert_eq!(added, None);
    core.send(Command::Shutdown)?;
    Ok(())
}
