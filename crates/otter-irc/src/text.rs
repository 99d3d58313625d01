//! Text on the wire: mIRC formatting codes, characters that must never reach the interface
//! raw, CTCP framing, and splitting long messages at the line limit.

use std::fmt::Write as _;

/// Removes mIRC formatting (bold `\x02`, colour `\x03[fg[,bg]]`, hex colour `\x04[rrggbb[,rrggbb]]`,
/// reset `\x0f`, monospace `\x11`, reverse `\x16`, italic `\x1d`, strikethrough `\x1e`,
/// underline `\x1f`), then escapes what could spoof the interface (see [`escape_for_display`]).
/// Tabs are kept: they are harmless on screen, and OTR's whitespace tag (spaces and tabs) must
/// reach the OTR engine intact.
///
/// One pass over the bytes: runs of printable ASCII are copied whole, and only controls and
/// non-ASCII characters are looked at one by one (every received message goes through here).
pub(crate) fn for_display(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut plain_from = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if is_plain(b) {
            i += 1;
            continue;
        }
        out.push_str(text.get(plain_from..i).unwrap_or_default());
        i = match b {
            b'\x02' | b'\x0f' | b'\x11' | b'\x16' | b'\x1d' | b'\x1e' | b'\x1f' => i + 1,
            // Up to two digits, then optionally a comma and up to two digits. A comma not
            // followed by a digit is text.
            b'\x03' => after_colour(bytes, i + 1, 2, u8::is_ascii_digit),
            b'\x04' => after_colour(bytes, i + 1, 6, u8::is_ascii_hexdigit),
            b'\t' => {
                out.push('\t');
                i + 1
            }
            _ => {
                // `i` is always at a character's start: it moves by whole characters.
                let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                push_shown(&mut out, c, must_escape);
                i + c.len_utf8()
            }
        };
        plain_from = i;
    }
    out.push_str(text.get(plain_from..).unwrap_or_default());
    out
}

/// Printable ASCII: never formatting, never escaped.
fn is_plain(b: u8) -> bool {
    (0x20..0x7f).contains(&b)
}

/// Where the text goes on after a colour code's parameters that start at `start`.
fn after_colour(bytes: &[u8], start: usize, max: usize, digit: fn(&u8) -> bool) -> usize {
    let digits = |from: usize| {
        bytes
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take(max)
            .take_while(|b| digit(b))
            .count()
    };
    let first = digits(start);
    if first == 0 {
        return start;
    }
    let after = start + first;
    if bytes.get(after) == Some(&b',') && bytes.get(after + 1).is_some_and(digit) {
        after + 1 + digits(after + 1)
    } else {
        after
    }
}

/// Removes the mIRC formatting codes ("Modern IRC", formatting; de-facto since mIRC).
#[cfg(test)]
pub(crate) fn strip_formatting(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x02' | '\x0f' | '\x11' | '\x16' | '\x1d' | '\x1e' | '\x1f' => {}
            '\x03' => {
                if take_digits(&mut chars, 2, |c| c.is_ascii_digit()) > 0 {
                    let mut lookahead = chars.clone();
                    if lookahead.next() == Some(',')
                        && lookahead.peek().is_some_and(char::is_ascii_digit)
                    {
                        chars.next();
                        take_digits(&mut chars, 2, |c| c.is_ascii_digit());
                    }
                }
            }
            '\x04' => {
                if take_digits(&mut chars, 6, |c| c.is_ascii_hexdigit()) > 0 {
                    let mut lookahead = chars.clone();
                    if lookahead.next() == Some(',')
                        && lookahead.peek().is_some_and(char::is_ascii_hexdigit)
                    {
                        chars.next();
                        take_digits(&mut chars, 6, |c| c.is_ascii_hexdigit());
                    }
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
fn take_digits(
    chars: &mut std::iter::Peekable<std::str::Chars<'_>>,
    max: usize,
    digit: impl Fn(&char) -> bool,
) -> usize {
    let mut taken = 0;
    while taken < max && chars.peek().is_some_and(&digit) {
        chars.next();
        taken += 1;
    }
    taken
}

/// Whether `c` must be shown escaped: C0 and C1 controls (NUL, CR, LF, ESC, …), DEL, and the
/// Unicode characters that reorder or hide text (bidi embeddings, overrides and isolates,
/// direction marks, line and paragraph separators, interlinear annotations). A nick or message
/// holding U+202E could otherwise make "evil" read as "live" or make one speaker's text look
/// like another's (the "Trojan Source" class, CVE-2021-42574).
pub(crate) fn must_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// Replaces every character [`must_escape`] names by a visible `<U+XXXX>`, so it can neither
/// act nor hide.
pub(crate) fn escape_for_display(text: &str) -> String {
    escape(text, must_escape)
}

fn escape(text: &str, needs_escape: impl Fn(char) -> bool) -> String {
    if text.bytes().all(is_plain) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_shown(&mut out, c, &needs_escape);
    }
    out
}

/// Appends `c`, or `<U+XXXX>` in its place if `needs_escape` says so.
fn push_shown(out: &mut String, c: char, needs_escape: impl Fn(char) -> bool) {
    if needs_escape(c) {
        // Writing to a String cannot fail.
        let _ = write!(out, "<U+{:04X}>", u32::from(c));
    } else {
        out.push(c);
    }
}

/// A CTCP message (the `\x01COMMAND args\x01` framing inside PRIVMSG or NOTICE text).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Ctcp<'a> {
    /// The command, upper-cased by the caller if needed.
    pub(crate) command: &'a str,
    pub(crate) params: &'a str,
}

/// Splits CTCP framing off `text`, if it is a CTCP message. The closing `\x01` is optional
/// (some clients omit it).
pub(crate) fn ctcp(text: &str) -> Option<Ctcp<'_>> {
    let inner = text.strip_prefix('\x01')?;
    let inner = inner.strip_suffix('\x01').unwrap_or(inner);
    let (command, params) = inner.split_once(' ').unwrap_or((inner, ""));
    Some(Ctcp { command, params })
}

/// Cuts `text` into pieces of at most `max_bytes` bytes each, never inside a UTF-8 sequence,
/// and before a space where there is one in the second half of a piece. Concatenating the
/// pieces gives `text` back exactly. No piece but the last ends in a space or tab where that
/// can be helped: servers strip trailing whitespace from what they relay (ngIRCd does), so a
/// space at the end of a piece would be lost; at the start of the next one it arrives.
/// Returns `None` if `max_bytes` cannot hold the first character.
pub(crate) fn split(text: &str, max_bytes: usize) -> Option<Vec<&str>> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        if rest.len() <= max_bytes {
            pieces.push(rest);
            break;
        }
        let mut cut = max_bytes;
        while cut > 0 && !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        if cut == 0 {
            return None;
        }
        // The whitespace a piece would end with moves to the next piece: before the last space
        // of the window when it is in the second half, else before the whitespace the hard cut
        // left at the end (none, when the window is all whitespace: that cannot be helped).
        let window = rest.get(..cut)?;
        let before_space = window
            .rfind(' ')
            .map(|space| {
                window
                    .get(..space)
                    .unwrap_or_default()
                    .trim_end_matches(is_blank)
                    .len()
            })
            .filter(|&end| end > cut / 2);
        cut = match before_space {
            Some(end) => end,
            None => match window.trim_end_matches(is_blank).len() {
                0 => cut,
                end => end,
            },
        };
        let (piece, after) = rest.split_at_checked(cut)?;
        pieces.push(piece);
        rest = after;
    }
    Some(pieces)
}

/// What servers strip from the end of a line.
fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_is_stripped() {
        assert_eq!(
            strip_formatting("\x02bold\x02 \x0304,12red\x03 \x031,x \x1fu\x0f"),
            "bold red ,x u"
        );
        assert_eq!(strip_formatting("\x04ff0000hex\x04"), "hex");
        assert_eq!(strip_formatting("\x0399 \x03,5"), " ,5");
    }

    #[test]
    fn one_pass_display_is_stripping_then_escaping() {
        let samples = [
            "plain ascii",
            "\x02bold\x02 \x0304,12red\x03 \x031,x \x1fu\x0f",
            "\x04ff0000hex\x04,ab \x04,1 \x0399 \x03,5 \x03123 \x0312,345",
            "end with colour \x03",
            "end with comma \x034,",
            "a\u{202E}b\0c\x07\td\x7f\u{85}e\u{2066}é🦦\u{FFFA}",
            "\x03\u{202E}9",
            "",
        ];
        let slow = |text: &str| escape(&strip_formatting(text), |c| c != '\t' && must_escape(c));
        for text in samples {
            assert_eq!(for_display(text), slow(text), "{text:?}");
        }
        // Every string of up to five characters from the pieces that matter.
        let alphabet = [
            '\x03', '\x04', '\x02', '1', 'f', ',', ' ', '\t', '\u{202E}', 'é',
        ];
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            texts = texts
                .iter()
                .flat_map(|text| alphabet.iter().map(move |c| format!("{text}{c}")))
                .collect();
            for text in &texts {
                assert_eq!(for_display(text), slow(text), "{text:?}");
            }
        }
    }

    #[test]
    fn bidi_and_controls_are_escaped_visibly() {
        assert_eq!(
            escape_for_display("a\u{202E}b\0c\x07"),
            "a<U+202E>b<U+0000>c<U+0007>"
        );
        assert_eq!(escape_for_display("\u{2066}x\u{2069}"), "<U+2066>x<U+2069>");
        assert_eq!(escape_for_display("héllo 🦦"), "héllo 🦦");
    }

    #[test]
    fn ctcp_framing() {
        assert_eq!(
            ctcp("\x01VERSION\x01"),
            Some(Ctcp {
                command: "VERSION",
                params: ""
            })
        );
        assert_eq!(
            ctcp("\x01ACTION waves\x01"),
            Some(Ctcp {
                command: "ACTION",
                params: "waves"
            })
        );
        assert_eq!(
            ctcp("\x01ACTION waves"),
            Some(Ctcp {
                command: "ACTION",
                params: "waves"
            })
        );
        assert_eq!(ctcp("plain"), None);
    }

    #[test]
    fn split_keeps_utf8_whole_and_reassembles() {
        let text = "ééé 🦦🦦 abc ".repeat(50);
        for max in [4, 5, 7, 13, 100, 400] {
            let pieces = split(&text, max).unwrap();
            assert!(
                pieces.iter().all(|p| p.len() <= max && !p.is_empty()),
                "{max}"
            );
            // Where a piece can hold a space and the character after it, no piece but the
            // last ends in one.
            let (last, others) = pieces.split_last().unwrap();
            assert!(
                max < 5 || others.iter().all(|p| !p.ends_with(' ')),
                "{max}: {pieces:?}"
            );
            assert!(last.ends_with(' '));
            assert_eq!(pieces.concat(), text);
        }
        assert_eq!(split("🦦", 3), None);
        assert_eq!(split("aaaa bbbb", 6).unwrap(), ["aaaa", " bbbb"]);
        // Whitespace never ends a piece but the last: servers strip it.
        assert_eq!(split("aaaa \t bbbb", 7).unwrap(), ["aaaa", " \t bbbb"]);
        assert_eq!(split("abcdefgh \t", 6).unwrap(), ["abcdef", "gh \t"]);
        assert_eq!(split("a    bcdef", 4).unwrap(), ["a", "    ", "bcde", "f"]);
        assert_eq!(split("      ", 4).unwrap(), ["    ", "  "]);
    }
}
