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
//!     │   │   ├── contacts (contacts.rs)         one button per contact, unread count,
//!     │   │   │                                  under a heading per group
//!     │   │   ├── rooms: ListBox (rooms.rs)      bookmarked and joined rooms
//!     │   │   └── Entry + Button                 open a conversation by address
//!     │   └── Pages (one shown at a time)
//!     │       ├── welcome (welcome.rs)              while there is no account
//!     │       ├── one page per room (rooms.rs)     "not private" banner, people, messages
//!     │       └── Box (conversation)
//!     │       ├── conversation_title: Label
//!     │       ├── privacy: Label                 what is and is not private, always visible
//!     │       ├── Stack                          one page per conversation: prompts
//!     │       │                                  (answer a verification) and a virtualised
//!     │       │                                  message list (messages.rs)
//!     │       ├── typing: Label                  "X is typing…" (when shared)
//!     │       └── Composer (composer.rs) + Button  multi-line, history, commands
//!     └── notice: Label                          last problem or status, in words
//! ```

use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use otter_core::types::{
    AccountId, ConversationId, ErrorKind, LocalId, MessageText, OtrFingerprint, Password, Secret,
};
use otter_core::{
    Availability, Command, ConnectionStatus, ConversationPrivacy, CoreHandle, Event, EventStream,
    HeldReason, KeyGenerationState, Protocol, Security, TorStatus, UserPresence,
};
use relm4::gtk::prelude::*;
use relm4::{ComponentParts, ComponentSender, gtk};

use crate::account_dialog;
use crate::account_edit;
use crate::client_certificate;
use crate::commands::{self, Place, Typed};
use crate::composer::Composer;
use crate::contacts::Contacts;
use crate::copy;
use crate::i18n::{self, tr};
use crate::messages::{Delivery, LineRef, MessageList, Tone};
use crate::pages::Pages;
use crate::password_prompt;
use crate::preferences;
use crate::requests::Requests;
use crate::rooms::{self, Rooms};
use crate::welcome;

mod groups;
mod pane;
mod typed;

/// What the widgets ask of the root component.
#[derive(Debug)]
pub(crate) enum AppInput {
    /// Rooms: handled by `rooms.rs`.
    Room(rooms::RoomInput),
    Connect(AccountId),
    Open(AccountId, String),
    OpenTyped,
    Send,
    TogglePrivate,
    ImportPidgin,
    Verify,
    VerifyWith(Option<String>, String),
    /// The user compared the contact's fingerprint out of band: `true` it matches, `false`
    /// the key is compromised.
    JudgeFingerprint(OtrFingerprint, bool),
    /// Keep the current conversation on disk (or stop).
    KeepHistory(bool),
    DeleteHistory,
    AnswerVerification(ConversationId, String),
    ImportPidginConfirmed(bool),
    TrustCertificate(AccountId, otter_core::types::CertFingerprint),
    /// Open the dialog that adds an account of this kind.
    AddAccountDialog(account_dialog::Kind),
    /// Open the dialog that creates a new XMPP account on its server.
    CreateAccountDialog,
    /// The dialog's valid form.
    AddAccount(account_dialog::Valid),
    /// The creation dialog's valid form.
    CreateAccount(account_dialog::Valid),
    Preferences,
    /// Keep this language for the next start (`None`: the system's).
    SetLanguage(Option<String>),
    RequirePrivateEverywhere(bool),
    DeleteAllHistory,
    /// Ctrl+W: put the open conversation or room away (a room stays joined).
    CloseConversation,
    /// A link in a message was activated: ask before it opens outside Otter.
    OpenLink(String),
    /// The user confirmed opening this link.
    OpenLinkConfirmed(String),
    /// The user agreed that `/raw` lines go out unchecked: this one, and the rest of the run's.
    RawConfirmed(AccountId, String),
    /// Notifications say who wrote (`true`) or only "New message".
    NotifySender(bool),
    /// The window became active: the shown conversation is read.
    WindowActive,
    /// A notification was clicked: show its conversation.
    ShowConversation(ConversationId),
    /// The user's availability, for every account.
    SetPresence(Availability),
    /// Retry or Discard on a message that could not be sent.
    Line(crate::messages::LineAction),
    /// Empty the open conversation's window (not what is kept on disk).
    ClearScrollback,
    /// "Move to group…" for the open conversation's contact (`groups.rs`).
    MoveToGroup,
    /// Connect with the password just typed in the prompt.
    ConnectWith(AccountId, Password),
    /// Stop the verification under way in this conversation.
    StopVerification(ConversationId),
    /// The user started (`true`) or stopped typing in this conversation.
    Typing(ConversationId, bool),
    /// Share typing notifications and delivery receipts.
    ActivitySharing {
        chat_states: bool,
        receipts: bool,
    },
    /// Ctrl+K: find a conversation, room or channel.
    QuickSwitcher,
    /// Open the dialog that edits this account.
    EditAccount(AccountId),
    /// The edit dialog's changes.
    SaveAccount(AccountId, otter_core::AccountChanges),
    /// Keep this proxy (`None`: Tor's default) and connect through it.
    SetProxy(Option<otter_core::SocksProxy>),
    /// Show (made first if need be) an IRC account's client certificate.
    ClientCertificate(AccountId),
    /// A command typed in a room's composer.
    RoomCommand(rooms::RoomKey, Typed),
}

/// The verification dialog's answers for the fingerprint comparison.
const FINGERPRINT_MATCHES: gtk::ResponseType = gtk::ResponseType::Other(1);
const KEY_COMPROMISED: gtk::ResponseType = gtk::ResponseType::Other(2);

struct AccountRow {
    protocol: Protocol,
    /// The account's address, as the sidebar shows it.
    address: String,
    status: gtk::Label,
    button: gtk::Button,
    /// Connecting or online: the button disconnects.
    active: bool,
    /// The profile keeps its password (else it is asked for, once per session).
    password_remembered: bool,
    /// What the edit dialog starts from.
    details: account_edit::Details,
    /// A temporary account's address on this connection, as its server made it up.
    assigned: Option<String>,
}

impl AccountRow {
    /// A temporary XMPP account (the server's name alone): it has no password to ask for.
    fn temporary(&self) -> bool {
        self.protocol == Protocol::Xmpp && !self.address.contains('@')
    }
}

struct Conversation {
    account: AccountId,
    peer: String,
    /// The stack's page: prompts above the messages.
    page: gtk::Box,
    /// Prompts that wait for an answer (an incoming verification question).
    prompts: gtk::Box,
    messages: MessageList,
    privacy: ConversationPrivacy,
    /// Our key and the contact's, once the conversation is private (for comparing).
    keys: Option<(OtrFingerprint, OtrFingerprint)>,
    /// The contact's device the private conversation is with, when the core named one.
    device: Option<String>,
    /// Kept on disk (the user turned logging on for it).
    logging: bool,
    /// A verification under way: its row above the messages and its bar.
    verifying: Option<(gtk::Box, gtk::ProgressBar)>,
    /// The contact is typing (as they share it).
    typing: bool,
}

/// The main window's state.
pub(crate) struct App {
    core: CoreHandle,
    window: gtk::ApplicationWindow,
    tor_status: gtk::Label,
    notice: gtk::Label,
    accounts: gtk::ListBox,
    account_labels: HashMap<AccountId, AccountRow>,
    contacts: Contacts,
    /// Contact requests and room invitations waiting for the user.
    requests: Requests,
    address_entry: gtk::Entry,
    conversation_title: gtk::Label,
    privacy: gtk::Label,
    private_button: gtk::Button,
    verify_button: gtk::Button,
    /// "Keep this conversation": off unless the user turns it on, per conversation.
    keep_history: gtk::CheckButton,
    delete_history: gtk::Button,
    stack: gtk::Stack,
    compose: Composer,
    /// "X is typing…" for the open conversation.
    typing: gtk::Label,
    /// Whether typing notifications and receipts are shared, as the core last said.
    activity: (bool, bool),
    /// `/msg` lines waiting for their conversation to open.
    to_send_when_open: Vec<(AccountId, String, String)>,
    /// `/whois` asked and not answered yet: the account, the nick (lower case) and where the
    /// answer is shown; the oldest forgotten past a few.
    whois_asked: VecDeque<(AccountId, String, typed::WhoisPlace)>,
    /// `/who` asked and not answered yet, the same way.
    who_asked: VecDeque<(AccountId, String, typed::WhoisPlace)>,
    /// The user agreed, in this run, that `/raw` lines go out unchecked.
    raw_confirmed: bool,
    /// The user's availability, and whether its change is the window's own doing.
    status: (gtk::DropDown, Rc<std::cell::Cell<bool>>),
    conversations: HashMap<ConversationId, Conversation>,
    current: Option<ConversationId>,
    /// Sent lines not confirmed yet, with what was typed (to reword the line).
    pending: HashMap<LocalId, (ConversationId, LineRef, String)>,
    /// Sent lines, with how they travelled, until the server (and, with receipts, the
    /// contact's device) confirmed them; the oldest are forgotten past `SENT_KEPT`.
    /// What was typed is kept too: a message can still bounce after it left.
    sent: VecDeque<(LocalId, ConversationId, LineRef, Security, String)>,
    /// Lines that could not be sent, with what was typed, until retried or discarded.
    failed: HashMap<LocalId, (ConversationId, LineRef, String)>,
    next_local_id: u64,
    /// The right-hand side: the welcome (no account yet), the conversation, the rooms.
    main_stack: Pages,
    /// Passwords typed in the account dialog and not remembered: kept in memory for this
    /// session only, so "Connect" works without asking again.
    session_passwords: HashMap<AccountId, Password>,
    /// Added, waiting for `AccountAdded` to learn the id.
    awaiting_password: Vec<(String, Password)>,
    rooms: Rooms,
    /// What this window last set "require private conversations with everyone" to; the core
    /// does not report the saved value.
    require_private: Option<bool>,
    /// The language saved in the profile, as the core reported it at start or this window
    /// last set it (`None`: the system's).
    language: Option<String>,
    /// The saved language this window started with.
    started_language: Option<String>,
    /// Notifications name who wrote (on by default, as the issue for the window asks; off,
    /// they say only "New message"). Never the text. Kept for this session only (the core has
    /// no setting for it).
    notify_sender: bool,
    /// The SOCKS5 proxy, as the core last said.
    proxy: preferences::ProxyState,
}

/// How many sent lines are remembered for their confirmations.
const SENT_KEPT: usize = 1000;

/// How many core events are applied in one go at most, so one burst cannot hold the main
/// loop for long.
const EVENT_BATCH: usize = 512;

/// An entry's placeholder, and its tooltip, which screen readers say as its description.
// GTK 4.8's accessible-name API is not wrapped by gtk4-rs without `v4_10`; the placeholder is
// exposed as an attribute and the tooltip as the description.
pub(crate) fn entry_words(entry: &gtk::Entry, placeholder: &str, tooltip: &str) {
    entry.set_placeholder_text(Some(placeholder));
    entry.set_tooltip_text(Some(tooltip));
}

/// Names `widget` after the heading shown above it, in whatever language that heading is: GTK
/// makes a label the accessible name of its mnemonic widget.
fn labelled_by(widget: &impl IsA<gtk::Widget>, heading: &gtk::Label) {
    heading.set_mnemonic_widget(Some(widget));
}

pub(crate) fn label(text: &str) -> gtk::Label {
    let label = gtk::Label::new(Some(text));
    label.set_xalign(0.0);
    label.set_wrap(true);
    // A wrapping label asks for its whole text on one line unless told otherwise, which
    // makes dialogs as wide as their longest sentence (wider than the screen in some
    // languages).
    label.set_max_width_chars(60);
    label.set_selectable(false);
    label
}

impl relm4::Component for App {
    /// The core, its events, the saved "require private conversations" if known, and the
    /// saved language (`None`: the system's).
    type Init = (CoreHandle, EventStream, Option<bool>, Option<String>);
    type Input = AppInput;
    type Output = ();
    /// Core events, as many as were waiting (at most [`EVENT_BATCH`]).
    type CommandOutput = Vec<Event>;
    type Root = gtk::ApplicationWindow;
    type Widgets = ();

    fn init_root() -> Self::Root {
        // GTK takes its direction from its own catalogue; Otter's languages are negotiated
        // separately, so say it before the first widget exists.
        gtk::Widget::set_default_direction(match i18n::direction() {
            i18n::Direction::LeftToRight => gtk::TextDirection::Ltr,
            i18n::Direction::RightToLeft => gtk::TextDirection::Rtl,
        });
        let window = gtk::ApplicationWindow::new(&relm4::main_application());
        window.set_title(Some(&tr::window_title()));
        window.set_default_size(960, 640);
        window
    }

    fn init(
        (core, mut events, require_private, language): Self::Init,
        window: Self::Root,
        sender: ComponentSender<Self>,
    ) -> ComponentParts<Self> {
        // Core events reach the GUI here and only here.
        sender.command(move |out, shutdown| {
            shutdown
                .register(async move {
                    // Whatever is waiting goes in one batch: one update for a burst, not one
                    // per message.
                    while let Some(event) = events.next().await {
                        let mut batch = vec![event];
                        while batch.len() < EVENT_BATCH
                            && let Some(event) = events.try_next()
                        {
                            batch.push(event);
                        }
                        if out.send(batch).is_err() {
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
        let tor_status = label(&tr::tor_status_checking());
        root.append(&tor_status);

        let paned = gtk::Paned::new(gtk::Orientation::Horizontal);
        paned.set_vexpand(true);
        paned.set_position(300);
        root.append(&paned);

        let sidebar = gtk::Box::new(gtk::Orientation::Vertical, 6);
        let accounts_heading = label(&tr::sidebar_accounts_heading());
        sidebar.append(&accounts_heading);
        let accounts = gtk::ListBox::new();
        accounts.set_selection_mode(gtk::SelectionMode::None);
        labelled_by(&accounts, &accounts_heading);
        sidebar.append(&accounts);
        // The user's availability, for every account; each start is "Available".
        let status_row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        let status_heading = label(&tr::sidebar_status_label());
        let statuses = [
            Availability::Available,
            Availability::Away,
            Availability::Busy,
        ];
        let status_words: Vec<String> = statuses
            .iter()
            .map(|availability| crate::contacts::availability_words(Some(*availability)))
            .collect();
        let status_refs: Vec<&str> = status_words.iter().map(String::as_str).collect();
        let status = gtk::DropDown::from_strings(&status_refs);
        status.set_hexpand(true);
        labelled_by(&status, &status_heading);
        let status_sender = sender.input_sender().clone();
        // Set while the window itself shows a presence chosen elsewhere (`/away`).
        let status_quiet = Rc::new(std::cell::Cell::new(false));
        let quiet = status_quiet.clone();
        status.connect_selected_notify(move |drop_down| {
            if quiet.get() {
                return;
            }
            let chosen = usize::try_from(drop_down.selected()).ok();
            if let Some(availability) = chosen.and_then(|i| statuses.get(i)) {
                status_sender.emit(AppInput::SetPresence(*availability));
            }
        });
        status_row.append(&status_heading);
        status_row.append(&status);
        sidebar.append(&status_row);
        let requests = Requests::new();
        sidebar.append(requests.widget());

        let contacts_heading = label(&tr::sidebar_contacts_heading());
        sidebar.append(&contacts_heading);
        let contacts = Contacts::new();
        labelled_by(contacts.widget(), &contacts_heading);
        let contacts_scroll = gtk::ScrolledWindow::new();
        contacts_scroll.set_vexpand(true);
        contacts_scroll.set_child(Some(contacts.widget()));
        sidebar.append(&contacts_scroll);
        let rooms = Rooms::new(core.clone(), window.clone(), sender.input_sender().clone());
        let rooms_heading = label(&tr::sidebar_rooms_heading());
        sidebar.append(&rooms_heading);
        labelled_by(rooms.list(), &rooms_heading);
        sidebar.append(rooms.list());
        let join_room = gtk::Button::with_label(&tr::rooms_join_button());
        join_room.set_tooltip_text(Some(&tr::rooms_join_tooltip()));
        let join_sender = sender.input_sender().clone();
        join_room.connect_clicked(move |_| {
            join_sender.emit(AppInput::Room(rooms::RoomInput::OpenJoinDialog));
        });
        sidebar.append(&join_room);
        sidebar.append(&rooms::channels_button(sender.input_sender()));
        let address_entry = gtk::Entry::new();
        entry_words(
            &address_entry,
            &tr::sidebar_open_address_placeholder(),
            &tr::sidebar_open_address_tooltip(),
        );
        let open_sender = sender.input_sender().clone();
        address_entry.connect_activate(move |_| open_sender.emit(AppInput::OpenTyped));
        sidebar.append(&address_entry);
        let import = gtk::Button::with_label(&tr::pidgin_import_button());
        import.set_tooltip_text(Some(&tr::pidgin_import_button_tooltip("~/.purple")));
        let import_sender = sender.input_sender().clone();
        import.connect_clicked(move |_| import_sender.emit(AppInput::ImportPidgin));
        sidebar.append(&import);
        let prefs = gtk::Button::with_label(&tr::prefs_button());
        prefs.set_tooltip_text(Some(&tr::prefs_button_tooltip()));
        let prefs_sender = sender.input_sender().clone();
        prefs.connect_clicked(move |_| prefs_sender.emit(AppInput::Preferences));
        sidebar.append(&prefs);
        paned.set_start_child(Some(&sidebar));

        let pane = gtk::Box::new(gtk::Orientation::Vertical, 6);
        let conversation_title = label(&tr::conversation_none_open());
        conversation_title.add_css_class("title-4");
        pane.append(&conversation_title);
        let privacy_row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        let privacy = label("");
        privacy.set_hexpand(true);
        let private_button = gtk::Button::with_label(&tr::conversation_start_private_button());
        private_button.set_sensitive(false);
        let toggle_sender = sender.input_sender().clone();
        private_button.connect_clicked(move |_| toggle_sender.emit(AppInput::TogglePrivate));
        let verify_button = gtk::Button::with_label(&tr::conversation_verify_button());
        verify_button.set_tooltip_text(Some(&tr::conversation_verify_button_tooltip()));
        verify_button.set_sensitive(false);
        let verify_sender = sender.input_sender().clone();
        verify_button.connect_clicked(move |_| verify_sender.emit(AppInput::Verify));
        privacy_row.append(&privacy);
        privacy_row.append(&verify_button);
        privacy_row.append(&private_button);
        pane.append(&privacy_row);
        let history_row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        let keep_history = gtk::CheckButton::with_label(&tr::history_keep_check());
        keep_history.set_tooltip_text(Some(&tr::history_keep_tooltip()));
        keep_history.set_sensitive(false);
        let keep_sender = sender.input_sender().clone();
        keep_history.connect_toggled(move |check| {
            keep_sender.emit(AppInput::KeepHistory(check.is_active()));
        });
        let delete_history = gtk::Button::with_label(&tr::history_delete_button());
        delete_history.set_tooltip_text(Some(&tr::history_delete_tooltip()));
        delete_history.set_sensitive(false);
        let delete_sender = sender.input_sender().clone();
        delete_history.connect_clicked(move |_| delete_sender.emit(AppInput::DeleteHistory));
        history_row.append(&keep_history);
        history_row.append(&delete_history);
        history_row.append(&pane::conversation_menu(sender.input_sender()));
        pane.append(&history_row);
        // Each page scrolls its own list: a list view inside a scrolled window of its own
        // creates only the rows on screen.
        let stack = gtk::Stack::new();
        stack.set_vexpand(true);
        pane.append(&stack);
        let typing = label("");
        typing.add_css_class("dim-label");
        typing.set_visible(false);
        pane.append(&typing);
        let compose_row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        let send_sender = sender.input_sender().clone();
        let typing_sender = sender.input_sender().clone();
        let compose = Composer::new(
            &tr::compose_tooltip(),
            move || send_sender.emit(AppInput::Send),
            move |key, now| {
                // The composer's keys are conversation ids (see `show`).
                if let Ok(id) = key.parse() {
                    typing_sender.emit(AppInput::Typing(ConversationId(id), now));
                }
            },
        );
        compose.set_sensitive(false);
        let send = gtk::Button::with_label(&tr::compose_send_button());
        send.set_valign(gtk::Align::End);
        let send_sender = sender.input_sender().clone();
        send.connect_clicked(move |_| send_sender.emit(AppInput::Send));
        compose_row.append(compose.widget());
        compose_row.append(&send);
        pane.append(&compose_row);
        let mut main_stack = Pages::new();
        let welcome_sender = sender.input_sender().clone();
        let welcome = welcome::page(move |choice| {
            welcome_sender.emit(match choice {
                welcome::Choice::AddAccount(kind) => AppInput::AddAccountDialog(kind),
                welcome::Choice::CreateAccount => AppInput::CreateAccountDialog,
                welcome::Choice::ImportPidgin => AppInput::ImportPidgin,
            });
        });
        main_stack.add("welcome", &welcome);
        main_stack.add("conversation", &pane);
        // Stored accounts arrive as the first events: the welcome shows only on a first run.
        main_stack.show("welcome");
        paned.set_end_child(Some(main_stack.widget()));

        stack.add_named(&gtk::Box::new(gtk::Orientation::Vertical, 0), Some("none"));
        stack.set_visible_child_name("none");
        let notice = label("");
        root.append(&notice);
        window.set_child(Some(&root));
        shortcuts(&window, &sender);
        // A notification's click names its conversation by id, nothing more.
        let show_action =
            gtk::gio::SimpleAction::new("show-conversation", Some(gtk::glib::VariantTy::UINT64));
        let show_sender = sender.input_sender().clone();
        show_action.connect_activate(move |_, target| {
            if let Some(id) = target.and_then(gtk::glib::Variant::get::<u64>) {
                show_sender.emit(AppInput::ShowConversation(ConversationId(id)));
            }
        });
        relm4::main_application().add_action(&show_action);

        let close_core = core.clone();
        window.connect_close_request(move |window| {
            // The core ends the private conversations (the contacts are told) and logs out
            // before it stops, within a few seconds; the window goes at once and the
            // application quits on `Event::Stopped`. A core already gone has nothing to end.
            if close_core.send(Command::Shutdown).is_ok() {
                window.set_visible(false);
                gtk::glib::Propagation::Stop
            } else {
                gtk::glib::Propagation::Proceed
            }
        });
        let active_sender = sender.input_sender().clone();
        window.connect_is_active_notify(move |window| {
            if window.is_active() {
                active_sender.emit(AppInput::WindowActive);
            }
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
            requests,
            address_entry,
            conversation_title,
            privacy,
            private_button,
            verify_button,
            keep_history,
            delete_history,
            stack,
            compose,
            typing,
            activity: (false, false),
            to_send_when_open: Vec::new(),
            whois_asked: VecDeque::new(),
            who_asked: VecDeque::new(),
            raw_confirmed: false,
            status: (status, status_quiet),
            conversations: HashMap::new(),
            current: None,
            pending: HashMap::new(),
            failed: HashMap::new(),
            sent: VecDeque::new(),
            next_local_id: 1,
            main_stack,
            session_passwords: HashMap::new(),
            awaiting_password: Vec::new(),
            rooms,
            require_private,
            started_language: language.clone(),
            language,
            notify_sender: true,
            proxy: preferences::ProxyState::default(),
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
                let must_ask =
                    self.account_labels.get(&account).is_some_and(|row| {
                        !row.active && !row.password_remembered && !row.temporary()
                    }) && !self.session_passwords.contains_key(&account);
                if must_ask {
                    let (address, irc) = self
                        .account_labels
                        .get(&account)
                        .map(|row| (row.address.clone(), row.protocol == Protocol::Irc))
                        .unwrap_or_default();
                    let input = sender.input_sender().clone();
                    password_prompt::open(
                        &self.window,
                        account,
                        &address,
                        irc,
                        move |account, typed| {
                            input.emit(AppInput::ConnectWith(account, typed));
                        },
                    );
                    return;
                }
                let _ = self.core.send(if active {
                    Command::Disconnect { account }
                } else {
                    Command::Connect {
                        account,
                        password: self.session_passwords.get(&account).cloned(),
                    }
                });
            }
            AppInput::ConnectWith(account, password) => {
                // For this session only: the profile never sees it.
                self.session_passwords.insert(account, password.clone());
                let _ = self.core.send(Command::Connect {
                    account,
                    password: Some(password),
                });
            }
            AppInput::Room(input) => self.rooms.update(input, &mut self.main_stack),
            AppInput::Preferences => {
                let input = sender.input_sender().clone();
                let saved = preferences::Saved {
                    language: self.language.as_deref(),
                    started_with: self.started_language.as_deref(),
                    require_private: self.require_private,
                    notify_sender: self.notify_sender,
                    activity: self.activity,
                    proxy: self.proxy,
                };
                preferences::open(&self.window, &saved, move |choice| {
                    input.emit(match choice {
                        preferences::Choice::Language(language) => AppInput::SetLanguage(language),
                        preferences::Choice::RequirePrivate(on) => {
                            AppInput::RequirePrivateEverywhere(on)
                        }
                        preferences::Choice::NotifySender(on) => AppInput::NotifySender(on),
                        preferences::Choice::DeleteAllHistory => AppInput::DeleteAllHistory,
                        preferences::Choice::Proxy(proxy) => AppInput::SetProxy(proxy),
                        preferences::Choice::ActivitySharing {
                            chat_states,
                            receipts,
                        } => AppInput::ActivitySharing {
                            chat_states,
                            receipts,
                        },
                    });
                });
            }
            AppInput::SetProxy(proxy) => {
                let _ = self.core.send(Command::SetProxy { proxy });
            }
            AppInput::SetLanguage(language) => {
                self.language.clone_from(&language);
                let _ = self.core.send(Command::SetLanguage { language });
            }
            AppInput::RequirePrivateEverywhere(enabled) => {
                self.require_private = Some(enabled);
                let _ = self
                    .core
                    .send(Command::RequirePrivateEverywhere { enabled });
            }
            AppInput::DeleteAllHistory => {
                let _ = self
                    .core
                    .send(Command::DeleteHistory { conversation: None });
            }
            AppInput::CloseConversation => self.close_conversation(),
            AppInput::OpenLink(address) => self.confirm_link(address, &sender),
            AppInput::RawConfirmed(account, line) => {
                self.raw_confirmed = true;
                let _ = self.core.send(Command::SendRawLine { account, line });
            }
            AppInput::OpenLinkConfirmed(address) => {
                // The system's handler (on Tails, Tor Browser); Otter itself fetches nothing.
                if let Err(problem) = gtk::gio::AppInfo::launch_default_for_uri(
                    &address,
                    None::<&gtk::gio::AppLaunchContext>,
                ) {
                    tracing::warn!(%problem, "no handler opened a link");
                    self.notice.set_text(&error_text(ErrorKind::Internal));
                }
            }
            AppInput::NotifySender(on) => self.notify_sender = on,
            AppInput::Line(action) => self.line_action(action),
            AppInput::ClearScrollback => self.clear_scrollback(),
            AppInput::MoveToGroup => self.move_to_group(),
            AppInput::ShowConversation(conversation) => {
                self.show(conversation);
                self.window.present();
            }
            AppInput::SetPresence(availability) => {
                let _ = self.core.send(Command::SetPresence(UserPresence {
                    availability,
                    status: None,
                }));
            }
            AppInput::WindowActive => {
                if let Some(view) = self.current.and_then(|c| self.conversations.get(&c)) {
                    self.contacts.clear_unread(view.account, &view.peer);
                }
            }
            AppInput::AddAccountDialog(kind) => {
                let input = sender.input_sender().clone();
                account_dialog::open(
                    &self.window,
                    kind,
                    account_dialog::Mode::Add,
                    move |valid| {
                        input.emit(AppInput::AddAccount(valid));
                    },
                );
            }
            AppInput::CreateAccountDialog => {
                let input = sender.input_sender().clone();
                account_dialog::open(
                    &self.window,
                    account_dialog::Kind::Xmpp,
                    account_dialog::Mode::Create,
                    move |valid| input.emit(AppInput::CreateAccount(valid)),
                );
            }
            AppInput::CreateAccount(valid) => {
                let settings = valid.settings;
                // The password registers the account; kept for this session unless remembered.
                let Some(password) = settings
                    .remembered_password
                    .clone()
                    .or_else(|| valid.session_password.clone())
                else {
                    return;
                };
                if let Some(session) = valid.session_password {
                    self.awaiting_password
                        .push((settings.address.clone(), session));
                }
                self.notice
                    .set_text(&tr::registration_started(settings.address.as_str()));
                let _ = self
                    .core
                    .send(Command::RegisterAccount { settings, password });
            }
            AppInput::AddAccount(valid) => {
                if let Some(password) = valid.session_password {
                    self.awaiting_password
                        .push((valid.settings.address.clone(), password));
                }
                let _ = self.core.send(Command::AddAccount(valid.settings));
            }
            AppInput::Open(account, peer) => {
                // Until the conversation shows, what is typed would land in the one still on
                // screen (as its draft, or sent there with Enter): the box waits.
                self.compose.set_sensitive(false);
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
            AppInput::Send => self.send(&sender),
            AppInput::ImportPidgin => {
                let dialog = gtk::MessageDialog::new(
                    Some(&self.window),
                    gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
                    gtk::MessageType::Question,
                    gtk::ButtonsType::None,
                    tr::pidgin_import_dialog_title(),
                );
                dialog.set_secondary_text(Some(&tr::pidgin_import_dialog_body()));
                dialog.add_button(&tr::dialog_cancel(), gtk::ResponseType::Cancel);
                dialog.add_button(
                    &tr::pidgin_import_without_passwords(),
                    gtk::ResponseType::No,
                );
                dialog.add_button(&tr::pidgin_import_with_passwords(), gtk::ResponseType::Yes);
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
                    self.verifying(conversation, 0, &sender);
                }
            }
            AppInput::StopVerification(conversation) => {
                let _ = self.core.send(Command::AbortVerification { conversation });
            }
            AppInput::Typing(conversation, typing) => {
                // Only while the user shares it (the core checks too); one-to-one only.
                if self.activity.0 {
                    let _ = self.core.send(Command::SetTyping {
                        conversation,
                        typing,
                    });
                }
            }
            AppInput::ActivitySharing {
                chat_states,
                receipts,
            } => {
                self.activity = (chat_states, receipts);
                if !chat_states {
                    self.compose.stopped();
                }
                let _ = self.core.send(Command::SetActivitySharing {
                    chat_states,
                    receipts,
                });
            }
            AppInput::QuickSwitcher => self.quick_switcher(&sender),
            AppInput::EditAccount(account) => {
                if let Some(row) = self.account_labels.get(&account) {
                    let input = sender.input_sender().clone();
                    let certificate = input.clone();
                    account_edit::open(
                        &self.window,
                        &row.address,
                        row.protocol,
                        &row.details,
                        move |changes| input.emit(AppInput::SaveAccount(account, changes)),
                        move || certificate.emit(AppInput::ClientCertificate(account)),
                    );
                }
            }
            AppInput::SaveAccount(account, changes) => {
                let _ = self.core.send(Command::EditAccount { account, changes });
            }
            // Made once and kept: asking again shows the same certificate.
            AppInput::ClientCertificate(account) => {
                let _ = self.core.send(Command::CreateClientCertificate { account });
            }
            AppInput::RoomCommand(key, typed) => {
                let place = Place::Room {
                    account: key.0,
                    room: key.1.clone(),
                };
                if let Err(problem) = self.run_typed(typed, &place, &sender) {
                    self.rooms.say(&key, problem.words());
                }
            }
            AppInput::JudgeFingerprint(fingerprint, matches) => {
                if let Some(conversation) = self.current {
                    let _ = self.core.send(if matches {
                        Command::ConfirmFingerprint {
                            conversation,
                            fingerprint,
                        }
                    } else {
                        Command::MarkCompromised {
                            conversation,
                            fingerprint,
                        }
                    });
                }
            }
            AppInput::KeepHistory(enabled) => {
                if let Some(conversation) = self.current
                    && self
                        .conversations
                        .get(&conversation)
                        .is_some_and(|view| view.logging != enabled)
                {
                    let _ = self.core.send(Command::SetLogging {
                        conversation,
                        enabled,
                        include_private: false,
                    });
                }
            }
            AppInput::DeleteHistory => {
                if let Some(conversation) = self.current {
                    let _ = self.core.send(Command::DeleteHistory {
                        conversation: Some(conversation),
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

    fn update_cmd(
        &mut self,
        events: Vec<Event>,
        sender: ComponentSender<Self>,
        _root: &Self::Root,
    ) {
        for event in events {
            self.apply(event, &sender);
        }
    }
}

impl App {
    /// A verification under way: a bar above the messages, and a way to stop it.
    fn verifying(
        &mut self,
        conversation: ConversationId,
        percent: u8,
        sender: &ComponentSender<Self>,
    ) {
        let Some(view) = self.conversations.get_mut(&conversation) else {
            return;
        };
        let fraction = f64::from(percent.min(100)) / 100.0;
        if let Some((_, bar)) = &view.verifying {
            bar.set_fraction(fraction);
            return;
        }
        let row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        let words = label(&tr::verification_in_progress());
        let bar = gtk::ProgressBar::new();
        bar.set_fraction(fraction);
        bar.set_hexpand(true);
        bar.set_valign(gtk::Align::Center);
        let stop = gtk::Button::with_label(&tr::verification_stop_button());
        let input = sender.input_sender().clone();
        stop.connect_clicked(move |_| input.emit(AppInput::StopVerification(conversation)));
        row.append(&words);
        row.append(&bar);
        row.append(&stop);
        view.prompts.append(&row);
        view.verifying = Some((row, bar));
    }

    /// "Someone asks to add you": the answer goes to the server, nothing happens without it.
    fn ask_contact_request(&self, account: AccountId, peer: String) {
        let answer = |approve: bool| {
            let (core, peer) = (self.core.clone(), peer.clone());
            move || {
                let _ = core.send(Command::AnswerContactRequest {
                    account,
                    peer: peer.clone(),
                    approve,
                });
            }
        };
        self.requests.ask(
            &tr::contact_request(peer.as_str()),
            (tr::contact_request_accept(), answer(true)),
            (tr::contact_request_refuse(), answer(false)),
        );
    }

    /// An invitation to a room: joined only if the user says so, under the account's name.
    fn ask_room_invitation(
        &self,
        account: AccountId,
        room: String,
        from: Option<String>,
        password: Option<Password>,
    ) {
        let nick = self
            .account_labels
            .get(&account)
            .and_then(|row| row.address.split_once('@'))
            .map_or_else(|| "otter".to_owned(), |(local, _)| local.to_owned());
        let question = match &from {
            Some(from) => tr::room_invitation(from.as_str(), room.as_str()),
            None => tr::room_invitation_unknown(room.as_str()),
        };
        let core = self.core.clone();
        self.requests.ask(
            &question,
            (tr::room_invitation_join(), move || {
                let _ = core.send(Command::JoinRoom {
                    account,
                    room: room.clone(),
                    nick: nick.clone(),
                    password: password.clone(),
                    history: None,
                });
            }),
            (tr::room_invitation_ignore(), || {}),
        );
    }

    /// One core event. Lines go to their lists, which insert everything pushed in this turn of
    /// the main loop at once.
    fn apply(&mut self, event: Event, sender: &ComponentSender<Self>) {
        match event {
            Event::TorStatus(TorStatus::Ready { isolates_accounts }) => {
                self.tor_status.set_text(&if isolates_accounts {
                    tr::tor_status_ready()
                } else {
                    tr::tor_status_not_isolating()
                });
            }
            Event::TorStatus(TorStatus::Unreachable { kind, .. }) => {
                self.tor_status.set_text(&error_text(kind));
            }
            Event::AccountAdded {
                account,
                address,
                protocol,
            } => {
                if let Some(index) = self
                    .awaiting_password
                    .iter()
                    .position(|(typed, _)| *typed == address)
                {
                    let (_, password) = self.awaiting_password.swap_remove(index);
                    self.session_passwords.insert(account, password);
                }
                if protocol == Protocol::Xmpp {
                    self.rooms.xmpp_account(account, address.clone());
                } else {
                    self.rooms.irc_account(account, address.clone());
                }
                self.add_account(account, address, protocol, sender);
                if self.main_stack.shown() == Some("welcome") {
                    self.main_stack.show("conversation");
                }
            }
            Event::AccountRemoved { account } => {
                self.account_labels.remove(&account);
                self.session_passwords.remove(&account);
                self.rooms.account_removed(account);
                if self.account_labels.is_empty() {
                    self.main_stack.show("welcome");
                }
            }
            Event::AccountStatus { account, status } => {
                self.rooms
                    .account_online(account, status == ConnectionStatus::Online);
                // A refused password is asked for again at the next Connect.
                let refused = matches!(
                    status,
                    ConnectionStatus::Failed {
                        kind: ErrorKind::AuthenticationFailed,
                        ..
                    }
                );
                // "No password" refused: the core keeps a nick that logged in before from
                // going without one.
                let refused_without = refused
                    && self
                        .session_passwords
                        .get(&account)
                        .is_some_and(|password| password.reveal().is_empty());
                if refused {
                    self.session_passwords.remove(&account);
                }
                if let Some(row) = self.account_labels.get_mut(&account) {
                    row.active = matches!(
                        status,
                        ConnectionStatus::Connecting | ConnectionStatus::Online
                    );
                    row.button.set_label(&if row.active {
                        tr::account_disconnect_button()
                    } else {
                        tr::account_connect_button()
                    });
                    if !matches!(status, ConnectionStatus::Online) {
                        row.assigned = None;
                    }
                    let temporary = row.temporary();
                    row.status.set_text(&match status {
                        ConnectionStatus::Offline => tr::account_status_offline(),
                        ConnectionStatus::Connecting => tr::account_status_connecting(),
                        ConnectionStatus::Online => match &row.assigned {
                            Some(address) => {
                                tr::account_status_online_as(i18n::left_to_right(address.as_str()))
                            }
                            None => tr::account_status_online(),
                        },
                        // The server would not let a temporary account in: it offers none.
                        ConnectionStatus::Failed {
                            kind: ErrorKind::AuthenticationFailed,
                            ..
                        } if temporary => {
                            tr::account_status_failed(tr::error_temporary_not_allowed())
                        }
                        ConnectionStatus::Failed { .. } if refused_without => {
                            tr::account_status_failed(tr::error_irc_login_needed())
                        }
                        ConnectionStatus::Failed { kind, .. } => {
                            tr::account_status_failed(error_text(kind))
                        }
                    });
                }
            }
            Event::CertificateNeedsDecision { account, prompt } => {
                self.ask_about_certificate(account, &prompt, sender);
            }
            Event::ContactListed {
                account,
                peer,
                name,
                groups,
            } => self.add_contact(account, peer, name, Some(groups), sender),
            Event::ContactPresence {
                account,
                peer,
                resource,
                availability,
                ..
            } => self
                .contacts
                .set_presence(account, &peer, resource, availability),
            Event::ContactRemoved { account, peer } => self.contacts.remove(account, &peer),
            Event::ContactRequest { account, peer } => self.ask_contact_request(account, peer),
            Event::RoomInvitation {
                account,
                room,
                from,
                password,
                ..
            } => self.ask_room_invitation(account, room, from, password),
            Event::AccountDetails {
                account,
                server_host,
                server_port,
                direct_tls,
                nickserv_fallback,
                onion_plaintext,
                password_remembered,
            } => {
                if let Some(row) = self.account_labels.get_mut(&account) {
                    row.password_remembered = password_remembered;
                    row.details = account_edit::Details {
                        server_host,
                        server_port,
                        direct_tls,
                        nickserv_fallback,
                        onion_plaintext,
                        password_remembered,
                    };
                }
            }
            Event::RoomService { account, service } => self.rooms.room_service(account, service),
            // Shown with "Online": the address changes at each connection.
            Event::AccountAddressAssigned { account, address } => {
                if let Some(row) = self.account_labels.get_mut(&account) {
                    row.assigned = Some(address);
                }
            }
            Event::Proxy {
                in_use,
                saved,
                fixed_for_this_run,
            } => {
                self.proxy = preferences::ProxyState {
                    in_use,
                    saved,
                    fixed_for_this_run,
                };
            }
            Event::ClientCertificate {
                account,
                fingerprint,
            } => {
                if let Some(row) = self.account_labels.get(&account) {
                    client_certificate::show(&self.window, &row.address, &fingerprint);
                }
            }
            // Also after `/away`, which the drop-down did not choose.
            Event::OwnPresence(presence) => {
                let (drop_down, quiet) = &self.status;
                quiet.set(true);
                // In the order of `statuses` in `init`.
                drop_down.set_selected(match presence.availability {
                    Availability::Available => 0,
                    Availability::Away => 1,
                    Availability::Busy => 2,
                });
                quiet.set(false);
            }
            Event::ActivitySharing {
                chat_states,
                receipts,
            } => self.activity = (chat_states, receipts),
            Event::ContactTyping {
                conversation,
                typing,
            } => self.contact_typing(conversation, typing),
            Event::ConversationOpened {
                conversation,
                account,
                peer,
            } => {
                // Someone not in the roster: listed too, so their unread count shows.
                self.add_contact(account, peer.clone(), None, None, sender);
                self.ensure_conversation(conversation, account, peer, sender);
                // Opened by the user, or by a first message: show it.
                self.show(conversation);
                self.send_waiting(conversation);
            }
            Event::MessageReceived {
                conversation,
                text,
                security,
                plaintext_warning,
                at,
            } => {
                // A message ends what they were typing.
                self.contact_typing(conversation, false);
                if let Some(view) = self.conversations.get(&conversation) {
                    view.messages.push_message(
                        tr::message_received(view.peer.as_str(), text.reveal()),
                        Tone::Normal,
                        Some(security_words(security)),
                        at,
                    );
                    if plaintext_warning {
                        // Right under the message, in red: the user must not take it (or
                        // answer it) as private.
                        view.messages.push(
                            tr::message_received_not_private(view.peer.as_str()),
                            Tone::Error,
                            None,
                        );
                    }
                }
                if self.current.is_none() {
                    self.show(conversation);
                }
                self.unread(conversation);
            }
            Event::MessageSent { local_id, .. } if self.rooms.message_result(local_id, None) => {}
            Event::MessageFailed { local_id, kind }
                if self.rooms.message_result(local_id, Some(kind)) => {}
            Event::MessageSent { local_id, security } => {
                if let Some((conversation, line, typed)) = self.pending.remove(&local_id) {
                    self.change_line(conversation, &line, |line| {
                        line.tooltip = Some(security_words(security));
                        line.tone = Tone::Normal;
                        line.delivery = line.delivery.map(|_| Delivery::Sent);
                    });
                    if self.sent.len() >= SENT_KEPT {
                        self.sent.pop_front();
                    }
                    self.sent
                        .push_back((local_id, conversation, line, security, typed));
                }
            }
            Event::MessageAcknowledged { local_id } => {
                self.confirmed(local_id, |security| {
                    tr::message_state_server(security_words(security))
                });
            }
            Event::MessageDelivered { local_id } => {
                self.confirmed(local_id, |security| {
                    tr::message_state_delivered(security_words(security))
                });
                self.mark(local_id, Some(Delivery::Delivered));
            }
            Event::MessageSentElsewhere { conversation, text } => {
                if let Some(view) = self.conversations.get(&conversation) {
                    view.messages.push_message(
                        tr::message_own_elsewhere(text.reveal()),
                        Tone::Normal,
                        None,
                        None,
                    );
                }
            }
            Event::MessageHeld { local_id, reason } => {
                if let Some((conversation, line, typed)) = self.pending.get(&local_id) {
                    let typed = typed.as_str();
                    let text = match reason {
                        HeldReason::WaitingForPrivateConversation => tr::message_own_waiting(typed),
                        HeldReason::PrivateConversationEndedByContact => {
                            tr::message_own_held_ended(typed)
                        }
                        HeldReason::CompromisedKey => tr::message_own_held_compromised(typed),
                        HeldReason::AccountOffline => tr::message_own_held_offline(typed),
                    };
                    self.change_line(*conversation, line, |line| line.text = text);
                }
                // Nothing holds it until the account is back: the user retries it then.
                if matches!(reason, HeldReason::AccountOffline)
                    && let Some((conversation, line, typed)) = self.pending.remove(&local_id)
                {
                    self.keep_failed(local_id, conversation, line, typed);
                }
            }
            Event::MessageDiscarded { local_id } => {
                if let Some((conversation, line, typed)) = self.pending.remove(&local_id) {
                    self.change_line(conversation, &line, |line| {
                        line.text = tr::message_own_discarded(typed);
                        line.delivery = None;
                    });
                }
            }
            Event::MessageFailed { local_id, kind } => {
                if let Some((conversation, line, typed)) = self.unconfirmed(local_id) {
                    self.change_line(conversation, &line, |line| {
                        line.text = tr::message_own_failed(typed.as_str());
                        line.tooltip = Some(error_text(kind));
                        line.tone = Tone::Error;
                    });
                    self.keep_failed(local_id, conversation, line, typed);
                }
            }
            // The status line: making a key takes seconds on a slow computer, and the
            // waiting messages' "waiting for a private conversation" needs its reason.
            Event::KeyGeneration { account, state } => {
                let address = self
                    .account_labels
                    .get(&account)
                    .map(|row| row.address.clone())
                    .unwrap_or_default();
                let address = address.as_str();
                self.notice.set_text(&match state {
                    KeyGenerationState::Started => tr::key_generation_started(address),
                    KeyGenerationState::Finished => tr::key_generation_finished(address),
                    KeyGenerationState::Failed { .. } => tr::key_generation_failed(address),
                });
            }
            Event::Keys {
                conversation,
                own,
                contact,
            } => {
                if let Some(view) = self.conversations.get_mut(&conversation) {
                    view.keys = Some((own, contact));
                }
            }
            Event::LoggingChanged {
                conversation,
                enabled,
                ..
            } => {
                if let Some(view) = self.conversations.get_mut(&conversation) {
                    view.logging = enabled;
                }
                if self.current == Some(conversation) {
                    self.keep_history.set_active(enabled);
                }
            }
            Event::History {
                conversation,
                lines,
            } => {
                if let Some(view) = self.conversations.get(&conversation) {
                    for kept in lines {
                        let text = if kept.outgoing {
                            tr::message_own(kept.text.reveal())
                        } else {
                            tr::message_received(view.peer.as_str(), kept.text.reveal())
                        };
                        view.messages.push_message(
                            text,
                            Tone::Dim,
                            Some(security_words(kept.security)),
                            Some(kept.at),
                        );
                    }
                }
            }
            // Read in main, before the window existed.
            Event::Preferences { .. } => {}
            Event::HistoryDeleted { .. } => self.notice.set_text(&tr::history_deleted()),
            // The conversation's menu does not offer per-contact policies yet.
            Event::OtrPolicyChanged { .. } => {}
            Event::ContactKeyChanged { conversation } => {
                if let Some(view) = self.conversations.get(&conversation) {
                    view.messages.push(
                        tr::conversation_key_changed(view.peer.as_str()),
                        Tone::Error,
                        None,
                    );
                }
            }
            Event::PrivacyChanged {
                conversation,
                privacy,
            } => {
                if let Some(view) = self.conversations.get_mut(&conversation) {
                    view.privacy = privacy;
                    if privacy == ConversationPrivacy::NotPrivate {
                        view.device = None;
                    }
                }
                if self.current == Some(conversation) {
                    self.show_privacy(privacy);
                }
            }
            Event::PrivateDevice {
                conversation,
                device,
            } => {
                let Some(view) = self.conversations.get_mut(&conversation) else {
                    return;
                };
                view.device = Some(device);
                let privacy = view.privacy;
                if self.current == Some(conversation) {
                    self.show_privacy(privacy);
                }
            }
            Event::VerificationRequested {
                conversation,
                question,
            } => self.answer_prompt(conversation, question.as_ref(), sender),
            Event::VerificationProgress {
                conversation,
                percent,
            } => self.verifying(conversation, percent, sender),
            Event::VerificationFinished {
                conversation,
                succeeded,
            } => {
                if let Some(view) = self.conversations.get_mut(&conversation)
                    && let Some((row, _)) = view.verifying.take()
                {
                    view.prompts.remove(&row);
                }
                if let Some(view) = self.conversations.get(&conversation) {
                    let words = if succeeded {
                        tr::verification_succeeded()
                    } else {
                        tr::verification_failed()
                    };
                    view.messages.push(words, Tone::Normal, None);
                }
            }
            Event::PidginImported {
                accounts,
                skipped,
                contacts,
                rooms,
            } => {
                self.notice
                    .set_text(&tr::pidgin_imported(accounts, skipped, contacts, rooms));
            }
            Event::ServerRefused {
                command,
                description,
                ..
            } => {
                self.notice
                    .set_text(&tr::server_refused(command.as_str(), description.reveal()));
            }
            Event::CommandFailed { kind, .. } => {
                self.notice.set_text(&error_text(kind));
                // A conversation that could not open leaves the one on screen writable.
                self.compose.set_sensitive(self.current.is_some());
            }
            Event::Stopped => relm4::main_application().quit(),
            Event::RegistrationFinished { address, result } => {
                let words = match result {
                    Ok(_) => tr::registration_succeeded(address.as_str()),
                    Err(failure) => {
                        self.awaiting_password
                            .retain(|(typed, _)| *typed != address);
                        registration_words(&address, &failure)
                    }
                };
                self.notice.set_text(&words);
            }
            Event::RoomJoined {
                account,
                room,
                nick,
                facts,
            } => self
                .rooms
                .joined((account, room), &nick, facts, &mut self.main_stack),
            Event::RoomOccupants {
                account,
                room,
                changes,
            } => self.rooms.occupants(&(account, room), changes),
            Event::RoomMessage {
                account,
                room,
                nick,
                text,
                delayed,
                at,
                own,
            } => self
                .rooms
                .message(&(account, room), nick, &text, (delayed, at), own),
            Event::RoomSubject {
                account,
                room,
                nick,
                subject,
            } => self.rooms.subject(&(account, room), nick, &subject),
            Event::RoomLeft {
                account,
                room,
                reason,
            } => {
                let words = self.rooms.left(&(account, room.clone()), &reason);
                self.notice
                    .set_text(&tr::room_problem(room.as_str(), words));
            }
            Event::RoomError {
                account,
                room,
                error,
            } => {
                let words = self.rooms.error(&(account, room), &error);
                self.notice.set_text(&words);
            }
            Event::Bookmarks { account, bookmarks } => self.rooms.bookmarks(account, bookmarks),
            Event::RoomConfigurationForm {
                account,
                room,
                form,
                new_room,
            } => self
                .rooms
                .configuration_form((account, room), &form, new_room),
            Event::RoomConfigured { account, room } => self.rooms.configured(&(account, room)),
            Event::RoomList {
                account,
                rooms,
                truncated,
            } => self.rooms.room_list(account, rooms, truncated),
            Event::WhoisResult { account, info } => self.whois_answer(account, &info),
            Event::WhoResult { account, info } => self.who_answer(account, &info),
            Event::RoomModes {
                account,
                room,
                modes,
            } => self.rooms.modes(&(account, room), &modes),
            Event::RoomBans {
                account,
                room,
                bans,
                truncated,
            } => self.rooms.bans(&(account, room), &bans, truncated),
            Event::RoomModesChanged {
                account,
                room,
                by,
                changes,
                omitted,
            } => self
                .rooms
                .modes_changed(&(account, room), by.as_deref(), &changes, omitted),
            // The line already shows it waiting; `MessageSent` marks it sent.
            Event::MessageQueued { .. } => {}
        }
    }
}

/// Why an account could not be created, in words; the server's English never shows.
fn registration_words(address: &str, failure: &otter_core::RegistrationFailure) -> String {
    use otter_core::RegistrationProblem as P;
    match &failure.problem {
        P::NameTaken => tr::registration_name_taken(),
        P::NotAcceptable => tr::registration_not_acceptable(),
        P::Closed => tr::registration_closed(),
        P::TooManyFromAddress => tr::registration_too_many(),
        P::CannotShowForm { .. } => tr::registration_cannot_show_form(),
        P::NotSaved => tr::registration_not_saved(),
        P::Connection | P::Other | P::InvalidRequest => {
            tr::registration_failed(address, error_text(failure.kind))
        }
    }
}

fn security_words(security: Security) -> String {
    match security {
        Security::EncryptedVerified => tr::security_encrypted_verified(),
        Security::EncryptedUnverified => tr::security_encrypted_unverified(),
        Security::NotEncrypted => tr::security_not_encrypted(),
    }
}

/// The one place an error becomes words: each kind is one translated sentence. The core's
/// English explanations stay in the logs of the core, never on screen.
pub(crate) fn error_text(kind: ErrorKind) -> String {
    match kind {
        ErrorKind::TorUnavailable => tr::error_tor_unavailable(),
        ErrorKind::ServerUnreachable => tr::error_server_unreachable(),
        ErrorKind::CertificateUntrusted => tr::error_certificate_untrusted(),
        ErrorKind::AuthenticationFailed => tr::error_authentication_failed(),
        ErrorKind::PeerMisbehaved => tr::error_peer_misbehaved(),
        ErrorKind::LimitExceeded => tr::error_limit_exceeded(),
        ErrorKind::PrivateSessionRequired => tr::error_private_session_required(),
        ErrorKind::StorageFailed => tr::error_storage_failed(),
        ErrorKind::TimedOut => tr::error_timed_out(),
        // `ErrorKind` is non-exhaustive: a kind added later reads as a bug until it has
        // its own sentence.
        ErrorKind::Internal | _ => tr::error_internal(),
    }
}

/// What a shortcut asks of the root component (`None`: quit).
type MakeInput = fn() -> AppInput;

/// Ctrl+Q quits, Ctrl+W puts the conversation away, Ctrl+comma opens the preferences,
/// Ctrl+K finds a conversation.
fn shortcuts(window: &gtk::ApplicationWindow, sender: &ComponentSender<App>) {
    let actions: [(&str, &str, Option<MakeInput>); 4] = [
        ("quit", "<Control>q", None),
        (
            "close-conversation",
            "<Control>w",
            Some(|| AppInput::CloseConversation),
        ),
        (
            "preferences",
            "<Control>comma",
            Some(|| AppInput::Preferences),
        ),
        (
            "quick-switcher",
            "<Control>k",
            Some(|| AppInput::QuickSwitcher),
        ),
    ];
    let application = relm4::main_application();
    for (name, accel, make) in actions {
        let action = gtk::gio::SimpleAction::new(name, None);
        let sender = sender.input_sender().clone();
        let owner = window.clone();
        action.connect_activate(move |_, _| match make {
            Some(make) => sender.emit(make()),
            // Closing the window stops the core first (see the close handler).
            None => owner.close(),
        });
        window.add_action(&action);
        application.set_accels_for_action(&format!("win.{name}"), &[accel]);
    }
}

impl App {
    fn close_conversation(&mut self) {
        self.current = None;
        self.rooms.current = None;
        self.stack.set_visible_child_name("none");
        self.conversation_title
            .set_text(&tr::conversation_none_open());
        self.privacy.set_text("");
        self.private_button.set_sensitive(false);
        self.verify_button.set_sensitive(false);
        self.keep_history.set_sensitive(false);
        self.delete_history.set_sensitive(false);
        self.compose.switch_to("");
        self.compose.set_sensitive(false);
        self.typing.set_visible(false);
        self.window.set_title(Some(&tr::window_title()));
        self.main_stack.show(if self.account_labels.is_empty() {
            "welcome"
        } else {
            "conversation"
        });
    }

    fn add_account(
        &mut self,
        account: AccountId,
        address: String,
        protocol: Protocol,
        sender: &ComponentSender<Self>,
    ) {
        let row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        let text = gtk::Box::new(gtk::Orientation::Vertical, 0);
        text.set_hexpand(true);
        let shown = label(&i18n::isolate(&address));
        // Broken anywhere rather than widening the sidebar: an address is one long word, and
        // the row also holds its Edit and Connect buttons.
        shown.set_wrap_mode(gtk::pango::WrapMode::WordChar);
        text.append(&shown);
        let status = label(&tr::account_status_offline());
        // "Online as" a temporary account's made-up address: as long a word as the address.
        status.set_wrap_mode(gtk::pango::WrapMode::WordChar);
        text.append(&status);
        let connect = gtk::Button::with_label(&tr::account_connect_button());
        connect.set_tooltip_text(Some(&tr::account_connect_tooltip(address.as_str())));
        let input = sender.input_sender().clone();
        connect.connect_clicked(move |_| input.emit(AppInput::Connect(account)));
        let edit = gtk::Button::with_label(&tr::account_edit_button());
        edit.set_tooltip_text(Some(&tr::account_edit_tooltip(address.as_str())));
        let input = sender.input_sender().clone();
        edit.connect_clicked(move |_| input.emit(AppInput::EditAccount(account)));
        row.append(&text);
        row.append(&edit);
        row.append(&connect);
        self.accounts.append(&row);
        self.account_labels.insert(
            account,
            AccountRow {
                protocol,
                address: address.clone(),
                status,
                button: connect,
                active: false,
                password_remembered: false,
                details: account_edit::Details::default(),
                assigned: None,
            },
        );
    }

    fn add_contact(
        &mut self,
        account: AccountId,
        peer: String,
        name: Option<String>,
        listed: Option<Vec<String>>,
        sender: &ComponentSender<Self>,
    ) {
        let input = sender.input_sender().clone();
        let target = peer.clone();
        self.contacts.add(account, peer, name, listed, move || {
            input.emit(AppInput::Open(account, target.clone()));
        });
    }

    fn ensure_conversation(
        &mut self,
        conversation: ConversationId,
        account: AccountId,
        peer: String,
        sender: &ComponentSender<Self>,
    ) {
        if self.conversations.contains_key(&conversation) {
            return;
        }
        let input = sender.input_sender().clone();
        let messages = MessageList::new(Rc::new(move |address| {
            input.emit(AppInput::OpenLink(address));
        }));
        let page = gtk::Box::new(gtk::Orientation::Vertical, 6);
        let prompts = gtk::Box::new(gtk::Orientation::Vertical, 6);
        page.append(&prompts);
        page.append(messages.widget());
        self.stack
            .add_named(&page, Some(&format!("conversation-{}", conversation.0)));
        self.conversations.insert(
            conversation,
            Conversation {
                account,
                peer,
                page,
                prompts,
                messages,
                privacy: ConversationPrivacy::NotPrivate,
                keys: None,
                device: None,
                logging: false,
                verifying: None,
                typing: false,
            },
        );
        self.hear_line_actions(conversation, sender.input_sender());
    }

    fn show(&mut self, conversation: ConversationId) {
        let Some(view) = self.conversations.get(&conversation) else {
            return;
        };
        self.stack.set_visible_child(&view.page);
        self.contacts.clear_unread(view.account, &view.peer);
        self.main_stack.show("conversation");
        self.rooms.current = None;
        self.conversation_title
            .set_text(&tr::conversation_title(view.peer.as_str()));
        let privacy = view.privacy;
        let logging = view.logging;
        self.show_privacy(privacy);
        self.keep_history.set_active(logging);
        self.keep_history.set_sensitive(true);
        self.delete_history.set_sensitive(true);
        let typing = view.typing.then(|| tr::typing_notice(view.peer.as_str()));
        self.typing.set_text(typing.as_deref().unwrap_or_default());
        self.typing.set_visible(typing.is_some());
        self.compose.switch_to(&conversation.0.to_string());
        self.compose.set_sensitive(true);
        self.compose.grab_focus();
        self.current = Some(conversation);
        self.window
            .set_title(Some(&tr::window_title_conversation(view.peer.as_str())));
    }

    /// Says plainly what is and is not private, and offers the matching action.
    fn show_privacy(&self, privacy: ConversationPrivacy) {
        let (text, action) = match privacy {
            ConversationPrivacy::NotPrivate => (
                tr::privacy_not_private(),
                tr::conversation_start_private_button(),
            ),
            ConversationPrivacy::PrivateUnverified => (
                tr::privacy_private_unverified(),
                tr::conversation_end_private_button(),
            ),
            ConversationPrivacy::PrivateVerified => (
                tr::privacy_private_verified(),
                tr::conversation_end_private_button(),
            ),
            ConversationPrivacy::Finished => (
                tr::privacy_finished(),
                tr::conversation_end_private_button(),
            ),
            ConversationPrivacy::PrivateCompromised => (
                tr::privacy_compromised(),
                tr::conversation_end_private_button(),
            ),
        };
        let device = self
            .current
            .and_then(|conversation| self.conversations.get(&conversation))
            .and_then(|view| view.device.as_deref());
        match device {
            Some(device) if privacy != ConversationPrivacy::NotPrivate => self
                .privacy
                .set_text(&format!("{text} {}", tr::privacy_device(device))),
            _ => self.privacy.set_text(&text),
        }
        self.private_button.set_label(&action);
        self.private_button.set_sensitive(true);
        self.verify_button.set_sensitive(matches!(
            privacy,
            ConversationPrivacy::PrivateUnverified | ConversationPrivacy::PrivateVerified
        ));
    }

    fn send(&mut self, sender: &ComponentSender<Self>) {
        let Some(conversation) = self.current else {
            return;
        };
        let Some(typed) = self.compose.take() else {
            return;
        };
        match commands::parse(&typed) {
            Typed::Text(text) => self.send_text(conversation, text),
            typed => {
                let Some(view) = self.conversations.get(&conversation) else {
                    return;
                };
                let account = view.account;
                let place = Place::Conversation { account };
                if let Err(problem) = self.run_typed(typed, &place, sender)
                    && let Some(view) = self.conversations.get(&conversation)
                {
                    view.messages.push(problem.words(), Tone::Error, None);
                }
            }
        }
    }

    fn send_text(&mut self, conversation: ConversationId, typed: String) {
        let local_id = LocalId(self.next_local_id);
        self.next_local_id = self.next_local_id.saturating_add(1);
        if let Some(view) = self.conversations.get(&conversation) {
            let line = view
                .messages
                .push_own(tr::message_own(typed.as_str()), local_id.0);
            self.pending
                .insert(local_id, (conversation, line, typed.clone()));
        }
        let _ = self.core.send(Command::SendText {
            conversation,
            local_id,
            text: MessageText::new(typed),
        });
    }

    /// The verification dialog: a question only the contact can answer, a shared secret, or
    /// (once private) comparing fingerprints.
    fn ask_verification(&self, sender: &ComponentSender<Self>) {
        let dialog = gtk::Dialog::with_buttons(
            Some(&tr::verify_dialog_title()),
            Some(&self.window),
            gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
            &[
                (&tr::dialog_cancel(), gtk::ResponseType::Cancel),
                (
                    &tr::verify_dialog_verify_button(),
                    gtk::ResponseType::Accept,
                ),
            ],
        );
        let content = dialog.content_area();
        content.set_spacing(6);
        content.append(&label(&tr::verify_dialog_explanation()));
        let question = gtk::Entry::new();
        entry_words(
            &question,
            &tr::verify_question_placeholder(),
            &tr::verify_question_tooltip(),
        );
        let answer = gtk::Entry::new();
        entry_words(
            &answer,
            &tr::verify_secret_placeholder(),
            &tr::verify_secret_tooltip(),
        );
        answer.set_visibility(false);
        content.append(&question);
        content.append(&answer);
        // The other way: read the fingerprints to each other over a channel you trust.
        let keys = self
            .current
            .and_then(|conversation| self.conversations.get(&conversation))
            .and_then(|view| view.keys);
        if let Some((own, contact)) = keys {
            content.append(&gtk::Separator::new(gtk::Orientation::Horizontal));
            content.append(&label(&tr::verify_fingerprints_explanation()));
            let own_line = label(&tr::verify_own_fingerprint(i18n::left_to_right(
                &own.to_string(),
            )));
            own_line.set_selectable(true);
            content.append(&copy::row(
                &own_line,
                own.to_string(),
                &tr::verify_copy_own_tooltip(),
            ));
            let contact_line = label(&tr::verify_contact_fingerprint(i18n::left_to_right(
                &contact.to_string(),
            )));
            contact_line.set_selectable(true);
            content.append(&copy::row(
                &contact_line,
                contact.to_string(),
                &tr::verify_copy_contact_tooltip(),
            ));
            dialog.add_button(
                &tr::verify_fingerprint_matches_button(),
                FINGERPRINT_MATCHES,
            );
            dialog.add_button(
                &tr::verify_fingerprint_compromised_button(),
                KEY_COMPROMISED,
            );
        }
        let input = sender.input_sender().clone();
        dialog.connect_response(move |dialog, response| {
            if let (Some((_, contact)), FINGERPRINT_MATCHES | KEY_COMPROMISED) = (keys, response) {
                input.emit(AppInput::JudgeFingerprint(
                    contact,
                    response == FINGERPRINT_MATCHES,
                ));
            } else if response == gtk::ResponseType::Accept && !answer.text().is_empty() {
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
            Some(question) => {
                tr::verification_request_question(view.peer.as_str(), question.reveal())
            }
            None => tr::verification_request_secret(view.peer.as_str()),
        };
        let text = label(&asked);
        text.set_hexpand(true);
        let answer = gtk::Entry::new();
        entry_words(
            &answer,
            &tr::verification_answer_placeholder(),
            &tr::verification_answer_tooltip(),
        );
        answer.set_visibility(false);
        let send = gtk::Button::with_label(&tr::verification_answer_button());
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
        view.prompts.append(&row);
    }

    /// Rewords a line of a conversation.
    /// A sent message was confirmed: its description says how far it got.
    fn confirmed(&mut self, local_id: LocalId, words: impl FnOnce(Security) -> String) {
        let Some((_, conversation, line, security, _)) =
            self.sent.iter().find(|(id, ..)| *id == local_id).cloned()
        else {
            return;
        };
        let description = words(security);
        self.change_line(conversation, &line, |line| line.tooltip = Some(description));
    }

    fn change_line(
        &self,
        conversation: ConversationId,
        line: &LineRef,
        change: impl FnOnce(&mut crate::messages::Line),
    ) {
        if let Some(view) = self.conversations.get(&conversation) {
            view.messages.change(line, change);
        }
    }

    /// A message arrived: counted as unread unless its conversation is on screen in the
    /// active window, and announced by a notification that by default names nobody.
    fn unread(&mut self, conversation: ConversationId) {
        let Some(view) = self.conversations.get(&conversation) else {
            return;
        };
        if self.current == Some(conversation) && self.window.is_active() {
            return;
        }
        if self.current != Some(conversation) {
            self.contacts.add_unread(view.account, &view.peer);
        }
        let title = if self.notify_sender {
            let name = self
                .contacts
                .shown(view.account, &view.peer)
                .map_or_else(|| i18n::isolate(&view.peer), str::to_owned);
            tr::notification_new_message_from(name)
        } else {
            tr::notification_new_message()
        };
        let notification = gtk::gio::Notification::new(&title);
        notification.set_default_action_and_target_value(
            "app.show-conversation",
            Some(&conversation.0.to_variant()),
        );
        // One notification at a time, replaced by the next: no pile of them on the screen.
        relm4::main_application().send_notification(Some("message"), &notification);
    }

    /// Says where a link goes and that it leaves Otter, and opens it only when asked.
    fn confirm_link(&self, address: String, sender: &ComponentSender<Self>) {
        let dialog = gtk::MessageDialog::new(
            Some(&self.window),
            gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
            gtk::MessageType::Warning,
            gtk::ButtonsType::None,
            tr::link_open_title(),
        );
        dialog.set_secondary_text(Some(&tr::link_open_body(i18n::left_to_right(&address))));
        dialog.add_button(&tr::dialog_cancel(), gtk::ResponseType::Cancel);
        dialog.add_button(&tr::link_open_button(), gtk::ResponseType::Accept);
        dialog.set_default_response(gtk::ResponseType::Cancel);
        let input = sender.input_sender().clone();
        dialog.connect_response(move |dialog, response| {
            if response == gtk::ResponseType::Accept {
                input.emit(AppInput::OpenLinkConfirmed(address.clone()));
            }
            dialog.close();
        });
        dialog.present();
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
            &if prompt.changed_since_accepted {
                tr::certificate_changed_title()
            } else {
                tr::certificate_untrusted_title()
            },
        );
        let explanation = if prompt.changed_since_accepted {
            tr::certificate_changed_explanation()
        } else {
            error_text(ErrorKind::CertificateUntrusted)
        };
        dialog.set_secondary_text(Some(&tr::certificate_details(
            explanation,
            i18n::fingerprint(&prompt.fingerprint.to_string()),
            prompt.subject.as_str(),
            prompt.issuer.as_str(),
            prompt.not_after.as_str(),
        )));
        dialog.add_button(&tr::certificate_do_not_connect(), gtk::ResponseType::Reject);
        if !prompt.changed_since_accepted {
            dialog.add_button(&tr::certificate_trust_button(), gtk::ResponseType::Accept);
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
