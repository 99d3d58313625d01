//! XMPP rooms: the "Join a room" dialog, the rooms in the sidebar (bookmarked and joined) and
//! one page per room.
//!
//! A room is never private, and its page says so first, above the room's own warnings
//! (address visible to everyone, logged publicly). The root component hands this module the
//! room events and the room inputs; everything else about rooms stays here.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

use otter_core::types::{AccountId, ErrorKind, LocalId, MessageText, Password};
use otter_core::{
    Command, CoreHandle, OccupantChange, RoomBookmark, RoomErrorKind, RoomFacts, RoomLeftReason,
    RoomRole,
};
use relm4::gtk;
use relm4::gtk::prelude::*;

use crate::app::{AppInput, entry_words, label};
use crate::commands::{self, Typed};
use crate::composer::Composer;
use crate::contacts::CountedButton;
use crate::i18n::{self, tr};
use crate::messages::{MessageList, Tone};
use crate::pages::Pages;

/// A room of an account.
pub(crate) type RoomKey = (AccountId, String);

/// How many messages of history a join asks for.
const JOIN_HISTORY: u32 = 20;

/// Room messages get local ids from here up, so they never meet the conversations' ids.
const FIRST_LOCAL_ID: u64 = 1 << 62;

/// What the room widgets ask of the root component.
#[derive(Debug)]
pub(crate) enum RoomInput {
    OpenJoinDialog,
    Join(JoinRequest),
    Open(RoomKey),
    Send(RoomKey),
    Leave(RoomKey),
}

/// What the join dialog produces.
#[derive(Debug)]
pub(crate) struct JoinRequest {
    pub(crate) account: AccountId,
    pub(crate) room: String,
    pub(crate) nick: String,
    pub(crate) password: Option<Password>,
    /// Save as a bookmark; `Some(autojoin)`.
    pub(crate) bookmark: Option<bool>,
}

struct Occupant {
    row: gtk::ListBoxRow,
    label: gtk::Label,
}

struct RoomView {
    page: gtk::Box,
    status: gtk::Label,
    warnings: gtk::Label,
    topic: gtk::Label,
    messages: MessageList,
    count: gtk::Label,
    occupants: gtk::ListBox,
    people: BTreeMap<String, Occupant>,
    compose: Composer,
    send: gtk::Button,
    leave: gtk::Button,
}

struct Room {
    /// In the sidebar, with the count of messages not read yet.
    sidebar: CountedButton,
    view: Option<RoomView>,
    bookmark: Option<RoomBookmark>,
    /// The nick of the last join, to join again with.
    nick: Option<String>,
    joined: bool,
}

/// Every room the window knows.
pub(crate) struct Rooms {
    core: CoreHandle,
    window: gtk::ApplicationWindow,
    input: relm4::Sender<AppInput>,
    /// The sidebar's list of rooms.
    list: gtk::ListBox,
    rooms: BTreeMap<RoomKey, Room>,
    /// XMPP accounts: address and whether online.
    accounts: BTreeMap<AccountId, (String, bool)>,
    /// Joins the user asked for: their page is shown once joined.
    show_when_joined: HashSet<RoomKey>,
    pending: HashMap<LocalId, (RoomKey, String)>,
    next_local_id: u64,
    /// The room whose page is shown.
    pub(crate) current: Option<RoomKey>,
}

fn page_name((account, room): &RoomKey) -> String {
    format!("room-{}-{room}", account.0)
}

/// `room@conference.<domain>` for an account address: the usual name of a server's room
/// service, as an example (the core does not report the service itself).
fn example_room(address: &str) -> String {
    let domain = address
        .rsplit_once('@')
        .map_or("example.org", |(_, domain)| domain);
    format!("room@conference.{domain}")
}

/// A room address: `name@service`, no spaces, no resource.
pub(crate) fn room_address_ok(room: &str) -> bool {
    match room.split_once('@') {
        Some((name, service)) => {
            !name.is_empty()
                && !service.is_empty()
                && !service.contains('@')
                && !room.contains('/')
                && !room.chars().any(char::is_whitespace)
                && service
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
        }
        None => false,
    }
}

pub(crate) fn error_words(error: &RoomErrorKind) -> String {
    match error {
        RoomErrorKind::NickInUse => tr::room_error_nick_in_use(),
        RoomErrorKind::PasswordRequired => tr::room_error_password(),
        RoomErrorKind::Banned => tr::room_error_banned(),
        RoomErrorKind::RoomNotFound => tr::room_error_not_found(),
        RoomErrorKind::MembersOnly => tr::room_error_members_only(),
        RoomErrorKind::RoomFull => tr::room_error_full(),
        RoomErrorKind::CreationRefused => tr::room_error_creation_refused(),
        RoomErrorKind::NickRefused => tr::room_error_nick_refused(),
        RoomErrorKind::MessageRefused { .. } => tr::room_error_message_refused(),
        RoomErrorKind::Other { condition } => tr::room_error_other(condition.as_str()),
    }
}

fn left_words(reason: &RoomLeftReason) -> String {
    match reason {
        RoomLeftReason::Left => tr::room_left_left(),
        RoomLeftReason::Kicked => tr::room_left_kicked(),
        RoomLeftReason::Banned => tr::room_left_banned(),
        RoomLeftReason::Removed => tr::room_left_removed(),
        RoomLeftReason::ServiceShutdown => tr::room_left_shutdown(),
        RoomLeftReason::Destroyed { .. } => tr::room_left_destroyed(),
        RoomLeftReason::TooManyOccupants => tr::room_left_too_many(),
        RoomLeftReason::Disconnected => tr::room_left_disconnected(),
    }
}

fn occupant_words(nick: &str, role: RoomRole) -> String {
    match role {
        RoomRole::Moderator => tr::room_occupant_moderator(nick),
        RoomRole::Visitor => tr::room_occupant_visitor(nick),
        RoomRole::Participant | RoomRole::None => tr::room_occupant_participant(nick),
    }
}

fn facts_words(facts: RoomFacts, nick: &str) -> String {
    let mut lines = Vec::new();
    if facts.addresses_visible {
        lines.push(tr::room_warning_address_visible());
    }
    if facts.logged {
        lines.push(tr::room_warning_logged());
    }
    if facts.created {
        lines.push(tr::room_warning_created());
    }
    if facts.nick_changed_by_service {
        lines.push(tr::room_warning_nick_changed(nick));
    }
    lines.join("\n")
}

impl Rooms {
    pub(crate) fn new(
        core: CoreHandle,
        window: gtk::ApplicationWindow,
        input: relm4::Sender<AppInput>,
    ) -> Self {
        let list = gtk::ListBox::new();
        list.set_selection_mode(gtk::SelectionMode::None);
        Self {
            core,
            window,
            input,
            list,
            rooms: BTreeMap::new(),
            accounts: BTreeMap::new(),
            show_when_joined: HashSet::new(),
            pending: HashMap::new(),
            next_local_id: FIRST_LOCAL_ID,
            current: None,
        }
    }

    /// The sidebar's room list.
    pub(crate) fn list(&self) -> &gtk::ListBox {
        &self.list
    }

    pub(crate) fn xmpp_account(&mut self, account: AccountId, address: String) {
        self.accounts.insert(account, (address, false));
    }

    pub(crate) fn account_online(&mut self, account: AccountId, online: bool) {
        if let Some((_, state)) = self.accounts.get_mut(&account) {
            *state = online;
        }
    }

    pub(crate) fn account_removed(&mut self, account: AccountId) {
        self.accounts.remove(&account);
    }

    /// Whether a local id is a room message's; `failed` says it did not leave.
    pub(crate) fn message_result(&mut self, local_id: LocalId, failed: Option<ErrorKind>) -> bool {
        let Some((key, text)) = self.pending.remove(&local_id) else {
            return false;
        };
        if failed.is_some()
            && let Some(view) = self.rooms.get(&key).and_then(|r| r.view.as_ref())
        {
            view.messages
                .push(tr::room_message_failed(text), Tone::Error, None);
        }
        true
    }

    pub(crate) fn update(&mut self, input: RoomInput, pages: &mut Pages) {
        match input {
            RoomInput::OpenJoinDialog => self.join_dialog(),
            RoomInput::Join(request) => {
                let key = (request.account, request.room.clone());
                self.ensure_room(&key);
                if let Some(room) = self.rooms.get_mut(&key) {
                    room.nick = Some(request.nick.clone());
                }
                if let Some(autojoin) = request.bookmark {
                    let _ = self.core.send(Command::AddBookmark {
                        account: request.account,
                        bookmark: RoomBookmark {
                            room: request.room.clone(),
                            name: None,
                            nick: Some(request.nick.clone()),
                            password: request.password.clone(),
                            autojoin,
                        },
                    });
                }
                self.show_when_joined.insert(key);
                let _ = self.core.send(Command::JoinRoom {
                    account: request.account,
                    room: request.room,
                    nick: request.nick,
                    password: request.password,
                    history: Some(JOIN_HISTORY),
                });
            }
            RoomInput::Open(key) => {
                let Some(room) = self.rooms.get(&key) else {
                    return;
                };
                if room.joined {
                    self.show(&key, pages);
                } else {
                    let nick = room
                        .nick
                        .clone()
                        .or_else(|| room.bookmark.as_ref().and_then(|b| b.nick.clone()))
                        .or_else(|| {
                            self.accounts.get(&key.0).and_then(|(address, _)| {
                                address.split_once('@').map(|(local, _)| local.to_owned())
                            })
                        });
                    let password = room.bookmark.as_ref().and_then(|b| b.password.clone());
                    if let Some(nick) = nick {
                        self.show_when_joined.insert(key.clone());
                        let _ = self.core.send(Command::JoinRoom {
                            account: key.0,
                            room: key.1.clone(),
                            nick,
                            password,
                            history: Some(JOIN_HISTORY),
                        });
                    }
                }
            }
            RoomInput::Send(key) => {
                let Some(view) = self.rooms.get(&key).and_then(|r| r.view.as_ref()) else {
                    return;
                };
                let Some(typed) = view.compose.take() else {
                    return;
                };
                // Commands go to the root component, which knows the accounts.
                let typed = match commands::parse(&typed) {
                    Typed::Text(text) => text,
                    command => {
                        self.input.emit(AppInput::RoomCommand(key, command));
                        return;
                    }
                };
                let local_id = LocalId(self.next_local_id);
                self.next_local_id = self.next_local_id.saturating_add(1);
                self.pending.insert(local_id, (key.clone(), typed.clone()));
                let _ = self.core.send(Command::SendRoomMessage {
                    account: key.0,
                    room: key.1,
                    local_id,
                    text: MessageText::new(typed),
                });
            }
            RoomInput::Leave(key) => {
                let _ = self.core.send(Command::LeaveRoom {
                    account: key.0,
                    room: key.1,
                });
            }
        }
    }

    fn show(&mut self, key: &RoomKey, pages: &mut Pages) {
        let Some(view) = self.rooms.get(key).and_then(|r| r.view.as_ref()) else {
            return;
        };
        pages.show(&page_name(key));
        view.compose.grab_focus();
        if let Some(room) = self.rooms.get_mut(key) {
            room.sidebar.clear_unread();
        }
        self.window
            .set_title(Some(&tr::window_title_conversation(key.1.as_str())));
        self.current = Some(key.clone());
    }

    fn ensure_room(&mut self, key: &RoomKey) {
        if self.rooms.contains_key(key) {
            return;
        }
        let input = self.input.clone();
        let target = key.clone();
        let button = CountedButton::new(i18n::isolate(&key.1), move || {
            input.emit(AppInput::Room(RoomInput::Open(target.clone())));
        });
        button
            .widget()
            .set_tooltip_text(Some(&tr::room_open_tooltip()));
        self.list.append(button.widget());
        self.rooms.insert(
            key.clone(),
            Room {
                sidebar: button,
                view: None,
                bookmark: None,
                nick: None,
                joined: false,
            },
        );
    }

    fn ensure_view(&mut self, key: &RoomKey, pages: &mut Pages) -> Option<&mut RoomView> {
        self.ensure_room(key);
        let input = self.input.clone();
        let room = self.rooms.get_mut(key)?;
        if room.view.is_none() {
            let view = build_view(key, &input);
            pages.add(&page_name(key), &view.page);
            room.view = Some(view);
        }
        room.view.as_mut()
    }

    pub(crate) fn joined(&mut self, key: RoomKey, nick: &str, facts: RoomFacts, pages: &mut Pages) {
        let Some(view) = self.ensure_view(&key, pages) else {
            return;
        };
        view.status.set_text(&tr::room_joined_as(nick));
        let warnings = facts_words(facts, nick);
        view.warnings.set_visible(!warnings.is_empty());
        view.warnings.set_text(&warnings);
        for (_, occupant) in std::mem::take(&mut view.people) {
            view.occupants.remove(&occupant.row);
        }
        view.count.set_text(&tr::room_occupants_count(0_usize));
        view.compose.set_sensitive(true);
        view.send.set_sensitive(true);
        view.leave.set_sensitive(true);
        if let Some(room) = self.rooms.get_mut(&key) {
            room.joined = true;
            room.nick = Some(nick.to_owned());
        }
        if self.show_when_joined.remove(&key) {
            self.show(&key, pages);
        }
    }

    pub(crate) fn occupants(&mut self, key: &RoomKey, changes: Vec<OccupantChange>) {
        let Some(view) = self.rooms.get_mut(key).and_then(|r| r.view.as_mut()) else {
            return;
        };
        // At join the whole list comes at once: announce arrivals only after that.
        let announce = !view.people.is_empty();
        for change in changes {
            match change {
                OccupantChange::Present(occupant) => {
                    let words = occupant_words(&occupant.nick, occupant.role);
                    if let Some(known) = view.people.get(&occupant.nick) {
                        known.label.set_text(&words);
                    } else {
                        let text = label(&words);
                        let row = gtk::ListBoxRow::new();
                        row.set_child(Some(&text));
                        view.occupants.append(&row);
                        if announce {
                            view.messages.push(
                                tr::room_occupant_joined(occupant.nick.as_str()),
                                Tone::Dim,
                                None,
                            );
                        }
                        view.people
                            .insert(occupant.nick, Occupant { row, label: text });
                    }
                }
                OccupantChange::Left { nick, .. } => {
                    if let Some(gone) = view.people.remove(&nick) {
                        view.occupants.remove(&gone.row);
                        view.messages
                            .push(tr::room_occupant_left(nick), Tone::Dim, None);
                    }
                }
                OccupantChange::Renamed { from, to } => {
                    if let Some(occupant) = view.people.remove(&from) {
                        occupant
                            .label
                            .set_text(&tr::room_occupant_participant(to.as_str()));
                        view.messages.push(
                            tr::room_occupant_renamed(from, to.as_str()),
                            Tone::Dim,
                            None,
                        );
                        view.people.insert(to, occupant);
                    }
                }
            }
        }
        view.count
            .set_text(&tr::room_occupants_count(view.people.len()));
    }

    /// A message in a room; counted unread unless it is ours, from history, or the room is
    /// on screen.
    pub(crate) fn message(
        &mut self,
        key: &RoomKey,
        nick: Option<String>,
        text: &MessageText,
        delayed: bool,
        own: bool,
    ) {
        let away = self.current.as_ref() != Some(key);
        let Some(room) = self.rooms.get_mut(key) else {
            return;
        };
        if away && !delayed && !own {
            room.sidebar.add_unread();
        }
        let Some(view) = room.view.as_ref() else {
            return;
        };
        let words = match (nick, delayed) {
            (None, _) => tr::room_message_from_room(text.reveal()),
            (Some(nick), false) => tr::room_message(nick, text.reveal()),
            (Some(nick), true) => tr::room_message_history(nick, text.reveal()),
        };
        if delayed {
            // Replayed by the room: when it was written is not known here.
            view.messages.push(words, Tone::Dim, None);
        } else {
            view.messages.push_message(words, Tone::Normal, None, None);
        }
    }

    pub(crate) fn subject(&mut self, key: &RoomKey, nick: Option<String>, subject: &MessageText) {
        let Some(view) = self.rooms.get(key).and_then(|r| r.view.as_ref()) else {
            return;
        };
        let topic = subject.reveal();
        view.topic.set_text(&if topic.is_empty() {
            tr::room_topic_none()
        } else {
            tr::room_topic(topic)
        });
        if let (Some(nick), false) = (nick, topic.is_empty()) {
            view.messages
                .push(tr::room_topic_set(nick, topic), Tone::Dim, None);
        }
    }

    /// We are out of the room; returns the words for the notice line.
    pub(crate) fn left(&mut self, key: &RoomKey, reason: &RoomLeftReason) -> String {
        let words = left_words(reason);
        if let Some(room) = self.rooms.get_mut(key) {
            room.joined = false;
            if let Some(view) = room.view.as_mut() {
                view.status.set_text(&words);
                for (_, occupant) in std::mem::take(&mut view.people) {
                    view.occupants.remove(&occupant.row);
                }
                view.count.set_text(&tr::room_occupants_count(0_usize));
                view.compose.set_sensitive(false);
                view.send.set_sensitive(false);
                view.leave.set_sensitive(false);
            }
        }
        words
    }

    /// A room refused us or a message; returns the words for the notice line.
    pub(crate) fn error(&mut self, key: &RoomKey, error: &RoomErrorKind) -> String {
        let words = error_words(error);
        self.show_when_joined.remove(key);
        if let Some(view) = self.rooms.get(key).and_then(|r| r.view.as_ref()) {
            view.messages.push(words.clone(), Tone::Error, None);
        }
        tr::room_problem(key.1.as_str(), words)
    }

    /// A line from Otter in a room (a command that could not be done).
    pub(crate) fn say(&self, key: &RoomKey, words: String) {
        if let Some(view) = self.rooms.get(key).and_then(|r| r.view.as_ref()) {
            view.messages.push(words, Tone::Error, None);
        }
    }

    /// Every room and channel: its key and the name shown (for the quick switcher).
    pub(crate) fn all(&self) -> Vec<(RoomKey, String)> {
        self.rooms
            .iter()
            .map(|(key, room)| (key.clone(), room.sidebar.shown().to_owned()))
            .collect()
    }

    pub(crate) fn bookmarks(&mut self, account: AccountId, bookmarks: Vec<RoomBookmark>) {
        let saved: HashSet<String> = bookmarks.iter().map(|b| b.room.clone()).collect();
        for bookmark in bookmarks {
            let key = (account, bookmark.room.clone());
            self.ensure_room(&key);
            if let Some(room) = self.rooms.get_mut(&key) {
                if let Some(name) = bookmark.name.as_deref().filter(|n| !n.is_empty()) {
                    room.sidebar.set_shown(i18n::isolate(name));
                }
                room.bookmark = Some(bookmark);
            }
        }
        for ((room_account, room), entry) in &mut self.rooms {
            if *room_account == account && !saved.contains(room) {
                entry.bookmark = None;
            }
        }
    }

    fn join_dialog(&self) {
        let online: Vec<(AccountId, String)> = self
            .accounts
            .iter()
            .filter(|(_, (_, online))| *online)
            .map(|(id, (address, _))| (*id, address.clone()))
            .collect();
        let dialog = gtk::Dialog::with_buttons(
            Some(&tr::room_join_dialog_title()),
            Some(&self.window),
            gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
            &[
                (&tr::dialog_cancel(), gtk::ResponseType::Cancel),
                (&tr::room_join_dialog_button(), gtk::ResponseType::Accept),
            ],
        );
        dialog.set_default_width(420);
        let content = dialog.content_area();
        content.set_spacing(6);
        content.set_margin_top(12);
        content.set_margin_bottom(12);
        content.set_margin_start(12);
        content.set_margin_end(12);
        let explanation = label(&tr::room_join_explanation());
        explanation.add_css_class("warning");
        content.append(&explanation);
        let addresses: Vec<&str> = online.iter().map(|(_, a)| a.as_str()).collect();
        let account = gtk::DropDown::from_strings(&addresses);
        account.set_tooltip_text(Some(&tr::room_account_tooltip()));
        account.set_visible(online.len() > 1);
        content.append(&account);
        let room = gtk::Entry::new();
        let nick = gtk::Entry::new();
        entry_words(
            &nick,
            &tr::room_nick_placeholder(),
            &tr::room_nick_tooltip(),
        );
        let password = gtk::Entry::new();
        entry_words(
            &password,
            &tr::room_password_placeholder(),
            &tr::room_password_tooltip(),
        );
        password.set_visibility(false);
        let bookmark = gtk::CheckButton::with_label(&tr::room_bookmark_check());
        let autojoin = gtk::CheckButton::with_label(&tr::room_autojoin_check());
        autojoin.set_sensitive(false);
        {
            let autojoin = autojoin.clone();
            bookmark.connect_toggled(move |check| {
                autojoin.set_sensitive(check.is_active());
                if !check.is_active() {
                    autojoin.set_active(false);
                }
            });
        }
        let problem = label(
            if online.is_empty() {
                tr::room_join_no_account()
            } else {
                String::new()
            }
            .as_str(),
        );
        problem.add_css_class("error");
        for widget in [
            room.upcast_ref::<gtk::Widget>(),
            nick.upcast_ref(),
            password.upcast_ref(),
            bookmark.upcast_ref(),
            autojoin.upcast_ref(),
            problem.upcast_ref(),
        ] {
            content.append(widget);
        }

        let chosen = {
            let account = account.clone();
            let online = online.clone();
            move || {
                usize::try_from(account.selected())
                    .ok()
                    .and_then(|i| online.get(i).cloned())
            }
        };
        // The account's room service as an example, and its name as the nick.
        let prefill = {
            let (room, nick, chosen) = (room.clone(), nick.clone(), chosen.clone());
            move || {
                if let Some((_, address)) = chosen() {
                    entry_words(
                        &room,
                        &tr::room_address_placeholder(example_room(&address)),
                        &tr::room_address_tooltip(),
                    );
                    if let Some((local, _)) = address.split_once('@') {
                        nick.set_text(local);
                    }
                } else {
                    entry_words(
                        &room,
                        &tr::room_address_placeholder(example_room("")),
                        &tr::room_address_tooltip(),
                    );
                }
            }
        };
        prefill();
        let check = {
            let (dialog, room, nick, problem, chosen) = (
                dialog.clone(),
                room.clone(),
                nick.clone(),
                problem.clone(),
                chosen.clone(),
            );
            move || {
                let why = if chosen().is_none() {
                    Some(tr::room_join_no_account())
                } else if !room_address_ok(room.text().trim()) {
                    Some(tr::room_problem_address())
                } else if nick.text().trim().is_empty() {
                    Some(tr::room_problem_nick())
                } else {
                    None
                };
                dialog.set_response_sensitive(gtk::ResponseType::Accept, why.is_none());
                problem.set_text(&why.unwrap_or_default());
            }
        };
        for entry in [&room, &nick] {
            let check = check.clone();
            entry.connect_changed(move |_| check());
        }
        {
            let check = check.clone();
            account.connect_selected_notify(move |_| {
                prefill();
                check();
            });
        }
        check();
        let input = self.input.clone();
        dialog.connect_response(move |dialog, response| {
            if response == gtk::ResponseType::Accept {
                let Some((account, _)) = chosen() else {
                    return;
                };
                let address = room.text().trim().to_owned();
                let typed_nick = nick.text().trim().to_owned();
                if !room_address_ok(&address) || typed_nick.is_empty() {
                    return;
                }
                let secret = password.text().to_string();
                input.emit(AppInput::Room(RoomInput::Join(JoinRequest {
                    account,
                    room: address,
                    nick: typed_nick,
                    password: (!secret.is_empty()).then(|| Password::new(secret)),
                    bookmark: bookmark.is_active().then(|| autojoin.is_active()),
                })));
            }
            dialog.close();
        });
        dialog.present();
    }
}

fn build_view(key: &RoomKey, input: &relm4::Sender<AppInput>) -> RoomView {
    let page = gtk::Box::new(gtk::Orientation::Vertical, 6);
    let title = label(&tr::window_title_conversation(key.1.as_str()));
    title.add_css_class("title-4");
    page.append(&title);
    // First and always: a room is not private.
    let banner = label(&tr::room_not_private_banner());
    banner.add_css_class("error");
    page.append(&banner);
    let warnings = label("");
    warnings.add_css_class("warning");
    warnings.set_visible(false);
    page.append(&warnings);
    let status = label(&tr::room_joining());
    page.append(&status);
    let topic = label(&tr::room_topic_none());
    topic.set_selectable(true);
    page.append(&topic);

    let middle = gtk::Box::new(gtk::Orientation::Horizontal, 6);
    middle.set_vexpand(true);
    let link_input = input.clone();
    let messages = MessageList::new(Rc::new(move |address| {
        link_input.emit(AppInput::OpenLink(address));
    }));
    middle.append(messages.widget());
    let side = gtk::Box::new(gtk::Orientation::Vertical, 6);
    side.set_size_request(180, -1);
    let count = label(&tr::room_occupants_count(0_usize));
    side.append(&count);
    let occupants = gtk::ListBox::new();
    occupants.set_selection_mode(gtk::SelectionMode::None);
    occupants.set_tooltip_text(Some(&tr::room_occupants_tooltip()));
    count.set_mnemonic_widget(Some(&occupants));
    let occupants_scroll = gtk::ScrolledWindow::new();
    occupants_scroll.set_vexpand(true);
    occupants_scroll.set_child(Some(&occupants));
    side.append(&occupants_scroll);
    middle.append(&side);
    page.append(&middle);

    let compose_row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
    let send_input = input.clone();
    let target = key.clone();
    // Typing in a room is not announced (chat states are one-to-one).
    let compose = Composer::new(
        &tr::room_compose_tooltip(),
        move || send_input.emit(AppInput::Room(RoomInput::Send(target.clone()))),
        |_, _| {},
    );
    compose.set_sensitive(false);
    let send = gtk::Button::with_label(&tr::compose_send_button());
    send.set_sensitive(false);
    let send_input = input.clone();
    let target = key.clone();
    send.connect_clicked(move |_| send_input.emit(AppInput::Room(RoomInput::Send(target.clone()))));
    let leave = gtk::Button::with_label(&tr::room_leave_button());
    leave.set_tooltip_text(Some(&tr::room_leave_tooltip()));
    leave.set_sensitive(false);
    let leave_input = input.clone();
    let target = key.clone();
    leave.connect_clicked(move |_| {
        leave_input.emit(AppInput::Room(RoomInput::Leave(target.clone())))
    });
    compose_row.append(compose.widget());
    compose_row.append(&send);
    compose_row.append(&leave);
    page.append(&compose_row);
    RoomView {
        page,
        status,
        warnings,
        topic,
        messages,
        count,
        occupants,
        people: BTreeMap::new(),
        compose,
        send,
        leave,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_room_address_is_name_at_service() {
        assert!(room_address_ok("otter@conference.otter.test"));
        for bad in [
            "",
            "otter",
            "@conference.otter.test",
            "otter@",
            "otter@conference.otter.test/nick",
            "ot ter@conference.otter.test",
            "a@b@c",
        ] {
            assert!(!room_address_ok(bad), "{bad:?}");
        }
    }

    #[test]
    fn the_example_room_is_on_the_account_s_server() {
        assert_eq!(
            example_room("alice@otter.test"),
            "room@conference.otter.test"
        );
    }
}
