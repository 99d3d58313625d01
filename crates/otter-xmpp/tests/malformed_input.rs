//! Hostile and broken streams through the public API: each ends in a typed error, never a
//! panic, and the client stops buffering at its limit (a panic here is a bug in otter-xmpp,
//! never bad input).

use std::time::Instant;

use otter_types::{ErrorKind, Password};
use otter_xmpp::{
    Action, ChannelBindingData, Client, ClientConfig, CloseReason, Jid, MAX_ATTRIBUTES, MAX_DEPTH,
    MAX_STANZA_BYTES, RestrictedXml, TlsMode, XmppError,
};

const HEADER: &str = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
    xmlns:stream='http://etherx.jabber.org/streams' id='s1' from='otter.test' version='1.0'>";

/// A client that is past TLS and has sent its stream header: every byte from here on is the
/// server's.
fn client() -> Result<Client, XmppError> {
    let account = Jid::parse("alice@otter.test").map_err(|_| XmppError::InvalidConfig {
        reason: "test address",
    })?;
    let config = ClientConfig::new(
        &account,
        Password::new("pw"),
        "r4nd0m".to_owned(),
        TlsMode::DirectTls,
        [1; 16],
    )?;
    let mut client = Client::new(config);
    client.start()?;
    client.handle_tls_established(ChannelBindingData::None)?;
    while client.poll_action().is_some() {}
    Ok(client)
}

/// Feeds `input` in `chunk`-byte pieces until the first error; returns it, how many bytes were
/// accepted before it, and the queued actions.
fn feed(input: &[u8], chunk: usize) -> (Option<XmppError>, usize, Vec<Action>) {
    let mut client = match client() {
        Ok(client) => client,
        Err(error) => return (Some(error), 0, Vec::new()),
    };
    let mut accepted = 0;
    let mut error = None;
    for piece in input.chunks(chunk) {
        if let Err(e) = client.handle_bytes(Instant::now(), piece) {
            error = Some(e);
            break;
        }
        accepted += piece.len();
    }
    let actions = std::iter::from_fn(|| client.poll_action()).collect();
    (error, accepted, actions)
}

fn closes_with(actions: &[Action], kind: ErrorKind, condition: &str) {
    let sent: String = actions
        .iter()
        .filter_map(|a| match a {
            Action::Send(bytes) => Some(String::from_utf8_lossy(bytes).into_owned()),
            _ => None,
        })
        .collect();
    assert!(
        sent.contains(&format!("<{condition} ")) && sent.ends_with("</stream:stream>"),
        "{sent}"
    );
    assert!(
        matches!(actions.last(), Some(Action::Close(CloseReason::Error(k))) if *k == kind),
        "{actions:?}"
    );
}

#[test]
fn truncated_xml_waits_and_is_not_an_error_until_it_is_malformed() {
    // A stanza cut anywhere is only "more bytes needed".
    let stanza = format!("{HEADER}<message type='chat'><body>hel");
    for cut in 0..stanza.len() {
        let (error, _, _) = feed(&stanza.as_bytes()[..cut], 7);
        assert_eq!(error, None, "cut at {cut}");
    }
    // Bad nesting is malformed.
    let (error, _, actions) = feed(format!("{HEADER}<message><body></message>").as_bytes(), 5);
    assert!(
        matches!(error, Some(XmppError::MalformedXml { .. })),
        "{error:?}"
    );
    closes_with(&actions, ErrorKind::PeerMisbehaved, "not-well-formed");
}

#[test]
fn doctype_and_entity_declarations_are_restricted_xml() {
    let (error, _, actions) = feed(
        b"<?xml version='1.0'?><!DOCTYPE stream [<!ENTITY x 'y'>]><stream:stream>",
        4096,
    );
    assert_eq!(
        error,
        Some(XmppError::RestrictedXml {
            construct: RestrictedXml::DocumentType
        })
    );
    assert!(matches!(
        actions.last(),
        Some(Action::Close(CloseReason::Error(ErrorKind::PeerMisbehaved)))
    ));
}

#[test]
fn billion_laughs_never_expands() {
    let mut doc = String::from("<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>");
    for level in 1..10 {
        doc.push_str(&format!(
            "<!ENTITY lol{level} '{}'>",
            format!("&lol{};", level - 1).repeat(10)
        ));
    }
    doc.push_str("]><stream:stream><message><body>&lol9;</body></message>");
    for chunk in [1, 64, 1 << 20] {
        let (error, _, _) = feed(doc.as_bytes(), chunk);
        assert_eq!(
            error,
            Some(XmppError::RestrictedXml {
                construct: RestrictedXml::DocumentType
            }),
            "chunk {chunk}"
        );
    }
    // Without a DTD, a reference to an undeclared entity is refused too.
    let (error, _, actions) = feed(
        format!("{HEADER}<message><body>&lol9;</body>").as_bytes(),
        3,
    );
    assert_eq!(
        error,
        Some(XmppError::RestrictedXml {
            construct: RestrictedXml::EntityReference
        })
    );
    closes_with(&actions, ErrorKind::PeerMisbehaved, "restricted-xml");
    let (error, _, _) = feed(format!("{HEADER}<message a='&lol9;'/>").as_bytes(), 4096);
    assert_eq!(
        error,
        Some(XmppError::RestrictedXml {
            construct: RestrictedXml::EntityReference
        })
    );
}

#[test]
fn ten_megabyte_stanza_stops_at_the_limit() {
    let mut input = format!("{HEADER}<message><body>").into_bytes();
    input.resize(10 * 1024 * 1024, b'a');
    for chunk in [64 * 1024, 10 * 1024 * 1024] {
        let (error, accepted, actions) = feed(&input, chunk);
        assert_eq!(
            error,
            Some(XmppError::StanzaTooLarge {
                limit: MAX_STANZA_BYTES
            })
        );
        // Nothing near 10 MB was taken in: the client refused at the limit.
        assert!(
            accepted <= MAX_STANZA_BYTES + chunk.min(64 * 1024),
            "{accepted}"
        );
        closes_with(&actions, ErrorKind::LimitExceeded, "policy-violation");
    }
    // Many attributes or long text in one tag count too.
    let mut tag = format!("{HEADER}<message a='").into_bytes();
    tag.resize(MAX_STANZA_BYTES + 1000, b'x');
    let (error, _, _) = feed(&tag, 1000);
    assert!(matches!(error, Some(XmppError::StanzaTooLarge { .. })));
}

#[test]
fn depth_one_thousand_is_too_deep() {
    let input = format!("{HEADER}{}", "<a>".repeat(1000));
    for chunk in [1, 4096] {
        let (error, _, actions) = feed(input.as_bytes(), chunk);
        assert_eq!(error, Some(XmppError::TooDeep { limit: MAX_DEPTH }));
        closes_with(&actions, ErrorKind::LimitExceeded, "policy-violation");
    }
}

#[test]
fn one_thousand_attributes_are_too_many() {
    let attributes: String = (0..1000).map(|i| format!(" a{i}='v'")).collect();
    let (error, _, _) = feed(format!("{HEADER}<message{attributes}/>").as_bytes(), 4096);
    assert_eq!(
        error,
        Some(XmppError::TooManyAttributes {
            limit: MAX_ATTRIBUTES
        })
    );
}

#[test]
fn invalid_utf8_is_a_typed_error_wherever_it_is() {
    let cases: [&[u8]; 3] = [
        b"<message><body>caf\xC3\x28</body></message>",
        b"<message to='\xFF\xFE'/>",
        b"<mess\xE9age/>",
    ];
    for case in cases {
        let mut input = HEADER.as_bytes().to_vec();
        input.extend_from_slice(case);
        for chunk in [1, 4096] {
            let (error, _, _) = feed(&input, chunk);
            assert!(
                matches!(
                    error,
                    Some(XmppError::InvalidUtf8 | XmppError::MalformedXml { .. })
                ),
                "{case:?}: {error:?}"
            );
        }
    }
}

#[test]
fn comments_processing_instructions_and_stray_text_are_refused() {
    for (input, expected) in [
        (
            format!("{HEADER}<!-- hi -->"),
            XmppError::RestrictedXml {
                construct: RestrictedXml::Comment,
            },
        ),
        (
            format!("{HEADER}<?php evil() ?>"),
            XmppError::RestrictedXml {
                construct: RestrictedXml::ProcessingInstruction,
            },
        ),
    ] {
        let (error, _, _) = feed(input.as_bytes(), 3);
        assert_eq!(error, Some(expected));
    }
    let (error, _, _) = feed(format!("{HEADER}text<a/>").as_bytes(), 4096);
    assert!(matches!(error, Some(XmppError::MalformedXml { .. })));
}

#[test]
fn input_after_an_error_is_ignored_without_panicking() -> Result<(), XmppError> {
    let mut client = client()?;
    assert!(client.handle_bytes(Instant::now(), b"<html>").is_err());
    assert_eq!(
        client.handle_bytes(Instant::now(), HEADER.as_bytes()),
        Ok(())
    );
    Ok(())
}

#[test]
fn random_junk_never_panics() {
    // A small deterministic generator (xorshift): junk biased towards XML punctuation.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let alphabet = b"<>/='\"&;:!?[]- abcxmlns\xC3\xA9\xFF\x00";
    for _ in 0..300 {
        let mut input = HEADER.as_bytes().to_vec();
        for _ in 0..200 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            input.push(alphabet[(state % alphabet.len() as u64) as usize]);
        }
        let _ = feed(&input, 1 + (state % 17) as usize);
    }
}

#[test]
fn a_stanza_in_small_reads_is_scanned_once_not_once_per_read() {
    // Found by fuzzing (fuzz/, target xmpp_stream): an unfinished start tag whose attribute
    // values hold `<` and `>`, repeated up to the stanza limit and fed in small reads, used to
    // be rescanned from its `<` at every read that held one of those bytes: quadratic, about a
    // second of CPU for 256 KiB in 64-byte reads and a minute a byte at a time.
    let mut input = HEADER.as_bytes().to_vec();
    input.extend_from_slice(b"<message a='");
    while input.len() < MAX_STANZA_BYTES - 64 {
        input.extend_from_slice(b"<ar<b ='2'> ");
    }
    input.extend_from_slice(b"'><body>x</body></message>");
    let started = Instant::now();
    let (error, accepted, _) = feed(&input, 16);
    let took = started.elapsed();
    // A `<` in an attribute value is malformed, found once the tag is whole.
    assert!(
        matches!(error, Some(XmppError::MalformedXml { .. })),
        "{error:?}"
    );
    assert!(accepted > MAX_STANZA_BYTES - 128, "{accepted}");
    // Linear takes milliseconds even unoptimised; quadratic took minutes here.
    assert!(took.as_secs() < 5, "{took:?}");

    // The same inside a comment and a CDATA section, whose ends are `-->` and `]]>`.
    for (open, close) in [
        ("<!--", "-->"),
        ("<![CDATA[", "]]>"),
        // What the fuzzer found next: quick-xml takes any `<![` for CDATA and looks for `]]>`.
        ("<![CDAT1' y='2'>", "]]>"),
    ] {
        let mut input = format!("{HEADER}<message><body>{open}").into_bytes();
        while input.len() < MAX_STANZA_BYTES / 2 {
            input.extend_from_slice(b"-> ]> ?> ]]");
        }
        input.extend_from_slice(format!("{close}</body></message>").as_bytes());
        let started = Instant::now();
        let (error, _, _) = feed(&input, 16);
        assert!(started.elapsed().as_secs() < 5, "{open}");
        // Read in small pieces exactly as in one.
        let (whole, _, _) = feed(&input, input.len());
        assert_eq!(error, whole, "{open}");
    }
}

#[test]
fn an_unfinished_document_type_is_refused_at_once() {
    // Its end is not waited for: a declaration trickled in small reads cannot make us rescan it.
    for input in [
        "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a '",
        "<?xml version='1.0'?><!doctype",
    ] {
        let (error, _, actions) = feed(input.as_bytes(), 3);
        assert_eq!(
            error,
            Some(XmppError::RestrictedXml {
                construct: RestrictedXml::DocumentType
            }),
            "{input}"
        );
        assert!(matches!(
            actions.last(),
            Some(Action::Close(CloseReason::Error(ErrorKind::PeerMisbehaved)))
        ));
    }
}

#[test]
fn a_byte_order_mark_is_skipped_at_the_start_and_refused_later() {
    // Found by fuzzing (xmpp_stream): a BOM after the XML declaration made each fresh reader
    // skip it as the start of a document, so the document type behind it was never seen and
    // the input was rescanned at every read up to the stanza limit.
    let mut input = b"<?xml version='1.0'?>\xEF\xBB\xBF<!DOCTYPE lolz [<!ENTITY a '".to_vec();
    while input.len() < MAX_STANZA_BYTES {
        input.extend_from_slice(b"x'> <y ='0.0'>");
    }
    let started = Instant::now();
    let (error, _, _) = feed(&input, 5);
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
    assert!(
        matches!(error, Some(XmppError::MalformedXml { .. })),
        "{error:?}"
    );

    // At the very start, in pieces, it is simply skipped.
    let mut input = b"\xEF\xBB\xBF".to_vec();
    input.extend_from_slice(HEADER.as_bytes());
    for chunk in [1, 2, input.len()] {
        let (error, accepted, _) = feed(&input, chunk);
        assert_eq!(error, None, "in pieces of {chunk}");
        assert_eq!(accepted, input.len());
    }
}
