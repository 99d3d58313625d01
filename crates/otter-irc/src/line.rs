//! Line framing and parsing: RFC 1459 §2.3 (the 512-byte message), IRCv3 message-tags (the tag
//! section and its own size limit), and the "Modern IRC" grammar for everything else.
//!
//! Received bytes are cut into lines at LF (a CR before it is dropped; some servers send bare
//! LF). Each line is decoded as UTF-8, or as Latin-1 when it is not valid UTF-8 (old clients on
//! old networks still send Latin-1; every byte is a Latin-1 character, so nothing is lost and
//! nothing fails). Then it is split into tags, source, command and parameters.

use std::borrow::Cow;

use crate::error::IrcError;

/// The longest line without its tags, CR LF included (RFC 1459 §2.3.1, "Modern IRC" message
/// format). Servers cut what they relay to this, so anything longer is a broken or hostile
/// server; it is also the bound on what we buffer while waiting for a line end.
pub const MAX_LINE_BYTES: usize = 512;

/// The longest tag section, the leading `@` and the trailing space included (IRCv3
/// message-tags, "Size limit"). Tags come on top of [`MAX_LINE_BYTES`].
pub const MAX_TAGS_BYTES: usize = 8191;

/// The longest line body we accept once CR LF is taken off.
const MAX_BODY_BYTES: usize = MAX_LINE_BYTES - 2;

/// Cuts received bytes into lines, never holding more than one line's limits.
///
/// A peer that never sends a line end is cut off as soon as what it sent cannot be a line any
/// more (Halloy's `MAX_LINE_LENGTH` guard), so the buffer is bounded by
/// `MAX_TAGS_BYTES + MAX_LINE_BYTES`. Only the unfinished line at the end of a read is
/// buffered; whole lines are taken straight from the input.
#[derive(Debug, Default)]
pub(crate) struct Framer {
    /// The start of a line whose end has not arrived; never holds an LF.
    buffer: Vec<u8>,
}

/// What the buffer may hold: any more cannot be (the start of) a line within the limits.
const MAX_BUFFERED: usize = MAX_TAGS_BYTES + MAX_LINE_BYTES + 1;

impl Framer {
    /// Adds bytes and hands each complete line they finish (without CR LF) to `each`, in
    /// order, straight from the input where possible; `each` returns `Ok(false)` to stop (the
    /// rest is dropped). Returns the limit a line broke, or `each`'s error. After an error or
    /// a stop the framer must not be used again.
    pub(crate) fn feed(
        &mut self,
        bytes: &[u8],
        mut each: impl FnMut(&[u8]) -> Result<bool, IrcError>,
    ) -> Result<(), IrcError> {
        let mut rest = bytes;
        if !self.buffer.is_empty() {
            let Some(end) = find_lf(rest) else {
                return self.keep(rest);
            };
            let (head, after) = rest.split_at_checked(end).unwrap_or((rest, &[]));
            if self.buffer.len() + head.len() > MAX_BUFFERED {
                return Err(too_long(&self.buffer));
            }
            self.buffer.extend_from_slice(head);
            let line = std::mem::take(&mut self.buffer);
            let line = line.strip_suffix(b"\r").unwrap_or(&line);
            check_length(line, true)?;
            if !each(line)? {
                return Ok(());
            }
            rest = after.get(1..).unwrap_or_default();
        }
        while let Some(end) = find_lf(rest) {
            let (line, after) = rest.split_at_checked(end).unwrap_or((rest, &[]));
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            check_length(line, true)?;
            if !each(line)? {
                return Ok(());
            }
            rest = after.get(1..).unwrap_or_default();
        }
        self.keep(rest)
    }

    /// Buffers the start of a line, taking no more than a line can hold.
    fn keep(&mut self, bytes: &[u8]) -> Result<(), IrcError> {
        let room = MAX_BUFFERED.saturating_sub(self.buffer.len());
        let take = bytes.get(..room).unwrap_or(bytes);
        self.buffer.extend_from_slice(take);
        check_length(&self.buffer, false)?;
        if take.len() < bytes.len() {
            // Unreachable with these limits (a full buffer already broke one), but never
            // silently dropped.
            return Err(too_long(&self.buffer));
        }
        Ok(())
    }
}

/// The first LF in `bytes`.
fn find_lf(bytes: &[u8]) -> Option<usize> {
    find_byte(bytes, b'\n')
}

/// The first `needle` in `bytes`, eight bytes at a time: framing looks at every received byte
/// (for the line end, and for the end of the tags), and searching byte by byte was a fifth of
/// the time a line took.
fn find_byte(bytes: &[u8], needle: u8) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let needles = u64::from_ne_bytes([needle; 8]);
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in chunks.by_ref() {
        let word = u64::from_ne_bytes(chunk.try_into().unwrap_or([!needle; 8])) ^ needles;
        // Some byte of `word` is zero (a needle in the chunk) exactly when this is not.
        if word.wrapping_sub(ONES) & !word & HIGHS != 0 {
            return chunk.iter().position(|&b| b == needle).map(|i| offset + i);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == needle)
        .map(|i| offset + i)
}

/// The limit `line` breaks (or the line limit, if it is within the tag limit).
fn too_long(line: &[u8]) -> IrcError {
    match check_length(line, false) {
        Err(error) => error,
        Ok(()) => IrcError::LineTooLong {
            limit: MAX_LINE_BYTES,
        },
    }
}

/// Whether `line` (complete, or the unfinished start of one) is within the limits.
fn check_length(line: &[u8], complete: bool) -> Result<(), IrcError> {
    let body = if line.first() == Some(&b'@') {
        match find_byte(line, b' ') {
            // The tag section counts its trailing space.
            Some(space) if space + 1 > MAX_TAGS_BYTES => {
                return Err(IrcError::LineTooLong {
                    limit: MAX_TAGS_BYTES,
                });
            }
            Some(space) => line.get(space + 1..).unwrap_or_default(),
            None if line.len() >= MAX_TAGS_BYTES => {
                return Err(IrcError::LineTooLong {
                    limit: MAX_TAGS_BYTES,
                });
            }
            None => &[],
        }
    } else {
        line
    };
    // An unfinished line may still hold the CR of its CR LF.
    let allowed = if complete {
        MAX_BODY_BYTES
    } else {
        MAX_BODY_BYTES + 1
    };
    if body.len() > allowed {
        return Err(IrcError::LineTooLong {
            limit: MAX_LINE_BYTES,
        });
    }
    Ok(())
}

/// UTF-8 if it is, Latin-1 otherwise (every byte is then the character with that code).
///
/// One exception: UTF-8 that has multi-byte characters and whose only flaw is an unfinished
/// character at the very end is a UTF-8 line a server cut to fit its limit (InspIRCd does, when it relays a long message with a
/// longer prefix). It stays UTF-8, the cut character becoming U+FFFD, instead of the whole line
/// turning into Latin-1 mojibake.
pub(crate) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(error)
            if error.error_len().is_none()
                && bytes
                    .get(..error.valid_up_to())
                    .is_some_and(|valid| !valid.is_ascii()) =>
        {
            let (valid, _) = bytes.split_at(error.valid_up_to());
            let mut text = String::from_utf8_lossy(valid).into_owned();
            text.push('\u{FFFD}');
            Cow::Owned(text)
        }
        Err(_) => Cow::Owned(bytes.iter().map(|&b| char::from(b)).collect()),
    }
}

/// Where a line came from: a user (`nick!user@host`) or a server (`irc.example.net`).
/// Borrowed from the received line, as [`Line`] is: parsing copies nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Source<'a> {
    /// The nick, or the server name.
    pub(crate) name: &'a str,
    pub(crate) user: Option<&'a str>,
    pub(crate) host: Option<&'a str>,
}

impl<'a> Source<'a> {
    fn parse(text: &'a str) -> Self {
        let (rest, host) = match text.split_once('@') {
            Some((rest, host)) => (rest, Some(host)),
            None => (text, None),
        };
        let (name, user) = match rest.split_once('!') {
            Some((name, user)) => (name, Some(user)),
            None => (rest, None),
        };
        Self { name, user, host }
    }

    /// A server rather than a user: no `!user@host`, and a dot in the name (nicks have none).
    pub(crate) fn is_server(&self) -> bool {
        self.user.is_none() && self.host.is_none() && self.name.contains('.')
    }
}

/// One parsed line, borrowing from the decoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// IRCv3 tags, unescaped (copied only when a value has escapes); keys that break the
    /// grammar are dropped.
    pub(crate) tags: Vec<(&'a str, Cow<'a, str>)>,
    pub(crate) source: Option<Source<'a>>,
    /// Upper-cased command (copied only when the server did not send it upper-case), or a
    /// three-digit numeric.
    pub(crate) command: Cow<'a, str>,
    pub(crate) params: Vec<&'a str>,
}

impl<'a> Line<'a> {
    /// Parses one line (without CR LF). `Ok(None)` for an empty line, which servers may send
    /// and clients ignore.
    pub(crate) fn parse(text: &'a str) -> Result<Option<Self>, IrcError> {
        let mut rest = text.trim_start_matches(' ');
        if rest.is_empty() {
            return Ok(None);
        }
        let mut tags = Vec::new();
        if let Some(after_at) = rest.strip_prefix('@') {
            let (section, after) = after_at.split_once(' ').ok_or(IrcError::MalformedLine {
                reason: "tags without a command",
            })?;
            tags = parse_tags(section);
            rest = after.trim_start_matches(' ');
        }
        let mut source = None;
        if let Some(after_colon) = rest.strip_prefix(':') {
            let (prefix, after) = after_colon.split_once(' ').ok_or(IrcError::MalformedLine {
                reason: "a source without a command",
            })?;
            if prefix.is_empty() {
                return Err(IrcError::MalformedLine {
                    reason: "an empty source",
                });
            }
            source = Some(Source::parse(prefix));
            rest = after.trim_start_matches(' ');
        }
        let (command, mut rest) = rest.split_once(' ').unwrap_or((rest, ""));
        let valid_command = (!command.is_empty()
            && command.bytes().all(|b| b.is_ascii_alphabetic()))
            || (command.len() == 3 && command.bytes().all(|b| b.is_ascii_digit()));
        if !valid_command {
            return Err(IrcError::MalformedLine {
                reason: "the command is not a word or a three-digit number",
            });
        }
        let command = if command.bytes().any(|b| b.is_ascii_lowercase()) {
            Cow::Owned(command.to_ascii_uppercase())
        } else {
            Cow::Borrowed(command)
        };
        let mut params = Vec::new();
        loop {
            rest = rest.trim_start_matches(' ');
            if rest.is_empty() {
                break;
            }
            if let Some(trailing) = rest.strip_prefix(':') {
                params.push(trailing);
                break;
            }
            let (param, after) = rest.split_once(' ').unwrap_or((rest, ""));
            params.push(param);
            rest = after;
        }
        Ok(Some(Self {
            tags,
            source,
            command,
            params,
        }))
    }

    /// The value of a tag, if present.
    pub(crate) fn tag(&self, key: &str) -> Option<&str> {
        self.tags
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_ref())
    }

    /// Parameter `index`, or "" if the line has fewer.
    pub(crate) fn param(&self, index: usize) -> &'a str {
        self.params.get(index).copied().unwrap_or_default()
    }

    /// The source's nick (or server name), or "".
    pub(crate) fn source_name(&self) -> &'a str {
        self.source.as_ref().map_or("", |source| source.name)
    }
}

/// IRCv3 message-tags: `key[=value]` separated by `;`, values escaped.
fn parse_tags(section: &str) -> Vec<(&str, Cow<'_, str>)> {
    section
        .split(';')
        .filter_map(|item| {
            let (key, value) = item.split_once('=').unwrap_or((item, ""));
            let name = key.strip_prefix('+').unwrap_or(key);
            let valid = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'/' | b'.'));
            valid.then(|| (key, unescape_tag_value(value)))
        })
        .collect()
}

/// IRCv3 message-tags, "Escaping values".
fn unescape_tag_value(value: &str) -> Cow<'_, str> {
    if !value.contains('\\') {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(':') => out.push(';'),
            Some('s') => out.push(' '),
            Some('r') => out.push('\r'),
            Some('n') => out.push('\n'),
            Some(other) => out.push(other),
            // A lone backslash at the end is dropped.
            None => {}
        }
    }
    Cow::Owned(out)
}

/// A line to send: the command, middle parameters, and an optional trailing parameter.
///
/// Callers pass only values already checked to contain no CR, LF or NUL (and, for middle
/// parameters, no space), see `Nick` and `Channel`; this function checks again and refuses, so
/// that no caller mistake can inject a second command.
pub(crate) fn build(
    command: &str,
    middle: &[&str],
    trailing: Option<&str>,
) -> Result<Vec<u8>, IrcError> {
    let unsafe_char = |c: char| matches!(c, '\r' | '\n' | '\0');
    let mut line = String::from(command);
    for param in middle {
        if param.is_empty()
            || param.starts_with(':')
            || param.contains(' ')
            || param.contains(unsafe_char)
        {
            return Err(IrcError::Internal {
                reason: "an unsafe parameter reached the line builder",
            });
        }
        line.push(' ');
        line.push_str(param);
    }
    if let Some(trailing) = trailing {
        if trailing.contains(unsafe_char) {
            return Err(IrcError::Internal {
                reason: "an unsafe parameter reached the line builder",
            });
        }
        line.push_str(" :");
        line.push_str(trailing);
    }
    if line.len() > MAX_BODY_BYTES {
        return Err(IrcError::Internal {
            reason: "a line to send is longer than the IRC limit",
        });
    }
    line.push_str("\r\n");
    Ok(line.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Line<'_> {
        Line::parse(text).unwrap().unwrap()
    }

    fn push(framer: &mut Framer, bytes: &[u8]) -> Result<Vec<Vec<u8>>, IrcError> {
        let mut lines = Vec::new();
        framer.feed(bytes, |line| {
            lines.push(line.to_vec());
            Ok(true)
        })?;
        Ok(lines)
    }

    #[test]
    fn full_line_with_tags_source_and_trailing() {
        let line = parse(
            "@time=2024-01-01T00:00:00.000Z;+x=a\\sb\\:c :bob!~b@host PRIVMSG #otter :hi there",
        );
        assert_eq!(line.tag("time"), Some("2024-01-01T00:00:00.000Z"));
        assert_eq!(line.tag("+x"), Some("a b;c"));
        let source = line.source.clone().unwrap();
        assert_eq!(
            (source.name, source.user, source.host),
            ("bob", Some("~b"), Some("host"))
        );
        assert_eq!(line.command, "PRIVMSG");
        assert_eq!(line.params, ["#otter", "hi there"]);
    }

    #[test]
    fn authenticate_plus_with_and_without_colon() {
        assert_eq!(parse("AUTHENTICATE :+").params, ["+"]);
        assert_eq!(parse("AUTHENTICATE +").params, ["+"]);
    }

    #[test]
    fn empty_trailing_and_extra_spaces() {
        let line = parse(":srv  TOPIC   #c  :");
        assert_eq!(line.params, ["#c", ""]);
        assert!(Line::parse("").unwrap().is_none());
    }

    #[test]
    fn malformed_lines_are_typed_errors() {
        for bad in [
            "@a=b",
            ":source",
            ":src 12 x",
            "@tags :src",
            ":src PRIV-MSG x",
            ": PING x",
        ] {
            assert!(
                matches!(Line::parse(bad), Err(IrcError::MalformedLine { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn framer_joins_pieces_and_splits_lines() {
        let mut framer = Framer::default();
        assert!(push(&mut framer, b"PING :a").unwrap().is_empty());
        let lines = push(&mut framer, b"\r\nPING :b\nPI").unwrap();
        assert_eq!(lines, [b"PING :a".to_vec(), b"PING :b".to_vec()]);
        assert_eq!(push(&mut framer, b"NG\r\n").unwrap(), [b"PING".to_vec()]);
        // Line ends found eight bytes at a time, at every offset.
        let text = b"0123456789abcdef\nxy\r\n\n0123456\n";
        for cut in 0..text.len() {
            let mut framer = Framer::default();
            let (a, b) = text.split_at(cut);
            let mut lines = push(&mut framer, a).unwrap();
            lines.extend(push(&mut framer, b).unwrap());
            assert_eq!(
                lines,
                [&b"0123456789abcdef"[..], b"xy", b"", b"0123456"],
                "{cut}"
            );
        }
        assert_eq!(find_lf(b"aaaaaaa\x8a\n"), Some(8));
        assert_eq!(find_lf(&[0x0b; 40]), None);
        for needle in [b' ', b'\n', 0, 0xff] {
            for len in 0..20 {
                for at in 0..len {
                    let mut bytes = vec![needle.wrapping_add(1); len];
                    bytes[at] = needle;
                    if at + 2 < len {
                        bytes[at + 2] = needle;
                    }
                    assert_eq!(find_byte(&bytes, needle), Some(at), "{needle} {len} {at}");
                }
                assert_eq!(find_byte(&vec![needle ^ 0x80; len], needle), None);
            }
        }
    }

    #[test]
    fn line_limits() {
        let mut framer = Framer::default();
        let ok = format!("PRIVMSG x :{}\r\n", "a".repeat(510 - 11));
        assert_eq!(push(&mut framer, ok.as_bytes()).unwrap().len(), 1);
        let long = format!("PRIVMSG x :{}\r\n", "a".repeat(511 - 11));
        assert_eq!(
            push(&mut Framer::default(), long.as_bytes()),
            Err(IrcError::LineTooLong { limit: 512 })
        );
        let tags = format!("@{} PING\r\n", "a".repeat(8189));
        assert_eq!(
            push(&mut Framer::default(), tags.as_bytes()).unwrap().len(),
            1
        );
        let tags = format!("@{} PING\r\n", "a".repeat(8190));
        assert_eq!(
            push(&mut Framer::default(), tags.as_bytes()),
            Err(IrcError::LineTooLong { limit: 8191 })
        );
    }

    #[test]
    fn latin1_fallback() {
        assert_eq!(decode(b"caf\xe9"), "café");
        assert_eq!(decode("café".as_bytes()), "café");
        // A UTF-8 line cut inside its last character stays UTF-8.
        assert_eq!(decode(b"caf\xc3\xa9 \xf0\x9f\xa6"), "café \u{FFFD}");
        assert_eq!(decode(b"caf\xe9 x"), "café x");
    }

    #[test]
    fn builder_refuses_injection() {
        assert!(build("PRIVMSG", &["x"], Some("a\r\nQUIT")).is_err());
        assert!(build("JOIN", &["#a b"], None).is_err());
        assert_eq!(
            build("PRIVMSG", &["x"], Some("hi")).unwrap(),
            b"PRIVMSG x :hi\r\n"
        );
    }
}
