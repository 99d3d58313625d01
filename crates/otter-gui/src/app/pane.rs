//! The conversation pane's own controls, apart from the root component's event handling:
//!
//! - the delivery state of the user's messages (waiting, sent, delivered, not sent), shown
//!   after each of them by `messages.rs`;
//! - Retry and Discard on a message that could not be sent. Retry sends the same text again
//!   as a new message through `Command::SendText`, so the core's rules (waiting for a private
//!   conversation when one is required) apply to it as to anything typed;
//! - the conversation menu's "Clear the window", which empties the list on screen and
//!   nothing on disk.

use otter_core::Command;
use otter_core::types::{ConversationId, LocalId, MessageText};
use relm4::gtk;

use super::{App, AppInput};
use crate::i18n::tr;
use crate::messages::{Delivery, LineAction, LineRef, Tone};

/// The "More" menu above a conversation: clearing the window, moving the contact to a group.
pub(super) fn conversation_menu(input: &relm4::Sender<AppInput>) -> gtk::Button {
    let group = super::groups::menu_item(input);
    let input = input.clone();
    crate::messages::clear_menu_and(move || input.emit(AppInput::ClearScrollback), vec![group])
}

impl App {
    /// Hands a conversation's Retry and Discard buttons to the root component.
    pub(super) fn hear_line_actions(
        &self,
        conversation: ConversationId,
        input: &relm4::Sender<AppInput>,
    ) {
        if let Some(view) = self.conversations.get(&conversation) {
            let input = input.clone();
            view.messages
                .on_action(move |action| input.emit(AppInput::Line(action)));
        }
    }

    /// A sent message's delivery state changed.
    pub(super) fn mark(&self, local_id: LocalId, delivery: Option<Delivery>) {
        let found = self
            .sent
            .iter()
            .find(|(id, ..)| *id == local_id)
            .map(|(_, conversation, line, ..)| (*conversation, line.clone()))
            .or_else(|| {
                self.pending
                    .get(&local_id)
                    .map(|(conversation, line, _)| (*conversation, line.clone()))
            });
        if let Some((conversation, line)) = found {
            self.change_line(conversation, &line, |line| {
                if line.delivery.is_some() {
                    line.delivery = delivery;
                }
            });
        }
    }

    /// A message not confirmed yet, taken out of the waiting or the sent ones: it failed (a
    /// sent message can still bounce, as XMPP's error for an address that does not exist).
    pub(super) fn unconfirmed(
        &mut self,
        local_id: LocalId,
    ) -> Option<(ConversationId, LineRef, String)> {
        if let Some(waiting) = self.pending.remove(&local_id) {
            return Some(waiting);
        }
        let at = self.sent.iter().position(|(id, ..)| *id == local_id)?;
        self.sent
            .remove(at)
            .map(|(_, conversation, line, _, typed)| (conversation, line, typed))
    }

    /// A message could not be sent: kept, with what was typed, until the user retries or
    /// discards it.
    pub(super) fn keep_failed(
        &mut self,
        local_id: LocalId,
        conversation: ConversationId,
        line: LineRef,
        typed: String,
    ) {
        self.change_line(conversation, &line, |line| {
            line.delivery = Some(Delivery::Failed)
        });
        self.failed.insert(local_id, (conversation, line, typed));
    }

    /// Retry or Discard on a failed message.
    pub(super) fn line_action(&mut self, action: LineAction) {
        match action {
            LineAction::Retry(id) => {
                let Some((conversation, line, typed)) = self.failed.remove(&LocalId(id)) else {
                    return;
                };
                let local_id = LocalId(self.next_local_id);
                self.next_local_id = self.next_local_id.saturating_add(1);
                self.change_line(conversation, &line, |line| {
                    line.text = tr::message_own(typed.as_str());
                    line.tone = Tone::Dim;
                    line.tooltip = None;
                    line.delivery = Some(Delivery::Waiting);
                    line.local = Some(local_id.0);
                });
                self.pending
                    .insert(local_id, (conversation, line, typed.clone()));
                let _ = self.core.send(Command::SendText {
                    conversation,
                    local_id,
                    text: MessageText::new(typed),
                });
            }
            LineAction::Discard(id) => {
                if let Some((conversation, line, _)) = self.failed.remove(&LocalId(id))
                    && let Some(view) = self.conversations.get(&conversation)
                {
                    view.messages.remove(&line);
                }
            }
        }
    }

    /// Empties the open conversation's window; what is kept on disk stays.
    pub(super) fn clear_scrollback(&mut self) {
        let Some(conversation) = self.current else {
            return;
        };
        if let Some(view) = self.conversations.get(&conversation) {
            view.messages.clear();
        }
        // Their lines are gone: nothing left to retry or discard.
        self.failed.retain(|_, (c, ..)| *c != conversation);
        self.notice.set_text(&tr::scrollback_cleared());
    }
}
