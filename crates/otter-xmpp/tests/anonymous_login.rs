//! Temporary accounts: a login with SASL ANONYMOUS (RFC 4505), against transcripts shaped like
//! Prosody's `authentication = "anonymous"` host. The address the server binds becomes the
//! account's own address; the domain alone never counts as the user.
//!
//! Under `tests/` because `handle_bytes` takes an `Instant`, which the protocol crates' `src/`
//! may not make (see `login_transcript.rs`).

#[cfg(test)]
mod anonymous {
    use std::time::Instant;

    use otter_xmpp::{
        Action, ChannelBindingData, Client, ClientConfig, CloseReason, Jid, SaslMechanism, TlsMode,
        XmppError, XmppEvent,
    };

    const RESOURCE: &str = "q7Xr2LmP";
    const ASSIGNED: &str = "0c1d7e52-9a3b-4f61-8e0d-5b2a6c9f3e17@anon.otter.test";

    const SERVER_HEADER: &str = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
        xmlns:stream='http://etherx.jabber.org/streams' id='e5c3b0a4' from='anon.otter.test' \
        version='1.0'>";
    const FEATURES_STARTTLS: &str = "<stream:features><starttls \
        xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls></stream:features>";
    const FEATURES_ANONYMOUS: &str = "<stream:features><mechanisms \
        xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>ANONYMOUS</mechanism>\
        </mechanisms></stream:features>";
    const FEATURES_PASSWORD_ONLY: &str = "<stream:features><mechanisms \
        xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>SCRAM-SHA-1</mechanism>\
        <mechanism>PLAIN</mechanism></mechanisms></stream:features>";
    const FEATURES_BIND: &str = "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>\
        </stream:features>";
    const FEATURES_BIND_SM: &str = "<stream:features>\
        <bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/><sm xmlns='urn:xmpp:sm:3'/>\
        </stream:features>";

    #[derive(Default)]
    struct Output {
        sent: String,
        start_tls: bool,
        events: Vec<XmppEvent>,
        close: Option<CloseReason>,
    }

    fn drain(client: &mut Client) -> Output {
        let mut out = Output::default();
        while let Some(action) = client.poll_action() {
            match action {
                Action::Send(bytes) => out.sent.push_str(&String::from_utf8(bytes).expect("utf-8")),
                Action::StartTls => out.start_tls = true,
                Action::Event(event) => out.events.push(event),
                Action::Close(reason) => out.close = Some(reason),
            }
        }
        out
    }

    fn feed(client: &mut Client, bytes: &str) -> Result<Output, XmppError> {
        client.handle_bytes(Instant::now(), bytes.as_bytes())?;
        Ok(drain(client))
    }

    fn id_after(sent: &str, marker: &str) -> String {
        let at = sent.find(marker).expect(marker);
        let rest = sent.get(at..).expect("rest");
        let id = rest.split_once("id='").expect("id").1;
        id.split_once('\'').expect("quote").0.to_owned()
    }

    fn temporary_client() -> Client {
        let config = ClientConfig::anonymous(
            &Jid::parse("anon.otter.test").expect("jid"),
            RESOURCE.to_owned(),
            TlsMode::StartTls,
            [42; 16],
        )
        .expect("config");
        assert!(config.is_temporary());
        Client::new(config)
    }

    /// Through STARTTLS up to the SASL features; returns what the client sent for them.
    fn up_to_sasl(client: &mut Client, features: &str) -> Result<Output, XmppError> {
        client.start()?;
        let out = drain(client);
        assert!(
            out.sent
                .starts_with("<?xml version='1.0'?><stream:stream to='anon.otter.test'"),
            "{}",
            out.sent
        );
        let out = feed(client, &format!("{SERVER_HEADER}{FEATURES_STARTTLS}"))?;
        assert_eq!(
            out.sent,
            "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
        );
        let out = feed(client, "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")?;
        assert!(out.start_tls);
        client.handle_tls_established(ChannelBindingData::None)?;
        drain(client);
        feed(client, &format!("{SERVER_HEADER}{features}"))
    }

    /// Logs in with ANONYMOUS; the server binds [`ASSIGNED`]. Returns the client, online, and
    /// what it sent after binding.
    fn log_in() -> Result<(Client, Output), XmppError> {
        log_in_offering(FEATURES_BIND)
    }

    /// Through ANONYMOUS to the features after login; returns what the client sent for them.
    fn authenticated(client: &mut Client, features: &str) -> Result<Output, XmppError> {
        up_to_sasl(client, FEATURES_ANONYMOUS)?;
        feed(
            client,
            "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>",
        )?;
        feed(client, &format!("{SERVER_HEADER}{features}"))
    }

    fn log_in_offering(bind_features: &str) -> Result<(Client, Output), XmppError> {
        let mut client = temporary_client();
        let out = up_to_sasl(&mut client, FEATURES_ANONYMOUS)?;
        // No trace token, no name: an empty initial response.
        assert_eq!(
            out.sent,
            "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='ANONYMOUS'>=</auth>"
        );
        let out = feed(
            &mut client,
            "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>",
        )?;
        assert!(out.sent.contains("<stream:stream to='anon.otter.test'"));
        let out = feed(&mut client, &format!("{SERVER_HEADER}{bind_features}"))?;
        let bind_id = id_after(&out.sent, "<iq");
        let out = feed(
            &mut client,
            &format!(
                "<iq type='result' id='{bind_id}'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>\
                 <jid>{ASSIGNED}/{RESOURCE}</jid></bind></iq>"
            ),
        )?;
        Ok((client, out))
    }

    #[test]
    fn offered_anonymous_is_used_and_the_bound_address_is_reported() -> Result<(), XmppError> {
        let (client, out) = log_in()?;
        assert!(client.is_online());
        let [
            XmppEvent::Online {
                bound_jid,
                mechanism,
            },
        ] = out.events.as_slice()
        else {
            panic!("{:?}", out.events)
        };
        assert_eq!(*mechanism, SaslMechanism::Anonymous);
        assert_eq!(bound_jid.to_string(), format!("{ASSIGNED}/{RESOURCE}"));
        // The bookmarks disco goes to the assigned account, not to the domain.
        assert!(
            out.sent.contains(&format!(
                "to='{ASSIGNED}'><query xmlns='http://jabber.org/protocol/disco#info'"
            )),
            "{}",
            out.sent
        );
        Ok(())
    }

    #[test]
    fn a_server_without_anonymous_is_a_clear_error_and_nothing_is_sent() -> Result<(), XmppError> {
        let mut client = temporary_client();
        let result = up_to_sasl(&mut client, FEATURES_PASSWORD_ONLY);
        let Err(error) = result else {
            panic!("a server without ANONYMOUS was accepted")
        };
        assert_eq!(error, XmppError::AnonymousNotOffered);
        assert_eq!(
            error.to_string(),
            "this server does not allow temporary accounts"
        );
        let out = drain(&mut client);
        assert!(!out.sent.contains("<auth"), "{}", out.sent);
        assert!(matches!(out.close, Some(CloseReason::Error(_))));
        Ok(())
    }

    #[test]
    fn roster_pushes_count_only_from_the_assigned_address() -> Result<(), XmppError> {
        let (mut client, _) = log_in()?;
        // The domain alone, which the configuration held before binding, is not the user.
        let out = feed(
            &mut client,
            "<iq type='set' id='push1' from='anon.otter.test'><query xmlns='jabber:iq:roster'>\
             <item jid='mallory@otter.test' subscription='both'/></query></iq>",
        )?;
        assert!(out.events.is_empty(), "{:?}", out.events);
        assert!(!out.sent.contains("id='push1'"), "{}", out.sent);
        let out = feed(
            &mut client,
            &format!(
                "<iq type='set' id='push2' from='{ASSIGNED}'><query xmlns='jabber:iq:roster'>\
                 <item jid='xmppbot@otter.test' subscription='none'/></query></iq>"
            ),
        )?;
        let [XmppEvent::RosterPushed(items)] = out.events.as_slice() else {
            panic!("{:?}", out.events)
        };
        assert_eq!(items[0].jid.to_string(), "xmppbot@otter.test");
        assert!(out.sent.contains("id='push2'"), "{}", out.sent);
        Ok(())
    }

    #[test]
    fn a_resumed_stream_keeps_the_assigned_address_as_the_account() -> Result<(), XmppError> {
        let (mut client, _) = log_in_offering(FEATURES_BIND_SM)?;
        feed(
            &mut client,
            "<enabled xmlns='urn:xmpp:sm:3' id='s1' resume='true'/>",
        )?;
        let mut next = temporary_client();
        next.resume_from(client.take_resumption());
        let out = authenticated(&mut next, FEATURES_BIND_SM)?;
        assert!(out.sent.contains("<resume "), "{}", out.sent);
        let out = feed(
            &mut next,
            "<resumed xmlns='urn:xmpp:sm:3' previd='s1' h='0'/>",
        )?;
        assert!(
            out.events.iter().any(|event| matches!(
                event,
                XmppEvent::Resumed { bound_jid, .. }
                    if bound_jid.to_string() == format!("{ASSIGNED}/{RESOURCE}")
            )),
            "{:?}",
            out.events
        );
        // The new client was configured with the domain alone: the resumed session tells it
        // who the account is.
        let out = feed(
            &mut next,
            "<iq type='set' id='push1' from='anon.otter.test'><query xmlns='jabber:iq:roster'>\
             <item jid='mallory@otter.test' subscription='both'/></query></iq>",
        )?;
        assert!(out.events.is_empty(), "{:?}", out.events);
        let out = feed(
            &mut next,
            &format!(
                "<iq type='set' id='push2' from='{ASSIGNED}'><query xmlns='jabber:iq:roster'>\
                 <item jid='xmppbot@otter.test' subscription='none'/></query></iq>"
            ),
        )?;
        assert!(
            matches!(out.events.as_slice(), [XmppEvent::RosterPushed(_)]),
            "{:?}",
            out.events
        );
        Ok(())
    }

    #[test]
    fn a_temporary_login_is_asked_of_a_domain_alone() {
        for text in ["alice@anon.otter.test", "anon.otter.test/res"] {
            let result = ClientConfig::anonymous(
                &Jid::parse(text).expect("jid"),
                RESOURCE.to_owned(),
                TlsMode::StartTls,
                [1; 16],
            );
            assert!(
                matches!(result, Err(XmppError::InvalidConfig { .. })),
                "{text}"
            );
        }
    }
}
