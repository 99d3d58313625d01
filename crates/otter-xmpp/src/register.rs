//! XEP-0077: In-Band Registration, with XEP-0004 data forms (read by [`crate::form`]), and
//! XEP-0158 CAPTCHA forms recognised (and refused: Otter cannot show them).
//!
//! Otter fills exactly two things: the name and the password the user chose. Hidden form
//! fields are echoed as the server sent them (XEP-0004 §3.3 requires it); optional fields stay
//! empty, so nothing else about the user (an e-mail address, a real name) is ever sent. A form
//! that needs anything more — a CAPTCHA, a required e-mail field, terms to accept — is
//! reported with the server's instructions and web address instead of being half-filled.

use std::fmt;

use crate::element::{Element, NS_CLIENT, NS_STANZAS, escape};
use crate::form::{DataForm, FieldKind, NS_DATA};

/// XEP-0077 queries.
pub(crate) const NS_REGISTER: &str = "jabber:iq:register";
/// XEP-0066 out-of-band data: how XEP-0077 §5 redirects to a web page.
const NS_OOB: &str = "jabber:x:oob";
/// XEP-0158 §4: the `FORM_TYPE` of a CAPTCHA form.
const CAPTCHA_FORM_TYPE: &str = "urn:xmpp:captcha";
/// XEP-0158 §13: the answer fields of a CAPTCHA.
const CAPTCHA_FIELDS: [&str; 9] = [
    "audio_recog",
    "ocr",
    "picture_q",
    "picture_recog",
    "qa",
    "speech_q",
    "speech_recog",
    "video_q",
    "video_recog",
];
/// Longest piece of server text passed on (instructions, an error's text, a web address).
/// The user reads it in a dialog; more is a server filling the screen.
pub const MAX_SERVER_TEXT_BYTES: usize = 1024;
/// Most hidden fields echoed and unfillable fields named; a real form has a handful.
const MAX_FIELDS: usize = 32;

/// Why the server did not create the account. The server's own words, if it gave any, come
/// with it in [`XmppError::RegistrationRefused`](crate::XmppError::RegistrationRefused).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegistrationRefusal {
    /// `conflict` (XEP-0077 §3.1): someone already has this name.
    NameTaken,
    /// `not-acceptable`, `bad-request`, `jid-malformed`: the server does not accept this name
    /// or password (characters, length, its own rules).
    NotAcceptable,
    /// `not-allowed`, `forbidden`, `service-unavailable`, `feature-not-implemented`,
    /// `registration-required`: the server does not let anyone (or anyone from this address)
    /// register here.
    Closed,
    /// `resource-constraint`, or `policy-violation` to be retried later: too many accounts
    /// were made from this address. Over Tor the address is the exit relay's, shared with
    /// many others, so this is common; another attempt later (or a new circuit) may work.
    TooManyFromAddress,
    /// The server asks for something Otter cannot show or fill.
    FormNotSupported(UnsupportedForm),
    /// Another stanza error condition (RFC 6120 §8.3.3), as the server sent it.
    Other {
        /// The condition's name.
        condition: String,
    },
}

impl fmt::Display for RegistrationRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NameTaken => f.write_str("the name is taken"),
            Self::NotAcceptable => f.write_str("the server does not accept this name or password"),
            Self::Closed => f.write_str("the server does not allow registration"),
            Self::TooManyFromAddress => {
                f.write_str("too many accounts were registered from this address")
            }
            Self::FormNotSupported(form) if form.captcha => {
                f.write_str("the server wants a CAPTCHA Otter cannot show")
            }
            Self::FormNotSupported(_) => f.write_str("the server wants a field Otter cannot show"),
            Self::Other { condition } => write!(f, "the server answered {condition}"),
        }
    }
}

/// What a registration form asks that Otter cannot give: the user can register another way
/// (the server's web page, another client) and then add the account to Otter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnsupportedForm {
    /// The form is (or contains) a CAPTCHA (XEP-0158).
    pub captcha: bool,
    /// The required fields Otter cannot fill, by label (or name when unlabelled).
    pub fields: Vec<String>,
    /// The server's instructions, as plain text (control characters removed, at most
    /// [`MAX_SERVER_TEXT_BYTES`]).
    pub instructions: Option<String>,
    /// A web address the server gives for registering (XEP-0077 §5) or for the CAPTCHA, as
    /// plain text: never fetched, only shown.
    pub url: Option<String>,
}

/// How the answer is submitted: the legacy fields, or the data form with its hidden fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Submission {
    /// `<username/>` and `<password/>` (XEP-0077 §3.1).
    Legacy,
    /// A submitted XEP-0004 form: the hidden fields to echo, then username and password.
    Form {
        /// `(var, values)` of each hidden field.
        hidden: Vec<(String, Vec<String>)>,
    },
}

/// The request for the registration form (XEP-0077 §3.1). No `to`: the server we are
/// connected to; no `from` and no `xml:lang`, as on every stanza Otter sends before login.
pub(crate) fn request(id: &str) -> String {
    format!(
        "<iq type='get' id='{}'><query xmlns='{NS_REGISTER}'/></iq>",
        escape(id)
    )
}

/// Decides how to answer the server's form (XEP-0077 §3.1, §6): the data form when there is
/// one (it takes precedence over the legacy fields), the legacy fields otherwise.
pub(crate) fn plan(result: &Element) -> Result<Submission, UnsupportedForm> {
    let Some(query) = result.child("query", NS_REGISTER) else {
        return Err(UnsupportedForm::default());
    };
    let form = query.child("x", NS_DATA);
    let mut unsupported = UnsupportedForm {
        captcha: false,
        fields: Vec::new(),
        instructions: instructions(query, form),
        url: oob_url(query).or_else(|| form.and_then(oob_url)),
    };
    match form {
        Some(form) => {
            let mut hidden = Vec::new();
            let (mut username, mut password) = (false, false);
            for field in DataForm::parse(form).fields {
                let var = field.var.as_deref().unwrap_or_default();
                if (var == "FORM_TYPE" && field.values.iter().any(|v| v == CAPTCHA_FORM_TYPE))
                    || CAPTCHA_FIELDS.contains(&var)
                    || field.media
                {
                    unsupported.captcha = true;
                }
                // A web page for the CAPTCHA (ejabberd's form names it `url`).
                if var == "url" && unsupported.url.is_none() {
                    unsupported.url = field.values.first().and_then(|v| plain_text(v));
                }
                match (var, field.kind) {
                    ("username", FieldKind::TextSingle) => username = true,
                    ("password", FieldKind::TextPrivate | FieldKind::TextSingle) => password = true,
                    (_, FieldKind::Hidden) if !var.is_empty() => {
                        hidden.push((var.to_owned(), field.values));
                    }
                    (_, FieldKind::Fixed) => {}
                    _ if field.required => {
                        let name = field.label.unwrap_or_else(|| var.to_owned());
                        unsupported
                            .fields
                            .push(plain_text(&name).unwrap_or_else(|| "?".to_owned()));
                    }
                    // Optional: left empty, so nothing but the name and password is sent.
                    _ => {}
                }
            }
            // The stream's element limit bounds both lists; a form this large is not one a
            // person could fill either, and its names would flood the dialog.
            unsupported.fields.truncate(MAX_FIELDS);
            let too_many = hidden.len() > MAX_FIELDS;
            if unsupported.captcha
                || too_many
                || !unsupported.fields.is_empty()
                || !username
                || !password
            {
                return Err(unsupported);
            }
            Ok(Submission::Form { hidden })
        }
        None => {
            let (mut username, mut password) = (false, false);
            for child in query.children_in(NS_REGISTER) {
                match child.name.as_ref() {
                    "username" => username = true,
                    "password" => password = true,
                    // Not fields: the text, and the marker of an existing registration.
                    "instructions" | "registered" => {}
                    // XEP-0077 §3.1: every legacy field listed is required.
                    name => unsupported.fields.push(name.to_owned()),
                }
            }
            unsupported.fields.truncate(MAX_FIELDS);
            if !unsupported.fields.is_empty() || !username || !password {
                return Err(unsupported);
            }
            Ok(Submission::Legacy)
        }
    }
}

/// The answer: the user's name and password, and in a form the hidden fields echoed.
pub(crate) fn submit(id: &str, submission: &Submission, username: &str, password: &str) -> String {
    let (username, password) = (escape(username), escape(password));
    let payload = match submission {
        Submission::Legacy => {
            format!("<username>{username}</username><password>{password}</password>")
        }
        Submission::Form { hidden } => {
            let mut fields = String::new();
            for (var, values) in hidden {
                fields.push_str(&format!("<field var='{}'>", escape(var)));
                for value in values {
                    fields.push_str(&format!("<value>{}</value>", escape(value)));
                }
                fields.push_str("</field>");
            }
            format!(
                "<x xmlns='{NS_DATA}' type='submit'>{fields}\
                 <field var='username'><value>{username}</value></field>\
                 <field var='password'><value>{password}</value></field></x>"
            )
        }
    };
    format!(
        "<iq type='set' id='{}'><query xmlns='{NS_REGISTER}'>{payload}</query></iq>",
        escape(id)
    )
}

/// The refusal in an error reply, and the server's text with it.
pub(crate) fn refusal(reply: &Element) -> (RegistrationRefusal, Option<String>) {
    let error = reply.child("error", NS_CLIENT);
    let condition = error
        .and_then(|e| e.condition_in(NS_STANZAS))
        .unwrap_or("undefined-condition");
    let retry_later = error.and_then(|e| e.attr("type")) == Some("wait");
    let text = error
        .and_then(|e| e.child("text", NS_STANZAS))
        .and_then(|t| plain_text(&t.text));
    let refusal = match condition {
        "conflict" => RegistrationRefusal::NameTaken,
        "not-acceptable" | "bad-request" | "jid-malformed" => RegistrationRefusal::NotAcceptable,
        "not-allowed"
        | "forbidden"
        | "service-unavailable"
        | "feature-not-implemented"
        | "registration-required" => RegistrationRefusal::Closed,
        "resource-constraint" => RegistrationRefusal::TooManyFromAddress,
        // Prosody's registration throttle (mod_register_limits): policy-violation, wait.
        "policy-violation" if retry_later => RegistrationRefusal::TooManyFromAddress,
        other => RegistrationRefusal::Other {
            condition: other.to_owned(),
        },
    };
    (refusal, text)
}

/// The instructions of the form, or else of the legacy query, joined with the form's fixed
/// texts (which servers use for the rest of their explanation).
fn instructions(query: &Element, form: Option<&Element>) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    if let Some(form) = form {
        parts.extend(
            form.children
                .iter()
                .filter(|c| c.is("instructions", NS_DATA))
                .map(|c| c.text.as_str()),
        );
        parts.extend(
            form.children
                .iter()
                .filter(|c| c.is("field", NS_DATA) && c.attr("type") == Some("fixed"))
                .flat_map(|c| c.children.iter().filter(|v| v.is("value", NS_DATA)))
                .map(|v| v.text.as_str()),
        );
    }
    if parts.is_empty()
        && let Some(legacy) = query.child("instructions", NS_REGISTER)
    {
        parts.push(legacy.text.as_str());
    }
    plain_text(&parts.join("\n"))
}

/// The web address of an XEP-0066 `<x xmlns='jabber:x:oob'><url/>` child.
fn oob_url(parent: &Element) -> Option<String> {
    parent
        .child("x", NS_OOB)
        .and_then(|x| x.child("url", NS_OOB))
        .and_then(|url| plain_text(&url.text))
}

/// Server text made safe to show: trimmed, control characters (other than line breaks)
/// and bidirectional overrides removed, at most [`MAX_SERVER_TEXT_BYTES`]; `None` if empty.
pub(crate) fn plain_text(text: &str) -> Option<String> {
    let mut out = String::new();
    for c in text.trim().chars() {
        // Explicit direction controls could make a web address read as another one.
        let hidden = (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        if hidden {
            continue;
        }
        if out.len() + c.len_utf8() > MAX_SERVER_TEXT_BYTES {
            break;
        }
        out.push(c);
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stream::{Parser, StreamEvent};

    /// Parses one stanza as the stream parser would.
    fn element(xml: &str) -> Element {
        let mut parser = Parser::new();
        parser
            .push(
                format!(
                    "<stream:stream xmlns='jabber:client' \
                     xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>{xml}"
                )
                .as_bytes(),
            )
            .unwrap();
        loop {
            match parser.next_event().unwrap() {
                Some(StreamEvent::Stanza(element)) => return element,
                Some(_) => {}
                None => panic!("no stanza"),
            }
        }
    }

    #[test]
    fn legacy_username_and_password_are_answered_in_kind() {
        let result = element(
            "<iq type='result' id='r1'><query xmlns='jabber:iq:register'>\
             <instructions>Choose a username and password.</instructions>\
             <username/><password/></query></iq>",
        );
        assert_eq!(plan(&result), Ok(Submission::Legacy));
        assert_eq!(
            submit("r2", &Submission::Legacy, "kabo<", "p&'"),
            "<iq type='set' id='r2'><query xmlns='jabber:iq:register'>\
             <username>kabo&lt;</username><password>p&amp;&apos;</password></query></iq>"
        );
    }

    #[test]
    fn a_legacy_email_field_is_one_otter_cannot_fill() {
        let result = element(
            "<iq type='result' id='r1'><query xmlns='jabber:iq:register'>\
             <instructions>Name, password and e-mail.</instructions>\
             <username/><password/><email/></query></iq>",
        );
        let unsupported = plan(&result).unwrap_err();
        assert_eq!(unsupported.fields, vec!["email".to_owned()]);
        assert!(!unsupported.captcha);
        assert_eq!(
            unsupported.instructions.as_deref(),
            Some("Name, password and e-mail.")
        );
    }

    #[test]
    fn prosody_form_is_submitted_with_only_name_password_and_form_type() {
        // Prosody 0.12 mod_register_ibr with an optional e-mail field configured.
        let result = element(
            "<iq type='result' id='r1'><query xmlns='jabber:iq:register'>\
             <instructions>Choose a username and password for use with this service.</instructions>\
             <username/><password/><email/>\
             <x xmlns='jabber:x:data' type='form'><title>Creating a new account</title>\
             <instructions>Choose a username and password for use with this service.</instructions>\
             <field var='FORM_TYPE' type='hidden'><value>jabber:iq:register</value></field>\
             <field var='username' type='text-single' label='Username'><required/></field>\
             <field var='password' type='text-private' label='Password'><required/></field>\
             <field var='email' type='text-single' label='Email'/></x></query></iq>",
        );
        let submission = plan(&result).unwrap();
        assert_eq!(
            submission,
            Submission::Form {
                hidden: vec![("FORM_TYPE".into(), vec!["jabber:iq:register".into()])]
            }
        );
        let sent = submit("r2", &submission, "kabo", "secret");
        assert_eq!(
            sent,
            "<iq type='set' id='r2'><query xmlns='jabber:iq:register'>\
             <x xmlns='jabber:x:data' type='submit'>\
             <field var='FORM_TYPE'><value>jabber:iq:register</value></field>\
             <field var='username'><value>kabo</value></field>\
             <field var='password'><value>secret</value></field></x></query></iq>"
        );
        assert!(!sent.contains("email"), "an optional field stays unsent");
    }

    #[test]
    fn ejabberd_captcha_form_is_refused_with_its_instructions_and_web_page() {
        // ejabberd 23.01 with captcha_cmd set: the form of XEP-0158 inside the registration.
        let result = element(
            "<iq type='result' id='r1'><query xmlns='jabber:iq:register'>\
             <instructions>You need a client that supports x:data and CAPTCHA to register</instructions>\
             <x xmlns='jabber:x:data' type='form'>\
             <instructions>Choose a username and password to register with this server</instructions>\
             <field var='FORM_TYPE' type='hidden'><value>urn:xmpp:captcha</value></field>\
             <field label='User' var='username' type='text-single'><required/></field>\
             <field label='Password' var='password' type='text-private'><required/></field>\
             <field type='fixed'><value>If you don't see the CAPTCHA image here, visit the web page.</value></field>\
             <field var='captchahidden' type='hidden'><value>workaround-for-psi</value></field>\
             <field label='CAPTCHA web page' var='url' type='text-single'>\
             <value>https://example.org/captcha/1234/image</value></field>\
             <field var='from' type='hidden'><value>example.org</value></field>\
             <field var='challenge' type='hidden'><value>1234</value></field>\
             <field label='Enter the text you see' var='ocr'><required/>\
             <media xmlns='urn:xmpp:media-element' height='70' width='150'>\
             <uri type='image/png'>cid:sha1+0f00@bob.xmpp.org</uri></media></field>\
             </x><data xmlns='urn:xmpp:bob' cid='sha1+0f00@bob.xmpp.org' type='image/png'>iVBO</data>\
             </query></iq>",
        );
        let unsupported = plan(&result).unwrap_err();
        assert!(unsupported.captcha);
        assert_eq!(
            unsupported.fields,
            vec!["Enter the text you see".to_owned()]
        );
        assert_eq!(
            unsupported.url.as_deref(),
            Some("https://example.org/captcha/1234/image")
        );
        assert_eq!(
            unsupported.instructions.as_deref(),
            Some(
                "Choose a username and password to register with this server\n\
                 If you don't see the CAPTCHA image here, visit the web page."
            )
        );
    }

    #[test]
    fn required_terms_checkbox_is_a_field_otter_cannot_show() {
        let result = element(
            "<iq type='result' id='r1'><query xmlns='jabber:iq:register'>\
             <x xmlns='jabber:x:data' type='form'>\
             <field var='FORM_TYPE' type='hidden'><value>jabber:iq:register</value></field>\
             <field var='username' type='text-single'><required/></field>\
             <field var='password' type='text-private'><required/></field>\
             <field var='tos' type='boolean' label='I accept the rules'><required/></field>\
             </x></query></iq>",
        );
        let unsupported = plan(&result).unwrap_err();
        assert!(!unsupported.captcha);
        assert_eq!(unsupported.fields, vec!["I accept the rules".to_owned()]);
    }

    #[test]
    fn redirection_to_a_web_page_is_reported_with_the_address() {
        // XEP-0077 §5: registration only on the web.
        let result = element(
            "<iq type='result' id='r1'><query xmlns='jabber:iq:register'>\
             <instructions>To register, visit https://example.org/register</instructions>\
             <x xmlns='jabber:x:oob'><url>https://example.org/register</url></x>\
             </query></iq>",
        );
        let unsupported = plan(&result).unwrap_err();
        assert_eq!(
            unsupported.url.as_deref(),
            Some("https://example.org/register")
        );
        assert!(unsupported.fields.is_empty());
    }

    #[test]
    fn error_conditions_become_refusals() {
        let reply = |error: &str| {
            element(&format!(
                "<iq type='error' id='r2'><error {error}</error></iq>"
            ))
        };
        let cases = [
            (
                "type='cancel'><conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>\
                 <text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>The requested username already exists.</text>",
                RegistrationRefusal::NameTaken,
                Some("The requested username already exists."),
            ),
            (
                "type='modify'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>",
                RegistrationRefusal::NotAcceptable,
                None,
            ),
            (
                "type='cancel'><not-allowed xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>",
                RegistrationRefusal::Closed,
                None,
            ),
            (
                "type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>",
                RegistrationRefusal::Closed,
                None,
            ),
            (
                "type='wait'><resource-constraint xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>",
                RegistrationRefusal::TooManyFromAddress,
                None,
            ),
            (
                "type='wait'><policy-violation xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>\
                 <text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Too many registrations from this IP address recently</text>",
                RegistrationRefusal::TooManyFromAddress,
                Some("Too many registrations from this IP address recently"),
            ),
            (
                "type='modify'><policy-violation xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>",
                RegistrationRefusal::Other {
                    condition: "policy-violation".into(),
                },
                None,
            ),
        ];
        for (error, expected, text) in cases {
            assert_eq!(
                refusal(&reply(error)),
                (expected, text.map(str::to_owned)),
                "{error}"
            );
        }
    }

    #[test]
    fn server_text_is_bounded_and_loses_control_and_direction_characters() {
        assert_eq!(
            plain_text("  a\u{7}b\u{202E}c\nd\t "),
            Some("abc\nd".to_owned())
        );
        assert_eq!(plain_text(" \u{1} "), None);
        let long = "é".repeat(MAX_SERVER_TEXT_BYTES);
        let cut = plain_text(&long).unwrap();
        assert!(cut.len() <= MAX_SERVER_TEXT_BYTES);
        assert!(cut.len() > MAX_SERVER_TEXT_BYTES - 2);
    }
}
