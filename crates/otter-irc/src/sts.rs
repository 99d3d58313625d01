//! IRCv3 Strict Transport Security (the `sts` capability): a server's promise that it is
//! reachable over TLS, which the client must remember so that later connections to the same
//! host cannot be steered to a plaintext port.
//!
//! Otter connects with TLS only, so the policy it receives is always the one of a secure
//! connection: `duration` is what counts (how long the promise holds; 0 withdraws it), and
//! `port` names the TLS port a later connection must use when the user's configured port is
//! another one.

use std::time::Duration;

/// The longest policy kept: a server asking for more (a typo, or a hostile value meant to
/// pin a host for ever) is held to this. One year, as the IRCv3 examples and HSTS preload use.
pub const MAX_STS_DURATION: Duration = Duration::from_secs(366 * 24 * 60 * 60);

/// A parsed `sts` capability value, e.g. `duration=31536000,port=6697,preload`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StsPolicy {
    /// How long the policy holds from now (already capped at [`MAX_STS_DURATION`]); `None`
    /// when the server sent none (only valid on a plaintext connection, which Otter never
    /// makes, so such a value changes nothing).
    pub duration: Option<Duration>,
    /// The TLS port the server names, if any.
    pub port: Option<u16>,
    /// The server agrees to be on preload lists.
    pub preload: bool,
}

impl StsPolicy {
    /// Parses a capability value. Unknown keys are ignored (the specification reserves them for
    /// later versions); a key repeated, a duration or port that is not a plain decimal number,
    /// or port 0 makes the whole value invalid (`None`), and an invalid policy is no policy.
    pub fn parse(value: &str) -> Option<Self> {
        let mut policy = Self {
            duration: None,
            port: None,
            preload: false,
        };
        let mut seen_duration = false;
        let mut seen_port = false;
        for item in value.split(',') {
            let (key, val) = match item.split_once('=') {
                Some((key, val)) => (key, Some(val)),
                None => (item, None),
            };
            match key {
                "duration" => {
                    if seen_duration {
                        return None;
                    }
                    seen_duration = true;
                    let seconds = decimal(val?)?;
                    policy.duration = Some(Duration::from_secs(seconds).min(MAX_STS_DURATION));
                }
                "port" => {
                    if seen_port {
                        return None;
                    }
                    seen_port = true;
                    let port = u16::try_from(decimal(val?)?).ok().filter(|p| *p != 0)?;
                    policy.port = Some(port);
                }
                "preload" => policy.preload = true,
                _ => {}
            }
        }
        Some(policy)
    }

    /// Whether the server withdraws a policy remembered for it (`duration=0`).
    pub fn withdraws(&self) -> bool {
        self.duration == Some(Duration::ZERO)
    }
}

/// A non-negative decimal number without sign or spaces (`u64::from_str` accepts a `+`).
fn decimal(text: &str) -> Option<u64> {
    if text.is_empty() || text.len() > 19 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_keys_in_any_order_and_ignores_unknown_ones() {
        let policy = StsPolicy::parse("port=6697,future=x,duration=300,preload");
        assert_eq!(
            policy,
            Some(StsPolicy {
                duration: Some(Duration::from_secs(300)),
                port: Some(6697),
                preload: true,
            })
        );
    }

    #[test]
    fn invalid_values_are_no_policy() {
        for value in [
            "duration=",
            "duration=-1",
            "duration=+5",
            "duration=1,duration=2",
            "port=0,duration=5",
            "port=70000,duration=5",
            "port=66a,duration=5",
            "duration",
        ] {
            assert_eq!(StsPolicy::parse(value), None, "{value}");
        }
    }

    #[test]
    fn a_huge_duration_is_capped() {
        let policy = StsPolicy::parse("duration=9999999999999").unwrap();
        assert_eq!(policy.duration, Some(MAX_STS_DURATION));
        assert!(StsPolicy::parse("duration=0").unwrap().withdraws());
    }
}
