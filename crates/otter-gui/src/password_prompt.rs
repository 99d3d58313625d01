//! Asks for an account's password when it is not remembered and was not typed in this
//! session. The password stays in memory until Otter quits (the profile never sees it).

use otter_core::types::{AccountId, Password};
use relm4::gtk;
use relm4::gtk::prelude::*;

use crate::app::{entry_words, label};
use crate::i18n::tr;

/// Opens the prompt; `connect` gets the password typed, when the user connects. An IRC
/// account (`irc`) may also go without one: the password is then empty, and the core
/// registers without SASL unless the nick logged in before.
pub(crate) fn open(
    parent: &gtk::ApplicationWindow,
    account: AccountId,
    address: &str,
    irc: bool,
    connect: impl Fn(AccountId, Password) + 'static,
) {
    let dialog = gtk::Dialog::with_buttons(
        Some(&tr::password_prompt_title(address)),
        Some(parent),
        gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
        &[
            (&tr::dialog_cancel(), gtk::ResponseType::Cancel),
            (&tr::account_connect_button(), gtk::ResponseType::Accept),
        ],
    );
    dialog.set_default_response(gtk::ResponseType::Accept);
    let content = dialog.content_area();
    content.set_spacing(6);
    content.set_margin_top(12);
    content.set_margin_bottom(12);
    content.set_margin_start(12);
    content.set_margin_end(12);
    let explanation = label(&tr::password_prompt_body(address));
    explanation.set_wrap(true);
    explanation.set_max_width_chars(50);
    content.append(&explanation);
    let password = gtk::Entry::new();
    entry_words(
        &password,
        &tr::account_password_placeholder(),
        &tr::account_password_tooltip(),
    );
    password.set_visibility(false);
    password.set_activates_default(true);
    content.append(&password);
    let no_password = gtk::CheckButton::with_label(&tr::account_irc_no_password());
    no_password.set_tooltip_text(Some(&tr::account_irc_no_password_tooltip()));
    no_password.set_visible(irc);
    {
        let password = password.clone();
        no_password.connect_toggled(move |toggle| password.set_sensitive(!toggle.is_active()));
    }
    content.append(&no_password);
    dialog.connect_response(move |dialog, response| {
        if response == gtk::ResponseType::Accept {
            let without = irc && no_password.is_active();
            let typed = if without {
                Default::default()
            } else {
                password.text()
            };
            if typed.is_empty() && !without {
                return;
            }
            connect(account, Password::new(typed.as_str()));
            // Nothing of the password is left in the field.
            password.set_text("");
        }
        dialog.close();
    });
    dialog.present();
}
