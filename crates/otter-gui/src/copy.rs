//! Copy buttons: a fingerprint or a command goes to the clipboard whole, so nobody retypes 64
//! hex digits (and gets one wrong, or gives up comparing).
//!
//! The clipboard is the display's (`gdk::Clipboard`): what is copied leaves Otter for whatever
//! the user pastes it into, so only public values get a copy button (fingerprints, commands),
//! never message text or secrets.

use relm4::gtk;
use relm4::gtk::glib;
use relm4::gtk::prelude::*;

use crate::i18n::tr;

/// How long the button says "Copied" before it reads "Copy" again.
const COPIED_FOR: std::time::Duration = std::time::Duration::from_secs(2);

/// A "Copy" button that puts `text` on the clipboard; `tooltip` says what it copies (also its
/// description for screen readers).
pub(crate) fn button(text: String, tooltip: &str) -> gtk::Button {
    let button = gtk::Button::with_label(&tr::copy_button());
    button.set_tooltip_text(Some(tooltip));
    button.set_valign(gtk::Align::Center);
    button.connect_clicked(move |button| {
        button.clipboard().set_text(&text);
        button.set_label(&tr::copy_done());
        let again = button.downgrade();
        glib::timeout_add_local_once(COPIED_FOR, move || {
            if let Some(button) = again.upgrade() {
                button.set_label(&tr::copy_button());
            }
        });
    });
    button
}

/// `shown` (a label) with a copy button beside it that copies `text`.
pub(crate) fn row(shown: &gtk::Label, text: String, tooltip: &str) -> gtk::Box {
    let row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
    shown.set_hexpand(true);
    row.append(shown);
    row.append(&button(text, tooltip));
    row
}
