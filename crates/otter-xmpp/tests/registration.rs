//! In-band registration (XEP-0077) through the whole client: the same TLS negotiation as a
//! login, then the form and the answer instead of SASL, fed as Prosody 0.12 and ejabberd
//! send them. (Under `tests/` because `handle_bytes` takes an `Instant`; see
//! `login_transcript.rs`.)

#[cfg(test)]
mod registration {
    use std::time::Instant;

    use otter_types::Password;
    use otter_xmpp::{
        Action, ChannelBindingData, Client, ClientConfig, CloseReason, Jid, RegistrationRefusal,
        TlsMode, XmppError, XmppEvent,
    };

    const PASSWORD: &str = "kite-harbour-velvet";
    const SERVER_HEADER: &str = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
        xmlns:stream='http://etherx.jabber.org/streams' id='e5c3b0a4' from='otter.test' \
        version='1.0' xml:lang='en'>";
    const FEATURES_STARTTLS: &str = "<stream:features><starttls \
        xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls></stream:features>";
    /// Prosody 0.12 after TLS with `allow_registration = true`.
    const FEATURES_AFTER_TLS: &str = "<stream:features><register \
        xmlns='http://jabber.org/features/iq-register'/><mechanisms \
        xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>SCRAM-SHA-1</mechanism>\
        <mechanism>PLAIN</mechanism></mechanisms></stream:features>";
    /// Prosody 0.12 mod_register_ibr's form, as sent.
    const PROSODY_FORM: &str = "<iq type='result' id='ID'><query xmlns='jabber:iq:register'>\
        <instructions>Choose a username and password for use with this service.</instructions>\
        <username/><password/><x xmlns='jabber:x:data' type='form'>\
        <title>Creating a new account</title>\
        <instructions>Choose a username and password for use with this service.</instructions>\
        <field var='FORM_TYPE' type='hidden'><value>jabber:iq:register</value></field>\
        <field label='Username' var='username' type='text-single'><required/></field>\
        <field label='Password' var='password' type='text-private'><required/></field>\
        </x></query></iq>";

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
                Action::Send(bytes) => out.sent.push_str(&String::from_utf8(bytes).unwrap()),
                Action::StartTls => out.start_tls = true,
                Action::Event(event) => out.events.push(event),
                Action::Close(reason) => out.close = Some(reason),
            }
        }
        out
    }

    fn feed(client: &mut Client, bytes: &str) -> (Result<(), XmppError>, Output) {
        let result = client.handle_bytes(Instant::now(), bytes.as_bytes());
        (result, drain(client))
    }

    /// The id of the last `<iq …>` the client sent.
    fn last_iq_id(sent: &str) -> String {
        let (_, last) = sent.rsplit_once("<iq ").unwrap();
        let (_, from_id) = last.split_once("id='").unwrap();
        let (id, _) = from_id.split_once('\'').unwrap();
        id.to_owned()
    }

    /// Runs STARTTLS and returns the client right after it asked for the registration form,
    /// with everything it sent on the protected stream.
    fn up_to_the_form(tls: TlsMode) -> (Client, String) {
        let account = Jid::parse("kabonemu@otter.test").unwrap();
        let config =
            ClientConfig::registration(&account, Password::new(PASSWORD), tls, [7; 16]).unwrap();
        let mut client = Client::new(config);
        client.start().unwrap();
        let opened = drain(&mut client);
        if tls == TlsMode::StartTls {
            assert!(opened.sent.starts_with("<?xml"), "{}", opened.sent);
            let (result, out) = feed(&mut client, SERVER_HEADER);
            result.unwrap();
            assert!(out.sent.is_empty());
            let (result, out) = feed(&mut client, FEATURES_STARTTLS);
            result.unwrap();
            assert_eq!(
                out.sent,
                "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
            );
            let (result, out) = feed(
                &mut client,
                "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
            );
            result.unwrap();
            assert!(out.start_tls);
        } else {
            assert!(opened.start_tls, "direct TLS starts with TLS");
            assert!(opened.sent.is_empty(), "nothing before TLS");
        }
        client
            .handle_tls_established(ChannelBindingData::None)
            .unwrap();
        let mut sent = drain(&mut client).sent;
        let (result, out) = feed(&mut client, SERVER_HEADER);
        result.unwrap();
        sent.push_str(&out.sent);
        let (result, out) = feed(&mut client, FEATURES_AFTER_TLS);
        result.unwrap();
        sent.push_str(&out.sent);
        (client, sent)
    }

    #[test]
    fn registration_asks_for_the_form_after_tls_and_answers_with_name_and_password_only() {
        for tls in [TlsMode::StartTls, TlsMode::DirectTls] {
            let (mut client, sent) = up_to_the_form(tls);
            assert!(
                sent.ends_with("<query xmlns='jabber:iq:register'/></iq>"),
                "{sent}"
            );
            assert!(!sent.contains("<auth"), "no SASL on a registration stream");
            let id = last_iq_id(&sent);
            let (result, out) = feed(&mut client, &PROSODY_FORM.replace("ID", &id));
            result.unwrap();
            let answer = out.sent;
            assert!(answer.contains("<field var='username'><value>kabonemu</value></field>"));
            assert!(answer.contains(&format!(
                "<field var='password'><value>{PASSWORD}</value></field>"
            )));
            assert!(answer.contains("<field var='FORM_TYPE'><value>jabber:iq:register</value>"));
            for identifying in ["from=", "xml:lang", "resource", "email", "<nick"] {
                assert!(!answer.contains(identifying), "{identifying}: {answer}");
                assert!(!sent.contains(identifying), "{identifying}: {sent}");
            }
            let id = last_iq_id(&answer);
            let (result, out) = feed(&mut client, &format!("<iq type='result' id='{id}'/>"));
            result.unwrap();
            assert!(matches!(
                out.events.as_slice(),
                [XmppEvent::Registered { account }] if account.to_string() == "kabonemu@otter.test"
            ));
            assert_eq!(out.sent, "</stream:stream>");
            assert_eq!(out.close, Some(CloseReason::Requested));
            assert!(!client.is_online());
        }
    }

    #[test]
    fn a_taken_name_ends_in_a_typed_conflict_with_the_servers_words() {
        let (mut client, sent) = up_to_the_form(TlsMode::StartTls);
        let (result, out) = feed(&mut client, &PROSODY_FORM.replace("ID", &last_iq_id(&sent)));
        result.unwrap();
        let id = last_iq_id(&out.sent);
        let (result, out) = feed(
            &mut client,
            &format!(
                "<iq type='error' id='{id}'><error type='cancel'>\
                 <conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>\
                 <text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>The requested username \
                 already exists.</text></error></iq>"
            ),
        );
        let error = result.unwrap_err();
        assert_eq!(
            error,
            XmppError::RegistrationRefused {
                refusal: RegistrationRefusal::NameTaken,
                text: Some("The requested username already exists.".into()),
            }
        );
        assert_eq!(error.kind(), otter_types::ErrorKind::AuthenticationFailed);
        assert!(out.events.is_empty());
        assert_eq!(out.sent, "</stream:stream>");
        assert!(matches!(out.close, Some(CloseReason::Error(_))));
    }

    #[test]
    fn a_server_that_refuses_registration_is_reported_closed() {
        // Prosody with allow_registration = false: no feature, and the query is unhandled.
        let (mut client, sent) = up_to_the_form(TlsMode::StartTls);
        let id = last_iq_id(&sent);
        let (result, _) = feed(
            &mut client,
            &format!(
                "<iq type='error' id='{id}'><error type='cancel'>\
                 <service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>\
                 </error></iq>"
            ),
        );
        assert!(matches!(
            result,
            Err(XmppError::RegistrationRefused {
                refusal: RegistrationRefusal::Closed,
                ..
            })
        ));
    }

    #[test]
    fn a_captcha_form_is_refused_without_sending_anything() {
        let (mut client, sent) = up_to_the_form(TlsMode::StartTls);
        let id = last_iq_id(&sent);
        let (result, out) = feed(
            &mut client,
            &format!(
                "<iq type='result' id='{id}'><query xmlns='jabber:iq:register'>\
                 <x xmlns='jabber:x:data' type='form'>\
                 <instructions>Solve the CAPTCHA</instructions>\
                 <field var='FORM_TYPE' type='hidden'><value>urn:xmpp:captcha</value></field>\
                 <field var='username' type='text-single'><required/></field>\
                 <field var='password' type='text-private'><required/></field>\
                 <field var='ocr' label='Enter the text you see'><required/>\
                 <media xmlns='urn:xmpp:media-element'><uri type='image/png'>cid:x</uri>\
                 </media></field></x>\
                 <x xmlns='jabber:x:oob'><url>https://otter.test/captcha/7</url></x>\
                 </query></iq>"
            ),
        );
        let Err(XmppError::RegistrationRefused {
            refusal: RegistrationRefusal::FormNotSupported(form),
            ..
        }) = result
        else {
            panic!("{result:?}");
        };
        assert!(form.captcha);
        assert_eq!(form.instructions.as_deref(), Some("Solve the CAPTCHA"));
        assert_eq!(form.url.as_deref(), Some("https://otter.test/captcha/7"));
        assert!(!out.sent.contains(PASSWORD), "the password never left");
        assert_eq!(out.sent, "</stream:stream>");
    }

    #[test]
    fn registration_without_tls_is_refused_like_a_login() {
        let account = Jid::parse("kabonemu@otter.test").unwrap();
        let config = ClientConfig::registration(
            &account,
            Password::new(PASSWORD),
            TlsMode::StartTls,
            [7; 16],
        )
        .unwrap();
        let mut client = Client::new(config);
        client.start().unwrap();
        drain(&mut client);
        feed(&mut client, SERVER_HEADER).0.unwrap();
        let (result, out) = feed(&mut client, FEATURES_AFTER_TLS);
        assert_eq!(result, Err(XmppError::TlsNotOffered));
        assert!(!out.sent.contains("jabber:iq:register"));
    }

    #[test]
    fn an_empty_password_or_a_missing_name_cannot_register() {
        let jid = |s| Jid::parse(s).unwrap();
        assert!(
            ClientConfig::registration(
                &jid("kabonemu@otter.test"),
                Password::new(""),
                TlsMode::StartTls,
                [0; 16]
            )
            .is_err()
        );
        assert!(
            ClientConfig::registration(
                &jid("otter.test"),
                Password::new(PASSWORD),
                TlsMode::StartTls,
                [0; 16]
            )
            .is_err()
        );
    }
}
