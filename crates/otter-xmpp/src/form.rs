//! XEP-0004 data forms: what a server asks (in-band registration, a room's configuration),
//! read into typed fields within fixed limits, and the submitted answer.
//!
//! Every text a person reads (title, instructions, labels, descriptions) is made plain and
//! bounded like any other server text. Values are kept exactly as sent, because they are
//! echoed back (hidden fields, XEP-0004 §3.3) or chosen among (list options); a value over its
//! limit drops its field instead of being cut into a different value.

use std::fmt;

use crate::element::{Element, escape};
use crate::error::XmppError;
use crate::jid::Jid;
use crate::register::plain_text;

/// XEP-0004 data forms.
pub(crate) const NS_DATA: &str = "jabber:x:data";
/// XEP-0221 media elements: an image or sound inside a form field (a CAPTCHA).
const NS_MEDIA: &str = "urn:xmpp:media-element";

/// Most fields kept from one form. Prosody's room configuration has about 20, ejabberd's
/// about 30; a form of hundreds is not one a person fills.
pub const MAX_FORM_FIELDS: usize = 128;
/// Most values of one field, given or received: a room's list of admins is a `jid-multi`.
pub const MAX_FIELD_VALUES: usize = 256;
/// Most options of one list field.
pub const MAX_FIELD_OPTIONS: usize = 128;
/// Longest value, in bytes: an address is at most 3071, a room description a paragraph.
pub const MAX_FIELD_VALUE_BYTES: usize = 4096;

/// The type of a form field (XEP-0004 §3.3); what the interface shows for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A yes/no choice.
    Boolean,
    /// Text to show, not a question.
    Fixed,
    /// Not shown; sent back as it came.
    Hidden,
    /// Several addresses.
    JidMulti,
    /// One address.
    JidSingle,
    /// Several of the options.
    ListMulti,
    /// One of the options.
    ListSingle,
    /// Several lines of text.
    TextMulti,
    /// A secret, such as a password: shown masked.
    TextPrivate,
    /// One line of text (also what an unknown type is read as, XEP-0004 §3.3).
    TextSingle,
}

impl FieldKind {
    fn of(name: Option<&str>) -> Self {
        match name {
            Some("boolean") => Self::Boolean,
            Some("fixed") => Self::Fixed,
            Some("hidden") => Self::Hidden,
            Some("jid-multi") => Self::JidMulti,
            Some("jid-single") => Self::JidSingle,
            Some("list-multi") => Self::ListMulti,
            Some("list-single") => Self::ListSingle,
            Some("text-multi") => Self::TextMulti,
            Some("text-private") => Self::TextPrivate,
            _ => Self::TextSingle,
        }
    }

    /// Whether the field takes more than one value.
    fn multi(self) -> bool {
        matches!(self, Self::JidMulti | Self::ListMulti | Self::TextMulti)
    }
}

/// One choice of a list field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormOption {
    /// What to show, if the server named it.
    pub label: Option<String>,
    /// What is sent when it is chosen.
    pub value: String,
}

/// One field of a form.
#[derive(Clone, PartialEq, Eq)]
pub struct FormField {
    /// The field's name, which the answer repeats; `None` only for fixed text.
    pub var: Option<String>,
    /// Its type.
    pub kind: FieldKind,
    /// What to show beside it, as plain text.
    pub label: Option<String>,
    /// A longer explanation, as plain text.
    pub description: Option<String>,
    /// The server wants a value.
    pub required: bool,
    /// The current values (for a boolean `1`/`true` or `0`/`false`).
    pub values: Vec<String>,
    /// The choices of a list field.
    pub options: Vec<FormOption>,
    /// The field carries an image or sound (XEP-0221), as CAPTCHAs do.
    pub(crate) media: bool,
}

impl fmt::Debug for FormField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A room's password is a text-private value: values are never printed.
        f.debug_struct("FormField")
            .field("var", &self.var)
            .field("kind", &self.kind)
            .field("required", &self.required)
            .field("values", &self.values.len())
            .field("options", &self.options.len())
            .finish_non_exhaustive()
    }
}

/// A form, as the server sent it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DataForm {
    /// Its title, as plain text.
    pub title: Option<String>,
    /// Its instructions, as plain text.
    pub instructions: Option<String>,
    /// Its fields, in order.
    pub fields: Vec<FormField>,
}

/// An answer to one field: its name and its new values.
#[derive(Clone, PartialEq, Eq)]
pub struct FieldAnswer {
    /// The field's `var`.
    pub var: String,
    /// The values (one for single fields; none clears the field).
    pub values: Vec<String>,
}

impl fmt::Debug for FieldAnswer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FieldAnswer")
            .field("var", &self.var)
            .field("values", &self.values.len())
            .finish()
    }
}

impl DataForm {
    /// Reads an `<x xmlns='jabber:x:data'/>`, keeping at most [`MAX_FORM_FIELDS`] fields.
    pub(crate) fn parse(x: &Element) -> Self {
        let text_of = |name: &str| {
            x.children
                .iter()
                .filter(|c| c.is(name, NS_DATA))
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        };
        let fields = x
            .children
            .iter()
            .filter(|c| c.is("field", NS_DATA))
            .filter_map(field)
            .take(MAX_FORM_FIELDS)
            .collect();
        Self {
            title: plain_text(&text_of("title")),
            instructions: plain_text(&text_of("instructions")),
            fields,
        }
    }

    /// The submitted form (XEP-0004 §3.2, type `submit`): every field of this form that has a
    /// name, fixed text aside, with the caller's values where given and its current ones
    /// otherwise (hidden fields always as received). A server that resets the fields left out
    /// of a submission then changes only what the user changed.
    pub(crate) fn submission(&self, answers: &[FieldAnswer]) -> Result<String, XmppError> {
        let invalid = |reason| Err(XmppError::InvalidForm { reason });
        for answer in answers {
            let Some(field) = self
                .fields
                .iter()
                .find(|f| f.var.as_deref() == Some(answer.var.as_str()))
            else {
                return invalid("an answer to a field the form does not have");
            };
            if matches!(field.kind, FieldKind::Fixed | FieldKind::Hidden) {
                return invalid("an answer to a field that is not a question");
            }
            if answers.iter().filter(|a| a.var == answer.var).count() > 1 {
                return invalid("two answers to one field");
            }
            check_values(field, &answer.values)?;
        }
        let mut out = format!("<x xmlns='{NS_DATA}' type='submit'>");
        for field in &self.fields {
            let Some(var) = &field.var else { continue };
            if field.kind == FieldKind::Fixed {
                continue;
            }
            let values = answers
                .iter()
                .find(|a| a.var == *var && field.kind != FieldKind::Hidden)
                .map_or(&field.values, |a| &a.values);
            out.push_str(&format!("<field var='{}'>", escape(var)));
            for value in values {
                out.push_str(&format!("<value>{}</value>", escape(value)));
            }
            out.push_str("</field>");
        }
        out.push_str("</x>");
        Ok(out)
    }
}

/// Whether `values` fit `field`'s type and our limits.
fn check_values(field: &FormField, values: &[String]) -> Result<(), XmppError> {
    let invalid = |reason| Err(XmppError::InvalidForm { reason });
    if values.len() > MAX_FIELD_VALUES {
        return invalid("too many values for one field");
    }
    if !field.kind.multi() && values.len() > 1 {
        return invalid("several values for a field that takes one");
    }
    for value in values {
        if value.len() > MAX_FIELD_VALUE_BYTES {
            return invalid("a value longer than a form field takes");
        }
        if value.contains('\n') && field.kind != FieldKind::TextMulti {
            return invalid("a line break in a one-line field");
        }
        let fits = match field.kind {
            FieldKind::Boolean => matches!(value.as_str(), "0" | "1" | "false" | "true"),
            FieldKind::JidMulti | FieldKind::JidSingle => Jid::parse(value).is_ok(),
            // XEP-0004 §3.3: the value is one of the options (when the server gave some).
            FieldKind::ListMulti | FieldKind::ListSingle => {
                field.options.is_empty() || field.options.iter().any(|o| o.value == *value)
            }
            _ => true,
        };
        if !fits {
            return invalid("a value the field's type does not allow");
        }
    }
    Ok(())
}

/// One `<field/>`, or `None` when it is over a limit (then it is left out).
fn field(element: &Element) -> Option<FormField> {
    let values: Vec<String> = element
        .children
        .iter()
        .filter(|v| v.is("value", NS_DATA))
        .map(|v| v.text.clone())
        .collect();
    if values.len() > MAX_FIELD_VALUES || values.iter().any(|v| v.len() > MAX_FIELD_VALUE_BYTES) {
        return None;
    }
    let mut options = Vec::new();
    for option in element.children.iter().filter(|c| c.is("option", NS_DATA)) {
        let value = option.child("value", NS_DATA)?.text.clone();
        if value.len() > MAX_FIELD_VALUE_BYTES || options.len() >= MAX_FIELD_OPTIONS {
            return None;
        }
        options.push(FormOption {
            label: option.attr("label").and_then(plain_text),
            value,
        });
    }
    let var = element
        .attr("var")
        .filter(|v| !v.is_empty() && v.len() <= MAX_FIELD_VALUE_BYTES)
        .map(str::to_owned);
    let kind = FieldKind::of(element.attr("type"));
    // XEP-0004 §3.2: only fixed text may be nameless.
    if var.is_none() && kind != FieldKind::Fixed {
        return None;
    }
    Some(FormField {
        var,
        kind,
        label: element.attr("label").and_then(plain_text),
        description: element
            .child("desc", NS_DATA)
            .and_then(|d| plain_text(&d.text)),
        required: element.child("required", NS_DATA).is_some(),
        values,
        options,
        media: element.child("media", NS_MEDIA).is_some(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stream::{Parser, StreamEvent};

    fn form(xml: &str) -> DataForm {
        let mut parser = Parser::new();
        parser
            .push(
                format!(
                    "<stream:stream xmlns='jabber:client' \
                     xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>\
                     <message><x xmlns='jabber:x:data' type='form'>{xml}</x></message>"
                )
                .as_bytes(),
            )
            .unwrap();
        loop {
            match parser.next_event().unwrap() {
                Some(StreamEvent::Stanza(element)) => {
                    return DataForm::parse(element.children.first().unwrap());
                }
                Some(_) => {}
                None => panic!("no stanza"),
            }
        }
    }

    #[test]
    fn fields_are_typed_with_their_labels_values_and_options() {
        let form = form(
            "<title>Room</title><instructions>Fill\u{202E} it</instructions>\
             <field var='FORM_TYPE' type='hidden'><value>urn:x</value></field>\
             <field type='fixed'><value>Just text</value></field>\
             <field var='name' type='text-single' label='Name'><value>old</value></field>\
             <field var='secret' type='text-private'><value>pw</value></field>\
             <field var='open' type='boolean'><desc>Anyone may join</desc><value>1</value></field>\
             <field var='who' type='list-single'><value>m</value>\
             <option label='Moderators'><value>m</value></option>\
             <option label='Anyone'><value>a</value></option></field>\
             <field var='admins' type='jid-multi'><value>a@b</value><value>c@d</value></field>\
             <field type='text-single'><value>no name</value></field>\
             <field var='odd' type='weird'/>",
        );
        assert_eq!(form.title.as_deref(), Some("Room"));
        assert_eq!(form.instructions.as_deref(), Some("Fill it"));
        let kinds: Vec<FieldKind> = form.fields.iter().map(|f| f.kind).collect();
        assert_eq!(
            kinds,
            [
                FieldKind::Hidden,
                FieldKind::Fixed,
                FieldKind::TextSingle,
                FieldKind::TextPrivate,
                FieldKind::Boolean,
                FieldKind::ListSingle,
                FieldKind::JidMulti,
                FieldKind::TextSingle,
            ],
            "a nameless question is dropped; an unknown type is text-single"
        );
        let open = form.fields.get(4).unwrap();
        assert_eq!(open.description.as_deref(), Some("Anyone may join"));
        let who = form.fields.get(5).unwrap();
        assert_eq!(who.options.len(), 2);
        assert_eq!(who.options.get(1).unwrap().label.as_deref(), Some("Anyone"));
        assert_eq!(form.fields.get(6).unwrap().values, ["a@b", "c@d"]);
        assert!(
            !format!("{form:?}").contains("pw"),
            "values stay out of Debug"
        );
    }

    #[test]
    fn oversized_fields_are_left_out_and_the_count_is_bounded() {
        let long = "v".repeat(MAX_FIELD_VALUE_BYTES + 1);
        let many: String = (0..MAX_FORM_FIELDS + 10)
            .map(|n| format!("<field var='f{n}'/>"))
            .collect();
        let form = form(&format!(
            "<field var='long'><value>{long}</value></field>{many}"
        ));
        assert_eq!(form.fields.len(), MAX_FORM_FIELDS);
        assert!(form.fields.iter().all(|f| f.var.as_deref() != Some("long")));
    }

    #[test]
    fn a_submission_echoes_hidden_fields_keeps_the_rest_and_checks_answers() {
        let form = form(
            "<field var='FORM_TYPE' type='hidden'><value>urn:x</value></field>\
             <field type='fixed'><value>text</value></field>\
             <field var='name' type='text-single'><value>old</value></field>\
             <field var='open' type='boolean'><value>1</value></field>\
             <field var='who' type='list-single'><value>m</value>\
             <option><value>m</value></option><option><value>a</value></option></field>",
        );
        let answer = |var: &str, values: &[&str]| FieldAnswer {
            var: var.to_owned(),
            values: values.iter().map(|v| (*v).to_owned()).collect(),
        };
        let sent = form
            .submission(&[answer("name", &["<new>"]), answer("who", &["a"])])
            .unwrap();
        assert_eq!(
            sent,
            "<x xmlns='jabber:x:data' type='submit'>\
             <field var='FORM_TYPE'><value>urn:x</value></field>\
             <field var='name'><value>&lt;new&gt;</value></field>\
             <field var='open'><value>1</value></field>\
             <field var='who'><value>a</value></field></x>"
        );
        for wrong in [
            answer("nope", &["x"]),
            answer("FORM_TYPE", &["urn:y"]),
            answer("open", &["yes"]),
            answer("who", &["z"]),
            answer("name", &["a", "b"]),
            answer("name", &["two\nlines"]),
        ] {
            assert!(
                matches!(
                    form.submission(std::slice::from_ref(&wrong)),
                    Err(XmppError::InvalidForm { .. })
                ),
                "{wrong:?}"
            );
        }
    }
}
