//! The preferences dialog (Ctrl+comma): requiring private conversations with everyone, what
//! notifications say, and deleting every saved conversation.
//!
//! No language choice: the core has no generic settings command to keep it in, and the
//! window keeps nothing on disk itself.

use relm4::gtk;
use relm4::gtk::prelude::*;

use crate::app::label;
use crate::i18n::tr;

/// What the dialog asks for.
pub(crate) enum Choice {
    RequirePrivate(bool),
    NotifySender(bool),
    DeleteAllHistory,
}

/// What the dialog shows as chosen.
pub(crate) struct Current {
    /// As the core reported it at start or this window last set it (`None`: not known).
    pub(crate) require_private: Option<bool>,
    /// Notifications name who wrote.
    pub(crate) notify_sender: bool,
}

/// Opens the dialog on the current choices.
pub(crate) fn open(
    parent: &gtk::ApplicationWindow,
    current: Current,
    chosen: impl Fn(Choice) + Clone + 'static,
) {
    let Current {
        require_private,
        notify_sender,
    } = current;
    let dialog = gtk::Dialog::with_buttons(
        Some(&tr::prefs_title()),
        Some(parent),
        gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
        &[(&tr::dialog_close(), gtk::ResponseType::Close)],
    );
    dialog.set_default_width(460);
    let content = dialog.content_area();
    content.set_spacing(6);
    content.set_margin_top(12);
    content.set_margin_bottom(12);
    content.set_margin_start(12);
    content.set_margin_end(12);

    let require = gtk::CheckButton::with_label(&tr::prefs_require_private());
    match require_private {
        Some(on) => require.set_active(on),
        None => {
            require.set_inconsistent(true);
            require.set_tooltip_text(Some(&tr::prefs_require_private_unknown()));
        }
    }
    {
        let chosen = chosen.clone();
        require.connect_toggled(move |check| {
            check.set_inconsistent(false);
            check.set_tooltip_text(None);
            chosen(Choice::RequirePrivate(check.is_active()));
        });
    }
    content.append(&require);
    let explanation = label(&tr::prefs_require_private_explanation());
    explanation.add_css_class("dim-label");
    content.append(&explanation);
    content.append(&gtk::Separator::new(gtk::Orientation::Horizontal));

    let sender_shown = gtk::CheckButton::with_label(&tr::prefs_notify_sender());
    sender_shown.set_active(notify_sender);
    {
        let chosen = chosen.clone();
        sender_shown.connect_toggled(move |check| chosen(Choice::NotifySender(check.is_active())));
    }
    content.append(&sender_shown);
    let explanation = label(&tr::prefs_notify_sender_explanation());
    explanation.add_css_class("dim-label");
    content.append(&explanation);
    content.append(&gtk::Separator::new(gtk::Orientation::Horizontal));

    let delete = gtk::Button::with_label(&tr::prefs_delete_all_button());
    delete.set_tooltip_text(Some(&tr::prefs_delete_all_tooltip()));
    delete.add_css_class("destructive-action");
    delete.set_halign(gtk::Align::Start);
    let owner = dialog.clone();
    delete.connect_clicked(move |_| {
        let confirm = gtk::MessageDialog::new(
            Some(&owner),
            gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
            gtk::MessageType::Warning,
            gtk::ButtonsType::None,
            tr::prefs_delete_all_confirm_title(),
        );
        confirm.set_secondary_text(Some(&tr::prefs_delete_all_confirm_body()));
        confirm.add_button(&tr::dialog_cancel(), gtk::ResponseType::Cancel);
        confirm.add_button(
            &tr::prefs_delete_all_confirm_button(),
            gtk::ResponseType::Accept,
        );
        let chosen = chosen.clone();
        confirm.connect_response(move |confirm, response| {
            if response == gtk::ResponseType::Accept {
                chosen(Choice::DeleteAllHistory);
            }
            confirm.close();
        });
        confirm.present();
    });
    content.append(&delete);
    dialog.connect_response(|dialog, _| dialog.close());
    dialog.present();
}
