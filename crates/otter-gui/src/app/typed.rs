//! The root component's part of the composer: commands typed in a conversation or a room,
//! `/msg` lines waiting for their conversation, "X is typing…", and Ctrl+K.

use std::rc::Rc;

use otter_core::types::{AccountId, ConversationId, Password};
use otter_core::{Command, Protocol, WhoInfo, WhoisInfo};
use relm4::ComponentSender;
use relm4::gtk;
use relm4::gtk::prelude::*;

use super::{App, AppInput};
use crate::commands::{self, Action, Place, Problem, Typed};
use crate::i18n::{self, tr};
use crate::messages::Tone;
use crate::quick_switcher::{self, Target};
use crate::rooms::{JoinRequest, RoomInput, RoomKey};

/// How many `/whois` answers are waited for at once; an older question's answer is dropped.
const WHOIS_WAITING: usize = 8;

/// Where a `/whois` was typed, so its answer is shown there.
#[derive(Debug, Clone)]
pub(super) enum WhoisPlace {
    Conversation(ConversationId),
    Room(RoomKey),
}

impl App {
    /// Carries out a typed command (text never comes here).
    pub(super) fn run_typed(
        &mut self,
        typed: Typed,
        place: &Place,
        sender: &ComponentSender<Self>,
    ) -> Result<(), Problem> {
        let request = match typed {
            Typed::Request(request) => request,
            Typed::Problem(problem) => return Err(problem),
            // Rooms send their text themselves.
            Typed::Text(_) => return Ok(()),
        };
        if let Some(command) = request.irc_only() {
            let irc = self
                .account_labels
                .get(&place.account())
                .is_some_and(|row| row.protocol == Protocol::Irc);
            if !irc {
                return Err(Problem::Unsupported {
                    command: command.to_owned(),
                });
            }
        }
        match commands::plan(request, place)? {
            Action::Core(command) => {
                let _ = self.core.send(command);
            }
            Action::Join {
                account,
                room,
                password,
            } => {
                // An XMPP room needs a nick: the account's name, as for invitations.
                let nick = self
                    .account_labels
                    .get(&account)
                    .and_then(|row| row.address.split_once('@'))
                    .map_or_else(|| "otter".to_owned(), |(local, _)| local.to_owned());
                sender.input(AppInput::Room(RoomInput::Join(JoinRequest {
                    account,
                    room,
                    nick,
                    password: password.map(Password::new),
                    bookmark: None,
                    configure: false,
                })));
            }
            Action::Open {
                account,
                peer,
                text,
            } => {
                if let Some(text) = text {
                    self.to_send_when_open.push((account, peer.clone(), text));
                }
                let _ = self.core.send(Command::OpenConversation { account, peer });
            }
            Action::Raw { account, line } => {
                if self.raw_confirmed {
                    let _ = self.core.send(Command::SendRawLine { account, line });
                } else {
                    self.confirm_raw(account, line, sender);
                }
            }
            Action::Whois { account, nick } => {
                self.ask_whois(account, nick, place);
            }
            Action::Who { account, target } => {
                if let Some(shown_in) = self.answer_place(place) {
                    if self.who_asked.len() >= WHOIS_WAITING {
                        self.who_asked.pop_front();
                    }
                    self.who_asked
                        .push_back((account, target.to_lowercase(), shown_in));
                    let _ = self.core.send(Command::Who { account, target });
                }
            }
            Action::Clear => match place {
                Place::Conversation { .. } => self.clear_scrollback(),
                Place::Room { account, room, .. } => {
                    sender.input(AppInput::Room(RoomInput::Clear((*account, room.clone()))));
                }
            },
        }
        Ok(())
    }

    /// The first `/raw` of the run: says that the line goes out unchecked, and sends it only
    /// when the user agrees (then the rest of the run's go without asking).
    fn confirm_raw(&self, account: AccountId, line: String, sender: &ComponentSender<Self>) {
        let dialog = gtk::MessageDialog::new(
            Some(&self.window),
            gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
            gtk::MessageType::Warning,
            gtk::ButtonsType::None,
            tr::raw_confirm_title(),
        );
        dialog.set_secondary_text(Some(&tr::raw_confirm_body()));
        dialog.add_button(&tr::dialog_cancel(), gtk::ResponseType::Cancel);
        dialog.add_button(&tr::raw_confirm_button(), gtk::ResponseType::Accept);
        dialog.set_default_response(gtk::ResponseType::Cancel);
        let input = sender.input_sender().clone();
        dialog.connect_response(move |dialog, response| {
            if response == gtk::ResponseType::Accept {
                input.emit(AppInput::RawConfirmed(account, line.clone()));
            }
            dialog.close();
        });
        dialog.present();
    }

    /// Where the answer to a command typed at `place` is shown.
    fn answer_place(&self, place: &Place) -> Option<WhoisPlace> {
        match place {
            Place::Room { account, room } => Some(WhoisPlace::Room((*account, room.clone()))),
            Place::Conversation { .. } => self.current.map(WhoisPlace::Conversation),
        }
    }

    /// `/whois NICK`: asked of the network, the answer shown where it was typed.
    pub(super) fn ask_whois(&mut self, account: AccountId, nick: String, place: &Place) {
        let Some(shown_in) = self.answer_place(place) else {
            return;
        };
        if self.whois_asked.len() >= WHOIS_WAITING {
            self.whois_asked.pop_front();
        }
        self.whois_asked
            .push_back((account, nick.to_lowercase(), shown_in));
        let _ = self.core.send(Command::Whois { account, nick });
    }

    /// A `/whois` answer: its lines where it was asked.
    pub(super) fn whois_answer(&mut self, account: AccountId, info: &WhoisInfo) {
        let nick = info.nick.to_lowercase();
        // The network may spell the nick in another case than typed (or fold `[` as `{`):
        // then the account's latest question is the one answered.
        let at = self
            .whois_asked
            .iter()
            .position(|(a, asked, _)| *a == account && *asked == nick)
            .or_else(|| self.whois_asked.iter().rposition(|(a, ..)| *a == account));
        let Some((_, _, place)) = at.and_then(|at| self.whois_asked.remove(at)) else {
            return;
        };
        self.show_answer(place, whois_lines(info));
    }

    /// A `/who` answer: one line per person where it was asked.
    pub(super) fn who_answer(&mut self, account: AccountId, info: &WhoInfo) {
        let target = info.target.to_lowercase();
        let at = self
            .who_asked
            .iter()
            .position(|(a, asked, _)| *a == account && *asked == target)
            .or_else(|| self.who_asked.iter().rposition(|(a, ..)| *a == account));
        let Some((_, _, place)) = at.and_then(|at| self.who_asked.remove(at)) else {
            return;
        };
        self.show_answer(place, who_lines(info));
    }

    /// Lines answering a command, where it was typed.
    fn show_answer(&self, place: WhoisPlace, lines: Vec<String>) {
        match place {
            WhoisPlace::Conversation(conversation) => {
                if let Some(view) = self.conversations.get(&conversation) {
                    for line in lines {
                        view.messages.push(line, Tone::Normal, None);
                    }
                }
            }
            WhoisPlace::Room(key) => {
                for line in lines {
                    self.rooms.say_info(&key, line);
                }
            }
        }
    }

    /// Sends the `/msg` lines that waited for this conversation to open.
    pub(super) fn send_waiting(&mut self, conversation: ConversationId) {
        let Some((account, peer)) = self
            .conversations
            .get(&conversation)
            .map(|view| (view.account, view.peer.clone()))
        else {
            return;
        };
        let (ready, waiting): (Vec<_>, Vec<_>) = std::mem::take(&mut self.to_send_when_open)
            .into_iter()
            .partition(|(a, p, _)| *a == account && *p == peer);
        self.to_send_when_open = waiting;
        for (_, _, text) in ready {
            self.send_text(conversation, text);
        }
    }

    /// The contact started or stopped typing: said above the composer while their
    /// conversation is open.
    pub(super) fn contact_typing(&mut self, conversation: ConversationId, typing: bool) {
        let Some(view) = self.conversations.get_mut(&conversation) else {
            return;
        };
        view.typing = typing;
        if self.current == Some(conversation) {
            self.typing.set_text(&if typing {
                tr::typing_notice(view.peer.as_str())
            } else {
                String::new()
            });
            self.typing.set_visible(typing);
        }
    }

    /// Ctrl+K: every contact, room and channel of every account.
    pub(super) fn quick_switcher(&self, sender: &ComponentSender<Self>) {
        let mut targets: Vec<Target> = self
            .contacts
            .all()
            .into_iter()
            .map(|(account, peer, shown)| {
                let input = sender.input_sender().clone();
                let target = peer.clone();
                Target {
                    shown,
                    address: peer,
                    open: Rc::new(move || input.emit(AppInput::Open(account, target.clone()))),
                }
            })
            .collect();
        targets.extend(self.rooms.all().into_iter().map(|(key, shown)| {
            let input = sender.input_sender().clone();
            let address = key.1.clone();
            Target {
                shown,
                address,
                open: Rc::new(move || {
                    input.emit(AppInput::Room(RoomInput::Open(key.clone())));
                }),
            }
        }));
        quick_switcher::open(&self.window, targets);
    }
}

/// What a WHO answer shows: how many, then one line per person.
fn who_lines(info: &WhoInfo) -> Vec<String> {
    let target = i18n::isolate(&info.target);
    if info.people.is_empty() {
        return vec![tr::who_none(target)];
    }
    let mut lines = vec![tr::who_count(target, info.people.len())];
    for person in &info.people {
        let nick = i18n::isolate(&format!("{}{}", person.status, person.nick));
        let mask = i18n::isolate(&person.mask);
        let name = i18n::isolate(&person.realname);
        lines.push(if person.away {
            tr::who_person_away(nick, mask, name)
        } else {
            tr::who_person(nick, mask, name)
        });
    }
    if info.truncated {
        lines.push(tr::who_truncated(info.people.len()));
    }
    lines
}

/// What a WHOIS answer shows, one line per fact the network gave.
fn whois_lines(info: &WhoisInfo) -> Vec<String> {
    let nick = i18n::isolate(&info.nick);
    if !info.found {
        return vec![tr::whois_not_found(nick)];
    }
    let mut lines = vec![tr::whois_user(
        nick,
        i18n::isolate(info.mask.as_deref().unwrap_or("?")),
    )];
    if let Some(name) = &info.realname {
        lines.push(tr::whois_realname(i18n::isolate(name)));
    }
    if let Some(account) = &info.account {
        lines.push(tr::whois_account(i18n::isolate(account)));
    }
    if !info.channels.is_empty() {
        let channels = info
            .channels
            .iter()
            .map(|channel| i18n::isolate(channel))
            .collect::<Vec<_>>()
            .join(" ");
        lines.push(if info.channels_truncated {
            tr::whois_channels_truncated(channels, info.channels.len())
        } else {
            tr::whois_channels(channels)
        });
    }
    if let Some(server) = &info.server {
        lines.push(tr::whois_server(i18n::isolate(server)));
    }
    if let Some(seconds) = info.idle_seconds {
        lines.push(tr::whois_idle(seconds));
    }
    if let Some(away) = &info.away {
        lines.push(tr::whois_away(i18n::isolate(away)));
    }
    if info.secure {
        lines.push(tr::whois_secure());
    }
    lines
}
