//! What libotr's callbacks record, and the answers they give. Plain data: the `ffi` module
//! copies libotr's arguments into these types, and the engine reads them after the libotr
//! call returns (callbacks never call back into libotr).

use std::collections::HashMap;

/// A copy of the parts of a libotr `ConnContext` the engine uses.
#[derive(Debug, Clone)]
pub(crate) struct ContextInfo {
    /// The peer (libotr's "username").
    pub(crate) username: String,
    /// The peer's instance tag (v3), 0 for the master context.
    pub(crate) their_instance: u32,
    /// `OtrlMessageState`: 0 plaintext, 1 encrypted, 2 finished.
    pub(crate) msgstate: u32,
    /// OTR protocol version of the session (2 or 3), 0 before one.
    pub(crate) protocol_version: u32,
    /// The peer's fingerprint in use, if a session was set up.
    pub(crate) fingerprint: Option<[u8; 20]>,
    /// Its trust word ("" unverified, "smp", "verified", ...).
    pub(crate) trust: String,
}

/// `OTRL_MSGSTATE_ENCRYPTED`.
pub(crate) const MSGSTATE_ENCRYPTED: u32 = 1;
/// `OTRL_MSGSTATE_FINISHED`.
pub(crate) const MSGSTATE_FINISHED: u32 = 2;

/// One thing a callback was told, in the order libotr said it.
#[derive(Debug)]
pub(crate) enum Record {
    /// `inject_message`: send this to `recipient`.
    Inject {
        /// Who it is for.
        recipient: String,
        /// The text for the wire.
        message: String,
    },
    /// `new_fingerprint`.
    NewFingerprint {
        /// The peer.
        username: String,
        /// The peer's new fingerprint.
        fingerprint: [u8; 20],
    },
    /// `write_fingerprints`: the fingerprint list or its trust changed.
    WriteFingerprints,
    /// `gone_secure`.
    GoneSecure(ContextInfo),
    /// `gone_insecure`.
    GoneInsecure(ContextInfo),
    /// `still_secure`.
    StillSecure(ContextInfo),
    /// `handle_smp_event`.
    Smp {
        /// `OtrlSMPEvent`.
        event: u32,
        /// The context of the exchange.
        context: ContextInfo,
        /// Progress, percent.
        progress: u16,
        /// The question, for ask-for-answer.
        question: Option<String>,
    },
    /// `handle_msg_event`.
    MessageEvent {
        /// `OtrlMessageEvent`.
        event: u32,
        /// The context, if libotr gave one.
        context: Option<ContextInfo>,
        /// The message libotr passed (plaintext received, or an error text).
        message: Option<String>,
        /// libgcrypt error code for setup errors.
        error: u32,
    },
    /// `create_privkey`: libotr needed our key and there is none.
    PrivateKeyNeeded,
    /// `create_instag`: libotr needed our instance tag and there is none.
    InstanceTagNeeded,
    /// `timer_control`: poll every so many seconds (0 = stop).
    TimerControl(u32),
}

/// The state libotr's callbacks read and write (`opdata`).
#[derive(Debug, Default)]
pub(crate) struct Callbacks {
    /// libotr policy bits per peer.
    pub(crate) policies: HashMap<String, u32>,
    /// Policy bits for a peer not in `policies`.
    pub(crate) default_policy: u32,
    /// Maximum message size per peer (0 = never fragment).
    pub(crate) max_sizes: HashMap<String, usize>,
    /// While set, libotr must not fragment (a plaintext send: fragments of plaintext would look
    /// like OTR data).
    pub(crate) no_fragmentation: bool,
    /// What the callbacks recorded since the engine last drained them.
    pub(crate) records: Vec<Record>,
}

impl Callbacks {
    /// The `policy` callback's answer.
    pub(crate) fn policy_for(&self, peer: Option<&str>) -> u32 {
        peer.and_then(|peer| self.policies.get(peer))
            .copied()
            .unwrap_or(self.default_policy)
    }

    /// The `max_message_size` callback's answer.
    pub(crate) fn max_message_size_for(&self, peer: Option<&str>) -> i32 {
        if self.no_fragmentation {
            return 0;
        }
        let size = peer
            .and_then(|peer| self.max_sizes.get(peer))
            .copied()
            .unwrap_or(0);
        i32::try_from(size).unwrap_or(i32::MAX)
    }

    /// Appends a record.
    pub(crate) fn record(&mut self, record: Record) {
        self.records.push(record);
    }
}
