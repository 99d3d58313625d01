//! The core's state and its one loop: commands from the front end and reports from the
//! account tasks in, events out.

use std::collections::HashMap;

use otter_net::{TlsPolicy, TorConnector};
use otter_otr::{Encryptor, Gate, OtrPolicy, PolicySettings, Privacy, Refusal, Submission};
use otter_store::{AccountRecord, NewAccount, ProfileDir, Store};
use otter_types::{AccountId, ConversationId, ErrorKind, LocalId, MessageText, Password};
use tokio::sync::mpsc;

use crate::api::{
    AccountSettings, Command, ConnectionStatus, CoreConfig, Event, HeldReason, Protocol, Security,
    StartError, TorStatus,
};
use crate::xmpp_driver::{self, AccountCommand, AccountEvent, XmppConnection};

/// A contact of one account: the gate's outbox key and the conversation's identity.
type ContactKey = (AccountId, String);

struct Account {
    record: AccountRecord,
    session: Option<mpsc::UnboundedSender<AccountCommand>>,
    online: bool,
}

/// Stands in until the libotr engine is wired in: no private session can exist yet, so the
/// gate never asks to encrypt; if it did, refusing is the safe answer.
struct NoOtrEngine;

impl Encryptor for NoOtrEngine {
    type Error = ();
    fn encrypt(&mut self, _text: &MessageText) -> Result<Vec<otter_otr::Ciphertext>, ()> {
        Err(())
    }
}

pub(crate) struct Engine {
    store: Store,
    connector: TorConnector,
    tls: TlsPolicy,
    events: mpsc::Sender<Event>,
    accounts: HashMap<AccountId, Account>,
    conversations: HashMap<ConversationId, ContactKey>,
    by_contact: HashMap<ContactKey, ConversationId>,
    next_conversation: u64,
    gate: Gate<ContactKey>,
    reports_tx: mpsc::UnboundedSender<(AccountId, AccountEvent)>,
    reports_rx: mpsc::UnboundedReceiver<(AccountId, AccountEvent)>,
}

impl Engine {
    pub(crate) async fn open(
        config: CoreConfig,
        events: mpsc::Sender<Event>,
    ) -> Result<Self, StartError> {
        let profile = ProfileDir::open_or_create(&config.profile)?;
        let store = Store::open(&profile).await?;
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
                    },
                )
            })
            .collect();
        let (reports_tx, reports_rx) = mpsc::unbounded_channel();
        Ok(Self {
            store,
            connector: TorConnector::new(config.proxy),
            tls,
            events,
            accounts,
            conversations: HashMap::new(),
            by_contact: HashMap::new(),
            next_conversation: 1,
            gate: Gate::new(),
            reports_tx,
            reports_rx,
        })
    }

    pub(crate) async fn run(mut self, mut commands: mpsc::UnboundedReceiver<Command>) {
        let mut existing: Vec<_> = self.accounts.values().map(|a| a.record.clone()).collect();
        existing.sort_by_key(|record| record.id);
        for record in existing {
            self.emit(account_added(&record)).await;
        }
        loop {
            tokio::select! {
                command = commands.recv() => match command {
                    Some(Command::Shutdown) | None => break,
                    Some(command) => self.handle_command(command).await,
                },
                Some((account, report)) = self.reports_rx.recv() => {
                    self.handle_report(account, report).await;
                }
            }
        }
        for account in self.accounts.values() {
            if let Some(session) = &account.session {
                let _ = session.send(AccountCommand::Disconnect);
            }
        }
        let events = self.events.clone();
        self.store.close().await;
        let _ = events.send(Event::Stopped).await;
    }

    async fn emit(&self, event: Event) {
        // Bounded: when the front end falls behind, the core waits here instead of dropping.
        let _ = self.events.send(event).await;
    }

    async fn fail_command(&self, kind: ErrorKind, explanation: String) {
        self.emit(Event::CommandFailed { kind, explanation }).await;
    }

    async fn handle_command(&mut self, command: Command) {
        match command {
            Command::ProbeTor => {
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
            Command::AddAccount(settings) => self.add_account(settings).await,
            Command::RemoveAccount { account } => {
                if let Some(removed) = self.accounts.remove(&account) {
                    if let Some(session) = removed.session {
                        let _ = session.send(AccountCommand::Disconnect);
                    }
                    match self.store.remove_account(account).await {
                        Ok(()) => self.emit(Event::AccountRemoved { account }).await,
                        Err(error) => self.fail_command(error.kind(), error.to_string()).await,
                    }
                }
            }
            Command::Connect { account, password } => self.connect(account, password).await,
            Command::Disconnect { account } => {
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
            }
            Command::SendText {
                conversation,
                local_id,
                text,
            } => {
                self.send_text(conversation, local_id, text).await;
            }
            Command::Shutdown => {}
        }
    }

    async fn add_account(&mut self, settings: AccountSettings) {
        let new = NewAccount {
            protocol: match settings.protocol {
                Protocol::Xmpp => otter_store::Protocol::Xmpp,
                Protocol::Irc => otter_store::Protocol::Irc,
            },
            address: settings.address,
            server_host: settings.server_host,
            server_port: settings.server_port,
            direct_tls: settings.direct_tls,
            remembered_password: settings.remembered_password,
        };
        let added = match self.store.add_account(&new).await {
            Ok(id) => id,
            Err(error) => return self.fail_command(error.kind(), error.to_string()).await,
        };
        let record = match self.store.accounts().await {
            Ok(records) => records.into_iter().find(|r| r.id == added),
            Err(error) => return self.fail_command(error.kind(), error.to_string()).await,
        };
        if let Some(record) = record {
            self.emit(account_added(&record)).await;
            self.accounts.insert(
                added,
                Account {
                    record,
                    session: None,
                    online: false,
                },
            );
        }
    }

    async fn connect(&mut self, account: AccountId, password: Option<Password>) {
        let Some(state) = self.accounts.get(&account) else {
            return;
        };
        if state.session.is_some() {
            return;
        }
        let record = state.record.clone();
        let Some(password) = password.or_else(|| record.remembered_password.clone()) else {
            return self
                .emit(Event::AccountStatus {
                    account,
                    status: ConnectionStatus::Failed {
                        kind: ErrorKind::AuthenticationFailed,
                        explanation: "A password is needed to connect.".into(),
                    },
                })
                .await;
        };
        if record.protocol != otter_store::Protocol::Xmpp {
            return self
                .fail_command(
                    ErrorKind::Internal,
                    "IRC accounts cannot connect yet.".into(),
                )
                .await;
        }
        let address = match otter_xmpp::Jid::parse(&record.address) {
            Ok(address) => address,
            Err(error) => {
                return self
                    .fail_command(ErrorKind::AuthenticationFailed, error.to_string())
                    .await;
            }
        };
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
        let connection = XmppConnection {
            address,
            password,
            server_host: record.server_host.clone(),
            server_port: record.server_port,
            direct_tls: record.direct_tls,
            pin,
        };
        tokio::spawn(xmpp_driver::run(
            connection,
            self.connector.clone(),
            self.tls.clone(),
            commands_rx,
            reports_tx,
        ));
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
        }
    }

    async fn handle_report(&mut self, account: AccountId, report: AccountEvent) {
        match report {
            AccountEvent::Status(status) => {
                if let Some(state) = self.accounts.get_mut(&account) {
                    state.online = status == ConnectionStatus::Online;
                    if matches!(
                        status,
                        ConnectionStatus::Offline | ConnectionStatus::Failed { .. }
                    ) {
                        state.session = None;
                    }
                }
                self.emit(Event::AccountStatus { account, status }).await;
            }
            AccountEvent::Certificate(prompt) => {
                self.emit(Event::CertificateNeedsDecision { account, prompt })
                    .await;
            }
            AccountEvent::Online { mechanism } => {
                if let Err(error) = self.store.set_strongest_mechanism(account, mechanism).await {
                    tracing::warn!(kind = ?error.kind(), "could not record the SASL mechanism");
                }
            }
            AccountEvent::Contact { peer, name } => {
                self.emit(Event::ContactListed {
                    account,
                    peer,
                    name,
                })
                .await;
            }
            AccountEvent::Chat { from, text } => {
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
                self.emit(Event::MessageReceived {
                    conversation,
                    text,
                    security: Security::NotEncrypted,
                })
                .await;
            }
            AccountEvent::Sent {
                local_id,
                encrypted,
            } => {
                let security = if encrypted {
                    Security::EncryptedUnverified
                } else {
                    Security::NotEncrypted
                };
                self.emit(Event::MessageSent { local_id, security }).await;
            }
            AccountEvent::SendFailed { local_id, kind } => {
                self.emit(Event::MessageFailed { local_id, kind }).await;
            }
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

    async fn send_text(
        &mut self,
        conversation: ConversationId,
        local_id: LocalId,
        text: MessageText,
    ) {
        let Some(key) = self.conversations.get(&conversation).cloned() else {
            return self
                .emit(Event::MessageFailed {
                    local_id,
                    kind: ErrorKind::Internal,
                })
                .await;
        };
        let Some(session) = self
            .accounts
            .get(&key.0)
            .filter(|a| a.online)
            .and_then(|a| a.session.clone())
        else {
            return self
                .emit(Event::MessageHeld {
                    local_id,
                    reason: HeldReason::AccountOffline,
                })
                .await;
        };
        // Until the libotr engine is wired in, no conversation is private; the policy still
        // decides, so "required" holds the message instead of sending it in plaintext.
        let policy = PolicySettings {
            require_everywhere: false,
            account: OtrPolicy::Opportunistic,
            contact: None,
        };
        let submission = self.gate.submit(
            &key,
            policy.effective(),
            Privacy::NotPrivate,
            local_id,
            text,
            &mut NoOtrEngine,
        );
        match submission {
            Submission::Send(bodies) => {
                let _ = session.send(AccountCommand::SendChat {
                    to: key.1,
                    bodies,
                    local_id,
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
            }
            Submission::OutboxFull | Submission::EngineFailed(()) => {
                self.emit(Event::MessageFailed {
                    local_id,
                    kind: ErrorKind::PrivateSessionRequired,
                })
                .await;
            }
        }
    }
}

/// The host whose certificate a pin applies to: the XMPP domain (what TLS checks).
fn tls_host(record: &AccountRecord) -> String {
    record
        .address
        .rsplit_once('@')
        .map_or(record.address.as_str(), |(_, domain)| domain)
        .to_owned()
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
