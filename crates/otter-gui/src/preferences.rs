//! The preferences dialog (Ctrl+comma): the window's language, requiring private
//! conversations with everyone, what notifications say, typing notifications and receipts,
//! the proxy, and deleting every saved conversation.
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
    /// The SOCKS5 proxy to keep (`None`: Tor's default).
    Proxy(Option<otter_core::SocksProxy>),
}

/// The proxy as the core last reported it.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ProxyState {
    pub(crate) in_use: otter_core::SocksProxy,
    pub(crate) saved: Option<otter_core::SocksProxy>,
    pub(crate) fixed_for_this_run: bool,
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
    pub(crate) proxy: ProxyState,
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
    proxy_chooser(&content, saved.proxy, chosen.clone());
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

/// What the proxy field holds, if it is an address Otter can use: an IP address and port,
/// since a name would have to be looked up outside Tor to reach Tor.
pub(crate) fn proxy_typed(text: &str) -> Option<otter_core::SocksProxy> {
    text.trim()
        .parse::<otter_core::SocksProxy>()
        .ok()
        .filter(|proxy| proxy.addr().port() != 0)
}

/// "Proxy (advanced)", folded away: Tails' Tor is where Otter looks by default, so most people
/// never open it. The field shows the proxy in use; "Use this proxy" keeps what is typed,
/// "Back to 127.0.0.1:9050" forgets it.
fn proxy_chooser(content: &gtk::Box, state: ProxyState, chosen: impl Fn(Choice) + Clone + 'static) {
    let inner = gtk::Box::new(gtk::Orientation::Vertical, 6);
    let explanation = label(&tr::prefs_proxy_explanation());
    explanation.add_css_class("dim-label");
    inner.append(&explanation);
    let in_use = state.in_use.addr().to_string();
    let now = label(&if state.fixed_for_this_run {
        tr::prefs_proxy_fixed(i18n::left_to_right(&in_use))
    } else {
        tr::prefs_proxy_in_use(i18n::left_to_right(&in_use))
    });
    inner.append(&now);
    let field = gtk::Entry::new();
    crate::app::entry_words(
        &field,
        &tr::prefs_proxy_placeholder(),
        &tr::prefs_proxy_tooltip(),
    );
    // Addresses read left to right in every language.
    field.set_direction(gtk::TextDirection::Ltr);
    field.set_text(
        &state
            .saved
            .map(|proxy| proxy.addr().to_string())
            .unwrap_or_default(),
    );
    inner.append(&field);
    let buttons = gtk::Box::new(gtk::Orientation::Horizontal, 6);
    let use_it = gtk::Button::with_label(&tr::prefs_proxy_use_button());
    let default = gtk::Button::with_label(&tr::prefs_proxy_default_button());
    buttons.append(&use_it);
    buttons.append(&default);
    inner.append(&buttons);
    let problem = label("");
    problem.add_css_class("error");
    inner.append(&problem);
    inner.append(&label(&tr::prefs_proxy_reconnect()));
    {
        let (use_it, problem) = (use_it.clone(), problem.clone());
        let check = move |field: &gtk::Entry| {
            let typed = field.text();
            let valid = proxy_typed(&typed);
            use_it.set_sensitive(valid.is_some());
            problem.set_text(&if valid.is_none() && !typed.trim().is_empty() {
                tr::prefs_proxy_invalid()
            } else {
                String::new()
            });
        };
        check(&field);
        field.connect_changed(check);
    }
    {
        let (field, chosen) = (field.clone(), chosen.clone());
        use_it.connect_clicked(move |_| {
            if let Some(proxy) = proxy_typed(&field.text()) {
                chosen(Choice::Proxy(Some(proxy)));
            }
        });
    }
    {
        let field = field.clone();
        default.connect_clicked(move |_| {
            field.set_text("");
            chosen(Choice::Proxy(None));
        });
    }
    let expander = gtk::Expander::new(Some(&tr::prefs_proxy_expander()));
    expander.set_child(Some(&inner));
    // Open when the user has chosen something other than the default: what is in force shows.
    expander.set_expanded(state.saved.is_some() || state.fixed_for_this_run);
    content.append(&expander);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_proxy_is_an_address_and_a_port_never_a_name() {
        assert_eq!(
            proxy_typed(" 127.0.0.1:9150 ").map(|proxy| proxy.addr().to_string()),
            Some("127.0.0.1:9150".to_owned())
        );
        assert!(proxy_typed("[::1]:9050").is_some());
        for wrong in [
            "",
            "localhost:9050",
            "127.0.0.1",
            "127.0.0.1:0",
            "127.0.0.1:99999",
            "tor",
        ] {
            assert!(proxy_typed(wrong).is_none(), "{wrong:?}");
        }
    }
}
