//! Text on the wire: mIRC formatting codes, characters that must never reach the interface
//! raw, CTCP framing, and splitting long messages at the line limit.

/// Removes mIRC formatting (bold `\x02`, colour `\x03[fg[,bg]]`, hex colour `\x04[rrggbb[,rrggbb]]`,
/// reset `\x0f`, monospace `\x11`, reverse `\x16`, italic `\x1d`, strikethrough `\x1e`,
/// underline `\x1f`), then escapes what could spoof the interface (see [`escape_for_display`]).
/// Tabs are kept: they are harmless on screen, and OTR's whitespace tag (spaces and tabs) must
/// reach the OTR engine intact.
pub(crate) fn for_display(text: &str) -> String {
    escape(&strip_formatting(text), |c| c != '\t' && must_escape(c))
}

/// Removes the mIRC formatting codes ("Modern IRC", formatting; de-facto since mIRC).
pub(crate) fn strip_formatting(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x02' | '\x0f' | '\x11' | '\x16' | '\x1d' | '\x1e' | '\x1f' => {}
            '\x03' => {
                // Up to two digits, then optionally a comma and up to two digits. A comma not
                // followed by a digit is text.
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
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if needs_escape(c) {
            out.push_str(&format!("<U+{:04X}>", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
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
