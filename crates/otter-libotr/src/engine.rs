//! The safe engine over one libotr userstate: push in (`send`, `receive`, user commands), pull
//! out (`poll_events`), sans-I/O. It never sends anything itself.

use std::collections::{HashMap, VecDeque};
use std::ffi::{CStr, CString};
use std::fs::{self, OpenOptions};
use std::io;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use otter_otr::{Ciphertext, Encryptor, NotOtrData, OtrPolicy, Privacy, Trust};
use otter_types::{MessageText, OtrFingerprint, Secret};

use crate::callbacks::{Callbacks, ContextInfo, MSGSTATE_ENCRYPTED, MSGSTATE_FINISHED, Record};
use crate::ffi::{self, INSTAG_BEST, Instag, MIN_VALID_INSTAG, Names, Otr};
use crate::{LibotrError, init};

/// libotr's `OTRL_POLICY_OPPORTUNISTIC`: v2 and v3, whitespace tag, start the key exchange on
/// a tag or an OTR error.
const POLICY_OPPORTUNISTIC: u32 = 0x02 | 0x04 | 0x10 | 0x20 | 0x40;
/// libotr's `OTRL_POLICY_ALWAYS`: v2 and v3, require encryption, start on tag or error.
const POLICY_ALWAYS: u32 = 0x02 | 0x04 | 0x08 | 0x20 | 0x40;
/// libotr's `OTRL_POLICY_NEVER`.
const POLICY_NEVER: u32 = 0;
/// libotr's `OTRL_POLICY_WHITESPACE_START_AKE`.
const POLICY_WHITESPACE_START_AKE: u32 = 0x20;
/// libotr's `OTRL_MESSAGE_TAG_BASE`: the 16 spaces and tabs that start every whitespace tag.
const WHITESPACE_TAG_BASE: &str = " \t  \t\t\t\t \t \t \t  ";

/// A good fragment size for IRC: a PRIVMSG line is 512 bytes with its prefix and target, and
/// about 400 bytes of text fit on real networks.
pub const IRC_MAX_MESSAGE_SIZE: usize = 400;

/// The smallest fragment size the engine passes to libotr. libotr subtracts its fragment
/// header (37 bytes in v3) from the size and divides by the rest, so tiny values must never
/// reach it.
pub const MIN_MAX_MESSAGE_SIZE: usize = 100;

/// The largest single message `receive` hands to libotr.
pub const MAX_WIRE_TEXT: usize = 256 * 1024;

/// The most bytes of one fragmented message `receive` accepts before refusing further
/// fragments of it (libotr keeps accumulating otherwise: an endless fragment sequence would
/// grow its buffer without bound).
pub const MAX_FRAGMENTED_BYTES: usize = 1024 * 1024;

/// Largest fingerprints file `known_fingerprints` reads: about 8,000 keys.
pub const MAX_FINGERPRINTS_FILE: u64 = 1024 * 1024;

/// libotr's three files for one account, all in libotr's (and Pidgin's) own formats.
#[derive(Debug, Clone)]
pub struct OtrFiles {
    /// `otr.private_key`: DSA keys (S-expressions). Written with mode 0600.
    pub private_key: PathBuf,
    /// `otr.fingerprints`: peers' fingerprints with trust words. Written with mode 0600.
    pub fingerprints: PathBuf,
    /// `otr.instance_tags`. Written with mode 0600.
    pub instance_tags: PathBuf,
}

impl OtrFiles {
    /// The three files under `dir` with libotr's (and Pidgin's) usual names.
    pub fn in_dir(dir: &Path) -> Self {
        Self {
            private_key: dir.join("otr.private_key"),
            fingerprints: dir.join("otr.fingerprints"),
            instance_tags: dir.join("otr.instance_tags"),
        }
    }
}

/// How to speak with one peer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeerSettings {
    /// The OTR policy for this peer.
    pub policy: OtrPolicy,
    /// Largest message the transport carries, in bytes; 0 means never fragment (XMPP).
    /// Values below [`MIN_MAX_MESSAGE_SIZE`] are raised to it.
    pub max_message_size: usize,
}

impl Default for PeerSettings {
    fn default() -> Self {
        Self {
            policy: OtrPolicy::Opportunistic,
            max_message_size: 0,
        }
    }
}

/// A message libotr produced for the wire: OTR data (key exchange, data message, fragment,
/// query, SMP) or an OTR error message. Its `Debug` shows only the length.
#[derive(Clone, PartialEq, Eq)]
pub struct OtrData(String);

impl OtrData {
    /// The text to put in the message body.
    pub fn as_wire_text(&self) -> &str {
        &self.0
    }

    /// The gate's type for it: fails unless it starts with an OTR marker.
    pub fn ciphertext(&self) -> Result<Ciphertext, NotOtrData> {
        Ciphertext::new(self.0.clone())
    }

    /// The gate's type for it, without copying.
    pub fn into_ciphertext(self) -> Result<Ciphertext, NotOtrData> {
        Ciphertext::new(self.0)
    }

    /// Whether this is an OTR error message.
    pub fn is_error_message(&self) -> bool {
        self.0.starts_with("?OTR Error:")
    }
}

impl std::fmt::Debug for OtrData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "OtrData(<{} bytes>)", self.0.len())
    }
}

/// What `send` produced.
#[derive(Debug)]
pub enum Outgoing {
    /// The message, encrypted: send these fragments in order.
    Encrypted(Vec<OtrData>),
    /// The text was an OTR query ("?OTR?"): libotr replaced it with its query message.
    Query(Vec<OtrData>),
    /// No private conversation and the policy allows plaintext: send this text (with the
    /// whitespace tag appended when the policy is opportunistic and the peer has not ignored
    /// the tag before).
    Plaintext(MessageText),
}

/// What `receive` made of a message.
#[derive(Debug)]
pub enum Received {
    /// An OTR protocol message (key exchange, SMP, heartbeat, fragment, error): show nothing.
    /// What it changed comes out of `poll_events`.
    Ignore,
    /// Text to show.
    Plaintext {
        /// The text (decrypted, or with the whitespace tag removed).
        text: MessageText,
        /// Whether it arrived encrypted.
        was_encrypted: bool,
        /// Set when it arrived unencrypted although a private conversation is up or the
        /// policy requires one (libotr's `rcvdmsg_unencrypted`): show it with a warning.
        warning: Option<ReceiveWarning>,
    },
}

/// Why a received message needs a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReceiveWarning {
    /// It arrived in plaintext while the conversation is (or must be) private.
    Unencrypted,
}

/// Things libotr reported that the user may need to know (`handle_msg_event`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Our policy requires encryption and a plaintext message was about to leave.
    EncryptionRequired,
    /// A message could not be encrypted; it was not sent.
    EncryptionError,
    /// The peer ended the private conversation; the message was not sent.
    ConnectionEnded,
    /// The key exchange failed (libgcrypt error code).
    SetupError(u32),
    /// We received our own OTR messages.
    Reflected,
    /// libotr re-sent the last message after a refreshed key exchange.
    Resent,
    /// An encrypted message arrived but no private conversation is up.
    NotInPrivate,
    /// An encrypted message could not be read.
    Unreadable,
    /// A malformed OTR message arrived.
    Malformed,
    /// The peer sent an OTR error; its text as sent (the peer's software chose it).
    PeerError(MessageText),
    /// An OTR message of an unknown type arrived.
    Unrecognized,
    /// A message for another of our instances arrived and was dropped.
    ForOtherInstance,
    /// libotr sent a heartbeat: the peer had been talking for a minute without us sending
    /// anything, and the heartbeat lets the keys advance.
    HeartbeatSent,
    /// The peer's heartbeat arrived.
    HeartbeatReceived,
}

/// Something the caller must act on or show, in the order it happened.
#[derive(Debug)]
pub enum OtrEvent {
    /// Send this to the peer (key exchange, query, SMP, disconnect, heartbeat, error).
    Inject {
        /// The peer.
        peer: String,
        /// The message body.
        data: OtrData,
    },
    /// A private conversation is up.
    GoneSecure {
        /// The peer.
        peer: String,
        /// The peer's key.
        fingerprint: OtrFingerprint,
        /// Our trust in it.
        trust: Trust,
        /// The peer's instance tag (v3), 0 for v2.
        instance: u32,
        /// OTR protocol version (2 or 3).
        version: u32,
    },
    /// The private conversation went back to plaintext (we ended it).
    GoneInsecure {
        /// The peer.
        peer: String,
    },
    /// A key exchange refreshed the running private conversation.
    StillSecure {
        /// The peer.
        peer: String,
    },
    /// The peer ended the private conversation: sending is refused until we end or restart
    /// it too.
    SessionFinished {
        /// The peer.
        peer: String,
    },
    /// A key never seen for this peer.
    NewFingerprint {
        /// The peer.
        peer: String,
        /// The new key.
        fingerprint: OtrFingerprint,
    },
    /// The peer asks us to verify with a question; answer with `smp_respond`.
    SmpAskedQuestion {
        /// The peer.
        peer: String,
        /// The question as the peer typed it.
        question: MessageText,
    },
    /// The peer asks us to verify with a shared secret; answer with `smp_respond`.
    SmpAskedSecret {
        /// The peer.
        peer: String,
    },
    /// Verification is under way.
    SmpProgress {
        /// The peer.
        peer: String,
        /// Percent done.
        percent: u16,
    },
    /// Verification succeeded.
    SmpSucceeded {
        /// The peer.
        peer: String,
        /// The key's trust now: `Verified` on the side that asked (and for a shared secret on
        /// both sides); libotr leaves the answering side of a question unchanged.
        trust: Trust,
    },
    /// Verification failed (wrong answer); libotr clears the key's trust on the side that
    /// asked.
    SmpFailed {
        /// The peer.
        peer: String,
    },
    /// The peer aborted verification.
    SmpAborted {
        /// The peer.
        peer: String,
    },
    /// Verification broke (an out-of-order or cheating message); the engine aborted it.
    SmpError {
        /// The peer.
        peer: String,
    },
    /// Something libotr reported.
    Notice {
        /// The peer.
        peer: String,
        /// What.
        notice: Notice,
    },
    /// libotr needed our private key and there is none: call `ensure_key` and restart the
    /// private conversation.
    PrivateKeyNeeded,
    /// The fingerprints file could not be written.
    FingerprintsNotSaved,
}

#[derive(Debug, Default)]
struct PeerState {
    settings: PeerSettings,
    /// The instance the private conversation was set up with (0 = the master context, v2).
    instance: Option<Instag>,
    /// The instance that asked us for SMP.
    smp_instance: Option<Instag>,
    /// Bytes of the fragmented message being received.
    fragment_bytes: usize,
    /// A private conversation was up and the user has not ended it. libotr can drop a
    /// session to plaintext without `gone_insecure` (a refreshed key exchange started from
    /// the master context, for example one provoked by injected OTR error messages, that
    /// never completes); while this is set such a session reads as `Finished`, never as
    /// `NotPrivate`, so nothing falls back to plaintext silently.
    was_private: bool,
    /// `was_private` was reported as lost (one `GoneInsecure`).
    loss_reported: bool,
}

/// Everything libotr knows for one account: its key, its peers' fingerprints and trust, its
/// conversations. **Single-threaded**: it is neither `Send` nor `Sync`; create it on the
/// thread that will use it (or use [`crate::EngineThread`]).
pub struct Engine {
    otr: Otr,
    names: Names,
    files: OtrFiles,
    peers: HashMap<String, PeerState>,
    events: VecDeque<OtrEvent>,
    timer_interval: Option<Duration>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("peers", &self.peers.len())
            .finish_non_exhaustive()
    }
}

fn c_string(text: &str) -> Result<CString, LibotrError> {
    CString::new(text).map_err(|_| LibotrError::NulInText)
}

fn c_path(path: &Path) -> Result<CString, LibotrError> {
    use std::os::unix::ffi::OsStrExt;
    CString::new(path.as_os_str().as_bytes()).map_err(|_| LibotrError::NulInText)
}

/// Makes sure `path` exists with mode 0600 before libotr writes it (libotr's `fopen` would
/// create it with the umask), and tightens it if it already existed.
fn secure_file(path: &Path) -> Result<(), LibotrError> {
    let file_error = |source: io::Error| LibotrError::File {
        path: path.to_path_buf(),
        source,
    };
    OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(path)
        .map_err(file_error)?;
    fs::set_permissions(path, fs::Permissions::from_mode(0o600)).map_err(file_error)
}

fn libotr_result(operation: &'static str, code: u32) -> Result<(), LibotrError> {
    if code == 0 {
        Ok(())
    } else {
        Err(LibotrError::Libotr { operation, code })
    }
}

fn policy_bits(policy: OtrPolicy) -> u32 {
    match policy {
        OtrPolicy::Never => POLICY_NEVER,
        OtrPolicy::Opportunistic => POLICY_OPPORTUNISTIC,
        OtrPolicy::Required => POLICY_ALWAYS,
    }
}

/// The word libotr stores for a trust state (Pidgin's words; "compromised" is Otter's own).
fn trust_word(trust: Trust) -> &'static CStr {
    match trust {
        Trust::Unverified => c"",
        Trust::Verified => c"verified",
        Trust::Compromised => c"compromised",
    }
}

/// `(k, n)` of an OTR fragment ("?OTR|a|b,k,n,..." in v3, "?OTR,k,n,..." in v2).
fn fragment_position(wire: &str) -> Option<(u32, u32)> {
    let rest = if let Some(rest) = wire.strip_prefix("?OTR|") {
        rest.split_once(',').map(|(_, rest)| rest)?
    } else {
        wire.strip_prefix("?OTR,")?
    };
    let mut fields = rest.split(',');
    let k = fields.next()?.trim().parse().ok()?;
    let n = fields.next()?.trim().parse().ok()?;
    Some((k, n))
}

fn privacy_of(info: Option<&ContextInfo>) -> Privacy {
    match info {
        Some(info) if info.msgstate == MSGSTATE_ENCRYPTED => Privacy::Private {
            trust: Trust::from_libotr_word(&info.trust),
        },
        Some(info) if info.msgstate == MSGSTATE_FINISHED => Privacy::Finished,
        _ => Privacy::NotPrivate,
    }
}

impl Engine {
    /// Loads (or creates) the account's libotr state from `files`: the private keys and
    /// fingerprints if the files exist, and the instance tag (generated and saved if
    /// missing). Does not generate a key: see [`Engine::ensure_key`].
    pub fn new(files: OtrFiles, account: &str, protocol: &str) -> Result<Self, LibotrError> {
        init()?;
        let names = Names {
            account: c_string(account)?,
            protocol: c_string(protocol)?,
        };
        let callbacks = Callbacks {
            default_policy: POLICY_OPPORTUNISTIC,
            ..Callbacks::default()
        };
        let otr = Otr::new(callbacks).ok_or(LibotrError::OutOfMemory)?;
        let mut engine = Self {
            otr,
            names,
            files,
            peers: HashMap::new(),
            events: VecDeque::new(),
            timer_interval: None,
        };
        if engine.files.private_key.exists() {
            let path = c_path(&engine.files.private_key)?;
            libotr_result("otrl_privkey_read", engine.otr.privkey_read(&path))?;
        }
        if engine.files.fingerprints.exists() {
            let path = c_path(&engine.files.fingerprints)?;
            libotr_result(
                "otrl_privkey_read_fingerprints",
                engine.otr.read_fingerprints(&path),
            )?;
        }
        engine.ensure_instance_tag()?;
        Ok(engine)
    }

    fn ensure_instance_tag(&mut self) -> Result<(), LibotrError> {
        let path = c_path(&self.files.instance_tags)?;
        if self.files.instance_tags.exists() {
            libotr_result("otrl_instag_read", self.otr.instag_read(&path))?;
        }
        if !self.otr.has_instag(&self.names) {
            secure_file(&self.files.instance_tags)?;
            libotr_result(
                "otrl_instag_generate",
                self.otr.instag_generate(&path, &self.names),
            )?;
            secure_file(&self.files.instance_tags)?;
        }
        Ok(())
    }

    /// Generates the account's DSA key if it has none, and saves it (mode 0600). Returns
    /// whether a key was made. This can take from tens of milliseconds to seconds on slow
    /// hardware: never call it on the interface thread.
    pub fn ensure_key(&mut self) -> Result<bool, LibotrError> {
        if self.otr.own_fingerprint(&self.names).is_some() {
            return Ok(false);
        }
        let path = c_path(&self.files.private_key)?;
        secure_file(&self.files.private_key)?;
        libotr_result(
            "otrl_privkey_generate",
            self.otr.privkey_generate(&path, &self.names),
        )?;
        secure_file(&self.files.private_key)?;
        Ok(true)
    }

    /// Our own fingerprint, if we have a key.
    pub fn own_fingerprint(&mut self) -> Option<OtrFingerprint> {
        self.otr
            .own_fingerprint(&self.names)
            .map(OtrFingerprint::from_sha1)
    }

    /// Our own fingerprint as libotr's `otrl_privkey_fingerprint` writes it.
    pub fn own_fingerprint_human(&mut self) -> Option<String> {
        self.otr.own_fingerprint_human(&self.names)
    }

    /// Sets how to speak with `peer` (policy and fragment size).
    pub fn set_peer(&mut self, peer: &str, settings: PeerSettings) {
        let max = if settings.max_message_size == 0 {
            0
        } else {
            settings.max_message_size.max(MIN_MAX_MESSAGE_SIZE)
        };
        let settings = PeerSettings {
            policy: settings.policy,
            max_message_size: max,
        };
        self.peers.entry(peer.to_owned()).or_default().settings = settings;
        let callbacks = self.otr.callbacks();
        callbacks
            .policies
            .insert(peer.to_owned(), policy_bits(settings.policy));
        callbacks.max_sizes.insert(peer.to_owned(), max);
    }

    fn set_policy(&mut self, peer: &str, policy: OtrPolicy) {
        let mut settings = self
            .peers
            .get(peer)
            .map(|state| state.settings)
            .unwrap_or_default();
        if settings.policy != policy || !self.peers.contains_key(peer) {
            settings.policy = policy;
            self.set_peer(peer, settings);
        }
    }

    fn peer_policy(&self, peer: &str) -> OtrPolicy {
        self.peers
            .get(peer)
            .map(|state| state.settings.policy)
            .unwrap_or_default()
    }

    /// The instance to talk to: the one the private conversation was set up with, or
    /// libotr's best guess.
    fn instance(&self, peer: &str) -> Instag {
        self.peers
            .get(peer)
            .and_then(|state| state.instance)
            .unwrap_or(INSTAG_BEST)
    }

    fn context(&mut self, peer: &str) -> Result<Option<ContextInfo>, LibotrError> {
        let user = c_string(peer)?;
        let instance = self.instance(peer);
        let mut info = self.otr.context(&self.names, &user, instance);
        if info.is_none() && instance != INSTAG_BEST {
            info = self.otr.context(&self.names, &user, INSTAG_BEST);
        }
        Ok(info)
    }

    /// What the interface should say about the conversation with `peer`.
    pub fn privacy(&mut self, peer: &str) -> Privacy {
        let privacy = privacy_of(self.context(peer).ok().flatten().as_ref());
        let was_private = self.peers.get(peer).is_some_and(|state| state.was_private);
        match privacy {
            Privacy::NotPrivate if was_private => Privacy::Finished,
            other => other,
        }
    }

    /// The peer's key in the current private conversation.
    pub fn peer_fingerprint(&mut self, peer: &str) -> Option<OtrFingerprint> {
        let info = self.context(peer).ok().flatten()?;
        if info.msgstate != MSGSTATE_ENCRYPTED {
            return None;
        }
        info.fingerprint.map(OtrFingerprint::from_sha1)
    }

    /// The peer's instance tag the private conversation is with (0 for version 2), once one
    /// was set up: it follows the instance the last encrypted message came from.
    pub fn private_instance(&self, peer: &str) -> Option<u32> {
        self.peers.get(peer).and_then(|state| state.instance)
    }

    /// Prepares `text` for `peer` under `policy` (which becomes the peer's policy).
    ///
    /// - Private conversation up: encrypted (fragmented to the peer's size).
    /// - The peer ended it: refused (`SessionFinished`), nothing is sent.
    /// - Not private, policy `Required`: refused (`NotPrivate`); the gate holds the message
    ///   and `start_private` asks for a conversation. (libotr's own hold-and-resend is never
    ///   used.)
    /// - Not private otherwise: plaintext, whitespace-tagged when opportunistic.
    pub fn send(
        &mut self,
        peer: &str,
        text: &MessageText,
        policy: OtrPolicy,
    ) -> Result<Outgoing, LibotrError> {
        self.set_policy(peer, policy);
        let user = c_string(peer)?;
        let message = c_string(text.reveal())?;
        if ffi::message_type(&message) == ffi::MSGTYPE_QUERY {
            if policy == OtrPolicy::Never {
                return Ok(Outgoing::Plaintext(text.clone()));
            }
            let injected = self.call_sending(&user, INSTAG_BEST, &message, true)?;
            let parts = injected.into_iter().map(OtrData).collect();
            return Ok(Outgoing::Query(parts));
        }
        match self.privacy(peer) {
            Privacy::Finished => Err(LibotrError::SessionFinished),
            Privacy::Private { .. } => {
                let instance = self.instance(peer);
                let escaped;
                let html = if otter_otr::html::needs_escaping(text) {
                    escaped = c_string(otter_otr::html::escape_for_peer(text).reveal())?;
                    &escaped
                } else {
                    &message
                };
                let injected = self.call_sending(&user, instance, html, false)?;
                if injected.is_empty() {
                    return Err(LibotrError::Unexpected("libotr encrypted nothing"));
                }
                let parts: Vec<OtrData> = injected.into_iter().map(OtrData).collect();
                // Fail closed: everything must be OTR data (not an "?OTR Error:" text).
                if parts
                    .iter()
                    .any(|part| part.is_error_message() || !Ciphertext::accepts(&part.0))
                {
                    return Err(LibotrError::Unexpected("libotr produced no OTR data"));
                }
                Ok(Outgoing::Encrypted(parts))
            }
            Privacy::NotPrivate => {
                if policy == OtrPolicy::Required {
                    return Err(LibotrError::NotPrivate);
                }
                let mut injected = self.call_sending(&user, INSTAG_BEST, &message, true)?;
                match injected.len() {
                    0 => Ok(Outgoing::Plaintext(text.clone())),
                    1 => Ok(Outgoing::Plaintext(MessageText::new(
                        injected.pop().unwrap_or_default(),
                    ))),
                    _ => Err(LibotrError::Unexpected("libotr split a plaintext message")),
                }
            }
        }
    }

    /// Calls `otrl_message_sending`; returns what libotr injected for this message (other
    /// records become events).
    fn call_sending(
        &mut self,
        user: &CStr,
        instance: Instag,
        message: &CStr,
        plaintext: bool,
    ) -> Result<Vec<String>, LibotrError> {
        self.otr.callbacks().no_fragmentation = plaintext;
        let sent = self.otr.sending(&self.names, user, instance, message);
        self.otr.callbacks().no_fragmentation = false;
        let mut injected = Vec::new();
        let _unencrypted = self.process_records(Some(&mut injected));
        libotr_result("otrl_message_sending", sent.error)?;
        if !sent.replaced && !injected.is_empty() {
            return Err(LibotrError::Unexpected("libotr injected without replacing"));
        }
        Ok(injected)
    }

    /// Hands a message received from `peer` to libotr.
    pub fn receive(&mut self, peer: &str, wire_text: &str) -> Result<Received, LibotrError> {
        if wire_text.len() > MAX_WIRE_TEXT {
            return Err(LibotrError::TooLarge);
        }
        self.account_fragment(peer, wire_text)?;
        let sender = c_string(peer)?;
        let message = c_string(wire_text)?;
        if !self.peers.contains_key(peer) {
            self.set_peer(peer, PeerSettings::default());
        }
        // A whitespace tag the peer's software added to text typed while our key exchange
        // runs (or once the conversation is private) must not start a second exchange
        // across the first: libotr would, and the exchanges would then replace each
        // other's keys. libotr reads the policy through the callback, so the tag's "start
        // the key exchange" bit is withheld for this one message.
        let stale_tag = wire_text.contains(WHITESPACE_TAG_BASE)
            && self.otr.exchanging_or_private(&self.names, &sender);
        let kept_policy = stale_tag.then(|| {
            let callbacks = self.otr.callbacks();
            let bits = callbacks.policy_for(Some(peer));
            callbacks
                .policies
                .insert(peer.to_owned(), bits & !POLICY_WHITESPACE_START_AKE)
        });
        let receipt = self.otr.receiving(&self.names, &sender, &message);
        if let Some(kept) = kept_policy {
            let callbacks = self.otr.callbacks();
            match kept {
                Some(bits) => callbacks.policies.insert(peer.to_owned(), bits),
                None => callbacks.policies.remove(peer),
            };
        }
        let unencrypted = self.process_records(None);
        if let Some(context) = &receipt.context
            && context.msgstate == MSGSTATE_ENCRYPTED
        {
            self.remember_instance(peer, context.their_instance);
        }
        if receipt.disconnected {
            self.events.push_back(OtrEvent::SessionFinished {
                peer: peer.to_owned(),
            });
            if let Some(state) = self.peers.get_mut(peer) {
                state.loss_reported = true;
            }
        }
        self.report_silent_loss(peer);
        if let Some(text) = unencrypted {
            return Ok(Received::Plaintext {
                text: MessageText::new(text),
                was_encrypted: false,
                warning: Some(ReceiveWarning::Unencrypted),
            });
        }
        if receipt.ignore {
            return Ok(Received::Ignore);
        }
        let encrypted_state = receipt
            .context
            .as_ref()
            .is_some_and(|context| context.msgstate != 0);
        let was_encrypted = receipt.message.is_some()
            && encrypted_state
            && ["?OTR:", "?OTR|", "?OTR,"]
                .iter()
                .any(|marker| wire_text.starts_with(marker));
        let text = match receipt.message {
            Some(decrypted) if was_encrypted => {
                otter_otr::html::plain_text_from_peer(MessageText::new(decrypted))
            }
            Some(text) => MessageText::new(text),
            None => MessageText::new(wire_text),
        };
        Ok(Received::Plaintext {
            text,
            was_encrypted,
            warning: None,
        })
    }

    /// Emits one `GoneInsecure` when libotr dropped a private conversation to plaintext
    /// without saying so (see `PeerState::was_private`).
    fn report_silent_loss(&mut self, peer: &str) {
        let latched = self
            .peers
            .get(peer)
            .is_some_and(|state| state.was_private && !state.loss_reported);
        if !latched {
            return;
        }
        let msgstate = self.context(peer).ok().flatten().map(|info| info.msgstate);
        if msgstate != Some(MSGSTATE_ENCRYPTED) && msgstate != Some(MSGSTATE_FINISHED) {
            if let Some(state) = self.peers.get_mut(peer) {
                state.loss_reported = true;
            }
            self.events.push_back(OtrEvent::GoneInsecure {
                peer: peer.to_owned(),
            });
        }
    }

    /// Bounds what a peer can make libotr accumulate as fragments.
    fn account_fragment(&mut self, peer: &str, wire_text: &str) -> Result<(), LibotrError> {
        if !self.peers.contains_key(peer) {
            self.peers.insert(peer.to_owned(), PeerState::default());
        }
        let Some(state) = self.peers.get_mut(peer) else {
            return Ok(());
        };
        match fragment_position(wire_text) {
            None => state.fragment_bytes = 0,
            Some((k, _)) => {
                if k <= 1 {
                    state.fragment_bytes = 0;
                }
                state.fragment_bytes = state.fragment_bytes.saturating_add(wire_text.len());
                if state.fragment_bytes > MAX_FRAGMENTED_BYTES {
                    return Err(LibotrError::TooLarge);
                }
            }
        }
        Ok(())
    }

    fn remember_instance(&mut self, peer: &str, instance: Instag) {
        let instance = if instance >= MIN_VALID_INSTAG {
            instance
        } else {
            ffi::INSTAG_MASTER
        };
        match self.peers.get_mut(peer) {
            Some(state) => state.instance = Some(instance),
            None => {
                self.peers.insert(
                    peer.to_owned(),
                    PeerState {
                        instance: Some(instance),
                        ..PeerState::default()
                    },
                );
            }
        }
    }

    /// Asks `peer` for a private conversation: libotr's query message (fixed English) comes
    /// out of `poll_events` as an `Inject`.
    pub fn start_private(&mut self, peer: &str) -> Result<(), LibotrError> {
        if self.peer_policy(peer) == OtrPolicy::Never {
            return Err(LibotrError::PolicyForbids);
        }
        if !self.peers.contains_key(peer) {
            self.set_peer(peer, PeerSettings::default());
        }
        let user = c_string(peer)?;
        let injected = self.call_sending(&user, INSTAG_BEST, c"?OTR?", true)?;
        // A transport with a size limit (IRC) carries one line per message and shows text as
        // typed: libotr's explanation after the tag would arrive as several lines of raw
        // HTML, and a contact answering them mid-exchange restarts the key exchange. The tag
        // alone is the whole query for OTR software.
        let one_line = self
            .peers
            .get(peer)
            .is_some_and(|state| state.settings.max_message_size > 0);
        for message in injected {
            let message = match message.split_once('\n') {
                Some((tag, _)) if one_line => tag.to_owned(),
                _ => message,
            };
            self.events.push_back(OtrEvent::Inject {
                peer: peer.to_owned(),
                data: OtrData(message),
            });
        }
        Ok(())
    }

    /// The query message libotr would send for `policy` (for tests and the interface).
    pub fn query_message(&self, policy: OtrPolicy) -> Option<String> {
        ffi::default_query_msg(&self.names.account, policy_bits(policy))
    }

    /// Ends the private conversation with every instance of `peer`: the disconnect TLV goes
    /// out through `poll_events` (if a conversation was up) and the conversation is back to
    /// plaintext (also after the peer ended it: `Finished` becomes `NotPrivate`).
    pub fn end_private(&mut self, peer: &str) -> Result<(), LibotrError> {
        let user = c_string(peer)?;
        let was = self.privacy(peer);
        if let Some(state) = self.peers.get_mut(peer) {
            state.was_private = false;
        }
        self.otr.disconnect(&self.names, &user);
        let _unencrypted = self.process_records(None);
        if was != Privacy::NotPrivate {
            self.events.push_back(OtrEvent::GoneInsecure {
                peer: peer.to_owned(),
            });
        }
        Ok(())
    }

    /// Ends every conversation that is private, or that the peer ended (`Finished`), as
    /// [`Engine::end_private`] does for one peer: for each one up, a disconnect TLV comes out
    /// of `poll_events` (the caller sends it while the account is still connected, or drops
    /// it when the connection is already gone), and a `GoneInsecure` for each. libotr wipes
    /// the session keys when it forces a context back to plaintext. Returns the peers ended.
    pub fn end_all_private(&mut self) -> Vec<String> {
        let mut peers: Vec<String> = self.peers.keys().cloned().collect();
        peers.sort();
        peers.retain(|peer| self.privacy(peer) != Privacy::NotPrivate);
        for peer in &peers {
            // Only a NUL in the name can fail, and such a peer has no context.
            let _ended = self.end_private(peer);
        }
        peers
    }

    /// Whether the account has its private key.
    pub fn has_key(&mut self) -> bool {
        self.otr.own_fingerprint(&self.names).is_some()
    }

    /// Reads the private key file again (after [`generate_key_file`] wrote it).
    pub fn reload_private_key(&mut self) -> Result<(), LibotrError> {
        let path = c_path(&self.files.private_key)?;
        libotr_result("otrl_privkey_read", self.otr.privkey_read(&path))
    }

    fn require_private(&mut self, peer: &str) -> Result<CString, LibotrError> {
        match self.privacy(peer) {
            Privacy::Private { .. } => c_string(peer),
            Privacy::Finished => Err(LibotrError::SessionFinished),
            Privacy::NotPrivate => Err(LibotrError::NotPrivate),
        }
    }

    /// Starts verification with a question the peer must answer with `answer`. The secret
    /// is dropped (zeroized) when this returns.
    pub fn smp_start_question(
        &mut self,
        peer: &str,
        question: &MessageText,
        answer: Secret,
    ) -> Result<(), LibotrError> {
        let user = self.require_private(peer)?;
        let question = c_string(question.reveal())?;
        let instance = self.instance(peer);
        let found = self.otr.smp_start(
            &self.names,
            &user,
            instance,
            Some(&question),
            answer.reveal(),
        );
        drop(answer);
        let _unencrypted = self.process_records(None);
        if found {
            Ok(())
        } else {
            Err(LibotrError::NotPrivate)
        }
    }

    /// Starts verification with a secret both sides know. Zeroized when this returns.
    pub fn smp_start_secret(&mut self, peer: &str, secret: Secret) -> Result<(), LibotrError> {
        let user = self.require_private(peer)?;
        let instance = self.instance(peer);
        let found = self
            .otr
            .smp_start(&self.names, &user, instance, None, secret.reveal());
        drop(secret);
        let _unencrypted = self.process_records(None);
        if found {
            Ok(())
        } else {
            Err(LibotrError::NotPrivate)
        }
    }

    /// Answers the peer's verification request (question or shared secret), at any time
    /// after `SmpAskedQuestion`/`SmpAskedSecret`. Zeroized when this returns.
    pub fn smp_respond(&mut self, peer: &str, answer: Secret) -> Result<(), LibotrError> {
        let user = self.require_private(peer)?;
        let instance = self
            .peers
            .get(peer)
            .and_then(|state| state.smp_instance)
            .unwrap_or_else(|| self.instance(peer));
        let found = self
            .otr
            .smp_respond(&self.names, &user, instance, answer.reveal());
        drop(answer);
        let _unencrypted = self.process_records(None);
        if found {
            Ok(())
        } else {
            Err(LibotrError::NotPrivate)
        }
    }

    /// Aborts a verification in progress (the peer is told).
    pub fn smp_abort(&mut self, peer: &str) -> Result<(), LibotrError> {
        let user = self.require_private(peer)?;
        let instance = self.instance(peer);
        let found = self.otr.smp_abort(&self.names, &user, instance);
        let _unencrypted = self.process_records(None);
        if found {
            Ok(())
        } else {
            Err(LibotrError::NotPrivate)
        }
    }

    /// Records the user's trust in one of `peer`'s keys and saves the fingerprints file.
    /// Returns false if that key is not known for `peer`.
    pub fn set_trust(
        &mut self,
        peer: &str,
        fingerprint: &OtrFingerprint,
        trust: Trust,
    ) -> Result<bool, LibotrError> {
        let user = c_string(peer)?;
        let known = self.otr.set_trust(
            &self.names,
            &user,
            fingerprint.as_bytes(),
            trust_word(trust),
        );
        if known {
            self.save_fingerprints()?;
        }
        Ok(known)
    }

    /// Every key of `peer` this account has seen, with the user's trust in it, as saved in
    /// the fingerprints file (libotr keeps no other list we can read without more FFI).
    /// A file larger than `MAX_FINGERPRINTS_FILE` is refused rather than read.
    pub fn known_fingerprints(
        &self,
        peer: &str,
    ) -> Result<Vec<(OtrFingerprint, Trust)>, LibotrError> {
        let file_error = |source| LibotrError::File {
            path: self.files.fingerprints.clone(),
            source,
        };
        let size = match fs::metadata(&self.files.fingerprints) {
            Ok(metadata) => metadata.len(),
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(error) => return Err(file_error(error)),
        };
        if size > MAX_FINGERPRINTS_FILE {
            return Err(LibotrError::TooLarge);
        }
        let text = fs::read(&self.files.fingerprints).map_err(file_error)?;
        let account = self.names.account.to_bytes();
        let protocol = self.names.protocol.to_bytes();
        Ok(text
            .split(|&byte| byte == b'\n')
            .filter_map(|line| {
                // username, account, protocol, 40 hex digits, trust word (may be empty)
                let mut fields = line.split(|&byte| byte == b'\t');
                let (user, line_account, line_protocol, hex) = (
                    fields.next()?,
                    fields.next()?,
                    fields.next()?,
                    fields.next()?,
                );
                if user != peer.as_bytes() || line_account != account || line_protocol != protocol {
                    return None;
                }
                let fingerprint = OtrFingerprint::parse(std::str::from_utf8(hex).ok()?).ok()?;
                let trust = std::str::from_utf8(fields.next().unwrap_or_default()).ok()?;
                Some((fingerprint, Trust::from_libotr_word(trust)))
            })
            .collect())
    }

    /// Writes the fingerprints file (mode 0600).
    pub fn save_fingerprints(&mut self) -> Result<(), LibotrError> {
        let path = c_path(&self.files.fingerprints)?;
        secure_file(&self.files.fingerprints)?;
        libotr_result(
            "otrl_privkey_write_fingerprints",
            self.otr.write_fingerprints(&path),
        )
    }

    /// How often libotr asked to be polled (`timer_control`); `None` when it needs no poll.
    /// While `Some`, call [`Engine::poll_timer`] about that often: it forgets a version 3 key
    /// exchange no instance of the peer answered within a minute, with its key material.
    pub fn timer_interval(&self) -> Option<Duration> {
        self.timer_interval
    }

    /// `otrl_message_poll`. Calling it more often than asked is harmless.
    pub fn poll_timer(&mut self) {
        self.otr.poll();
        let _unencrypted = self.process_records(None);
    }

    /// Takes every event since the last call, oldest first.
    pub fn poll_events(&mut self) -> Vec<OtrEvent> {
        self.events.drain(..).collect()
    }

    /// A per-peer handle for the plaintext gate.
    pub fn encryptor<'a>(&'a mut self, peer: &str) -> PeerEncryptor<'a> {
        let policy = self.peer_policy(peer);
        PeerEncryptor {
            engine: self,
            peer: peer.to_owned(),
            policy,
        }
    }

    /// Turns what the callbacks recorded into events, and does what they could not do
    /// inside libotr (save fingerprints, abort a broken SMP, make an instance tag). Injected
    /// messages go to `injected` when given (they belong to the message being sent). Returns
    /// plaintext libotr reported as received unencrypted during a private conversation.
    fn process_records(&mut self, mut injected: Option<&mut Vec<String>>) -> Option<String> {
        let mut unencrypted = None;
        // Actions may make libotr record more (an SMP abort injects a message): loop.
        for _round in 0..4 {
            let records = std::mem::take(&mut self.otr.callbacks().records);
            if records.is_empty() {
                break;
            }
            let mut write_fingerprints = false;
            let mut aborts = Vec::new();
            let mut need_instag = false;
            for record in records {
                match record {
                    Record::Inject { recipient, message } => match injected.as_deref_mut() {
                        Some(collected) => collected.push(message),
                        None => self.events.push_back(OtrEvent::Inject {
                            peer: recipient,
                            data: OtrData(message),
                        }),
                    },
                    Record::NewFingerprint {
                        username,
                        fingerprint,
                    } => self.events.push_back(OtrEvent::NewFingerprint {
                        peer: username,
                        fingerprint: OtrFingerprint::from_sha1(fingerprint),
                    }),
                    Record::WriteFingerprints => write_fingerprints = true,
                    Record::GoneSecure(info) => {
                        self.remember_instance(&info.username, info.their_instance);
                        let state = self.peers.entry(info.username.clone()).or_default();
                        state.was_private = true;
                        state.loss_reported = false;
                        if let Some(fingerprint) = info.fingerprint {
                            self.events.push_back(OtrEvent::GoneSecure {
                                peer: info.username,
                                fingerprint: OtrFingerprint::from_sha1(fingerprint),
                                trust: Trust::from_libotr_word(&info.trust),
                                instance: info.their_instance,
                                version: info.protocol_version,
                            });
                        }
                    }
                    Record::GoneInsecure(info) => self.events.push_back(OtrEvent::GoneInsecure {
                        peer: info.username,
                    }),
                    Record::StillSecure(info) => self.events.push_back(OtrEvent::StillSecure {
                        peer: info.username,
                    }),
                    Record::Smp {
                        event,
                        context,
                        progress,
                        question,
                    } => self.smp_record(event, context, progress, question, &mut aborts),
                    Record::MessageEvent {
                        event,
                        context,
                        message,
                        error,
                    } => {
                        let peer = context.map(|c| c.username).unwrap_or_default();
                        if let Some(text) = self.message_event(event, peer, message, error) {
                            unencrypted = Some(text);
                        }
                    }
                    Record::PrivateKeyNeeded => self.events.push_back(OtrEvent::PrivateKeyNeeded),
                    Record::InstanceTagNeeded => need_instag = true,
                    Record::TimerControl(seconds) => {
                        self.timer_interval =
                            (seconds > 0).then(|| Duration::from_secs(u64::from(seconds)));
                    }
                }
            }
            if write_fingerprints && self.save_fingerprints().is_err() {
                self.events.push_back(OtrEvent::FingerprintsNotSaved);
            }
            for (peer, instance) in aborts {
                if let Ok(user) = c_string(&peer) {
                    let _found = self.otr.smp_abort(&self.names, &user, instance);
                }
            }
            if need_instag {
                // Failure shows up again as a record on the next call; libotr then uses a
                // random tag for this session.
                let _result = self.ensure_instance_tag();
            }
        }
        unencrypted
    }

    fn smp_record(
        &mut self,
        event: u32,
        context: ContextInfo,
        progress: u16,
        question: Option<String>,
        aborts: &mut Vec<(String, Instag)>,
    ) {
        let peer = context.username;
        let event = match event {
            // OTRL_SMPEVENT_ERROR, OTRL_SMPEVENT_CHEATED: libotr asks us to abort.
            1 | 3 => {
                aborts.push((peer.clone(), context.their_instance));
                OtrEvent::SmpError { peer }
            }
            2 => OtrEvent::SmpAborted { peer },
            4 | 5 => {
                self.peers.entry(peer.clone()).or_default().smp_instance =
                    Some(context.their_instance);
                match (event, question) {
                    (4, Some(question)) => OtrEvent::SmpAskedQuestion {
                        peer,
                        question: MessageText::new(question),
                    },
                    _ => OtrEvent::SmpAskedSecret { peer },
                }
            }
            6 => OtrEvent::SmpProgress {
                peer,
                percent: progress,
            },
            7 => OtrEvent::SmpSucceeded {
                peer,
                trust: Trust::from_libotr_word(&context.trust),
            },
            8 => OtrEvent::SmpFailed { peer },
            _ => return,
        };
        self.events.push_back(event);
    }

    /// Maps a `handle_msg_event`; returns the text of an unencrypted message (event 13).
    fn message_event(
        &mut self,
        event: u32,
        peer: String,
        message: Option<String>,
        error: u32,
    ) -> Option<String> {
        let notice = match event {
            1 => Notice::EncryptionRequired,
            2 => Notice::EncryptionError,
            3 => Notice::ConnectionEnded,
            4 => Notice::SetupError(error),
            5 => Notice::Reflected,
            6 => Notice::Resent,
            7 => Notice::NotInPrivate,
            8 => Notice::Unreadable,
            9 => Notice::Malformed,
            10 => Notice::HeartbeatReceived,
            11 => Notice::HeartbeatSent,
            12 => Notice::PeerError(MessageText::new(message.unwrap_or_default())),
            13 => return Some(message.unwrap_or_default()),
            14 => Notice::Unrecognized,
            15 => Notice::ForOtherInstance,
            _ => return None,
        };
        self.events.push_back(OtrEvent::Notice { peer, notice });
        None
    }
}

/// Generates the account's private key into `files` with a userstate of its own, so that
/// the engine that serves the account's conversations is not blocked meanwhile (DSA key
/// generation takes seconds on slow machines). Afterwards the engine picks the key up with
/// [`Engine::reload_private_key`]. Returns whether a key was made (false: the file already
/// had one). Call it off the interface thread and off the engine's thread.
pub fn generate_key_file(
    files: OtrFiles,
    account: &str,
    protocol: &str,
) -> Result<bool, LibotrError> {
    Engine::new(files, account, protocol)?.ensure_key()
}

/// The engine bound to one peer, for [`otter_otr::Gate`].
#[derive(Debug)]
pub struct PeerEncryptor<'a> {
    engine: &'a mut Engine,
    peer: String,
    policy: OtrPolicy,
}

impl Encryptor for PeerEncryptor<'_> {
    type Error = LibotrError;

    /// Encrypts for the current private conversation; refuses (never plaintext) when there
    /// is none.
    fn encrypt(&mut self, text: &MessageText) -> Result<Vec<Ciphertext>, LibotrError> {
        if !matches!(self.engine.privacy(&self.peer), Privacy::Private { .. }) {
            return Err(LibotrError::NotPrivate);
        }
        match self.engine.send(&self.peer, text, self.policy)? {
            Outgoing::Encrypted(parts) | Outgoing::Query(parts) => parts
                .into_iter()
                .map(|part| {
                    part.into_ciphertext()
                        .map_err(|_| LibotrError::Unexpected("not OTR data"))
                })
                .collect(),
            Outgoing::Plaintext(_) => Err(LibotrError::NotPrivate),
        }
    }

    /// Adds the whitespace tag when libotr would (opportunistic, no conversation yet).
    fn prepare_plaintext(&mut self, text: MessageText) -> MessageText {
        if self.engine.privacy(&self.peer) != Privacy::NotPrivate {
            return text;
        }
        match self.engine.send(&self.peer, &text, self.policy) {
            Ok(Outgoing::Plaintext(tagged)) => tagged,
            _ => text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragment_headers_are_parsed() {
        assert_eq!(
            fragment_position("?OTR|5a73a599|27e31597,00001,00003,abc,"),
            Some((1, 3))
        );
        assert_eq!(fragment_position("?OTR,2,3,abc,"), Some((2, 3)));
        assert_eq!(fragment_position("?OTR:AAMD"), None);
        assert_eq!(fragment_position("?OTR|garbage"), None);
    }

    #[test]
    fn policies_match_libotrs_macros() {
        assert_eq!(policy_bits(OtrPolicy::Opportunistic), 0x76);
        assert_eq!(policy_bits(OtrPolicy::Required), 0x6e);
        assert_eq!(policy_bits(OtrPolicy::Never), 0);
    }
}
