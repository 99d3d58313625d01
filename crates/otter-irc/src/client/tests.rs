//! Transcript tests: server lines in, actions out. Every transcript runs twice, fed whole and
//! one byte at a time, and must give the same result.

use std::time::{Duration, Instant};

use otter_types::{ErrorKind, LocalId, MessageText, Password};

use super::*;

/// What one drain produced.
#[derive(Debug, Default)]
struct Drained {
    sent: Vec<String>,
    events: Vec<IrcEvent>,
    close: Option<CloseReason>,
}

fn drain(client: &mut Client) -> Drained {
    let mut drained = Drained::default();
    while let Some(action) = client.poll_action() {
        match action {
            Action::Send(bytes) => {
                let line = String::from_utf8(bytes).unwrap();
                assert!(line.ends_with("\r\n"), "{line:?}");
                assert_eq!(line.matches('\n').count(), 1, "one line per send: {line:?}");
                drained.sent.push(line.trim_end_matches("\r\n").to_owned());
            }
            Action::Event(event) => drained.events.push(event),
            Action::Close(reason) => drained.close = Some(reason),
        }
    }
    drained
}

/// Drains while letting time pass until flood control has released every line.
fn drain_paced(client: &mut Client) -> Vec<String> {
    let mut sent = drain(client).sent;
    while client.queued_lines() > 0 {
        let at = client.poll_timeout().unwrap();
        client.handle_timeout(at).unwrap();
        sent.extend(drain(client).sent);
    }
    sent
}

/// Feeds `text` whole, or byte by byte; returns the first error.
fn feed(client: &mut Client, text: &str, bytewise: bool) -> Result<(), IrcError> {
    let now = Instant::now();
    if bytewise {
        for byte in text.as_bytes() {
            client.handle_bytes(now, std::slice::from_ref(byte))?;
        }
        Ok(())
    } else {
        client.handle_bytes(now, text.as_bytes())
    }
}

fn nick(text: &str) -> Nick {
    Nick::parse(text).unwrap()
}

fn plain(account: &str, password: &str) -> Option<Sasl> {
    Some(Sasl::Plain {
        account: account.into(),
        password: Password::new(password),
    })
}

fn started(sasl: Option<Sasl>) -> Client {
    let mut client = Client::new(ClientConfig::new(nick("otter"), sasl));
    client.start().unwrap();
    let drained = drain(&mut client);
    assert_eq!(
        drained.sent,
        ["CAP LS 302", "NICK otter", "USER otter 0 * :otter"]
    );
    client
}

/// A registered client without SASL whose mask the server told: `otter!~otter@host.test`.
fn online() -> Client {
    let mut client = started(None);
    feed(
        &mut client,
        ":irc.test CAP * LS :server-time echo-message\r\n\
         :irc.test CAP * ACK :server-time echo-message\r\n\
         :irc.test 001 otter :Welcome to the Test IRC Network otter!~otter@host.test\r\n",
        false,
    )
    .unwrap();
    let drained = drain(&mut client);
    assert!(client.is_online());
    assert!(matches!(
        drained.events.as_slice(),
        [IrcEvent::Online { .. }]
    ));
    client
}

const PLAIN_TRANSCRIPT: &str = ":irc.test NOTICE * :*** Looking up your hostname...\r\n\
    :irc.test CAP * LS * :multi-prefix sasl=PLAIN,EXTERNAL cap-notify\r\n\
    :irc.test CAP * LS :server-time echo-message batch draft/unknown=1\r\n";

#[test]
fn registration_with_cap_and_sasl_plain() {
    for bytewise in [false, true] {
        let mut client = started(plain("bob", "hunter2"));
        feed(&mut client, PLAIN_TRANSCRIPT, bytewise).unwrap();
        let drained = drain(&mut client);
        assert_eq!(
            drained.sent,
            ["CAP REQ :sasl server-time echo-message multi-prefix batch"]
        );
        assert!(matches!(
            drained.events.as_slice(),
            [IrcEvent::Notice { from: None, .. }]
        ));

        feed(
            &mut client,
            ":irc.test CAP * ACK :sasl server-time echo-message multi-prefix batch\r\n",
            bytewise,
        )
        .unwrap();
        assert_eq!(drain(&mut client).sent, ["AUTHENTICATE PLAIN"]);

        // InspIRCd writes the empty challenge as a trailing parameter.
        feed(&mut client, "AUTHENTICATE :+\r\n", bytewise).unwrap();
        // base64("\0bob\0hunter2")
        assert_eq!(drain(&mut client).sent, ["AUTHENTICATE AGJvYgBodW50ZXIy"]);

        feed(
            &mut client,
            ":irc.test 900 otter otter!~otter@cloak.test bob :You are now logged in as bob\r\n\
             :irc.test 903 otter :SASL authentication successful\r\n",
            bytewise,
        )
        .unwrap();
        // Registration is released only now.
        assert_eq!(drain(&mut client).sent, ["CAP END"]);
        assert!(!client.is_online());

        feed(
            &mut client,
            ":irc.test 001 otter :Welcome otter\r\n",
            bytewise,
        )
        .unwrap();
        let drained = drain(&mut client);
        let [
            IrcEvent::Online {
                nick,
                account,
                mechanism,
                capabilities,
            },
        ] = drained.events.as_slice()
        else {
            panic!("{:?}", drained.events);
        };
        assert_eq!(nick.as_str(), "otter");
        assert_eq!(account.as_deref(), Some("bob"));
        assert_eq!(*mechanism, Some("PLAIN"));
        assert!(capabilities.iter().any(|cap| cap == "echo-message"));
        // The host learned from 900 sizes the split: 510 - ":otter!~otter@cloak.test PRIVMSG x :".
        assert_eq!(client.max_text_bytes("x"), 510 - 36);
    }
}

#[test]
fn sasl_external_answers_the_empty_challenge_with_plus() {
    for bytewise in [false, true] {
        let mut client = started(Some(Sasl::External));
        feed(
            &mut client,
            "CAP * LS :sasl=PLAIN,EXTERNAL\r\nCAP * ACK :sasl\r\nAUTHENTICATE +\r\n",
            bytewise,
        )
        .unwrap();
        assert_eq!(
            drain(&mut client).sent,
            ["CAP REQ :sasl", "AUTHENTICATE EXTERNAL", "AUTHENTICATE +"]
        );
        feed(
            &mut client,
            ":s 903 otter :ok\r\n:s 001 otter :hi\r\n",
            bytewise,
        )
        .unwrap();
        let drained = drain(&mut client);
        assert_eq!(drained.sent, ["CAP END"]);
        assert!(client.is_online());
    }
}

#[test]
fn sasl_failure_stops_and_never_registers() {
    for numeric in [902, 904, 905, 906, 908] {
        let mut client = started(plain("bob", "wrong"));
        feed(
            &mut client,
            "CAP * LS :sasl\r\nCAP * ACK :sasl\r\nAUTHENTICATE +\r\n",
            false,
        )
        .unwrap();
        drain(&mut client);
        let error = feed(&mut client, &format!(":s {numeric} otter :nope\r\n"), false);
        assert_eq!(error, Err(IrcError::AuthenticationFailed { numeric }));
        assert_eq!(error.unwrap_err().kind(), ErrorKind::AuthenticationFailed);
        let drained = drain(&mut client);
        assert_eq!(drained.sent, ["QUIT"]);
        assert_eq!(
            drained.close,
            Some(CloseReason::Error(ErrorKind::AuthenticationFailed))
        );
        // Whatever the server does next, nothing more happens.
        feed(&mut client, ":s 001 otter :welcome anyway\r\n", false).unwrap();
        assert!(drain(&mut client).events.is_empty());
        assert!(!client.is_online());
    }
}

#[test]
fn sasl_configured_but_not_offered_is_refused() {
    let mut client = started(plain("bob", "pw"));
    assert_eq!(
        feed(&mut client, "CAP * LS :server-time\r\n", false),
        Err(IrcError::SaslNotOffered)
    );
    assert!(!drain(&mut client).sent.contains(&"CAP END".to_owned()));

    let mut client = started(plain("bob", "pw"));
    assert_eq!(
        feed(&mut client, "CAP * LS :sasl=EXTERNAL\r\n", false),
        Err(IrcError::MechanismNotOffered { mechanism: "PLAIN" })
    );

    // A server without CAP that registers us at once must not get a word from us.
    let mut client = started(plain("bob", "pw"));
    assert_eq!(
        feed(
            &mut client,
            ":s 421 otter CAP :Unknown command\r\n:s 001 otter :hi\r\n",
            false
        ),
        Err(IrcError::RegisteredWithoutLogin)
    );
    assert!(!client.is_online());
}

#[test]
fn a_nak_is_retried_with_sasl_alone_then_refused() {
    let mut client = started(plain("bob", "pw"));
    feed(
        &mut client,
        "CAP * LS :sasl batch\r\nCAP * NAK :sasl batch\r\n",
        false,
    )
    .unwrap();
    assert_eq!(
        drain(&mut client).sent,
        ["CAP REQ :sasl batch", "CAP REQ :sasl"]
    );
    assert_eq!(
        feed(&mut client, "CAP * NAK :sasl\r\n", false),
        Err(IrcError::SaslNotOffered)
    );
}

#[test]
fn nick_in_use_tries_bounded_alternatives() {
    for bytewise in [false, true] {
        let mut client = started(None);
        feed(&mut client, "CAP * LS :\r\n", bytewise).unwrap();
        assert_eq!(drain(&mut client).sent, ["CAP END"]);
        feed(
            &mut client,
            ":s 433 * otter :Nickname is already in use\r\n",
            bytewise,
        )
        .unwrap();
        assert_eq!(drain(&mut client).sent, ["NICK otter_"]);
        feed(&mut client, ":s 433 * otter_ :in use\r\n", bytewise).unwrap();
        assert_eq!(drain(&mut client).sent, ["NICK otter2"]);
        feed(&mut client, ":s 001 otter2 :Welcome\r\n", bytewise).unwrap();
        let drained = drain(&mut client);
        assert!(
            matches!(drained.events.as_slice(), [IrcEvent::Online { nick, .. }] if nick.as_str() == "otter2")
        );
        assert_eq!(client.nick().as_str(), "otter2");
    }

    let mut client = started(None);
    feed(&mut client, "CAP * LS :\r\n", false).unwrap();
    let flood = ":s 433 * x :in use\r\n".repeat(MAX_NICK_ATTEMPTS + 1);
    assert_eq!(
        feed(&mut client, &flood, false),
        Err(IrcError::NickUnavailable {
            attempts: MAX_NICK_ATTEMPTS
        })
    );
    let sent = drain(&mut client).sent;
    assert_eq!(
        sent.iter().filter(|line| line.starts_with("NICK")).count(),
        MAX_NICK_ATTEMPTS
    );
}

#[test]
fn ping_gets_pong() {
    for bytewise in [false, true] {
        let mut client = started(None);
        feed(&mut client, "PING :irc.test\r\n", bytewise).unwrap();
        assert_eq!(drain(&mut client).sent, ["PONG :irc.test"]);
    }
}

#[test]
fn ctcp_version_gets_no_reply() {
    for bytewise in [false, true] {
        let mut client = online();
        for request in [
            "VERSION",
            "TIME",
            "PING 12345",
            "CLIENTINFO",
            "USERINFO",
            "FINGER",
            "SOURCE",
        ] {
            feed(
                &mut client,
                &format!(":eve!e@evil.test PRIVMSG otter :\x01{request}\x01\r\n"),
                bytewise,
            )
            .unwrap();
            let drained = drain(&mut client);
            assert!(drained.sent.is_empty(), "{request}: {:?}", drained.sent);
            let [IrcEvent::CtcpIgnored { from, command }] = drained.events.as_slice() else {
                panic!("{request}: {:?}", drained.events);
            };
            assert_eq!(from.as_str(), "eve");
            assert!(request.starts_with(command.as_str()));
        }
    }
}

#[test]
fn dcc_offer_is_refused_and_never_acted_on() {
    let mut client = online();
    feed(
        &mut client,
        ":eve!e@evil.test PRIVMSG otter :\x01DCC SEND secret.pdf 3232235777 4000 1024\x01\r\n",
        false,
    )
    .unwrap();
    let drained = drain(&mut client);
    assert!(drained.sent.is_empty());
    assert!(
        matches!(drained.events.as_slice(), [IrcEvent::DccOfferRefused { from }] if from.as_str() == "eve")
    );
}

#[test]
fn action_becomes_an_action_event() {
    let mut client = online();
    feed(
        &mut client,
        ":eve!e@h PRIVMSG otter :\x01ACTION waves\x01\r\n",
        false,
    )
    .unwrap();
    let drained = drain(&mut client);
    let [IrcEvent::Action { from, to, text, .. }] = drained.events.as_slice() else {
        panic!("{:?}", drained.events);
    };
    assert_eq!((from.as_str(), text.reveal()), ("eve", "waves"));
    assert_eq!(to, &Target::Nick(nick("otter")));
    assert!(drained.sent.is_empty());
}

#[test]
fn received_text_is_stripped_and_escaped() {
    for bytewise in [false, true] {
        let mut client = online();
        feed(
            &mut client,
            "@time=2024-05-01T10:00:00.000Z :ev\u{202E}il!e@h PRIVMSG otter :\x02hi\x02 \x0304red\x03 \u{202E}txt.exe\tend\r\n",
            bytewise,
        )
        .unwrap();
        let drained = drain(&mut client);
        let [
            IrcEvent::PrivateMessage {
                from,
                to,
                text,
                server_time,
            },
        ] = drained.events.as_slice()
        else {
            panic!("{:?}", drained.events);
        };
        assert_eq!(from.shown(), "ev<U+202E>il");
        assert_eq!(to.as_str(), "otter");
        assert_eq!(text.reveal(), "hi red <U+202E>txt.exe\tend");
        assert_eq!(*server_time, Some(1_714_557_600));
    }
}

/// The `server_time` of a channel message with these tags, on a client that negotiated
/// `server-time` or not.
fn channel_time(negotiated: bool, tags: &str) -> Option<i64> {
    let mut client = started(None);
    let caps = if negotiated {
        "server-time"
    } else {
        "echo-message"
    };
    feed(
        &mut client,
        &format!(
            ":irc.test CAP * LS :{caps}\r\n:irc.test CAP * ACK :{caps}\r\n\
             :irc.test 001 otter :Welcome\r\n\
             :otter!o@h JOIN #c\r\n{tags} :eve!e@h PRIVMSG #c :hello\r\n"
        ),
        false,
    )
    .unwrap();
    let drained = drain(&mut client);
    let times: Vec<_> = drained
        .events
        .iter()
        .filter_map(|event| match event {
            IrcEvent::ChannelMessage {
                text, server_time, ..
            } if text.reveal() == "hello" => Some(*server_time),
            _ => None,
        })
        .collect();
    assert_eq!(times.len(), 1, "{:?}", drained.events);
    times[0]
}

#[test]
fn server_time_is_read_only_when_negotiated_and_well_formed() {
    let tag = "@time=2024-05-01T10:00:00.000Z";
    assert_eq!(channel_time(true, tag), Some(1_714_557_600));
    assert_eq!(channel_time(false, tag), None);
    // Escaped tag values are unescaped first; what is left is still not a time.
    for bad in [
        "@time=",
        "@time",
        "@time=2024-05-01T12:00:00+02:00",
        "@time=2024-02-30T10:00:00.000Z",
        "@time=2024-05-01T10:00:00.000000000000000000000000Z",
        "@time=2024-05-01T10:00:00.000Z\\s",
        "@time=-9999-05-01T10:00:00.000Z",
        "@time=9999999999999999999-05-01T10:00:00Z",
    ] {
        assert_eq!(channel_time(true, bad), None, "{bad}");
    }
}

#[test]
fn long_message_split_reassembles_exactly() {
    let mut client = online();
    let text = "Grüße aus dem Otterbau 🦦 — ünïcödé ".repeat(60) + "€";
    let body = otter_testkit::released_plaintext(&text).unwrap();
    client
        .send_private(&nick("ircbot"), &body, LocalId(7))
        .unwrap();
    let sent = drain_paced(&mut client);
    assert!(sent.len() > 3, "{}", sent.len());
    let mut reassembled = String::new();
    for line in &sent {
        // As the server relays it to the peer, the line must fit.
        let relayed = format!(":otter!~otter@host.test {line}\r\n");
        assert!(relayed.len() <= MAX_LINE_BYTES, "{}", relayed.len());
        reassembled.push_str(line.strip_prefix("PRIVMSG ircbot :").unwrap());
    }
    assert_eq!(reassembled, text);
    // Each piece but the last is nearly full and ends before a space where one was near
    // (servers strip whitespace at the end of a line).
    assert!(sent[0].len() > 400);
    assert!(sent.iter().all(|line| !line.ends_with([' ', '\t'])));
    assert!(sent[1].starts_with("PRIVMSG ircbot : "));
}

#[test]
fn split_uses_a_worst_case_prefix_until_the_server_tells_ours() {
    let mut client = started(None);
    feed(
        &mut client,
        "CAP * LS :\r\n:s 001 otter :Welcome\r\n",
        false,
    )
    .unwrap();
    drain(&mut client);
    // ":otter!" + 11 + "@" + 63 + " PRIVMSG ircbot :"
    assert_eq!(
        client.max_text_bytes("ircbot"),
        510 - (7 + 11 + 1 + 63 + 17)
    );
    feed(
        &mut client,
        ":s 396 otter short.host :is now your displayed host\r\n",
        false,
    )
    .unwrap();
    assert_eq!(
        client.max_text_bytes("ircbot"),
        510 - (7 + 11 + 1 + 10 + 17)
    );
}

#[test]
fn line_breaks_in_a_body_cannot_inject_commands() {
    let mut client = online();
    let body = otter_testkit::released_plaintext("hi\r\nQUIT :gotcha\n\nJOIN #x\0").unwrap();
    client
        .send_private(&nick("bob"), &body, LocalId(1))
        .unwrap();
    assert_eq!(
        drain(&mut client).sent,
        [
            "PRIVMSG bob :hi",
            "PRIVMSG bob :QUIT :gotcha",
            "PRIVMSG bob :JOIN #x"
        ]
    );
}

#[test]
fn sending_before_registration_is_refused() {
    let mut client = started(None);
    let body = otter_testkit::released_plaintext("hi").unwrap();
    assert_eq!(
        client.send_private(&nick("bob"), &body, LocalId(1)),
        Err(IrcError::NotOnline)
    );
    assert!(drain(&mut client).sent.is_empty());
}

#[test]
fn undeliverable_message_reports_its_local_id() {
    let mut client = online();
    let body = otter_testkit::released_plaintext("hi").unwrap();
    client
        .send_private(&nick("Gone"), &body, LocalId(42))
        .unwrap();
    drain(&mut client);
    feed(
        &mut client,
        ":s 401 otter gone :No such nick/channel\r\n",
        false,
    )
    .unwrap();
    let drained = drain(&mut client);
    assert!(matches!(
        drained.events.as_slice(),
        [IrcEvent::MessageFailed {
            local_id: Some(LocalId(42)),
            numeric: 401
        }]
    ));
}

#[test]
fn channel_life_cycle() {
    for bytewise in [false, true] {
        let mut client = online();
        let otter = Channel::parse("#otter").unwrap();
        client.join(&otter, None).unwrap();
        client
            .send_to_channel(
                &otter,
                &RoomBody::new(MessageText::new("hello all")),
                LocalId(3),
            )
            .unwrap();
        assert_eq!(
            drain(&mut client).sent,
            ["JOIN #otter", "PRIVMSG #otter :hello all"]
        );
        feed(
            &mut client,
            ":otter!~otter@host.test JOIN #otter\r\n\
             :s 332 otter #otter :Welcome to \x02#otter\x02\r\n\
             :s 353 otter = #otter :@+alice otter bob!b@h.test\r\n\
             :s 353 otter = #otter :carol\r\n\
             :s 366 otter #otter :End of /NAMES list.\r\n\
             :dave!d@h JOIN #otter\r\n\
             :dave!d@h PRIVMSG #otter :hi\r\n\
             :alice!a@h NICK alicia\r\n\
             :bob!b@h PART #otter\r\n\
             :carol!c@h QUIT :Quit: bye\r\n\
             :alicia!a@h TOPIC #otter :new topic\r\n\
             :stranger!s@h JOIN #elsewhere\r\n",
            bytewise,
        )
        .unwrap();
        let events = drain(&mut client).events;
        let names: Vec<String> = events
            .iter()
            .map(|event| match event {
                IrcEvent::Joined { channel } => format!("joined {}", channel.as_str()),
                IrcEvent::TopicChanged { topic, by, .. } => {
                    format!(
                        "topic {} by {:?}",
                        topic.reveal(),
                        by.as_ref().map(Nick::as_str)
                    )
                }
                IrcEvent::Names {
                    members, truncated, ..
                } => format!(
                    "names {} {truncated}",
                    members
                        .iter()
                        .map(|m| format!("{}{}", m.prefixes, m.nick.as_str()))
                        .collect::<Vec<_>>()
                        .join(",")
                ),
                IrcEvent::MemberJoined { nick, .. } => format!("join {}", nick.as_str()),
                IrcEvent::ChannelMessage { from, text, .. } => {
                    format!("msg {} {}", from.as_str(), text.reveal())
                }
                IrcEvent::NickChanged { old, new, own, .. } => {
                    format!("nick {}>{} {own}", old.as_str(), new.as_str())
                }
                IrcEvent::MemberParted { nick, .. } => format!("part {}", nick.as_str()),
                IrcEvent::MemberQuit { nick, channels } => {
                    format!("quit {} {}", nick.as_str(), channels.len())
                }
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(
            names,
            [
                "joined #otter",
                "topic Welcome to #otter by None",
                "names @+alice,otter,bob,carol false",
                "join dave",
                "msg dave hi",
                "nick alice>alicia false",
                "part bob",
                "quit carol 1",
                "topic new topic by Some(\"alicia\")",
            ]
        );
        assert_eq!(client.member_count(&otter), Some(3));
        client.part(&otter).unwrap();
        assert_eq!(drain(&mut client).sent, ["PART #otter"]);
        feed(
            &mut client,
            ":otter!~otter@host.test PART #otter\r\n",
            bytewise,
        )
        .unwrap();
        assert!(matches!(
            drain(&mut client).events.as_slice(),
            [IrcEvent::Parted { .. }]
        ));
        assert_eq!(client.member_count(&otter), None);
    }
}

#[test]
fn server_error_closes_without_an_error() {
    let mut client = online();
    feed(
        &mut client,
        "ERROR :Closing link: (otter@192.0.2.1) [Quit]\r\n",
        false,
    )
    .unwrap();
    let drained = drain(&mut client);
    assert!(matches!(
        drained.events.as_slice(),
        [IrcEvent::ServerError { .. }]
    ));
    assert_eq!(drained.close, Some(CloseReason::ServerClosed));
}

#[test]
fn close_quits_without_a_message() {
    let mut client = online();
    client.close();
    let drained = drain(&mut client);
    assert_eq!(drained.sent, ["QUIT"]);
    assert_eq!(drained.close, Some(CloseReason::Requested));
}

#[test]
fn config_never_defaults_to_system_names() {
    let config = ClientConfig::new(nick("Quiet[Otter]"), None);
    let mut client = Client::new(config);
    client.start().unwrap();
    let sent = drain(&mut client).sent;
    assert_eq!(sent[2], "USER QuietOtter 0 * :Quiet[Otter]");
    assert!(
        ClientConfig::new(nick("a"), None)
            .with_username("no spaces")
            .is_err()
    );
    assert!(
        ClientConfig::new(nick("a"), None)
            .with_realname("x\r\nQUIT")
            .is_err()
    );
}

#[test]
fn errors_never_show_secrets_or_text() {
    let sasl = plain("bob", "hunter2");
    let client = Client::new(ClientConfig::new(nick("otter"), sasl));
    assert!(!format!("{client:?}").contains("hunter2"));
}

/// Feeds lines at a given time.
fn feed_at(client: &mut Client, now: Instant, text: &str) {
    client.handle_bytes(now, text.as_bytes()).unwrap();
}

fn joined(client: &mut Client, now: Instant, channel: &str) {
    feed_at(
        client,
        now,
        &format!(":otter!~otter@host.test JOIN {channel}\r\n"),
    );
    drain(client);
}

#[test]
fn flood_control_sends_a_burst_then_one_line_per_interval() {
    let start = Instant::now();
    let mut client =
        Client::new(ClientConfig::new(nick("otter"), None).with_flood(3, Duration::from_secs(2)));
    client.start().unwrap();
    feed_at(
        &mut client,
        start,
        ":s CAP * LS :server-time\r\n:s CAP * ACK :server-time\r\n:s 001 otter :Hi otter!u@h\r\n",
    );
    drain(&mut client);
    let otter = Channel::parse("#otter").unwrap();
    for i in 0..6 {
        let body = RoomBody::new(MessageText::new(format!("line {i}")));
        client.send_to_channel(&otter, &body, LocalId(i)).unwrap();
    }
    assert_eq!(drain(&mut client).sent.len(), 3, "the burst");
    assert_eq!(client.queued_lines(), 3);
    // The server's PING is answered at once, however full the queue.
    feed_at(&mut client, start, "PING :x\r\n");
    assert_eq!(drain(&mut client).sent, ["PONG :x"]);
    let next = client.poll_timeout().unwrap();
    assert_eq!(next, start + Duration::from_secs(2));
    client
        .handle_timeout(next - Duration::from_millis(1))
        .unwrap();
    assert!(drain(&mut client).sent.is_empty(), "not before its turn");
    client.handle_timeout(next).unwrap();
    assert_eq!(drain(&mut client).sent, ["PRIVMSG #otter :line 3"]);
    client
        .handle_timeout(next + Duration::from_secs(1))
        .unwrap();
    assert!(drain(&mut client).sent.is_empty());
    client
        .handle_timeout(next + Duration::from_secs(5))
        .unwrap();
    assert_eq!(
        drain(&mut client).sent,
        ["PRIVMSG #otter :line 4", "PRIVMSG #otter :line 5"],
        "late, the two left at once, and no more than the bucket held"
    );
    // After a quiet minute the whole burst is available again.
    let later = start + Duration::from_secs(60);
    client.handle_timeout(later).unwrap();
    for i in 0..4 {
        let body = RoomBody::new(MessageText::new(format!("again {i}")));
        client.send_to_channel(&otter, &body, LocalId(i)).unwrap();
    }
    assert_eq!(drain(&mut client).sent.len(), 3);
}

#[test]
fn the_send_queue_is_bounded() {
    let mut client = online();
    let otter = Channel::parse("#otter").unwrap();
    let body = RoomBody::new(MessageText::new("x"));
    let mut refused = None;
    for i in 0..(MAX_QUEUED_LINES + 10) {
        if let Err(error) = client.send_to_channel(&otter, &body, LocalId(i as u64)) {
            refused = Some(error);
            break;
        }
    }
    assert_eq!(refused, Some(IrcError::SendQueueFull));
    assert_eq!(refused.map(|e| e.kind()), Some(ErrorKind::LimitExceeded));
}

#[test]
fn keepalive_pings_a_silent_server_measures_lag_and_times_out() {
    let start = Instant::now();
    let after = Duration::from_secs(30);
    let timeout = Duration::from_secs(20);
    let mut client =
        Client::new(ClientConfig::new(nick("otter"), None).with_keepalive(after, timeout));
    client.start().unwrap();
    feed_at(
        &mut client,
        start,
        ":s CAP * LS :x\r\n:s 001 otter :Hi otter!u@h\r\n",
    );
    drain(&mut client);
    assert_eq!(client.poll_timeout(), Some(start + after));
    client.handle_timeout(start + after).unwrap();
    assert_eq!(drain(&mut client).sent, ["PING otter1"]);
    assert_eq!(client.poll_timeout(), Some(start + after + timeout));
    let answered = start + after + Duration::from_millis(750);
    feed_at(&mut client, answered, ":s PONG s :otter1\r\n");
    let events = drain(&mut client).events;
    assert!(
        matches!(events.as_slice(), [IrcEvent::Lag { rtt }] if *rtt == Duration::from_millis(750)),
        "{events:?}"
    );
    // Silent again: a second PING, then nothing until the deadline.
    assert_eq!(client.poll_timeout(), Some(answered + after));
    client.handle_timeout(answered + after).unwrap();
    assert_eq!(drain(&mut client).sent, ["PING otter2"]);
    let result = client.handle_timeout(answered + after + timeout);
    assert_eq!(result, Err(IrcError::Timeout));
    let drained = drain(&mut client);
    assert_eq!(drained.sent, ["QUIT"]);
    assert_eq!(drained.close, Some(CloseReason::Error(ErrorKind::TimedOut)));
    assert_eq!(client.poll_timeout(), None);
}

#[test]
fn registration_that_never_finishes_times_out() {
    let start = Instant::now();
    let mut client = Client::new(
        ClientConfig::new(nick("otter"), None)
            .with_keepalive(Duration::from_secs(30), Duration::from_secs(20)),
    );
    client.start().unwrap();
    drain(&mut client);
    client.handle_timeout(start).unwrap();
    feed_at(
        &mut client,
        start + Duration::from_secs(5),
        ":s NOTICE * :Looking up\r\n",
    );
    assert_eq!(client.poll_timeout(), Some(start + Duration::from_secs(25)));
    assert_eq!(
        client.handle_timeout(start + Duration::from_secs(25)),
        Err(IrcError::Timeout)
    );
}

#[test]
fn casemapping_from_isupport_decides_every_comparison() {
    let now = Instant::now();
    // Under ascii, [x] and {x} are two people; the part of one leaves the other.
    let mut client = online();
    feed_at(
        &mut client,
        now,
        ":s 005 otter CASEMAPPING=ascii :are supported\r\n",
    );
    joined(&mut client, now, "#Chan");
    feed_at(
        &mut client,
        now,
        ":s 353 otter = #chan :otter [x] {x}\r\n:s 366 otter #CHAN :End\r\n",
    );
    drain(&mut client);
    let chan = Channel::parse("#chan").unwrap();
    assert_eq!(client.member_count(&chan), Some(3));
    feed_at(&mut client, now, ":{x}!u@h PART #CHAN\r\n");
    assert_eq!(client.member_count(&chan), Some(2));
    // Under rfc1459 (the default), they are one.
    let mut client = online();
    joined(&mut client, now, "#chan");
    feed_at(
        &mut client,
        now,
        ":s 353 otter = #chan :otter [x]\r\n:s 366 otter #chan :End\r\n:{X}!u@h PART #chan\r\n",
    );
    let events = drain(&mut client).events;
    assert!(
        events
            .iter()
            .any(|e| matches!(e, IrcEvent::MemberParted { nick, .. } if nick.as_str() == "[x]")),
        "{events:?}"
    );
    assert_eq!(client.member_count(&chan), Some(1));
    // Our own nick too: a JOIN from OTTER^ is ours when we are otter~ under rfc1459 only.
    let mut client = online();
    feed_at(&mut client, now, ":otter!u@h NICK otter~\r\n");
    feed_at(
        &mut client,
        now,
        ":s 005 otter~ CASEMAPPING=strict-rfc1459 :are supported\r\n:OTTER^!u@h JOIN #a\r\n",
    );
    assert!(
        !drain(&mut client)
            .events
            .iter()
            .any(|e| matches!(e, IrcEvent::Joined { .. }))
    );
}

#[test]
fn topic_on_join_names_its_setter() {
    let now = Instant::now();
    let mut client = online();
    joined(&mut client, now, "#otter");
    feed_at(
        &mut client,
        now,
        ":s 332 otter #otter :Otters \u{202E}only\r\n\
         :s 333 otter #otter alice!a@h.test 1700000000\r\n",
    );
    let events = drain(&mut client).events;
    match events.as_slice() {
        [IrcEvent::TopicChanged { topic, by, .. }] => {
            assert_eq!(topic.reveal(), "Otters <U+202E>only");
            assert_eq!(by.as_ref().map(Nick::as_str), Some("alice"));
        }
        other => panic!("{other:?}"),
    }
    // A topic longer than the bound is cut, at a character boundary.
    feed_at(
        &mut client,
        now,
        &format!(":alice!a@h TOPIC #otter :{}\r\n", "é".repeat(200)),
    );
    feed_at(
        &mut client,
        now,
        &format!(":alice!a@h TOPIC #otter :{}\r\n", "\u{7}".repeat(300)),
    );
    let events = drain(&mut client).events;
    let lengths: Vec<usize> = events
        .iter()
        .filter_map(|e| match e {
            IrcEvent::TopicChanged { topic, .. } => Some(topic.len()),
            _ => None,
        })
        .collect();
    assert_eq!(lengths[0], 400);
    assert!(lengths[1] <= MAX_TOPIC_BYTES, "{}", lengths[1]);
}

#[test]
fn modes_change_member_status_and_channel_modes() {
    let now = Instant::now();
    let mut client = online();
    feed_at(
        &mut client,
        now,
        ":s 005 otter PREFIX=(ov)@+ CHANMODES=beI,k,l,imnpst :are supported\r\n",
    );
    joined(&mut client, now, "#otter");
    feed_at(
        &mut client,
        now,
        ":s 353 otter = #otter :@otter +alice bob\r\n:s 366 otter #otter :End\r\n",
    );
    drain(&mut client);
    feed_at(
        &mut client,
        now,
        ":otter!u@h MODE #otter +ov-v+mkb Bob ALICE alice secret *!*@bad\r\n",
    );
    let events = drain(&mut client).events;
    let shown: Vec<String> = events
        .iter()
        .map(|e| match e {
            IrcEvent::MemberStatus { nick, prefixes, .. } => {
                format!("{} {prefixes}", nick.as_str())
            }
            IrcEvent::ChannelModes {
                by,
                changes,
                omitted,
                ..
            } => {
                format!(
                    "modes {} ({omitted} more) by {:?}",
                    mode_words(changes),
                    by.as_ref().map(Nick::as_str)
                )
            }
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        shown,
        [
            "bob @",
            "alice +",
            "alice ",
            "modes +o Bob, +v ALICE, -v alice, +m, +k, +b *!*@bad (0 more) by Some(\"otter\")"
        ]
    );
    // A mode line aimed at a channel we are not in, or at ourselves, changes nothing.
    feed_at(
        &mut client,
        now,
        ":otter MODE otter +i\r\n:x!y@z MODE #else +o x\r\n",
    );
    assert!(drain(&mut client).events.is_empty());
}

#[test]
fn kicks_and_channel_actions() {
    let now = Instant::now();
    let mut client = online();
    joined(&mut client, now, "#otter");
    feed_at(
        &mut client,
        now,
        ":s 353 otter = #otter :otter bob\r\n:s 366 otter #otter :End\r\n\
         :bob!b@h PRIVMSG #otter :\x01ACTION waves\x01\r\n\
         :bob!b@h NOTICE #otter :note\r\n\
         :op!o@h KICK #otter bob :spam\r\n\
         :op!o@h KICK #otter otter :you too\r\n",
    );
    let events = drain(&mut client).events;
    let shown: Vec<String> = events
        .iter()
        .map(|e| match e {
            IrcEvent::Names { .. } => "names".into(),
            IrcEvent::Action { from, to, text, .. } => {
                format!("action {} {to:?} {}", from.as_str(), text.reveal())
            }
            IrcEvent::Notice { to, text, .. } => format!("notice {to:?} {}", text.reveal()),
            IrcEvent::MemberParted { nick, .. } => format!("out {}", nick.as_str()),
            IrcEvent::Kicked { by, reason, .. } => format!(
                "kicked by {:?}: {}",
                by.as_ref().map(Nick::as_str),
                reason.reveal()
            ),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        shown,
        [
            "names",
            "action bob Channel(Channel(#otter)) waves",
            "notice Channel(Channel(#otter)) note",
            "out bob",
            "kicked by Some(\"op\"): you too",
        ]
    );
    assert_eq!(
        client.member_count(&Channel::parse("#otter").unwrap()),
        None
    );
}

#[test]
fn actions_go_out_as_ctcp_action_split_like_messages() {
    let mut client = online();
    let otter = Channel::parse("#otter").unwrap();
    client
        .send_action_to_channel(
            &otter,
            &RoomBody::new(MessageText::new("waves")),
            LocalId(1),
        )
        .unwrap();
    assert_eq!(
        drain(&mut client).sent,
        ["PRIVMSG #otter :\x01ACTION waves\x01"]
    );
    let long = "ottér ".repeat(200);
    client
        .send_action_to_channel(
            &otter,
            &RoomBody::new(MessageText::new(long.clone())),
            LocalId(2),
        )
        .unwrap();
    let sent = drain_paced(&mut client);
    let mut reassembled = String::new();
    for line in &sent {
        let relayed = format!(":otter!~otter@host.test {line}\r\n");
        assert!(relayed.len() <= MAX_LINE_BYTES, "{}", relayed.len());
        let inner = line
            .strip_prefix("PRIVMSG #otter :\x01ACTION ")
            .and_then(|rest| rest.strip_suffix('\x01'))
            .unwrap();
        reassembled.push_str(inner);
    }
    assert!(sent.len() > 2);
    assert_eq!(reassembled, long);
}

#[test]
fn topic_and_nick_requests_and_their_refusals() {
    let mut client = online();
    feed(
        &mut client,
        ":otter!~otter@host.test JOIN #otter\r\n",
        false,
    )
    .unwrap();
    drain(&mut client);
    let channel = Channel::parse("#otter").unwrap();
    // Line breaks and reordering characters become spaces; an empty topic clears it.
    client.set_topic(&channel, "new\r\ntopic\u{202e}").unwrap();
    client.set_topic(&channel, "").unwrap();
    client.change_nick(&nick("otter2")).unwrap();
    assert_eq!(
        drain_paced(&mut client),
        ["TOPIC #otter :new  topic", "TOPIC #otter :", "NICK otter2"]
    );
    feed(
        &mut client,
        ":irc.test 482 otter #otter :You do not have access to change the topic on this channel\r\n\
         :irc.test 437 otter #otter :Retry topic change later\r\n\
         :irc.test 433 otter otter2 :Nickname is already in use.\r\n\
         :irc.test 437 otter otter2 :Nick is temporarily unavailable\r\n",
        false,
    )
    .unwrap();
    let events = drain(&mut client).events;
    assert!(
        matches!(
            events.as_slice(),
            [
                IrcEvent::ChannelRequestRefused { channel, numeric: 482, asked: None },
                IrcEvent::ChannelRequestRefused { numeric: 437, .. },
                IrcEvent::NickRefused { numeric: 433 },
                IrcEvent::NickRefused { numeric: 437 },
            ] if channel.as_str() == "#otter"
        ),
        "{events:?}"
    );
    assert_eq!(client.nick().as_str(), "otter", "the old nick stays");
}

#[test]
fn a_channel_list_is_searched_and_bounded() {
    let mut client = online();
    client.list_channels("Otter").unwrap();
    assert_eq!(drain_paced(&mut client), ["LIST *Otter*"]);
    // The server may ignore the mask: the answer is filtered here too, by name.
    let mut answer = String::from(
        ":irc.test 321 otter Channel :Users Name\r\n\
         :irc.test 322 otter #otter 3 :[+nt] all about otters\r\n\
         :irc.test 322 otter #OTTERS 9 :Rust\r\n\
         :irc.test 322 otter #cats 5 :cats only\r\n",
    );
    for i in 0..MAX_LISTED_CHANNELS {
        answer.push_str(&format!(":irc.test 322 otter #otter{i} 1 :x\r\n"));
    }
    answer.push_str(":irc.test 323 otter :End of channel list.\r\n");
    feed(&mut client, &answer, false).unwrap();
    let events = drain(&mut client).events;
    let [
        IrcEvent::ChannelList {
            channels,
            truncated,
        },
    ] = events.as_slice()
    else {
        panic!("{events:?}");
    };
    assert!(truncated);
    assert_eq!(channels.len(), MAX_LISTED_CHANNELS);
    assert_eq!(channels[0].channel.as_str(), "#otter");
    assert_eq!(channels[0].users, 3);
    assert_eq!(channels[1].channel.as_str(), "#OTTERS");
    assert!(!channels.iter().any(|c| c.channel.as_str() == "#cats"));
    // What a mask cannot carry is left out; nothing left asks for the whole list.
    client.list_channels("ot ter").unwrap();
    client.list_channels(" *").unwrap();
    assert_eq!(drain_paced(&mut client), ["LIST *otter*", "LIST"]);
}

#[test]
fn an_operator_s_moderation_lines() {
    let mut client = online();
    let (channel, bot) = (Channel::parse("#otter").unwrap(), nick("bot"));
    for action in [
        ChannelModeration::GrantVoice,
        ChannelModeration::RevokeVoice,
        ChannelModeration::GrantOperator,
        ChannelModeration::RevokeOperator,
    ] {
        client.moderate(&channel, &bot, action, None).unwrap();
    }
    client
        .moderate(&channel, &bot, ChannelModeration::Kick, Some("too\r\nloud"))
        .unwrap();
    client
        .moderate(&channel, &bot, ChannelModeration::Ban, None)
        .unwrap();
    client.invite(&channel, &bot).unwrap();
    assert_eq!(
        drain_paced(&mut client),
        [
            "MODE #otter +v bot",
            "MODE #otter -v bot",
            "MODE #otter +o bot",
            "MODE #otter -o bot",
            "KICK #otter bot :too  loud",
            "MODE #otter +b bot!*@*",
            "KICK #otter bot",
            "INVITE bot #otter",
        ]
    );
}

#[test]
fn an_invite_to_us_is_reported_and_others_are_not() {
    let mut client = online();
    feed(
        &mut client,
        ":eve!e@h INVITE otter :#secret\r\n\
         :eve!e@h INVITE bob :#secret\r\n\
         :irc.test INVITE otter :#server\r\n\
         :eve!e@h INVITE otter :not-a-channel\r\n\
         :otter!o@h JOIN #here\r\n\
         :eve!e@h INVITE OTTER :#here\r\n",
        false,
    )
    .unwrap();
    let drained = drain(&mut client);
    let invites: Vec<_> = drained
        .events
        .iter()
        .filter_map(|event| match event {
            IrcEvent::Invited { from, channel } => Some((from.as_str(), channel.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(invites, [("eve", "#secret")]);
    assert!(drained.sent.is_empty(), "an invitation is never answered");
}

fn with_nickserv(sasl: Option<Sasl>) -> Client {
    let config = ClientConfig::new(nick("otter"), sasl).with_nickserv_fallback();
    let mut client = Client::new(config);
    client.start().unwrap();
    drain(&mut client);
    client
}

const IDENTIFY: &str = "PRIVMSG NickServ :IDENTIFY bob pw";

#[test]
fn nickserv_fallback_identifies_once_after_welcome_when_sasl_is_not_offered() {
    for bytewise in [false, true] {
        // ngIRCd's answer: CAP without sasl.
        let mut client = with_nickserv(plain("bob", "pw"));
        feed(&mut client, "CAP * LS :multi-prefix\r\n", bytewise).unwrap();
        let sent = drain(&mut client).sent;
        assert_eq!(sent, ["CAP REQ :multi-prefix"]);
        feed(&mut client, "CAP * ACK :multi-prefix\r\n", bytewise).unwrap();
        // Nothing about the password before registration.
        assert_eq!(drain(&mut client).sent, ["CAP END"]);
        feed(
            &mut client,
            ":s 001 otter :Welcome otter!otter@h\r\n:s 005 otter CHANTYPES=# :are supported\r\n",
            bytewise,
        )
        .unwrap();
        let drained = drain(&mut client);
        assert_eq!(drained.sent, [IDENTIFY]);
        assert!(matches!(
            drained.events.first(),
            Some(IrcEvent::Online {
                mechanism: None,
                ..
            })
        ));
        // A second welcome (some servers repeat it) sends nothing again.
        feed(&mut client, ":s 001 otter :Welcome again\r\n", bytewise).unwrap();
        assert!(drain(&mut client).sent.is_empty());
    }
}

#[test]
fn nickserv_fallback_covers_no_cap_and_no_password_mechanism() {
    // A server without CAP registers at once.
    let mut client = with_nickserv(plain("bob", "pw"));
    feed(
        &mut client,
        ":s 421 otter CAP :Unknown command\r\n:s 001 otter :hi\r\n",
        false,
    )
    .unwrap();
    assert_eq!(drain(&mut client).sent, [IDENTIFY]);
    assert!(client.is_online());

    // SASL for certificates only: the password goes to NickServ.
    let mut client = with_nickserv(plain("bob", "pw"));
    feed(&mut client, "CAP * LS :sasl=EXTERNAL\r\n", false).unwrap();
    assert_eq!(drain(&mut client).sent, ["CAP END"]);
    feed(&mut client, ":s 001 otter :hi\r\n", false).unwrap();
    assert_eq!(drain(&mut client).sent, [IDENTIFY]);

    // A refused `CAP REQ :sasl`.
    let mut client = with_nickserv(plain("bob", "pw"));
    feed(
        &mut client,
        "CAP * LS :sasl batch\r\nCAP * NAK :sasl batch\r\nCAP * NAK :sasl\r\n",
        false,
    )
    .unwrap();
    assert_eq!(
        drain(&mut client).sent,
        ["CAP REQ :sasl batch", "CAP REQ :sasl", "CAP END"]
    );
}

#[test]
fn nickserv_fallback_is_never_used_when_sasl_is_offered() {
    // SASL works: no IDENTIFY.
    let mut client = with_nickserv(plain("bob", "pw"));
    feed(
        &mut client,
        "CAP * LS :sasl=PLAIN\r\nCAP * ACK :sasl\r\nAUTHENTICATE +\r\n",
        false,
    )
    .unwrap();
    let sent = drain(&mut client).sent;
    assert_eq!(sent[..2], ["CAP REQ :sasl", "AUTHENTICATE PLAIN"]);
    feed(
        &mut client,
        ":s 900 otter otter!o@h bob :logged in\r\n:s 903 otter :ok\r\n:s 001 otter :hi\r\n",
        false,
    )
    .unwrap();
    let sent = drain(&mut client).sent;
    assert_eq!(sent, ["CAP END"]);
    assert!(client.is_online());

    // SASL refuses the password: the connection stops; NickServ is not asked instead.
    let mut client = with_nickserv(plain("bob", "pw"));
    feed(
        &mut client,
        "CAP * LS :sasl=PLAIN\r\nCAP * ACK :sasl\r\nAUTHENTICATE +\r\n",
        false,
    )
    .unwrap();
    drain(&mut client);
    assert!(feed(&mut client, ":s 904 otter :failed\r\n", false).is_err());
    assert!(
        !drain(&mut client)
            .sent
            .iter()
            .any(|line| line.contains("IDENTIFY"))
    );

    // Off by default, and refused after SCRAM or for a certificate-only login.
    for config in [
        ClientConfig::new(nick("otter"), plain("bob", "pw")),
        ClientConfig::new(nick("otter"), plain("bob", "pw"))
            .with_nickserv_fallback()
            .with_scram_required(),
        ClientConfig::new(nick("otter"), Some(Sasl::External)).with_nickserv_fallback(),
    ] {
        let mut client = Client::new(config);
        client.start().unwrap();
        drain(&mut client);
        assert_eq!(
            feed(&mut client, "CAP * LS :multi-prefix\r\n", false),
            Err(IrcError::SaslNotOffered)
        );
        assert!(
            !drain(&mut client)
                .sent
                .iter()
                .any(|line| line.contains("IDENTIFY"))
        );
    }
}

#[test]
fn the_fallback_password_stays_out_of_debug_output() {
    let mut client = with_nickserv(plain("bob", "hunter2secret"));
    feed(&mut client, "CAP * LS :multi-prefix\r\n", false).unwrap();
    assert!(!format!("{client:?}").contains("hunter2secret"));
}

/// A registered client that negotiated `batch`, in `channels`, each holding `members`.
fn in_channels_with_batch(channels: &[(&str, &[&str])]) -> Client {
    let mut client = started(None);
    let mut lines = String::from(
        ":irc.test CAP * LS :batch server-time\r\n\
         :irc.test CAP * ACK :batch server-time\r\n\
         :irc.test 001 otter :Welcome otter!~otter@host.test\r\n",
    );
    for (channel, members) in channels {
        lines.push_str(&format!(":otter!~otter@host.test JOIN {channel}\r\n"));
        for chunk in members.chunks(50) {
            lines.push_str(&format!(
                ":irc.test 353 otter = {channel} :{}\r\n",
                chunk.join(" ")
            ));
        }
        lines.push_str(&format!(":irc.test 366 otter {channel} :End\r\n"));
    }
    feed(&mut client, &lines, false).unwrap();
    drain(&mut client);
    client
}

/// What the batch events of a drain say: (kind, channel, nicks, servers).
fn batch_events(events: &[IrcEvent]) -> Vec<(&'static str, String, Vec<String>, String)> {
    events
        .iter()
        .filter_map(|event| {
            let (kind, channel, nicks, servers) = match event {
                IrcEvent::Netsplit {
                    channel,
                    nicks,
                    servers,
                } => ("split", channel, nicks, servers),
                IrcEvent::Netjoin {
                    channel,
                    nicks,
                    servers,
                } => ("join", channel, nicks, servers),
                _ => return None,
            };
            Some((
                kind,
                channel.as_str().to_owned(),
                nicks.iter().map(|nick| nick.as_str().to_owned()).collect(),
                format!("{} {}", servers.0, servers.1),
            ))
        })
        .collect()
}

fn plain_quits(events: &[IrcEvent]) -> Vec<String> {
    events
        .iter()
        .filter_map(|event| match event {
            IrcEvent::MemberQuit { nick, .. } => Some(nick.as_str().to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_netsplit_is_one_summary_per_channel_and_members_are_exact() {
    for bytewise in [false, true] {
        let mut client = in_channels_with_batch(&[
            ("#a", &["otter", "alice", "bob", "carol"]),
            ("#b", &["otter", "alice", "dave"]),
        ]);
        feed(
            &mut client,
            ":irc.test BATCH +sp1 netsplit hub.test leaf.test\r\n\
             @batch=sp1 :alice!a@h QUIT :hub.test leaf.test\r\n\
             @batch=sp1 :bob!b@h QUIT :hub.test leaf.test\r\n\
             :carol!c@h QUIT :bye\r\n\
             @batch=sp1 :dave!d@h QUIT :hub.test leaf.test\r\n",
            bytewise,
        )
        .unwrap();
        let drained = drain(&mut client);
        // Nothing is told of the split until it ends; the quit outside it is told at once.
        assert!(batch_events(&drained.events).is_empty());
        assert_eq!(plain_quits(&drained.events), ["carol"]);
        // Membership follows each line, not the end of the batch.
        assert_eq!(client.member_count(&Channel::parse("#a").unwrap()), Some(1));
        assert_eq!(client.member_count(&Channel::parse("#b").unwrap()), Some(1));

        feed(&mut client, ":irc.test BATCH -sp1\r\n", bytewise).unwrap();
        let mut told = batch_events(&drain(&mut client).events);
        told.sort();
        assert_eq!(
            told,
            [
                (
                    "split",
                    "#a".to_owned(),
                    vec!["alice".to_owned(), "bob".to_owned()],
                    "hub.test leaf.test".to_owned()
                ),
                (
                    "split",
                    "#b".to_owned(),
                    vec!["alice".to_owned(), "dave".to_owned()],
                    "hub.test leaf.test".to_owned()
                ),
            ]
        );
    }
}

#[test]
fn a_netjoin_is_one_summary_and_members_come_back() {
    let mut client = in_channels_with_batch(&[("#a", &["otter"])]);
    feed(
        &mut client,
        ":irc.test BATCH +nj netjoin hub.test leaf.test\r\n\
         @batch=nj :alice!a@h JOIN #a\r\n\
         @batch=nj :bob!b@h JOIN #a * :Bob\r\n\
         @batch=nj :eve!e@h JOIN #elsewhere\r\n\
         :irc.test BATCH -nj\r\n",
        false,
    )
    .unwrap();
    let drained = drain(&mut client);
    assert_eq!(
        batch_events(&drained.events),
        [(
            "join",
            "#a".to_owned(),
            vec!["alice".to_owned(), "bob".to_owned()],
            "hub.test leaf.test".to_owned()
        )]
    );
    assert!(
        !drained
            .events
            .iter()
            .any(|event| matches!(event, IrcEvent::MemberJoined { .. }))
    );
    assert_eq!(client.member_count(&Channel::parse("#a").unwrap()), Some(3));
}

#[test]
fn other_nested_unknown_and_unnegotiated_batches_are_plain_lines() {
    let mut client = in_channels_with_batch(&[("#a", &["otter", "alice", "bob", "carol", "dave"])]);
    // A type we do not gather; a netsplit inside another batch; references that name no
    // open batch, an end of nothing and BATCH lines without a reference.
    feed(
        &mut client,
        ":irc.test BATCH +h chathistory #a\r\n\
         @batch=h :alice!a@h QUIT :gone\r\n\
         :irc.test BATCH -h\r\n\
         :irc.test BATCH +outer example.test/thing\r\n\
         @batch=outer :irc.test BATCH +inner netsplit x.test y.test\r\n\
         @batch=inner :bob!b@h QUIT :x.test y.test\r\n\
         :irc.test BATCH -inner\r\n\
         :irc.test BATCH -outer\r\n\
         @batch=nosuch :carol!c@h QUIT :x\r\n\
         :irc.test BATCH -nosuch\r\n\
         :irc.test BATCH +\r\n\
         :irc.test BATCH\r\n",
        false,
    )
    .unwrap();
    let drained = drain(&mut client);
    assert!(batch_events(&drained.events).is_empty());
    assert_eq!(plain_quits(&drained.events), ["alice", "bob", "carol"]);

    // Without the capability, a server's BATCH lines change nothing either.
    let mut client = online();
    joined(&mut client, Instant::now(), "#a");
    feed(
        &mut client,
        ":irc.test 353 otter = #a :otter dave\r\n:irc.test 366 otter #a :End\r\n\
         :irc.test BATCH +s netsplit a b\r\n@batch=s :dave!d@h QUIT :a b\r\n",
        false,
    )
    .unwrap();
    assert_eq!(plain_quits(&drain(&mut client).events), ["dave"]);
}

#[test]
fn a_batch_never_closed_is_told_when_it_times_out() {
    let mut client = in_channels_with_batch(&[("#a", &["otter", "alice"])]);
    let start = Instant::now();
    feed_at(
        &mut client,
        start,
        ":irc.test BATCH +open netsplit a.test b.test\r\n\
         @batch=open :alice!a@h QUIT :a.test b.test\r\n",
    );
    assert!(batch_events(&drain(&mut client).events).is_empty());
    let wake = client.poll_timeout().unwrap();
    assert!(wake <= start + crate::BATCH_TIMEOUT, "the driver wakes us");
    client.handle_timeout(start + crate::BATCH_TIMEOUT).unwrap();
    assert_eq!(
        batch_events(&drain(&mut client).events),
        [(
            "split",
            "#a".to_owned(),
            vec!["alice".to_owned()],
            "a.test b.test".to_owned()
        )]
    );
    // Closed: its late lines are plain.
    feed_at(
        &mut client,
        start + crate::BATCH_TIMEOUT,
        ":otter!o@h JOIN #b\r\n:irc.test 353 otter = #b :otter zed\r\n:irc.test 366 otter #b :E\r\n\
         @batch=open :zed!z@h QUIT :late\r\n:irc.test BATCH -open\r\n",
    );
    let drained = drain(&mut client);
    assert_eq!(plain_quits(&drained.events), ["zed"]);
    assert!(batch_events(&drained.events).is_empty());
}

#[test]
fn ten_thousand_lines_in_one_batch_stay_bounded() {
    let members: Vec<String> = (0..10_000).map(|i| format!("n{i}")).collect();
    let names: Vec<&str> = members.iter().map(String::as_str).collect();
    let mut client = in_channels_with_batch(&[("#big", &names)]);
    assert_eq!(
        client.member_count(&Channel::parse("#big").unwrap()),
        Some(10_000)
    );
    let mut lines = String::from(":irc.test BATCH +big netsplit a.test b.test\r\n");
    for nick in &members {
        lines.push_str(&format!("@batch=big :{nick}!u@h QUIT :a.test b.test\r\n"));
    }
    feed(&mut client, &lines, false).unwrap();
    let mid = drain(&mut client).events;
    // Told in pieces as the batch fills, never one event per line.
    let pieces = batch_events(&mid);
    assert_eq!(pieces.len(), 10_000 / crate::MAX_BATCH_ENTRIES);
    assert!(
        pieces
            .iter()
            .all(|piece| piece.2.len() == crate::MAX_BATCH_ENTRIES)
    );
    assert!(plain_quits(&mid).is_empty());
    assert_eq!(
        client.member_count(&Channel::parse("#big").unwrap()),
        Some(0)
    );
    feed(&mut client, ":irc.test BATCH -big\r\n", false).unwrap();
    assert!(drain(&mut client).events.is_empty(), "nothing left to tell");
}

#[test]
fn open_batches_are_bounded() {
    let nicks: Vec<String> = (0..=crate::MAX_OPEN_BATCHES)
        .map(|i| format!("p{i}"))
        .collect();
    let names: Vec<&str> = nicks.iter().map(String::as_str).collect();
    let mut client = in_channels_with_batch(&[("#a", &names)]);
    let mut lines = String::new();
    for (i, nick) in nicks.iter().enumerate() {
        lines.push_str(&format!(
            ":irc.test BATCH +r{i} netsplit a b\r\n@batch=r{i} :{nick}!u@h QUIT :a b\r\n"
        ));
    }
    feed(&mut client, &lines, false).unwrap();
    // One more than the limit: the oldest was told to make room.
    assert_eq!(
        batch_events(&drain(&mut client).events),
        [(
            "split",
            "#a".to_owned(),
            vec!["p0".to_owned()],
            "a b".to_owned()
        )]
    );
}

#[test]
fn standard_replies_and_invite_notify_are_requested_when_offered() {
    let mut client = started(None);
    feed(
        &mut client,
        ":irc.test CAP * LS :invite-notify standard-replies batch labeled-response\r\n",
        false,
    )
    .unwrap();
    assert_eq!(
        drain(&mut client).sent,
        ["CAP REQ :batch invite-notify standard-replies labeled-response"]
    );
}

/// The standard replies of a drain: (kind, command, code, context, channel, description).
type Reply = (
    ReplyKind,
    String,
    String,
    Vec<String>,
    Option<String>,
    String,
);

fn replies(events: &[IrcEvent]) -> Vec<Reply> {
    events
        .iter()
        .filter_map(|event| match event {
            IrcEvent::StandardReply {
                kind,
                command,
                code,
                context,
                channel,
                description,
                ..
            } => Some((
                *kind,
                command.clone(),
                code.clone(),
                context.clone(),
                channel.as_ref().map(|channel| channel.as_str().to_owned()),
                description.reveal().to_owned(),
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn standard_replies_name_their_channel_or_none() {
    for bytewise in [false, true] {
        let mut client = online();
        joined(&mut client, Instant::now(), "#here");
        feed(
            &mut client,
            ":irc.test FAIL JOIN CHANNEL_IS_FULL #elsewhere :Invalid \x02channel\x02 name\r\n\
             :irc.test FAIL JOIN CHANNEL_NAME_INVALID #bad\u{202e}name :No\r\n\
             :irc.test FAIL TOPIC TOPIC_LOCKED #HERE :You may not\r\n\
             :irc.test FAIL NICK NICKNAME_RESERVED spock :Reserved\u{202e}!\r\n\
             :irc.test WARN REHASH CERTS_EXPIRED :Certificate expires\r\n\
             :irc.test NOTE * OPER_MESSAGE :Keep calm\r\n",
            bytewise,
        )
        .unwrap();
        let mut got = replies(&drain(&mut client).events);
        let bad = got.remove(1);
        assert_eq!(got.len(), 5, "{got:?}");
        assert_eq!(got[0].0, ReplyKind::Fail);
        assert_eq!(got[0].1, "JOIN");
        assert_eq!(got[0].2, "CHANNEL_IS_FULL");
        // A channel command's channel, even one we are not in.
        assert_eq!(got[0].4.as_deref(), Some("#elsewhere"));
        // A name that is no channel names none; controls in it become spaces.
        assert_eq!(bad.4, None);
        assert_eq!(bad.3, ["#bad name"]);
        // Formatting stripped like any other server text.
        assert_eq!(got[0].5, "Invalid channel name");
        // A channel of ours, in any case, is named as we know it.
        assert_eq!(got[1].4.as_deref(), Some("#here"));
        // Not about a channel: the account's.
        assert_eq!(got[2].4, None);
        assert_eq!(got[2].3, ["spock"]);
        assert_eq!(got[2].5, "Reserved<U+202E>!");
        assert_eq!((got[3].0, got[3].4.as_deref()), (ReplyKind::Warn, None));
        assert_eq!((got[4].0, got[4].1.as_str()), (ReplyKind::Note, "*"));
    }
}

#[test]
fn hostile_standard_replies_are_bounded_or_dropped() {
    let mut client = online();
    let lines = format!(
        ":irc.test FAIL\r\n\
         :irc.test FAIL JOIN\r\n\
         :irc.test FAIL JOIN :only a description\r\n\
         :irc.test FAIL {} CODE :d\r\n\
         :irc.test FAIL MODE CODE c0 c1 c2 c3 c4 c5 :{}\r\n\
         :irc.test FAIL MODE CODE {} :d\r\n",
        "C".repeat(300),
        "é".repeat(220),
        "y".repeat(300),
    );
    feed(&mut client, &lines, false).unwrap();
    let got = replies(&drain(&mut client).events);
    assert_eq!(
        got.len(),
        3,
        "too short to have command, code and description: dropped"
    );
    assert_eq!(got[0].1.len(), 32);
    assert_eq!(got[1].3, ["c0", "c1", "c2", "c3"]);
    assert!(got[1].5.len() <= MAX_REPLY_DESCRIPTION_BYTES);
    assert_eq!(got[2].3[0].len(), 64);
    assert!(got[1].5.starts_with("éé"));
}

#[test]
fn an_invite_of_someone_else_into_our_channel_is_told_there_not_offered() {
    for bytewise in [false, true] {
        let mut client = online();
        joined(&mut client, Instant::now(), "#here");
        feed(
            &mut client,
            ":eve!e@h INVITE bob :#HERE\r\n\
             :eve!e@h INVITE bob :#elsewhere\r\n\
             :irc.test INVITE bob :#here\r\n\
             :eve!e@h INVITE b\u{202e}ob #here\r\n\
             :eve!e@h INVITE :#here\r\n",
            bytewise,
        )
        .unwrap();
        let drained = drain(&mut client);
        assert!(
            !drained
                .events
                .iter()
                .any(|event| matches!(event, IrcEvent::Invited { .. })),
            "never offered to us"
        );
        let told: Vec<_> = drained
            .events
            .iter()
            .filter_map(|event| match event {
                IrcEvent::MemberInvited { channel, by, nick } => {
                    Some((channel.as_str(), by.as_str(), nick.shown()))
                }
                _ => None,
            })
            .collect();
        assert_eq!(
            told,
            [
                ("#here", "eve", "bob".to_owned()),
                ("#here", "eve", "b<U+202E>ob".to_owned())
            ]
        );
        assert!(drained.sent.is_empty());
    }
}

#[test]
fn whois_collects_its_answer_escaped_and_bounded() {
    let mut client = online();
    client.whois(&nick("Bot")).unwrap();
    assert_eq!(drain_paced(&mut client), ["WHOIS Bot"]);
    let mut answer = String::from(
        ":irc.test 311 otter bot ~bot cloak.test * :The \u{202e}bot\r\n\
         :irc.test 312 otter bot irc.test :Otter test server\r\n\
         :irc.test 301 otter bot :gone fishing\r\n\
         :irc.test 319 otter bot :@#otter +#cats\r\n\
         :irc.test 330 otter bot botaccount :is logged in as\r\n\
         :irc.test 671 otter bot :is using a secure connection\r\n\
         :irc.test 317 otter bot 42 1700000000 :seconds idle, signon time\r\n",
    );
    // A hostile server: a huge real name again, and channels without end.
    answer.push_str(&format!(
        ":irc.test 311 otter bot ~bot cloak.test * :{}\r\n",
        "x".repeat(400)
    ));
    for i in 0..MAX_WHOIS_CHANNELS {
        answer.push_str(&format!(":irc.test 319 otter bot :#c{i}\r\n"));
    }
    answer.push_str(":irc.test 318 otter bot :End of /WHOIS list.\r\n");
    feed(&mut client, &answer, false).unwrap();
    let events = drain(&mut client).events;
    let [IrcEvent::Whois(reply)] = events.as_slice() else {
        panic!("{events:?}");
    };
    assert!(reply.found);
    assert_eq!(reply.nick, "bot");
    assert_eq!(reply.mask.as_deref(), Some("~bot@cloak.test"));
    assert_eq!(
        reply.realname.as_deref().map(str::len),
        Some(MAX_WHOIS_FIELD_BYTES)
    );
    assert_eq!(
        reply.server.as_deref(),
        Some("irc.test (Otter test server)")
    );
    assert_eq!(reply.away.as_deref(), Some("gone fishing"));
    assert_eq!(reply.account.as_deref(), Some("botaccount"));
    assert_eq!(reply.idle_seconds, Some(42));
    assert!(reply.secure);
    assert_eq!(reply.channels.len(), MAX_WHOIS_CHANNELS);
    assert_eq!(reply.channels[..2], ["@#otter", "+#cats"]);
    assert!(reply.channels_truncated);
    // Nothing more after the end, and WHOIS numerics nobody asked for are ignored.
    feed(
        &mut client,
        ":irc.test 311 otter eve ~eve host * :Eve\r\n:irc.test 318 otter eve :End\r\n",
        false,
    )
    .unwrap();
    assert!(drain(&mut client).events.is_empty());
}

#[test]
fn whois_of_an_unknown_nick_says_so_and_escapes_the_name() {
    let mut client = online();
    client.whois(&nick("nobody")).unwrap();
    drain_paced(&mut client);
    feed(
        &mut client,
        ":irc.test 401 otter NOBODY :No such nick\r\n:irc.test 318 otter nobody :End\r\n",
        false,
    )
    .unwrap();
    let events = drain(&mut client).events;
    assert!(
        matches!(events.as_slice(), [IrcEvent::Whois(reply)] if !reply.found && reply.nick == "nobody"),
        "{events:?}"
    );
    // A 401 about a nick we did not ask about is still a failed message.
    feed(
        &mut client,
        ":irc.test 401 otter alice :No such nick\r\n",
        false,
    )
    .unwrap();
    let events = drain(&mut client).events;
    assert!(
        matches!(
            events.as_slice(),
            [IrcEvent::MessageFailed { numeric: 401, .. }]
        ),
        "{events:?}"
    );
}

#[test]
fn whois_answers_never_ended_stay_bounded() {
    let mut client = online();
    for i in 0..MAX_PENDING_WHOIS + 3 {
        client.whois(&nick(&format!("n{i}"))).unwrap();
    }
    drain_paced(&mut client);
    assert_eq!(client.whois.len(), MAX_PENDING_WHOIS);
    // The oldest were dropped: their ends are ignored; the newest still answer.
    feed(
        &mut client,
        ":irc.test 318 otter n0 :End\r\n:irc.test 318 otter n6 :End\r\n",
        false,
    )
    .unwrap();
    let events = drain(&mut client).events;
    assert!(
        matches!(events.as_slice(), [IrcEvent::Whois(reply)] if reply.nick == "n6"),
        "{events:?}"
    );
}

#[test]
fn channel_modes_shown_bans_listed_and_set() {
    let mut client = online();
    let channel = Channel::parse("#otter").unwrap();
    client.query_modes(&channel).unwrap();
    client.list_bans(&channel).unwrap();
    client
        .set_modes(&channel, "+kl", &["sekrit", "10"])
        .unwrap();
    assert_eq!(
        drain_paced(&mut client),
        ["MODE #otter", "MODE #otter +b", "MODE #otter +kl sekrit 10"]
    );
    let mut answer = String::from(
        ":irc.test 324 otter #otter +ntk\u{202e} sekrit\r\n\
         :irc.test 329 otter #otter 1700000000\r\n\
         :irc.test 367 otter #otter eve!*@* op!~op@host.test 1700000000\r\n\
         :irc.test 367 otter #otter mallory!*@*\r\n",
    );
    // A flood of bans is read to its end and cut.
    for i in 0..MAX_LISTED_BANS {
        answer.push_str(&format!(":irc.test 367 otter #otter n{i}!*@* op 1\r\n"));
    }
    answer.push_str(
        ":irc.test 368 otter #otter :End of channel ban list\r\n\
         :irc.test 482 otter #otter :You must be a channel operator\r\n",
    );
    feed(&mut client, &answer, false).unwrap();
    let events = drain(&mut client).events;
    let [
        IrcEvent::ChannelModesShown { channel, modes },
        IrcEvent::BanList {
            bans, truncated, ..
        },
        IrcEvent::ChannelRequestRefused { numeric: 482, .. },
    ] = events.as_slice()
    else {
        panic!("{events:?}");
    };
    assert_eq!(channel.as_str(), "#otter");
    assert_eq!(modes, "+ntk<U+202E> sekrit");
    assert_eq!(bans.len(), MAX_LISTED_BANS);
    assert!(truncated);
    assert_eq!(
        bans[..2],
        [
            BanEntry {
                mask: "eve!*@*".into(),
                by: Some("op".into())
            },
            BanEntry {
                mask: "mallory!*@*".into(),
                by: None
            }
        ]
    );
    // A ban list nobody asked for is not reported.
    feed(
        &mut client,
        ":irc.test 367 otter #otter x!*@*\r\n:irc.test 368 otter #otter :End\r\n",
        false,
    )
    .unwrap();
    assert!(drain(&mut client).events.is_empty());
}

#[test]
fn a_mode_change_that_would_smuggle_a_command_is_refused() {
    let mut client = online();
    let channel = Channel::parse("#otter").unwrap();
    for (modes, args) in [
        ("+b", &["x\r\nQUIT"][..]),
        ("+b", &["a b"][..]),
        ("+b", &[":all"][..]),
        ("b", &[][..]),
        ("+m\r\nQUIT", &[][..]),
        ("+bbbbbbb", &["1", "2", "3", "4", "5", "6", "7"][..]),
    ] {
        assert!(
            client.set_modes(&channel, modes, args).is_err(),
            "{modes:?} {args:?}"
        );
    }
    assert!(drain_paced(&mut client).is_empty());
}

#[test]
fn a_burst_of_messages_shows_the_later_ones_queued_then_written() {
    let mut client =
        Client::new(ClientConfig::new(nick("otter"), None).with_flood(3, Duration::from_secs(2)));
    client.start().unwrap();
    drain(&mut client);
    feed(&mut client, ":irc.test 001 otter :Welcome\r\n", false).unwrap();
    drain(&mut client);
    let channel = Channel::parse("#otter").unwrap();
    for i in 0..5 {
        let body = RoomBody::new(MessageText::new(format!("m{i}")));
        client.send_to_channel(&channel, &body, LocalId(i)).unwrap();
    }
    // The burst leaves at once, each written after its line; the rest wait, said once each.
    let drained = drain(&mut client);
    assert_eq!(drained.sent.len(), 3);
    let states: Vec<(bool, u64)> = drained
        .events
        .iter()
        .map(|event| match event {
            IrcEvent::MessageWritten { local_id } => (true, local_id.0),
            IrcEvent::MessageQueued { local_id } => (false, local_id.0),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        states,
        [(true, 0), (true, 1), (true, 2), (false, 3), (false, 4)]
    );
    assert!(drain(&mut client).events.is_empty(), "reported once");
    // Each waiting one is written only when flood control lets its line go.
    let at = client.poll_timeout().unwrap();
    client.handle_timeout(at).unwrap();
    let drained = drain(&mut client);
    assert_eq!(drained.sent, ["PRIVMSG #otter :m3"]);
    assert!(
        matches!(
            drained.events.as_slice(),
            [IrcEvent::MessageWritten {
                local_id: LocalId(3)
            }]
        ),
        "{:?}",
        drained.events
    );
}

#[test]
fn a_long_message_is_written_with_its_last_line() {
    let mut client =
        Client::new(ClientConfig::new(nick("otter"), None).with_flood(2, Duration::from_secs(2)));
    client.start().unwrap();
    drain(&mut client);
    feed(&mut client, ":irc.test 001 otter :Welcome\r\n", false).unwrap();
    drain(&mut client);
    let channel = Channel::parse("#otter").unwrap();
    let body = RoomBody::new(MessageText::new("word ".repeat(200)));
    client.send_to_channel(&channel, &body, LocalId(7)).unwrap();
    let drained = drain(&mut client);
    assert_eq!(drained.sent.len(), 2);
    assert!(
        matches!(
            drained.events.as_slice(),
            [IrcEvent::MessageQueued {
                local_id: LocalId(7)
            }]
        ),
        "{:?}",
        drained.events
    );
    let mut written = Vec::new();
    while client.queued_lines() > 0 {
        let at = client.poll_timeout().unwrap();
        client.handle_timeout(at).unwrap();
        let drained = drain(&mut client);
        written.push((client.queued_lines(), drained.events.len()));
    }
    assert_eq!(
        written.last(),
        Some(&(0, 1)),
        "written only once all lines left"
    );
    assert!(written.iter().rev().skip(1).all(|(_, events)| *events == 0));
}

#[test]
fn a_raw_line_is_sent_as_typed_unless_it_breaks_a_promise() {
    let mut client = online();
    client.send_raw("  VERSION  ").unwrap();
    client.send_raw("PRIVMSG #otter,@#cats :hello").unwrap();
    client.send_raw("notice #otter :hi").unwrap();
    assert_eq!(
        drain_paced(&mut client),
        [
            "VERSION",
            "PRIVMSG #otter,@#cats :hello",
            "notice #otter :hi"
        ]
    );
    let long = format!("PING {}", "x".repeat(MAX_RAW_LINE_BYTES));
    for (line, reason) in [
        ("", RawRefusal::Empty),
        ("   ", RawRefusal::Empty),
        ("JOIN #a\r\nPRIVMSG alice :hi", RawRefusal::ControlCharacter),
        ("JOIN #a\nQUIT", RawRefusal::ControlCharacter),
        ("JOIN #a\0", RawRefusal::ControlCharacter),
        (long.as_str(), RawRefusal::TooLong),
        ("@label=x PRIVMSG alice :hi", RawRefusal::Prefixed),
        (":otter PRIVMSG alice :hi", RawRefusal::Prefixed),
        // One-to-one text only through the OTR gate, in any case and with any target mix.
        ("PRIVMSG alice :hi", RawRefusal::PrivateMessage),
        ("privmsg Alice :hi", RawRefusal::PrivateMessage),
        ("NOTICE alice :hi", RawRefusal::PrivateMessage),
        ("PRIVMSG #otter,alice :hi", RawRefusal::PrivateMessage),
        ("PRIVMSG", RawRefusal::PrivateMessage),
        ("CPRIVMSG alice #otter :hi", RawRefusal::PrivateMessage),
        ("CNOTICE alice #otter :hi", RawRefusal::PrivateMessage),
    ] {
        let refused = client.send_raw(line);
        assert!(
            matches!(refused, Err(IrcError::RawLineRefused { reason: r }) if r == reason),
            "{line:?}: {refused:?}"
        );
        // The error never repeats the line.
        let shown = refused.map_err(|e| e.to_string()).unwrap_err();
        assert!(!shown.contains("alice"), "{shown}");
    }
    assert!(
        drain_paced(&mut client).is_empty(),
        "nothing refused was sent"
    );
}

#[test]
fn malformed_whois_and_ban_numerics_are_read_without_harm() {
    for bytewise in [false, true] {
        let mut client = online();
        client.whois(&nick("bot")).unwrap();
        client
            .list_bans(&Channel::parse("#otter").unwrap())
            .unwrap();
        drain_paced(&mut client);
        // As many channels as fit a line: more than are kept.
        let huge = "#c ".repeat(150);
        let script = format!(
            ":irc.test 311 otter\r\n\
             :irc.test 311 otter bot\r\n\
             :irc.test 317 otter bot not-a-number 1 :idle\r\n\
             :irc.test 317 otter bot 99999999999999999999999 1 :idle\r\n\
             :irc.test 312 otter bot\r\n\
             :irc.test 319 otter bot :{huge}\r\n\
             :irc.test 330 otter bot\r\n\
             :irc.test 301 otter bot :\x1b[31mred\u{202e}\r\n\
             :irc.test 367 otter #otter\r\n\
             :irc.test 324 otter\r\n\
             :irc.test 368 otter #otter\r\n\
             :irc.test 318 otter bot\r\n"
        );
        feed(&mut client, &script, bytewise).unwrap();
        let events = drain(&mut client).events;
        let [
            IrcEvent::ChannelModesShown { modes, .. },
            IrcEvent::BanList { bans, .. },
            IrcEvent::Whois(reply),
        ] = events.as_slice()
        else {
            panic!("{events:?}");
        };
        assert_eq!(modes, "+");
        assert_eq!(bans.len(), 1, "an empty mask is still one entry: {bans:?}");
        assert!(reply.found);
        assert_eq!(reply.idle_seconds, None, "numbers that are not are dropped");
        assert_eq!(reply.mask, None, "no user or host, no mask");
        assert_eq!(reply.server, None);
        assert_eq!(reply.account, None);
        assert_eq!(reply.channels.len(), MAX_WHOIS_CHANNELS);
        assert!(reply.channels_truncated);
        assert_eq!(reply.away.as_deref(), Some("<U+001B>[31mred<U+202E>"));
    }
}

/// Mode changes as `+o nick, +m`, for comparing.
fn mode_words(changes: &[ModeChange]) -> String {
    changes
        .iter()
        .map(|change| {
            let sign = if change.adding { '+' } else { '-' };
            match &change.arg {
                Some(arg) => format!("{sign}{} {arg}", change.mode),
                None => format!("{sign}{}", change.mode),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn shown_mode_lines(events: &[IrcEvent]) -> Vec<String> {
    events
        .iter()
        .filter_map(|e| match e {
            IrcEvent::ChannelModes {
                by,
                changes,
                omitted,
                ..
            } => Some(format!(
                "{:?}: {} (+{omitted})",
                by.as_ref().map(Nick::as_str),
                mode_words(changes)
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn others_mode_changes_are_one_bounded_escaped_line_and_keys_never_show() {
    let now = Instant::now();
    let mut client = online();
    feed_at(
        &mut client,
        now,
        ":s 005 otter PREFIX=(ov)@+ CHANMODES=beI,k,l,imnpst :are supported\r\n",
    );
    joined(&mut client, now, "#otter");
    feed_at(
        &mut client,
        now,
        ":s 353 otter = #otter :@otter alice bob\r\n:s 366 otter #otter :End\r\n",
    );
    drain(&mut client);
    // A hundred bans in one line: one event, six shown, the rest counted.
    let masks: Vec<String> = (0..100).map(|i| (i % 10).to_string()).collect();
    let line = format!(
        ":alice!u@h MODE #otter +{} {}\r\n",
        "b".repeat(100),
        masks.join(" ")
    );
    feed_at(&mut client, now, &line);
    let events = drain(&mut client).events;
    assert_eq!(
        shown_mode_lines(&events),
        ["Some(\"alice\"): +b 0, +b 1, +b 2, +b 3, +b 4, +b 5 (+94)"]
    );
    // The key, set or removed, never shows; status changes still update the member list.
    feed_at(
        &mut client,
        now,
        ":alice!u@h MODE #otter +ko-k hunter2 bob hunter2\r\n",
    );
    let events = drain(&mut client).events;
    assert!(
        !format!("{events:?}").contains("hunter2"),
        "the key leaked: {events:?}"
    );
    assert!(events.iter().any(|e| matches!(
        e,
        IrcEvent::MemberStatus { nick, prefixes, .. } if nick.as_str() == "bob" && prefixes == "@"
    )));
    assert_eq!(
        shown_mode_lines(&events),
        ["Some(\"alice\"): +k, +o bob, -k (+0)"]
    );
    // Hostile: bidi overrides and controls in a mask are escaped, a huge mask is cut, a
    // mode letter that is no letter stops the reading, the server as author is `None`.
    let huge = "x".repeat(400);
    feed_at(
        &mut client,
        now,
        &format!(
            ":irc.test MODE #otter +bb \u{202e}evil\x01!*@* {huge}\r\n\
             :alice!u@h MODE #otter +m\u{202e}i\r\n\
             :alice!u@h MODE #otter +\u{202e}\r\n"
        ),
    );
    let lines = shown_mode_lines(&drain(&mut client).events);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with("None: +b <U+202E>evil<U+0001>!*@*, +b xxx"),
        "{}",
        lines[0]
    );
    assert!(lines[0].len() < 200, "the long mask is cut: {}", lines[0]);
    assert_eq!(lines[1], "Some(\"alice\"): +m (+0)");
}

#[test]
fn who_collects_one_answer_per_question_bounded_and_escaped() {
    let now = Instant::now();
    let mut client = online();
    feed_at(
        &mut client,
        now,
        ":s 005 otter PREFIX=(ov)@+ :are supported\r\n",
    );
    drain(&mut client);
    let channel = Target::Channel(Channel::parse("#Big").unwrap());
    client.who(&channel).unwrap();
    client
        .who(&Target::Nick(Nick::parse("Eve").unwrap()))
        .unwrap();
    let sent = drain(&mut client).sent;
    assert!(sent.iter().any(|l| l == "WHO #Big"), "{sent:?}");
    assert!(sent.iter().any(|l| l == "WHO Eve"), "{sent:?}");
    // An answer nobody asked for is ignored.
    feed_at(
        &mut client,
        now,
        ":s 352 otter #other u h s x H :0 X\r\n:s 315 otter #other :End\r\n",
    );
    assert!(drain(&mut client).events.is_empty());
    // 600 members: 500 kept, the list says it was cut. The first is away and an operator,
    // with a spoofing real name.
    let mut script = String::from(":s 352 otter #big u1 h1 s a G@ :0 \u{202e}Real\x07\r\n");
    for i in 1..600 {
        script.push_str(&format!(":s 352 otter #big u h s n{i} H :0 N\r\n"));
    }
    // Malformed: no nick, no realname, too few parameters; none may break the answer.
    script.push_str(":s 352 otter #big u h s  H\r\n:s 352 otter #big\r\n:s 352\r\n");
    script.push_str(":s 315 otter #big :End of /WHO list.\r\n");
    script.push_str(":s 352 otter * eu eh s EVE H+ :3 Eve Example\r\n:s 315 otter eve :End\r\n");
    feed_at(&mut client, now, &script);
    let events = drain(&mut client).events;
    let [
        IrcEvent::Who {
            target,
            entries,
            truncated,
        },
        IrcEvent::Who {
            target: nick_target,
            entries: nick_entries,
            truncated: nick_truncated,
        },
    ] = events.as_slice()
    else {
        panic!("{events:?}");
    };
    assert_eq!(target, "#Big");
    assert_eq!(entries.len(), MAX_WHO_ENTRIES);
    assert!(truncated);
    assert_eq!(
        entries[0],
        WhoEntry {
            nick: "a".into(),
            mask: "u1@h1".into(),
            status: "@".into(),
            away: true,
            realname: "<U+202E>Real<U+0007>".into(),
        }
    );
    assert_eq!(nick_target, "Eve");
    assert!(!nick_truncated);
    assert_eq!(nick_entries.len(), 1);
    assert_eq!(nick_entries[0].nick, "EVE");
    assert_eq!(nick_entries[0].status, "+");
    assert!(!nick_entries[0].away);
    assert_eq!(nick_entries[0].realname, "Eve Example");
    // Answered questions are forgotten: a late 315 changes nothing.
    feed_at(&mut client, now, ":s 315 otter #big :End\r\n");
    assert!(drain(&mut client).events.is_empty());
}

/// An online client that negotiated `batch` and `labeled-response`, in #otter.
fn labeled_online(now: Instant) -> Client {
    let mut client = Client::new(ClientConfig::new(nick("otter"), None).with_label_key(7));
    client.start().unwrap();
    feed_at(
        &mut client,
        now,
        ":irc.test CAP * LS :batch labeled-response\r\n",
    );
    assert!(
        drain(&mut client)
            .sent
            .contains(&"CAP REQ :batch labeled-response".to_owned())
    );
    feed_at(
        &mut client,
        now,
        ":irc.test CAP * ACK :batch labeled-response\r\n:irc.test 001 otter :Welcome\r\n",
    );
    drain(&mut client);
    joined(&mut client, now, "#otter");
    client
}

/// The label of a line we sent, or `None`.
fn label_of(line: &str) -> Option<&str> {
    line.strip_prefix("@label=")?
        .split_once(' ')
        .map(|(label, _)| label)
}

fn refusals(events: &[IrcEvent]) -> Vec<Option<u64>> {
    events
        .iter()
        .filter_map(|e| match e {
            IrcEvent::ChannelRequestRefused { asked, .. } => Some(*asked),
            _ => None,
        })
        .collect()
}

#[test]
fn labeled_refusals_name_the_command_they_refuse_even_out_of_order() {
    let now = Instant::now();
    let mut client = labeled_online(now);
    let channel = Channel::parse("#otter").unwrap();
    client.set_modes(&channel, "+m", &[]).unwrap();
    let modes = client.last_asked();
    client.set_topic(&channel, "new topic").unwrap();
    let topic = client.last_asked();
    assert_ne!(modes, topic);
    let sent = drain_paced(&mut client);
    let labels: Vec<&str> = sent.iter().filter_map(|line| label_of(line)).collect();
    assert_eq!(labels.len(), 2, "{sent:?}");
    assert_ne!(labels[0], labels[1]);
    assert!(labels.iter().all(|l| l.len() == 8), "{labels:?}");
    assert!(sent[0].ends_with(" MODE #otter +m"), "{sent:?}");
    // The topic's refusal first, as one labeled line; the modes' inside a labeled batch;
    // then one unlabeled and one with a label we never sent: those are not attributed.
    let script = format!(
        "@label={topic_label} :irc.test 482 otter #otter :You're not a channel operator\r\n\
         @label={modes_label} :irc.test BATCH +b1 labeled-response\r\n\
         @batch=b1 :irc.test 482 otter #otter :You're not a channel operator\r\n\
         :irc.test BATCH -b1\r\n\
         :irc.test 482 otter #otter :You're not a channel operator\r\n\
         @label=forged :irc.test 482 otter #otter :no\r\n\
         @batch=b1 :irc.test 482 otter #otter :after its batch ended\r\n",
        topic_label = labels[1],
        modes_label = labels[0],
    );
    feed_at(&mut client, now, &script);
    assert_eq!(
        refusals(&drain(&mut client).events),
        [Some(topic), Some(modes), None, None, None]
    );
    assert!(client.labels.is_empty(), "answered labels are forgotten");
    assert!(client.labeled_batches.is_empty());

    // A FAIL carries the command it answers too; an ACK (no answer) forgets the label.
    client.send_raw("TOPIC #otter :x").unwrap();
    let raw = client.last_asked();
    client.whois(&Nick::parse("bot").unwrap()).unwrap();
    let sent = drain_paced(&mut client);
    let labels: Vec<&str> = sent.iter().filter_map(|line| label_of(line)).collect();
    assert_eq!(labels.len(), 2, "{sent:?}");
    feed_at(
        &mut client,
        now,
        &format!(
            "@label={} :irc.test FAIL TOPIC TOO_FAST #otter :Slow down\r\n\
             @label={} :irc.test ACK\r\n",
            labels[0], labels[1]
        ),
    );
    let events = drain(&mut client).events;
    assert!(
        matches!(
            events.as_slice(),
            [IrcEvent::StandardReply { asked: Some(asked), .. }] if *asked == raw
        ),
        "{events:?}"
    );
    assert!(client.labels.is_empty());

    // Hostile: labels never answered are bounded; so are batches a server never ends.
    for _ in 0..40 {
        client.whois(&Nick::parse("bot").unwrap()).unwrap();
        drain_paced(&mut client);
    }
    assert_eq!(client.labels.len(), MAX_PENDING_LABELS);
    let pending: Vec<String> = client.labels.iter().map(|(l, _)| l.clone()).collect();
    let mut script = String::new();
    for (i, label) in pending.iter().enumerate() {
        script.push_str(&format!(
            "@label={label} :irc.test BATCH +x{i} labeled-response\r\n"
        ));
    }
    feed_at(&mut client, now, &script);
    assert!(client.labeled_batches.len() <= MAX_PENDING_LABELS);
}

#[test]
fn without_batch_labeled_response_is_not_asked_for_and_nothing_is_labeled() {
    let now = Instant::now();
    let mut client = started(None);
    feed_at(
        &mut client,
        now,
        ":irc.test CAP * LS :labeled-response server-time\r\n",
    );
    assert_eq!(drain(&mut client).sent, ["CAP REQ :server-time"]);
    feed_at(
        &mut client,
        now,
        ":irc.test CAP * ACK :server-time\r\n:irc.test 001 otter :Welcome\r\n",
    );
    drain(&mut client);
    client.whois(&Nick::parse("bot").unwrap()).unwrap();
    assert_eq!(drain_paced(&mut client), ["WHOIS bot"]);
}
