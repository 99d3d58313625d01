//! The sidebar's contacts: one button per contact or open conversation, with the count of
//! messages not read yet ([`CountedButton`], which the rooms in the sidebar use too), under a
//! heading per contact-list group once there are groups ([`Contacts`]); and the dialog that
//! moves a contact to a group ([`group_dialog`]).
//!
//! The count is a badge for the eye and part of the button's accessible name for a screen
//! reader ("Sara (sara@example.org), 3 unread messages"), through a Fluent plural. GTK 4.8's
//! accessible-property API is not wrapped by gtk4-rs without `v4_10`, so the name comes from
//! a label that is never shown, made the button's mnemonic label (GTK names a widget after
//! its mnemonic labels).

use std::collections::{BTreeMap, HashMap};

use otter_core::Availability;
use otter_core::types::AccountId;
use relm4::gtk;
use relm4::gtk::glib;
use relm4::gtk::prelude::*;

use crate::i18n::{self, tr};

/// A sidebar button: a name, and a badge with the unread count.
pub(crate) struct CountedButton {
    button: gtk::Button,
    /// What the button says.
    shown: String,
    words: gtk::Label,
    /// The contact's availability, in a word (empty when not known).
    status: gtk::Label,
    badge: gtk::Label,
    /// The button's accessible name: never shown.
    spoken: gtk::Label,
    unread: u32,
}

impl CountedButton {
    pub(crate) fn new(shown: String, pressed: impl Fn() + 'static) -> Self {
        let content = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        let words = gtk::Label::new(Some(&shown));
        words.set_xalign(0.0);
        words.set_hexpand(true);
        words.set_ellipsize(gtk::pango::EllipsizeMode::End);
        let status = gtk::Label::new(None);
        status.add_css_class("dim-label");
        status.set_visible(false);
        let badge = gtk::Label::new(None);
        badge.add_css_class("accent");
        badge.set_visible(false);
        let spoken = gtk::Label::new(Some(&shown));
        spoken.set_visible(false);
        content.append(&words);
        content.append(&status);
        content.append(&badge);
        content.append(&spoken);
        let button = gtk::Button::new();
        button.set_child(Some(&content));
        button.add_css_class("flat");
        spoken.set_mnemonic_widget(Some(&button));
        button.connect_clicked(move |_| pressed());
        Self {
            button,
            shown,
            words,
            status,
            badge,
            spoken,
            unread: 0,
        }
    }

    pub(crate) fn widget(&self) -> &gtk::Button {
        &self.button
    }

    /// What the button says.
    pub(crate) fn shown(&self) -> &str {
        &self.shown
    }

    pub(crate) fn set_shown(&mut self, shown: String) {
        self.words.set_text(&shown);
        self.shown = shown;
        self.show_count();
    }

    /// The contact's availability in a word, or nothing.
    pub(crate) fn set_status(&self, status: Option<&str>) {
        self.status.set_text(status.unwrap_or_default());
        self.status.set_visible(status.is_some());
    }

    /// One more unread message; returns the new count.
    pub(crate) fn add_unread(&mut self) -> u32 {
        self.unread = self.unread.saturating_add(1);
        self.show_count();
        self.unread
    }

    /// On screen now: nothing is unread.
    pub(crate) fn clear_unread(&mut self) {
        if self.unread > 0 {
            self.unread = 0;
            self.show_count();
        }
    }

    fn show_count(&self) {
        self.badge.set_visible(self.unread > 0);
        self.badge.set_text(&self.unread.to_string());
        let name = if self.unread == 0 {
            self.shown.clone()
        } else {
            tr::sidebar_contact_unread(self.shown.as_str(), self.unread)
        };
        self.spoken.set_text(&name);
    }
}

/// A contact's row: the button, the list row around it, and where it is shown.
struct Row {
    button: CountedButton,
    row: gtk::ListBoxRow,
    /// The contact's groups as the contact list says; `None`: not in the contact list (an
    /// open conversation only, or IRC).
    groups: Option<Vec<String>>,
    /// The group whose heading the row is under; `None`: the contacts in no group.
    placed: Option<String>,
}

/// One group's heading and its list.
struct Section {
    part: gtk::Box,
    list: gtk::ListBox,
}

impl Section {
    /// A heading (a heading for AT-SPI too, and the list's accessible name) over a list.
    fn new(heading: &str) -> Self {
        let part = gtk::Box::new(gtk::Orientation::Vertical, 2);
        let title = gtk::Label::builder()
            .label(heading)
            .xalign(0.0)
            .ellipsize(gtk::pango::EllipsizeMode::End)
            .tooltip_text(heading)
            .accessible_role(gtk::AccessibleRole::Heading)
            .css_classes(["heading", "dim-label"])
            .margin_top(6)
            .build();
        let list = gtk::ListBox::new();
        list.set_selection_mode(gtk::SelectionMode::None);
        title.set_mnemonic_widget(Some(&list));
        part.append(&title);
        part.append(&list);
        Self { part, list }
    }

    fn heading(&self) -> Option<gtk::Widget> {
        self.part.first_child()
    }

    fn is_empty(&self) -> bool {
        self.list.first_child().is_none()
    }
}

/// The contacts, under a heading per group (sorted for the user's language), then those in
/// no group, under a heading of their own only when there are groups at all.
///
/// A contact in several groups is shown once, under the first of them in that order: one row
/// per contact keeps one unread count and one availability, a screen reader reads each
/// contact once, and the quick switcher finds one. The group dialog shows all its groups.
pub(crate) struct Contacts {
    container: gtk::Box,
    rows: HashMap<(AccountId, String), Row>,
    /// Each group's heading and list, in the order shown.
    sections: BTreeMap<(glib::CollationKey, String), Section>,
    /// The contacts in no group: always last.
    ungrouped: Section,
    /// Each contact's devices (resources) and how available each is.
    presences: HashMap<(AccountId, String), HashMap<String, Availability>>,
}

impl Contacts {
    pub(crate) fn new() -> Self {
        let container = gtk::Box::new(gtk::Orientation::Vertical, 0);
        let ungrouped = Section::new(&tr::contacts_group_none());
        if let Some(heading) = ungrouped.heading() {
            heading.set_visible(false);
        }
        container.append(&ungrouped.part);
        Self {
            container,
            rows: HashMap::new(),
            sections: BTreeMap::new(),
            ungrouped,
            presences: HashMap::new(),
        }
    }

    pub(crate) fn widget(&self) -> &gtk::Box {
        &self.container
    }

    /// Adds a contact once; `open` runs when it is pressed. `listed` (with the contact's
    /// groups): from the contact list, whose name and groups win (a contact listed again was
    /// renamed or moved); otherwise an open conversation, which never renames a listed
    /// contact.
    pub(crate) fn add(
        &mut self,
        account: AccountId,
        peer: String,
        name: Option<String>,
        listed: Option<Vec<String>>,
        open: impl Fn() + 'static,
    ) {
        let shown = name.filter(|n| !n.is_empty()).map_or_else(
            || i18n::isolate(&peer),
            |n| tr::sidebar_contact_with_name(n, peer.as_str()),
        );
        let key = (account, peer);
        if let Some(row) = self.rows.get_mut(&key) {
            if let Some(groups) = listed {
                if row.button.shown() != shown {
                    row.button.set_shown(shown);
                }
                row.groups = Some(groups);
                self.place(&key);
            }
            return;
        }
        let button = CountedButton::new(shown, open);
        let row = gtk::ListBoxRow::new();
        row.set_child(Some(button.widget()));
        self.ungrouped.list.append(&row);
        self.rows.insert(
            key.clone(),
            Row {
                button,
                row,
                groups: listed,
                placed: None,
            },
        );
        self.place(&key);
    }

    /// Shows the contact under the first of its groups (or with those in none).
    fn place(&mut self, key: &(AccountId, String)) {
        let Some(row) = self.rows.get_mut(key) else {
            return;
        };
        let wanted = row
            .groups
            .iter()
            .flatten()
            .min_by_key(|group| (glib::CollationKey::from(group.as_str()), group.as_str()))
            .cloned();
        if wanted == row.placed {
            return;
        }
        let previous = std::mem::replace(&mut row.placed, wanted.clone());
        let widget = row.row.clone();
        self.section_list(previous.as_deref()).remove(&widget);
        self.section_list_made(wanted.as_deref()).append(&widget);
        if let Some(previous) = previous {
            self.drop_if_empty(&previous);
        }
        self.show_ungrouped_heading();
    }

    fn section_key(group: &str) -> (glib::CollationKey, String) {
        (glib::CollationKey::from(group), group.to_owned())
    }

    fn section_list(&self, group: Option<&str>) -> &gtk::ListBox {
        group
            .and_then(|group| self.sections.get(&Self::section_key(group)))
            .map_or(&self.ungrouped.list, |section| &section.list)
    }

    /// The group's list, with its heading put in place first if the group is new.
    fn section_list_made(&mut self, group: Option<&str>) -> &gtk::ListBox {
        let Some(group) = group else {
            return &self.ungrouped.list;
        };
        let key = Self::section_key(group);
        if !self.sections.contains_key(&key) {
            let section = Section::new(&i18n::isolate(group));
            let before = self.sections.range(..key.clone()).next_back();
            self.container
                .insert_child_after(&section.part, before.map(|(_, before)| &before.part));
            self.sections.insert(key.clone(), section);
        }
        self.sections
            .get(&key)
            .map_or(&self.ungrouped.list, |section| &section.list)
    }

    fn drop_if_empty(&mut self, group: &str) {
        let key = Self::section_key(group);
        if self.sections.get(&key).is_some_and(Section::is_empty)
            && let Some(section) = self.sections.remove(&key)
        {
            self.container.remove(&section.part);
        }
    }

    fn show_ungrouped_heading(&self) {
        if let Some(heading) = self.ungrouped.heading() {
            heading.set_visible(!self.sections.is_empty() && !self.ungrouped.is_empty());
        }
    }

    /// The contact left the contact list.
    pub(crate) fn remove(&mut self, account: AccountId, peer: &str) {
        let key = (account, peer.to_owned());
        self.presences.remove(&key);
        if let Some(row) = self.rows.remove(&key) {
            self.section_list(row.placed.as_deref()).remove(&row.row);
            if let Some(group) = row.placed {
                self.drop_if_empty(&group);
            }
            self.show_ungrouped_heading();
        }
    }

    /// One of the contact's devices changed availability (`None`: it went offline). The row
    /// shows the most available device.
    pub(crate) fn set_presence(
        &mut self,
        account: AccountId,
        peer: &str,
        resource: String,
        availability: Option<Availability>,
    ) {
        let key = (account, peer.to_owned());
        let devices = self.presences.entry(key.clone()).or_default();
        match availability {
            Some(availability) => {
                devices.insert(resource, availability);
            }
            None => {
                devices.remove(&resource);
            }
        }
        let best = devices
            .values()
            .copied()
            .max_by_key(|availability| match availability {
                Availability::Available => 2,
                Availability::Busy => 1,
                Availability::Away => 0,
            });
        if let Some(row) = self.rows.get(&key) {
            row.button.set_status(Some(&availability_words(best)));
        }
    }

    /// One more unread message from this contact; returns the new count (0: not listed).
    pub(crate) fn add_unread(&mut self, account: AccountId, peer: &str) -> u32 {
        self.rows
            .get_mut(&(account, peer.to_owned()))
            .map_or(0, |row| row.button.add_unread())
    }

    /// The conversation is on screen: nothing is unread.
    pub(crate) fn clear_unread(&mut self, account: AccountId, peer: &str) {
        if let Some(row) = self.rows.get_mut(&(account, peer.to_owned())) {
            row.button.clear_unread();
        }
    }

    /// Every contact: account, address and the name shown (for the quick switcher).
    pub(crate) fn all(&self) -> Vec<(AccountId, String, String)> {
        self.rows
            .iter()
            .map(|((account, peer), row)| (*account, peer.clone(), row.button.shown().to_owned()))
            .collect()
    }

    /// The contact's name as listed, if listed.
    pub(crate) fn shown(&self, account: AccountId, peer: &str) -> Option<&str> {
        self.rows
            .get(&(account, peer.to_owned()))
            .map(|row| row.button.shown())
    }

    /// The contact's groups, if it is in the account's contact list.
    pub(crate) fn groups(&self, account: AccountId, peer: &str) -> Option<&[String]> {
        self.rows
            .get(&(account, peer.to_owned()))
            .and_then(|row| row.groups.as_deref())
    }

    /// Every group of the account's contact list, sorted for the user's language.
    pub(crate) fn account_groups(&self, account: AccountId) -> Vec<String> {
        let mut groups: Vec<&String> = self
            .rows
            .iter()
            .filter(|((of, _), _)| *of == account)
            .filter_map(|(_, row)| row.groups.as_ref())
            .flatten()
            .collect();
        groups.sort_by_cached_key(|group| Self::section_key(group));
        groups.dedup();
        groups.into_iter().cloned().collect()
    }
}

/// The longest group name the dialog takes, in characters: four bytes each at most, so never
/// more than the core accepts.
const GROUP_NAME_CHARS: usize = otter_core::MAX_GROUP_NAME_BYTES / 4;

/// "Move to group…": asks which group the contact `shown` goes in, offering the account's
/// `known` groups; `done` gets the one group (none when left empty). Moving puts the contact
/// in that group only, which is what the word promises (it leaves any others).
pub(crate) fn group_dialog(
    window: &gtk::Window,
    shown: &str,
    current: &[String],
    known: &[String],
    done: impl Fn(Vec<String>) + 'static,
) {
    let dialog = gtk::Dialog::with_buttons(
        Some(&tr::contact_group_title()),
        Some(window),
        gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
        &[
            (&tr::dialog_cancel(), gtk::ResponseType::Cancel),
            (&tr::contact_group_move(), gtk::ResponseType::Accept),
        ],
    );
    dialog.set_default_width(420);
    dialog.set_default_response(gtk::ResponseType::Accept);
    let content = dialog.content_area();
    content.set_spacing(6);
    content.set_margin_top(12);
    content.set_margin_bottom(12);
    content.set_margin_start(12);
    content.set_margin_end(12);
    content.append(&wrapped(&tr::contact_group_explanation(shown)));
    let heading = wrapped(&tr::contact_group_label());
    let entry = gtk::Entry::new();
    entry.set_placeholder_text(Some(&tr::contact_group_placeholder()));
    entry.set_tooltip_text(Some(&tr::contact_group_tooltip()));
    entry.set_max_length(i32::try_from(GROUP_NAME_CHARS).unwrap_or(i32::MAX));
    entry.set_activates_default(true);
    heading.set_mnemonic_widget(Some(&entry));
    if let Some(first) = current.first() {
        entry.set_text(first);
    }
    content.append(&heading);
    content.append(&entry);
    if !known.is_empty() {
        let offered = wrapped(&tr::contact_group_known());
        let choices = gtk::FlowBox::new();
        choices.set_selection_mode(gtk::SelectionMode::None);
        choices.set_max_children_per_line(3);
        offered.set_mnemonic_widget(Some(&choices));
        for group in known {
            let choice = gtk::Button::with_label(group);
            choice.add_css_class("flat");
            let (entry, group) = (entry.clone(), group.clone());
            choice.connect_clicked(move |_| {
                entry.set_text(&group);
                entry.grab_focus();
            });
            choices.append(&choice);
        }
        // Many groups scroll instead of growing the dialog off the screen.
        let scroll = gtk::ScrolledWindow::new();
        scroll.set_policy(gtk::PolicyType::Never, gtk::PolicyType::Automatic);
        scroll.set_propagate_natural_height(true);
        scroll.set_max_content_height(200);
        scroll.set_child(Some(&choices));
        content.append(&offered);
        content.append(&scroll);
    }
    dialog.connect_response(move |dialog, response| {
        if response == gtk::ResponseType::Accept {
            let group = entry.text().trim().to_owned();
            done(if group.is_empty() {
                Vec::new()
            } else {
                vec![group]
            });
        }
        dialog.close();
    });
    dialog.present();
}

/// A dialog's label: wrapped at a width that fits every language (as `app::label`, which the
/// window benchmark, building this module alone, does not have).
fn wrapped(text: &str) -> gtk::Label {
    let label = gtk::Label::new(Some(text));
    label.set_xalign(0.0);
    label.set_wrap(true);
    label.set_max_width_chars(60);
    label
}

/// A contact's (or the user's) availability in a word; `None` is offline.
pub(crate) fn availability_words(availability: Option<Availability>) -> String {
    match availability {
        Some(Availability::Available) => tr::presence_available(),
        Some(Availability::Away) => tr::presence_away(),
        Some(Availability::Busy) => tr::presence_busy(),
        None => tr::presence_offline(),
    }
}
