//! The root component: the only place core events enter the GUI.
//!
//! Widget tree:
//!
//! ```text
//! App (gtk::ApplicationWindow "Otter")
//! └── Box (vertical)
//!     ├── tor_status: Label                      whether Tor answers
//!     ├── Paned
//!     │   ├── Box (sidebar)
//!     │   │   ├── accounts: ListBox              address, status, Connect
//!     │   │   ├── contacts: ListBox              one button per contact
//!     │   │   └── Entry + Button                 open a conversation by address
//!     │   └── Box (conversation)
//!     │       ├── conversation_title: Label
//!     │       ├── privacy: Label                 what is and is not private, always visible
//!     │       ├── Stack of ListBox               one message list per conversation
//!     │       └── Entry + Button                 compose and send
//!     └── notice: Label                          last problem, in words
//! ```

use std::collections::HashMap;

use otter_core::types::{AccountId, ConversationId, LocalId, MessageText, Secret};
use otter_core::{
    Command, ConnectionStatus, ConversationPrivacy, CoreHandle, Event, EventStream, HeldReason,
    Protocol, Security, TorStatus,
};
use relm4::gtk::prelude::*;
use relm4::{ComponentParts, ComponentSender, gtk};

/// What the widgets ask of the root component.
#[derive(Debug)]
pub(crate) enum AppInput {
    Connect(AccountId),
    Open(AccountId, String),
    OpenTyped,
    Send,
    TogglePrivate,
    ImportPidgin,
    Verify,
    VerifyWith(Option<String>, String),
    AnswerVerification(ConversationId, String),
    ImportPidginConfirmed(bool),
    TrustCertificate(AccountId, otter_core::types::CertFingerprint),
}

struct AccountRow {
    address: String,
    protocol: Protocol,
    status: gtk::Label,
    button: gtk::Button,
    /// Connecting or online: the button disconnects.
    active: bool,
}

struct Conversation {
    peer: String,
    messages: gtk::ListBox,
    privacy: ConversationPrivacy,
}

/// The main window's state.
pub(crate) struct App {
    core: CoreHandle,
    window: gtk::ApplicationWindow,
    tor_status: gtk::Label,
    notice: gtk::Label,
    accounts: gtk::ListBox,
    account_labels: HashMap<AccountId, AccountRow>,
    contacts: gtk::ListBox,
    contact_rows: HashMap<(AccountId, String), gtk::Widget>,
    address_entry: gtk::Entry,
    conversation_title: gtk::Label,
    privacy: gtk::Label,
    private_button: gtk::Button,
    verify_button: gtk::Button,
    stack: gtk::Stack,
    compose: gtk::Entry,
    conversations: HashMap<ConversationId, Conversation>,
    current: Option<ConversationId>,
    pending: HashMap<LocalId, gtk::Label>,
    next_local_id: u64,
}

fn label(text: &str) -> gtk::Label {
    let label = gtk::Label::new(Some(text));
    label.set_xalign(0.0);
    label.set_wrap(true);
    label.set_selectable(false);
    label
}

impl relm4::Component for App {
    type Init = (CoreHandle, EventStream);
    type Input = AppInput;
    type Output = ();
    type CommandOutput = Event;
    type Root = gtk::ApplicationWindow;
    type Widgets = ();

    fn init_root() -> Self::Root {
        let window = gtk::ApplicationWindow::new(&relm4::main_application());
        window.set_title(Some("Otter"));
        window.set_default_size(960, 640);
        window
    }

    fn init(
        (core, mut events): Self::Init,
        window: Self::Root,
        sender: ComponentSender<Self>,
    ) -> ComponentParts<Self> {
        // Core events reach the GUI here and only here.
        sender.command(move |out, shutdown| {
            shutdown
                .register(async move {
                    while let Some(event) = events.next().await {
                        if out.send(event).is_err() {
                            break;
                        }
                    }
                })
                .drop_on_shutdown()
        });

        let root = gtk::Box::new(gtk::Orientation::Vertical, 6);
        root.set_margin_top(8);
        root.set_margin_bottom(8);
        root.set_margin_start(8);
        root.set_margin_end(8);
        let tor_status = label("Checking whether Tor is running…");
        root.append(&tor_status);

        let paned = gtk::Paned::new(gtk::Orientation::Horizontal);
        paned.set_vexpand(true);
        paned.set_position(300);
        root.append(&paned);

        let sidebar = gtk::Box::new(gtk::Orientation::Vertical, 6);
        sidebar.append(&label("Accounts"));
        let accounts = gtk::ListBox::new();
        accounts.set_selection_mode(gtk::SelectionMode::None);
        sidebar.append(&accounts);
        sidebar.append(&label("Contacts"));
        let contacts = gtk::ListBox::new();
        contacts.set_selection_mode(gtk::SelectionMode::None);
        let contacts_scroll = gtk::ScrolledWindow::new();
        contacts_scroll.set_vexpand(true);
        contacts_scroll.set_child(Some(&contacts));
        sidebar.append(&contacts_scroll);
        let address_entry = gtk::Entry::new();
        address_entry.set_placeholder_text(Some("Chat with… (XMPP address or IRC nick)"));
        address_entry.set_tooltip_text(Some("Address of a contact to chat with"));
        let open_sender = sender.input_sender().clone();
        address_entry.connect_activate(move |_| open_sender.emit(AppInput::OpenTyped));
        sidebar.append(&address_entry);
        let import = gtk::Button::with_label("Import from Pidgin");
        import.set_tooltip_text(Some(
            "Bring over your Pidgin accounts, contacts, chats and OTR keys from ~/.purple",
        ));
        let import_sender = sender.input_sender().clone();
        import.connect_clicked(move |_| import_sender.emit(AppInput::ImportPidgin));
        sidebar.append(&import);
        paned.set_start_child(Some(&sidebar));

        let pane = gtk::Box::new(gtk::Orientation::Vertical, 6);
        let conversation_title = label("No conversation open");
        conversation_title.add_css_class("title-4");
        pane.append(&conversation_title);
        let privacy_row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        let privacy = label("");
        privacy.set_hexpand(true);
        let private_button = gtk::Button::with_label("Start private conversation");
        private_button.set_sensitive(false);
        let toggle_sender = sender.input_sender().clone();
        private_button.connect_clicked(move |_| toggle_sender.emit(AppInput::TogglePrivate));
        let verify_button = gtk::Button::with_label("Verify contact");
        verify_button.set_tooltip_text(Some(
            "Make sure you are talking to the right person: ask a question only they can answer, or check a secret you agreed on",
        ));
        verify_button.set_sensitive(false);
        let verify_sender = sender.input_sender().clone();
        verify_button.connect_clicked(move |_| verify_sender.emit(AppInput::Verify));
        privacy_row.append(&privacy);
        privacy_row.append(&verify_button);
        privacy_row.append(&private_button);
        pane.append(&privacy_row);
        let stack = gtk::Stack::new();
        let stack_scroll = gtk::ScrolledWindow::new();
        stack_scroll.set_vexpand(true);
        stack_scroll.set_child(Some(&stack));
        pane.append(&stack_scroll);
        let compose_row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        let compose = gtk::Entry::new();
        compose.set_hexpand(true);
        compose.set_placeholder_text(Some("Message"));
        compose.set_tooltip_text(Some("Type a message"));
        compose.set_sensitive(false);
        let send_sender = sender.input_sender().clone();
        compose.connect_activate(move |_| send_sender.emit(AppInput::Send));
        let send = gtk::Button::with_label("Send");
        let send_sender = sender.input_sender().clone();
        send.connect_clicked(move |_| send_sender.emit(AppInput::Send));
        compose_row.append(&compose);
        compose_row.append(&send);
        pane.append(&compose_row);
        paned.set_end_child(Some(&pane));

        let notice = label("");
        root.append(&notice);
        window.set_child(Some(&root));

        let close_core = core.clone();
        window.connect_close_request(move |_| {
            let _ = close_core.send(Command::Shutdown);
            gtk::glib::Propagation::Proceed
        });
        let _ = core.send(Command::ProbeTor);

        let model = Self {
            core,
            window,
            tor_status,
            notice,
            accounts,
            account_labels: HashMap::new(),
            contacts,
            contact_rows: HashMap::new(),
            address_entry,
            conversation_title,
            privacy,
            private_button,
            verify_button,
            stack,
            compose,
            conversations: HashMap::new(),
            current: None,
            pending: HashMap::new(),
            next_local_id: 1,
        };
        ComponentParts { model, widgets: () }
    }

    fn update(&mut self, input: AppInput, sender: ComponentSender<Self>, _root: &Self::Root) {
        match input {
            AppInput::Connect(account) => {
                let active = self
                    .account_labels
                    .get(&account)
                    .is_some_and(|row| row.active);
                let _ = self.core.send(if active {
                    Command::Disconnect { account }
                } else {
                    Command::Connect {
                        account,
                        password: None,
                    }
                });
            }
            AppInput::Open(account, peer) => {
                let _ = self.core.send(Command::OpenConversation { account, peer });
            }
            AppInput::OpenTyped => {
                let peer = self.address_entry.text().trim().to_owned();
                // An address with "@" is an XMPP contact; a bare nick is someone on IRC.
                let wanted = if peer.contains('@') {
                    Protocol::Xmpp
                } else {
                    Protocol::Irc
                };
                let account = self
                    .account_labels
                    .iter()
                    .filter(|(_, row)| row.protocol == wanted)
                    .map(|(id, _)| *id)
                    .min();
                if let (false, Some(account)) = (peer.is_empty(), account) {
                    self.address_entry.set_text("");
                    sender.input(AppInput::Open(account, peer));
                }
            }
            AppInput::Send => self.send(),
            AppInput::ImportPidgin => {
                let dialog = gtk::MessageDialog::new(
                    Some(&self.window),
                    gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
                    gtk::MessageType::Question,
                    gtk::ButtonsType::None,
                    "Import from Pidgin",
                );
                dialog.set_secondary_text(Some(
                    "Otter will bring over your accounts, contacts, chats, OTR keys and verified contacts. Pidgin may also have saved passwords: bring them too only if this computer's storage is encrypted (on Tails: the Persistent Storage). Pidgin's conversation logging is not copied: Otter keeps no logs unless you ask.",
                ));
                dialog.add_button("Cancel", gtk::ResponseType::Cancel);
                dialog.add_button("Import without passwords", gtk::ResponseType::No);
                dialog.add_button("Import with passwords", gtk::ResponseType::Yes);
                let input = sender.input_sender().clone();
                dialog.connect_response(move |dialog, response| {
                    match response {
                        gtk::ResponseType::Yes => input.emit(AppInput::ImportPidginConfirmed(true)),
                        gtk::ResponseType::No => input.emit(AppInput::ImportPidginConfirmed(false)),
                        _ => {}
                    }
                    dialog.close();
                });
                dialog.present();
            }
            AppInput::ImportPidginConfirmed(include_passwords) => {
                if let Some(home) = std::env::var_os("HOME") {
                    let _ = self.core.send(Command::ImportPidgin {
                        directory: std::path::PathBuf::from(home).join(".purple"),
                        include_passwords,
                    });
                }
            }
            AppInput::Verify => self.ask_verification(&sender),
            AppInput::VerifyWith(question, secret) => {
                if let Some(conversation) = self.current {
                    let _ = self.core.send(Command::Verify {
                        conversation,
                        question: question.map(MessageText::new),
                        secret: Secret::new(secret.into_bytes()),
                    });
                }
            }
            AppInput::AnswerVerification(conversation, answer) => {
                let _ = self.core.send(Command::AnswerVerification {
                    conversation,
                    answer: Secret::new(answer.into_bytes()),
                });
            }
            AppInput::TogglePrivate => {
                if let Some(conversation) = self.current {
                    let private = self.conversations.get(&conversation).is_some_and(|c| {
                        matches!(
                            c.privacy,
                            ConversationPrivacy::PrivateUnverified
                                | ConversationPrivacy::PrivateVerified
                                | ConversationPrivacy::Finished
                        )
                    });
                    let _ = self.core.send(if private {
                        Command::EndPrivate { conversation }
                    } else {
                        Command::StartPrivate { conversation }
                    });
                }
            }
            AppInput::TrustCertificate(account, fingerprint) => {
                let _ = self.core.send(Command::TrustCertificate {
                    account,
                    fingerprint,
                });
                let _ = self.core.send(Command::Connect {
                    account,
                    password: None,
                });
            }
        }
    }

    fn update_cmd(&mut self, event: Event, sender: ComponentSender<Self>, _root: &Self::Root) {
        match event {
            Event::TorStatus(TorStatus::Ready { isolates_accounts }) => {
                self.tor_status.set_text(if isolates_accounts {
                    "Connected to Tor. Every connection goes through Tor, each account on its own circuit."
                } else {
                    "Connected to a SOCKS proxy that does not separate accounts: it may not be Tor."
                });
            }
            Event::TorStatus(TorStatus::Unreachable { explanation, .. }) => {
                self.tor_status.set_text(explanation);
            }
            Event::AccountAdded {
                account,
                address,
                protocol,
            } => self.add_account(account, address, protocol, &sender),
            Event::AccountRemoved { account } => {
                self.account_labels.remove(&account);
            }
            Event::AccountStatus { account, status } => {
                if let Some(row) = self.account_labels.get_mut(&account) {
                    row.active = matches!(
                        status,
                        ConnectionStatus::Connecting | ConnectionStatus::Online
                    );
                    row.button
                        .set_label(if row.active { "Disconnect" } else { "Connect" });
                    let text = match &status {
                        ConnectionStatus::Offline => "Offline".to_owned(),
                        ConnectionStatus::Connecting => "Connecting through Tor…".to_owned(),
                        ConnectionStatus::Online => "Online".to_owned(),
                        ConnectionStatus::Failed { explanation, .. } => {
                            format!("Not connected: {explanation}")
                        }
                    };
                    row.status.set_text(&format!("{}\n{text}", row.address));
                }
            }
            Event::CertificateNeedsDecision { account, prompt } => {
                self.ask_about_certificate(account, &prompt, &sender);
            }
            Event::ContactListed {
                account,
                peer,
                name,
            } => self.add_contact(account, peer, name, &sender),
            Event::ConversationOpened {
                conversation,
                account,
                peer,
            } => {
                let _ = account;
                self.ensure_conversation(conversation, peer);
                // Opened by the user, or by a first message: show it.
                self.show(conversation);
            }
            Event::MessageReceived {
                conversation,
                text,
                security,
            } => {
                if let Some(view) = self.conversations.get(&conversation) {
                    let line = label(&format!("{}: {}", view.peer, text.reveal()));
                    line.set_tooltip_text(Some(security_words(security)));
                    view.messages.append(&line);
                }
                if self.current.is_none() {
                    self.show(conversation);
                }
            }
            Event::MessageSent { local_id, security } => {
                if let Some(line) = self.pending.remove(&local_id) {
                    line.set_tooltip_text(Some(security_words(security)));
                    line.remove_css_class("dim-label");
                }
            }
            Event::MessageHeld { local_id, reason } => {
                if let Some(line) = self.pending.get(&local_id) {
                    let why = match reason {
                        HeldReason::WaitingForPrivateConversation => {
                            "waiting for a private conversation"
                        }
                        HeldReason::PrivateConversationEndedByContact => {
                            "not sent: your contact ended the private conversation"
                        }
                        HeldReason::CompromisedKey => {
                            "not sent: your contact's key is marked compromised"
                        }
                        HeldReason::AccountOffline => "not sent: the account is offline",
                    };
                    line.set_text(&format!("{} ({why})", line.text()));
                }
            }
            Event::MessageFailed { local_id, .. } => {
                if let Some(line) = self.pending.remove(&local_id) {
                    line.set_text(&format!("{} (not sent)", line.text()));
                }
            }
            Event::PrivacyChanged {
                conversation,
                privacy,
            } => {
                if let Some(view) = self.conversations.get_mut(&conversation) {
                    view.privacy = privacy;
                }
                if self.current == Some(conversation) {
                    self.show_privacy(privacy);
                }
            }
            Event::VerificationRequested {
                conversation,
                question,
            } => self.answer_prompt(conversation, question.as_ref(), &sender),
            Event::VerificationFinished {
                conversation,
                succeeded,
            } => {
                if let Some(view) = self.conversations.get(&conversation) {
                    view.messages.append(&label(if succeeded {
                        "Verification succeeded: your contact gave the same answer."
                    } else {
                        "Verification failed: the answers differ, or it was stopped. You may be talking to someone else."
                    }));
                }
            }
            Event::PidginImported {
                accounts,
                skipped,
                contacts,
                rooms,
            } => {
                self.notice.set_text(&format!(
                    "Imported from Pidgin: {accounts} accounts ({skipped} already here), {contacts} contacts, {rooms} chats."
                ));
            }
            Event::CommandFailed { explanation, .. } => self.notice.set_text(&explanation),
            Event::Stopped => relm4::main_application().quit(),
            // Rooms have no window yet.
            Event::RoomJoined { .. }
            | Event::RoomOccupants { .. }
            | Event::RoomMessage { .. }
            | Event::RoomSubject { .. }
            | Event::RoomLeft { .. }
            | Event::RoomError { .. }
            | Event::Bookmarks { .. } => {}
        }
    }
}

fn security_words(security: Security) -> &'static str {
    match security {
        Security::EncryptedVerified => "Private: encrypted, and you verified your contact",
        Security::EncryptedUnverified => {
            "Private but unverified: encrypted, your contact is not verified yet"
        }
        Security::NotEncrypted => "Not private: the server can read this message",
    }
}

impl App {
    fn add_account(
        &mut self,
        account: AccountId,
        address: String,
        protocol: Protocol,
        sender: &ComponentSender<Self>,
    ) {
        let row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        let status = label(&format!("{address}\nOffline"));
        status.set_hexpand(true);
        let connect = gtk::Button::with_label("Connect");
        connect.set_tooltip_text(Some(&format!("Connect {address} through Tor")));
        let input = sender.input_sender().clone();
        connect.connect_clicked(move |_| input.emit(AppInput::Connect(account)));
        row.append(&status);
        row.append(&connect);
        self.accounts.append(&row);
        self.account_labels.insert(
            account,
            AccountRow {
                address,
                protocol,
                status,
                button: connect,
                active: false,
            },
        );
    }

    fn add_contact(
        &mut self,
        account: AccountId,
        peer: String,
        name: Option<String>,
        sender: &ComponentSender<Self>,
    ) {
        if self.contact_rows.contains_key(&(account, peer.clone())) {
            return;
        }
        let shown = name
            .filter(|n| !n.is_empty())
            .map_or_else(|| peer.clone(), |n| format!("{n} ({peer})"));
        let button = gtk::Button::with_label(&shown);
        let input = sender.input_sender().clone();
        let target = peer.clone();
        button.connect_clicked(move |_| input.emit(AppInput::Open(account, target.clone())));
        self.contacts.append(&button);
        self.contact_rows.insert((account, peer), button.upcast());
    }

    fn ensure_conversation(&mut self, conversation: ConversationId, peer: String) {
        if self.conversations.contains_key(&conversation) {
            return;
        }
        let messages = gtk::ListBox::new();
        messages.set_selection_mode(gtk::SelectionMode::None);
        self.stack
            .add_named(&messages, Some(&format!("conversation-{}", conversation.0)));
        self.conversations.insert(
            conversation,
            Conversation {
                peer,
                messages,
                privacy: ConversationPrivacy::NotPrivate,
            },
        );
    }

    fn show(&mut self, conversation: ConversationId) {
        let Some(view) = self.conversations.get(&conversation) else {
            return;
        };
        self.stack.set_visible_child(&view.messages);
        self.conversation_title
            .set_text(&format!("Conversation with {}", view.peer));
        let privacy = view.privacy;
        self.show_privacy(privacy);
        self.compose.set_sensitive(true);
        self.compose.grab_focus();
        self.current = Some(conversation);
        self.window
            .set_title(Some(&format!("Otter — {}", view.peer)));
    }

    /// Says plainly what is and is not private, and offers the matching action.
    fn show_privacy(&self, privacy: ConversationPrivacy) {
        let (text, action) = match privacy {
            ConversationPrivacy::NotPrivate => (
                "Not private: messages in this conversation are not encrypted end to end. The server can read them.",
                "Start private conversation",
            ),
            ConversationPrivacy::PrivateUnverified => (
                "Private but unverified: messages are encrypted (OTR), but you have not verified who your contact is.",
                "End private conversation",
            ),
            ConversationPrivacy::PrivateVerified => (
                "Private and verified: messages are encrypted (OTR) and you verified your contact.",
                "End private conversation",
            ),
            ConversationPrivacy::Finished => (
                "Your contact ended the private conversation. Nothing you type is sent until you end it too or start a new one.",
                "End private conversation",
            ),
        };
        self.privacy.set_text(text);
        self.private_button.set_label(action);
        self.private_button.set_sensitive(true);
        self.verify_button.set_sensitive(matches!(
            privacy,
            ConversationPrivacy::PrivateUnverified | ConversationPrivacy::PrivateVerified
        ));
    }

    fn send(&mut self) {
        let Some(conversation) = self.current else {
            return;
        };
        let typed = self.compose.text().to_string();
        if typed.trim().is_empty() {
            return;
        }
        self.compose.set_text("");
        let local_id = LocalId(self.next_local_id);
        self.next_local_id = self.next_local_id.saturating_add(1);
        if let Some(view) = self.conversations.get(&conversation) {
            let line = label(&format!("me: {typed}"));
            line.add_css_class("dim-label");
            view.messages.append(&line);
            self.pending.insert(local_id, line);
        }
        let _ = self.core.send(Command::SendText {
            conversation,
            local_id,
            text: MessageText::new(typed),
        });
    }

    /// The verification dialog: a question only the contact can answer, or a shared secret.
    fn ask_verification(&self, sender: &ComponentSender<Self>) {
        let dialog = gtk::Dialog::with_buttons(
            Some("Verify your contact"),
            Some(&self.window),
            gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
            &[
                ("Cancel", gtk::ResponseType::Cancel),
                ("Verify", gtk::ResponseType::Accept),
            ],
        );
        let content = dialog.content_area();
        content.set_spacing(6);
        content.append(&label(
            "Ask a question only your contact can answer, or leave the question empty to check a secret you agreed on in person. Nobody else learns the answer, not even the server.",
        ));
        let question = gtk::Entry::new();
        question.set_placeholder_text(Some("Question (optional)"));
        question.set_tooltip_text(Some("Question for your contact"));
        let answer = gtk::Entry::new();
        answer.set_placeholder_text(Some("Expected answer or shared secret"));
        answer.set_tooltip_text(Some("Expected answer or shared secret"));
        answer.set_visibility(false);
        content.append(&question);
        content.append(&answer);
        let input = sender.input_sender().clone();
        dialog.connect_response(move |dialog, response| {
            if response == gtk::ResponseType::Accept && !answer.text().is_empty() {
                let asked = question.text().trim().to_owned();
                input.emit(AppInput::VerifyWith(
                    (!asked.is_empty()).then_some(asked),
                    answer.text().to_string(),
                ));
            }
            dialog.close();
        });
        dialog.present();
    }

    /// The contact asks to verify: a non-blocking prompt the user answers when ready.
    fn answer_prompt(
        &self,
        conversation: ConversationId,
        question: Option<&MessageText>,
        sender: &ComponentSender<Self>,
    ) {
        let Some(view) = self.conversations.get(&conversation) else {
            return;
        };
        let row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        let asked = match question {
            Some(question) => format!("{} asks you to verify: {}", view.peer, question.reveal()),
            None => format!(
                "{} asks you to verify with the secret you agreed on.",
                view.peer
            ),
        };
        let text = label(&asked);
        text.set_hexpand(true);
        let answer = gtk::Entry::new();
        answer.set_placeholder_text(Some("Your answer"));
        answer.set_tooltip_text(Some("Your answer to the verification question"));
        answer.set_visibility(false);
        let send = gtk::Button::with_label("Answer");
        let input = sender.input_sender().clone();
        let entry = answer.clone();
        let done = row.clone();
        send.connect_clicked(move |_| {
            if !entry.text().is_empty() {
                input.emit(AppInput::AnswerVerification(
                    conversation,
                    entry.text().to_string(),
                ));
                done.set_sensitive(false);
            }
        });
        row.append(&text);
        row.append(&answer);
        row.append(&send);
        view.messages.append(&row);
    }

    fn ask_about_certificate(
        &self,
        account: AccountId,
        prompt: &otter_core::CertificatePrompt,
        sender: &ComponentSender<Self>,
    ) {
        let dialog = gtk::MessageDialog::new(
            Some(&self.window),
            gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
            gtk::MessageType::Warning,
            gtk::ButtonsType::None,
            if prompt.changed_since_accepted {
                "The server's certificate changed"
            } else {
                "The server's certificate is not trusted"
            },
        );
        dialog.set_secondary_text(Some(&format!(
            "{}\n\nFingerprint (SHA-256):\n{}\n\nIssued to: {}\nIssued by: {}\nValid until: {}",
            prompt.explanation, prompt.fingerprint, prompt.subject, prompt.issuer, prompt.not_after
        )));
        dialog.add_button("Do not connect", gtk::ResponseType::Reject);
        if !prompt.changed_since_accepted {
            dialog.add_button("Trust this certificate", gtk::ResponseType::Accept);
        }
        let input = sender.input_sender().clone();
        let fingerprint = prompt.fingerprint;
        dialog.connect_response(move |dialog, response| {
            if response == gtk::ResponseType::Accept {
                input.emit(AppInput::TrustCertificate(account, fingerprint));
            }
            dialog.close();
        });
        dialog.present();
    }
}
