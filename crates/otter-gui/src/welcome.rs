//! First run: what to do when the profile has no account yet.
//!
//! Shown in place of the conversation while there is no account; the root component hides it
//! when the first account arrives.

use relm4::gtk;
use relm4::gtk::prelude::*;

use crate::account_dialog::Kind;
use crate::app::label;
use crate::i18n::tr;

/// What the welcome's buttons ask for.
pub(crate) enum Choice {
    AddAccount(Kind),
    /// A new XMPP account, registered on its server (in-band registration).
    CreateAccount,
    ImportPidgin,
}

/// The welcome page; `chosen` is called with what the user pressed.
pub(crate) fn page(chosen: impl Fn(Choice) + Clone + 'static) -> gtk::Box {
    let page = gtk::Box::new(gtk::Orientation::Vertical, 12);
    page.set_valign(gtk::Align::Center);
    page.set_halign(gtk::Align::Center);
    page.set_margin_start(24);
    page.set_margin_end(24);
    let title = label(&tr::welcome_title());
    title.add_css_class("title-1");
    page.append(&title);
    page.append(&label(&tr::welcome_intro()));

    let button = |text: String, tooltip: String, choice: fn() -> Choice| {
        let button = gtk::Button::with_label(&text);
        button.set_tooltip_text(Some(&tooltip));
        let chosen = chosen.clone();
        button.connect_clicked(move |_| chosen(choice()));
        page.append(&button);
        button
    };
    let add = button(
        tr::welcome_add_xmpp_button(),
        tr::welcome_add_xmpp_tooltip(),
        || Choice::AddAccount(Kind::Xmpp),
    );
    add.add_css_class("suggested-action");
    button(
        tr::welcome_create_xmpp_button(),
        tr::welcome_create_xmpp_tooltip(),
        || Choice::CreateAccount,
    );
    button(
        tr::welcome_add_irc_button(),
        tr::welcome_add_irc_tooltip(),
        || Choice::AddAccount(Kind::Irc),
    );
    button(
        tr::pidgin_import_button(),
        tr::pidgin_import_button_tooltip("~/.purple"),
        || Choice::ImportPidgin,
    );
    page
}
