//! Hostile input through the public API: every case must end in a typed error or be handled,
//! never a panic, and never buffer or track more than the named limits.

use std::time::Instant;

use otter_irc::{
    Action, Channel, Client, ClientConfig, CloseReason, IrcError, IrcEvent, MAX_CHANNEL_MEMBERS,
    MAX_LINE_BYTES, MAX_TAGS_BYTES, Nick,
};
use otter_types::ErrorKind;

/// A registered client, as `otter!o@host.test`.
fn online() -> Result<Client, IrcError> {
    let mut client = Client::new(ClientConfig::new(Nick::parse("otter")?, None));
    client.start()?;
    client.handle_bytes(
        Instant::now(),
        b"CAP * LS :\r\n:s 001 otter :Welcome otter!o@host.test\r\n",
    )?;
    drain(&mut client);
    Ok(client)
}

fn drain(client: &mut Client) -> (Vec<Vec<u8>>, Vec<IrcEvent>, Option<CloseReason>) {
    let (mut sent, mut events, mut close) = (Vec::new(), Vec::new(), None);
    while let Some(action) = client.poll_action() {
        match action {
            Action::Send(bytes) => sent.push(bytes),
            Action::Event(event) => events.push(event),
            Action::Close(reason) => close = Some(reason),
        }
    }
    (sent, events, close)
}

#[test]
fn a_10_kb_line_is_line_too_long() {
    let mut client = online().unwrap();
    let line = format!(":eve!e@h PRIVMSG otter :{}\r\n", "A".repeat(10 * 1024));
    let result = client.handle_bytes(Instant::now(), line.as_bytes());
    assert_eq!(
        result,
        Err(IrcError::LineTooLong {
            limit: MAX_LINE_BYTES
        })
    );
    assert_eq!(result.unwrap_err().kind(), ErrorKind::LimitExceeded);
    let (sent, events, close) = drain(&mut client);
    assert!(events.is_empty());
    assert_eq!(sent, [b"QUIT\r\n".to_vec()]);
    assert_eq!(close, Some(CloseReason::Error(ErrorKind::LimitExceeded)));
}

#[test]
fn a_peer_that_never_sends_a_line_end_is_cut_off_at_the_limit() {
    let mut client = online().unwrap();
    let chunk = [b'x'; 64];
    let mut fed = 0;
    let error = loop {
        match client.handle_bytes(Instant::now(), &chunk) {
            Ok(()) => fed += chunk.len(),
            Err(error) => break error,
        }
        assert!(
            fed <= MAX_LINE_BYTES,
            "buffered {fed} bytes without a line end"
        );
    };
    assert_eq!(
        error,
        IrcError::LineTooLong {
            limit: MAX_LINE_BYTES
        }
    );

    // The same with an endless tag section.
    let mut client = online().unwrap();
    client.handle_bytes(Instant::now(), b"@").unwrap();
    let mut fed = 1;
    let error = loop {
        match client.handle_bytes(Instant::now(), &chunk) {
            Ok(()) => fed += chunk.len(),
            Err(error) => break error,
        }
        assert!(fed <= MAX_TAGS_BYTES, "buffered {fed} tag bytes");
    };
    assert_eq!(
        error,
        IrcError::LineTooLong {
            limit: MAX_TAGS_BYTES
        }
    );

    // After the error, more input is ignored.
    assert_eq!(
        client.handle_bytes(Instant::now(), &[b'x'; 100_000]),
        Ok(())
    );
}

#[test]
fn invalid_utf8_is_read_as_latin1() {
    let mut client = online().unwrap();
    client
        .handle_bytes(
            Instant::now(),
            b":eve!e@h PRIVMSG otter :caf\xe9 \xff\xfe\r\n",
        )
        .unwrap();
    let (_, events, _) = drain(&mut client);
    let [IrcEvent::PrivateMessage { text, .. }] = events.as_slice() else {
        panic!("{events:?}");
    };
    assert_eq!(text.reveal(), "café ÿþ");
}

#[test]
fn nul_and_controls_are_escaped_not_fatal() {
    let mut client = online().unwrap();
    client
        .handle_bytes(
            Instant::now(),
            b":eve!e@h PRIVMSG otter :a\0b\x1b[2Jc\rd\r\n",
        )
        .unwrap();
    let (sent, events, _) = drain(&mut client);
    assert!(sent.is_empty());
    let [IrcEvent::PrivateMessage { text, .. }] = events.as_slice() else {
        panic!("{events:?}");
    };
    assert_eq!(text.reveal(), "a<U+0000>b<U+001B>[2Jc<U+000D>d");
}

#[test]
fn bidi_overrides_in_nicks_are_escaped() {
    let mut client = online().unwrap();
    let channel = Channel::parse("#otter").unwrap();
    client.join(&channel, None).unwrap();
    let line = ":otter!o@h JOIN #otter\r\n\
                :adm\u{202E}nim\u{2066}!e@h JOIN #otter\r\n\
                :adm\u{202E}nim\u{2066}!e@h PRIVMSG #otter :\u{202D}hello\r\n";
    client
        .handle_bytes(Instant::now(), line.as_bytes())
        .unwrap();
    let (_, events, _) = drain(&mut client);
    let shown: Vec<String> = events
        .iter()
        .filter_map(|event| match event {
            IrcEvent::MemberJoined { nick, .. } => Some(nick.shown()),
            IrcEvent::ChannelMessage { from, text, .. } => {
                Some(format!("{} {}", from.shown(), text.reveal()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        shown,
        [
            "adm<U+202E>nim<U+2066>",
            "adm<U+202E>nim<U+2066> <U+202D>hello"
        ]
    );
    for event in &events {
        let debug = format!("{event:?}");
        assert!(
            !debug.contains('\u{202E}') && !debug.contains('\u{2066}'),
            "{debug}"
        );
    }
}

#[test]
fn malformed_tags_do_not_break_the_line() {
    let mut client = online().unwrap();
    let lines = "@;;=;=x;a=\\;bad!key=1;+ok=\\s\\:\\\\ PING :t1\r\n\
                 @ PING :t2\r\n\
                 @\\\\\\\\;;;; PING :t3\r\n";
    client
        .handle_bytes(Instant::now(), lines.as_bytes())
        .unwrap();
    let (sent, _, _) = drain(&mut client);
    assert_eq!(
        sent,
        [
            b"PONG :t1\r\n".to_vec(),
            b"PONG :t2\r\n".to_vec(),
            b"PONG :t3\r\n".to_vec()
        ]
    );
}

#[test]
fn structurally_broken_lines_are_typed_errors() {
    for bad in [
        &b"@only-tags\r\n"[..],
        b":only-a-source\r\n",
        b":src 12345 x\r\n",
        b":src \x01\x02 x\r\n",
        b"\0\0\0\r\n",
    ] {
        let mut client = online().unwrap();
        let result = client.handle_bytes(Instant::now(), bad);
        assert!(
            matches!(result, Err(IrcError::MalformedLine { .. })),
            "{bad:?}: {result:?}"
        );
        let (_, _, close) = drain(&mut client);
        assert_eq!(close, Some(CloseReason::Error(ErrorKind::PeerMisbehaved)));
    }
}

#[test]
fn truncated_and_short_lines_are_ignored_or_typed() {
    let mut client = online().unwrap();
    // Commands without their parameters: no event, no reply, no panic.
    let lines = "PRIVMSG\r\nPRIVMSG otter\r\nJOIN\r\nPART\r\nKICK #x\r\nNICK\r\n\
                 :s 353\r\n:s 366\r\n:s 332\r\n:s 001\r\n:s 005 otter PREFIX=( CHANTYPES=\r\n\
                 CAP\r\nCAP * ACK\r\nAUTHENTICATE\r\n\r\n\n   \r\n";
    let result = client.handle_bytes(Instant::now(), lines.as_bytes());
    // AUTHENTICATE outside the login exchange is the server's fault.
    assert!(
        matches!(result, Err(IrcError::SaslProtocol { .. })),
        "{result:?}"
    );
}

#[test]
fn a_100k_join_flood_keeps_the_member_list_bounded() {
    let mut client = online().unwrap();
    let channel = Channel::parse("#flood").unwrap();
    client.join(&channel, None).unwrap();
    client
        .handle_bytes(Instant::now(), b":otter!o@h JOIN #flood\r\n")
        .unwrap();
    drain(&mut client);
    let mut batch = String::new();
    for i in 0..100_000 {
        batch.push_str(&format!(":n{i}!u@h JOIN #flood\r\n"));
        if batch.len() > 16 * 1024 {
            client
                .handle_bytes(Instant::now(), batch.as_bytes())
                .unwrap();
            batch.clear();
            drain(&mut client);
        }
    }
    client
        .handle_bytes(Instant::now(), batch.as_bytes())
        .unwrap();
    drain(&mut client);
    assert_eq!(client.member_count(&channel), Some(MAX_CHANNEL_MEMBERS));

    // A NAMES reply of the same size is cut too, and says so.
    let mut names = String::new();
    for i in 0..100_000 {
        if names.is_empty() {
            names.push_str(":s 353 otter = #flood :");
        }
        names.push_str(&format!("m{i} "));
        if names.len() > 400 {
            names.push_str("\r\n");
            client
                .handle_bytes(Instant::now(), names.as_bytes())
                .unwrap();
            names.clear();
        }
    }
    client
        .handle_bytes(Instant::now(), b":s 366 otter #flood :End\r\n")
        .unwrap();
    let (_, events, _) = drain(&mut client);
    let [
        IrcEvent::Names {
            members, truncated, ..
        },
    ] = events.as_slice()
    else {
        panic!("{} events", events.len());
    };
    assert!(*truncated);
    assert_eq!(members.len(), MAX_CHANNEL_MEMBERS);
    assert_eq!(client.member_count(&channel), Some(MAX_CHANNEL_MEMBERS));
}

#[test]
fn joins_for_channels_we_are_not_in_are_not_tracked() {
    let mut client = online().unwrap();
    let mut lines = String::new();
    for i in 0..10_000 {
        lines.push_str(&format!(":otter!o@h JOIN #c{i}\r\n"));
    }
    client
        .handle_bytes(Instant::now(), lines.as_bytes())
        .unwrap();
    let (_, events, _) = drain(&mut client);
    assert_eq!(events.len(), otter_irc::MAX_CHANNELS);
}

#[test]
fn random_bytes_never_panic() {
    // A small deterministic generator: the same junk every run.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet = b" :@!;=\\\r\n\x01\x02\x03\0#&+PRIVMSGJOINCAPLS0123456789\xe9\xff";
    for _ in 0..2_000 {
        let mut client = online().unwrap();
        let len = (next() % 600) as usize;
        let junk: Vec<u8> = (0..len)
            .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
            .collect();
        let _ = client.handle_bytes(Instant::now(), &junk);
        drain(&mut client);
    }
}
