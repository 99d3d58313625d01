//! RFC 6120 §6 (SASL negotiation) with SCRAM (RFC 5802, RFC 7677), channel binding
//! (RFC 9266 `tls-exporter`, advertised per XEP-0440) and PLAIN (RFC 4616), through xmpp-rs's
//! `sasl` crate: no SCRAM is written here, only the choice of mechanism and the checks on what
//! the server sends before the crate computes anything. ANONYMOUS (RFC 4505) serves temporary
//! accounts only, and is never chosen for an account with a password.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use otter_types::scram;
use sasl::client::Mechanism;
use sasl::client::mechanisms::{Anonymous, Plain, Scram};
use sasl::common::ChannelBinding;
use sasl::common::scram::{Sha1, Sha256};

use crate::element::Element;
use crate::error::XmppError;

/// SASL namespace (RFC 6120 §6.4.1).
pub(crate) const NS_SASL: &str = "urn:ietf:params:xml:ns:xmpp-sasl";
/// XEP-0440 channel-binding type advertisement.
const NS_SASL_CB: &str = "urn:xmpp:sasl-cb:0";

/// The channel binding of the TLS connection the stream runs over, as the driver read it from
/// its TLS library after the handshake.
#[derive(Clone, PartialEq, Eq, Default)]
pub enum ChannelBindingData {
    /// No channel binding is available.
    #[default]
    None,
    /// `tls-exporter` (RFC 9266, TLS 1.3): the 32 exported bytes.
    TlsExporter(Vec<u8>),
    /// `tls-server-end-point` (RFC 5929 §4): the hash of the server's certificate. The `sasl`
    /// crate cannot use it yet, so it does not enable -PLUS; it is accepted so that drivers
    /// need not filter.
    TlsServerEndPoint(Vec<u8>),
}

impl std::fmt::Debug for ChannelBindingData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::None => f.write_str("ChannelBindingData::None"),
            Self::TlsExporter(data) => write!(f, "TlsExporter(<{} bytes>)", data.len()),
            Self::TlsServerEndPoint(data) => {
                write!(f, "TlsServerEndPoint(<{} bytes>)", data.len())
            }
        }
    }
}

/// A SASL mechanism Otter uses, ordered from weakest to strongest, so that the profile can
/// remember the strongest one an account used and refuse less later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SaslMechanism {
    /// ANONYMOUS (RFC 4505): no credentials, a temporary account the server names. Only ever
    /// used by a temporary login ([`ClientConfig::anonymous`](crate::ClientConfig::anonymous)),
    /// never picked from an offer; weakest of all, so remembering it never raises a minimum.
    Anonymous,
    /// PLAIN (RFC 4616): the password itself, protected only by TLS. Used only inside TLS.
    Plain,
    /// SCRAM-SHA-1 (RFC 5802).
    ScramSha1,
    /// SCRAM-SHA-1-PLUS: SCRAM-SHA-1 bound to the TLS channel.
    ScramSha1Plus,
    /// SCRAM-SHA-256 (RFC 7677).
    ScramSha256,
    /// SCRAM-SHA-256-PLUS: SCRAM-SHA-256 bound to the TLS channel.
    ScramSha256Plus,
}

impl SaslMechanism {
    /// Strongest first: the order in which the client picks.
    const PREFERENCE: [Self; 5] = [
        Self::ScramSha256Plus,
        Self::ScramSha256,
        Self::ScramSha1Plus,
        Self::ScramSha1,
        Self::Plain,
    ];

    /// The IANA mechanism name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Anonymous => "ANONYMOUS",
            Self::Plain => "PLAIN",
            Self::ScramSha1 => "SCRAM-SHA-1",
            Self::ScramSha1Plus => "SCRAM-SHA-1-PLUS",
            Self::ScramSha256 => "SCRAM-SHA-256",
            Self::ScramSha256Plus => "SCRAM-SHA-256-PLUS",
        }
    }

    /// The mechanism with IANA name `name`, as [`SaslMechanism::name`] spells it; `None` for a
    /// name Otter does not use (and for "", a profile's "none yet").
    pub fn from_name(name: &str) -> Option<Self> {
        Self::PREFERENCE
            .into_iter()
            .find(|mechanism| mechanism.name() == name)
    }

    fn is_plus(self) -> bool {
        matches!(self, Self::ScramSha1Plus | Self::ScramSha256Plus)
    }
}

/// The mechanism chosen for the server's offer, and the channel binding (GS2 flag) to send.
#[derive(Debug)]
struct Choice {
    mechanism: SaslMechanism,
    binding: ChannelBinding,
}

/// Picks the strongest mechanism both sides support, from `<mechanisms/>` in the stream
/// features (and XEP-0440's channel-binding types, when advertised).
fn choose(
    features: &Element,
    binding: &ChannelBindingData,
    minimum: SaslMechanism,
) -> Result<Choice, XmppError> {
    let offered = offered(features);
    // -PLUS needs exporter bytes from us and the server saying (XEP-0440) it does tls-exporter:
    // without the advertisement, RFC 5802's default type is tls-unique, which TLS 1.3 lacks.
    let exporter = match binding {
        ChannelBindingData::TlsExporter(data) => Some(data.clone()),
        ChannelBindingData::None | ChannelBindingData::TlsServerEndPoint(_) => None,
    };
    let server_does_exporter = features
        .child("sasl-channel-binding", NS_SASL_CB)
        .is_some_and(|cb| {
            cb.children
                .iter()
                .any(|t| t.name == "channel-binding" && t.attr("type") == Some("tls-exporter"))
        });
    let server_offers_plus = offered.iter().any(|name| name.ends_with("-PLUS"));
    let usable = |mechanism: SaslMechanism| {
        offered.iter().any(|name| name == mechanism.name())
            && (!mechanism.is_plus() || (exporter.is_some() && server_does_exporter))
    };
    let Some(mechanism) = SaslMechanism::PREFERENCE
        .into_iter()
        .find(|mechanism| usable(*mechanism))
    else {
        return Err(XmppError::NoCommonMechanism { offered });
    };
    if mechanism < minimum {
        return Err(XmppError::MechanismDowngrade { required: minimum });
    }
    let binding = match (mechanism.is_plus(), exporter) {
        (true, Some(data)) => ChannelBinding::TlsExporter(data),
        // "y": we could bind but the server offered no -PLUS. A server that does support it
        // then knows that the offer was stripped on the way (RFC 5802 §6).
        (false, Some(_)) if !server_offers_plus => ChannelBinding::Unsupported,
        _ => ChannelBinding::None,
    };
    Ok(Choice { mechanism, binding })
}

/// The mechanism names in `<mechanisms/>` of the stream features.
fn offered(features: &Element) -> Vec<String> {
    features
        .child("mechanisms", NS_SASL)
        .map(|mechanisms| {
            mechanisms
                .children
                .iter()
                .filter(|m| m.is("mechanism", NS_SASL))
                .map(|m| m.text.trim().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// One SASL exchange in progress.
pub(crate) struct SaslSession {
    mechanism: SaslMechanism,
    inner: Box<dyn Mechanism + Send>,
    /// The SCRAM client nonce, to check that the server's nonce extends it (RFC 5802 §5.1).
    client_nonce: Option<String>,
}

impl std::fmt::Debug for SaslSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SaslSession({})", self.mechanism.name())
    }
}

impl SaslSession {
    /// Chooses a mechanism and returns the session and the `<auth/>` element to send.
    pub(crate) fn start(
        features: &Element,
        binding: &ChannelBindingData,
        minimum: SaslMechanism,
        username: &str,
        password: &str,
    ) -> Result<(Self, String), XmppError> {
        let Choice { mechanism, binding } = choose(features, binding, minimum)?;
        let nonce_error = |_| XmppError::Internal {
            reason: "the system random number generator failed",
        };
        let mut inner: Box<dyn Mechanism + Send> = match mechanism {
            SaslMechanism::Anonymous => {
                return Err(XmppError::Internal {
                    reason: "ANONYMOUS chosen for an account with a password",
                });
            }
            SaslMechanism::Plain => Box::new(Plain::new(username, password)),
            SaslMechanism::ScramSha1 | SaslMechanism::ScramSha1Plus => Box::new(
                Scram::<Sha1>::new(scram::escape_name(username), password, binding)
                    .map_err(nonce_error)?,
            ),
            SaslMechanism::ScramSha256 | SaslMechanism::ScramSha256Plus => Box::new(
                Scram::<Sha256>::new(scram::escape_name(username), password, binding)
                    .map_err(nonce_error)?,
            ),
        };
        let initial = inner.initial();
        let client_nonce = (mechanism != SaslMechanism::Plain)
            .then(|| scram::attribute(&initial, "r").map(str::to_owned))
            .flatten();
        let auth = format!(
            "<auth xmlns='{NS_SASL}' mechanism='{}'>{}</auth>",
            mechanism.name(),
            encode(&initial)
        );
        Ok((
            Self {
                mechanism,
                inner,
                client_nonce,
            },
            auth,
        ))
    }

    /// A temporary login: ANONYMOUS or nothing. No downgrade minimum applies, as there is no
    /// password to protect; a server that does not offer it does not allow temporary accounts.
    pub(crate) fn start_anonymous(features: &Element) -> Result<(Self, String), XmppError> {
        let mechanism = SaslMechanism::Anonymous;
        if !offered(features)
            .iter()
            .any(|name| name == mechanism.name())
        {
            return Err(XmppError::AnonymousNotOffered);
        }
        let mut inner: Box<dyn Mechanism + Send> = Box::new(Anonymous::new());
        // RFC 4505's optional trace token would tell the server something about the user:
        // the message is empty.
        let initial = inner.initial();
        let auth = format!(
            "<auth xmlns='{NS_SASL}' mechanism='{}'>{}</auth>",
            mechanism.name(),
            encode(&initial)
        );
        Ok((
            Self {
                mechanism,
                inner,
                client_nonce: None,
            },
            auth,
        ))
    }

    /// The mechanism in use.
    pub(crate) fn mechanism(&self) -> SaslMechanism {
        self.mechanism
    }

    /// Answers a `<challenge/>` with the `<response/>` to send.
    pub(crate) fn challenge(&mut self, challenge: &Element) -> Result<String, XmppError> {
        let data = decode(&challenge.text)?;
        if let Some(nonce) = &self.client_nonce {
            check_server_first(&data, nonce)?;
        }
        let response = self
            .inner
            .response(&data)
            .map_err(|_| XmppError::SaslProtocol {
                reason: "the server's challenge cannot be answered",
            })?;
        Ok(format!(
            "<response xmlns='{NS_SASL}'>{}</response>",
            encode(&response)
        ))
    }

    /// Checks `<success/>`: for SCRAM, the server must prove it knows the password.
    pub(crate) fn success(&mut self, success: &Element) -> Result<(), XmppError> {
        let data = decode(&success.text)?;
        self.inner
            .success(&data)
            .map_err(|_| XmppError::SaslProtocol {
                reason: "the server did not prove that it knows the password",
            })
    }
}

/// The shared checks of the server-first message (`otter_types::scram`), as this crate's error.
fn check_server_first(data: &[u8], client_nonce: &str) -> Result<(), XmppError> {
    scram::check_server_first(data, client_nonce).map_err(|refusal| XmppError::SaslProtocol {
        reason: refusal.reason(),
    })
}

/// Base64 for the element text; RFC 6120 §6.4.2 writes an empty payload as `=`.
fn encode(data: &[u8]) -> String {
    if data.is_empty() {
        "=".to_owned()
    } else {
        BASE64.encode(data)
    }
}

fn decode(text: &str) -> Result<Vec<u8>, XmppError> {
    let text = text.trim();
    if text.is_empty() || text == "=" {
        return Ok(Vec::new());
    }
    BASE64.decode(text).map_err(|_| XmppError::SaslProtocol {
        reason: "SASL data is not base64",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_as_the_mechanism_they_name() {
        for mechanism in SaslMechanism::PREFERENCE {
            assert_eq!(SaslMechanism::from_name(mechanism.name()), Some(mechanism));
        }
        assert_eq!(SaslMechanism::from_name(""), None);
        assert_eq!(SaslMechanism::from_name("EXTERNAL"), None);
        assert_eq!(SaslMechanism::from_name("scram-sha-256"), None);
    }

    fn features(mechanisms: &[&str], exporter_advertised: bool) -> Element {
        let mut children = vec![Element {
            name: "mechanisms".into(),
            ns: NS_SASL.into(),
            children: mechanisms
                .iter()
                .map(|name| Element {
                    name: "mechanism".into(),
                    ns: NS_SASL.into(),
                    text: (*name).into(),
                    ..Element::default()
                })
                .collect(),
            ..Element::default()
        }];
        if exporter_advertised {
            children.push(Element {
                name: "sasl-channel-binding".into(),
                ns: NS_SASL_CB.into(),
                children: vec![Element {
                    name: "channel-binding".into(),
                    ns: NS_SASL_CB.into(),
                    attrs: vec![("type".into(), "tls-exporter".into())],
                    ..Element::default()
                }],
                ..Element::default()
            });
        }
        Element {
            name: "features".into(),
            children,
            ..Element::default()
        }
    }

    const ALL: [&str; 5] = [
        "PLAIN",
        "SCRAM-SHA-1",
        "SCRAM-SHA-1-PLUS",
        "SCRAM-SHA-256",
        "SCRAM-SHA-256-PLUS",
    ];

    #[test]
    fn strongest_mechanism_wins_and_plus_needs_binding_data() -> Result<(), XmppError> {
        let exporter = ChannelBindingData::TlsExporter(vec![7; 32]);
        let plus = choose(&features(&ALL, true), &exporter, SaslMechanism::Plain)?;
        assert_eq!(plus.mechanism, SaslMechanism::ScramSha256Plus);
        assert_eq!(plus.binding, ChannelBinding::TlsExporter(vec![7; 32]));
        let unbound = choose(
            &features(&ALL, true),
            &ChannelBindingData::None,
            SaslMechanism::Plain,
        )?;
        assert_eq!(unbound.mechanism, SaslMechanism::ScramSha256);
        assert_eq!(unbound.binding, ChannelBinding::None);
        Ok(())
    }

    #[test]
    fn plus_without_exporter_advertisement_is_not_used() -> Result<(), XmppError> {
        let exporter = ChannelBindingData::TlsExporter(vec![7; 32]);
        let choice = choose(&features(&ALL, false), &exporter, SaslMechanism::Plain)?;
        assert_eq!(choice.mechanism, SaslMechanism::ScramSha256);
        // The server offers -PLUS, so "y" would make it fail the login: send "n".
        assert_eq!(choice.binding, ChannelBinding::None);
        Ok(())
    }

    #[test]
    fn stripped_plus_offer_is_flagged_with_y() -> Result<(), XmppError> {
        let exporter = ChannelBindingData::TlsExporter(vec![7; 32]);
        let choice = choose(
            &features(&["SCRAM-SHA-1"], false),
            &exporter,
            SaslMechanism::Plain,
        )?;
        assert_eq!(choice.binding, ChannelBinding::Unsupported);
        Ok(())
    }

    #[test]
    fn weaker_offer_than_remembered_is_a_downgrade() {
        let result = choose(
            &features(&["PLAIN", "SCRAM-SHA-1"], false),
            &ChannelBindingData::None,
            SaslMechanism::ScramSha256,
        );
        assert!(matches!(
            result,
            Err(XmppError::MechanismDowngrade {
                required: SaslMechanism::ScramSha256
            })
        ));
    }

    #[test]
    fn unknown_mechanisms_only_is_no_common_mechanism() {
        let result = choose(
            &features(&["X-OAUTH2", "ANONYMOUS"], false),
            &ChannelBindingData::None,
            SaslMechanism::Plain,
        );
        assert!(matches!(result, Err(XmppError::NoCommonMechanism { .. })));
    }

    #[test]
    fn anonymous_is_used_only_when_offered_and_sends_no_trace() -> Result<(), XmppError> {
        let (session, auth) =
            SaslSession::start_anonymous(&features(&["PLAIN", "ANONYMOUS"], false))?;
        assert_eq!(session.mechanism(), SaslMechanism::Anonymous);
        assert_eq!(
            auth,
            format!("<auth xmlns='{NS_SASL}' mechanism='ANONYMOUS'>=</auth>")
        );
        let refused = SaslSession::start_anonymous(&features(&ALL, true));
        assert!(matches!(refused, Err(XmppError::AnonymousNotOffered)));
        Ok(())
    }

    #[test]
    fn anonymous_is_never_chosen_for_a_password_and_never_a_minimum() {
        assert!(!SaslMechanism::PREFERENCE.contains(&SaslMechanism::Anonymous));
        assert_eq!(SaslMechanism::from_name("ANONYMOUS"), None);
        for mechanism in SaslMechanism::PREFERENCE {
            assert_eq!(mechanism.max(SaslMechanism::Anonymous), mechanism);
        }
    }

    #[test]
    fn hostile_scram_parameters_are_refused_before_pbkdf2() {
        let ours = "abc";
        for challenge in [
            "r=abcdef,s=c2FsdA==,i=4294967295",
            "r=abcdef,s=c2FsdA==,i=1",
            "r=xyzdef,s=c2FsdA==,i=4096",
            "r=abc,s=c2FsdA==,i=4096",
            "s=c2FsdA==,i=4096",
        ] {
            assert!(
                matches!(
                    check_server_first(challenge.as_bytes(), ours),
                    Err(XmppError::SaslProtocol { .. })
                ),
                "{challenge}"
            );
        }
        assert!(check_server_first(b"r=abcdef,s=c2FsdA==,i=4096", ours).is_ok());
    }
}
