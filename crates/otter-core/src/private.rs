//! Private (OTR) conversations of one account: the libotr engine on its own thread and the
//! gate's outboxes, reached from the core's loop without blocking it.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use otter_libotr::{EngineThread, LibotrError, OtrEvent, OtrFiles, Received};
use otter_otr::{Gate, OtrPolicy, Privacy, Submission, Trust, WireBody};
use otter_types::{LocalId, MessageText, OtrFingerprint};

/// What one engine call produced, with every event libotr queued meanwhile, in order.
pub(crate) struct Outcome<T> {
    pub(crate) result: T,
    pub(crate) privacy: Privacy,
    /// The contact's OTR instance the private conversation is with, once there was one.
    pub(crate) instance: Option<u32>,
    pub(crate) events: Vec<OtrEvent>,
}

/// The keys of one private conversation.
pub(crate) struct Keys {
    /// Ours (`None` only if the key could not be read).
    pub(crate) own: Option<OtrFingerprint>,
    /// The contact's key in the current private conversation.
    pub(crate) current: Option<OtrFingerprint>,
    /// Every key the contact has used, with the user's trust in it.
    pub(crate) known: Vec<(OtrFingerprint, Trust)>,
}

impl Keys {
    /// Whether the contact now uses a key other than one the user verified: the case that
    /// deserves a prominent warning (a new device, or someone else).
    pub(crate) fn changed_from_verified(&self) -> bool {
        let Some(current) = &self.current else {
            return false;
        };
        let current_verified = self
            .known
            .iter()
            .any(|(key, trust)| key.ct_eq(current) && *trust == Trust::Verified);
        let other_verified = self
            .known
            .iter()
            .any(|(key, trust)| !key.ct_eq(current) && *trust == Trust::Verified);
        other_verified && !current_verified
    }
}

/// One account's OTR state.
pub(crate) struct AccountOtr {
    engine: Arc<EngineThread>,
    gate: Arc<Mutex<Gate<String>>>,
    /// Largest OTR message the transport carries in one message (0: no limit, XMPP).
    max_message_size: usize,
    /// Where the account's libotr files are, and its names there (for key generation).
    files: OtrFiles,
    account: String,
    protocol: &'static str,
}

impl AccountOtr {
    /// Opens (or creates) the account's libotr files in `dir`. The key is not generated
    /// here: that waits for the first private conversation ([`AccountOtr::generate_key`]).
    pub(crate) async fn open(
        dir: &Path,
        account: &str,
        protocol: &'static str,
        max_message_size: usize,
    ) -> Result<Self, LibotrError> {
        std::fs::create_dir_all(dir).map_err(|source| LibotrError::File {
            path: dir.to_owned(),
            source,
        })?;
        let files = OtrFiles::in_dir(dir);
        let (thread_files, thread_account) = (files.clone(), account.to_owned());
        let engine = tokio::task::spawn_blocking(move || {
            // Pidgin's protocol names, so that imported fingerprints keep matching.
            EngineThread::spawn(thread_files, &thread_account, protocol)
        })
        .await
        .map_err(|_| LibotrError::EngineStopped)??;
        Ok(Self {
            engine: Arc::new(engine),
            gate: Arc::new(Mutex::new(Gate::new())),
            max_message_size,
            files,
            account: account.to_owned(),
            protocol,
        })
    }

    /// Whether the account has its private key.
    pub(crate) async fn has_key(&self) -> Result<bool, LibotrError> {
        let engine = Arc::clone(&self.engine);
        tokio::task::spawn_blocking(move || engine.call(otter_libotr::Engine::has_key))
            .await
            .map_err(|_| LibotrError::EngineStopped)?
    }

    /// Generates the account's private key and gives it to the engine. The slow part runs
    /// on a blocking thread of its own, so the engine keeps serving conversations meanwhile.
    pub(crate) async fn generate_key(&self) -> Result<(), LibotrError> {
        let (files, account, protocol) = (self.files.clone(), self.account.clone(), self.protocol);
        tokio::task::spawn_blocking(move || {
            otter_libotr::generate_key_file(files, &account, protocol)
        })
        .await
        .map_err(|_| LibotrError::EngineStopped)??;
        let engine = Arc::clone(&self.engine);
        tokio::task::spawn_blocking(move || engine.call(otter_libotr::Engine::reload_private_key))
            .await
            .map_err(|_| LibotrError::EngineStopped)??
    }

    /// Ends every private conversation of the account (see
    /// [`otter_libotr::Engine::end_all_private`]); the disconnect messages come out as
    /// `Inject` events, for the caller to send or, on a connection already gone, to drop.
    pub(crate) async fn end_all(&self) -> Result<(Vec<String>, Vec<OtrEvent>), LibotrError> {
        let engine = Arc::clone(&self.engine);
        tokio::task::spawn_blocking(move || {
            engine.call(|engine| {
                let peers = engine.end_all_private();
                (peers, engine.poll_events())
            })
        })
        .await
        .map_err(|_| LibotrError::EngineStopped)?
    }

    /// Calls `otrl_message_poll` if libotr asked for its timer; returns what it queued.
    pub(crate) async fn poll_timer(&self) -> Result<Vec<OtrEvent>, LibotrError> {
        let engine = Arc::clone(&self.engine);
        tokio::task::spawn_blocking(move || {
            engine.call(|engine| {
                if engine.timer_interval().is_some() {
                    engine.poll_timer();
                }
                engine.poll_events()
            })
        })
        .await
        .map_err(|_| LibotrError::EngineStopped)?
    }

    /// Runs `job` on the engine thread without blocking the core's runtime.
    async fn run<T: Send + 'static>(
        &self,
        peer: &str,
        job: impl FnOnce(&mut otter_libotr::Engine, &mut Gate<String>, &str) -> T + Send + 'static,
    ) -> Result<Outcome<T>, LibotrError> {
        let engine = Arc::clone(&self.engine);
        let gate = Arc::clone(&self.gate);
        let peer = peer.to_owned();
        tokio::task::spawn_blocking(move || {
            engine.call(move |engine| {
                // A poisoned gate only means an earlier job panicked; its queues are intact.
                let mut gate = gate.lock().unwrap_or_else(PoisonError::into_inner);
                let result = job(engine, &mut gate, &peer);
                Outcome {
                    result,
                    privacy: engine.privacy(&peer),
                    instance: engine.private_instance(&peer),
                    events: engine.poll_events(),
                }
            })
        })
        .await
        .map_err(|_| LibotrError::EngineStopped)?
    }

    /// The gate's decision for a message the user typed.
    pub(crate) async fn submit(
        &self,
        peer: &str,
        policy: OtrPolicy,
        local_id: LocalId,
        text: MessageText,
    ) -> Result<Outcome<Submission<LibotrError>>, LibotrError> {
        self.run(peer, move |engine, gate, peer| {
            let privacy = engine.privacy(peer);
            let mut encryptor = engine.encryptor(peer);
            gate.submit(
                &peer.to_owned(),
                policy,
                privacy,
                local_id,
                text,
                &mut encryptor,
            )
        })
        .await
    }

    /// Releases what the gate holds for `peer`, if the conversation now allows it.
    pub(crate) async fn release(
        &self,
        peer: &str,
        policy: OtrPolicy,
    ) -> Result<Outcome<Result<Vec<(LocalId, Vec<WireBody>)>, LibotrError>>, LibotrError> {
        self.run(peer, move |engine, gate, peer| {
            let privacy = engine.privacy(peer);
            let mut encryptor = engine.encryptor(peer);
            gate.release(&peer.to_owned(), policy, privacy, &mut encryptor)
        })
        .await
    }

    /// A message body received from `peer`.
    pub(crate) async fn receive(
        &self,
        peer: &str,
        wire: String,
    ) -> Result<Outcome<Result<Received, LibotrError>>, LibotrError> {
        self.run(peer, move |engine, _, peer| engine.receive(peer, &wire))
            .await
    }

    /// Asks `peer` for a private conversation.
    pub(crate) async fn start_private(
        &self,
        peer: &str,
        policy: OtrPolicy,
    ) -> Result<Outcome<Result<(), LibotrError>>, LibotrError> {
        let max_message_size = self.max_message_size;
        self.run(peer, move |engine, _, peer| {
            engine.set_peer(
                peer,
                otter_libotr::PeerSettings {
                    policy,
                    max_message_size,
                },
            );
            engine.start_private(peer)
        })
        .await
    }

    /// Starts verification of `peer`: with a question, or a shared secret when `question` is
    /// `None`. The secret is zeroized once libotr has it.
    pub(crate) async fn verify(
        &self,
        peer: &str,
        question: Option<MessageText>,
        secret: otter_types::Secret,
    ) -> Result<Outcome<Result<(), LibotrError>>, LibotrError> {
        self.run(peer, move |engine, _, peer| match question {
            Some(question) => engine.smp_start_question(peer, &question, secret),
            None => engine.smp_start_secret(peer, secret),
        })
        .await
    }

    /// Answers `peer`'s verification request.
    pub(crate) async fn answer_verification(
        &self,
        peer: &str,
        answer: otter_types::Secret,
    ) -> Result<Outcome<Result<(), LibotrError>>, LibotrError> {
        self.run(peer, move |engine, _, peer| {
            engine.smp_respond(peer, answer)
        })
        .await
    }

    /// Stops `peer`'s verification under way.
    pub(crate) async fn abort_verification(
        &self,
        peer: &str,
    ) -> Result<Outcome<Result<(), LibotrError>>, LibotrError> {
        self.run(peer, move |engine, _, peer| engine.smp_abort(peer))
            .await
    }

    /// Records the user's trust in one of `peer`'s keys (confirmed by comparing
    /// fingerprints, or marked compromised).
    pub(crate) async fn set_trust(
        &self,
        peer: &str,
        fingerprint: OtrFingerprint,
        trust: Trust,
    ) -> Result<Outcome<Result<(), LibotrError>>, LibotrError> {
        self.run(peer, move |engine, _, peer| {
            match engine.set_trust(peer, &fingerprint, trust) {
                Ok(true) => Ok(()),
                Ok(false) => Err(LibotrError::UnknownFingerprint),
                Err(error) => Err(error),
            }
        })
        .await
    }

    /// Our own key's fingerprint and the keys `peer` has used, with their trust.
    pub(crate) async fn fingerprints(
        &self,
        peer: &str,
    ) -> Result<Outcome<Result<Keys, LibotrError>>, LibotrError> {
        self.run(peer, move |engine, _, peer| {
            Ok(Keys {
                own: engine.own_fingerprint(),
                current: engine.peer_fingerprint(peer),
                known: engine.known_fingerprints(peer)?,
            })
        })
        .await
    }

    /// Drops a message the gate holds for `peer`; whether it was held.
    pub(crate) async fn discard(&self, peer: &str, local_id: LocalId) -> Result<bool, LibotrError> {
        Ok(self
            .run(peer, move |_, gate, peer| {
                gate.discard(&peer.to_owned(), local_id)
            })
            .await?
            .result)
    }

    /// Ends the private conversation with `peer` (the peer is told).
    pub(crate) async fn end_private(
        &self,
        peer: &str,
    ) -> Result<Outcome<Result<(), LibotrError>>, LibotrError> {
        self.run(peer, move |engine, _, peer| engine.end_private(peer))
            .await
    }
}
