//! RFC 6120 §4 (XML streams) and §11 (XML usage): an incremental parser that turns received
//! bytes into the stream header, complete stanzas and the end of the stream, within fixed
//! limits.
//!
//! quick-xml is a pull parser over a complete slice, so this parser keeps the bytes of the event
//! it has not finished reading (at most one tag or one run of text) and builds the open
//! stanza's tree across calls. Each call starts a fresh quick-xml reader at the first
//! unconsumed byte; names are matched and namespaces resolved here, not by quick-xml, because a
//! fresh reader does not know which elements are open.

use std::borrow::Cow;
use std::sync::Arc;

use quick_xml::errors::{IllFormedError, SyntaxError};
use quick_xml::escape::EscapeError;
use quick_xml::events::{BytesStart, Event};
use quick_xml::parser::{ElementParser, Parser as _};
use quick_xml::{Reader, XmlVersion};

use crate::element::{Element, NS_STREAM};
use crate::error::{RestrictedXml, XmppError};

/// The most bytes one stanza (start tag to end tag) may take, and so the most the parser
/// buffers. Prosody's default `c2s_stanza_size_limit` is 256 KiB, ejabberd's `max_stanza_size`
/// is of the same order; a server relays nothing bigger, so a bigger stanza is an attack on
/// our memory, not a message.
pub const MAX_STANZA_BYTES: usize = 256 * 1024;

/// Received bytes are parsed in pieces of this size, so a driver that hands over a large read
/// at once cannot make the buffer grow past [`MAX_BUFFERED_BYTES`].
pub(crate) const INPUT_PIECE_BYTES: usize = 16 * 1024;

/// The most bytes the parser holds: an unfinished stanza of the maximum size plus one piece
/// of input. Checked after every piece.
pub(crate) const MAX_BUFFERED_BYTES: usize = MAX_STANZA_BYTES + INPUT_PIECE_BYTES;

/// Deepest element nesting, counting the stream element as 1. Real stanzas nest about 6 deep
/// (message → event → items → item → payload → field); 32 leaves room for extensions while
/// keeping a "depth 1000" stanza from costing a deep tree.
pub const MAX_DEPTH: usize = 32;

/// Most attributes on one element. Stanzas carry a handful (to, from, id, type, xml:lang, a few
/// namespace declarations); more is padding to make attribute handling expensive.
pub const MAX_ATTRIBUTES: usize = 64;

/// Most elements in one stanza. A 256 KiB stanza of `<a/>`s would be 65,536 tree nodes of
/// about 100 bytes each; this keeps one stanza's tree to a few MB. A roster of 2,000 contacts
/// with a group each is about 4,000 elements.
pub const MAX_STANZA_ELEMENTS: usize = 8192;

/// What the stream delivered.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum StreamEvent {
    /// The server's `<stream:stream>` header.
    Header(StreamHeader),
    /// A complete first-level element (a stanza, features, SASL or TLS negotiation element).
    Stanza(Element),
    /// The server's `</stream:stream>`.
    End,
}

/// The attributes of the server's stream header that the client looks at (RFC 6120 §4.7).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StreamHeader {
    pub(crate) version: Option<String>,
}

/// A namespace declaration in scope: prefix (`None` for the default namespace) and URI.
type Declaration = (Option<String>, Arc<str>);

/// An element that has started and not ended.
#[derive(Debug)]
struct Open {
    /// The prefix of the name as written; with the local name, what the end tag must repeat
    /// (XML 1.0 §3, WFC: Element Type Match). Kept apart so that the common unprefixed
    /// element costs no copy of its name.
    prefix: Option<String>,
    /// Declarations made on this element.
    scope: Vec<Declaration>,
    element: Element,
}

/// The unparsed input.
#[derive(Debug, Default)]
struct Input {
    buf: Vec<u8>,
    /// First unconsumed byte of `buf`.
    pos: usize,
    /// Bytes consumed since the stream (re)started, for stanza sizes.
    consumed: usize,
    /// The last attempt stopped at an unfinished event; parsing again is useless until bytes
    /// arrive that can finish it (see [`Wait`]).
    stalled: bool,
    /// What the unfinished event waits for.
    wait: Wait,
}

/// What an unfinished event needs before parsing is worth trying again. Each attempt rescans
/// the event from its start, so retrying on any byte that might end it (a `>` inside a quoted
/// attribute value, a `;` inside text) lets a peer that sends a stanza in small reads make us
/// scan it once per read: quadratic in its size, about a minute of CPU for one stanza of
/// [`MAX_STANZA_BYTES`] sent a byte at a time. Tags, comments, CDATA sections and processing
/// instructions are followed to their real end over the new bytes only, so each byte is
/// scanned a bounded number of times.
#[derive(Debug, Clone, Default)]
enum Wait {
    /// Something else, or not known: a `>`, `<` or `;` may finish it.
    #[default]
    AnyOf,
    /// Text running to the end of the input: only a `<` ends it.
    TextEnd,
    /// A reference (`&name`): its `;`, or a `&` or `<` that makes it malformed.
    ReferenceEnd,
    /// A start or end tag: its `>` outside quoted attribute values, as quick-xml finds it.
    TagEnd(ElementParser),
    /// A comment, CDATA section or processing instruction: its terminator, which may begin in
    /// the last bytes already received (kept in `tail`).
    Terminator { end: &'static [u8], tail: Vec<u8> },
}

impl Wait {
    /// What the unfinished markup at the start of `slice` waits for.
    fn for_markup(slice: &[u8]) -> Self {
        // Over-eager is harmless (one more attempt), so the tail may overlap the opening.
        let terminator = |end: &'static [u8]| {
            let keep = slice.len().saturating_sub(end.len().saturating_sub(1));
            let tail = slice.get(keep..).unwrap_or_default().to_vec();
            Self::Terminator { end, tail }
        };
        // quick-xml tells the kind of `<!` markup by its third byte alone, then looks for the
        // kind's terminator.
        if slice.starts_with(b"<!-") {
            terminator(b"-->")
        } else if slice.starts_with(b"<![") {
            terminator(b"]]>")
        } else if slice.starts_with(b"<?") {
            terminator(b"?>")
        } else if slice.starts_with(b"<!") {
            Self::AnyOf
        } else if let Some(rest) = slice.strip_prefix(b"<") {
            let mut tag = ElementParser::Outside;
            match tag.feed(rest) {
                None => Self::TagEnd(tag),
                // quick-xml found no end where we find one: fall back to retrying often.
                Some(_) => Self::AnyOf,
            }
        } else {
            Self::AnyOf
        }
    }

    /// Whether `bytes`, received after the stall, may finish the event.
    fn finished_by(&mut self, bytes: &[u8]) -> bool {
        match self {
            Self::AnyOf => bytes.iter().any(|b| matches!(b, b'<' | b'>' | b';')),
            Self::TextEnd => bytes.contains(&b'<'),
            Self::ReferenceEnd => bytes.iter().any(|b| matches!(b, b';' | b'&' | b'<')),
            Self::TagEnd(tag) => tag.feed(bytes).is_some(),
            Self::Terminator { end, tail } => {
                tail.extend_from_slice(bytes);
                if tail.windows(end.len()).any(|w| w == *end) {
                    return true;
                }
                let keep = tail.len().saturating_sub(end.len().saturating_sub(1));
                tail.drain(..keep);
                false
            }
        }
    }
}

/// The part of the document read so far.
#[derive(Debug, Default)]
struct Tree {
    /// Declarations on the stream element.
    stream_scope: Vec<Declaration>,
    /// The stream element's qualified name, once its start tag was read.
    stream_qname: Option<String>,
    /// The open elements inside the stream: the stanza being read and its open descendants.
    open: Vec<Open>,
    /// Where the stanza being read started, in consumed bytes.
    stanza_start: usize,
    /// Elements in the stanza being read.
    stanza_elements: usize,
    ended: bool,
    namespaces: Namespaces,
}

/// The namespace URIs seen lately, shared by the elements that declare them: a server
/// declares the same few on every stanza's payloads.
#[derive(Debug, Default)]
struct Namespaces {
    recent: Vec<Arc<str>>,
    /// Where the next new URI goes once `recent` is full.
    next: usize,
}

impl Namespaces {
    /// Enough for the payload namespaces of a busy stream; a lookup compares with each.
    const KEPT: usize = 16;
    /// Longest URI kept: real ones are short, and a peer's long ones must not stay in memory
    /// after their stanza.
    const LONGEST: usize = 256;

    fn intern(&mut self, uri: &str) -> Arc<str> {
        if let Some(known) = self.recent.iter().find(|known| ***known == *uri) {
            return Arc::clone(known);
        }
        let new: Arc<str> = Arc::from(uri);
        if uri.len() > Self::LONGEST {
            return new;
        }
        if self.recent.len() < Self::KEPT {
            self.recent.push(Arc::clone(&new));
        } else if let Some(slot) = self.recent.get_mut(self.next) {
            *slot = Arc::clone(&new);
            self.next = (self.next + 1) % Self::KEPT;
        }
        new
    }
}

/// An element or attribute name: the ones every stanza uses are not copied.
fn common_name(name: &str) -> Cow<'static, str> {
    const COMMON: [&str; 24] = [
        "message",
        "presence",
        "iq",
        "body",
        "from",
        "to",
        "id",
        "type",
        "by",
        "query",
        "item",
        "x",
        "show",
        "status",
        "c",
        "delay",
        "stamp",
        "stanza-id",
        "origin-id",
        "jid",
        "affiliation",
        "role",
        "group",
        "subscription",
    ];
    match COMMON.iter().find(|common| **common == name) {
        Some(common) => Cow::Borrowed(common),
        None => Cow::Owned(name.to_owned()),
    }
}

/// The UTF-8 encoding of U+FEFF, the byte-order mark.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The incremental stream parser.
#[derive(Debug, Default)]
pub(crate) struct Parser {
    input: Input,
    tree: Tree,
}

impl Parser {
    /// A parser expecting a stream header.
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Starts a new stream (after STARTTLS or SASL success, RFC 6120 §5.4.3.3, §6.4.6). Bytes
    /// received and not yet parsed are kept: they belong to the new stream.
    pub(crate) fn restart(&mut self) {
        self.tree = Tree::default();
        self.input.consumed = 0;
        self.input.stalled = false;
        self.input.wait = Wait::AnyOf;
    }

    /// Whether received bytes are waiting to be parsed.
    pub(crate) fn has_unparsed_input(&self) -> bool {
        self.input.pos < self.input.buf.len()
    }

    /// Appends received bytes (at most [`INPUT_PIECE_BYTES`] per call is how the client feeds
    /// it). Fails when the unfinished stanza would exceed its limit.
    pub(crate) fn push(&mut self, bytes: &[u8]) -> Result<(), XmppError> {
        if self.input.pos > 0 {
            self.input.buf.drain(..self.input.pos);
            self.input.pos = 0;
        }
        self.input.buf.extend_from_slice(bytes);
        if self.input.stalled && self.input.wait.finished_by(bytes) {
            self.input.stalled = false;
        }
        let unfinished = if self.tree.open.is_empty() {
            self.input.buf.len()
        } else {
            self.input
                .consumed
                .saturating_sub(self.tree.stanza_start)
                .saturating_add(self.input.buf.len())
        };
        if unfinished > MAX_STANZA_BYTES || self.input.buf.len() > MAX_BUFFERED_BYTES {
            return Err(XmppError::StanzaTooLarge {
                limit: MAX_STANZA_BYTES,
            });
        }
        Ok(())
    }

    fn stall(&mut self, wait: Wait) {
        self.input.stalled = true;
        self.input.wait = wait;
    }

    /// The next complete stream event, or `None` when more bytes are needed.
    pub(crate) fn next_event(&mut self) -> Result<Option<StreamEvent>, XmppError> {
        loop {
            if self.input.stalled || self.tree.ended {
                return Ok(None);
            }
            let Some(slice) = self.input.buf.get(self.input.pos..) else {
                return Err(XmppError::Internal {
                    reason: "parser position beyond its buffer",
                });
            };
            if slice.is_empty() {
                return Ok(None);
            }
            // A byte-order mark is allowed before the first stream header only. Each event is
            // read by a fresh reader, which would take a later one for the start of a
            // document, skip it and hide what follows from the checks below.
            if let Some(after) = slice.strip_prefix(UTF8_BOM) {
                if self.input.consumed > 0 || self.tree.stream_qname.is_some() {
                    return Err(XmppError::MalformedXml {
                        reason: "a byte-order mark inside the stream".into(),
                    });
                }
                let skipped = slice.len() - after.len();
                self.input.pos = self.input.pos.saturating_add(skipped);
                self.input.consumed = self.input.consumed.saturating_add(skipped);
                continue;
            }
            if UTF8_BOM.starts_with(slice) {
                self.stall(Wait::AnyOf);
                return Ok(None);
            }
            let mut reader = Reader::from_reader(slice);
            let config = reader.config_mut();
            // Names are matched here (a fresh reader does not know the open elements).
            config.check_end_names = false;
            config.allow_unmatched_ends = true;
            config.expand_empty_elements = false;
            let event = match reader.read_event() {
                Ok(Event::Eof) => return Ok(None),
                Ok(event) => event,
                // Every syntax error quick-xml reports means "the input ended inside markup".
                Err(quick_xml::Error::Syntax(SyntaxError::InvalidBangMarkup))
                    if slice.len() < 9 =>
                {
                    self.stall(Wait::AnyOf);
                    return Ok(None);
                }
                Err(quick_xml::Error::Syntax(SyntaxError::InvalidBangMarkup)) => {
                    return Err(XmppError::MalformedXml {
                        reason: "markup starting with `<!` that is not CDATA".into(),
                    });
                }
                // A document type declaration is refused whole or not: finding its end would
                // mean following its internal subset across reads.
                Err(quick_xml::Error::Syntax(_))
                    if slice.starts_with(b"<!D") || slice.starts_with(b"<!d") =>
                {
                    return Err(XmppError::RestrictedXml {
                        construct: RestrictedXml::DocumentType,
                    });
                }
                Err(quick_xml::Error::Syntax(_)) => {
                    self.stall(Wait::for_markup(slice));
                    return Ok(None);
                }
                Err(quick_xml::Error::IllFormed(IllFormedError::UnclosedReference))
                    if !slice
                        .iter()
                        .skip(1)
                        .any(|b| matches!(b, b';' | b'&' | b'<')) =>
                {
                    self.stall(Wait::ReferenceEnd);
                    return Ok(None);
                }
                // The input may end inside a multi-byte character (it is split across
                // reads, or across the pieces the client parses): wait for the rest. Bytes
                // that can never become UTF-8 are still an error.
                Err(quick_xml::Error::Encoding(_))
                    if std::str::from_utf8(slice).is_err_and(|e| e.error_len().is_none()) =>
                {
                    self.stall(Wait::AnyOf);
                    return Ok(None);
                }
                Err(error) => return Err(map_error(error)),
            };
            let end = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
            if matches!(event, Event::Text(_)) && end >= slice.len() {
                // Text running to the end of the input may continue (and may end inside a
                // UTF-8 sequence): wait for the `<` that ends it.
                self.stall(Wait::TextEnd);
                return Ok(None);
            }
            let start = self.input.consumed;
            self.input.pos = self.input.pos.saturating_add(end);
            self.input.consumed = self.input.consumed.saturating_add(end);
            let out = self.tree.handle(event, start, self.input.consumed)?;
            if out.is_some() {
                return Ok(out);
            }
        }
    }
}

impl Tree {
    /// Depth of the element about to open, counting the stream element as 1.
    fn depth(&self) -> usize {
        usize::from(self.stream_qname.is_some()).saturating_add(self.open.len())
    }

    fn handle(
        &mut self,
        event: Event<'_>,
        start: usize,
        end: usize,
    ) -> Result<Option<StreamEvent>, XmppError> {
        if !self.open.is_empty() && end.saturating_sub(self.stanza_start) > MAX_STANZA_BYTES {
            return Err(XmppError::StanzaTooLarge {
                limit: MAX_STANZA_BYTES,
            });
        }
        match event {
            Event::Decl(_) if self.stream_qname.is_none() => Ok(None),
            Event::Decl(_) | Event::PI(_) => Err(XmppError::RestrictedXml {
                construct: RestrictedXml::ProcessingInstruction,
            }),
            Event::DocType(_) => Err(XmppError::RestrictedXml {
                construct: RestrictedXml::DocumentType,
            }),
            Event::Comment(_) => Err(XmppError::RestrictedXml {
                construct: RestrictedXml::Comment,
            }),
            Event::Text(text) => {
                let content = text.xml10_content();
                self.character_data(&content)?;
                Ok(None)
            }
            Event::CData(data) => {
                self.character_data(&data.xml10_content())?;
                Ok(None)
            }
            Event::GeneralRef(reference) => {
                let resolved = if reference.is_char_ref() {
                    reference.resolve_char_ref().map_err(map_error)?.ok_or(
                        XmppError::MalformedXml {
                            reason: "empty character reference".into(),
                        },
                    )?
                } else {
                    predefined_entity(&reference).ok_or(XmppError::RestrictedXml {
                        construct: RestrictedXml::EntityReference,
                    })?
                };
                self.character_data(resolved.encode_utf8(&mut [0u8; 4]))?;
                Ok(None)
            }
            Event::Start(tag) => self.start(&tag, start, false),
            Event::Empty(tag) => self.start(&tag, start, true),
            Event::End(tag) => {
                let name = tag.name();
                self.end(name.as_ref())
            }
            Event::Eof => Ok(None),
        }
    }

    fn character_data(&mut self, text: &str) -> Result<(), XmppError> {
        match self.open.last_mut() {
            Some(open) => {
                open.element.text.push_str(text);
                Ok(())
            }
            // Between stanzas only whitespace is allowed (RFC 6120 §4.6.1 whitespace keepalives).
            None if text.chars().all(|c| matches!(c, ' ' | '\t' | '\r' | '\n')) => Ok(()),
            None => Err(XmppError::MalformedXml {
                reason: "character data outside a stanza".into(),
            }),
        }
    }

    fn start(
        &mut self,
        tag: &BytesStart<'_>,
        start: usize,
        empty: bool,
    ) -> Result<Option<StreamEvent>, XmppError> {
        let depth = self.depth().saturating_add(1);
        if depth > MAX_DEPTH {
            return Err(XmppError::TooDeep { limit: MAX_DEPTH });
        }
        let name = tag.name();
        let qname: &str = name.as_ref();
        let mut scope = Vec::new();
        let mut attrs = Vec::new();
        for (count, attribute) in tag.attributes().with_checks(true).enumerate() {
            if count >= MAX_ATTRIBUTES {
                return Err(XmppError::TooManyAttributes {
                    limit: MAX_ATTRIBUTES,
                });
            }
            let attribute = attribute.map_err(|e| map_error(e.into()))?;
            let key: &str = attribute.key.as_ref();
            let value = attribute
                .normalized_value_with(XmlVersion::Implicit1_0, 1, |name| {
                    predefined_entity_str(name)
                })
                .map_err(map_error)?;
            if key == "xmlns" {
                scope.push((None, self.namespaces.intern(&value)));
            } else if let Some(prefix) = key.strip_prefix("xmlns:") {
                scope.push((Some(prefix.to_owned()), self.namespaces.intern(&value)));
            } else {
                attrs.push((common_name(key), value.into_owned()));
            }
        }
        let (prefix, local) = match qname.split_once(':') {
            Some((prefix, local)) => (Some(prefix), local),
            None => (None, qname),
        };
        let ns = self
            .resolve(&scope, prefix)
            .ok_or_else(|| XmppError::MalformedXml {
                reason: "element in an undeclared namespace prefix".into(),
            })?;
        let element = Element {
            name: common_name(local),
            ns,
            attrs,
            children: Vec::new(),
            text: String::new(),
        };

        if self.stream_qname.is_none() {
            if !element.is("stream", NS_STREAM) || empty {
                return Err(XmppError::BadStreamHeader {
                    reason: "the document does not start with <stream:stream>",
                });
            }
            self.stream_scope = scope;
            self.stream_qname = Some(qname.to_owned());
            return Ok(Some(StreamEvent::Header(StreamHeader {
                version: element.attr("version").map(str::to_owned),
            })));
        }

        if self.open.is_empty() {
            self.stanza_start = start;
            self.stanza_elements = 0;
        }
        self.stanza_elements = self.stanza_elements.saturating_add(1);
        if self.stanza_elements > MAX_STANZA_ELEMENTS {
            return Err(XmppError::TooManyElements {
                limit: MAX_STANZA_ELEMENTS,
            });
        }
        self.open.push(Open {
            prefix: prefix.map(str::to_owned),
            scope,
            element,
        });
        if empty { self.close_top() } else { Ok(None) }
    }

    fn end(&mut self, qname: &str) -> Result<Option<StreamEvent>, XmppError> {
        match self.open.last() {
            Some(open) if open.named(qname) => self.close_top(),
            Some(_) => Err(XmppError::MalformedXml {
                reason: "end tag does not match the open element".into(),
            }),
            None if self.stream_qname.as_deref() == Some(qname) => {
                self.ended = true;
                Ok(Some(StreamEvent::End))
            }
            None => Err(XmppError::MalformedXml {
                reason: "end tag without a start tag".into(),
            }),
        }
    }

    /// Ends the innermost open element: a finished stanza, or a child added to its parent.
    fn close_top(&mut self) -> Result<Option<StreamEvent>, XmppError> {
        let Some(done) = self.open.pop() else {
            return Err(XmppError::Internal {
                reason: "closing an element that is not open",
            });
        };
        match self.open.last_mut() {
            Some(parent) => {
                parent.element.children.push(done.element);
                Ok(None)
            }
            None => Ok(Some(StreamEvent::Stanza(done.element))),
        }
    }

    /// The namespace a prefix means here: the element's own declarations, then the open
    /// elements', then the stream's (XML Namespaces §6).
    fn resolve(&self, own: &[Declaration], prefix: Option<&str>) -> Option<Arc<str>> {
        if prefix == Some("xml") {
            return Some(Arc::from("http://www.w3.org/XML/1998/namespace"));
        }
        let scopes = std::iter::once(own)
            .chain(self.open.iter().rev().map(|open| open.scope.as_slice()))
            .chain(std::iter::once(self.stream_scope.as_slice()));
        for scope in scopes {
            if let Some((_, uri)) = scope.iter().rev().find(|(p, _)| p.as_deref() == prefix) {
                return Some(uri.clone());
            }
        }
        // An element without prefix and without a default namespace in scope has none.
        prefix.is_none().then(|| Arc::from(""))
    }
}

impl Open {
    /// Whether an end tag's qualified name is this element's.
    fn named(&self, qname: &str) -> bool {
        match &self.prefix {
            None => qname == self.element.name,
            Some(prefix) => qname
                .strip_prefix(prefix.as_str())
                .and_then(|rest| rest.strip_prefix(':'))
                .is_some_and(|local| local == self.element.name),
        }
    }
}

/// The five entities XML predefines (XML 1.0 §4.6); RFC 6120 §11.1 allows no others.
fn predefined_entity(name: &str) -> Option<char> {
    match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "apos" => Some('\''),
        "quot" => Some('"'),
        _ => None,
    }
}

fn predefined_entity_str(name: &str) -> Option<&'static str> {
    match name {
        "lt" => Some("<"),
        "gt" => Some(">"),
        "amp" => Some("&"),
        "apos" => Some("'"),
        "quot" => Some("\""),
        _ => None,
    }
}

fn map_error(error: quick_xml::Error) -> XmppError {
    match error {
        quick_xml::Error::Encoding(_) => XmppError::InvalidUtf8,
        quick_xml::Error::Escape(EscapeError::UnrecognizedEntity(..)) => XmppError::RestrictedXml {
            construct: RestrictedXml::EntityReference,
        },
        other => XmppError::MalformedXml {
            reason: Cow::Owned(other.to_string()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
        xmlns:stream='http://etherx.jabber.org/streams' version='1.0' from='otter.test' id='x'>";

    fn events(parser: &mut Parser, bytes: &[u8]) -> Result<Vec<StreamEvent>, XmppError> {
        let mut out = Vec::new();
        parser.push(bytes)?;
        while let Some(event) = parser.next_event()? {
            out.push(event);
        }
        Ok(out)
    }

    fn all_at_once(text: &str) -> Result<Vec<StreamEvent>, XmppError> {
        events(&mut Parser::new(), text.as_bytes())
    }

    fn byte_by_byte(text: &str) -> Result<Vec<StreamEvent>, XmppError> {
        let mut parser = Parser::new();
        let mut out = Vec::new();
        for byte in text.as_bytes() {
            out.extend(events(&mut parser, std::slice::from_ref(byte))?);
        }
        Ok(out)
    }

    #[test]
    fn header_stanzas_and_end_arrive_whole_whatever_the_chunking() -> Result<(), XmppError> {
        let text = format!(
            "{HEADER}<message from='a@b/c' type='chat'><body>caf\u{e9} &amp; &#x263A; \
             <![CDATA[<x>]]></body><x:y xmlns:x='urn:x' a='&lt;1&gt;'/></message> \n\
             </stream:stream>"
        );
        let whole = all_at_once(&text)?;
        assert_eq!(whole, byte_by_byte(&text)?);
        assert_eq!(whole.len(), 3);
        let Some(StreamEvent::Stanza(message)) = whole.get(1) else {
            panic!("{whole:?}")
        };
        assert!(message.is("message", "jabber:client"));
        let body = message.child("body", "jabber:client").expect("body");
        assert_eq!(body.text, "caf\u{e9} & \u{263A} <x>");
        let payload = message.child("y", "urn:x").expect("namespaced child");
        assert_eq!(payload.attr("a"), Some("<1>"));
        assert_eq!(whole.last(), Some(&StreamEvent::End));
        Ok(())
    }

    #[test]
    fn restart_keeps_unparsed_bytes_for_the_new_stream() -> Result<(), XmppError> {
        let mut parser = Parser::new();
        let first = events(&mut parser, format!("{HEADER}<success/>").as_bytes())?;
        assert_eq!(first.len(), 2);
        parser.restart();
        let second = events(&mut parser, HEADER.as_bytes())?;
        assert!(matches!(second.as_slice(), [StreamEvent::Header(_)]));
        Ok(())
    }

    #[test]
    fn a_stream_not_starting_with_the_stream_element_is_refused() {
        assert!(matches!(
            all_at_once("<html>"),
            Err(XmppError::BadStreamHeader { .. })
        ));
    }

    #[test]
    fn undeclared_prefixes_and_mismatched_end_tags_are_malformed() {
        assert!(matches!(
            all_at_once(&format!("{HEADER}<p:message/>")),
            Err(XmppError::MalformedXml { .. })
        ));
        assert!(matches!(
            all_at_once(&format!("{HEADER}<message></presence>")),
            Err(XmppError::MalformedXml { .. })
        ));
    }

    #[test]
    fn whitespace_keepalives_between_stanzas_are_ignored() -> Result<(), XmppError> {
        let found = all_at_once(&format!("{HEADER} \n <presence/> "))?;
        assert_eq!(found.len(), 2);
        Ok(())
    }
}
