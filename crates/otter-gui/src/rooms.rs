//! XMPP rooms (and IRC channels): the "Join a room" dialog, the rooms in the sidebar
//! (bookmarked and joined) and one page per room, with its topic, the user's nick there,
//! invitations, and a moderation menu on each person the user may act on.
//!
//! A room is never private, and its page says so first, above the room's own warnings
//! (address visible to everyone, logged publicly). The root component hands this module the
//! room events and the room inputs; everything else about rooms stays here.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

use otter_core::types::{AccountId, ErrorKind, LocalId, MessageText, Password};
use otter_core::{
    Command, CoreHandle, ListedRoom, OccupantChange, RoomAffiliation, RoomBan, RoomBookmark,
    RoomErrorKind, RoomFacts, RoomForm, RoomLeftReason, RoomModeChange, RoomModeration,
    RoomRequestKind, RoomRole,
};
use relm4::gtk;
use relm4::gtk::prelude::*;

use crate::app::{AppInput, entry_words, label};
use crate::commands::{self, Typed};
use crate::composer::Composer;
use crate::contacts::CountedButton;
use crate::copy;
use crate::i18n::{self, tr};
use crate::messages::{MessageList, Tone};
use crate::pages::Pages;

/// A room of an account.
pub(crate) type RoomKey = (AccountId, String);

/// How many messages of history a join asks for.
const JOIN_HISTORY: u32 = 20;

/// Room messages get local ids from here up, so they never meet the conversations' ids.
const FIRST_LOCAL_ID: u64 = 1 << 62;

/// How many sent room messages are remembered to match a later refusal (the core remembers
/// as many message ids).
const SENT_KEPT: usize = 256;

/// What the room widgets ask of the root component.
#[derive(Debug)]
pub(crate) enum RoomInput {
    OpenJoinDialog,
    Join(JoinRequest),
    Open(RoomKey),
    Send(RoomKey),
    Leave(RoomKey),
    /// Open the dialog of a room tool.
    Tool(RoomKey, RoomTool),
    /// The menu of what the user may do to this person.
    Actions(RoomKey, String),
    /// Carry out what a dialog (or the menu) decided.
    Act(RoomKey, RoomAct),
    /// The IRC channel list, with its search.
    OpenChannelList,
    SearchChannels {
        account: AccountId,
        search: String,
    },
    /// An IRC channel, with its key if it has one, and saved in the profile (joined
    /// automatically or not) when the last is `Some`.
    JoinChannel(RoomKey, Option<Password>, Option<bool>),
    /// Empty the room's window (nothing is kept on disk for rooms).
    Clear(RoomKey),
    /// Ask the room for its settings (owners).
    Configure(RoomKey),
    /// The settings dialog's answer.
    Settings(RoomKey, crate::room_form::FormOutcome),
    /// Retry or Discard on a room message the room refused.
    Line(RoomKey, crate::messages::LineAction),
}

/// A room tool with a dialog.
#[derive(Debug)]
pub(crate) enum RoomTool {
    Topic,
    Nick,
    Invite,
    /// Remove or ban: asks for a reason, and is the confirmation.
    Moderate {
        nick: String,
        action: RoomModeration,
    },
    /// Destroy the room (owners): asks for a reason, and is the confirmation.
    Destroy,
}

/// What the user decided in a room.
#[derive(Debug)]
pub(crate) enum RoomAct {
    Topic(MessageText),
    Nick(String),
    Invite {
        invitee: String,
        reason: Option<MessageText>,
    },
    Moderate {
        nick: String,
        action: RoomModeration,
        reason: Option<MessageText>,
    },
    Destroy(Option<MessageText>),
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
    /// If the join creates the room, show its settings before anyone else can come in
    /// (instead of accepting the defaults).
    pub(crate) configure: bool,
}

struct Occupant {
    row: gtk::ListBoxRow,
    label: gtk::Label,
    /// Opens the menu of what the user may do to them; shown only when there is something.
    actions: ActionsButton,
    role: RoomRole,
    affiliation: RoomAffiliation,
    /// The room shows us their address (a ban names it).
    address_known: bool,
    /// IRC channel status (`@`, `+`…); empty on XMPP.
    prefixes: String,
}

struct RoomView {
    page: gtk::Box,
    status: gtk::Label,
    warnings: gtk::Label,
    topic: gtk::Label,
    /// The subject as the room has it now.
    subject: String,
    tools: Vec<gtk::Button>,
    /// "Room settings…" and "Destroy room…" in the room's menu: shown to its owner only.
    owner_tools: Vec<gtk::Button>,
    messages: MessageList,
    count: gtk::Label,
    occupants: gtk::ListBox,
    people: BTreeMap<String, Occupant>,
    compose: Composer,
    send: gtk::Button,
    leave: gtk::Button,
    /// Our nick in the room.
    own: String,
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
    /// XMPP accounts' room services, as their servers said at the last login.
    services: HashMap<AccountId, String>,
    /// IRC networks: address and whether online.
    networks: BTreeMap<AccountId, (String, bool)>,
    /// The channel list dialog, while open.
    channel_list: Option<ChannelList>,
    /// Joins the user asked for: their page is shown once joined.
    show_when_joined: HashSet<RoomKey>,
    pending: HashMap<LocalId, (RoomKey, String)>,
    /// Messages that left, until the room could still refuse them (newest last, at most
    /// [`SENT_KEPT`]).
    sent: std::collections::VecDeque<(LocalId, RoomKey, String)>,
    /// Refused messages, with what was typed, until retried or discarded.
    failed: HashMap<LocalId, (RoomKey, crate::messages::LineRef, String)>,
    /// The open settings dialog of each room: a new form replaces it.
    forms: HashMap<RoomKey, gtk::Dialog>,
    next_local_id: u64,
    /// The room whose page is shown.
    pub(crate) current: Option<RoomKey>,
}

fn page_name((account, room): &RoomKey) -> String {
    format!("room-{}-{room}", account.0)
}

/// A room address as an example: on the account's room service when its server named one,
/// else on `conference.<domain>`, the usual name of a server's room service.
fn example_room(address: &str, service: Option<&str>) -> String {
    if let Some(service) = service {
        return format!("room@{service}");
    }
    let domain = address
        .rsplit_once('@')
        .map_or("example.org", |(_, domain)| domain);
    format!("room@conference.{domain}")
}

/// An IRC channel name as the join dialog accepts it: a channel prefix and a name, with
/// nothing a line or a JOIN list could be broken with (the network's own rules are checked
/// by the core and the server).
fn channel_name_ok(channel: &str) -> bool {
    channel.starts_with(['#', '&', '+', '!'])
        && channel.chars().count() > 1
        && !channel
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == ',')
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
        RoomErrorKind::Refused { request, condition } => refused_words(*request, condition),
    }
}

fn left_words(reason: &RoomLeftReason) -> String {
    match reason {
        RoomLeftReason::Left => tr::room_left_left(),
        RoomLeftReason::Kicked => tr::room_left_kicked(),
        RoomLeftReason::Banned => tr::room_left_banned(),
        RoomLeftReason::Removed => tr::room_left_removed(),
        RoomLeftReason::ServiceShutdown => tr::room_left_shutdown(),
        // The room named by whoever destroyed it: never joined without the user.
        RoomLeftReason::Destroyed {
            alternative: Some(room),
        } => tr::room_left_destroyed_moved(room.as_str()),
        RoomLeftReason::Destroyed { alternative: None } => tr::room_left_destroyed(),
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

/// What the user may do to `target`, given their own standing in the room (XEP-0045 §8, §9):
/// moderators kick and give or take voice, except to admins and owners; admins and owners
/// make and unmake moderators and ban, but not an owner (nor an admin, when only an admin).
fn applicable(
    own: (RoomRole, RoomAffiliation),
    target: (RoomRole, RoomAffiliation),
    address_known: bool,
) -> Vec<RoomModeration> {
    let (own_role, own_affiliation) = own;
    let (role, affiliation) = target;
    let moderator = own_role == RoomRole::Moderator;
    let admin = matches!(
        own_affiliation,
        RoomAffiliation::Owner | RoomAffiliation::Admin
    );
    let protected = match own_affiliation {
        RoomAffiliation::Owner => affiliation == RoomAffiliation::Owner,
        _ => matches!(affiliation, RoomAffiliation::Owner | RoomAffiliation::Admin),
    };
    let mut actions = Vec::new();
    if protected {
        return actions;
    }
    if moderator {
        actions.push(RoomModeration::Kick);
    }
    if admin && address_known {
        actions.push(RoomModeration::Ban);
    }
    if moderator && role == RoomRole::Visitor {
        actions.push(RoomModeration::GrantVoice);
    }
    if moderator && role == RoomRole::Participant {
        actions.push(RoomModeration::RevokeVoice);
    }
    if admin && role != RoomRole::Moderator {
        actions.push(RoomModeration::GrantModerator);
    }
    if admin && role == RoomRole::Moderator {
        actions.push(RoomModeration::RevokeModerator);
    }
    actions
}

/// What an IRC channel's operator (`@`, or `&` and `~` above) may do: kick, ban, voice and
/// operator status; a half-operator (`%`) kicks and gives or takes voice. No one but the
/// founder (`~`) acts on an admin or the founder.
fn applicable_irc(own: &str, target: &str) -> Vec<RoomModeration> {
    let operator = own.contains(['~', '&', '@']);
    let half = operator || own.contains('%');
    let protected = target.contains(['~', '&']) && !own.contains('~');
    let mut actions = Vec::new();
    if !half || protected {
        return actions;
    }
    actions.push(RoomModeration::Kick);
    if operator {
        actions.push(RoomModeration::Ban);
    }
    actions.push(if target.contains('+') {
        RoomModeration::RevokeVoice
    } else {
        RoomModeration::GrantVoice
    });
    if operator {
        actions.push(if target.contains('@') {
            RoomModeration::RevokeModerator
        } else {
            RoomModeration::GrantModerator
        });
    }
    actions
}

fn action_words(action: RoomModeration) -> String {
    match action {
        RoomModeration::Kick => tr::room_action_kick(),
        RoomModeration::Ban => tr::room_action_ban(),
        RoomModeration::GrantVoice => tr::room_action_grant_voice(),
        RoomModeration::RevokeVoice => tr::room_action_revoke_voice(),
        RoomModeration::GrantModerator => tr::room_action_grant_moderator(),
        RoomModeration::RevokeModerator => tr::room_action_revoke_moderator(),
    }
}

/// A refused request, in words: what was refused, then why.
fn refused_words(request: RoomRequestKind, condition: &str) -> String {
    let what = match request {
        RoomRequestKind::Configure => tr::room_refused_configure(),
        RoomRequestKind::Moderate(RoomModeration::Kick) => tr::room_refused_kick(),
        RoomRequestKind::Moderate(RoomModeration::Ban) => tr::room_refused_ban(),
        RoomRequestKind::Moderate(RoomModeration::GrantVoice | RoomModeration::RevokeVoice) => {
            tr::room_refused_voice()
        }
        RoomRequestKind::Moderate(
            RoomModeration::GrantModerator | RoomModeration::RevokeModerator,
        ) => tr::room_refused_moderator(),
        RoomRequestKind::Invite => tr::room_refused_invite(),
        RoomRequestKind::Destroy => tr::room_refused_destroy(),
        RoomRequestKind::Subject => tr::room_refused_subject(),
        RoomRequestKind::ConfigurationForm => tr::room_refused_configuration(),
        RoomRequestKind::Modes => tr::room_refused_modes(),
    };
    let why = match condition {
        "forbidden" | "not-allowed" => tr::room_refused_rights(),
        "resource-constraint" => tr::room_refused_later(),
        other => tr::room_refused_condition(other),
    };
    format!("{what} {why}")
}

/// A change of someone's role, in words.
fn role_change_words(nick: &str, role: RoomRole) -> String {
    match role {
        RoomRole::Moderator => tr::room_occupant_now_moderator(nick),
        RoomRole::Visitor => tr::room_occupant_now_visitor(nick),
        RoomRole::Participant | RoomRole::None => tr::room_occupant_now_participant(nick),
    }
}

/// Someone gone, in words: removed and banned say so.
fn gone_words(nick: String, reason: &RoomLeftReason) -> String {
    match reason {
        RoomLeftReason::Kicked => tr::room_occupant_kicked(nick),
        RoomLeftReason::Banned => tr::room_occupant_banned(nick),
        _ => tr::room_occupant_left(nick),
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
            services: HashMap::new(),
            networks: BTreeMap::new(),
            channel_list: None,
            show_when_joined: HashSet::new(),
            pending: HashMap::new(),
            sent: std::collections::VecDeque::new(),
            failed: HashMap::new(),
            forms: HashMap::new(),
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

    pub(crate) fn irc_account(&mut self, account: AccountId, address: String) {
        self.networks.insert(account, (address, false));
    }

    pub(crate) fn account_online(&mut self, account: AccountId, online: bool) {
        if let Some((_, state)) = self.accounts.get_mut(&account) {
            *state = online;
        }
        if let Some((_, state)) = self.networks.get_mut(&account) {
            *state = online;
        }
    }

    /// The room service an XMPP account's server named (`None`: it has none).
    pub(crate) fn room_service(&mut self, account: AccountId, service: Option<String>) {
        match service {
            Some(service) => self.services.insert(account, service),
            None => self.services.remove(&account),
        };
    }

    pub(crate) fn account_removed(&mut self, account: AccountId) {
        self.services.remove(&account);
        self.accounts.remove(&account);
        self.networks.remove(&account);
    }

    /// A network's channels, into the channel list if it is open on that network.
    pub(crate) fn room_list(
        &mut self,
        account: AccountId,
        rooms: Vec<ListedRoom>,
        truncated: bool,
    ) {
        let Some(list) = self.channel_list.as_ref() else {
            return;
        };
        if list.account.get() != Some(account) {
            return;
        }
        while let Some(row) = list.rows.row_at_index(0) {
            list.rows.remove(&row);
        }
        list.status.set_text(&if truncated {
            tr::room_channels_truncated(rooms.len())
        } else {
            tr::room_channels_count(rooms.len())
        });
        for listed in rooms {
            let words = tr::room_channels_row(
                i18n::isolate(&listed.room),
                listed.people,
                listed.topic.reveal(),
            );
            let text = label(&words);
            text.set_hexpand(true);
            let join = gtk::Button::new();
            let content = gtk::Box::new(gtk::Orientation::Horizontal, 0);
            content.append(&gtk::Label::new(Some(&tr::room_channels_join_button())));
            let spoken = gtk::Label::new(Some(&tr::room_channels_join(listed.room.as_str())));
            spoken.set_visible(false);
            content.append(&spoken);
            spoken.set_mnemonic_widget(Some(&join));
            join.set_child(Some(&content));
            let (input, key) = (self.input.clone(), (account, listed.room));
            join.connect_clicked(move |_| {
                input.emit(AppInput::Room(RoomInput::JoinChannel(
                    key.clone(),
                    None,
                    None,
                )));
            });
            let line = gtk::Box::new(gtk::Orientation::Horizontal, 6);
            line.append(&text);
            line.append(&join);
            list.rows.append(&line);
        }
    }

    /// Whether a local id is a room message's; `failed` says it did not leave.
    pub(crate) fn message_result(&mut self, local_id: LocalId, failed: Option<ErrorKind>) -> bool {
        let Some((key, text)) = self.pending.remove(&local_id) else {
            return false;
        };
        match failed {
            Some(kind) => self.keep_failed(local_id, key, text, crate::app::error_text(kind)),
            None => {
                if self.sent.len() >= SENT_KEPT {
                    self.sent.pop_front();
                }
                self.sent.push_back((local_id, key, text));
            }
        }
        true
    }

    /// The room refused one of the messages that left: it is shown not sent, with Retry and
    /// Discard. Whether it was one of ours.
    fn refused(&mut self, local_id: LocalId, why: String) -> bool {
        let Some(at) = self.sent.iter().position(|(id, ..)| *id == local_id) else {
            return false;
        };
        let Some((_, key, text)) = self.sent.remove(at) else {
            return false;
        };
        self.keep_failed(local_id, key, text, why);
        true
    }

    /// A line for a message that did not get through, kept with what was typed until the
    /// user retries or discards it.
    fn keep_failed(&mut self, local_id: LocalId, key: RoomKey, text: String, why: String) {
        let Some(view) = self.rooms.get(&key).and_then(|r| r.view.as_ref()) else {
            return;
        };
        let line = view.messages.push_own(
            tr::room_message(view.own.as_str(), text.as_str()),
            local_id.0,
        );
        view.messages.change(&line, |line| {
            line.delivery = Some(crate::messages::Delivery::Failed);
            line.tone = Tone::Error;
            line.tooltip = Some(why);
        });
        self.failed.insert(local_id, (key, line, text));
    }

    /// Retry sends the same words again as a new message (the room shows it when it takes
    /// it, as any message); Discard takes the line away.
    fn line_action(&mut self, key: &RoomKey, action: crate::messages::LineAction) {
        let (crate::messages::LineAction::Retry(id) | crate::messages::LineAction::Discard(id)) =
            action;
        let Some((_, line, text)) = self.failed.remove(&LocalId(id)) else {
            return;
        };
        if let Some(view) = self.rooms.get(key).and_then(|r| r.view.as_ref()) {
            view.messages.remove(&line);
        }
        if matches!(action, crate::messages::LineAction::Retry(_)) {
            self.send_text(key.clone(), text);
        }
    }

    fn send_text(&mut self, key: RoomKey, typed: String) {
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

    /// The room's settings, to show (replacing a form of the same room still open).
    pub(crate) fn configuration_form(&mut self, key: RoomKey, form: &RoomForm, new_room: bool) {
        // The room answers only its last form: the old dialog goes without a word.
        if let Some(old) = self.forms.remove(&key) {
            old.destroy();
        }
        let (input, target) = (self.input.clone(), key.clone());
        let dialog = crate::room_form::dialog(&self.window, &key.1, form, new_room, move |out| {
            input.emit(AppInput::Room(RoomInput::Settings(target.clone(), out)));
        });
        self.forms.insert(key, dialog);
    }

    /// The room took the settings.
    pub(crate) fn configured(&mut self, key: &RoomKey) {
        self.say_dim(key, tr::room_form_saved());
    }

    fn say_dim(&self, key: &RoomKey, words: String) {
        if let Some(view) = self.rooms.get(key).and_then(|r| r.view.as_ref()) {
            view.messages.push(words, Tone::Dim, None);
        }
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
                // A room that exists is just joined either way.
                let _ = self.core.send(if request.configure {
                    Command::CreateRoom {
                        account: request.account,
                        room: request.room,
                        nick: request.nick,
                    }
                } else {
                    Command::JoinRoom {
                        account: request.account,
                        room: request.room,
                        nick: request.nick,
                        password: request.password,
                        history: Some(JOIN_HISTORY),
                    }
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
                self.send_text(key, typed);
            }
            RoomInput::Leave(key) => {
                let _ = self.core.send(Command::LeaveRoom {
                    account: key.0,
                    room: key.1,
                });
            }
            RoomInput::Tool(key, tool) => self.tool_dialog(key, tool),
            RoomInput::Actions(key, nick) => self.actions_menu(&key, &nick),
            RoomInput::Act(key, act) => self.act(key, act),
            RoomInput::Clear(key) => {
                if let Some(view) = self.rooms.get(&key).and_then(|r| r.view.as_ref()) {
                    view.messages.clear();
                }
                // Their lines are gone: nothing left to retry or discard.
                self.failed.retain(|_, (room, ..)| *room != key);
            }
            RoomInput::Configure(key) => {
                let _ = self.core.send(Command::ConfigureRoom {
                    account: key.0,
                    room: key.1,
                });
            }
            RoomInput::Settings(key, outcome) => {
                self.forms.remove(&key);
                let (account, room) = key;
                let _ = self.core.send(match outcome {
                    crate::room_form::FormOutcome::Save(answers) => {
                        Command::SubmitRoomConfiguration {
                            account,
                            room,
                            answers,
                        }
                    }
                    crate::room_form::FormOutcome::Cancel => {
                        Command::CancelRoomConfiguration { account, room }
                    }
                });
            }
            RoomInput::Line(key, action) => self.line_action(&key, action),
            RoomInput::OpenChannelList => self.channel_list_dialog(),
            RoomInput::SearchChannels { account, search } => {
                if let Some(list) = &self.channel_list {
                    list.account.set(Some(account));
                    list.status.set_text(&tr::room_channels_searching());
                }
                let _ = self.core.send(Command::ListRooms { account, search });
            }
            RoomInput::JoinChannel(key, channel_key, bookmark) => {
                if let Some(list) = self.channel_list.take() {
                    list.dialog.close();
                }
                if let Some(autojoin) = bookmark {
                    // The profile keeps the channel, never its key.
                    let _ = self.core.send(Command::AddBookmark {
                        account: key.0,
                        bookmark: RoomBookmark {
                            room: key.1.clone(),
                            name: None,
                            nick: None,
                            password: None,
                            autojoin,
                        },
                    });
                }
                self.ensure_room(&key);
                self.show_when_joined.insert(key.clone());
                let _ = self.core.send(Command::JoinRoom {
                    account: key.0,
                    room: key.1,
                    // The connection's nick is used on IRC.
                    nick: String::new(),
                    password: channel_key,
                    history: None,
                });
            }
        }
    }

    /// The channels of the user's IRC networks, searched by name, each with a Join button.
    fn channel_list_dialog(&mut self) {
        let online: Vec<(AccountId, String)> = self
            .networks
            .iter()
            .filter(|(_, (_, online))| *online)
            .map(|(id, (address, _))| (*id, address.clone()))
            .collect();
        let dialog = gtk::Dialog::with_buttons(
            Some(&tr::room_channels_dialog_title()),
            Some(&self.window),
            gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
            &[(&tr::dialog_close(), gtk::ResponseType::Close)],
        );
        dialog.set_default_size(520, 480);
        let content = dialog.content_area();
        content.set_spacing(6);
        content.set_margin_top(12);
        content.set_margin_bottom(12);
        content.set_margin_start(12);
        content.set_margin_end(12);
        let explanation = label(&tr::room_channels_explanation());
        explanation.add_css_class("warning");
        content.append(&explanation);
        let addresses: Vec<&str> = online.iter().map(|(_, a)| a.as_str()).collect();
        let network = gtk::DropDown::from_strings(&addresses);
        network.set_tooltip_text(Some(&tr::room_channels_network_tooltip()));
        network.set_visible(online.len() > 1);
        content.append(&network);
        let search_row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        let search = gtk::Entry::new();
        search.set_hexpand(true);
        entry_words(
            &search,
            &tr::room_channels_search_placeholder(),
            &tr::room_channels_search_tooltip(),
        );
        let go = gtk::Button::with_label(&tr::room_channels_search_button());
        go.set_sensitive(!online.is_empty());
        search_row.append(&search);
        search_row.append(&go);
        content.append(&search_row);
        let status = label(&if online.is_empty() {
            tr::room_channels_no_network()
        } else {
            String::new()
        });
        content.append(&status);
        let rows = gtk::ListBox::new();
        rows.set_selection_mode(gtk::SelectionMode::None);
        let scroll = gtk::ScrolledWindow::new();
        scroll.set_vexpand(true);
        scroll.set_min_content_height(240);
        scroll.set_child(Some(&rows));
        content.append(&scroll);
        let ask = {
            let (input, search, network) = (self.input.clone(), search.clone(), network.clone());
            move || {
                let chosen = usize::try_from(network.selected())
                    .ok()
                    .and_then(|i| online.get(i));
                if let Some((account, _)) = chosen {
                    input.emit(AppInput::Room(RoomInput::SearchChannels {
                        account: *account,
                        search: search.text().trim().to_owned(),
                    }));
                }
            }
        };
        let ask = Rc::new(ask);
        {
            let ask = ask.clone();
            go.connect_clicked(move |_| ask());
        }
        search.connect_activate(move |_| ask());
        dialog.connect_response(|dialog, _| dialog.close());
        dialog.present();
        self.channel_list = Some(ChannelList {
            dialog,
            account: Rc::new(std::cell::Cell::new(None)),
            rows,
            status,
        });
    }

    fn is_xmpp(&self, account: AccountId) -> bool {
        self.accounts.contains_key(&account)
    }

    /// Sends what the user decided, and says so in the room where there is no other sign.
    fn act(&mut self, key: RoomKey, act: RoomAct) {
        let (account, room) = key.clone();
        let command = match act {
            RoomAct::Topic(subject) => Command::SetRoomSubject {
                account,
                room,
                subject,
            },
            RoomAct::Nick(nick) => Command::ChangeRoomNick {
                account,
                room,
                nick,
            },
            RoomAct::Invite { invitee, reason } => {
                if let Some(view) = self.rooms.get(&key).and_then(|r| r.view.as_ref()) {
                    view.messages
                        .push(tr::room_invite_sent(invitee.as_str()), Tone::Dim, None);
                }
                Command::InviteToRoom {
                    account,
                    room,
                    invitee,
                    reason,
                }
            }
            RoomAct::Moderate {
                nick,
                action,
                reason,
            } => Command::ModerateRoom {
                account,
                room,
                nick,
                action,
                reason,
            },
            RoomAct::Destroy(reason) => Command::DestroyRoom {
                account,
                room,
                reason,
            },
        };
        let _ = self.core.send(command);
    }

    /// The menu of what the user may do to `nick`, under that person's button.
    fn actions_menu(&self, key: &RoomKey, nick: &str) {
        let Some(view) = self.rooms.get(key).and_then(|r| r.view.as_ref()) else {
            return;
        };
        let Some(target) = view.people.get(nick) else {
            return;
        };
        let actions = self.actions_for(key, view, nick);
        if actions.is_empty() {
            return;
        }
        let popover = gtk::Popover::new();
        let list = gtk::Box::new(gtk::Orientation::Vertical, 2);
        for action in actions {
            let button = gtk::Button::with_label(&action_words(action));
            button.add_css_class("flat");
            let (input, key, nick, popover_ref) = (
                self.input.clone(),
                key.clone(),
                nick.to_owned(),
                popover.clone(),
            );
            button.connect_clicked(move |_| {
                popover_ref.popdown();
                let nick = nick.clone();
                input.emit(AppInput::Room(match action {
                    RoomModeration::Kick | RoomModeration::Ban => {
                        RoomInput::Tool(key.clone(), RoomTool::Moderate { nick, action })
                    }
                    _ => RoomInput::Act(
                        key.clone(),
                        RoomAct::Moderate {
                            nick,
                            action,
                            reason: None,
                        },
                    ),
                }));
            });
            list.append(&button);
        }
        popover.set_child(Some(&list));
        popover.set_parent(&target.actions.button);
        // The menu is made for this press; gone once closed.
        popover.connect_closed(|popover| {
            let popover = popover.clone();
            gtk::glib::idle_add_local_once(move || popover.unparent());
        });
        popover.popup();
    }

    /// What the user may do to `nick` in this room now (nothing to oneself).
    fn actions_for(&self, key: &RoomKey, view: &RoomView, nick: &str) -> Vec<RoomModeration> {
        if nick == view.own {
            return Vec::new();
        }
        let (Some(own), Some(target)) = (view.people.get(&view.own), view.people.get(nick)) else {
            return Vec::new();
        };
        if !self.is_xmpp(key.0) {
            return applicable_irc(&own.prefixes, &target.prefixes);
        }
        applicable(
            (own.role, own.affiliation),
            (target.role, target.affiliation),
            target.address_known,
        )
    }

    /// Shows each person's menu button only when there is something to do to them, and the
    /// owner's tools only to the owner.
    fn refresh_actions(&self, key: &RoomKey) {
        let Some(view) = self.rooms.get(key).and_then(|r| r.view.as_ref()) else {
            return;
        };
        let owner = self.is_xmpp(key.0)
            && view
                .people
                .get(&view.own)
                .is_some_and(|own| own.affiliation == RoomAffiliation::Owner);
        for tool in &view.owner_tools {
            tool.set_visible(owner);
        }
        for (nick, occupant) in &view.people {
            let any = !self.actions_for(key, view, nick).is_empty();
            occupant.actions.button.set_visible(any);
        }
    }

    fn tool_dialog(&self, key: RoomKey, tool: RoomTool) {
        let Some(view) = self.rooms.get(&key).and_then(|r| r.view.as_ref()) else {
            return;
        };
        let room_name = key.1.clone();
        let input = self.input.clone();
        let target = key.clone();
        match tool {
            RoomTool::Topic => form_dialog(
                &self.window,
                &tr::room_topic_dialog_title(room_name.as_str()),
                None,
                vec![Field {
                    placeholder: tr::room_topic_entry(),
                    tooltip: tr::room_topic_entry_tooltip(),
                    initial: view.subject.clone(),
                }],
                &tr::room_topic_dialog_button(),
                |_| None,
                move |mut values| {
                    let subject = values.pop().unwrap_or_default();
                    input.emit(AppInput::Room(RoomInput::Act(
                        target.clone(),
                        RoomAct::Topic(MessageText::new(subject.trim())),
                    )));
                },
            ),
            RoomTool::Nick => form_dialog(
                &self.window,
                &tr::room_nick_dialog_title(room_name.as_str()),
                (!self.is_xmpp(key.0))
                    .then(tr::room_nick_irc_explanation)
                    .as_deref(),
                vec![Field {
                    placeholder: tr::room_nick_placeholder(),
                    tooltip: tr::room_nick_tooltip(),
                    initial: view.own.clone(),
                }],
                &tr::room_nick_dialog_button(),
                |values| {
                    values
                        .first()
                        .is_none_or(|nick| nick.trim().is_empty())
                        .then(tr::room_problem_nick)
                },
                move |mut values| {
                    let nick = values.pop().unwrap_or_default().trim().to_owned();
                    input.emit(AppInput::Room(RoomInput::Act(
                        target.clone(),
                        RoomAct::Nick(nick),
                    )));
                },
            ),
            // An IRC INVITE names a nick and carries no words.
            RoomTool::Invite if !self.is_xmpp(key.0) => form_dialog(
                &self.window,
                &tr::room_invite_dialog_title(room_name.as_str()),
                None,
                vec![Field {
                    placeholder: tr::room_invite_nick(),
                    tooltip: tr::room_invite_nick_tooltip(),
                    initial: String::new(),
                }],
                &tr::room_invite_dialog_button(),
                |values| {
                    (!values.first().is_some_and(|nick| nick_ok(nick.trim())))
                        .then(tr::room_invite_problem_nick)
                },
                move |values| {
                    let invitee = values.first().map_or("", |nick| nick.trim()).to_owned();
                    input.emit(AppInput::Room(RoomInput::Act(
                        target.clone(),
                        RoomAct::Invite {
                            invitee,
                            reason: None,
                        },
                    )));
                },
            ),
            RoomTool::Invite => form_dialog(
                &self.window,
                &tr::room_invite_dialog_title(room_name.as_str()),
                None,
                vec![
                    Field {
                        placeholder: tr::room_invite_address(),
                        tooltip: tr::room_invite_address_tooltip(),
                        initial: String::new(),
                    },
                    Field {
                        placeholder: tr::room_reason_entry(),
                        tooltip: tr::room_invite_reason_tooltip(),
                        initial: String::new(),
                    },
                ],
                &tr::room_invite_dialog_button(),
                |values| {
                    (!values.first().is_some_and(|a| person_address_ok(a.trim())))
                        .then(tr::room_invite_problem_address)
                },
                move |values| {
                    let mut values = values.into_iter();
                    let invitee = values.next().unwrap_or_default().trim().to_owned();
                    let reason = values.next().unwrap_or_default();
                    input.emit(AppInput::Room(RoomInput::Act(
                        target.clone(),
                        RoomAct::Invite {
                            invitee,
                            reason: optional_text(&reason),
                        },
                    )));
                },
            ),
            RoomTool::Moderate { nick, action } => {
                let (title, explanation, button) = if action == RoomModeration::Ban {
                    (
                        tr::room_ban_dialog_title(nick.as_str()),
                        tr::room_ban_explanation(),
                        tr::room_ban_button(),
                    )
                } else {
                    (
                        tr::room_kick_dialog_title(nick.as_str()),
                        tr::room_kick_explanation(),
                        tr::room_kick_button(),
                    )
                };
                form_dialog(
                    &self.window,
                    &title,
                    Some(&explanation),
                    vec![Field {
                        placeholder: tr::room_reason_entry(),
                        tooltip: tr::room_moderation_reason_tooltip(),
                        initial: String::new(),
                    }],
                    &button,
                    |_| None,
                    move |mut values| {
                        let reason = values.pop().unwrap_or_default();
                        input.emit(AppInput::Room(RoomInput::Act(
                            target.clone(),
                            RoomAct::Moderate {
                                nick: nick.clone(),
                                action,
                                reason: optional_text(&reason),
                            },
                        )));
                    },
                );
            }
            RoomTool::Destroy => form_dialog(
                &self.window,
                &tr::room_destroy_dialog_title(room_name.as_str()),
                Some(&tr::room_destroy_explanation()),
                vec![Field {
                    placeholder: tr::room_reason_entry(),
                    tooltip: tr::room_destroy_reason_tooltip(),
                    initial: String::new(),
                }],
                &tr::room_destroy_button(),
                |_| None,
                move |mut values| {
                    let reason = values.pop().unwrap_or_default();
                    input.emit(AppInput::Room(RoomInput::Act(
                        target.clone(),
                        RoomAct::Destroy(optional_text(&reason)),
                    )));
                },
            ),
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
        for tool in &view.tools {
            tool.set_sensitive(true);
        }
        view.own = nick.to_owned();
        if let Some(room) = self.rooms.get_mut(&key) {
            room.joined = true;
            room.nick = Some(nick.to_owned());
        }
        if self.show_when_joined.remove(&key) {
            self.show(&key, pages);
        }
    }

    pub(crate) fn occupants(&mut self, key: &RoomKey, changes: Vec<OccupantChange>) {
        let input = self.input.clone();
        let Some(room) = self.rooms.get_mut(key) else {
            return;
        };
        let Some(view) = room.view.as_mut() else {
            return;
        };
        // At join the whole list comes at once: announce arrivals only after that.
        let joined = !view.people.is_empty();
        // A netsplit or netjoin is told in one line; the people in it change one by one,
        // silently.
        let mut told_once = Vec::new();
        let mut each = Vec::with_capacity(changes.len());
        for change in changes {
            match change {
                OccupantChange::Netsplit { nicks, servers } => {
                    let server = |name: &str| {
                        if name.is_empty() {
                            "?".to_owned()
                        } else {
                            name.to_owned()
                        }
                    };
                    told_once.push(tr::room_netsplit(
                        nicks.len(),
                        server(&servers.0),
                        server(&servers.1),
                    ));
                    each.extend(nicks.into_iter().map(|nick| {
                        let left = OccupantChange::Left {
                            nick,
                            reason: RoomLeftReason::Left,
                        };
                        (left, false)
                    }));
                }
                OccupantChange::Netjoin { occupants } => {
                    told_once.push(tr::room_netjoin(occupants.len()));
                    each.extend(
                        occupants
                            .into_iter()
                            .map(|occupant| (OccupantChange::Present(occupant), false)),
                    );
                }
                change => each.push((change, true)),
            }
        }
        for (change, tell) in each {
            let announce = joined && tell;
            match change {
                OccupantChange::Present(occupant) => {
                    let words = occupant_words(&occupant.nick, occupant.role);
                    if let Some(known) = view.people.get_mut(&occupant.nick) {
                        known.label.set_text(&words);
                        if known.role != occupant.role {
                            view.messages.push(
                                role_change_words(&occupant.nick, occupant.role),
                                Tone::Dim,
                                None,
                            );
                        }
                        known.role = occupant.role;
                        known.affiliation = occupant.affiliation;
                        known.address_known = occupant.address.is_some();
                        known.prefixes = occupant.prefixes;
                    } else {
                        let text = label(&words);
                        text.set_hexpand(true);
                        let actions = ActionsButton::new(&input, key, &occupant.nick);
                        let line = gtk::Box::new(gtk::Orientation::Horizontal, 4);
                        line.append(&text);
                        line.append(&actions.button);
                        let row = gtk::ListBoxRow::new();
                        row.set_child(Some(&line));
                        view.occupants.append(&row);
                        if announce {
                            view.messages.push(
                                tr::room_occupant_joined(occupant.nick.as_str()),
                                Tone::Dim,
                                None,
                            );
                        }
                        view.people.insert(
                            occupant.nick,
                            Occupant {
                                row,
                                label: text,
                                actions,
                                role: occupant.role,
                                affiliation: occupant.affiliation,
                                address_known: occupant.address.is_some(),
                                prefixes: occupant.prefixes,
                            },
                        );
                    }
                }
                OccupantChange::Left { nick, reason } => {
                    if let Some(gone) = view.people.remove(&nick) {
                        view.occupants.remove(&gone.row);
                        if tell {
                            view.messages
                                .push(gone_words(nick, &reason), Tone::Dim, None);
                        }
                    }
                }
                OccupantChange::Renamed { from, to } => {
                    if let Some(occupant) = view.people.remove(&from) {
                        occupant.label.set_text(&occupant_words(&to, occupant.role));
                        occupant.actions.rename(&to);
                        view.messages.push(
                            tr::room_occupant_renamed(from.as_str(), to.as_str()),
                            Tone::Dim,
                            None,
                        );
                        if from == view.own {
                            view.own.clone_from(&to);
                            view.status.set_text(&tr::room_joined_as(to.as_str()));
                            room.nick = Some(to.clone());
                        }
                        view.people.insert(to, occupant);
                    }
                }
                OccupantChange::Invited { by, nick } => {
                    view.messages.push(
                        tr::room_invited_other(by.as_str(), nick.as_str()),
                        Tone::Dim,
                        None,
                    );
                }
                // Expanded above.
                OccupantChange::Netsplit { .. } | OccupantChange::Netjoin { .. } => {}
            }
        }
        for words in told_once {
            view.messages.push(words, Tone::Dim, None);
        }
        view.count
            .set_text(&tr::room_occupants_count(view.people.len()));
        self.refresh_actions(key);
    }

    /// A message in a room; counted unread unless it is ours, from history, or the room is
    /// on screen.
    pub(crate) fn message(
        &mut self,
        key: &RoomKey,
        nick: Option<String>,
        text: &MessageText,
        (delayed, at): (bool, Option<i64>),
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
        let Some(nick) = nick else {
            let words = tr::room_message_from_room(text.reveal());
            match (delayed, at) {
                (false, _) => view.messages.push_message(words, Tone::Normal, None, None),
                (true, Some(at)) => view.messages.push_message(words, Tone::Dim, None, Some(at)),
                // Replayed without a time: shown without one.
                (true, None) => view.messages.push(words, Tone::Dim, None),
            };
            return;
        };
        let (words, tone, at) = if delayed {
            let words = tr::room_message_history(nick.as_str(), text.reveal());
            // Replayed: at the time the room gave, else undated.
            (words, Tone::Dim, at.map(Some))
        } else {
            let words = tr::room_message(nick.as_str(), text.reveal());
            (words, Tone::Normal, Some(None))
        };
        view.messages.push_said(words, tone, &nick, own, at);
    }

    pub(crate) fn subject(&mut self, key: &RoomKey, nick: Option<String>, subject: &MessageText) {
        let Some(view) = self.rooms.get_mut(key).and_then(|r| r.view.as_mut()) else {
            return;
        };
        let topic = subject.reveal();
        topic.clone_into(&mut view.subject);
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
                for tool in &view.tools {
                    tool.set_sensitive(false);
                }
                for tool in &view.owner_tools {
                    tool.set_visible(false);
                }
            }
        }
        // A form of a room we are out of can no longer be answered.
        if let Some(form) = self.forms.remove(key) {
            form.destroy();
        }
        words
    }

    /// A room refused us or a message; returns the words for the notice line.
    pub(crate) fn error(&mut self, key: &RoomKey, error: &RoomErrorKind) -> String {
        let words = error_words(error);
        // A refusal of one message marks that message, which the user may retry.
        if let RoomErrorKind::MessageRefused {
            local_id: Some(local_id),
            ..
        } = error
            && self.refused(*local_id, words.clone())
        {
            return tr::room_problem(key.1.as_str(), words);
        }
        self.show_when_joined.remove(key);
        if let Some(view) = self.rooms.get(key).and_then(|r| r.view.as_ref()) {
            view.messages.push(words.clone(), Tone::Error, None);
        }
        tr::room_problem(key.1.as_str(), words)
    }

    /// An answer to something the user asked in a room (`/whois`, `/mode`).
    pub(crate) fn say_info(&self, key: &RoomKey, words: String) {
        if let Some(view) = self.rooms.get(key).and_then(|r| r.view.as_ref()) {
            view.messages.push(words, Tone::Normal, None);
        }
    }

    /// A channel's modes, after `/mode`.
    pub(crate) fn modes(&self, key: &RoomKey, modes: &str) {
        self.say_info(key, tr::room_modes(i18n::isolate(modes)));
    }

    /// Someone changed a channel's modes: one line however many changes the server sent.
    pub(crate) fn modes_changed(
        &self,
        key: &RoomKey,
        by: Option<&str>,
        changes: &[RoomModeChange],
        omitted: usize,
    ) {
        self.say_info(key, mode_change_words(by, changes, omitted));
    }

    /// A channel's ban list, after `/mode +b`.
    pub(crate) fn bans(&self, key: &RoomKey, bans: &[RoomBan], truncated: bool) {
        let room = i18n::isolate(&key.1);
        if bans.is_empty() {
            return self.say_info(key, tr::room_bans_none(room));
        }
        self.say_info(key, tr::room_bans_count(room, bans.len()));
        for ban in bans {
            let mask = i18n::isolate(&ban.mask);
            self.say_info(
                key,
                match &ban.by {
                    Some(by) => tr::room_bans_entry(mask, i18n::isolate(by)),
                    None => mask,
                },
            );
        }
        if truncated {
            self.say_info(key, tr::room_bans_truncated(bans.len()));
        }
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
        // XMPP accounts, then IRC networks (`true`): a channel is joined by name too.
        let online: Vec<(AccountId, String, bool)> = (self.accounts.iter().map(|a| (a, false)))
            .chain(self.networks.iter().map(|n| (n, true)))
            .filter(|((_, (_, online)), _)| *online)
            .map(|((id, (address, _)), irc)| (*id, address.clone(), irc))
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
        let addresses: Vec<&str> = online.iter().map(|(_, a, _)| a.as_str()).collect();
        let account = gtk::DropDown::from_strings(&addresses);
        account.set_tooltip_text(Some(&tr::room_account_tooltip()));
        account.set_visible(online.len() > 1);
        content.append(&account);
        let room = gtk::Entry::new();
        // Addresses read left to right in every language.
        room.set_direction(gtk::TextDirection::Ltr);
        // The account's room service, to copy (for a room named elsewhere) and prefilled.
        let service_line = label("");
        service_line.set_selectable(true);
        let service_copy = gtk::Box::new(gtk::Orientation::Horizontal, 0);
        let service_row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        service_line.set_hexpand(true);
        service_row.append(&service_line);
        service_row.append(&service_copy);
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
        // What a join that creates the room does: the defaults (as before), or the settings.
        let new_room = label(&tr::room_create_heading());
        let defaults = gtk::CheckButton::with_label(&tr::room_create_defaults());
        defaults.set_tooltip_text(Some(&tr::room_create_defaults_tooltip()));
        defaults.set_active(true);
        let configure = gtk::CheckButton::with_label(&tr::room_create_configure());
        configure.set_tooltip_text(Some(&tr::room_create_configure_tooltip()));
        configure.set_group(Some(&defaults));
        {
            // A room being set up has no password yet: it is set in its settings.
            let password = password.clone();
            configure.connect_toggled(move |check| password.set_sensitive(!check.is_active()));
        }
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
                tr::room_join_connect_first()
            } else {
                String::new()
            }
            .as_str(),
        );
        problem.add_css_class("error");
        for widget in [
            service_row.upcast_ref::<gtk::Widget>(),
            room.upcast_ref(),
            nick.upcast_ref(),
            password.upcast_ref(),
            bookmark.upcast_ref(),
            autojoin.upcast_ref(),
            new_room.upcast_ref(),
            defaults.upcast_ref(),
            configure.upcast_ref(),
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
        // The account's room service as an example, and its name as the nick. An IRC
        // network has one nick for all its channels, and a key instead of a password.
        let prefill = {
            let (room, nick, chosen, password) =
                (room.clone(), nick.clone(), chosen.clone(), password.clone());
            let services = self.services.clone();
            // What the room field was given, so that choosing another account replaces it
            // but never what the user typed.
            let given = Rc::new(RefCell::new(String::new()));
            move || {
                let irc = chosen().is_some_and(|(_, _, irc)| irc);
                nick.set_visible(!irc);
                let service = chosen()
                    .filter(|_| !irc)
                    .and_then(|(account, _, _)| services.get(&account).cloned());
                service_row.set_visible(service.is_some());
                if let Some(child) = service_copy.first_child() {
                    service_copy.remove(&child);
                }
                let typed = room.text();
                let untouched = typed.is_empty() || typed.as_str() == given.borrow().as_str();
                let prefilled = service.as_ref().map(|service| format!("@{service}"));
                if let Some(service) = &service {
                    service_line.set_text(&tr::room_service_line(i18n::left_to_right(service)));
                    service_copy.append(&copy::button(
                        service.clone(),
                        &tr::room_service_copy_tooltip(),
                    ));
                }
                if untouched {
                    // The service after the cursor: the user types the room's name before it.
                    let text = prefilled.unwrap_or_default();
                    room.set_text(&text);
                    room.set_position(0);
                    *given.borrow_mut() = text;
                }
                if irc {
                    entry_words(
                        &room,
                        &tr::room_channel_placeholder(),
                        &tr::room_channel_tooltip(),
                    );
                    entry_words(
                        &password,
                        &tr::room_key_placeholder(),
                        &tr::room_key_tooltip(),
                    );
                    return;
                }
                entry_words(
                    &password,
                    &tr::room_password_placeholder(),
                    &tr::room_password_tooltip(),
                );
                if let Some((_, address, _)) = chosen() {
                    entry_words(
                        &room,
                        &tr::room_address_placeholder(example_room(&address, service.as_deref())),
                        &tr::room_address_tooltip(),
                    );
                    if let Some((local, _)) = address.split_once('@') {
                        nick.set_text(local);
                    }
                } else {
                    entry_words(
                        &room,
                        &tr::room_address_placeholder(example_room("", None)),
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
                let typed = room.text();
                let why = if chosen().is_none() {
                    Some(tr::room_join_connect_first())
                } else if chosen().is_some_and(|(_, _, irc)| irc) {
                    (!channel_name_ok(typed.trim())).then(tr::room_problem_channel)
                } else if !room_address_ok(typed.trim()) {
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
                let Some((account, _, irc)) = chosen() else {
                    return;
                };
                let address = room.text().trim().to_owned();
                let secret = password.text().to_string();
                let key = (!secret.is_empty()).then(|| Password::new(secret));
                if irc {
                    if channel_name_ok(&address) {
                        input.emit(AppInput::Room(RoomInput::JoinChannel(
                            (account, address),
                            key,
                            bookmark.is_active().then(|| autojoin.is_active()),
                        )));
                        dialog.close();
                    }
                    return;
                }
                let typed_nick = nick.text().trim().to_owned();
                if !room_address_ok(&address) || typed_nick.is_empty() {
                    return;
                }
                // The dialog takes no password for a room it sets up.
                let key = if configure.is_active() { None } else { key };
                input.emit(AppInput::Room(RoomInput::Join(JoinRequest {
                    account,
                    room: address,
                    nick: typed_nick,
                    password: key,
                    bookmark: bookmark.is_active().then(|| autojoin.is_active()),
                    configure: configure.is_active(),
                })));
            }
            dialog.close();
        });
        dialog.present();
    }
}

/// The IRC channel list dialog.
struct ChannelList {
    dialog: gtk::Dialog,
    /// The network searched last: its answer fills the list.
    account: Rc<std::cell::Cell<Option<AccountId>>>,
    rows: gtk::ListBox,
    status: gtk::Label,
}

/// The sidebar's button that opens the IRC channel list.
pub(crate) fn channels_button(input: &relm4::Sender<AppInput>) -> gtk::Button {
    let button = gtk::Button::with_label(&tr::rooms_channels_button());
    button.set_tooltip_text(Some(&tr::rooms_channels_tooltip()));
    let input = input.clone();
    button.connect_clicked(move |_| {
        input.emit(AppInput::Room(RoomInput::OpenChannelList));
    });
    button
}

/// A tool button: its words, its tooltip, the tool, and whether it is shown.
type ToolChoice = (String, String, fn() -> RoomTool, bool);

/// An item of the room's menu: its words, its tooltip, and what it asks for.
type MenuChoice = (String, String, fn(RoomKey) -> RoomInput);

/// One field of a [`form_dialog`].
struct Field {
    placeholder: String,
    tooltip: String,
    initial: String,
}

/// A small dialog: an explanation, entries, and one button that acts. `problem` says what is
/// wrong with the values (the button stays insensitive meanwhile); `done` gets them.
fn form_dialog(
    window: &gtk::ApplicationWindow,
    title: &str,
    explanation: Option<&str>,
    fields: Vec<Field>,
    accept: &str,
    problem: impl Fn(&[String]) -> Option<String> + 'static,
    done: impl Fn(Vec<String>) + 'static,
) {
    let dialog = gtk::Dialog::with_buttons(
        Some(title),
        Some(window),
        gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
        &[
            (&tr::dialog_cancel(), gtk::ResponseType::Cancel),
            (accept, gtk::ResponseType::Accept),
        ],
    );
    dialog.set_default_width(420);
    let content = dialog.content_area();
    content.set_spacing(6);
    content.set_margin_top(12);
    content.set_margin_bottom(12);
    content.set_margin_start(12);
    content.set_margin_end(12);
    let heading = label(title);
    heading.add_css_class("title-4");
    content.append(&heading);
    if let Some(explanation) = explanation {
        let explanation = label(explanation);
        explanation.add_css_class("warning");
        content.append(&explanation);
    }
    let entries: Vec<gtk::Entry> = fields
        .into_iter()
        .map(|field| {
            let entry = gtk::Entry::new();
            entry_words(&entry, &field.placeholder, &field.tooltip);
            entry.set_text(&field.initial);
            content.append(&entry);
            entry
        })
        .collect();
    let shown_problem = label("");
    shown_problem.add_css_class("error");
    content.append(&shown_problem);
    let values = {
        let entries = entries.clone();
        move || -> Vec<String> { entries.iter().map(|e| e.text().to_string()).collect() }
    };
    let problem = Rc::new(problem);
    let check = {
        let (dialog, values, problem, shown_problem) = (
            dialog.clone(),
            values.clone(),
            problem.clone(),
            shown_problem.clone(),
        );
        move || {
            let why = problem(&values());
            dialog.set_response_sensitive(gtk::ResponseType::Accept, why.is_none());
            shown_problem.set_text(&why.unwrap_or_default());
        }
    };
    for entry in &entries {
        let check = check.clone();
        entry.connect_changed(move |_| check());
        let dialog = dialog.clone();
        entry.connect_activate(move |_| dialog.response(gtk::ResponseType::Accept));
    }
    check();
    dialog.connect_response(move |dialog, response| {
        if response == gtk::ResponseType::Accept {
            let values = values();
            if problem(&values).is_some() {
                return;
            }
            done(values);
        }
        dialog.close();
    });
    dialog.present();
}

/// An IRC nick as a dialog accepts it: what cannot be one on any network is refused here
/// (spaces, `,` `!` `@` `*` `?`, a channel or digit first); the server checks the rest.
fn nick_ok(nick: &str) -> bool {
    nick.chars()
        .next()
        .is_some_and(|c| !matches!(c, '#' | '&' | ':' | '$' | '+' | '-') && !c.is_ascii_digit())
        && !nick.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, ',' | '!' | '@' | '*' | '?')
        })
}

/// A person's address, `name@server`, for an invitation.
fn person_address_ok(address: &str) -> bool {
    match address.split_once('@') {
        Some((name, server)) => {
            !name.is_empty()
                && !server.is_empty()
                && !server.contains('@')
                && !address.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// Typed words, or `None` when there are none.
fn optional_text(typed: &str) -> Option<MessageText> {
    let typed = typed.trim();
    (!typed.is_empty()).then(|| MessageText::new(typed))
}

/// The button that opens the menu of what the user may do to someone; hidden until there is
/// something. Its name, for screen readers, says whose menu it is (a hidden label, as in the
/// sidebar).
struct ActionsButton {
    button: gtk::Button,
    spoken: gtk::Label,
    /// Whose: follows their renames.
    nick: Rc<RefCell<String>>,
}

impl ActionsButton {
    fn new(input: &relm4::Sender<AppInput>, key: &RoomKey, nick: &str) -> Self {
        let button = gtk::Button::new();
        button.add_css_class("flat");
        button.set_visible(false);
        let content = gtk::Box::new(gtk::Orientation::Horizontal, 0);
        content.append(&gtk::Image::from_icon_name("open-menu-symbolic"));
        let spoken = gtk::Label::new(None);
        spoken.set_visible(false);
        content.append(&spoken);
        spoken.set_mnemonic_widget(Some(&button));
        button.set_child(Some(&content));
        let whose = Rc::new(RefCell::new(String::new()));
        let (input, key, nick_now) = (input.clone(), key.clone(), whose.clone());
        button.connect_clicked(move |_| {
            let nick = nick_now.borrow().clone();
            input.emit(AppInput::Room(RoomInput::Actions(key.clone(), nick)));
        });
        let made = Self {
            button,
            spoken,
            nick: whose,
        };
        made.rename(nick);
        made
    }

    fn rename(&self, nick: &str) {
        let words = tr::room_occupant_actions(nick);
        self.button.set_tooltip_text(Some(&words));
        self.spoken.set_text(&words);
        nick.clone_into(&mut self.nick.borrow_mut());
    }
}

/// The room's "More" menu: "Clear the window", and for the room's owner "Room settings…" and
/// "Destroy room…" (hidden until the room says the user owns it). A menu rather than more
/// buttons beside the others: in the longer languages the row of tools would widen the window.
fn room_menu(key: &RoomKey, input: &relm4::Sender<AppInput>) -> (gtk::Button, Vec<gtk::Button>) {
    let choices: [MenuChoice; 3] = [
        (
            tr::scrollback_clear_button(),
            tr::scrollback_clear_tooltip(),
            RoomInput::Clear,
        ),
        (
            tr::room_settings_button(),
            tr::room_settings_button_tooltip(),
            RoomInput::Configure,
        ),
        (
            tr::room_destroy_tool_button(),
            tr::room_destroy_tool_tooltip(),
            |key| RoomInput::Tool(key, RoomTool::Destroy),
        ),
    ];
    let items = gtk::Box::new(gtk::Orientation::Vertical, 0);
    let popover = gtk::Popover::new();
    let mut owner_tools = Vec::new();
    for (at, (words, tooltip, wanted)) in choices.into_iter().enumerate() {
        let item = gtk::Button::with_label(&words);
        item.set_tooltip_text(Some(&tooltip));
        item.add_css_class("flat");
        let (input, target, shown) = (input.clone(), key.clone(), popover.clone());
        item.connect_clicked(move |_| {
            shown.popdown();
            input.emit(AppInput::Room(wanted(target.clone())));
        });
        items.append(&item);
        if at > 0 {
            item.set_visible(false);
            owner_tools.push(item);
        }
    }
    popover.set_child(Some(&items));
    let menu = gtk::Button::with_label(&tr::conversation_menu_button());
    menu.set_tooltip_text(Some(&tr::conversation_menu_tooltip()));
    popover.set_parent(&menu);
    menu.connect_clicked(move |_| popover.popup());
    (menu, owner_tools)
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
    let tool_row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
    let mut tools = Vec::new();
    let choices: [ToolChoice; 3] = [
        (
            tr::room_topic_button(),
            tr::room_topic_button_tooltip(),
            || RoomTool::Topic,
            true,
        ),
        (
            tr::room_nick_button(),
            tr::room_nick_button_tooltip(),
            || RoomTool::Nick,
            true,
        ),
        (
            tr::room_invite_button(),
            tr::room_invite_button_tooltip(),
            || RoomTool::Invite,
            true,
        ),
    ];
    for (words, tooltip, tool, shown) in choices {
        let button = gtk::Button::with_label(&words);
        button.set_tooltip_text(Some(&tooltip));
        button.set_sensitive(false);
        button.set_visible(shown);
        let (input, target) = (input.clone(), key.clone());
        button.connect_clicked(move |_| {
            input.emit(AppInput::Room(RoomInput::Tool(target.clone(), tool())));
        });
        tool_row.append(&button);
        tools.push(button);
    }
    page.append(&tool_row);

    let middle = gtk::Box::new(gtk::Orientation::Horizontal, 6);
    middle.set_vexpand(true);
    let link_input = input.clone();
    let messages = MessageList::new(Rc::new(move |address| {
        link_input.emit(AppInput::OpenLink(address));
    }));
    let (line_input, target) = (input.clone(), key.clone());
    messages.on_action(move |action| {
        line_input.emit(AppInput::Room(RoomInput::Line(target.clone(), action)));
    });
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
    let (menu, owner_tools) = room_menu(key, input);
    compose_row.append(&menu);
    page.append(&compose_row);
    RoomView {
        page,
        status,
        warnings,
        topic,
        subject: String::new(),
        tools,
        owner_tools,
        messages,
        count,
        occupants,
        people: BTreeMap::new(),
        compose,
        send,
        leave,
        own: String::new(),
    }
}

/// One line for one `MODE` line: a sentence for a single status or ban change, else the
/// changes as IRC writes them.
fn mode_change_words(by: Option<&str>, changes: &[RoomModeChange], omitted: usize) -> String {
    let by = by.map_or_else(tr::room_mode_by_server, i18n::isolate);
    match (changes, omitted) {
        ([one], 0) => match (one.mode, one.adding, one.arg.as_deref().map(i18n::isolate)) {
            ('o', true, Some(nick)) => tr::room_mode_op_given(by, nick),
            ('o', false, Some(nick)) => tr::room_mode_op_taken(by, nick),
            ('v', true, Some(nick)) => tr::room_mode_voice_given(by, nick),
            ('v', false, Some(nick)) => tr::room_mode_voice_taken(by, nick),
            ('b', true, Some(mask)) => tr::room_mode_ban(by, mask),
            ('b', false, Some(mask)) => tr::room_mode_unban(by, mask),
            _ => tr::room_mode_set(by, i18n::isolate(&mode_text(changes))),
        },
        (_, 0) => tr::room_mode_set(by, i18n::isolate(&mode_text(changes))),
        _ => tr::room_mode_set_more(by, i18n::isolate(&mode_text(changes)), omitted),
    }
}

/// Mode changes as IRC writes them (`+o-v alice bob`), which every IRC user reads.
fn mode_text(changes: &[RoomModeChange]) -> String {
    let mut letters = String::new();
    let mut last_sign = None;
    for change in changes {
        if last_sign != Some(change.adding) {
            letters.push(if change.adding { '+' } else { '-' });
            last_sign = Some(change.adding);
        }
        letters.push(change.mode);
    }
    for arg in changes.iter().filter_map(|change| change.arg.as_deref()) {
        letters.push(' ');
        letters.push_str(arg);
    }
    letters
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mode_line_is_one_sentence_and_a_key_never_shows() {
        let change = |adding, mode, arg: Option<&str>| RoomModeChange {
            adding,
            mode,
            arg: arg.map(str::to_owned),
        };
        let words = |changes: &[RoomModeChange], omitted| {
            mode_change_words(Some("alice"), changes, omitted).replace(['\u{2068}', '\u{2069}'], "")
        };
        assert_eq!(
            words(&[change(true, 'o', Some("bob"))], 0),
            "alice makes bob a channel operator."
        );
        assert_eq!(
            words(&[change(true, 'b', Some("eve!*@*"))], 0),
            "alice bans eve!*@*."
        );
        assert_eq!(
            words(
                &[change(true, 'k', None), change(false, 'v', Some("bob"))],
                0
            ),
            "alice sets mode +k-v bob"
        );
        assert_eq!(
            words(&[change(true, 'b', Some("a"))], 94),
            "alice sets mode +b a and 94 more"
        );
        assert!(mode_change_words(None, &[change(true, 'm', None)], 0).contains("The server"));
    }

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
    fn an_irc_channel_and_a_nick_are_checked_before_they_reach_the_core() {
        for good in ["#otter", "&local", "#ötter-ü", "##meta"] {
            assert!(channel_name_ok(good), "{good:?}");
        }
        for bad in [
            "",
            "#",
            "otter",
            "#ot ter",
            "#a,#b",
            "#bell\u{7}",
            "@conference",
        ] {
            assert!(!channel_name_ok(bad), "{bad:?}");
        }
        for good in ["ircbot", "[away]", "Otter_", "ünï"] {
            assert!(nick_ok(good), "{good:?}");
        }
        for bad in [
            "", "9lives", "#otter", "-x", "a b", "a,b", "a!b", "bob@host", "a\u{0}",
        ] {
            assert!(!nick_ok(bad), "{bad:?}");
        }
    }

    #[test]
    fn the_moderation_menu_offers_only_what_the_user_may_do() {
        use RoomAffiliation as A;
        use RoomModeration as M;
        use RoomRole as R;
        let owner = (R::Moderator, A::Owner);
        // An owner, to a plain participant whose address the room shows: everything that
        // applies to a participant.
        assert_eq!(
            applicable(owner, (R::Participant, A::None), true),
            [M::Kick, M::Ban, M::RevokeVoice, M::GrantModerator]
        );
        // Without their address there is no ban; a visitor can be given a voice.
        assert_eq!(
            applicable(owner, (R::Visitor, A::None), false),
            [M::Kick, M::GrantVoice, M::GrantModerator]
        );
        assert_eq!(
            applicable(owner, (R::Moderator, A::Member), true),
            [M::Kick, M::Ban, M::RevokeModerator]
        );
        // No one acts on an owner here; an admin does not act on another admin.
        assert!(applicable(owner, (R::Moderator, A::Owner), true).is_empty());
        assert!(applicable((R::Moderator, A::Admin), (R::Moderator, A::Admin), true).is_empty());
        // A moderator by role only kicks and gives or takes voice.
        assert_eq!(
            applicable((R::Moderator, A::None), (R::Participant, A::None), true),
            [M::Kick, M::RevokeVoice]
        );
        // A participant may do nothing.
        assert!(applicable((R::Participant, A::Member), (R::Visitor, A::None), true).is_empty());
    }

    #[test]
    fn on_irc_the_menu_follows_the_channel_status() {
        use RoomModeration as M;
        assert_eq!(
            applicable_irc("@", ""),
            [M::Kick, M::Ban, M::GrantVoice, M::GrantModerator]
        );
        assert_eq!(
            applicable_irc("@", "@+"),
            [M::Kick, M::Ban, M::RevokeVoice, M::RevokeModerator]
        );
        assert_eq!(applicable_irc("%", "+"), [M::Kick, M::RevokeVoice]);
        assert!(applicable_irc("+", "").is_empty());
        assert!(applicable_irc("", "").is_empty());
        assert!(applicable_irc("@", "~@").is_empty());
        assert_eq!(applicable_irc("~@", "&@").len(), 4);
    }

    #[test]
    fn an_invitation_goes_to_a_person_s_address() {
        assert!(person_address_ok("bob@otter.test"));
        for bad in ["", "bob", "@otter.test", "bob@", "b ob@otter.test", "a@b@c"] {
            assert!(!person_address_ok(bad), "{bad:?}");
        }
    }

    #[test]
    fn a_refusal_says_what_and_why() {
        let words = refused_words(RoomRequestKind::Subject, "forbidden");
        assert!(
            words.contains("topic") && words.contains("rights"),
            "{words}"
        );
        let words = refused_words(
            RoomRequestKind::Moderate(RoomModeration::Kick),
            "item-not-found",
        );
        assert!(words.contains("item-not-found"), "{words}");
    }

    #[test]
    fn a_destroyed_room_names_where_its_people_were_sent() {
        let moved = left_words(&RoomLeftReason::Destroyed {
            alternative: Some("next@conference.otter.test".into()),
        });
        assert!(moved.contains("next@conference.otter.test"), "{moved}");
        let closed = left_words(&RoomLeftReason::Destroyed { alternative: None });
        assert!(
            closed.contains("closed") && !closed.contains('@'),
            "{closed}"
        );
    }

    #[test]
    fn the_example_room_is_on_the_room_service_or_the_account_s_server() {
        assert_eq!(
            example_room("alice@otter.test", None),
            "room@conference.otter.test"
        );
        assert_eq!(
            example_room("alice@otter.test", Some("muc.example.net")),
            "room@muc.example.net"
        );
    }
}
