//! RFC 6120 §8.2.3 (IQ semantics) and the requests Otter answers: XEP-0199 pings get a result;
//! service discovery (XEP-0030) gets one fixed answer, the same from every Otter whatever its
//! settings, so that it tells a contact what Otter can do and nothing about this install;
//! everything else, including software version (XEP-0092), entity time (XEP-0202) and last
//! activity (XEP-0012), gets `service-unavailable` (RFC 6120 §8.4), which reveals nothing.

use crate::element::{Element, NS_STANZAS, escape};

/// XEP-0199 ping.
pub(crate) const NS_PING: &str = "urn:xmpp:ping";

/// XEP-0030 info queries.
pub(crate) const NS_DISCO_INFO: &str = "http://jabber.org/protocol/disco#info";

/// What every Otter says it can do: only what it does for everyone. A feature that depends on
/// a setting (chat states, receipts) is not listed, so that the answer cannot tell installs
/// apart; the identity has no name (it would name the software).
pub(crate) const DISCO_FEATURES: [&str; 3] =
    [NS_DISCO_INFO, "http://jabber.org/protocol/muc", NS_PING];

/// The fixed disco#info answer; the request's `node`, if any, is echoed as XEP-0030 asks.
pub(crate) fn disco_info(request: &Element, query: &Element, id: &str) -> String {
    let node = query
        .attr("node")
        .map(|node| format!(" node='{}'", escape(node)))
        .unwrap_or_default();
    let features: String = DISCO_FEATURES
        .iter()
        .map(|feature| format!("<feature var='{feature}'/>"))
        .collect();
    format!(
        "<iq type='result' id='{}'{}><query xmlns='{NS_DISCO_INFO}'{node}>\
         <identity category='client' type='pc'/>{features}</query></iq>",
        escape(id),
        to_attr(request)
    )
}

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

#[cfg(test)]
mod tests {
    use super::DISCO_FEATURES;

    #[test]
    fn the_fixed_features_name_no_optional_behaviour() {
        // Chat states and receipts depend on a setting, carbons on the server: listing them
        // would tell installs apart or promise what may not happen.
        for optional in ["chatstates", "receipts", "carbons"] {
            assert!(
                DISCO_FEATURES.iter().all(|f| !f.contains(optional)),
                "{optional}"
            );
        }
    }
}
