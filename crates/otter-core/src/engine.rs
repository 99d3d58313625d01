//! The core's state and its one loop: commands from the front end and reports from the
//! account tasks in, events out.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use otter_libotr::{OtrEvent, Received};
use otter_net::{ClientIdentity, SocksProxy, TlsPolicy, TorConnector};
use otter_otr::{OtrPolicy, PolicySettings, Privacy, Refusal, Submission, Trust, WireBody};
use otter_store::{
    AccountRecord, History, LoggedEncryption, LoggingChoice, NewAccount, ProfileDir, Store,
    StoredOtrPolicy,
};
use otter_types::{AccountId, ConversationId, ErrorKind, LocalId, MessageText, Password};
use tokio::sync::mpsc;

use crate::account_task::{AccountCommand, AccountEvent, RoomUpdate};
use crate::api::{
    AccountChanges, AccountSettings, Command, ConnectionStatus, ConversationPrivacy, CoreConfig,
    Event, HeldReason, KeyGenerationState, LoggedLine, PasswordChoice, Protocol,
    RegistrationFailure, RegistrationProblem, RoomLeftReason, Security, StartError, TorStatus,
    UserPresence,
};
use crate::irc_driver::{self, IrcConnection};
use crate::private::{AccountOtr, Outcome};
use crate::xmpp_driver::{self, XmppConnection};

/// The setting behind `Command::RequirePrivateEverywhere`.
const REQUIRE_EVERYWHERE: &str = "otr.require_everywhere";

/// The settings behind `Command::SetActivitySharing` ("true", else off).
const SHARE_CHAT_STATES: &str = "xmpp.share_chat_states";
const SHARE_RECEIPTS: &str = "xmpp.share_receipts";

/// The setting behind `Command::SetLanguage` ("" or absent: follow the system).
const INTERFACE_LANGUAGE: &str = "interface.language";
/// The SOCKS5 proxy the user chose, as `address:port` (absent: Tor's default).
const NETWORK_PROXY: &str = "network.proxy";

/// A BCP 47-like tag as the window's language choice uses them (`de`, `pt-BR`, `zh-CN`):
/// anything else in the profile is ignored rather than handed to the window.
fn is_language_tag(tag: &str) -> bool {
    (2..=16).contains(&tag.len())
        && tag.split('-').all(|part| {
            (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// How long quitting waits for the accounts to send their last messages and log out.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(3);

/// How often libotr's timer is served when libotr asked for it (`timer_control`; libotr
/// asks for 70 s and forgets a key exchange nobody answered after 60 s). Polling more often
/// than asked is harmless.
const OTR_POLL_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

/// How many kept messages a conversation shows when it opens.
const HISTORY_SHOWN: u32 = 200;

/// What the user asked of a private conversation.
enum OtrAction {
    Start,
    End,
    Verify {
        question: Option<MessageText>,
        secret: otter_types::Secret,
    },
    Answer(otter_types::Secret),
    AbortVerification,
    SetTrust {
        fingerprint: otter_types::OtrFingerprint,
        trust: Trust,
    },
}

/// A registration task's outcome, with what is needed to add the account.
struct FinishedRegistration {
    settings: AccountSettings,
    password: Password,
    result: Result<(), RegistrationFailure>,
}

/// A contact of one account: the conversation's identity.
type ContactKey = (AccountId, String);

/// Which of a contact's devices (XMPP resources) one-to-one messages go to.
#[derive(Debug, Default)]
struct Devices {
    /// The device the contact last wrote from, until it goes offline (XEP-0296's lock: a
    /// key exchange answers the device that asked for it).
    last_heard: Option<String>,
    /// The device the private conversation is with: each device has its own OTR instance,
    /// and only that one can read what is encrypted for it.
    private: Option<String>,
    /// The OTR instance `private` stands for.
    instance: Option<u32>,
}

struct Account {
    record: AccountRecord,
    session: Option<mpsc::UnboundedSender<AccountCommand>>,
    online: bool,
    /// The account's OTR engine and outboxes, opened at the first connection.
    otr: Option<Arc<AccountOtr>>,
    /// The rooms the account is in now.
    rooms: BTreeSet<String>,
    /// Whether this connection joined its saved IRC channels already (a reconnect rejoins
    /// what was joined, in the driver).
    autojoined: bool,
    /// Whether the account's OTR key exists (known once `otr` is open).
    key: KeyState,
}

/// The account's private key.
enum KeyState {
    Ready,
    /// Not made yet: made at the first need.
    Missing,
    /// Being made; these contacts get their private conversation started once it is.
    Generating {
        waiting: BTreeSet<String>,
    },
}

pub(crate) struct Engine {
    profile: std::path::PathBuf,
    /// The same folder, checked private: the history database is created in it on demand.
    profile_dir: ProfileDir,
    store: Store,
    connector: TorConnector,
    /// The proxy `connector` goes through.
    proxy: SocksProxy,
    /// The preferences' proxy, if the user chose one.
    saved_proxy: Option<SocksProxy>,
    /// Started with a proxy for this run: the preferences do not change it.
    proxy_fixed: bool,
    tls: TlsPolicy,
    events: mpsc::Sender<Event>,
    accounts: HashMap<AccountId, Account>,
    conversations: HashMap<ConversationId, ContactKey>,
    by_contact: HashMap<ContactKey, ConversationId>,
    next_conversation: u64,
    /// "Require private conversations with everyone" (kept in the profile, read once).
    require_everywhere: bool,
    /// The user's presence, sent by every connection (not stored: each start is available).
    presence: UserPresence,
    /// Chat states and receipts (kept in the profile, read once; off unless turned on).
    activity: otter_xmpp::ActivitySharing,
    /// Each account's OTR policy (kept in the profile, read once).
    account_policies: HashMap<AccountId, OtrPolicy>,
    /// The contacts that have a policy of their own (kept in the profile, read once).
    contact_policies: HashMap<ContactKey, OtrPolicy>,
    /// The conversations the user chose to keep on disk (kept in the profile, read once).
    logging: HashMap<ContactKey, LoggingChoice>,
    /// The kept history, once there is any.
    history: Option<History>,
    /// The text of messages in flight in kept conversations, until they are sent.
    outgoing_texts: HashMap<LocalId, (ConversationId, MessageText)>,
    /// What the interface was last told about each conversation.
    privacy: HashMap<ConversationId, ConversationPrivacy>,
    /// Where each contact's one-to-one messages go, for contacts with several devices.
    devices: HashMap<ContactKey, Devices>,
    /// Messages handed to an account task, until it reports them sent or failed.
    sending: HashMap<LocalId, ConversationId>,
    reports_tx: mpsc::UnboundedSender<(AccountId, AccountEvent)>,
    reports_rx: mpsc::UnboundedReceiver<(AccountId, AccountEvent)>,
    registrations_tx: mpsc::UnboundedSender<FinishedRegistration>,
    registrations_rx: mpsc::UnboundedReceiver<FinishedRegistration>,
    /// Key generations that ended, with their outcome.
    keys_tx: mpsc::UnboundedSender<(AccountId, Result<(), String>)>,
    keys_rx: mpsc::UnboundedReceiver<(AccountId, Result<(), String>)>,
}

impl Engine {
    pub(crate) async fn open(
        config: CoreConfig,
        events: mpsc::Sender<Event>,
    ) -> Result<Self, StartError> {
        let profile = ProfileDir::open_or_create(&config.profile)?;
        let store = Store::open(&profile).await?;
        let require_everywhere =
            store.setting(REQUIRE_EVERYWHERE).await?.as_deref() == Some("true");
        let activity = otter_xmpp::ActivitySharing {
            chat_states: store.setting(SHARE_CHAT_STATES).await?.as_deref() == Some("true"),
            receipts: store.setting(SHARE_RECEIPTS).await?.as_deref() == Some("true"),
        };
        let account_policies = store
            .account_otr_policies()
            .await?
            .into_iter()
            .map(|(account, policy)| (account, otr_policy(policy)))
            .collect();
        let contact_policies = store
            .contact_otr_policies()
            .await?
            .into_iter()
            .map(|(account, peer, policy)| ((account, peer), otr_policy(policy)))
            .collect();
        let logging = store
            .logging_choices()
            .await?
            .into_iter()
            .map(|choice| ((choice.account(), choice.peer().to_owned()), choice))
            .collect();
        let history = History::open_existing(&profile).await?;
        // A damaged value is as good as none: Tor's default, which is where Tails' Tor is.
        let saved_proxy = store
            .setting(NETWORK_PROXY)
            .await?
            .and_then(|value| value.parse::<SocksProxy>().ok());
        let proxy = config.proxy.or(saved_proxy).unwrap_or_default();
        let tls = match &config.extra_trust_anchors {
            Some(pem) => TlsPolicy::from_pem_anchors(pem)?,
            None => TlsPolicy::system()?,
        };
        let accounts = store
            .accounts()
            .await?
            .into_iter()
            .map(|record| {
                (
                    record.id,
                    Account {
                        record,
                        session: None,
                        online: false,
                        otr: None,
                        rooms: BTreeSet::new(),
                        autojoined: false,
                        key: KeyState::Missing,
                    },
                )
            })
            .collect();
        let (reports_tx, reports_rx) = mpsc::unbounded_channel();
        let (registrations_tx, registrations_rx) = mpsc::unbounded_channel();
        let (keys_tx, keys_rx) = mpsc::unbounded_channel();
        Ok(Self {
            profile: profile.path().to_owned(),
            profile_dir: profile,
            store,
            connector: TorConnector::new(proxy),
            proxy,
            saved_proxy,
            proxy_fixed: config.proxy.is_some(),
            tls,
            events,
            accounts,
            conversations: HashMap::new(),
            by_contact: HashMap::new(),
            next_conversation: 1,
            privacy: HashMap::new(),
            devices: HashMap::new(),
            require_everywhere,
            presence: UserPresence::default(),
            activity,
            account_policies,
            contact_policies,
            logging,
            history,
            outgoing_texts: HashMap::new(),
            sending: HashMap::new(),
            reports_tx,
            reports_rx,
            registrations_tx,
            registrations_rx,
            keys_tx,
            keys_rx,
        })
    }

    pub(crate) async fn run(mut self, mut commands: mpsc::UnboundedReceiver<Command>) {
        // First of all: the window needs the language before it draws anything.
        let language = match self.store.setting(INTERFACE_LANGUAGE).await {
            Ok(language) => language.filter(|tag| is_language_tag(tag)),
            Err(error) => {
                tracing::warn!(%error, "the language preference could not be read");
                None
            }
        };
        self.emit(Event::Preferences {
            language,
            require_private_everywhere: self.require_everywhere,
        })
        .await;
        self.emit_proxy().await;
        self.emit(Event::ActivitySharing {
            chat_states: self.activity.chat_states,
            receipts: self.activity.receipts,
        })
        .await;
        let mut existing: Vec<_> = self.accounts.values().map(|a| a.record.clone()).collect();
        existing.sort_by_key(|record| record.id);
        for record in existing {
            self.announce_account(&record).await;
            self.announce_saved_rooms(record.id).await;
        }
        let mut otr_timer = tokio::time::interval(OTR_POLL_EVERY);
        otr_timer.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = otr_timer.tick() => self.poll_otr_timers().await,
                command = commands.recv() => match command {
                    Some(Command::Shutdown) | None => break,
                    Some(command) => self.handle_command(command).await,
                },
                Some((account, report)) = self.reports_rx.recv() => {
                    self.handle_report(account, report).await;
                }
                Some(finished) = self.registrations_rx.recv() => {
                    self.registration_finished(finished).await;
                }
                Some((account, result)) = self.keys_rx.recv() => {
                    self.key_generated(account, result).await;
                }
            }
        }
        self.disconnect_all().await;
        let events = self.events.clone();
        self.store.close().await;
        let _ = events.send(Event::Stopped).await;
    }

    /// At quit: ends every private conversation (contacts are told while the connection is
    /// up) and closes every account, waiting a bounded time for the account tasks to send
    /// what they were handed and log out.
    async fn disconnect_all(&mut self) {
        let mut ids: Vec<AccountId> = self.accounts.keys().copied().collect();
        ids.sort();
        let mut closing = BTreeSet::new();
        for account in ids {
            let Some((session, online)) = self
                .accounts
                .get(&account)
                .and_then(|a| Some((a.session.clone()?, a.online)))
            else {
                continue;
            };
            self.end_private_sessions(account, online).await;
            if session.send(AccountCommand::Disconnect).is_ok() {
                closing.insert(account);
            }
        }
        // A connection that hangs must not hold the quit: the grace only lets the queued
        // disconnect messages and the logout reach a server that answers.
        let reports = &mut self.reports_rx;
        let store = &self.store;
        let _ = tokio::time::timeout(SHUTDOWN_GRACE, async {
            while !closing.is_empty() {
                let Some((account, report)) = reports.recv().await else {
                    break;
                };
                // A policy renewed as its connection closes outlives the quit.
                if let AccountEvent::StsPolicy {
                    host,
                    port,
                    expires_at: Some(expires_at),
                } = &report
                    && let Err(error) = store.remember_sts_policy(host, *port, *expires_at).await
                {
                    tracing::warn!(kind = ?error.kind(), "could not record an STS policy");
                }
                if let AccountEvent::Status(
                    ConnectionStatus::Offline | ConnectionStatus::Failed { .. },
                ) = report
                {
                    closing.remove(&account);
                }
            }
        })
        .await;
    }

    /// Ends the account's private conversations: with `connected`, the contacts are told
    /// (libotr's disconnect message goes out before anything queued after it, such as the
    /// logout); without, only our side ends, the connection being gone. Either way libotr
    /// wipes the session keys and the interface hears that the conversations are no longer
    /// private.
    async fn end_private_sessions(&mut self, account: AccountId, connected: bool) {
        let Some(otr) = self.accounts.get(&account).and_then(|a| a.otr.clone()) else {
            return;
        };
        let events = match otr.end_all().await {
            Ok((_, events)) => events,
            Err(error) => return tracing::warn!(%error, "the OTR engine failed"),
        };
        let events = if connected {
            events
        } else {
            events
                .into_iter()
                .filter(|event| !matches!(event, OtrEvent::Inject { .. }))
                .collect()
        };
        self.handle_otr_events(account, "", events).await;
    }

    async fn emit(&self, event: Event) {
        // Bounded: when the front end falls behind, the core waits here instead of dropping.
        let _ = self.events.send(event).await;
    }

    async fn fail_command(&self, kind: ErrorKind, explanation: String) {
        self.emit(Event::CommandFailed { kind, explanation }).await;
    }

    async fn probe_tor(&self) {
        let status = match self.connector.probe().await {
            Ok(info) => TorStatus::Ready {
                isolates_accounts: info.isolates_by_credentials,
            },
            Err(error) => {
                tracing::warn!(kind = ?error.kind(), "Tor is not reachable: nothing will connect");
                TorStatus::Unreachable {
                    explanation: error.explanation(),
                    kind: error.kind(),
                }
            }
        };
        self.emit(Event::TorStatus(status)).await;
    }

    async fn emit_proxy(&self) {
        self.emit(Event::Proxy {
            in_use: self.proxy,
            saved: self.saved_proxy,
            fixed_for_this_run: self.proxy_fixed,
        })
        .await;
    }

    /// Keeps the user's proxy (or forgets it) and, unless this run's proxy is fixed, sends new
    /// connections through it. Connections already up keep their circuits: cutting them would
    /// lose what is in flight, and they reconnect through the new proxy when they drop.
    async fn set_proxy(&mut self, proxy: Option<SocksProxy>) {
        let value = proxy
            .map(|proxy| proxy.addr().to_string())
            .unwrap_or_default();
        if let Err(error) = self.store.set_setting(NETWORK_PROXY, &value).await {
            return self.fail_command(error.kind(), error.to_string()).await;
        }
        self.saved_proxy = proxy;
        if !self.proxy_fixed {
            self.proxy = proxy.unwrap_or_default();
            self.connector = TorConnector::new(self.proxy);
        }
        self.emit_proxy().await;
        self.probe_tor().await;
    }

    async fn handle_command(&mut self, command: Command) {
        match command {
            Command::ProbeTor => self.probe_tor().await,
            Command::SetProxy { proxy } => self.set_proxy(proxy).await,
            Command::AddAccount(settings) => {
                if let Err((kind, explanation)) = self.add_account(settings).await {
                    self.fail_command(kind, explanation).await;
                }
            }
            Command::RegisterAccount { settings, password } => {
                self.register_account(settings, password).await;
            }
            Command::RemoveAccount { account } => {
                let online = self.accounts.get(&account).is_some_and(|a| a.online);
                self.end_private_sessions(account, online).await;
                if let Some(removed) = self.accounts.remove(&account) {
                    if let Some(session) = removed.session {
                        let _ = session.send(AccountCommand::Disconnect);
                    }
                    if let Err(error) = self.profile_dir.remove_client_identity(account) {
                        tracing::warn!(kind = ?error.kind(), "could not delete a client certificate");
                    }
                    match self.store.remove_account(account).await {
                        Ok(()) => self.emit(Event::AccountRemoved { account }).await,
                        Err(error) => self.fail_command(error.kind(), error.to_string()).await,
                    }
                }
            }
            Command::Connect { account, password } => self.connect(account, password).await,
            Command::CreateClientCertificate { account } => {
                self.create_client_certificate(account).await;
            }
            Command::Disconnect { account } => {
                // The contacts are told before the logout, on the same connection.
                let online = self.accounts.get(&account).is_some_and(|a| a.online);
                self.end_private_sessions(account, online).await;
                if let Some(session) = self.accounts.get(&account).and_then(|a| a.session.as_ref())
                {
                    let _ = session.send(AccountCommand::Disconnect);
                }
            }
            Command::TrustCertificate {
                account,
                fingerprint,
            } => {
                let host = self.accounts.get(&account).map(|a| tls_host(&a.record));
                if let Some(host) = host
                    && let Err(error) = self
                        .store
                        .pin_certificate(account, &host, &fingerprint)
                        .await
                {
                    self.fail_command(error.kind(), error.to_string()).await;
                }
            }
            Command::OpenConversation { account, peer } => {
                let conversation = self.conversation_for(account, peer.clone());
                self.emit(Event::ConversationOpened {
                    conversation,
                    account,
                    peer,
                })
                .await;
                self.show_history(conversation).await;
            }
            Command::SendText {
                conversation,
                local_id,
                text,
            } => {
                self.send_text(conversation, local_id, text).await;
            }
            Command::ImportPidgin {
                directory,
                include_passwords,
            } => self.import_pidgin(&directory, include_passwords).await,
            Command::RequirePrivateEverywhere { enabled } => {
                // In effect at once, even if it cannot be saved: the user asked for less
                // plaintext (or knowingly for more), and the failure is reported.
                self.require_everywhere = enabled;
                let value = if enabled { "true" } else { "false" };
                if let Err(error) = self.store.set_setting(REQUIRE_EVERYWHERE, value).await {
                    self.fail_command(error.kind(), error.to_string()).await;
                }
            }
            Command::Verify {
                conversation,
                question,
                secret,
            } => {
                self.otr_action(conversation, OtrAction::Verify { question, secret })
                    .await;
            }
            Command::AbortVerification { conversation } => {
                self.otr_action(conversation, OtrAction::AbortVerification)
                    .await;
                // libotr tells the contact but not us: the interface closes its progress here.
                self.emit(Event::VerificationFinished {
                    conversation,
                    succeeded: false,
                })
                .await;
            }
            Command::AnswerVerification {
                conversation,
                answer,
            } => {
                self.otr_action(conversation, OtrAction::Answer(answer))
                    .await
            }
            Command::StartPrivate { conversation } => {
                self.otr_action(conversation, OtrAction::Start).await;
            }
            Command::EndPrivate { conversation } => {
                self.otr_action(conversation, OtrAction::End).await;
            }
            Command::ConfirmFingerprint {
                conversation,
                fingerprint,
            } => {
                let trust = Trust::Verified;
                self.otr_action(conversation, OtrAction::SetTrust { fingerprint, trust })
                    .await;
            }
            Command::MarkCompromised {
                conversation,
                fingerprint,
            } => {
                let trust = Trust::Compromised;
                self.otr_action(conversation, OtrAction::SetTrust { fingerprint, trust })
                    .await;
            }
            Command::SetAccountOtrPolicy { account, policy } => {
                self.set_account_policy(account, policy).await;
            }
            Command::SetContactOtrPolicy {
                conversation,
                policy,
            } => self.set_contact_policy(conversation, policy).await,
            Command::DiscardHeld {
                conversation,
                local_id,
            } => self.discard_held(conversation, local_id).await,
            Command::SetLanguage { language } => {
                let value = language.as_deref().unwrap_or_default();
                if !value.is_empty() && !is_language_tag(value) {
                    return self
                        .fail_command(
                            ErrorKind::Internal,
                            "That is not a language tag such as de or pt-BR.".into(),
                        )
                        .await;
                }
                if let Err(error) = self.store.set_setting(INTERFACE_LANGUAGE, value).await {
                    self.fail_command(error.kind(), error.to_string()).await;
                }
            }
            Command::SetActivitySharing {
                chat_states,
                receipts,
            } => self.set_activity_sharing(chat_states, receipts).await,
            Command::SetTyping {
                conversation,
                typing,
            } => {
                if self.activity.chat_states
                    && let Some((account, peer)) = self.conversations.get(&conversation)
                    && let Some(session) =
                        self.accounts.get(account).and_then(|a| a.session.as_ref())
                {
                    let _ = session.send(AccountCommand::SetTyping {
                        to: peer.clone(),
                        typing,
                    });
                }
            }
            Command::SetLogging {
                conversation,
                enabled,
                include_private,
            } => {
                self.set_logging(conversation, enabled, include_private)
                    .await;
            }
            Command::DeleteHistory { conversation } => self.delete_history(conversation).await,
            Command::JoinRoom {
                account,
                room,
                nick,
                password,
                history,
            } => {
                self.room_command(
                    account,
                    AccountCommand::JoinRoom {
                        room,
                        nick,
                        password,
                        history,
                    },
                )
                .await;
            }
            Command::LeaveRoom { account, room } => {
                self.room_command(account, AccountCommand::LeaveRoom { room })
                    .await;
            }
            Command::SendRoomMessage {
                account,
                room,
                local_id,
                text,
            } => match self.room_session(account) {
                Ok(session) => {
                    let _ = session.send(AccountCommand::SendRoom {
                        room,
                        text,
                        local_id,
                    });
                }
                Err(_) => {
                    self.emit(Event::MessageFailed {
                        local_id,
                        kind: ErrorKind::ServerUnreachable,
                    })
                    .await;
                }
            },
            Command::AddBookmark { account, bookmark } if self.is_irc(account) => {
                self.save_irc_channel(account, bookmark).await;
            }
            Command::AddBookmark { account, bookmark } => {
                self.room_command(account, AccountCommand::AddBookmark(bookmark))
                    .await;
            }
            Command::RemoveBookmark { account, room } => {
                // Forgotten here at once: the user asked, whatever the server answers.
                if let Err(error) = self.store.remove_room(account, &room).await {
                    self.fail_command(error.kind(), error.to_string()).await;
                }
                if self.is_irc(account) {
                    self.announce_saved_rooms_always(account).await;
                } else {
                    self.room_command(account, AccountCommand::RemoveBookmark { room })
                        .await;
                }
            }
            Command::ModerateRoom {
                account,
                room,
                nick,
                action,
                reason,
            } => {
                self.room_command(
                    account,
                    AccountCommand::ModerateRoom {
                        room,
                        nick,
                        action,
                        reason,
                    },
                )
                .await;
            }
            Command::InviteToRoom {
                account,
                room,
                invitee,
                reason,
            } => {
                self.room_command(
                    account,
                    AccountCommand::InviteToRoom {
                        room,
                        invitee,
                        reason,
                    },
                )
                .await;
            }
            Command::SetRoomSubject {
                account,
                room,
                subject,
            } => {
                self.room_command(account, AccountCommand::SetRoomSubject { room, subject })
                    .await;
            }
            Command::ChangeRoomNick {
                account,
                room,
                nick,
            } => {
                self.room_command(account, AccountCommand::ChangeRoomNick { room, nick })
                    .await;
            }
            Command::ListRooms { account, search } if self.is_irc(account) => {
                self.room_command(account, AccountCommand::ListRooms { search })
                    .await;
            }
            Command::Whois { account, nick } if self.is_irc(account) => {
                self.room_command(account, AccountCommand::Whois { nick })
                    .await;
            }
            Command::Who { account, target } if self.is_irc(account) => {
                self.room_command(account, AccountCommand::Who { target })
                    .await;
            }
            Command::ShowRoomModes { account, room } if self.is_irc(account) => {
                self.room_command(account, AccountCommand::ShowRoomModes { room })
                    .await;
            }
            Command::ListRoomBans { account, room } if self.is_irc(account) => {
                self.room_command(account, AccountCommand::ListRoomBans { room })
                    .await;
            }
            Command::SetRoomModes {
                account,
                room,
                modes,
                args,
            } if self.is_irc(account) => {
                self.room_command(account, AccountCommand::SetRoomModes { room, modes, args })
                    .await;
            }
            Command::SendRawLine { account, line } if self.is_irc(account) => {
                self.room_command(account, AccountCommand::SendRaw { line })
                    .await;
            }
            Command::Whois { .. }
            | Command::Who { .. }
            | Command::SendRawLine { .. }
            | Command::ShowRoomModes { .. }
            | Command::ListRoomBans { .. }
            | Command::SetRoomModes { .. } => {
                self.fail_command(
                    ErrorKind::Internal,
                    "WHOIS, WHO, channel modes and raw lines are IRC commands.".into(),
                )
                .await;
            }
            Command::ListRooms { .. } => {
                self.fail_command(
                    ErrorKind::Internal,
                    "Otter lists the channels of IRC networks only.".into(),
                )
                .await;
            }
            Command::DestroyRoom {
                account,
                room,
                reason,
            } => {
                self.xmpp_room_command(account, AccountCommand::DestroyRoom { room, reason })
                    .await;
            }
            Command::CreateRoom {
                account,
                room,
                nick,
            } => {
                self.xmpp_room_command(account, AccountCommand::CreateRoom { room, nick })
                    .await;
            }
            Command::ConfigureRoom { account, room } => {
                self.xmpp_room_command(account, AccountCommand::ConfigureRoom { room })
                    .await;
            }
            Command::SubmitRoomConfiguration {
                account,
                room,
                answers,
            } => {
                self.xmpp_room_command(
                    account,
                    AccountCommand::SubmitRoomConfiguration { room, answers },
                )
                .await;
            }
            Command::CancelRoomConfiguration { account, room } => {
                self.xmpp_room_command(account, AccountCommand::CancelRoomConfiguration { room })
                    .await;
            }
            Command::AddContact {
                account,
                peer,
                name,
            } => {
                self.contact_command(account, AccountCommand::AddContact { peer, name })
                    .await;
            }
            Command::RenameContact {
                account,
                peer,
                name,
            } => {
                self.contact_command(account, AccountCommand::RenameContact { peer, name })
                    .await;
            }
            Command::SetContactGroups {
                account,
                peer,
                groups,
            } => match contact_groups(&groups) {
                Ok(groups) => {
                    self.contact_command(
                        account,
                        AccountCommand::SetContactGroups { peer, groups },
                    )
                    .await;
                }
                Err(explanation) => {
                    self.fail_command(ErrorKind::LimitExceeded, explanation)
                        .await;
                }
            },
            Command::RemoveContact { account, peer } => {
                self.contact_command(account, AccountCommand::RemoveContact { peer })
                    .await;
            }
            Command::AnswerContactRequest {
                account,
                peer,
                approve,
            } => {
                self.contact_command(
                    account,
                    AccountCommand::AnswerContactRequest { peer, approve },
                )
                .await;
            }
            Command::EditAccount { account, changes } => {
                self.edit_account(account, changes).await;
            }
            Command::SetPresence(presence) => {
                for state in self.accounts.values() {
                    if let Some(session) = &state.session {
                        let _ = session.send(AccountCommand::SetPresence(presence.clone()));
                    }
                }
                self.presence = presence.clone();
                self.emit(Event::OwnPresence(presence)).await;
            }
            Command::Shutdown => {}
        }
    }

    /// The session of an online account, or why there is none (for the user). Rooms are
    /// XMPP rooms or IRC channels: the account's protocol decides, its driver does the rest.
    fn room_session(
        &self,
        account: AccountId,
    ) -> Result<mpsc::UnboundedSender<AccountCommand>, &'static str> {
        let state = self
            .accounts
            .get(&account)
            .ok_or("There is no such account.")?;
        match (&state.session, state.online) {
            (Some(session), true) => Ok(session.clone()),
            _ => Err("Connect the account first."),
        }
    }

    /// Contact lists are XMPP's: an IRC network has none.
    async fn contact_command(&self, account: AccountId, command: AccountCommand) {
        if self.is_irc(account) {
            return self
                .fail_command(
                    ErrorKind::Internal,
                    "IRC networks keep no contact lists.".into(),
                )
                .await;
        }
        self.room_command(account, command).await;
    }

    /// Moderation, invitations and destruction are XMPP's here; IRC has its own (not yet).
    async fn xmpp_room_command(&self, account: AccountId, command: AccountCommand) {
        if self.is_irc(account) {
            return self
                .fail_command(
                    ErrorKind::Internal,
                    "Otter does not configure or destroy IRC channels.".into(),
                )
                .await;
        }
        self.room_command(account, command).await;
    }

    async fn room_command(&self, account: AccountId, command: AccountCommand) {
        match self.room_session(account) {
            Ok(session) => {
                let _ = session.send(command);
            }
            Err(explanation) => {
                self.fail_command(ErrorKind::ServerUnreachable, explanation.to_owned())
                    .await;
            }
        }
    }

    async fn room_update(&mut self, account: AccountId, update: RoomUpdate) {
        let event = match update {
            RoomUpdate::Joined {
                room,
                nick,
                facts,
                changes,
            } => {
                if let Some(state) = self.accounts.get_mut(&account) {
                    state.rooms.insert(room.clone());
                }
                self.emit(Event::RoomJoined {
                    account,
                    room: room.clone(),
                    nick,
                    facts,
                })
                .await;
                Event::RoomOccupants {
                    account,
                    room,
                    changes,
                }
            }
            RoomUpdate::Occupants { room, changes } => Event::RoomOccupants {
                account,
                room,
                changes,
            },
            RoomUpdate::Message {
                room,
                nick,
                text,
                delayed,
                at,
                own,
            } => Event::RoomMessage {
                account,
                room,
                nick,
                text,
                delayed,
                at,
                own,
            },
            RoomUpdate::Subject {
                room,
                nick,
                subject,
            } => Event::RoomSubject {
                account,
                room,
                nick,
                subject,
            },
            RoomUpdate::Left { room, reason } => {
                if let Some(state) = self.accounts.get_mut(&account) {
                    state.rooms.remove(&room);
                }
                Event::RoomLeft {
                    account,
                    room,
                    reason,
                }
            }
            RoomUpdate::Error { room, error } => Event::RoomError {
                account,
                room,
                error,
            },
            RoomUpdate::ConfigurationForm {
                room,
                form,
                new_room,
            } => Event::RoomConfigurationForm {
                account,
                room,
                form,
                new_room,
            },
            RoomUpdate::Configured { room } => Event::RoomConfigured { account, room },
            RoomUpdate::Modes { room, modes } => Event::RoomModes {
                account,
                room,
                modes,
            },
            RoomUpdate::ModesChanged {
                room,
                by,
                changes,
                omitted,
            } => Event::RoomModesChanged {
                account,
                room,
                by,
                changes,
                omitted,
            },
            RoomUpdate::Bans {
                room,
                bans,
                truncated,
            } => Event::RoomBans {
                account,
                room,
                bans,
                truncated,
            },
            RoomUpdate::Listed { rooms, truncated } => Event::RoomList {
                account,
                rooms,
                truncated,
            },
            RoomUpdate::Invitation {
                room,
                from,
                reason,
                password,
            } => Event::RoomInvitation {
                account,
                room,
                from,
                reason,
                password,
            },
            RoomUpdate::Bookmarks {
                bookmarks,
                at_login,
            } => {
                // The profile keeps a copy, so the room list is there before the account
                // connects; rooms removed elsewhere stay until removed here.
                for bookmark in &bookmarks {
                    let nick = bookmark.nick.as_deref().unwrap_or_default();
                    if let Err(error) = self
                        .store
                        .add_room(account, &bookmark.room, nick, bookmark.autojoin)
                        .await
                    {
                        tracing::warn!(kind = ?error.kind(), "could not keep a saved room");
                    }
                }
                if at_login {
                    self.autojoin(account, &bookmarks);
                }
                Event::Bookmarks { account, bookmarks }
            }
            RoomUpdate::Service(service) => Event::RoomService { account, service },
        };
        self.emit(event).await;
    }

    /// Joins the saved rooms marked for it, once per connection.
    fn autojoin(&self, account: AccountId, bookmarks: &[crate::api::RoomBookmark]) {
        let Ok(session) = self.room_session(account) else {
            return;
        };
        let Some(state) = self.accounts.get(&account) else {
            return;
        };
        let own_name = state
            .record
            .address
            .split_once('@')
            .map_or("otter", |(local, _)| local);
        for bookmark in bookmarks.iter().filter(|b| b.autojoin) {
            let _ = session.send(AccountCommand::JoinRoom {
                room: bookmark.room.clone(),
                nick: bookmark.nick.clone().unwrap_or_else(|| own_name.to_owned()),
                password: bookmark.password.clone(),
                history: None,
            });
        }
    }

    async fn announce_account(&self, record: &AccountRecord) {
        self.emit(account_added(record)).await;
        self.emit(account_details(record)).await;
    }

    /// The account's client certificate, if it has one and it reads back.
    fn client_identity(
        &self,
        account: AccountId,
    ) -> Result<Option<ClientIdentity>, (ErrorKind, String)> {
        let pem = self
            .profile_dir
            .client_identity(account)
            .map_err(|error| (error.kind(), error.to_string()))?;
        pem.map(|pem| {
            ClientIdentity::from_pem(&pem)
                .map_err(|error| (error.kind(), error.explanation().to_owned()))
        })
        .transpose()
    }

    async fn create_client_certificate(&mut self, account: AccountId) {
        if !self.is_irc(account) {
            return self
                .fail_command(
                    ErrorKind::Internal,
                    "Client certificates are for IRC accounts.".into(),
                )
                .await;
        }
        let identity = match self.client_identity(account) {
            Ok(Some(identity)) => identity,
            Ok(None) => {
                let made = ClientIdentity::generate()
                    .map_err(|error| (error.kind(), error.explanation().to_owned()))
                    .and_then(|(identity, pem)| {
                        self.profile_dir
                            .save_client_identity(account, pem.as_bytes())
                            .map_err(|error| (error.kind(), error.to_string()))?;
                        Ok(identity)
                    });
                match made {
                    Ok(identity) => identity,
                    Err((kind, explanation)) => return self.fail_command(kind, explanation).await,
                }
            }
            Err((kind, explanation)) => return self.fail_command(kind, explanation).await,
        };
        let fingerprint = identity
            .fingerprint()
            .as_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        self.emit(Event::ClientCertificate {
            account,
            fingerprint,
        })
        .await;
    }

    fn is_irc(&self, account: AccountId) -> bool {
        self.accounts
            .get(&account)
            .is_some_and(|state| state.record.protocol == otter_store::Protocol::Irc)
    }

    /// The saved rooms the profile holds for `account`, as bookmarks.
    async fn saved_rooms(&self, account: AccountId) -> Vec<crate::api::RoomBookmark> {
        match self.store.rooms(account).await {
            Ok(rooms) => rooms
                .into_iter()
                .map(|(room, nick, autojoin)| crate::api::RoomBookmark {
                    room,
                    name: None,
                    nick: (!nick.is_empty()).then_some(nick),
                    password: None,
                    autojoin,
                })
                .collect(),
            Err(error) => {
                tracing::warn!(kind = ?error.kind(), "the saved rooms could not be read");
                Vec::new()
            }
        }
    }

    /// At start: the room list is there before the account connects.
    async fn announce_saved_rooms(&self, account: AccountId) {
        let bookmarks = self.saved_rooms(account).await;
        if !bookmarks.is_empty() {
            self.emit(Event::Bookmarks { account, bookmarks }).await;
        }
    }

    async fn announce_saved_rooms_always(&self, account: AccountId) {
        let bookmarks = self.saved_rooms(account).await;
        self.emit(Event::Bookmarks { account, bookmarks }).await;
    }

    /// An IRC network keeps no saved rooms: the profile does, without the channel's key.
    async fn save_irc_channel(&mut self, account: AccountId, bookmark: crate::api::RoomBookmark) {
        if let Err(error) = otter_irc::Channel::parse(&bookmark.room) {
            return self
                .fail_command(error.kind(), format!("Not an IRC channel: {error}."))
                .await;
        }
        if let Err(error) = self
            .store
            .add_room(account, &bookmark.room, "", bookmark.autojoin)
            .await
        {
            return self.fail_command(error.kind(), error.to_string()).await;
        }
        self.announce_saved_rooms_always(account).await;
    }

    /// Once per connection, when an IRC account is first online: its saved channels.
    async fn join_saved_irc_channels(&mut self, account: AccountId) {
        let first = self
            .accounts
            .get_mut(&account)
            .is_some_and(|state| !std::mem::replace(&mut state.autojoined, true));
        if !first {
            return;
        }
        let bookmarks = self.saved_rooms(account).await;
        self.autojoin(account, &bookmarks);
        self.emit(Event::Bookmarks { account, bookmarks }).await;
    }

    /// Changes an account's connection settings; the next connection uses them.
    async fn edit_account(&mut self, account: AccountId, changes: AccountChanges) {
        let Some(state) = self.accounts.get(&account) else {
            return self
                .fail_command(ErrorKind::Internal, "There is no such account.".into())
                .await;
        };
        if changes.onion_plaintext
            && (state.record.protocol != otter_store::Protocol::Irc
                || !plaintext_host_is_onion(&state.record.address, changes.server_host.trim()))
        {
            let refused = otter_net::ConnectError::PlaintextNotOnion;
            return self
                .fail_command(refused.kind(), refused.explanation().into())
                .await;
        }
        let temporary = state.record.protocol == otter_store::Protocol::Xmpp
            && is_temporary(Protocol::Xmpp, &state.record.address);
        let edit = otter_store::AccountEdit {
            server_host: changes.server_host.trim().to_owned(),
            server_port: changes.server_port,
            direct_tls: changes.direct_tls,
            nickserv_fallback: changes.nickserv_fallback,
            onion_plaintext: changes.onion_plaintext,
            password: match changes.password {
                PasswordChoice::Keep => otter_store::PasswordChange::Keep,
                // A temporary account has none: the profile never stores one for it.
                PasswordChoice::Remember(_) if temporary => otter_store::PasswordChange::Forget,
                PasswordChoice::Forget => otter_store::PasswordChange::Forget,
                PasswordChoice::Remember(password) => {
                    otter_store::PasswordChange::Remember(password)
                }
            },
        };
        if let Err(error) = self.store.edit_account(account, &edit).await {
            return self.fail_command(error.kind(), error.to_string()).await;
        }
        let record = match self.store.accounts().await {
            Ok(records) => records.into_iter().find(|record| record.id == account),
            Err(error) => return self.fail_command(error.kind(), error.to_string()).await,
        };
        if let Some(record) = record {
            self.emit(account_details(&record)).await;
            if let Some(state) = self.accounts.get_mut(&account) {
                state.record = record;
            }
        }
    }

    /// Adds an account to the profile and announces it (`AccountAdded`).
    async fn add_account(
        &mut self,
        mut settings: AccountSettings,
    ) -> Result<AccountId, (ErrorKind, String)> {
        // An IRC account given as the network alone gets a random pronounceable nick: never
        // the login name, which a default taken from the system would be.
        if settings.protocol == Protocol::Irc && !settings.address.contains('@') {
            let nick = random_irc_nick().map_err(|error| (ErrorKind::Internal, error))?;
            settings.address = format!("{nick}@{}", settings.address);
        }
        if settings.onion_plaintext
            && (settings.protocol != Protocol::Irc
                || !plaintext_host_is_onion(&settings.address, settings.server_host.trim()))
        {
            let refused = otter_net::ConnectError::PlaintextNotOnion;
            return Err((refused.kind(), refused.explanation().into()));
        }
        // A temporary XMPP account has no password to remember.
        if is_temporary(settings.protocol, &settings.address) {
            settings.remembered_password = None;
        }
        let new = NewAccount {
            protocol: match settings.protocol {
                Protocol::Xmpp => otter_store::Protocol::Xmpp,
                Protocol::Irc => otter_store::Protocol::Irc,
            },
            address: settings.address,
            server_host: settings.server_host,
            server_port: settings.server_port,
            direct_tls: settings.direct_tls,
            nickserv_fallback: settings.nickserv_fallback,
            onion_plaintext: settings.onion_plaintext,
            remembered_password: settings.remembered_password,
        };
        let added = self
            .store
            .add_account(&new)
            .await
            .map_err(|error| (error.kind(), error.to_string()))?;
        let record = self
            .store
            .accounts()
            .await
            .map_err(|error| (error.kind(), error.to_string()))?
            .into_iter()
            .find(|r| r.id == added);
        if let Some(record) = record {
            self.announce_account(&record).await;
            self.accounts.insert(
                added,
                Account {
                    record,
                    session: None,
                    online: false,
                    otr: None,
                    rooms: BTreeSet::new(),
                    autojoined: false,
                    key: KeyState::Missing,
                },
            );
        }
        Ok(added)
    }

    /// Starts creating an account on its server; `registration_finished` takes it from there.
    async fn register_account(&mut self, settings: AccountSettings, password: Password) {
        let jid = match self.new_account_address(&settings, &password) {
            Ok(jid) => jid,
            Err(explanation) => {
                let failure = RegistrationFailure {
                    problem: RegistrationProblem::InvalidRequest,
                    kind: ErrorKind::Internal,
                    explanation: explanation.to_owned(),
                };
                return self
                    .report_registration(settings.address, Err(failure))
                    .await;
            }
        };
        let connection = XmppConnection {
            address: jid,
            password: Some(password.clone()),
            server_host: settings.server_host.clone(),
            server_port: settings.server_port,
            direct_tls: settings.direct_tls,
            // No account yet, so no certificate the user accepted: the system's trust only.
            pin: None,
            // A registration stream never goes online: no presence is sent.
            presence: UserPresence::default(),
            activity: otter_xmpp::ActivitySharing::default(),
            // A new account has used nothing yet.
            minimum_mechanism: otter_xmpp::SaslMechanism::Plain,
        };
        let connector = self.connector.clone();
        let tls = self.tls.clone();
        let finished = self.registrations_tx.clone();
        tokio::spawn(async move {
            let result = xmpp_driver::register(connection, connector, tls).await;
            let _ = finished.send(FinishedRegistration {
                settings,
                password,
                result,
            });
        });
    }

    /// A registration ended: on success the account is added (its password kept only if the
    /// settings ask for it), then the outcome is reported.
    async fn registration_finished(&mut self, finished: FinishedRegistration) {
        let FinishedRegistration {
            mut settings,
            password,
            result,
        } = finished;
        let address = settings.address.clone();
        if let Err(failure) = result {
            return self.report_registration(address, Err(failure)).await;
        }
        settings.remembered_password = settings.remembered_password.map(|_| password);
        let outcome = self
            .add_account(settings)
            .await
            .map_err(|(kind, explanation)| RegistrationFailure {
                problem: RegistrationProblem::NotSaved,
                kind,
                explanation: format!(
                    "The server created the account, but Otter could not save it \
                     ({explanation}); add it by hand."
                ),
            });
        self.report_registration(address, outcome).await;
    }

    /// The address of an account to register, or why it cannot be registered.
    fn new_account_address(
        &self,
        settings: &AccountSettings,
        password: &Password,
    ) -> Result<otter_xmpp::Jid, &'static str> {
        if settings.protocol != Protocol::Xmpp {
            return Err("Only XMPP accounts can be created from Otter.");
        }
        let jid = otter_xmpp::Jid::parse(&settings.address)
            .map_err(|_| "This is not an XMPP address.")?;
        if jid.local().is_none() || !jid.is_bare() {
            return Err("An address for a new account is name@server, without a resource.");
        }
        if password.reveal().is_empty() {
            return Err("A new account needs a password.");
        }
        let known = self.accounts.values().any(|a| {
            a.record.protocol == otter_store::Protocol::Xmpp
                && otter_xmpp::Jid::parse(&a.record.address).is_ok_and(|known| known == jid)
        });
        if known {
            return Err("Otter already has this account.");
        }
        Ok(jid)
    }

    async fn report_registration(
        &self,
        address: String,
        result: Result<AccountId, RegistrationFailure>,
    ) {
        self.emit(Event::RegistrationFinished { address, result })
            .await;
    }

    async fn connect(&mut self, account: AccountId, password: Option<Password>) {
        let Some(state) = self.accounts.get(&account) else {
            return;
        };
        if state.session.is_some() {
            return;
        }
        let record = state.record.clone();
        let temporary = record.protocol == otter_store::Protocol::Xmpp
            && is_temporary(Protocol::Xmpp, &record.address);
        // A temporary account has none: one typed by mistake is dropped, never sent.
        let password = if temporary {
            None
        } else {
            password.or_else(|| record.remembered_password.clone())
        };
        if password.is_none() && !temporary {
            return self
                .emit(Event::AccountStatus {
                    account,
                    status: ConnectionStatus::Failed {
                        kind: ErrorKind::AuthenticationFailed,
                        explanation: "A password is needed to connect.".into(),
                    },
                })
                .await;
        }
        let (otr_protocol, max_message_size) = match record.protocol {
            otter_store::Protocol::Xmpp => ("prpl-jabber", 0),
            // One OTR fragment per PRIVMSG, with room for the relayed prefix (libotr notes:
            // about 400 bytes works on real networks).
            otter_store::Protocol::Irc => ("prpl-irc", otter_libotr::IRC_MAX_MESSAGE_SIZE),
        };
        // A temporary account is a new identity at each connection: an OTR key kept from the
        // last one would let its contacts link the two. Its libotr files go, and a new key is
        // made when a private conversation first needs one. (A key still being made belongs to
        // the engine it is made for; that one stays until the next connection.)
        if temporary
            && let Some(state) = self.accounts.get_mut(&account)
            && !matches!(state.key, KeyState::Generating { .. })
        {
            state.otr = None;
            state.key = KeyState::Missing;
            let dir = self.profile.join("otr").join(account.0.to_string());
            match std::fs::remove_dir_all(&dir) {
                Ok(()) => {}
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => {
                    return self
                        .fail_command(
                            ErrorKind::StorageFailed,
                            format!("The last connection's OTR key could not be removed: {error}"),
                        )
                        .await;
                }
            }
        }
        if self.accounts.get(&account).is_some_and(|a| a.otr.is_none()) {
            let dir = self.profile.join("otr").join(account.0.to_string());
            match AccountOtr::open(&dir, &record.address, otr_protocol, max_message_size).await {
                Ok(otr) => {
                    // Unreadable counts as missing: making a key then fails visibly.
                    let key = if otr.has_key().await.unwrap_or(false) {
                        KeyState::Ready
                    } else {
                        KeyState::Missing
                    };
                    if let Some(state) = self.accounts.get_mut(&account) {
                        state.otr = Some(Arc::new(otr));
                        state.key = key;
                    }
                }
                Err(error) => {
                    // Without OTR nothing private is possible; say so and stay offline
                    // rather than connect with a gate that could only send plaintext.
                    return self
                        .fail_command(ErrorKind::Internal, format!("OTR could not start: {error}"))
                        .await;
                }
            }
        }
        let pin = match self
            .store
            .pinned_certificate(account, &tls_host(&record))
            .await
        {
            Ok(pin) => pin,
            Err(error) => return self.fail_command(error.kind(), error.to_string()).await,
        };
        let (commands_tx, commands_rx) = mpsc::unbounded_channel();
        let (reports_tx, mut reports_rx) = mpsc::unbounded_channel();
        let connector = self.connector.clone();
        let tls = self.tls.clone();
        match record.protocol {
            otter_store::Protocol::Xmpp => {
                let address = match otter_xmpp::Jid::parse(&record.address) {
                    Ok(address) => address,
                    Err(error) => {
                        return self
                            .fail_command(ErrorKind::AuthenticationFailed, error.to_string())
                            .await;
                    }
                };
                let connection = XmppConnection {
                    address,
                    password,
                    server_host: record.server_host.clone(),
                    server_port: record.server_port,
                    direct_tls: record.direct_tls,
                    pin,
                    presence: self.presence.clone(),
                    activity: self.activity,
                    // "" (none yet) or a name this version does not know: no minimum.
                    minimum_mechanism: otter_xmpp::SaslMechanism::from_name(
                        &record.strongest_mechanism,
                    )
                    .unwrap_or(otter_xmpp::SaslMechanism::Plain),
                };
                tokio::spawn(xmpp_driver::run(
                    connection,
                    connector,
                    tls,
                    commands_rx,
                    reports_tx,
                ));
            }
            otter_store::Protocol::Irc => {
                // IRC accounts are `nick@network-host`.
                let Some((nick, network)) = record.address.split_once('@') else {
                    return self
                        .fail_command(
                            ErrorKind::AuthenticationFailed,
                            "An IRC account is written nick@server.".into(),
                        )
                        .await;
                };
                let host = if record.server_host.is_empty() {
                    network.to_owned()
                } else {
                    record.server_host.clone()
                };
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap_or_default()
                    .as_secs();
                // A remembered promise of TLS on a port outweighs the configured port.
                let sts_port = match self.store.sts_port(&host, now).await {
                    Ok(port) => port,
                    Err(error) => return self.fail_command(error.kind(), error.to_string()).await,
                };
                let identity = match self.client_identity(account) {
                    Ok(identity) => identity,
                    Err((kind, explanation)) => return self.fail_command(kind, explanation).await,
                };
                let connection = IrcConnection {
                    nick: nick.to_owned(),
                    chosen_nick: (!record.irc_nick.is_empty()).then(|| record.irc_nick.clone()),
                    identity,
                    strongest_mechanism: record.strongest_mechanism.clone(),
                    host,
                    port: record.server_port,
                    sts_port,
                    // Only a temporary XMPP account connects without one.
                    password: password.unwrap_or_else(|| Password::new(String::new())),
                    nickserv_fallback: record.nickserv_fallback,
                    onion_plaintext: record.onion_plaintext,
                    pin,
                    presence: self.presence.clone(),
                };
                tokio::spawn(irc_driver::run(
                    connection,
                    connector,
                    tls,
                    commands_rx,
                    reports_tx,
                ));
            }
        }
        // Tag the account task's reports with its id, so one loop serves every account.
        let tagged = self.reports_tx.clone();
        tokio::spawn(async move {
            while let Some(report) = reports_rx.recv().await {
                if tagged.send((account, report)).is_err() {
                    break;
                }
            }
        });
        if let Some(state) = self.accounts.get_mut(&account) {
            state.session = Some(commands_tx);
            state.autojoined = false;
        }
    }

    async fn handle_report(&mut self, account: AccountId, report: AccountEvent) {
        match report {
            AccountEvent::Status(status) => {
                // The connection dropped under private conversations: they end on our side
                // (nothing can be sent any more), so nothing is written into a stale one.
                let was_online = self.accounts.get(&account).is_some_and(|a| a.online);
                if was_online && status != ConnectionStatus::Online {
                    self.end_private_sessions(account, false).await;
                }
                let mut rooms = BTreeSet::new();
                if let Some(state) = self.accounts.get_mut(&account) {
                    state.online = status == ConnectionStatus::Online;
                    if matches!(
                        status,
                        ConnectionStatus::Offline | ConnectionStatus::Failed { .. }
                    ) {
                        state.session = None;
                    }
                    // Connecting again (an IRC account reconnecting) is offline for rooms
                    // too: they are joined again, and reported again, once it is back.
                    if status != ConnectionStatus::Online {
                        rooms = std::mem::take(&mut state.rooms);
                    }
                }
                for room in rooms {
                    self.emit(Event::RoomLeft {
                        account,
                        room,
                        reason: RoomLeftReason::Disconnected,
                    })
                    .await;
                }
                let online = status == ConnectionStatus::Online;
                self.emit(Event::AccountStatus { account, status }).await;
                if online && self.is_irc(account) {
                    self.join_saved_irc_channels(account).await;
                }
            }
            AccountEvent::Certificate(prompt) => {
                self.emit(Event::CertificateNeedsDecision { account, prompt })
                    .await;
            }
            // A temporary login protects no password: it neither records nor raises a
            // minimum (and its account never logs in with one).
            AccountEvent::Online { mechanism }
                if mechanism == otter_xmpp::SaslMechanism::Anonymous.name() => {}
            AccountEvent::AddressAssigned { address } => {
                self.emit(Event::AccountAddressAssigned { account, address })
                    .await;
            }
            AccountEvent::Online { mechanism } => {
                // The next connection of this run reads the record, not the profile.
                if let Some(state) = self.accounts.get_mut(&account) {
                    mechanism.clone_into(&mut state.record.strongest_mechanism);
                }
                if let Err(error) = self.store.set_strongest_mechanism(account, mechanism).await {
                    tracing::warn!(kind = ?error.kind(), "could not record the SASL mechanism");
                }
            }
            AccountEvent::NickChosen { nick } => {
                // The next connection of this run reads the record, not the profile.
                if let Some(state) = self.accounts.get_mut(&account) {
                    nick.clone_into(&mut state.record.irc_nick);
                }
                if let Err(error) = self.store.set_irc_nick(account, &nick).await {
                    tracing::warn!(kind = ?error.kind(), "could not record the chosen nick");
                }
            }
            AccountEvent::StsPolicy {
                host,
                port,
                expires_at,
            } => {
                let stored = match expires_at {
                    Some(expires_at) => {
                        self.store
                            .remember_sts_policy(&host, port, expires_at)
                            .await
                    }
                    None => self.store.forget_sts_policy(&host).await,
                };
                if let Err(error) = stored {
                    tracing::warn!(kind = ?error.kind(), "could not record an STS policy");
                }
            }
            AccountEvent::ContactRemoved { peer } => {
                self.emit(Event::ContactRemoved { account, peer }).await;
            }
            AccountEvent::ContactRequest { peer } => {
                self.emit(Event::ContactRequest { account, peer }).await;
            }
            AccountEvent::Presence {
                peer,
                resource,
                availability,
                status,
            } => {
                if availability.is_none()
                    && let Some(devices) = self.devices.get_mut(&(account, peer.clone()))
                    && devices.last_heard.as_ref() == Some(&resource)
                {
                    devices.last_heard = None;
                }
                self.emit(Event::ContactPresence {
                    account,
                    peer,
                    resource,
                    availability,
                    status,
                })
                .await;
            }
            AccountEvent::Contact { peer, name, groups } => {
                self.emit(Event::ContactListed {
                    account,
                    peer,
                    name,
                    groups,
                })
                .await;
            }
            AccountEvent::Chat {
                from,
                resource,
                text,
                at,
            } => self.receive_chat(account, from, resource, text, at).await,
            AccountEvent::Notice { from, text } => self.receive_notice(account, from, text).await,
            AccountEvent::ServerRefused {
                command,
                description,
            } => {
                self.emit(Event::ServerRefused {
                    account,
                    command,
                    description,
                })
                .await;
            }
            AccountEvent::SentElsewhere { to, text } => {
                let known = self.by_contact.contains_key(&(account, to.clone()));
                let conversation = self.conversation_for(account, to.clone());
                if !known {
                    self.emit(Event::ConversationOpened {
                        conversation,
                        account,
                        peer: to,
                    })
                    .await;
                }
                if self
                    .conversations
                    .get(&conversation)
                    .is_some_and(|key| self.logging.contains_key(key))
                {
                    self.keep(conversation, true, Security::NotEncrypted, &text)
                        .await;
                }
                self.emit(Event::MessageSentElsewhere { conversation, text })
                    .await;
            }
            AccountEvent::Delivered { local_id } => {
                self.emit(Event::MessageDelivered { local_id }).await;
            }
            AccountEvent::Typing { from, typing } => {
                // A state alone opens no conversation.
                if let Some(conversation) = self.by_contact.get(&(account, from)).copied() {
                    self.emit(Event::ContactTyping {
                        conversation,
                        typing,
                    })
                    .await;
                }
            }
            AccountEvent::Sent {
                local_id,
                encrypted,
            } => {
                let verified = self
                    .sending
                    .remove(&local_id)
                    .and_then(|conversation| self.privacy.get(&conversation))
                    == Some(&ConversationPrivacy::PrivateVerified);
                let security = match (encrypted, verified) {
                    (true, true) => Security::EncryptedVerified,
                    (true, false) => Security::EncryptedUnverified,
                    (false, _) => Security::NotEncrypted,
                };
                self.emit(Event::MessageSent { local_id, security }).await;
                if let Some((conversation, text)) = self.outgoing_texts.remove(&local_id) {
                    self.keep(conversation, true, security, &text).await;
                }
            }
            AccountEvent::Acknowledged { local_id } => {
                self.emit(Event::MessageAcknowledged { local_id }).await;
            }
            AccountEvent::SendFailed { local_id, kind } => {
                self.outgoing_texts.remove(&local_id);
                self.emit(Event::MessageFailed { local_id, kind }).await;
            }
            AccountEvent::Queued { local_id } => {
                self.emit(Event::MessageQueued { local_id }).await;
            }
            AccountEvent::Whois(info) => {
                self.emit(Event::WhoisResult { account, info }).await;
            }
            AccountEvent::Who(info) => {
                self.emit(Event::WhoResult { account, info }).await;
            }
            AccountEvent::RoomSent { local_id } => {
                self.emit(Event::MessageSent {
                    local_id,
                    security: Security::NotEncrypted,
                })
                .await;
            }
            AccountEvent::Refused { kind, explanation } => {
                self.fail_command(kind, explanation).await;
            }
            AccountEvent::Room(update) => self.room_update(account, update).await,
        }
    }

    fn conversation_for(&mut self, account: AccountId, peer: String) -> ConversationId {
        let key = (account, peer);
        if let Some(id) = self.by_contact.get(&key) {
            return *id;
        }
        let id = ConversationId(self.next_conversation);
        self.next_conversation = self.next_conversation.saturating_add(1);
        self.by_contact.insert(key.clone(), id);
        self.conversations.insert(id, key);
        id
    }

    async fn import_pidgin(&mut self, directory: &std::path::Path, include_passwords: bool) {
        let profile = match otter_store::read_pidgin_profile(directory) {
            Ok(profile) => profile,
            Err(error) => return self.fail_command(error.kind(), error.to_string()).await,
        };
        let (mut accounts, mut skipped, mut contacts, mut rooms) = (0, 0, 0, 0);
        for pidgin in &profile.accounts {
            let new = NewAccount {
                protocol: pidgin.protocol,
                address: pidgin.address.clone(),
                server_host: pidgin.server_host.clone(),
                server_port: pidgin.server_port,
                direct_tls: false,
                nickserv_fallback: false,
                onion_plaintext: false,
                remembered_password: if include_passwords {
                    pidgin.password.clone()
                } else {
                    None
                },
            };
            let known = self
                .accounts
                .values()
                .any(|a| a.record.protocol == new.protocol && a.record.address == new.address);
            if known {
                skipped += 1;
                continue;
            }
            let id = match self.store.add_account(&new).await {
                Ok(id) => id,
                Err(error) => return self.fail_command(error.kind(), error.to_string()).await,
            };
            if let Err(error) = self.import_otr_files(directory, pidgin, id) {
                self.fail_command(error.kind(), error.to_string()).await;
            }
            for contact in profile
                .contacts
                .iter()
                .filter(|c| c.account == pidgin.pidgin_name)
            {
                let alias = contact.alias.clone().unwrap_or_default();
                if self
                    .store
                    .add_contact(id, &contact.address, &alias)
                    .await
                    .is_ok()
                {
                    contacts += 1;
                }
            }
            for room in profile
                .rooms
                .iter()
                .filter(|r| r.account == pidgin.pidgin_name)
            {
                if self
                    .store
                    .add_room(id, &room.name, &room.nick, room.autojoin)
                    .await
                    .is_ok()
                {
                    rooms += 1;
                }
            }
            accounts += 1;
            if let Ok(records) = self.store.accounts().await
                && let Some(record) = records.into_iter().find(|r| r.id == id)
            {
                self.announce_account(&record).await;
                for (address, alias) in self.store.contacts(id).await.unwrap_or_default() {
                    self.emit(Event::ContactListed {
                        account: id,
                        peer: address,
                        name: (!alias.is_empty()).then_some(alias),
                        groups: Vec::new(),
                    })
                    .await;
                }
                self.accounts.insert(
                    id,
                    Account {
                        record,
                        session: None,
                        online: false,
                        otr: None,
                        rooms: BTreeSet::new(),
                        autojoined: false,
                        key: KeyState::Missing,
                    },
                );
            }
        }
        self.emit(Event::PidginImported {
            accounts,
            skipped,
            contacts,
            rooms,
        })
        .await;
    }

    /// Writes the account's OTR key, fingerprints and instance tag where its engine will look
    /// (the same formats libotr and Pidgin use), files 0600.
    fn import_otr_files(
        &self,
        directory: &std::path::Path,
        pidgin: &otter_store::PidginAccount,
        id: AccountId,
    ) -> Result<(), otter_store::StoreError> {
        use std::io::Write as _;
        use std::os::unix::fs::{DirBuilderExt as _, OpenOptionsExt as _};
        let otr = otter_store::read_pidgin_otr(directory, pidgin)?;
        let dir = self.profile.join("otr").join(id.0.to_string());
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)?;
        let files = [
            ("otr.private_key", otr.private_key.unwrap_or_default()),
            ("otr.fingerprints", otr.fingerprints),
            ("otr.instance_tags", otr.instance_tags),
        ];
        for (name, text) in files {
            if text.is_empty() {
                continue;
            }
            std::fs::OpenOptions::new()
                .create_new(true)
                .write(true)
                .mode(0o600)
                .open(dir.join(name))?
                .write_all(text.as_bytes())?;
        }
        Ok(())
    }

    /// The OTR policy for a contact. Until per-contact settings are stored, every account is
    /// opportunistic unless "require private conversations with everyone" is on.
    /// The policy for one contact: the global switch, else the contact's own, else the
    /// account's.
    fn policy_for(&self, account: AccountId, peer: &str) -> OtrPolicy {
        PolicySettings {
            require_everywhere: self.require_everywhere,
            account: self
                .account_policies
                .get(&account)
                .copied()
                .unwrap_or_default(),
            contact: self
                .contact_policies
                .get(&(account, peer.to_owned()))
                .copied(),
        }
        .effective()
    }

    async fn set_account_policy(&mut self, account: AccountId, policy: OtrPolicy) {
        if let Err(error) = self
            .store
            .set_account_otr_policy(account, stored_policy(policy))
            .await
        {
            return self.fail_command(error.kind(), error.to_string()).await;
        }
        self.account_policies.insert(account, policy);
    }

    async fn set_contact_policy(
        &mut self,
        conversation: ConversationId,
        policy: Option<OtrPolicy>,
    ) {
        let Some((account, peer)) = self.conversations.get(&conversation).cloned() else {
            return;
        };
        if let Err(error) = self
            .store
            .set_contact_otr_policy(account, &peer, policy.map(stored_policy))
            .await
        {
            return self.fail_command(error.kind(), error.to_string()).await;
        }
        match policy {
            Some(policy) => self
                .contact_policies
                .insert((account, peer.clone()), policy),
            None => self.contact_policies.remove(&(account, peer.clone())),
        };
        let effective = self.policy_for(account, &peer);
        self.emit(Event::OtrPolicyChanged {
            conversation,
            contact: policy,
            effective,
        })
        .await;
        // Messages already held stay held: typed while a private conversation was required,
        // they must not leave in plaintext because the setting changed afterwards.
    }

    fn session_and_otr(
        &self,
        account: AccountId,
    ) -> Option<(mpsc::UnboundedSender<AccountCommand>, Arc<AccountOtr>)> {
        let state = self.accounts.get(&account).filter(|a| a.online)?;
        Some((state.session.clone()?, Arc::clone(state.otr.as_ref()?)))
    }

    async fn send_text(
        &mut self,
        conversation: ConversationId,
        local_id: LocalId,
        text: MessageText,
    ) {
        let Some((account, peer)) = self.conversations.get(&conversation).cloned() else {
            return self
                .emit(Event::MessageFailed {
                    local_id,
                    kind: ErrorKind::Internal,
                })
                .await;
        };
        let Some((session, otr)) = self.session_and_otr(account) else {
            return self
                .emit(Event::MessageHeld {
                    local_id,
                    reason: HeldReason::AccountOffline,
                })
                .await;
        };
        if self.logging.contains_key(&(account, peer.clone())) {
            self.outgoing_texts
                .insert(local_id, (conversation, text.clone()));
        }
        let policy = self.policy_for(account, &peer);
        let outcome = match otr.submit(&peer, policy, local_id, text).await {
            Ok(outcome) => outcome,
            Err(error) => {
                tracing::warn!(%error, "the OTR engine failed");
                return self
                    .emit(Event::MessageFailed {
                        local_id,
                        kind: ErrorKind::Internal,
                    })
                    .await;
            }
        };
        match outcome.result {
            Submission::Send(bodies) => {
                self.sending.insert(local_id, conversation);
                let _ = session.send(AccountCommand::SendChat {
                    to: self.chat_address(account, &peer),
                    bodies,
                    local_id: Some(local_id),
                });
            }
            Submission::Held(reason) => {
                let reason = match reason {
                    Refusal::WaitingForPrivateSession => HeldReason::WaitingForPrivateConversation,
                    Refusal::SessionFinishedByContact => {
                        HeldReason::PrivateConversationEndedByContact
                    }
                    Refusal::CompromisedKey => HeldReason::CompromisedKey,
                };
                self.emit(Event::MessageHeld { local_id, reason }).await;
                // Waiting for a private conversation: ask for one (the query is OTR's fixed
                // English text, never the user's message).
                if reason == HeldReason::WaitingForPrivateConversation
                    && self.key_ready_or_wait(account, &peer).await
                    && let Ok(started) = otr.start_private(&peer, policy).await
                {
                    self.handle_otr_events(account, &peer, started.events).await;
                }
            }
            Submission::OutboxFull | Submission::EngineFailed(_) => {
                self.emit(Event::MessageFailed {
                    local_id,
                    kind: ErrorKind::PrivateSessionRequired,
                })
                .await;
            }
        }
        self.handle_otr_events(account, &peer, outcome.events).await;
    }

    async fn set_activity_sharing(&mut self, chat_states: bool, receipts: bool) {
        for (key, on) in [(SHARE_CHAT_STATES, chat_states), (SHARE_RECEIPTS, receipts)] {
            let value = if on { "true" } else { "false" };
            if let Err(error) = self.store.set_setting(key, value).await {
                return self.fail_command(error.kind(), error.to_string()).await;
            }
        }
        self.activity = otter_xmpp::ActivitySharing {
            chat_states,
            receipts,
        };
        for state in self.accounts.values() {
            if let Some(session) = &state.session {
                let _ = session.send(AccountCommand::SetActivitySharing {
                    chat_states,
                    receipts,
                });
            }
        }
        self.emit(Event::ActivitySharing {
            chat_states,
            receipts,
        })
        .await;
    }

    /// The address one-to-one messages to `peer` go to: the device of the private
    /// conversation, else the one the contact last wrote from, else the bare address (the
    /// server picks).
    fn chat_address(&self, account: AccountId, peer: &str) -> String {
        let device = self
            .devices
            .get(&(account, peer.to_owned()))
            .and_then(|devices| devices.private.as_ref().or(devices.last_heard.as_ref()));
        match device {
            Some(resource) => format!("{peer}/{resource}"),
            None => peer.to_owned(),
        }
    }

    /// Follows the contact's device after a message from `resource`: when it set up the
    /// private conversation, or libotr moved the conversation to the instance it came from.
    /// Returns the device when it changed (for the interface).
    fn follow_device(
        &mut self,
        key: &ContactKey,
        resource: Option<&str>,
        instance: Option<u32>,
        secured: bool,
    ) -> Option<String> {
        let resource = resource?;
        let devices = self.devices.entry(key.clone()).or_default();
        let moved = instance.is_some() && instance != devices.instance;
        if !secured && !moved {
            return None;
        }
        devices.instance = instance;
        if devices.private.as_deref() == Some(resource) {
            return None;
        }
        devices.private = Some(resource.to_owned());
        Some(resource.to_owned())
    }

    async fn receive_chat(
        &mut self,
        account: AccountId,
        from: String,
        resource: Option<String>,
        wire: MessageText,
        at: Option<i64>,
    ) {
        let Some(otr) = self.accounts.get(&account).and_then(|a| a.otr.clone()) else {
            return;
        };
        let key = (account, from.clone());
        if let Some(resource) = &resource {
            self.devices.entry(key.clone()).or_default().last_heard = Some(resource.clone());
        }
        let outcome = match otr.receive(&from, wire.into_revealed()).await {
            Ok(outcome) => outcome,
            Err(error) => return tracing::warn!(%error, "the OTR engine failed"),
        };
        let privacy = outcome.privacy;
        let secured = outcome
            .events
            .iter()
            .any(|event| matches!(event, OtrEvent::GoneSecure { peer, .. } if *peer == from));
        let private_now = matches!(privacy, Privacy::Private { .. });
        let device = if private_now {
            self.follow_device(&key, resource.as_deref(), outcome.instance, secured)
        } else {
            None
        };
        // Set before the events are handled: held messages released by them go to it.
        self.handle_otr_events(account, &from, outcome.events).await;
        if let Some(device) = device {
            let conversation = self.conversation_for(account, from.clone());
            self.emit(Event::PrivateDevice {
                conversation,
                device,
            })
            .await;
        }
        let irc = self
            .accounts
            .get(&account)
            .is_some_and(|a| a.record.protocol == otter_store::Protocol::Irc);
        let (text, was_encrypted, libotr_warning) = match outcome.result {
            // Decrypted IRC text has not been through the line parser's escaping yet:
            // control and bidi characters must not reach the interface raw.
            Ok(Received::Plaintext {
                text,
                was_encrypted: true,
                warning,
            }) if irc => (otter_irc::displayable_text(text.reveal()), true, warning),
            Ok(Received::Plaintext {
                text,
                was_encrypted,
                warning,
            }) => (text, was_encrypted, warning),
            Ok(Received::Ignore) => return,
            Err(error) => {
                // A malformed or oversized OTR message: dropped, the conversation goes on.
                return tracing::info!(%error, "an OTR message could not be read");
            }
        };
        let from_peer = from.clone();
        let known = self.by_contact.contains_key(&(account, from.clone()));
        let conversation = self.conversation_for(account, from.clone());
        if !known {
            self.emit(Event::ConversationOpened {
                conversation,
                account,
                peer: from,
            })
            .await;
        }
        let security = match (was_encrypted, privacy) {
            (
                true,
                Privacy::Private {
                    trust: Trust::Verified,
                },
            ) => Security::EncryptedVerified,
            (true, _) => Security::EncryptedUnverified,
            (false, _) => Security::NotEncrypted,
        };
        if self
            .conversations
            .get(&conversation)
            .is_some_and(|key| self.logging.contains_key(key))
        {
            self.keep(conversation, false, security, &text).await;
        }
        // libotr knows when plaintext arrives during a private conversation; the policy
        // says when one is required although none is up (libotr may not have heard the
        // policy for this contact yet).
        let plaintext_warning = !was_encrypted
            && (libotr_warning.is_some()
                || self.policy_for(account, &from_peer) == OtrPolicy::Required);
        self.emit(Event::MessageReceived {
            conversation,
            text,
            security,
            plaintext_warning,
            at,
        })
        .await;
    }

    /// A notice to the user (IRC): shown in the conversation with its sender, opened if need
    /// be, never through OTR and so never private; with the same warning as any plaintext
    /// where privacy is required.
    async fn receive_notice(&mut self, account: AccountId, from: String, text: MessageText) {
        let known = self.by_contact.contains_key(&(account, from.clone()));
        let conversation = self.conversation_for(account, from.clone());
        if !known {
            self.emit(Event::ConversationOpened {
                conversation,
                account,
                peer: from.clone(),
            })
            .await;
        }
        if self
            .conversations
            .get(&conversation)
            .is_some_and(|key| self.logging.contains_key(key))
        {
            self.keep(conversation, false, Security::NotEncrypted, &text)
                .await;
        }
        let plaintext_warning = self.policy_for(account, &from) == OtrPolicy::Required;
        self.emit(Event::MessageReceived {
            conversation,
            text,
            security: Security::NotEncrypted,
            plaintext_warning,
            at: None,
        })
        .await;
    }

    /// Writes one message of a kept conversation to the history, if the user's choice
    /// permits it (private messages need their own yes).
    async fn keep(
        &mut self,
        conversation: ConversationId,
        outgoing: bool,
        security: Security,
        text: &MessageText,
    ) {
        let Some(key) = self.conversations.get(&conversation) else {
            return;
        };
        let Some(choice) = self.logging.get(key) else {
            return;
        };
        let private = security != Security::NotEncrypted;
        if choice.permit(private).is_none() {
            return;
        }
        if self.history.is_none() {
            match History::open_or_create(&self.profile_dir).await {
                Ok(history) => self.history = Some(history),
                Err(error) => return self.fail_command(error.kind(), error.to_string()).await,
            }
        }
        let (Some(history), Some(choice)) = (&self.history, self.logging.get(key)) else {
            return;
        };
        let Some(permit) = choice.permit(private) else {
            return;
        };
        let encryption = match security {
            Security::EncryptedVerified => LoggedEncryption::Verified,
            Security::EncryptedUnverified => LoggedEncryption::Unverified,
            Security::NotEncrypted => LoggedEncryption::None,
        };
        let at = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |since| {
                i64::try_from(since.as_secs()).unwrap_or(i64::MAX)
            });
        if let Err(error) = history.append(permit, outgoing, encryption, text, at).await {
            self.fail_command(error.kind(), error.to_string()).await;
        }
    }

    async fn set_logging(
        &mut self,
        conversation: ConversationId,
        enabled: bool,
        include_private: bool,
    ) {
        let Some((account, peer)) = self.conversations.get(&conversation).cloned() else {
            return;
        };
        match self
            .store
            .set_logging(account, &peer, enabled, include_private)
            .await
        {
            Ok(Some(choice)) => {
                let include_private = choice.include_private();
                self.logging.insert((account, peer), choice);
                self.emit(Event::LoggingChanged {
                    conversation,
                    enabled: true,
                    include_private,
                })
                .await;
            }
            Ok(None) => {
                self.logging.remove(&(account, peer));
                self.emit(Event::LoggingChanged {
                    conversation,
                    enabled: false,
                    include_private: false,
                })
                .await;
            }
            Err(error) => self.fail_command(error.kind(), error.to_string()).await,
        }
    }

    async fn delete_history(&mut self, conversation: Option<ConversationId>) {
        let result = match conversation {
            Some(conversation) => {
                let Some((account, peer)) = self.conversations.get(&conversation) else {
                    return;
                };
                match &self.history {
                    Some(history) => history.delete_conversation(*account, peer).await,
                    None => Ok(()),
                }
            }
            None => match self.history.take() {
                Some(history) => history.delete_all().await,
                None => Ok(()),
            },
        };
        match result {
            Ok(()) => self.emit(Event::HistoryDeleted { conversation }).await,
            Err(error) => self.fail_command(error.kind(), error.to_string()).await,
        }
    }

    /// Tells the interface whether a conversation that opens is kept, and what was kept.
    async fn show_history(&mut self, conversation: ConversationId) {
        let Some(key) = self.conversations.get(&conversation).cloned() else {
            return;
        };
        let Some(include_private) = self.logging.get(&key).map(LoggingChoice::include_private)
        else {
            return;
        };
        self.emit(Event::LoggingChanged {
            conversation,
            enabled: true,
            include_private,
        })
        .await;
        let Some(history) = &self.history else {
            return;
        };
        match history.recent(key.0, &key.1, HISTORY_SHOWN).await {
            Ok(kept) if !kept.is_empty() => {
                let lines = kept
                    .into_iter()
                    .map(|message| LoggedLine {
                        outgoing: message.outgoing,
                        security: match message.encryption {
                            LoggedEncryption::Verified => Security::EncryptedVerified,
                            LoggedEncryption::Unverified => Security::EncryptedUnverified,
                            LoggedEncryption::None => Security::NotEncrypted,
                        },
                        text: message.text,
                        at: message.at,
                    })
                    .collect();
                self.emit(Event::History {
                    conversation,
                    lines,
                })
                .await;
            }
            Ok(_) => {}
            Err(error) => self.fail_command(error.kind(), error.to_string()).await,
        }
    }

    /// Starts, ends or verifies a private conversation: one path for every user action on
    /// the OTR engine.
    async fn otr_action(&mut self, conversation: ConversationId, action: OtrAction) {
        let Some((account, peer)) = self.conversations.get(&conversation).cloned() else {
            return;
        };
        let Some((_, otr)) = self.session_and_otr(account) else {
            return self
                .fail_command(
                    ErrorKind::ServerUnreachable,
                    "Connect the account first.".into(),
                )
                .await;
        };
        if matches!(action, OtrAction::Start) && !self.key_ready_or_wait(account, &peer).await {
            // Started once the key is made (`key_generated`).
            return;
        }
        // Ending and trust are ours: libotr reports no event for them.
        let reports_privacy = matches!(action, OtrAction::End | OtrAction::SetTrust { .. });
        let outcome = match action {
            OtrAction::Start => {
                // Asking for a private conversation is allowed even for a contact set to
                // "never": the user just asked for it.
                let policy = self
                    .policy_for(account, &peer)
                    .max(OtrPolicy::Opportunistic);
                otr.start_private(&peer, policy).await
            }
            OtrAction::End => otr.end_private(&peer).await,
            OtrAction::Verify { question, secret } => otr.verify(&peer, question, secret).await,
            OtrAction::Answer(answer) => otr.answer_verification(&peer, answer).await,
            OtrAction::AbortVerification => otr.abort_verification(&peer).await,
            OtrAction::SetTrust { fingerprint, trust } => {
                otr.set_trust(&peer, fingerprint, trust).await
            }
        };
        match outcome {
            Ok(outcome) => {
                if let Err(error) = outcome.result {
                    self.fail_command(ErrorKind::PrivateSessionRequired, error.to_string())
                        .await;
                }
                let privacy = outcome.privacy;
                self.handle_otr_events(account, &peer, outcome.events).await;
                if reports_privacy {
                    self.set_privacy(conversation, privacy).await;
                }
            }
            Err(error) => {
                self.fail_command(ErrorKind::Internal, error.to_string())
                    .await;
            }
        }
    }

    /// Tells the interface which keys a private conversation uses, and warns when the
    /// contact's key is not the one the user verified.
    async fn report_keys(&mut self, account: AccountId, conversation: ConversationId, peer: &str) {
        let Some((_, otr)) = self.session_and_otr(account) else {
            return;
        };
        let keys = match otr.fingerprints(peer).await {
            Ok(Outcome {
                result: Ok(keys), ..
            }) => keys,
            Ok(Outcome {
                result: Err(error), ..
            })
            | Err(error) => {
                return self
                    .fail_command(ErrorKind::StorageFailed, error.to_string())
                    .await;
            }
        };
        if let (Some(own), Some(contact)) = (keys.own, keys.current) {
            self.emit(Event::Keys {
                conversation,
                own,
                contact,
            })
            .await;
        }
        if keys.changed_from_verified() {
            self.emit(Event::ContactKeyChanged { conversation }).await;
        }
    }

    async fn set_privacy(&mut self, conversation: ConversationId, privacy: Privacy) {
        let privacy = match privacy {
            Privacy::NotPrivate => ConversationPrivacy::NotPrivate,
            Privacy::Private {
                trust: Trust::Verified,
            } => ConversationPrivacy::PrivateVerified,
            Privacy::Private {
                trust: Trust::Compromised,
            } => ConversationPrivacy::PrivateCompromised,
            Privacy::Private {
                trust: Trust::Unverified,
            } => ConversationPrivacy::PrivateUnverified,
            Privacy::Finished => ConversationPrivacy::Finished,
        };
        if self.privacy.insert(conversation, privacy) != Some(privacy) {
            self.emit(Event::PrivacyChanged {
                conversation,
                privacy,
            })
            .await;
        }
    }

    /// Serves libotr's timer (`otrl_message_poll`) for every account whose engine asked for
    /// it, and acts on what that produced.
    async fn poll_otr_timers(&mut self) {
        let mut ids: Vec<AccountId> = self.accounts.keys().copied().collect();
        ids.sort();
        for account in ids {
            let Some(otr) = self.accounts.get(&account).and_then(|a| a.otr.clone()) else {
                continue;
            };
            match otr.poll_timer().await {
                Ok(events) => self.handle_otr_events(account, "", events).await,
                Err(error) => tracing::warn!(%error, "the OTR engine failed"),
            }
        }
    }

    /// Acts on what libotr reported, in order: sends its protocol messages, tells the
    /// interface about privacy changes, and releases held messages once a conversation is
    /// private.
    async fn handle_otr_events(&mut self, account: AccountId, about: &str, events: Vec<OtrEvent>) {
        let session = self.accounts.get(&account).and_then(|a| a.session.clone());
        // Held messages are released after the whole batch: libotr reports "gone secure"
        // before it injects the last key-exchange message, and the peer must get that first.
        let mut now_private = Vec::new();
        for event in events {
            match event {
                OtrEvent::Inject { peer, data } => match data.ciphertext() {
                    Ok(ciphertext) => {
                        if let Some(session) = &session {
                            let _ = session.send(AccountCommand::SendChat {
                                to: self.chat_address(account, &peer),
                                bodies: vec![WireBody::otr_protocol(ciphertext)],
                                local_id: None,
                            });
                        }
                    }
                    Err(_) => tracing::warn!("libotr asked to send something that is not OTR data"),
                },
                OtrEvent::GoneSecure { peer, trust, .. } => {
                    let conversation = self.conversation_for(account, peer.clone());
                    self.set_privacy(conversation, Privacy::Private { trust })
                        .await;
                    self.report_keys(account, conversation, &peer).await;
                    now_private.push(peer);
                }
                OtrEvent::StillSecure { .. } => {}
                OtrEvent::GoneInsecure { peer } => {
                    if let Some(devices) = self.devices.get_mut(&(account, peer.clone())) {
                        devices.private = None;
                        devices.instance = None;
                    }
                    let conversation = self.conversation_for(account, peer);
                    self.set_privacy(conversation, Privacy::NotPrivate).await;
                }
                OtrEvent::SessionFinished { peer } => {
                    let conversation = self.conversation_for(account, peer);
                    self.set_privacy(conversation, Privacy::Finished).await;
                }
                OtrEvent::SmpSucceeded { peer, trust } => {
                    let conversation = self.conversation_for(account, peer);
                    self.emit(Event::VerificationFinished {
                        conversation,
                        succeeded: true,
                    })
                    .await;
                    self.set_privacy(conversation, Privacy::Private { trust })
                        .await;
                }
                OtrEvent::SmpFailed { peer }
                | OtrEvent::SmpAborted { peer }
                | OtrEvent::SmpError { peer } => {
                    let conversation = self.conversation_for(account, peer);
                    self.emit(Event::VerificationFinished {
                        conversation,
                        succeeded: false,
                    })
                    .await;
                }
                OtrEvent::SmpAskedQuestion { peer, question } => {
                    let conversation = self.conversation_for(account, peer);
                    self.emit(Event::VerificationRequested {
                        conversation,
                        question: Some(question),
                    })
                    .await;
                }
                OtrEvent::SmpAskedSecret { peer } => {
                    let conversation = self.conversation_for(account, peer);
                    self.emit(Event::VerificationRequested {
                        conversation,
                        question: None,
                    })
                    .await;
                }
                // Verification prompts and libotr's notices reach the interface with the
                // verification work; they change nothing that is sent.
                OtrEvent::SmpProgress { peer, percent } => {
                    let conversation = self.conversation_for(account, peer);
                    self.emit(Event::VerificationProgress {
                        conversation,
                        percent: u8::try_from(percent.min(100)).unwrap_or(100),
                    })
                    .await;
                }
                OtrEvent::NewFingerprint { .. }
                | OtrEvent::Notice { .. }
                | OtrEvent::FingerprintsNotSaved => {}
                // The contact started a key exchange before we had a key: libotr dropped
                // that attempt; once the key is made we start one ourselves.
                OtrEvent::PrivateKeyNeeded => {
                    let _ready = self.key_ready_or_wait(account, about).await;
                }
            }
        }
        for peer in now_private {
            self.release_held(account, &peer).await;
        }
    }

    /// Whether the account's key exists. If not, `peer` (when named) waits for it, and the
    /// key is made off the core's loop unless that is under way already.
    async fn key_ready_or_wait(&mut self, account: AccountId, peer: &str) -> bool {
        let Some(state) = self.accounts.get_mut(&account) else {
            return false;
        };
        let waiting = match &mut state.key {
            KeyState::Ready => return true,
            KeyState::Generating { waiting } => {
                if !peer.is_empty() {
                    waiting.insert(peer.to_owned());
                }
                return false;
            }
            KeyState::Missing => {
                let mut waiting = BTreeSet::new();
                if !peer.is_empty() {
                    waiting.insert(peer.to_owned());
                }
                waiting
            }
        };
        let Some(otr) = state.otr.clone() else {
            return false;
        };
        state.key = KeyState::Generating { waiting };
        let done = self.keys_tx.clone();
        tokio::spawn(async move {
            let result = otr.generate_key().await.map_err(|error| error.to_string());
            let _ = done.send((account, result));
        });
        self.emit(Event::KeyGeneration {
            account,
            state: KeyGenerationState::Started,
        })
        .await;
        false
    }

    /// A key generation ended: the waiting contacts get their private conversation asked
    /// for; on failure their held messages stay held and the next need tries again.
    async fn key_generated(&mut self, account: AccountId, result: Result<(), String>) {
        let Some(state) = self.accounts.get_mut(&account) else {
            return;
        };
        let next = if result.is_ok() {
            KeyState::Ready
        } else {
            KeyState::Missing
        };
        let waiting = match std::mem::replace(&mut state.key, next) {
            KeyState::Generating { waiting } => waiting,
            KeyState::Ready | KeyState::Missing => BTreeSet::new(),
        };
        let state = match result {
            Ok(()) => KeyGenerationState::Finished,
            Err(explanation) => {
                tracing::warn!("the OTR key could not be made");
                KeyGenerationState::Failed { explanation }
            }
        };
        let made = state == KeyGenerationState::Finished;
        self.emit(Event::KeyGeneration { account, state }).await;
        if !made {
            return;
        }
        for peer in waiting {
            let Some((_, otr)) = self.session_and_otr(account) else {
                return;
            };
            let policy = self
                .policy_for(account, &peer)
                .max(OtrPolicy::Opportunistic);
            // A key exchange the contact started while the key was missing is stuck half-way
            // in libotr (it needed the key for its next step): cleared first, so that the
            // contact's answer to our request starts from scratch on both sides. Nothing is
            // sent for it: without a key nothing was private.
            if let Ok(cleared) = otr.end_private(&peer).await {
                self.handle_otr_events(account, &peer, cleared.events).await;
            }
            match otr.start_private(&peer, policy).await {
                Ok(started) => self.handle_otr_events(account, &peer, started.events).await,
                Err(error) => tracing::warn!(%error, "the OTR engine failed"),
            }
        }
    }

    async fn discard_held(&mut self, conversation: ConversationId, local_id: LocalId) {
        let Some((account, peer)) = self.conversations.get(&conversation).cloned() else {
            return;
        };
        let otr = self
            .accounts
            .get(&account)
            .and_then(|state| state.otr.clone());
        let discarded = match otr {
            Some(otr) => otr.discard(&peer, local_id).await.unwrap_or(false),
            None => false,
        };
        if discarded {
            self.emit(Event::MessageDiscarded { local_id }).await;
        } else {
            self.fail_command(
                ErrorKind::Internal,
                "That message is no longer waiting.".into(),
            )
            .await;
        }
    }

    async fn release_held(&mut self, account: AccountId, peer: &str) {
        let Some((session, otr)) = self.session_and_otr(account) else {
            return;
        };
        let policy = self.policy_for(account, peer);
        let Ok(outcome) = otr.release(peer, policy).await else {
            return;
        };
        let conversation = self.conversation_for(account, peer.to_owned());
        if let Ok(released) = outcome.result {
            for (local_id, bodies) in released {
                self.sending.insert(local_id, conversation);
                let _ = session.send(AccountCommand::SendChat {
                    to: self.chat_address(account, peer),
                    bodies,
                    local_id: Some(local_id),
                });
            }
        }
        Box::pin(self.handle_otr_events(account, peer, outcome.events)).await;
    }
}

/// The host whose certificate a pin applies to: the XMPP domain (what TLS checks).
/// A random pronounceable IRC nick (see `otter_irc::pronounceable_nick`).
pub fn random_irc_nick() -> Result<String, String> {
    let mut entropy = [0u8; otter_irc::NICK_SYLLABLES * 2];
    getrandom::fill(&mut entropy).map_err(|e| format!("no randomness for a nick: {e}"))?;
    Ok(otter_irc::pronounceable_nick(entropy).as_str().to_owned())
}

/// An XMPP address without a local part is a temporary account on that server (see
/// [`AccountSettings::address`]).
fn is_temporary(protocol: Protocol, address: &str) -> bool {
    protocol == Protocol::Xmpp && !address.contains('@')
}

fn tls_host(record: &AccountRecord) -> String {
    record
        .address
        .rsplit_once('@')
        .map_or(record.address.as_str(), |(_, domain)| domain)
        .to_owned()
}

fn stored_policy(policy: OtrPolicy) -> StoredOtrPolicy {
    match policy {
        OtrPolicy::Never => StoredOtrPolicy::Never,
        OtrPolicy::Opportunistic => StoredOtrPolicy::Opportunistic,
        OtrPolicy::Required => StoredOtrPolicy::Required,
    }
}

fn otr_policy(policy: StoredOtrPolicy) -> OtrPolicy {
    match policy {
        StoredOtrPolicy::Never => OtrPolicy::Never,
        StoredOtrPolicy::Opportunistic => OtrPolicy::Opportunistic,
        StoredOtrPolicy::Required => OtrPolicy::Required,
    }
}

/// Whether the host an IRC account connects to (`server_host`, or else its address's network)
/// is an onion service: the only kind of host a connection without TLS may go to.
fn plaintext_host_is_onion(address: &str, server_host: &str) -> bool {
    let host = if server_host.is_empty() {
        address
            .rsplit_once('@')
            .map_or(address, |(_, network)| network)
    } else {
        server_host
    };
    otter_types::Hostname::parse(host).is_ok_and(|host| host.is_onion())
}

fn account_details(record: &AccountRecord) -> Event {
    Event::AccountDetails {
        account: record.id,
        server_host: record.server_host.clone(),
        server_port: record.server_port,
        direct_tls: record.direct_tls,
        nickserv_fallback: record.nickserv_fallback,
        onion_plaintext: record.onion_plaintext,
        password_remembered: record.remembered_password.is_some(),
    }
}

fn account_added(record: &AccountRecord) -> Event {
    Event::AccountAdded {
        account: record.id,
        protocol: match record.protocol {
            otter_store::Protocol::Xmpp => Protocol::Xmpp,
            otter_store::Protocol::Irc => Protocol::Irc,
        },
        address: record.address.clone(),
    }
}

/// The groups the user asked for, trimmed, without empty names or repeats; refused (in words
/// for the user) when there are too many or one is too long, rather than cut silently.
fn contact_groups(groups: &[String]) -> Result<Vec<String>, String> {
    let wanted: Vec<&str> = groups
        .iter()
        .map(|group| group.trim())
        .filter(|group| !group.is_empty())
        .collect();
    if let Some(long) = wanted
        .iter()
        .find(|group| group.len() > crate::MAX_GROUP_NAME_BYTES)
    {
        return Err(format!(
            "A group name may be at most {} bytes long; this one has {}.",
            crate::MAX_GROUP_NAME_BYTES,
            long.len()
        ));
    }
    let kept = otter_xmpp::clean_groups(wanted.iter().copied());
    if kept.len() == crate::MAX_CONTACT_GROUPS
        && wanted.iter().any(|group| !kept.iter().any(|k| k == group))
    {
        return Err(format!(
            "A contact can be in at most {} groups.",
            crate::MAX_CONTACT_GROUPS
        ));
    }
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::{contact_groups, plaintext_host_is_onion};

    #[test]
    fn only_an_onion_connect_host_may_go_without_tls() {
        assert!(plaintext_host_is_onion("me@irc.network.onion", ""));
        assert!(plaintext_host_is_onion("me@irc.oftc.net", "oftcnet.onion"));
        // The connect host decides, not the network name in the address.
        assert!(!plaintext_host_is_onion(
            "me@irc.network.onion",
            "irc.network.net"
        ));
        for (address, host) in [
            ("me@irc.oftc.net", ""),
            ("me@irc.oftc.net", "onion.example.org"),
            ("me@irc.oftc.net", "127.0.0.1"),
            ("me@example.onion.evil.example", ""),
            ("irc.oftc.net", ""),
            ("me@", ""),
        ] {
            assert!(!plaintext_host_is_onion(address, host), "{address} {host}");
        }
    }

    #[test]
    fn groups_the_user_gives_are_trimmed_and_bounded() {
        let given = |groups: &[&str]| {
            contact_groups(&groups.iter().map(|g| (*g).to_owned()).collect::<Vec<_>>())
        };
        assert_eq!(
            given(&[" Friends ", "", "Friends", "Work"]),
            Ok(vec!["Friends".to_owned(), "Work".to_owned()])
        );
        assert_eq!(given(&["  "]), Ok(Vec::new()));
        assert!(given(&[&"x".repeat(crate::MAX_GROUP_NAME_BYTES + 1)]).is_err());
        let many: Vec<String> = (0..=crate::MAX_CONTACT_GROUPS)
            .map(|n| format!("g{n}"))
            .collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert!(given(&many).is_err());
        assert_eq!(
            given(&many[..crate::MAX_CONTACT_GROUPS]).map(|kept| kept.len()),
            Ok(crate::MAX_CONTACT_GROUPS)
        );
    }
}
