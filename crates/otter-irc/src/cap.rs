//! IRCv3 capability negotiation (`CAP LS 302`, `REQ`, `ACK`/`NAK`, `END`).

/// The capabilities Otter asks for when the server offers them. None of them makes the server
/// tell others anything about the user; they change what the server tells us.
///
/// - `sasl`: log in before registering (requested only when a login is configured);
/// - `message-tags`, `server-time`, `batch`: tags, timestamps and grouped lines;
/// - `echo-message`: our own messages come back as the server ordered them;
/// - `multi-prefix`, `userhost-in-names`: complete NAMES lists;
/// - `account-notify`, `away-notify`, `extended-join`, `chghost`, `setname`, `invite-notify`:
///   state changes of others, instead of polling WHO (`invite-notify`: invitations into our
///   channels, shown there);
/// - `standard-replies`: the server may explain a refusal with `FAIL` (it may anyway);
/// - `labeled-response` (only with `batch`): what the server answers to a command the user
///   asked for is known to answer it, instead of guessed.
pub const WANTED: [&str; 15] = [
    "sasl",
    "message-tags",
    "server-time",
    "echo-message",
    "multi-prefix",
    "userhost-in-names",
    "account-notify",
    "away-notify",
    "extended-join",
    "chghost",
    "setname",
    "batch",
    "invite-notify",
    "standard-replies",
    "labeled-response",
];

/// The most capabilities we keep from a server's `CAP LS` (real servers offer about 30); the
/// rest are ignored, so a hostile server cannot grow this list.
pub const MAX_OFFERED_CAPS: usize = 256;

/// One offered capability: name and (for 302) value, e.g. `sasl=PLAIN,EXTERNAL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Offered {
    pub(crate) name: String,
    pub(crate) value: Option<String>,
}

/// Adds the capabilities of one `CAP LS` line to `offered`, within [`MAX_OFFERED_CAPS`].
pub(crate) fn add_offered(offered: &mut Vec<Offered>, list: &str) {
    for item in list.split(' ').filter(|item| !item.is_empty()) {
        if offered.len() >= MAX_OFFERED_CAPS {
            return;
        }
        let (name, value) = match item.split_once('=') {
            Some((name, value)) => (name, Some(value.to_owned())),
            None => (item, None),
        };
        offered.push(Offered {
            name: name.to_owned(),
            value,
        });
    }
}

/// What to request from what is offered: the wanted ones, `sasl` only if `with_sasl`.
pub(crate) fn to_request(offered: &[Offered], with_sasl: bool) -> Vec<&'static str> {
    WANTED
        .iter()
        .copied()
        .filter(|want| with_sasl || *want != "sasl")
        .filter(|want| offered.iter().any(|cap| cap.name == *want))
        // Labeled answers of several lines come as a batch: without it they could not be told.
        .filter(|want| *want != "labeled-response" || offered.iter().any(|cap| cap.name == "batch"))
        .collect()
}

/// Whether the server's `sasl` capability admits `mechanism` (a 302 `sasl=` value lists the
/// mechanisms; without a value, any may work and the exchange will tell).
pub(crate) fn sasl_admits(offered: &[Offered], mechanism: &str) -> bool {
    offered
        .iter()
        .find(|cap| cap.name == "sasl")
        .is_some_and(|cap| {
            cap.value.as_deref().is_none_or(|value| {
                value.is_empty()
                    || value
                        .split(',')
                        .any(|offered| offered.eq_ignore_ascii_case(mechanism))
            })
        })
}

/// Whether the server's 302 `sasl=` value names `mechanism` (unlike [`sasl_admits`], a bare
/// `sasl` says nothing): a stronger mechanism is chosen only when the server says it has it.
pub(crate) fn sasl_lists(offered: &[Offered], mechanism: &str) -> bool {
    offered
        .iter()
        .find(|cap| cap.name == "sasl")
        .and_then(|cap| cap.value.as_deref())
        .is_some_and(|value| {
            value
                .split(',')
                .any(|offered| offered.eq_ignore_ascii_case(mechanism))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_is_what_we_want_and_they_offer() {
        let mut offered = Vec::new();
        add_offered(
            &mut offered,
            "sasl=PLAIN,EXTERNAL server-time cap-notify  batch unknown=1",
        );
        assert_eq!(to_request(&offered, true), ["sasl", "server-time", "batch"]);
        assert_eq!(to_request(&offered, false), ["server-time", "batch"]);
        assert!(sasl_admits(&offered, "EXTERNAL"));
        assert!(!sasl_admits(&offered, "SCRAM-SHA-256"));
        assert!(sasl_lists(&offered, "PLAIN"));
        assert!(!sasl_lists(&offered, "SCRAM-SHA-256"));
        let mut bare = Vec::new();
        add_offered(&mut bare, "sasl batch");
        assert!(sasl_admits(&bare, "SCRAM-SHA-256"));
        assert!(!sasl_lists(&bare, "SCRAM-SHA-256"));
    }

    #[test]
    fn offered_list_is_bounded() {
        let mut offered = Vec::new();
        let many: String = (0..1000).map(|i| format!("cap{i} ")).collect();
        add_offered(&mut offered, &many);
        assert_eq!(offered.len(), MAX_OFFERED_CAPS);
    }
}
