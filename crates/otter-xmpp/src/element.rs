//! XML 1.0 as RFC 6120 §11 restricts it: a small owned element tree for received stanzas, and
//! the escaping used when building stanzas to send.

use std::borrow::Cow;
use std::sync::Arc;

/// Namespace of the stream element and stream-level elements (RFC 6120 §4.9).
pub(crate) const NS_STREAM: &str = "http://etherx.jabber.org/streams";
/// Default namespace of client stanzas (RFC 6120 §4.8.3).
pub(crate) const NS_CLIENT: &str = "jabber:client";
/// Stanza error conditions (RFC 6120 §8.3.3).
pub(crate) const NS_STANZAS: &str = "urn:ietf:params:xml:ns:xmpp-stanzas";
/// Stream error conditions (RFC 6120 §4.9.3).
pub(crate) const NS_STREAMS_ERRORS: &str = "urn:ietf:params:xml:ns:xmpp-streams";

/// One received element: its local name, resolved namespace, attributes (qualified names as
/// written, values unescaped), child elements, and its direct character data concatenated.
///
/// Mixed content loses its interleaving; XMPP payloads that Otter reads never need it (XHTML-IM
/// is not rendered: only `<body>` is read).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Element {
    /// Borrowed for the names every stanza uses (see the stream parser), to save a copy.
    pub(crate) name: Cow<'static, str>,
    /// Shared with the declaration it came from: most elements inherit their namespace, and
    /// a copy per element was one of the parser's largest costs.
    pub(crate) ns: Arc<str>,
    pub(crate) attrs: Vec<(Cow<'static, str>, String)>,
    pub(crate) children: Vec<Element>,
    pub(crate) text: String,
}

impl Element {
    /// Whether this element is `name` in namespace `ns`.
    pub(crate) fn is(&self, name: &str, ns: &str) -> bool {
        self.name == name && *self.ns == *ns
    }

    /// The value of the attribute with this qualified name.
    pub(crate) fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The first child called `name` in namespace `ns`.
    pub(crate) fn child(&self, name: &str, ns: &str) -> Option<&Element> {
        self.children.iter().find(|child| child.is(name, ns))
    }

    /// Children in namespace `ns`.
    pub(crate) fn children_in<'a>(&'a self, ns: &'a str) -> impl Iterator<Item = &'a Element> {
        self.children.iter().filter(move |child| *child.ns == *ns)
    }

    /// The local name of the first child in `ns` other than `<text/>`: how RFC 6120 writes
    /// error conditions (`<not-authorized/>`, `<service-unavailable/>`; §4.9.2, §6.5, §8.3.2).
    pub(crate) fn condition_in<'a>(&'a self, ns: &'a str) -> Option<&'a str> {
        self.children_in(ns)
            .find(|child| child.name != "text")
            .map(|child| child.name.as_ref())
    }
}

/// Escapes `text` for use as character data or as an attribute value in single or double
/// quotes. Characters that XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF)
/// become U+FFFD: a server would otherwise close the stream as not well-formed.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("&apos;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_handles_markup_quotes_and_forbidden_characters() {
        assert_eq!(
            escape("a<b>&'\"\u{0}\u{7}\tz\u{FFFF}"),
            "a&lt;b&gt;&amp;&apos;&quot;\u{FFFD}\u{FFFD}\tz\u{FFFD}"
        );
    }

    #[test]
    fn condition_is_the_first_child_in_the_namespace() {
        let error = Element {
            name: "error".into(),
            children: vec![
                Element {
                    name: "text".into(),
                    ns: NS_STANZAS.into(),
                    ..Element::default()
                },
                Element {
                    name: "item-not-found".into(),
                    ns: NS_STANZAS.into(),
                    ..Element::default()
                },
            ],
            ..Element::default()
        };
        assert_eq!(error.condition_in(NS_STANZAS), Some("item-not-found"));
    }
}
