//! "Move to group…" in the conversation menu: the open conversation's contact goes in a
//! group of its account's contact list (XMPP roster groups, `Command::SetContactGroups`). The
//! sidebar shows the result when the server's roster push comes back as `ContactListed`, so
//! what the window shows is what the server has.

use otter_core::Command;
use relm4::gtk;
use relm4::gtk::prelude::*;

use super::{App, AppInput};
use crate::i18n::tr;

/// The menu item.
pub(super) fn menu_item(input: &relm4::Sender<AppInput>) -> gtk::Button {
    let item = gtk::Button::with_label(&tr::contact_group_menu());
    item.set_tooltip_text(Some(&tr::contact_group_menu_tooltip()));
    item.add_css_class("flat");
    let input = input.clone();
    item.connect_clicked(move |_| input.emit(AppInput::MoveToGroup));
    item
}

impl App {
    /// Asks which group the open conversation's contact goes in. Only a contact the
    /// account's contact list has can be in a group (not IRC, not a stranger who wrote).
    pub(super) fn move_to_group(&mut self) {
        let Some(view) = self.current.and_then(|c| self.conversations.get(&c)) else {
            return;
        };
        let (account, peer) = (view.account, view.peer.clone());
        let Some(current) = self.contacts.groups(account, &peer) else {
            self.notice.set_text(&tr::contact_group_not_listed());
            return;
        };
        let shown = self
            .contacts
            .shown(account, &peer)
            .map_or_else(|| crate::i18n::isolate(&peer), str::to_owned);
        let core = self.core.clone();
        crate::contacts::group_dialog(
            self.window.upcast_ref(),
            &shown,
            current,
            &self.contacts.account_groups(account),
            move |groups| {
                let _ = core.send(Command::SetContactGroups {
                    account,
                    peer: peer.clone(),
                    groups,
                });
            },
        );
    }
}
