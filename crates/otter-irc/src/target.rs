//! Names of the things messages go to: nicks and channels (RFC 2812 §2.3.1, "Modern IRC"
//! names), and the body type for channel messages.

use std::fmt;

use otter_types::MessageText;

use crate::error::IrcError;
use crate::text;

/// The longest nick or channel name we send or keep. Networks allow 30 to 50 bytes for nicks and
/// 50 to 200 for channels; anything longer is refused before it reaches a line.
pub const MAX_NAME_BYTES: usize = 200;

/// Characters no name may contain on the wire: they end or split a line or a parameter.
fn breaks_line(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\0' | ' ')
}

/// A nick: ours, a contact's, or the sender of a received line.
///
/// [`Nick::as_str`] is the wire form, for addressing; [`Nick::shown`] the form for the
/// interface, with spoofing characters escaped. `Debug` shows the escaped form.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Nick(String);

impl Nick {
    /// A nick to send to (or to register as). Refuses what cannot be a nick on any network: an
    /// empty or too long name, a space, CR/LF/NUL, other controls, and the characters RFC 2812
    /// reserves (`,` `*` `?` `!` `@`, and a leading `#` `&` `:` `$` or digit).
    pub fn parse(text: &str) -> Result<Self, IrcError> {
        let reserved_start = text
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '#' | '&' | ':' | '$' | '+' | '-') || c.is_ascii_digit());
        let valid = !reserved_start
            && text.len() <= MAX_NAME_BYTES
            && !text.chars().any(|c| {
                breaks_line(c) || text::must_escape(c) || matches!(c, ',' | '*' | '?' | '!' | '@')
            });
        if valid {
            Ok(Self(text.to_owned()))
        } else {
            Err(IrcError::InvalidName { what: "nick" })
        }
    }

    /// A nick as the server sent it (the source of a line): kept as sent, so that replies reach
    /// it, but never shown raw.
    pub(crate) fn from_wire(text: &str) -> Self {
        Self(text.to_owned())
    }

    /// The wire form.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form to show: controls and bidirectional overrides escaped as `<U+XXXX>`.
    pub fn shown(&self) -> String {
        text::escape_for_display(&self.0)
    }

    /// Compares under the RFC 1459 case mapping (the default `CASEMAPPING`): ASCII letters and
    /// `[]\~` ~ `{}|^`.
    pub fn matches(&self, other: &str) -> bool {
        fold(&self.0) == fold(other)
    }
}

impl fmt::Debug for Nick {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Nick({})", self.shown())
    }
}

/// A channel name (RFC 2812 §1.3): starts with `#`, `&`, `+` or `!`; no space, comma, BEL,
/// CR/LF/NUL or other control characters.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Channel(String);

impl Channel {
    /// A channel to join or send to.
    pub fn parse(text: &str) -> Result<Self, IrcError> {
        let valid = text.starts_with(['#', '&', '+', '!'])
            && text.len() > 1
            && text.len() <= MAX_NAME_BYTES
            && !text
                .chars()
                .any(|c| breaks_line(c) || text::must_escape(c) || c == ',');
        if valid {
            Ok(Self(text.to_owned()))
        } else {
            Err(IrcError::InvalidName { what: "channel" })
        }
    }

    pub(crate) fn from_wire(text: &str) -> Self {
        Self(text.to_owned())
    }

    /// The wire form.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form to show, controls and bidirectional overrides escaped.
    pub fn shown(&self) -> String {
        text::escape_for_display(&self.0)
    }
}

impl fmt::Debug for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Channel({})", self.shown())
    }
}

/// How a network compares nicks and channel names (ISUPPORT `CASEMAPPING`). Every comparison
/// and every key channels and members are tracked under goes through the network's mapping:
/// with the wrong one, `[a]` and `{a}` would be one member on one network and two on another,
/// and a part or a nick change would go to the wrong person.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CaseMapping {
    /// ASCII letters only.
    Ascii,
    /// ASCII letters, and `[]\~` the same as `{}|^` (the default when a server names none).
    #[default]
    Rfc1459,
    /// ASCII letters, and `[]\` the same as `{}|`, but `~` and `^` distinct.
    StrictRfc1459,
}

impl CaseMapping {
    /// The mapping an ISUPPORT value names; an unknown one (`rfc7613`, …) is `None`, and the
    /// caller keeps the mapping it had.
    pub fn from_isupport(value: &str) -> Option<Self> {
        match value.to_ascii_lowercase().as_str() {
            "ascii" => Some(Self::Ascii),
            "rfc1459" => Some(Self::Rfc1459),
            "strict-rfc1459" => Some(Self::StrictRfc1459),
            _ => None,
        }
    }

    /// The lower-case form of `name` under this mapping.
    pub fn fold(self, name: &str) -> String {
        // Sized up front: every member of a channel is tracked under its folded nick, and
        // growing the string character by character cost several allocations per name.
        let mut folded = String::with_capacity(name.len());
        folded.extend(name.chars().map(|c| self.fold_char(c)));
        folded
    }

    /// One character folded; ASCII stays ASCII and nothing else changes, so folding keeps
    /// every character's length.
    fn fold_char(self, c: char) -> char {
        match (self, c) {
            (Self::Rfc1459 | Self::StrictRfc1459, '[') => '{',
            (Self::Rfc1459 | Self::StrictRfc1459, ']') => '}',
            (Self::Rfc1459 | Self::StrictRfc1459, '\\') => '|',
            (Self::Rfc1459, '~') => '^',
            (_, other) => other.to_ascii_lowercase(),
        }
    }

    /// Whether `a` and `b` name the same nick or channel.
    pub fn same(self, a: &str, b: &str) -> bool {
        a.len() == b.len()
            && a.chars()
                .map(|c| self.fold_char(c))
                .eq(b.chars().map(|c| self.fold_char(c)))
    }
}

/// RFC 1459 case folding, the default mapping.
pub(crate) fn fold(name: &str) -> String {
    CaseMapping::Rfc1459.fold(name)
}

/// The body of a channel message. A distinct type from `otter_otr::WireBody`, so a channel
/// message can never be passed where a one-to-one body is expected, nor the other way round:
/// channels are never private, and the interface says so.
#[derive(Clone, PartialEq, Eq)]
pub struct RoomBody(MessageText);

impl RoomBody {
    /// Text for a channel. Everyone in the channel, and the server, reads it.
    pub fn new(text: MessageText) -> Self {
        Self(text)
    }

    pub(crate) fn text(&self) -> &str {
        self.0.reveal()
    }
}

impl fmt::Debug for RoomBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RoomBody(<{} bytes>)", self.0.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nick_rules() {
        assert!(Nick::parse("otter_fan[1]").is_ok());
        for bad in [
            "",
            "a b",
            "a\r\nQUIT",
            "#chan",
            "1abc",
            "a!b",
            "a\u{202E}b",
            "a,b",
        ] {
            assert!(Nick::parse(bad).is_err(), "{bad:?}");
        }
        assert!(Nick::parse("Otter[]").unwrap().matches("otter{}"));
    }

    #[test]
    fn channel_rules() {
        assert!(Channel::parse("#otter").is_ok());
        for bad in ["otter", "#", "#a b", "#a,#b", "#a\x07", "#a\r\n"] {
            assert!(Channel::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn case_mappings_differ_where_the_names_say() {
        assert!(CaseMapping::Rfc1459.same("Otter[]~", "otter{}^"));
        assert!(CaseMapping::StrictRfc1459.same("Otter[]\\", "otter{}|"));
        assert!(!CaseMapping::StrictRfc1459.same("a~", "a^"));
        assert!(CaseMapping::Ascii.same("OTTER", "otter"));
        assert!(!CaseMapping::Ascii.same("a[", "a{"));
        assert_eq!(
            CaseMapping::from_isupport("STRICT-RFC1459"),
            Some(CaseMapping::StrictRfc1459)
        );
        assert_eq!(CaseMapping::from_isupport("rfc7613"), None);
        // Non-ASCII letters are never folded: no mapping Otter knows does.
        assert!(!CaseMapping::Rfc1459.same("Ä", "ä"));
        // Same length in bytes, not in characters.
        assert!(!CaseMapping::Ascii.same("é", "ab"));
        assert!(!CaseMapping::Ascii.same("aé", "éa"));
        assert_eq!(CaseMapping::Rfc1459.fold("Ä[X]~"), "Ä{x}^");
    }

    #[test]
    fn shown_forms_escape_spoofing() {
        let nick = Nick::from_wire("ev\u{202E}il");
        assert_eq!(nick.shown(), "ev<U+202E>il");
        assert!(!format!("{nick:?}").contains('\u{202E}'));
    }
}
