//! The root component's part of the composer: commands typed in a conversation or a room,
//! `/msg` lines waiting for their conversation, "X is typing…", and Ctrl+K.

use std::rc::Rc;

use otter_core::Command;
use otter_core::types::{ConversationId, Password};
use relm4::ComponentSender;
use relm4::gtk::prelude::*;

use super::{App, AppInput};
use crate::commands::{self, Action, Place, Problem, Typed};
use crate::i18n::tr;
use crate::quick_switcher::{self, Target};
use crate::rooms::{JoinRequest, RoomInput};

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
            Action::Clear => match place {
                Place::Conversation { .. } => self.clear_scrollback(),
                Place::Room { account, room, .. } => {
                    sender.input(AppInput::Room(RoomInput::Clear((*account, room.clone()))));
                }
            },
        }
        Ok(())
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
