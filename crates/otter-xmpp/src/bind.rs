//! RFC 6120 §7: resource binding, and the obsolete session establishment (RFC 3921 §3) that
//! some servers still mark as required.

use crate::element::{Element, escape};
use crate::jid::Jid;

/// Resource binding namespace (RFC 6120 §7.2).
pub(crate) const NS_BIND: &str = "urn:ietf:params:xml:ns:xmpp-bind";
/// Session establishment namespace (RFC 3921 §3, draft-cridland-xmpp-session).
pub(crate) const NS_SESSION: &str = "urn:ietf:params:xml:ns:xmpp-session";

/// The bind request with the caller's (random) resource (RFC 6120 §7.7.1).
pub(crate) fn request(id: &str, resource: &str) -> String {
    format!(
        "<iq type='set' id='{}'><bind xmlns='{NS_BIND}'><resource>{}</resource></bind></iq>",
        escape(id),
        escape(resource)
    )
}

/// The full address the server bound, from a bind result.
pub(crate) fn bound_jid(result: &Element) -> Option<Jid> {
    let text = &result.child("bind", NS_BIND)?.child("jid", NS_BIND)?.text;
    Jid::parse(text.trim()).ok()
}

/// Whether the features require the legacy session request (present without `<optional/>`).
pub(crate) fn session_required(features: &Element) -> bool {
    features
        .child("session", NS_SESSION)
        .is_some_and(|session| session.child("optional", NS_SESSION).is_none())
}

/// The legacy session request.
pub(crate) fn session_request(id: &str) -> String {
    format!(
        "<iq type='set' id='{}'><session xmlns='{NS_SESSION}'/></iq>",
        escape(id)
    )
}
