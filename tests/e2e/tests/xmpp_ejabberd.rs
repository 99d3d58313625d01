//! Otter against ejabberd 23.01, a second XMPP server written independently of Prosody,
//! through the test SOCKS proxy.
//!
//! ejabberd stores these accounts for SCRAM-SHA-256 and offers SCRAM-SHA-256-PLUS, but binds
//! only to `tls-unique`, which TLS 1.3 (and rustls) does not have, and it does not advertise
//! channel-binding types (XEP-0440). So the client must log in with plain SCRAM-SHA-256 and
//! the GS2 flag "n" (RFC 5802 §6: "y" tells a server that offers -PLUS that the offer was
//! stripped, and such a server must refuse; ejabberd 23.01 happens not to check, so the flag is
//! asserted on the wire), while an account that once bound its login to the channel refuses
//! this server as a downgrade.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use otter_core::types::{AccountId, ConversationId, ErrorKind, LocalId, MessageText, Password};
use otter_core::{
    AccountChanges, Availability, Command, ConnectionStatus, CoreHandle, Event, EventStream,
    OtrPolicy, PasswordChoice,
};
use otter_e2e::xmpp::{DriveError, Driver};
use otter_e2e::{
    WAIT, add_xmpp_account, add_xmpp_account_at, connect_online, open_conversation, start_core,
    until,
};
use otter_testkit::Network;
use otter_xmpp::{SaslMechanism, TlsMode, XmppError};

/// The text between `<{tag} …>` and `</{tag}>` in what the client sent.
fn payload<'a>(sent: &'a str, tag: &str) -> Option<&'a str> {
    let start = sent.find(&format!("<{tag} "))?;
    let open_end = start + sent.get(start..)?.find('>')? + 1;
    let close = open_end + sent.get(open_end..)?.find(&format!("</{tag}>"))?;
    sent.get(open_end..close)
}

#[tokio::test]
async fn alice_logs_in_to_ejabberd_with_unbound_scram_sha_256() -> anyhow::Result<()> {
    let net = Network::start(&["ejabberd", "socks"])?;
    let password = net.get("EJABBERD_PASSWORD_alice")?.to_owned();
    for (port_key, mode) in [
        ("EJABBERD_STARTTLS_PORT", TlsMode::StartTls),
        ("EJABBERD_DIRECT_TLS_PORT", TlsMode::DirectTls),
    ] {
        let mut driver = Driver::connect_as(
            &net,
            "alice@otter.test",
            port_key,
            &password,
            mode,
            SaslMechanism::Plain,
        )
        .await?;
        let (bound, mechanism) = driver.online().await?;
        // The premise: the server did offer -PLUS, without saying it can do tls-exporter.
        assert!(
            driver
                .received
                .contains("<mechanism>SCRAM-SHA-256-PLUS</mechanism>"),
            "{}",
            driver.received
        );
        assert!(!driver.received.contains("tls-exporter"));
        assert_eq!(mechanism, SaslMechanism::ScramSha256, "{mode:?}");
        assert_eq!(bound.bare().to_string(), "alice@otter.test");

        let auth = driver
            .sent
            .split("<auth ")
            .nth(1)
            .ok_or_else(|| anyhow::anyhow!("no <auth/> sent: {}", driver.sent))?;
        assert!(
            auth.starts_with("xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='SCRAM-SHA-256'>"),
            "{auth}"
        );
        let client_first = BASE64.decode(payload(&driver.sent, "auth").unwrap_or_default())?;
        let client_first = String::from_utf8(client_first)?;
        // "n": this client does not bind (no common channel-binding type). "y" would make a
        // server that follows RFC 5802 refuse (it offered -PLUS), and "p=tls-exporter" would
        // fail here (ejabberd binds with tls-unique only).
        assert!(client_first.starts_with("n,,n=alice,r="), "{client_first}");
        let client_final = BASE64.decode(payload(&driver.sent, "response").unwrap_or_default())?;
        // c= carries the same GS2 header, base64("n,,") = "biws".
        assert!(
            String::from_utf8(client_final)?.starts_with("c=biws,r="),
            "the client-final message repeats the GS2 header"
        );

        // The resource the server bound is the random one the driver chose; the stream says
        // nothing about the machine or the language.
        let resource = bound.resource().unwrap_or_default();
        assert_eq!(resource.len(), 12, "{bound}");
        assert!(resource.bytes().all(|b| b.is_ascii_hexdigit()), "{bound}");
        let host = std::fs::read_to_string("/etc/hostname").unwrap_or_default();
        let host = host.trim();
        assert!(
            host.is_empty() || !driver.sent.contains(host),
            "{}",
            driver.sent
        );
        assert!(!driver.sent.contains("xml:lang"), "{}", driver.sent);

        driver.client.close();
        driver.drain().await?;
    }

    // Otter's connections went through the proxy by name (the proxy's own check at start
    // offers no authentication; Otter offers username/password too). The trace may not hold
    // the last one yet, so at least one.
    let requests = net.socks_requests()?;
    assert!(
        requests
            .iter()
            .any(|r| r.methods == [0, 2] && r.host.as_deref() == Some("otter.test")),
        "{requests:?}"
    );
    assert!(
        requests.iter().all(|r| r.address_type == Some(3)),
        "{requests:?}"
    );
    Ok(())
}

/// An account whose strongest login so far was bound to the channel refuses ejabberd, whose
/// -PLUS it cannot use: what a stripped or unusable offer looks like to downgrade protection.
#[tokio::test]
async fn an_account_that_used_scram_plus_refuses_ejabberds_unbound_scram() -> anyhow::Result<()> {
    let net = Network::start(&["ejabberd", "socks"])?;
    let password = net.get("EJABBERD_PASSWORD_alice")?.to_owned();
    let mut driver = Driver::connect_as(
        &net,
        "alice@otter.test",
        "EJABBERD_STARTTLS_PORT",
        &password,
        TlsMode::StartTls,
        SaslMechanism::ScramSha256Plus,
    )
    .await?;
    match driver.online().await {
        Err(DriveError::Xmpp(XmppError::MechanismDowngrade { required })) => {
            assert_eq!(required, SaslMechanism::ScramSha256Plus);
        }
        other => anyhow::bail!("expected MechanismDowngrade, got {other:?}"),
    }
    assert!(
        !driver.sent.contains("<auth "),
        "nothing of the password was sent: {}",
        driver.sent
    );

    // The same account, remembering SCRAM-SHA-256 only, logs in.
    let mut driver = Driver::connect_as(
        &net,
        "alice@otter.test",
        "EJABBERD_STARTTLS_PORT",
        &password,
        TlsMode::StartTls,
        SaslMechanism::ScramSha256,
    )
    .await?;
    let (_, mechanism) = driver.online().await?;
    assert_eq!(mechanism, SaslMechanism::ScramSha256);

    // And a wrong password is ejabberd's not-authorized.
    let mut driver = Driver::connect_as(
        &net,
        "alice@otter.test",
        "EJABBERD_STARTTLS_PORT",
        "not-the-password",
        TlsMode::StartTls,
        SaslMechanism::Plain,
    )
    .await?;
    match driver.online().await {
        Err(DriveError::Xmpp(XmppError::AuthenticationFailed { condition })) => {
            assert_eq!(condition, "not-authorized");
        }
        other => anyhow::bail!("expected AuthenticationFailed, got {other:?}"),
    }
    Ok(())
}

/// Events of one core with two accounts come interleaved; a wait keeps the ones it skips for
/// the next wait instead of dropping them.
struct Events {
    stream: EventStream,
    kept: Vec<Event>,
}

impl Events {
    async fn until<T>(&mut self, mut pick: impl FnMut(&Event) -> Option<T>) -> anyhow::Result<T> {
        if let Some((at, found)) = self
            .kept
            .iter()
            .enumerate()
            .find_map(|(at, event)| pick(event).map(|found| (at, found)))
        {
            self.kept.remove(at);
            return Ok(found);
        }
        let kept = &mut self.kept;
        let stream = &mut self.stream;
        tokio::time::timeout(WAIT, async {
            while let Some(event) = stream.next().await {
                if let Some(found) = pick(&event) {
                    return Ok(found);
                }
                kept.push(event);
            }
            anyhow::bail!("the core stopped")
        })
        .await
        .map_err(|_| anyhow::anyhow!("timed out; events seen: {:?}", self.kept))?
    }
}

async fn send(
    core: &CoreHandle,
    events: &mut Events,
    conversation: ConversationId,
    local_id: LocalId,
    text: &str,
) -> anyhow::Result<()> {
    core.send(Command::SendText {
        conversation,
        local_id,
        text: MessageText::new(text),
    })?;
    events
        .until(|e| match e {
            Event::MessageSent { local_id: id, .. } if *id == local_id => Some(Ok(())),
            Event::MessageFailed { local_id: id, kind } if *id == local_id => {
                Some(Err(anyhow::anyhow!("not sent: {kind:?}")))
            }
            _ => None,
        })
        .await?
}

async fn received(
    events: &mut Events,
    account: AccountId,
    peer: &str,
) -> anyhow::Result<(ConversationId, String)> {
    let conversation = events
        .until(|e| match e {
            Event::ConversationOpened {
                conversation,
                account: a,
                peer: p,
            } if *a == account && p == peer => Some(*conversation),
            _ => None,
        })
        .await?;
    let text = events
        .until(|e| match e {
            Event::MessageReceived {
                conversation: c,
                text,
                ..
            } if *c == conversation => Some(text.reveal().to_owned()),
            _ => None,
        })
        .await?;
    Ok((conversation, text))
}

/// Through the core API, as the window uses it: two accounts on ejabberd become contacts (a
/// request each way, both approved), see each other online, and exchange a message each way.
#[tokio::test]
async fn two_accounts_on_ejabberd_become_contacts_and_chat_both_ways() -> anyhow::Result<()> {
    let logs = otter_testkit::log_canary::capture()?;
    let net = Network::start(&["ejabberd", "socks"])?;
    let (core, stream) = start_core(&net, "SOCKS_PORT")?;
    let mut events = Events {
        stream,
        kept: Vec::new(),
    };
    let mut accounts = Vec::new();
    for user in ["alice", "bob"] {
        let account = add_xmpp_account_at(
            &core,
            &mut events.stream,
            &net,
            user,
            "EJABBERD_STARTTLS_PORT",
        )
        .await?;
        // OTR has its own tests; here the text must travel as typed, so the accounts do not
        // offer it to each other.
        core.send(Command::SetAccountOtrPolicy {
            account,
            policy: OtrPolicy::Never,
        })?;
        let password = net.get(&format!("EJABBERD_PASSWORD_{user}"))?;
        connect_online(&core, &mut events.stream, account, password).await?;
        accounts.push(account);
    }
    let [alice, bob] = accounts[..] else {
        anyhow::bail!("two accounts")
    };

    core.send(Command::AddContact {
        account: alice,
        peer: "bob@otter.test".into(),
        name: Some("Bob".into()),
    })?;
    let name = events
        .until(|e| match e {
            Event::ContactListed {
                account,
                peer,
                name,
                ..
            } if *account == alice && peer == "bob@otter.test" => Some(name.clone()),
            _ => None,
        })
        .await?;
    assert_eq!(name.as_deref(), Some("Bob"));
    // Bob is asked, approves, and (as Otter does on approval) asks back; alice approves.
    for (asked, asking) in [(bob, "alice@otter.test"), (alice, "bob@otter.test")] {
        events
            .until(|e| match e {
                Event::ContactRequest { account, peer } if *account == asked && peer == asking => {
                    Some(())
                }
                _ => None,
            })
            .await?;
        core.send(Command::AnswerContactRequest {
            account: asked,
            peer: asking.into(),
            approve: true,
        })?;
    }
    // Each now sees the other online, on a resource that says nothing about them.
    let mut resources = Vec::new();
    for (account, peer) in [(alice, "bob@otter.test"), (bob, "alice@otter.test")] {
        let resource = events
            .until(|e| match e {
                Event::ContactPresence {
                    account: a,
                    peer: p,
                    resource,
                    availability: Some(Availability::Available),
                    ..
                } if *a == account && p == peer => Some(resource.clone()),
                _ => None,
            })
            .await?;
        assert_eq!(resource.len(), 16, "{resource}");
        assert!(
            resource
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)),
            "{resource}"
        );
        resources.push(resource);
    }
    assert_ne!(
        resources.first(),
        resources.get(1),
        "one random resource each"
    );

    let to_bob = "sentinel-ejabberd-3f9c to bob";
    let to_alice = "sentinel-ejabberd-3f9c to alice, ünïcode ✓";
    let conversation =
        open_conversation(&core, &mut events.stream, alice, "bob@otter.test").await?;
    send(&core, &mut events, conversation, LocalId(1), to_bob).await?;
    let (bobs_conversation, text) = received(&mut events, bob, "alice@otter.test").await?;
    assert_eq!(text, to_bob);
    send(&core, &mut events, bobs_conversation, LocalId(2), to_alice).await?;
    let text = events
        .until(|e| match e {
            Event::MessageReceived {
                conversation: c,
                text,
                ..
            } if *c == conversation => Some(text.reveal().to_owned()),
            _ => None,
        })
        .await?;
    assert_eq!(text, to_alice);

    core.send(Command::Shutdown)?;
    events
        .until(|e| matches!(e, Event::Stopped).then_some(()))
        .await?;
    let passwords = [
        net.get("EJABBERD_PASSWORD_alice")?,
        net.get("EJABBERD_PASSWORD_bob")?,
    ];
    assert_eq!(
        logs.leaked(&["sentinel-ejabberd-3f9c", passwords[0], passwords[1]]),
        Vec::<&str>::new()
    );
    // The server's own view of the sessions: only random resources were bound.
    let server_log = std::fs::read_to_string(net.dir().join("ejabberd/logs/ejabberd.log"))
        .or_else(|_| std::fs::read_to_string(net.dir().join("ejabberd/console.log")))?;
    for resource in &resources {
        assert!(
            server_log.contains(resource.as_str()),
            "the server logs bound resources"
        );
    }
    Ok(())
}

/// Connects `account` with `password` and returns the failure's kind and explanation; going
/// online is an error.
async fn connect_refused(
    core: &CoreHandle,
    events: &mut EventStream,
    account: AccountId,
    password: &str,
) -> anyhow::Result<(ErrorKind, String)> {
    core.send(Command::Connect {
        account,
        password: Some(Password::new(password)),
    })?;
    until(events, |e| match e {
        Event::AccountStatus {
            account: a,
            status: ConnectionStatus::Failed { kind, explanation },
        } if a == account => Some(Ok((kind, explanation))),
        Event::AccountStatus {
            account: a,
            status: ConnectionStatus::Online,
        } if a == account => Some(Err(anyhow::anyhow!("went online"))),
        _ => None,
    })
    .await?
}

/// Downgrade protection through the core, as a user meets it: an account that logged in with
/// SCRAM-SHA-256 (on ejabberd) is later pointed at a server for the same name that offers only
/// SCRAM-SHA-1 and PLAIN (Prosody), as a changed server or someone in between would. The login
/// is refused with the reason, also after a restart (the profile remembers), while a new
/// account on that same server logs in.
#[tokio::test]
async fn an_account_that_used_scram_sha_256_refuses_a_server_offering_only_weaker_logins()
-> anyhow::Result<()> {
    let net = Network::start(&["ejabberd", "prosody", "socks"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let alice =
        add_xmpp_account_at(&core, &mut events, &net, "alice", "EJABBERD_STARTTLS_PORT").await?;
    connect_online(
        &core,
        &mut events,
        alice,
        net.get("EJABBERD_PASSWORD_alice")?,
    )
    .await?;
    core.send(Command::Disconnect { account: alice })?;
    until(&mut events, |e| match e {
        Event::AccountStatus {
            account,
            status: ConnectionStatus::Offline,
        } if account == alice => Some(()),
        _ => None,
    })
    .await?;
    core.send(Command::EditAccount {
        account: alice,
        changes: AccountChanges {
            server_host: String::new(),
            server_port: net.port("XMPP_STARTTLS_PORT")?,
            direct_tls: false,
            nickserv_fallback: false,
            onion_plaintext: false,
            password: PasswordChoice::Keep,
        },
    })?;
    until(&mut events, |e| match e {
        Event::AccountDetails {
            account,
            server_port,
            ..
        } if account == alice => Some(server_port),
        _ => None,
    })
    .await?;

    let prosody_password = net.get("XMPP_PASSWORD_alice")?;
    let (kind, explanation) = connect_refused(&core, &mut events, alice, prosody_password).await?;
    assert_eq!(kind, ErrorKind::AuthenticationFailed);
    assert!(
        explanation.contains("weaker than SCRAM-SHA-256"),
        "{explanation}"
    );

    // The server itself is fine for an account that has no such memory.
    let bob = add_xmpp_account(&core, &mut events, &net, "bob").await?;
    connect_online(&core, &mut events, bob, net.get("XMPP_PASSWORD_bob")?).await?;

    // The profile remembers across a restart.
    core.send(Command::Shutdown)?;
    until(&mut events, |e| matches!(e, Event::Stopped).then_some(())).await?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let (kind, explanation) = connect_refused(&core, &mut events, alice, prosody_password).await?;
    assert_eq!(kind, ErrorKind::AuthenticationFailed);
    assert!(
        explanation.contains("weaker than SCRAM-SHA-256"),
        "{explanation}"
    );
    core.send(Command::Shutdown)?;
    Ok(())
}
