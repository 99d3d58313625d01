//! Multi-user chat (XEP-0045) and bookmarks (XEP-0402, XEP-0048) fed as a server would send
//! them, after a short PLAIN login. Under `tests/` because `handle_bytes` takes an `Instant`.

#[cfg(test)]
mod rooms {
    use std::time::Instant;

    use otter_types::{LocalId, MessageText, Password};
    use otter_xmpp::{
        Action, Affiliation, Bookmark, BookmarkStore, ChannelBindingData, Client, ClientConfig,
        History, Jid, LeftReason, MAX_NICK_BYTES, MAX_OCCUPANTS, MAX_REASON_BYTES,
        MAX_SUBJECT_BYTES, Moderation, OccupantChange, Role, RoomBody, RoomError, RoomRequest,
        TlsMode, XmppError, XmppEvent,
    };

    const HEADER: &str = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
        xmlns:stream='http://etherx.jabber.org/streams' id='s1' from='otter.test' version='1.0'>";
    const ROOM: &str = "otter@conference.otter.test";

    #[derive(Default)]
    struct Output {
        sent: String,
        events: Vec<XmppEvent>,
    }

    fn drain(client: &mut Client) -> Output {
        let mut out = Output::default();
        while let Some(action) = client.poll_action() {
            match action {
                Action::Send(bytes) => out.sent.push_str(&String::from_utf8(bytes).unwrap()),
                Action::Event(event) => out.events.push(event),
                Action::StartTls | Action::Close(_) => {}
            }
        }
        out
    }

    fn feed(client: &mut Client, xml: &str) -> Output {
        client.handle_bytes(Instant::now(), xml.as_bytes()).unwrap();
        drain(client)
    }

    fn id_after(sent: &str, marker: &str) -> String {
        let rest = sent.get(sent.find(marker).expect(marker)..).unwrap();
        let id = rest.split_once("id='").unwrap().1;
        id.split_once('\'').unwrap().0.to_owned()
    }

    /// Logs in with PLAIN (the only mechanism offered) and returns the client online, with
    /// what it sent once bound (roster, presence, disco#info to the account).
    fn online() -> (Client, String) {
        let config = ClientConfig::new(
            &Jid::parse("alice@otter.test").unwrap(),
            Password::new("pw"),
            "r1".into(),
            TlsMode::StartTls,
            [7; 16],
        )
        .unwrap();
        let mut client = Client::new(config);
        client.start().unwrap();
        drain(&mut client);
        feed(
            &mut client,
            &format!(
                "{HEADER}<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>\
                 </stream:features>"
            ),
        );
        feed(
            &mut client,
            "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
        );
        client
            .handle_tls_established(ChannelBindingData::None)
            .unwrap();
        drain(&mut client);
        feed(
            &mut client,
            &format!(
                "{HEADER}<stream:features><mechanisms \
                 xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism>\
                 </mechanisms></stream:features>"
            ),
        );
        feed(
            &mut client,
            "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>",
        );
        let out = feed(
            &mut client,
            &format!(
                "{HEADER}<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>\
                 </stream:features>"
            ),
        );
        let bind = id_after(&out.sent, "<iq");
        let out = feed(
            &mut client,
            &format!(
                "<iq type='result' id='{bind}'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>\
                 <jid>alice@otter.test/r1</jid></bind></iq>"
            ),
        );
        assert!(client.is_online());
        (client, out.sent)
    }

    /// The id of the disco#info request sent when going online.
    fn disco_id(sent: &str) -> String {
        let at = sent.find("disco#info").unwrap();
        let start = sent.get(..at).unwrap().rfind("<iq").unwrap();
        id_after(sent.get(start..).unwrap(), "<iq")
    }

    fn room() -> Jid {
        Jid::parse(ROOM).unwrap()
    }

    fn presence(nick: &str, item: &str, codes: &[u16], kind: &str) -> String {
        let codes: String = codes
            .iter()
            .map(|c| format!("<status code='{c}'/>"))
            .collect();
        format!(
            "<presence from='{ROOM}/{nick}'{kind}><x xmlns='http://jabber.org/protocol/muc#user'>\
             <item {item}/>{codes}</x></presence>"
        )
    }

    /// Joins as "alice" with the bot already inside; returns the client in the room.
    fn joined() -> Client {
        let (mut client, _) = online();
        client
            .join_room(&room(), "alice", None, History::MaxStanzas(0))
            .unwrap();
        drain(&mut client);
        feed(
            &mut client,
            &presence("xmppbot", "affiliation='owner' role='moderator'", &[], ""),
        );
        let out = feed(
            &mut client,
            &presence("alice", "affiliation='none' role='participant'", &[110], ""),
        );
        assert!(matches!(out.events[..], [XmppEvent::RoomJoined { .. }]));
        client
    }

    #[test]
    fn join_collects_occupants_until_our_own_presence_and_reports_room_facts() {
        let (mut client, _) = online();
        client
            .join_room(
                &room(),
                "alice",
                Some(&Password::new("s3<cret")),
                History::MaxStanzas(5),
            )
            .unwrap();
        let out = drain(&mut client);
        assert_eq!(
            out.sent,
            "<presence to='otter@conference.otter.test/alice'><x \
             xmlns='http://jabber.org/protocol/muc'><history maxstanzas='5'/>\
             <password>s3&lt;cret</password></x></presence>"
        );
        let out = feed(
            &mut client,
            &presence(
                "xmppbot",
                "affiliation='owner' role='moderator' jid='xmppbot@otter.test/x'",
                &[],
                "",
            ),
        );
        assert!(out.events.is_empty(), "nothing until we are in");
        let out = feed(
            &mut client,
            &presence(
                "alice",
                "affiliation='none' role='participant'",
                &[100, 110, 170, 201],
                "",
            ),
        );
        let [
            XmppEvent::RoomJoined {
                room: joined,
                nick,
                facts,
                occupants,
            },
        ] = &out.events[..]
        else {
            panic!("{:?}", out.events)
        };
        assert_eq!(joined, &room());
        assert_eq!(nick, "alice");
        assert!(facts.addresses_visible && facts.logged && facts.created);
        assert_eq!(occupants.len(), 2);
        let bot = occupants.iter().find(|o| o.nick == "xmppbot").unwrap();
        assert_eq!(
            (bot.role, bot.affiliation),
            (Role::Moderator, Affiliation::Owner)
        );
        assert_eq!(
            bot.jid.as_ref().map(ToString::to_string).as_deref(),
            Some("xmppbot@otter.test/x")
        );
    }

    #[test]
    fn no_history_element_when_the_server_default_is_asked_for() {
        let (mut client, _) = online();
        client
            .join_room(&room(), "alice", None, History::ServerDefault)
            .unwrap();
        let sent = drain(&mut client).sent;
        assert!(
            sent.contains("<x xmlns='http://jabber.org/protocol/muc'></x>"),
            "{sent}"
        );
    }

    #[test]
    fn history_subject_live_and_reflected_messages() {
        let mut client = joined();
        let out = feed(
            &mut client,
            &format!(
                "<message type='groupchat' from='{ROOM}/xmppbot' id='h1'><body>old</body>\
                 <delay xmlns='urn:xmpp:delay' from='{ROOM}' stamp='2026-11-30T10:00:00Z'/>\
                 </message>\
                 <message type='groupchat' from='{ROOM}/xmppbot'><subject>Otter &amp; \
                 friends</subject></message>\
                 <message type='groupchat' from='{ROOM}/xmppbot' id='l1'><body>live</body>\
                 </message>\
                 <message type='groupchat' from='{ROOM}/alice' id='o1'><body>mine</body>\
                 </message>"
            ),
        );
        let [
            XmppEvent::RoomMessage {
                nick: n1,
                text: t1,
                delay: Some(d1),
                own: false,
                ..
            },
            XmppEvent::RoomSubject {
                nick: n2, subject, ..
            },
            XmppEvent::RoomMessage {
                text: t3,
                delay: None,
                own: false,
                ..
            },
            XmppEvent::RoomMessage {
                text: t4,
                own: true,
                ..
            },
        ] = &out.events[..]
        else {
            panic!("{:?}", out.events)
        };
        assert_eq!(n1.as_deref(), Some("xmppbot"));
        assert_eq!(t1.reveal(), "old");
        assert_eq!(d1.stamp, "2026-11-30T10:00:00Z");
        assert_eq!(n2.as_deref(), Some("xmppbot"));
        assert_eq!(subject.reveal(), "Otter & friends");
        assert_eq!(t3.reveal(), "live");
        assert_eq!(t4.reveal(), "mine");
    }

    #[test]
    fn occupants_come_change_nick_and_go() {
        let mut client = joined();
        let out = feed(
            &mut client,
            &presence("carol", "affiliation='member' role='participant'", &[], ""),
        );
        assert!(matches!(
            &out.events[..],
            [XmppEvent::RoomOccupants { change: OccupantChange::Present(o), .. }]
                if o.nick == "carol" && o.affiliation == Affiliation::Member
        ));
        let out = feed(
            &mut client,
            &presence(
                "carol",
                "affiliation='member' role='participant' nick='caro'",
                &[303],
                " type='unavailable'",
            ),
        );
        assert!(matches!(
            &out.events[..],
            [XmppEvent::RoomOccupants { change: OccupantChange::Renamed { from, to }, .. }]
                if from == "carol" && to == "caro"
        ));
        // The new nick's available presence is a role/affiliation refresh, not news.
        let out = feed(
            &mut client,
            &presence("caro", "affiliation='member' role='participant'", &[], ""),
        );
        assert!(out.events.is_empty(), "{:?}", out.events);
        let out = feed(
            &mut client,
            &presence(
                "caro",
                "affiliation='member' role='none'",
                &[307],
                " type='unavailable'",
            ),
        );
        assert!(matches!(
            &out.events[..],
            [XmppEvent::RoomOccupants {
                change: OccupantChange::Left { nick, reason: LeftReason::Kicked },
                ..
            }] if nick == "caro"
        ));
    }

    #[test]
    fn sending_leaving_and_private_messages() {
        let mut client = joined();
        client
            .send_room_message(
                &room(),
                &RoomBody::new(MessageText::new("hi <all>")),
                LocalId(1),
            )
            .unwrap();
        let sent = drain(&mut client).sent;
        assert!(
            sent.starts_with("<message type='groupchat' to='otter@conference.otter.test' id='")
                && sent.contains("<body>hi &lt;all&gt;</body>"),
            "{sent}"
        );
        // A private message from an occupant is one-to-one, known by its room address.
        let out = feed(
            &mut client,
            &format!(
                "<message type='chat' from='{ROOM}/xmppbot'><body>psst</body>\
                 <x xmlns='http://jabber.org/protocol/muc#user'/></message>"
            ),
        );
        assert!(matches!(
            &out.events[..],
            [XmppEvent::ChatReceived { from, in_room: true, text, .. }]
                if from.to_string() == format!("{ROOM}/xmppbot") && text.reveal() == "psst"
        ));
        client.leave_room(&room()).unwrap();
        assert_eq!(
            drain(&mut client).sent,
            "<presence to='otter@conference.otter.test/alice' type='unavailable'/>"
        );
        let out = feed(
            &mut client,
            &presence(
                "alice",
                "affiliation='none' role='none'",
                &[110],
                " type='unavailable'",
            ),
        );
        assert!(matches!(
            &out.events[..],
            [XmppEvent::RoomLeft {
                reason: LeftReason::Left,
                ..
            }]
        ));
        assert_eq!(
            client.send_room_message(&room(), &RoomBody::new(MessageText::new("x")), LocalId(2)),
            Err(XmppError::NotInRoom)
        );
    }

    #[test]
    fn join_errors_are_typed_and_forget_the_room() {
        for (condition, expected) in [
            ("conflict", RoomError::NickInUse),
            ("not-authorized", RoomError::PasswordRequired),
            ("forbidden", RoomError::Banned),
            ("item-not-found", RoomError::RoomNotFound),
            ("registration-required", RoomError::MembersOnly),
            ("service-unavailable", RoomError::RoomFull),
            (
                "gone",
                RoomError::Other {
                    condition: "gone".into(),
                },
            ),
        ] {
            let (mut client, _) = online();
            client
                .join_room(&room(), "xmppbot", None, History::MaxStanzas(0))
                .unwrap();
            drain(&mut client);
            let out = feed(
                &mut client,
                &format!(
                    "<presence from='{ROOM}/xmppbot' type='error'><x \
                     xmlns='http://jabber.org/protocol/muc'/><error type='cancel'>\
                     <{condition} xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>\
                     </presence>"
                ),
            );
            assert!(
                matches!(&out.events[..], [XmppEvent::RoomError { error, .. }] if *error == expected),
                "{condition}: {:?}",
                out.events
            );
            assert_eq!(client.leave_room(&room()), Err(XmppError::NotInRoom));
        }
    }

    #[test]
    fn kicked_banned_and_destroyed_end_our_stay() {
        for (codes, destroy, expected) in [
            (&[110, 307][..], "", LeftReason::Kicked),
            (&[110, 301][..], "", LeftReason::Banned),
            (&[110, 332][..], "", LeftReason::ServiceShutdown),
            (
                &[110][..],
                "<destroy jid='new@conference.otter.test'><reason>moved</reason></destroy>",
                LeftReason::Destroyed {
                    alternative: Jid::parse("new@conference.otter.test").ok(),
                },
            ),
        ] {
            let mut client = joined();
            let codes: String = codes
                .iter()
                .map(|c| format!("<status code='{c}'/>"))
                .collect();
            let out = feed(
                &mut client,
                &format!(
                    "<presence from='{ROOM}/alice' type='unavailable'><x \
                     xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' \
                     role='none'/>{destroy}{codes}</x></presence>"
                ),
            );
            assert!(
                matches!(&out.events[..], [XmppEvent::RoomLeft { reason, .. }] if *reason == expected),
                "{:?}",
                out.events
            );
        }
    }

    #[test]
    fn a_refused_room_message_is_a_room_error() {
        let mut client = joined();
        let out = feed(
            &mut client,
            &format!(
                "<message type='error' from='{ROOM}' id='m'><error type='auth'><forbidden \
                 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>"
            ),
        );
        assert!(matches!(
            &out.events[..],
            [XmppEvent::RoomError {
                error: RoomError::MessageRefused { condition, local_id: None },
                ..
            }] if condition == "forbidden"
        ));
    }

    #[test]
    fn a_refusal_names_the_message_it_answers() {
        let mut client = joined();
        client
            .send_room_message(&room(), &RoomBody::new(MessageText::new("hi")), LocalId(7))
            .unwrap();
        let sent = drain(&mut client).sent;
        let id = sent
            .split("id='")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .unwrap();
        // The error may come from the user's own occupant address as well as the room's.
        let out = feed(
            &mut client,
            &format!(
                "<message type='error' from='{ROOM}/alice' id='{id}'><error type='auth'>\
                 <forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>"
            ),
        );
        assert!(
            matches!(
                &out.events[..],
                [XmppEvent::RoomError {
                    error: RoomError::MessageRefused {
                        local_id: Some(LocalId(7)),
                        ..
                    },
                    ..
                }]
            ),
            "{:?}",
            out.events
        );
    }

    #[test]
    fn limits_on_subject_nick_and_occupant_count() {
        let mut client = joined();
        let long = "é".repeat(MAX_SUBJECT_BYTES);
        let out = feed(
            &mut client,
            &format!("<message type='groupchat' from='{ROOM}'><subject>{long}</subject></message>"),
        );
        let [XmppEvent::RoomSubject { subject, nick, .. }] = &out.events[..] else {
            panic!("{:?}", out.events)
        };
        assert!(nick.is_none());
        assert_eq!(subject.len(), MAX_SUBJECT_BYTES);

        let huge_nick = "n".repeat(MAX_NICK_BYTES + 1);
        let out = feed(
            &mut client,
            &presence(&huge_nick, "role='participant'", &[], ""),
        );
        assert!(out.events.is_empty());
        let out = feed(
            &mut client,
            &format!(
                "<message type='groupchat' from='{ROOM}/{huge_nick}'><body>x</body></message>"
            ),
        );
        assert!(out.events.is_empty());

        // Two already inside; fill to the limit, then one more: we leave rather than grow.
        let mut batch = String::new();
        for i in 0..MAX_OCCUPANTS - 2 {
            batch.push_str(&presence(&format!("u{i}"), "role='participant'", &[], ""));
        }
        let out = feed(&mut client, &batch);
        assert_eq!(out.events.len(), MAX_OCCUPANTS - 2);
        let out = feed(
            &mut client,
            &presence("onemore", "role='participant'", &[], ""),
        );
        assert!(
            matches!(
                &out.events[..],
                [XmppEvent::RoomLeft {
                    reason: LeftReason::TooManyOccupants,
                    ..
                }]
            ),
            "{:?}",
            out.events
        );
        assert_eq!(
            out.sent,
            "<presence to='otter@conference.otter.test/alice' type='unavailable'/>"
        );
    }

    #[test]
    fn bad_rooms_and_nicks_are_refused_before_anything_is_sent() {
        let (mut client, _) = online();
        for (room, nick) in [
            ("otter@conference.otter.test/nick", "alice"),
            ("conference.otter.test", "alice"),
            (ROOM, ""),
            (ROOM, "a\u{7}b"),
        ] {
            let result = client.join_room(
                &Jid::parse(room).unwrap(),
                nick,
                None,
                History::ServerDefault,
            );
            assert!(
                matches!(result, Err(XmppError::InvalidRoom { .. })),
                "{room} {nick:?}"
            );
        }
        assert!(drain(&mut client).sent.is_empty());
        // A second join of a room we are joining would wait for an occupant list that never
        // comes.
        client
            .join_room(&room(), "alice", None, History::ServerDefault)
            .unwrap();
        assert!(matches!(
            client.join_room(&room(), "alice2", None, History::ServerDefault),
            Err(XmppError::InvalidRoom { .. })
        ));
    }

    fn bookmark(room: &str, autojoin: bool) -> Bookmark {
        Bookmark {
            room: Jid::parse(room).unwrap(),
            name: Some("Otter".into()),
            nick: Some("al".into()),
            password: None,
            autojoin,
        }
    }

    #[test]
    fn pep_bookmarks_when_the_server_offers_them() {
        let (mut client, sent) = online();
        assert_eq!(
            client.add_bookmark(bookmark(ROOM, true)),
            Err(XmppError::BookmarksNotReady)
        );
        let disco = disco_id(&sent);
        let out = feed(
            &mut client,
            &format!(
                "<iq type='result' id='{disco}' from='alice@otter.test'><query \
                 xmlns='http://jabber.org/protocol/disco#info'><identity category='account' \
                 type='registered'/><feature var='urn:xmpp:bookmarks:1#compat'/></query></iq>"
            ),
        );
        assert!(
            out.sent.contains("<items node='urn:xmpp:bookmarks:1'/>"),
            "{}",
            out.sent
        );
        let fetch = id_after(&out.sent, "<iq");
        let out = feed(
            &mut client,
            &format!(
                "<iq type='result' id='{fetch}'><pubsub xmlns='http://jabber.org/protocol/pubsub'>\
                 <items node='urn:xmpp:bookmarks:1'><item id='{ROOM}'><conference \
                 xmlns='urn:xmpp:bookmarks:1' name='Otter' autojoin='true'><nick>al</nick>\
                 </conference></item><item id='bad/jid'><conference \
                 xmlns='urn:xmpp:bookmarks:1'/></item></items></pubsub></iq>"
            ),
        );
        let [XmppEvent::Bookmarks { store, bookmarks }] = &out.events[..] else {
            panic!("{:?}", out.events)
        };
        assert_eq!(*store, BookmarkStore::Pep);
        assert_eq!(bookmarks, &vec![bookmark(ROOM, true)]);

        client
            .add_bookmark(bookmark("tails@conference.otter.test", false))
            .unwrap();
        let out = drain(&mut client);
        assert!(
            out.sent.contains(
                "<publish node='urn:xmpp:bookmarks:1'><item id='tails@conference.otter.test'>\
                 <conference xmlns='urn:xmpp:bookmarks:1' name='Otter' autojoin='false'>\
                 <nick>al</nick></conference></item></publish>"
            ) && out
                .sent
                .contains("<field var='pubsub#access_model'><value>whitelist</value>"),
            "{}",
            out.sent
        );
        let id = id_after(&out.sent, "<iq");
        let out = feed(&mut client, &format!("<iq type='result' id='{id}'/>"));
        let [XmppEvent::Bookmarks { bookmarks, .. }] = &out.events[..] else {
            panic!("{:?}", out.events)
        };
        assert_eq!(bookmarks.len(), 2);

        client.remove_bookmark(&room()).unwrap();
        let out = drain(&mut client);
        assert!(out.sent.contains(&format!(
            "<retract node='urn:xmpp:bookmarks:1' notify='true'><item id='{ROOM}'/></retract>"
        )));
        let id = id_after(&out.sent, "<iq");
        let out = feed(
            &mut client,
            &format!(
                "<iq type='error' id='{id}'><error type='cancel'><not-allowed \
                 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"
            ),
        );
        assert!(matches!(
            &out.events[..],
            [XmppEvent::BookmarksFailed { condition }] if condition == "not-allowed"
        ));
    }

    #[test]
    fn private_xml_bookmarks_when_pep_ones_are_not_offered() {
        let (mut client, sent) = online();
        let disco = disco_id(&sent);
        let out = feed(
            &mut client,
            &format!(
                "<iq type='result' id='{disco}'><query \
                 xmlns='http://jabber.org/protocol/disco#info'><feature \
                 var='http://jabber.org/protocol/pubsub#publish'/></query></iq>"
            ),
        );
        assert!(
            out.sent.contains(
                "<query xmlns='jabber:iq:private'><storage xmlns='storage:bookmarks'/></query>"
            ),
            "{}",
            out.sent
        );
        let fetch = id_after(&out.sent, "<iq");
        let out = feed(
            &mut client,
            &format!(
                "<iq type='result' id='{fetch}'><query xmlns='jabber:iq:private'><storage \
                 xmlns='storage:bookmarks'><conference jid='{ROOM}' name='Otter' \
                 autojoin='1'><nick>al</nick><password>pw</password></conference>\
                 <url name='x' url='http://x/'/></storage></query></iq>"
            ),
        );
        let [XmppEvent::Bookmarks { store, bookmarks }] = &out.events[..] else {
            panic!("{:?}", out.events)
        };
        assert_eq!(*store, BookmarkStore::PrivateXml);
        assert!(bookmarks[0].autojoin);
        assert_eq!(
            bookmarks[0].password.as_ref().map(Password::reveal),
            Some("pw")
        );
        assert!(
            !format!("{bookmarks:?}").contains("pw"),
            "no password in Debug"
        );

        // The whole list is written each time, the earlier bookmark kept.
        client
            .add_bookmark(bookmark("tails@conference.otter.test", false))
            .unwrap();
        let sent = drain(&mut client).sent;
        assert!(
            sent.contains(&format!(
                "<conference jid='{ROOM}' name='Otter' autojoin='true'>"
            )) && sent.contains(
                "<conference jid='tails@conference.otter.test' name='Otter' \
                     autojoin='false'><nick>al</nick></conference>"
            ),
            "{sent}"
        );
    }

    #[test]
    fn nothing_saved_yet_is_an_empty_list() {
        let (mut client, sent) = online();
        let disco = disco_id(&sent);
        let out = feed(
            &mut client,
            &format!(
                "<iq type='result' id='{disco}'><query \
                 xmlns='http://jabber.org/protocol/disco#info'><feature \
                 var='urn:xmpp:bookmarks:1#compat'/></query></iq>"
            ),
        );
        let fetch = id_after(&out.sent, "<iq");
        let out = feed(
            &mut client,
            &format!(
                "<iq type='error' id='{fetch}'><error type='cancel'><item-not-found \
                 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"
            ),
        );
        assert!(matches!(
            &out.events[..],
            [XmppEvent::Bookmarks { bookmarks, .. }] if bookmarks.is_empty()
        ));
        client.add_bookmark(bookmark(ROOM, true)).unwrap();
    }

    /// Room messages in any split of the input: a multi-byte character may arrive in two
    /// reads, or fall on the edge of the pieces the client parses a large read in.
    #[test]
    fn non_ascii_messages_are_read_whatever_the_split() {
        let body = "ünï — مرحبا 🦦 你好 ".repeat(40);
        let mut input = String::new();
        let mut count = 0;
        while input.len() < 100_000 {
            count += 1;
            input.push_str(&format!(
                "<message from='{ROOM}/xmppbot' type='groupchat' id='g{count}'>\
                 <body>{body}</body></message>"
            ));
        }
        for chunk in [1, 2, 3, 7, 1000, 16 * 1024 + 1, input.len()] {
            let mut client = joined();
            let mut texts = Vec::new();
            for piece in input.as_bytes().chunks(chunk) {
                client
                    .handle_bytes(Instant::now(), piece)
                    .unwrap_or_else(|e| panic!("chunk {chunk}: {e:?}"));
                texts.extend(
                    drain(&mut client)
                        .events
                        .into_iter()
                        .filter_map(|e| match e {
                            XmppEvent::RoomMessage { text, .. } => Some(text.into_revealed()),
                            _ => None,
                        }),
                );
            }
            assert_eq!(texts.len(), count, "chunk {chunk}");
            assert!(texts.iter().all(|text| *text == body), "chunk {chunk}");
        }
    }

    /// A silent connection is pinged (XEP-0199) after `KEEPALIVE_IDLE`; anything from the
    /// server answers it; a ping left unanswered for `KEEPALIVE_TIMEOUT` ends the stream as
    /// lost, so the account can reconnect instead of looking online on a dead circuit.
    #[test]
    fn a_silent_server_is_pinged_and_an_unanswered_ping_ends_the_stream() {
        use otter_xmpp::{KEEPALIVE_IDLE, KEEPALIVE_TIMEOUT};
        let (mut client, _) = online();
        let start = Instant::now();
        client.handle_bytes(start, b" ").unwrap();
        assert_eq!(client.poll_timeout(), Some(start + KEEPALIVE_IDLE));

        // Not yet: nothing happens.
        client
            .handle_timeout(start + KEEPALIVE_IDLE - std::time::Duration::from_secs(1))
            .unwrap();
        assert!(drain(&mut client).sent.is_empty());

        // Silence: a ping to our server, then its answer clears it.
        client.handle_timeout(start + KEEPALIVE_IDLE).unwrap();
        let sent = drain(&mut client).sent;
        assert!(sent.contains("<ping xmlns='urn:xmpp:ping'/>"), "{sent}");
        assert!(sent.contains("to='otter.test'"), "{sent}");
        let id = id_after(&sent, "<iq");
        let answered = start + KEEPALIVE_IDLE + std::time::Duration::from_secs(2);
        client
            .handle_bytes(
                answered,
                format!("<iq type='result' id='{id}'/>").as_bytes(),
            )
            .unwrap();
        assert_eq!(client.poll_timeout(), Some(answered + KEEPALIVE_IDLE));

        // Silence again, and no answer this time.
        let pinged = answered + KEEPALIVE_IDLE;
        client.handle_timeout(pinged).unwrap();
        drain(&mut client);
        assert_eq!(client.poll_timeout(), Some(pinged + KEEPALIVE_TIMEOUT));
        let error = client
            .handle_timeout(pinged + KEEPALIVE_TIMEOUT)
            .unwrap_err();
        assert!(matches!(error, XmppError::Unresponsive { .. }), "{error:?}");
        assert_eq!(error.kind(), otter_types::ErrorKind::ServerUnreachable);
        let mut closed = false;
        while let Some(action) = client.poll_action() {
            closed |= matches!(action, Action::Close(_));
        }
        assert!(closed);
        assert_eq!(client.poll_timeout(), None);
    }

    /// A room created by our join (201) is configured with its defaults at once, which
    /// unlocks it for others (XEP-0045 §10.1.2); a refusal says the room stays locked.
    #[test]
    fn a_room_we_create_gets_its_default_configuration() {
        let (mut client, _) = online();
        client
            .join_room(&room(), "alice", None, History::MaxStanzas(0))
            .unwrap();
        drain(&mut client);
        let out = feed(
            &mut client,
            &presence(
                "alice",
                "affiliation='owner' role='moderator'",
                &[110, 201],
                "",
            ),
        );
        assert!(
            matches!(&out.events[..], [XmppEvent::RoomJoined { facts, .. }] if facts.created),
            "{:?}",
            out.events
        );
        assert!(
            out.sent
                .starts_with(&format!("<iq type='set' to='{ROOM}' id='"))
                && out.sent.ends_with(
                    "<query xmlns='http://jabber.org/protocol/muc#owner'>\
                     <x xmlns='jabber:x:data' type='submit'/></query></iq>"
                ),
            "{}",
            out.sent
        );
        let id = id_after(&out.sent, "<iq");
        let out = feed(
            &mut client,
            &format!(
                "<iq type='error' from='{ROOM}' id='{id}'><error type='cancel'><not-allowed \
                 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"
            ),
        );
        assert!(
            matches!(
                &out.events[..],
                [XmppEvent::RoomRequestFailed { request: RoomRequest::Configure, condition, .. }]
                    if condition == "not-allowed"
            ),
            "{:?}",
            out.events
        );
        assert!(out.sent.is_empty(), "an error is never answered");

        // Joining a room that exists sends no configuration.
        let mut client = joined();
        assert!(drain(&mut client).sent.is_empty());
    }

    #[test]
    fn moderation_by_nick_and_ban_by_real_address_with_reasons() {
        let (mut client, _) = online();
        client
            .join_room(&room(), "alice", None, History::MaxStanzas(0))
            .unwrap();
        drain(&mut client);
        feed(
            &mut client,
            &presence(
                "xmppbot",
                "affiliation='none' role='participant' jid='xmppbot@otter.test/res'",
                &[],
                "",
            ),
        );
        feed(
            &mut client,
            &presence("mallory", "affiliation='none' role='participant'", &[], ""),
        );
        feed(
            &mut client,
            &presence("alice", "affiliation='owner' role='moderator'", &[110], ""),
        );
        drain(&mut client);

        let admin = |item: &str| {
            format!("<query xmlns='http://jabber.org/protocol/muc#admin'>{item}</query></iq>")
        };
        for (action, item) in [
            (
                Moderation::Kick,
                "<item nick='xmppbot' role='none'><reason>enough &lt;now&gt;</reason></item>",
            ),
            (
                Moderation::RevokeVoice,
                "<item nick='xmppbot' role='visitor'><reason>enough &lt;now&gt;</reason></item>",
            ),
            (
                Moderation::GrantVoice,
                "<item nick='xmppbot' role='participant'><reason>enough &lt;now&gt;</reason></item>",
            ),
            (
                Moderation::GrantModerator,
                "<item nick='xmppbot' role='moderator'><reason>enough &lt;now&gt;</reason></item>",
            ),
            (
                Moderation::RevokeModerator,
                "<item nick='xmppbot' role='participant'><reason>enough &lt;now&gt;</reason></item>",
            ),
            (
                Moderation::Ban,
                "<item jid='xmppbot@otter.test' affiliation='outcast'><reason>enough \
                 &lt;now&gt;</reason></item>",
            ),
        ] {
            client
                .moderate_room(
                    &room(),
                    "xmppbot",
                    action,
                    Some(&MessageText::new("enough <now>")),
                )
                .unwrap();
            let sent = drain(&mut client).sent;
            assert!(
                sent.starts_with(&format!("<iq type='set' to='{ROOM}' id='"))
                    && sent.ends_with(&admin(item)),
                "{action:?}: {sent}"
            );
        }
        // No reason, or an empty one: no element.
        client
            .moderate_room(
                &room(),
                "xmppbot",
                Moderation::Kick,
                Some(&MessageText::new(" ")),
            )
            .unwrap();
        assert!(
            drain(&mut client)
                .sent
                .ends_with(&admin("<item nick='xmppbot' role='none'></item>"))
        );
        // A reason longer than the limit is cut.
        client
            .moderate_room(
                &room(),
                "xmppbot",
                Moderation::Kick,
                Some(&MessageText::new("é".repeat(MAX_REASON_BYTES))),
            )
            .unwrap();
        let sent = drain(&mut client).sent;
        assert!(sent.contains(&format!(
            "<reason>{}</reason>",
            "é".repeat(MAX_REASON_BYTES / 2)
        )));

        // A ban needs the real address; the room does not show mallory's.
        assert!(matches!(
            client.moderate_room(&room(), "mallory", Moderation::Ban, None),
            Err(XmppError::InvalidRoom { .. })
        ));
        assert!(drain(&mut client).sent.is_empty());

        // The room refuses: the request is named.
        client
            .moderate_room(&room(), "mallory", Moderation::Kick, None)
            .unwrap();
        let id = id_after(&drain(&mut client).sent, "<iq");
        let out = feed(
            &mut client,
            &format!(
                "<iq type='error' from='{ROOM}' id='{id}'><error type='auth'><forbidden \
                 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"
            ),
        );
        assert!(
            matches!(
                &out.events[..],
                [XmppEvent::RoomRequestFailed {
                    request: RoomRequest::Moderate(Moderation::Kick),
                    condition,
                    room: r,
                }] if condition == "forbidden" && *r == room()
            ),
            "{:?}",
            out.events
        );
        // Not in the room: nothing sent.
        let other = Jid::parse("other@conference.otter.test").unwrap();
        assert_eq!(
            client.moderate_room(&other, "x", Moderation::Kick, None),
            Err(XmppError::NotInRoom)
        );
        assert_eq!(client.destroy_room(&other, None), Err(XmppError::NotInRoom));
    }

    #[test]
    fn destroying_a_room_we_own() {
        let mut client = joined();
        client
            .destroy_room(&room(), Some(&MessageText::new("done")))
            .unwrap();
        let sent = drain(&mut client).sent;
        assert!(
            sent.starts_with(&format!("<iq type='set' to='{ROOM}' id='"))
                && sent.ends_with(
                    "<query xmlns='http://jabber.org/protocol/muc#owner'><destroy>\
                     <reason>done</reason></destroy></query></iq>"
                ),
            "{sent}"
        );
        let out = feed(
            &mut client,
            &format!(
                "<presence from='{ROOM}/alice' type='unavailable'><x \
                 xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' \
                 role='none'/><destroy><reason>done</reason></destroy><status code='110'/></x>\
                 </presence>"
            ),
        );
        assert!(
            matches!(
                &out.events[..],
                [XmppEvent::RoomLeft {
                    reason: LeftReason::Destroyed { alternative: None },
                    ..
                }]
            ),
            "{:?}",
            out.events
        );
    }

    #[test]
    fn invitations_out_and_in() {
        let mut client = joined();
        client
            .invite_to_room(
                &room(),
                &Jid::parse("bob@otter.test/phone").unwrap(),
                Some(&MessageText::new("come & see")),
            )
            .unwrap();
        let sent = drain(&mut client).sent;
        assert!(
            sent.starts_with(&format!("<message to='{ROOM}' id='"))
                && sent.ends_with(
                    "<x xmlns='http://jabber.org/protocol/muc#user'><invite to='bob@otter.test'>\
                     <reason>come &amp; see</reason></invite></x></message>"
                ),
            "{sent}"
        );
        // The room bounces it.
        let id = id_after(&sent, "<message");
        let out = feed(
            &mut client,
            &format!(
                "<message type='error' from='{ROOM}' id='{id}'><error type='auth'><forbidden \
                 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>"
            ),
        );
        assert!(
            matches!(
                &out.events[..],
                [XmppEvent::RoomRequestFailed {
                    request: RoomRequest::Invite,
                    ..
                }]
            ),
            "{:?}",
            out.events
        );

        // A mediated invitation as Prosody sends it: a body for old clients and the XEP-0249
        // element too; one invitation, no chat message.
        let out = feed(
            &mut client,
            "<message from='lounge@conference.otter.test' to='alice@otter.test'>\
             <x xmlns='http://jabber.org/protocol/muc#user'><invite from='bob@otter.test/x'>\
             <reason>join us</reason></invite><password>pw</password></x>\
             <x xmlns='jabber:x:conference' jid='lounge@conference.otter.test'>join us</x>\
             <body>bob@otter.test/x invited you to the room lounge@conference.otter.test \
             (join us)</body></message>",
        );
        let [XmppEvent::RoomInvitation(invitation)] = &out.events[..] else {
            panic!("{:?}", out.events)
        };
        assert_eq!(invitation.room.to_string(), "lounge@conference.otter.test");
        assert_eq!(
            invitation.from.as_ref().map(ToString::to_string).as_deref(),
            Some("bob@otter.test")
        );
        assert_eq!(
            invitation.reason.as_ref().map(MessageText::reveal),
            Some("join us")
        );
        assert_eq!(
            invitation.password.as_ref().map(Password::reveal),
            Some("pw")
        );
        assert!(!invitation.direct);
        assert!(out.sent.is_empty(), "never joined on its own");
        // A semi-anonymous room names the inviter by nick.
        let out = feed(
            &mut client,
            "<message from='lounge@conference.otter.test'><x \
             xmlns='http://jabber.org/protocol/muc#user'><invite \
             from='lounge@conference.otter.test/bob'/></x></message>",
        );
        let [XmppEvent::RoomInvitation(invitation)] = &out.events[..] else {
            panic!("{:?}", out.events)
        };
        assert_eq!(
            invitation.from.as_ref().map(ToString::to_string).as_deref(),
            Some("lounge@conference.otter.test/bob")
        );
        assert_eq!(invitation.reason, None);

        // A direct invitation (XEP-0249), with an oversized reason cut.
        let long = "x".repeat(MAX_REASON_BYTES * 4);
        let out = feed(
            &mut client,
            &format!(
                "<message from='carol@otter.test/pc'><x xmlns='jabber:x:conference' \
                 jid='lounge@conference.otter.test' reason='{long}' password='pw2'/></message>"
            ),
        );
        let [XmppEvent::RoomInvitation(invitation)] = &out.events[..] else {
            panic!("{:?}", out.events)
        };
        assert!(invitation.direct);
        assert_eq!(
            invitation.from.as_ref().map(ToString::to_string).as_deref(),
            Some("carol@otter.test")
        );
        assert_eq!(
            invitation.reason.as_ref().map(MessageText::len),
            Some(MAX_REASON_BYTES)
        );
        assert_eq!(
            invitation.password.as_ref().map(Password::reveal),
            Some("pw2")
        );

        // Not invitations: a room address with a nick, a mediated one from an occupant.
        for xml in [
            "<message from='carol@otter.test/pc'><x xmlns='jabber:x:conference' \
             jid='lounge@conference.otter.test/nick'/></message>",
            "<message from='lounge@conference.otter.test/nick'><x \
             xmlns='http://jabber.org/protocol/muc#user'><invite from='bob@otter.test'/></x>\
             </message>",
            "<message from='carol@otter.test/pc'><x xmlns='jabber:x:conference' \
             jid='conference.otter.test'/></message>",
        ] {
            let out = feed(&mut client, xml);
            assert!(out.events.is_empty(), "{xml}: {:?}", out.events);
        }
        assert_eq!(
            client.invite_to_room(
                &Jid::parse("other@conference.otter.test").unwrap(),
                &Jid::parse("bob@otter.test").unwrap(),
                None
            ),
            Err(XmppError::NotInRoom)
        );
    }

    /// XEP-0410: a room silent for `SELF_PING_IDLE` gets a ping to our own occupant address;
    /// anything from the room puts it off; no answer is inconclusive; `not-acceptable` means
    /// the room dropped us without a word, and we join again with the same nick and password.
    #[test]
    fn a_silent_room_is_self_pinged_and_rejoined_when_it_lost_us() {
        use otter_xmpp::{SELF_PING_IDLE, SELF_PING_TIMEOUT};
        use std::time::Duration;
        let secs = Duration::from_secs;
        let (mut client, _) = online();
        let t0 = Instant::now();
        let at = |client: &mut Client, t: Instant, xml: &str| {
            client.handle_bytes(t, xml.as_bytes()).unwrap();
            drain(client)
        };
        client
            .join_room(
                &room(),
                "alice",
                Some(&Password::new("pw")),
                History::MaxStanzas(9),
            )
            .unwrap();
        drain(&mut client);
        at(
            &mut client,
            t0,
            &presence("alice", "affiliation='none' role='participant'", &[110], ""),
        );
        let self_ping = "<ping xmlns='urn:xmpp:ping'/>";
        let to_us = format!("to='{ROOM}/alice'");

        // The server stays alive (whitespace), the room is silent.
        at(&mut client, t0 + secs(100), " ");
        at(&mut client, t0 + secs(200), " ");
        at(&mut client, t0 + secs(290), " ");
        assert_eq!(client.poll_timeout(), Some(t0 + SELF_PING_IDLE));
        client
            .handle_timeout(t0 + SELF_PING_IDLE - secs(1))
            .unwrap();
        assert!(drain(&mut client).sent.is_empty());
        client.handle_timeout(t0 + SELF_PING_IDLE).unwrap();
        let sent = drain(&mut client).sent;
        assert!(sent.contains(&to_us) && sent.contains(self_ping), "{sent}");
        let id = id_after(&sent, "<iq");
        // Answered: still in, nothing to report.
        let t1 = t0 + SELF_PING_IDLE + secs(2);
        let out = at(
            &mut client,
            t1,
            &format!("<iq type='result' from='{ROOM}/alice' id='{id}'/>"),
        );
        assert!(
            out.events.is_empty() && out.sent.is_empty(),
            "{:?}",
            out.events
        );

        // A message from the room counts as a sign of life.
        let t2 = t1 + secs(200);
        at(
            &mut client,
            t2,
            &format!("<message type='groupchat' from='{ROOM}/xmppbot'><body>hi</body></message>"),
        );
        at(&mut client, t2 + secs(100), " ");
        at(&mut client, t2 + secs(200), " ");
        client.handle_timeout(t1 + SELF_PING_IDLE).unwrap();
        assert!(drain(&mut client).sent.is_empty(), "the room spoke since");
        at(&mut client, t2 + secs(290), " ");
        client.handle_timeout(t2 + SELF_PING_IDLE).unwrap();
        let sent = drain(&mut client).sent;
        assert!(sent.contains(&to_us), "{sent}");
        let t3 = t2 + SELF_PING_IDLE;

        // No answer: inconclusive, given up, and asked again after another silence.
        at(&mut client, t3 + secs(50), " ");
        assert_eq!(client.poll_timeout(), Some(t3 + SELF_PING_TIMEOUT));
        client.handle_timeout(t3 + SELF_PING_TIMEOUT).unwrap();
        let out = drain(&mut client);
        assert!(out.sent.is_empty() && out.events.is_empty());
        let t4 = t3 + SELF_PING_TIMEOUT;
        for step in [100, 200, 290] {
            at(&mut client, t4 + secs(step), " ");
        }
        client.handle_timeout(t4 + SELF_PING_IDLE).unwrap();
        let sent = drain(&mut client).sent;
        assert!(sent.contains(&to_us), "{sent}");
        let id = id_after(&sent, "<iq");
        let t5 = t4 + SELF_PING_IDLE;

        // The room's server is unreachable: inconclusive too, we stay.
        let out = at(
            &mut client,
            t5 + secs(1),
            &format!(
                "<iq type='error' from='{ROOM}/alice' id='{id}'><error type='cancel'>\
                 <remote-server-timeout xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"
            ),
        );
        assert!(out.events.is_empty() && out.sent.is_empty());
        let t6 = t5 + secs(1);
        for step in [100, 200, 290] {
            at(&mut client, t6 + secs(step), " ");
        }
        client.handle_timeout(t6 + SELF_PING_IDLE).unwrap();
        let id = id_after(&drain(&mut client).sent, "<iq");

        // Not an occupant any more: reported, and joined again at once, without history.
        let out = at(
            &mut client,
            t6 + SELF_PING_IDLE + secs(1),
            &format!(
                "<iq type='error' from='{ROOM}/alice' id='{id}'><error type='cancel'>\
                 <not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"
            ),
        );
        assert!(
            matches!(
                &out.events[..],
                [XmppEvent::RoomLeft { reason: LeftReason::Dropped, room: r }] if *r == room()
            ),
            "{:?}",
            out.events
        );
        assert_eq!(
            out.sent,
            "<presence to='otter@conference.otter.test/alice'><x \
             xmlns='http://jabber.org/protocol/muc'><history maxstanzas='0'/>\
             <password>pw</password></x></presence>"
        );
        let out = at(
            &mut client,
            t6 + SELF_PING_IDLE + secs(2),
            &presence("alice", "affiliation='none' role='participant'", &[110], ""),
        );
        assert!(
            matches!(&out.events[..], [XmppEvent::RoomJoined { .. }]),
            "{:?}",
            out.events
        );
    }
}
