//! RFC 6120 §8.2.3 (IQ semantics) and the requests Otter answers: XEP-0199 pings get a result;
//! everything else, including software version (XEP-0092), entity time (XEP-0202) and last
//! activity (XEP-0012), gets `service-unavailable` (RFC 6120 §8.4), which reveals nothing.

use crate::element::{Element, NS_STANZAS, escape};

/// XEP-0199 ping.
pub(crate) const NS_PING: &str = "urn:xmpp:ping";

/// An empty result to a request (RFC 6120 §8.2.3).
pub(crate) fn result(request: &Element, id: &str) -> String {
    format!(
        "<iq type='result' id='{}'{}/>",
        escape(id),
        to_attr(request)
    )
}

/// `service-unavailable`, without echoing the request's payload (RFC 6120 §8.3.3.19, §8.4).
pub(crate) fn service_unavailable(request: &Element, id: &str) -> String {
    format!(
        "<iq type='error' id='{}'{}><error type='cancel'>\
         <service-unavailable xmlns='{NS_STANZAS}'/></error></iq>",
        escape(id),
        to_attr(request)
    )
}

/// Replies go back to the requester; a request without `from` came from the server for our
/// account, and the reply then has no `to` either.
fn to_attr(request: &Element) -> String {
    request
        .attr("from")
        .map(|from| format!(" to='{}'", escape(from)))
        .unwrap_or_default()
}
