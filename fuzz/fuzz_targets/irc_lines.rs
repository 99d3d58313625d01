//! Server bytes to an IRC client that is registered and in a channel: the line parser (tags,
//! source, command, parameters, length limits) and every command the client decodes. Flags
//! bit 1 starts from a fresh connection instead (capability negotiation and SASL included).

#![no_main]

use libfuzzer_sys::fuzz_target;
use otter_fuzz::{Input, later, max_output_for, start};
use otter_irc::{Action, Client, ClientConfig, MAX_LINE_BYTES, MAX_TAGS_BYTES, Nick, Sasl};
use otter_types::Password;

const FLAG_FRESH: u8 = 2;

/// Drains the queue, checking each line we send; returns whether it asked to close.
fn drain(client: &mut Client, read_len: usize) -> bool {
    let mut closed = false;
    let mut sent = 0usize;
    while let Some(action) = client.poll_action() {
        assert!(!closed, "nothing is queued after a close");
        match action {
            Action::Send(bytes) => {
                // Exactly one line, ended by CRLF, no NUL, within the limits.
                assert!(bytes.ends_with(b"\r\n"), "{bytes:?}");
                assert_eq!(
                    bytes.iter().filter(|&&b| b == b'\n').count(),
                    1,
                    "{bytes:?}"
                );
                assert_eq!(
                    bytes.iter().filter(|&&b| b == b'\r').count(),
                    1,
                    "{bytes:?}"
                );
                assert!(!bytes.contains(&0), "{bytes:?}");
                assert!(
                    bytes.len() <= MAX_LINE_BYTES + MAX_TAGS_BYTES,
                    "{}",
                    bytes.len()
                );
                sent += bytes.len();
            }
            Action::Event(_) => {}
            Action::Close(_) => closed = true,
        }
    }
    assert!(
        sent <= max_output_for(read_len),
        "{sent} bytes out for {read_len} in"
    );
    closed
}

fuzz_target!(|data: &[u8]| {
    let Some(mut input) = Input::parse(data) else {
        return;
    };
    let begin = start();
    let fresh = input.flags & FLAG_FRESH != 0;
    let nick = Nick::parse("otter").expect("a valid nick");
    let sasl = fresh.then(|| Sasl::Plain {
        account: "otter".to_owned(),
        password: Password::new("pw"),
    });
    let mut client = Client::new(ClientConfig::new(nick, sasl));
    client.start().expect("starts");
    if !fresh {
        client
            .handle_bytes(
                begin,
                b":s CAP * LS :x server-time\r\n:s CAP * ACK :server-time\r\n\
                  :s 001 otter :Hi otter!u@h\r\n",
            )
            .expect("registers");
        client
            .handle_bytes(begin, b":otter!u@h JOIN #otter\r\n")
            .expect("joins");
        assert!(client.is_online());
    }
    drain(&mut client, 0);

    let mut now = begin;
    for (i, read) in input
        .reads(MAX_LINE_BYTES * 4 + MAX_TAGS_BYTES)
        .into_iter()
        .enumerate()
    {
        let failed = client.handle_bytes(now, read).is_err();
        let closed = drain(&mut client, read.len());
        if failed {
            assert!(closed, "an error closes");
        }
        if closed {
            assert!(client.poll_timeout().is_none(), "no timer after the end");
            return;
        }
        now = later(now, i);
        if let Some(at) = client.poll_timeout() {
            assert!(at >= begin);
            if at <= now && client.handle_timeout(now).is_err() {
                assert!(drain(&mut client, 0), "a timeout closes");
                return;
            }
            drain(&mut client, 0);
        }
    }
});
