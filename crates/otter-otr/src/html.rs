//! Pidgin's OTR plugin hands decrypted text to its conversation window as HTML, and sends
//! what its user types as HTML. So inside a private conversation the text is HTML on both
//! ends: what we send is escaped (so `a < b` arrives as typed instead of as a broken tag),
//! and what we receive is reduced to plain text, never rendered (a peer's markup must not
//! be able to restyle or hide parts of a conversation). Plaintext outside OTR is left alone:
//! Pidgin escapes and unescapes that itself.

use otter_types::MessageText;

/// The characters `escape_for_peer` replaces.
const SPECIAL: [char; 5] = ['&', '<', '>', '"', '\''];

/// Whether `escape_for_peer` would change the text (most messages need no copy).
#[must_use]
pub fn needs_escaping(text: &MessageText) -> bool {
    text.reveal().contains(SPECIAL)
}

/// The text as Pidgin's OTR plugin expects it: HTML with the five special characters escaped.
#[must_use]
pub fn escape_for_peer(text: &MessageText) -> MessageText {
    let raw = text.reveal();
    if !raw.contains(SPECIAL) {
        return text.clone();
    }
    let mut escaped = String::with_capacity(raw.len() + raw.len() / 8);
    for c in raw.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            other => escaped.push(other),
        }
    }
    MessageText::new(escaped)
}

/// A decrypted text reduced to what the user reads: tags dropped (`<br>` becomes a line
/// break), character references decoded. Text that only looks a little like HTML (`<3`,
/// `AT&T`, a `<` with no closing `>`) comes through unchanged.
#[must_use]
pub fn plain_text_from_peer(text: MessageText) -> MessageText {
    let raw = text.reveal();
    if !raw.contains(['<', '&']) {
        return text;
    }
    let mut plain = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(position) = rest.find(['<', '&']) {
        let (before, from) = rest.split_at(position);
        plain.push_str(before);
        let consumed = if from.starts_with('<') {
            tag_length(from).inspect(|&length| {
                if is_line_break(from.get(..length).unwrap_or_default()) {
                    plain.push('\n');
                }
            })
        } else {
            reference(from).map(|(decoded, length)| {
                plain.push(decoded);
                length
            })
        };
        let length = consumed.unwrap_or_else(|| {
            // Not markup: keep the character itself.
            plain.push_str(from.get(..1).unwrap_or_default());
            1
        });
        rest = from.get(length..).unwrap_or_default();
    }
    plain.push_str(rest);
    MessageText::new(plain)
}

/// Length of the tag `text` starts with (`<` then a letter, `/` or `!`, up to `>`), if it is one.
fn tag_length(text: &str) -> Option<usize> {
    let mut chars = text.chars();
    chars.next();
    let first = chars.next()?;
    if !(first.is_ascii_alphabetic() || first == '/' || first == '!') {
        return None;
    }
    text.find('>').map(|end| end + 1)
}

fn is_line_break(tag: &str) -> bool {
    let name: String = tag
        .trim_start_matches('<')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    name.eq_ignore_ascii_case("br")
}

/// The longest reference HTML allows is far shorter; this bounds the search.
const MAX_REFERENCE: usize = 12;

/// The character a reference such as `&lt;` or `&#x263A;` stands for, and its length.
fn reference(text: &str) -> Option<(char, usize)> {
    let end = text
        .char_indices()
        .take(MAX_REFERENCE)
        .find(|&(_, c)| c == ';')?
        .0;
    let name = text.get(1..end)?;
    let decoded = match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        numeric => {
            let number = numeric.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            // A reference to a C0/C1 control is kept as the literal reference, so a peer
            // cannot slip terminal controls past a check for raw ones. (Bidi formatting
            // characters could be sent raw anyway; the window isolates message text.)
            char::from_u32(code).filter(|c| !c.is_control())?
        }
    };
    Some((decoded, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> String {
        plain_text_from_peer(MessageText::new(text)).into_revealed()
    }

    #[test]
    fn escaping_keeps_what_was_typed() {
        let typed = MessageText::new(r#"a < b && c > "d" 'e' ünïcödé"#);
        let escaped = escape_for_peer(&typed);
        assert_eq!(
            escaped.reveal(),
            "a &lt; b &amp;&amp; c &gt; &quot;d&quot; &apos;e&apos; ünïcödé"
        );
        assert_eq!(plain_text_from_peer(escaped).reveal(), typed.reveal());
    }

    #[test]
    fn pidgin_markup_is_reduced_to_text() {
        assert_eq!(
            plain(r#"<FONT COLOR="red"><B>hi</B></FONT> there<BR>next &amp; last"#),
            "hi there\nnext & last"
        );
        assert_eq!(plain("<a href=\"https://x.example\">link</a>"), "link");
        assert_eq!(plain("line<br/>break"), "line\nbreak");
        assert_eq!(plain("&#72;&#x69;&#X21;"), "Hi!");
    }

    #[test]
    fn text_that_merely_resembles_markup_is_kept() {
        assert_eq!(plain("I <3 OTR"), "I <3 OTR");
        assert_eq!(plain("AT&T and R&D;"), "AT&T and R&D;");
        assert_eq!(plain("a < b"), "a < b");
        assert_eq!(plain("unclosed <b"), "unclosed <b");
        assert_eq!(plain("&unknown; &#xZZ; &"), "&unknown; &#xZZ; &");
        assert_eq!(plain("ünï <i>cödé</i>"), "ünï cödé");
    }

    #[test]
    fn control_characters_cannot_be_smuggled_in_as_references() {
        assert_eq!(plain("a&#27;b&#x202E;c"), "a&#27;b\u{202e}c");
        assert_eq!(plain("&#1114112;"), "&#1114112;");
    }
}
