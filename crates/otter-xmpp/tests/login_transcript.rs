//! The client against a recorded Prosody 0.12 login (STARTTLS, SCRAM-SHA-1, bind, roster),
//! fed whole and one byte at a time.
//!
//! These live under `tests/` rather than beside the code because `handle_bytes` takes an
//! `Instant`, which only the clock can make, and `tools/invariants` forbids clock reads anywhere
//! in the protocol crates' `src/`. SCRAM cannot be replayed byte for byte (the `sasl` crate
//! draws its client nonce from the OS and offers no way to inject one), so the SASL part of the
//! transcript is computed by the `sasl` crate's server side with the password below.

// The helpers below expect and index freely, as test code may; clippy treats only `#[test]`
// functions and `#[cfg(test)]` modules as test code, hence the module.
#[cfg(test)]
mod transcript {
    use std::time::Instant;

    use base64::Engine;
    use base64::engine::general_purpose::STANDARD as BASE64;
    use otter_types::{LocalId, Password};
    use otter_xmpp::{
        Action, ChannelBindingData, Client, ClientConfig, CloseReason, Jid, SaslMechanism, TlsMode,
        XmppError, XmppEvent,
    };
    use sasl::common::scram::{ScramProvider, Sha1};
    use sasl::common::{ChannelBinding, Identity};
    use sasl::secret::Pbkdf2Sha1;
    use sasl::server::mechanisms::Scram as ScramServer;
    use sasl::server::{Mechanism as _, Provider, ProviderError, Response};

    const PASSWORD: &str = "correct horse battery staple";
    const RESOURCE: &str = "q7Xr2LmP";

    const SERVER_HEADER: &str = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
        xmlns:stream='http://etherx.jabber.org/streams' id='e5c3b0a4' from='otter.test' \
        version='1.0' xml:lang='en'>";
    const FEATURES_STARTTLS: &str = "<stream:features><starttls \
        xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls></stream:features>";
    const FEATURES_SASL: &str = "<stream:features><mechanisms \
        xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>SCRAM-SHA-1</mechanism>\
        <mechanism>PLAIN</mechanism></mechanisms></stream:features>";
    const FEATURES_BIND: &str = "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>\
        <session xmlns='urn:ietf:params:xml:ns:xmpp-session'><optional/></session>\
        <ver xmlns='urn:xmpp:features:rosterver'/></stream:features>";

    struct Users;

    impl Provider<Pbkdf2Sha1> for Users {
        fn provide(&self, identity: &Identity) -> Result<Pbkdf2Sha1, ProviderError> {
            match identity {
                Identity::Username(name) if name == "alice" => Ok(Pbkdf2Sha1 {
                    salt: b"prosody-salt".to_vec(),
                    iterations: 4096,
                    digest: Sha1::derive(
                        &sasl::common::Password::Plain(PASSWORD.to_owned()),
                        b"prosody-salt",
                        4096,
                    )?,
                }),
                _ => Err(ProviderError::AuthenticationFailed),
            }
        }
    }
    sasl::impl_validator_using_provider!(Users, Pbkdf2Sha1);

    /// What the client produced for one input.
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

    fn feed(
        client: &mut Client,
        bytes: &str,
        one_byte_at_a_time: bool,
    ) -> Result<Output, XmppError> {
        if one_byte_at_a_time {
            let mut all = Output::default();
            for byte in bytes.as_bytes() {
                client.handle_bytes(Instant::now(), std::slice::from_ref(byte))?;
                let out = drain(client);
                all.sent.push_str(&out.sent);
                all.start_tls |= out.start_tls;
                all.events.extend(out.events);
                all.close = all.close.or(out.close);
            }
            Ok(all)
        } else {
            client.handle_bytes(Instant::now(), bytes.as_bytes())?;
            Ok(drain(client))
        }
    }

    /// The text between `<{tag} …>` and `</{tag}>` in what the client sent.
    fn payload<'a>(sent: &'a str, tag: &str) -> &'a str {
        let start = sent.find(&format!("<{tag} ")).expect(tag);
        let open_end = start
            + sent
                .get(start..)
                .and_then(|s| s.find('>'))
                .expect("tag end")
            + 1;
        let close = sent.find(&format!("</{tag}>")).expect("close tag");
        sent.get(open_end..close).expect("payload")
    }

    /// The value of `id='…'` in what the client sent, after `marker`.
    fn id_after(sent: &str, marker: &str) -> String {
        let at = sent.find(marker).expect(marker);
        let rest = sent.get(at..).expect("rest");
        let id = rest.split_once("id='").expect("id").1;
        id.split_once('\'').expect("quote").0.to_owned()
    }

    fn client(tls: TlsMode) -> Client {
        let config = ClientConfig::new(
            &Jid::parse("alice@otter.test").expect("jid"),
            Password::new(PASSWORD),
            RESOURCE.to_owned(),
            tls,
            [42; 16],
        )
        .expect("config");
        Client::new(config)
    }

    /// Logs in; returns the client, online, and everything it sent.
    fn log_in(one_byte_at_a_time: bool) -> Result<(Client, String, Vec<XmppEvent>), XmppError> {
        let mut client = client(TlsMode::StartTls);
        let mut sent = String::new();
        client.start()?;
        let out = drain(&mut client);
        assert!(
            out.sent
                .starts_with("<?xml version='1.0'?><stream:stream to='otter.test'")
        );
        assert!(
            !out.sent.contains("xml:lang"),
            "no locale leaves the machine"
        );

        let out = feed(
            &mut client,
            &format!("{SERVER_HEADER}{FEATURES_STARTTLS}"),
            one_byte_at_a_time,
        )?;
        assert_eq!(
            out.sent,
            "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
        );
        let out = feed(
            &mut client,
            "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
            one_byte_at_a_time,
        )?;
        assert!(out.start_tls && out.sent.is_empty());

        client.handle_tls_established(ChannelBindingData::None)?;
        let out = drain(&mut client);
        assert!(out.sent.contains("<stream:stream to='otter.test'"));

        let out = feed(
            &mut client,
            &format!("{SERVER_HEADER}{FEATURES_SASL}"),
            one_byte_at_a_time,
        )?;
        assert!(out.sent.contains("mechanism='SCRAM-SHA-1'"), "{}", out.sent);
        // The crate's server side insists on the "y" flag when given ChannelBinding::None (RFC 5802
        // accepts "n" too); a server that can bind accepts our "n", and with empty binding data it
        // computes the same `c=biws` we send.
        let mut server = ScramServer::<Sha1, _>::new(Users, ChannelBinding::TlsUnique(Vec::new()));
        let client_first = BASE64.decode(payload(&out.sent, "auth")).expect("base64");
        assert!(client_first.starts_with(b"n,,n=alice,r="));
        let Response::Proceed(server_first) = server.respond(&client_first).expect("server-first")
        else {
            panic!("SCRAM server finished early")
        };
        let out = feed(
            &mut client,
            &format!(
                "<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>{}</challenge>",
                BASE64.encode(&server_first)
            ),
            one_byte_at_a_time,
        )?;
        let client_final = BASE64
            .decode(payload(&out.sent, "response"))
            .expect("base64");
        let Response::Success(_, server_final) =
            server.respond(&client_final).expect("the proof verifies")
        else {
            panic!("SCRAM server did not finish")
        };
        let out = feed(
            &mut client,
            &format!(
                "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>{}</success>",
                BASE64.encode(&server_final)
            ),
            one_byte_at_a_time,
        )?;
        assert!(out.sent.contains("<stream:stream to='otter.test'"));

        let out = feed(
            &mut client,
            &format!("{SERVER_HEADER}{FEATURES_BIND}"),
            one_byte_at_a_time,
        )?;
        assert!(
            out.sent
                .contains(&format!("<resource>{RESOURCE}</resource>")),
            "{}",
            out.sent
        );
        let bind_id = id_after(&out.sent, "<iq");

        let out = feed(
            &mut client,
            &format!(
                "<iq type='result' id='{bind_id}'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>\
                 <jid>alice@otter.test/{RESOURCE}</jid></bind></iq>"
            ),
            one_byte_at_a_time,
        )?;
        sent.push_str(&out.sent);
        Ok((client, sent, out.events))
    }

    fn logs_in_and_chats(one_byte_at_a_time: bool) -> Result<(), XmppError> {
        let (mut client, sent, events) = log_in(one_byte_at_a_time)?;
        assert!(client.is_online());
        let [
            XmppEvent::Online {
                bound_jid,
                mechanism,
            },
        ] = events.as_slice()
        else {
            panic!("{events:?}")
        };
        assert_eq!(
            bound_jid.to_string(),
            format!("alice@otter.test/{RESOURCE}")
        );
        assert_eq!(*mechanism, SaslMechanism::ScramSha1);
        // Roster first, then the bare initial presence (no capabilities, no client name).
        let roster_at = sent.find("jabber:iq:roster").expect("roster request");
        let presence_at = sent.find("<presence/>").expect("initial presence");
        assert!(roster_at < presence_at, "{sent}");
        let roster_id = id_after(&sent, "<iq type='get'");

        let out = feed(
            &mut client,
            &format!(
                "<iq type='result' id='{roster_id}' to='alice@otter.test/{RESOURCE}'>\
                 <query xmlns='jabber:iq:roster' ver='1'><item jid='xmppbot@otter.test' \
                 subscription='both' name='Bot'><group>Bots</group></item></query></iq>\
                 <message from='xmppbot@otter.test/bot' type='chat' id='b1'>\
                 <body>echo: 1 &lt; 2 &amp;&amp; 3 &gt; 2</body></message>\
                 <iq type='get' id='p1' from='otter.test'><ping xmlns='urn:xmpp:ping'/></iq>\
                 <iq type='get' id='v1' from='mallory@otter.test/x'>\
                 <query xmlns='jabber:iq:version'/></iq>\
                 <iq type='get' id='t1' from='mallory@otter.test/x'><time xmlns='urn:xmpp:time'/></iq>\
                 <iq type='get' id='l1' from='mallory@otter.test/x'>\
                 <query xmlns='jabber:iq:last'/></iq>\
                 <iq type='get' id='d1' from='mallory@otter.test/x'>\
                 <query xmlns='http://jabber.org/protocol/disco#info' node='n#v'/></iq>"
            ),
            one_byte_at_a_time,
        )?;
        let [
            XmppEvent::RosterReceived(roster),
            XmppEvent::ChatReceived { from, id, text, .. },
        ] = out.events.as_slice()
        else {
            panic!("{:?}", out.events)
        };
        assert_eq!(roster.len(), 1);
        assert_eq!(roster[0].jid.to_string(), "xmppbot@otter.test");
        assert_eq!(from.to_string(), "xmppbot@otter.test/bot");
        assert_eq!(id.as_deref(), Some("b1"));
        assert_eq!(text.reveal(), "echo: 1 < 2 && 3 > 2");
        assert!(
            out.sent
                .contains("<iq type='result' id='p1' to='otter.test'/>")
        );
        for id in ["v1", "t1", "l1"] {
            assert!(
                out.sent.contains(&format!(
                    "<iq type='error' id='{id}' to='mallory@otter.test/x'><error type='cancel'>\
                     <service-unavailable"
                )),
                "{id}: {}",
                out.sent
            );
        }
        // Service discovery: the one answer every Otter gives, with no name in it.
        assert!(
            out.sent.contains(
                "<iq type='result' id='d1' to='mallory@otter.test/x'>\
                 <query xmlns='http://jabber.org/protocol/disco#info' node='n#v'>\
                 <identity category='client' type='pc'/>\
                 <feature var='http://jabber.org/protocol/disco#info'/>\
                 <feature var='http://jabber.org/protocol/muc'/>\
                 <feature var='urn:xmpp:ping'/></query></iq>"
            ),
            "{}",
            out.sent
        );
        assert!(!out.sent.contains("Otter"), "nothing names the client");

        // Sending, and a bounce matched back to the caller's id.
        client.send_chat(
            &Jid::parse("xmppbot@otter.test").expect("jid"),
            &otter_testkit::released_plaintext("hello bot").expect("released"),
            LocalId(7),
        )?;
        let out = drain(&mut client);
        assert!(out.sent.contains("<body>hello bot</body>"));
        assert!(out.sent.contains("<origin-id xmlns='urn:xmpp:sid:0'"));
        let message_id = id_after(&out.sent, "<message");
        let out = feed(
            &mut client,
            &format!(
                "<message from='xmppbot@otter.test' type='error' id='{message_id}'>\
                 <error type='cancel'><item-not-found \
                 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>"
            ),
            one_byte_at_a_time,
        )?;
        let [
            XmppEvent::MessageError {
                local_id,
                condition,
                ..
            },
        ] = out.events.as_slice()
        else {
            panic!("{:?}", out.events)
        };
        assert_eq!(*local_id, Some(LocalId(7)));
        assert_eq!(condition, "item-not-found");

        // The server ends the stream; we answer with our closing tag.
        let out = feed(&mut client, "</stream:stream>", one_byte_at_a_time)?;
        assert_eq!(out.sent, "</stream:stream>");
        assert_eq!(out.close, Some(CloseReason::ServerClosed));
        Ok(())
    }

    #[test]
    fn login_with_starttls_and_scram_sha1_then_chat() -> Result<(), XmppError> {
        logs_in_and_chats(false)
    }

    #[test]
    fn login_fed_one_byte_at_a_time_behaves_the_same() -> Result<(), XmppError> {
        logs_in_and_chats(true)
    }

    #[test]
    fn server_without_starttls_is_refused_and_nothing_else_is_sent() -> Result<(), XmppError> {
        let mut client = client(TlsMode::StartTls);
        client.start()?;
        drain(&mut client);
        let result = client.handle_bytes(
            Instant::now(),
            format!("{SERVER_HEADER}{FEATURES_SASL}").as_bytes(),
        );
        assert_eq!(result, Err(XmppError::TlsNotOffered));
        let out = drain(&mut client);
        assert!(!out.sent.contains("<auth"), "no credentials in plaintext");
        assert_eq!(out.sent, "</stream:stream>");
        assert!(matches!(out.close, Some(CloseReason::Error(_))));
        Ok(())
    }

    #[test]
    fn plaintext_injected_after_proceed_is_refused() -> Result<(), XmppError> {
        let mut client = client(TlsMode::StartTls);
        client.start()?;
        client.handle_bytes(
            Instant::now(),
            format!("{SERVER_HEADER}{FEATURES_STARTTLS}").as_bytes(),
        )?;
        drain(&mut client);
        let result = client.handle_bytes(
            Instant::now(),
            b"<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/><stream:features/>",
        );
        assert_eq!(result, Err(XmppError::DataAfterStartTls));
        let out = drain(&mut client);
        assert!(!out.start_tls, "no TLS upgrade over a poisoned buffer");
        Ok(())
    }

    #[test]
    fn direct_tls_asks_for_tls_before_the_first_byte() -> Result<(), XmppError> {
        let mut client = client(TlsMode::DirectTls);
        client.start()?;
        let out = drain(&mut client);
        assert!(out.start_tls);
        assert!(out.sent.is_empty());
        client.handle_tls_established(ChannelBindingData::None)?;
        let out = drain(&mut client);
        assert!(out.sent.contains("<stream:stream to='otter.test'"));
        let out = feed(
            &mut client,
            &format!("{SERVER_HEADER}{FEATURES_SASL}"),
            false,
        )?;
        assert!(out.sent.contains("<auth "));
        Ok(())
    }

    #[test]
    fn sasl_failure_is_authentication_failed_with_the_condition() -> Result<(), XmppError> {
        let mut client = client(TlsMode::DirectTls);
        client.start()?;
        client.handle_tls_established(ChannelBindingData::None)?;
        client.handle_bytes(
            Instant::now(),
            format!("{SERVER_HEADER}{FEATURES_SASL}").as_bytes(),
        )?;
        drain(&mut client);
        let result = client.handle_bytes(
            Instant::now(),
            b"<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/>\
              <text xml:lang='en'>Invalid username or password</text></failure>",
        );
        assert_eq!(
            result,
            Err(XmppError::AuthenticationFailed {
                condition: "not-authorized".into()
            })
        );
        assert_eq!(
            result.map_err(|e| e.kind()),
            Err(otter_types::ErrorKind::AuthenticationFailed)
        );
        Ok(())
    }

    #[test]
    fn a_server_that_cannot_prove_the_password_is_refused() -> Result<(), XmppError> {
        let mut client = client(TlsMode::DirectTls);
        client.start()?;
        client.handle_tls_established(ChannelBindingData::None)?;
        let out = feed(
            &mut client,
            &format!("{SERVER_HEADER}{FEATURES_SASL}"),
            false,
        )?;
        let client_first = BASE64.decode(payload(&out.sent, "auth")).expect("base64");
        let nonce = String::from_utf8(client_first).expect("utf-8");
        let nonce = nonce.split_once(",r=").expect("nonce").1;
        feed(
            &mut client,
            &format!(
                "<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>{}</challenge>",
                BASE64.encode(format!("r={nonce}xyz,s=c2FsdA==,i=4096"))
            ),
            false,
        )?;
        let result = client.handle_bytes(
            Instant::now(),
            format!(
                "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>{}</success>",
                BASE64.encode("v=AAAAAAAAAAAAAAAAAAAAAAAAAAA=")
            )
            .as_bytes(),
        );
        assert!(
            matches!(result, Err(XmppError::SaslProtocol { .. })),
            "{result:?}"
        );
        Ok(())
    }

    #[test]
    fn sending_before_online_is_refused_without_ending_the_stream() -> Result<(), XmppError> {
        let mut client = client(TlsMode::StartTls);
        client.start()?;
        drain(&mut client);
        assert_eq!(
            client.send_chat(
                &Jid::parse("bob@otter.test").expect("jid"),
                &otter_testkit::released_plaintext("too early").expect("released"),
                LocalId(1)
            ),
            Err(XmppError::NotOnline)
        );
        assert!(drain(&mut client).sent.is_empty());
        Ok(())
    }
}
