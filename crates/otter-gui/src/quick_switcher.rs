//! Ctrl+K: a small dialog that finds a contact, room or channel of any account by part of
//! its name or address; Enter opens the one selected (the first match unless the user moved
//! with Up and Down).

use std::rc::Rc;

use relm4::gtk;
use relm4::gtk::prelude::*;

use crate::app::{entry_words, label};
use crate::i18n::{self, tr};

/// Something the switcher can open.
pub(crate) struct Target {
    /// As the sidebar shows it (a contact's name, a room's name or address).
    pub(crate) shown: String,
    /// The address, also searched.
    pub(crate) address: String,
    pub(crate) open: Rc<dyn Fn()>,
}

/// The marks Otter puts around names for right-to-left text (FSI…PDI) are not typed.
fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect::<String>()
        .to_lowercase()
}

/// Whether `query` (as typed) finds a target: every word of it, in any case, in the name or
/// the address.
pub(crate) fn matches(query: &str, shown: &str, address: &str) -> bool {
    let haystack = format!("{} {}", plain(shown), plain(address));
    plain(query)
        .split_whitespace()
        .all(|word| haystack.contains(word))
}

/// Opens the switcher over `parent`.
pub(crate) fn open(parent: &gtk::ApplicationWindow, mut targets: Vec<Target>) {
    targets.sort_by_key(|target| plain(&target.shown));
    let targets = Rc::new(targets);
    let dialog = gtk::Dialog::with_buttons(
        Some(&tr::switcher_title()),
        Some(parent),
        gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
        &[(&tr::dialog_cancel(), gtk::ResponseType::Cancel)],
    );
    dialog.set_default_width(380);
    let content = dialog.content_area();
    content.set_spacing(6);
    content.set_margin_top(12);
    content.set_margin_bottom(12);
    content.set_margin_start(12);
    content.set_margin_end(12);
    let search = gtk::Entry::new();
    entry_words(
        &search,
        &tr::switcher_search_placeholder(),
        &tr::switcher_search_tooltip(),
    );
    content.append(&search);
    let list = gtk::ListBox::new();
    list.set_selection_mode(gtk::SelectionMode::Single);
    let rows: Vec<gtk::ListBoxRow> = targets
        .iter()
        .map(|target| {
            let row = gtk::ListBoxRow::new();
            let text = if plain(&target.shown) == plain(&target.address) {
                i18n::isolate(&target.address)
            } else {
                tr::switcher_row(target.shown.as_str(), target.address.as_str())
            };
            row.set_child(Some(&label(&text)));
            list.append(&row);
            row
        })
        .collect();
    let scroll = gtk::ScrolledWindow::new();
    scroll.set_child(Some(&list));
    scroll.set_min_content_height(200);
    scroll.set_vexpand(true);
    content.append(&scroll);
    let nothing = label(&tr::switcher_nothing());
    nothing.add_css_class("dim-label");
    content.append(&nothing);
    let rows = Rc::new(rows);

    let filter = {
        let (targets, rows, list, nothing) =
            (targets.clone(), rows.clone(), list.clone(), nothing.clone());
        move |query: &str| {
            let mut first = None;
            for (target, row) in targets.iter().zip(rows.iter()) {
                let shown = matches(query, &target.shown, &target.address);
                row.set_visible(shown);
                if shown && first.is_none() {
                    first = Some(row.clone());
                }
            }
            nothing.set_visible(first.is_none());
            list.select_row(first.as_ref());
        }
    };
    filter("");
    {
        let filter = filter.clone();
        search.connect_changed(move |search| filter(&search.text()));
    }
    let open_selected = {
        let (targets, rows, list, dialog) =
            (targets.clone(), rows.clone(), list.clone(), dialog.clone());
        move || {
            let chosen = list
                .selected_row()
                .and_then(|row| rows.iter().position(|r| *r == row))
                .and_then(|index| targets.get(index));
            if let Some(target) = chosen {
                (target.open)();
                dialog.close();
            }
        }
    };
    {
        let open_selected = open_selected.clone();
        search.connect_activate(move |_| open_selected());
    }
    {
        let open_selected = open_selected.clone();
        list.connect_row_activated(move |_, _| open_selected());
    }
    // Up and Down move through the matches while the focus stays in the search.
    let keys = gtk::EventControllerKey::new();
    {
        let (rows, list) = (rows.clone(), list.clone());
        keys.connect_key_pressed(move |_, key, _, _| {
            let step: isize = match key {
                gtk::gdk::Key::Down => 1,
                gtk::gdk::Key::Up => -1,
                _ => return gtk::glib::Propagation::Proceed,
            };
            let shown: Vec<&gtk::ListBoxRow> = rows.iter().filter(|r| r.is_visible()).collect();
            let at = list
                .selected_row()
                .and_then(|row| shown.iter().position(|r| **r == row));
            let next = match at {
                Some(at) => at.checked_add_signed(step),
                None => Some(0),
            };
            if let Some(row) = next.and_then(|next| shown.get(next)) {
                list.select_row(Some(*row));
            }
            gtk::glib::Propagation::Stop
        });
    }
    search.add_controller(keys);
    dialog.connect_response(|dialog, _| dialog.close());
    dialog.present();
    search.grab_focus();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_found_in_the_name_or_the_address() {
        assert!(matches("", "Echo bot", "xmppbot@otter.test"));
        assert!(matches("echo", "Echo bot", "xmppbot@otter.test"));
        assert!(matches("BOT otter", "Echo bot", "xmppbot@otter.test"));
        assert!(!matches("carol", "Echo bot", "xmppbot@otter.test"));
        assert!(matches("سار", "\u{2068}سارة\u{2069}", "sara@example.org"));
        assert!(matches("#otter", "#otter", "#otter"));
    }
}
