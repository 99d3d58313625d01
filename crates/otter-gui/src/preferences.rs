//! The preferences dialog (Ctrl+comma): the window's language, requiring private
//! conversations with everyone, what notifications say, typing notifications and receipts,
//! and deleting every saved conversation.
//!
//! The language is chosen once per start (before any widget exists, see `i18n::init`): a new
//! choice is kept in the profile and says it applies from the next start, rather than
//! relabelling half of a window whose direction may have to flip.

use relm4::gtk;
use relm4::gtk::prelude::*;

use crate::app::label;
use crate::i18n::{self, tr};

/// What the dialog asks for.
pub(crate) enum Choice {
    /// A language tag, or `None`: follow the system.
    Language(Option<String>),
    RequirePrivate(bool),
    NotifySender(bool),
    /// Typing notifications and delivery receipts.
    ActivitySharing {
        chat_states: bool,
        receipts: bool,
    },
    DeleteAllHistory,
}

/// The saved choices, as the core reported them at start or this window last set them.
pub(crate) struct Saved<'a> {
    /// The chosen language (`None`: the system's).
    pub(crate) language: Option<&'a str>,
    /// The language choice this window started with: choosing anything else says it applies
    /// at the next start.
    pub(crate) started_with: Option<&'a str>,
    /// "Require private conversations with everyone" (`None`: not known).
    pub(crate) require_private: Option<bool>,
    /// Notifications name who wrote.
    pub(crate) notify_sender: bool,
    /// Typing notifications and delivery receipts shared.
    pub(crate) activity: (bool, bool),
}

/// Opens the dialog.
pub(crate) fn open(
    parent: &gtk::ApplicationWindow,
    saved: &Saved<'_>,
    chosen: impl Fn(Choice) + Clone + 'static,
) {
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

    language_chooser(&content, saved, chosen.clone());
    content.append(&gtk::Separator::new(gtk::Orientation::Horizontal));

    let require = gtk::CheckButton::with_label(&tr::prefs_require_private());
    match saved.require_private {
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
    sender_shown.set_active(saved.notify_sender);
    {
        let chosen = chosen.clone();
        sender_shown.connect_toggled(move |check| chosen(Choice::NotifySender(check.is_active())));
    }
    content.append(&sender_shown);
    let explanation = label(&tr::prefs_notify_sender_explanation());
    explanation.add_css_class("dim-label");
    content.append(&explanation);
    content.append(&gtk::Separator::new(gtk::Orientation::Horizontal));

    activity_sharing(&content, saved.activity, chosen.clone());
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

/// "Share typing notifications" and "Send delivery receipts": both off unless the user turns
/// them on, since each tells contacts when the user is at the keyboard.
fn activity_sharing(
    content: &gtk::Box,
    (typing, receipts): (bool, bool),
    chosen: impl Fn(Choice) + Clone + 'static,
) {
    let typing_check = gtk::CheckButton::with_label(&tr::prefs_share_typing());
    typing_check.set_active(typing);
    let receipts_check = gtk::CheckButton::with_label(&tr::prefs_send_receipts());
    receipts_check.set_active(receipts);
    for check in [&typing_check, &receipts_check] {
        let (typing_check, receipts_check, chosen) =
            (typing_check.clone(), receipts_check.clone(), chosen.clone());
        check.connect_toggled(move |_| {
            chosen(Choice::ActivitySharing {
                chat_states: typing_check.is_active(),
                receipts: receipts_check.is_active(),
            });
        });
    }
    content.append(&typing_check);
    content.append(&receipts_check);
    let explanation = label(&tr::prefs_activity_explanation());
    explanation.add_css_class("dim-label");
    content.append(&explanation);
}

/// "Language": the system's, then every shipped language by its own name, each isolated so
/// that an Arabic name does not reorder a Latin one in a left-to-right list (or the reverse).
fn language_chooser(content: &gtk::Box, saved: &Saved<'_>, chosen: impl Fn(Choice) + 'static) {
    let languages = i18n::choosable_languages();
    let mut names = vec![tr::prefs_language_system()];
    names.extend(languages.iter().map(|(_, name)| i18n::isolate(name)));
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let heading = label(&tr::prefs_language());
    let drop_down = gtk::DropDown::from_strings(&names);
    drop_down.set_halign(gtk::Align::Start);
    let position = |tag: Option<&str>| {
        tag.and_then(|tag| languages.iter().position(|(t, _)| *t == tag))
            .map_or(0, |index| index + 1)
    };
    let selected = position(saved.language);
    drop_down.set_selected(u32::try_from(selected).unwrap_or(0));
    heading.set_mnemonic_widget(Some(&drop_down));
    let note = label(&tr::prefs_language_next_start());
    note.add_css_class("dim-label");
    // Also when the dialog opens again after a change in this session.
    let started_at = position(saved.started_with);
    note.set_visible(selected != started_at);
    {
        let note = note.clone();
        drop_down.connect_selected_notify(move |drop_down| {
            let index = usize::try_from(drop_down.selected()).unwrap_or(0);
            note.set_visible(index != started_at);
            let language = index
                .checked_sub(1)
                .and_then(|i| languages.get(i))
                .map(|(tag, _)| (*tag).to_owned());
            chosen(Choice::Language(language));
        });
    }
    content.append(&heading);
    content.append(&drop_down);
    content.append(&note);
}
