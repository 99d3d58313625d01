//! The sidebar's contacts: one button per contact or open conversation, with the count of
//! messages not read yet ([`CountedButton`], which the rooms in the sidebar use too).
//!
//! The count is a badge for the eye and part of the button's accessible name for a screen
//! reader ("Sara (sara@example.org), 3 unread messages"), through a Fluent plural. GTK 4.8's
//! accessible-property API is not wrapped by gtk4-rs without `v4_10`, so the name comes from
//! a label that is never shown, made the button's mnemonic label (GTK names a widget after
//! its mnemonic labels).

use std::collections::HashMap;

use otter_core::Availability;
use otter_core::types::AccountId;
use relm4::gtk;
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

/// The list and its rows by (account, address).
pub(crate) struct Contacts {
    list: gtk::ListBox,
    rows: HashMap<(AccountId, String), CountedButton>,
    /// Each contact's devices (resources) and how available each is.
    presences: HashMap<(AccountId, String), HashMap<String, Availability>>,
}

impl Contacts {
    pub(crate) fn new() -> Self {
        let list = gtk::ListBox::new();
        list.set_selection_mode(gtk::SelectionMode::None);
        Self {
            list,
            rows: HashMap::new(),
            presences: HashMap::new(),
        }
    }

    pub(crate) fn widget(&self) -> &gtk::ListBox {
        &self.list
    }

    /// Adds a contact once; `open` runs when it is pressed. `listed` (with the contact's
    /// groups): from the contact list, whose name wins (a contact listed again was renamed);
    /// otherwise an open conversation, which never renames a listed contact.
    pub(crate) fn add(
        &mut self,
        account: AccountId,
        peer: String,
        name: Option<String>,
        listed: Option<Vec<String>>,
        open: impl Fn() + 'static,
    ) {
        let listed = listed.is_some();
        let shown = name.filter(|n| !n.is_empty()).map_or_else(
            || i18n::isolate(&peer),
            |n| tr::sidebar_contact_with_name(n, peer.as_str()),
        );
        if let Some(row) = self.rows.get_mut(&(account, peer.clone())) {
            if listed && row.shown() != shown {
                row.set_shown(shown);
            }
            return;
        }
        let row = CountedButton::new(shown, open);
        self.list.append(row.widget());
        self.rows.insert((account, peer), row);
    }

    /// The contact left the contact list.
    pub(crate) fn remove(&mut self, account: AccountId, peer: &str) {
        let key = (account, peer.to_owned());
        self.presences.remove(&key);
        if let Some(row) = self.rows.remove(&key) {
            // The row is the button's parent (a ListBoxRow the list made for it).
            if let Some(parent) = row.widget().parent() {
                self.list.remove(&parent);
            }
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
            row.set_status(Some(&availability_words(best)));
        }
    }

    /// One more unread message from this contact; returns the new count (0: not listed).
    pub(crate) fn add_unread(&mut self, account: AccountId, peer: &str) -> u32 {
        self.rows
            .get_mut(&(account, peer.to_owned()))
            .map_or(0, CountedButton::add_unread)
    }

    /// The conversation is on screen: nothing is unread.
    pub(crate) fn clear_unread(&mut self, account: AccountId, peer: &str) {
        if let Some(row) = self.rows.get_mut(&(account, peer.to_owned())) {
            row.clear_unread();
        }
    }

    /// Every contact: account, address and the name shown (for the quick switcher).
    pub(crate) fn all(&self) -> Vec<(AccountId, String, String)> {
        self.rows
            .iter()
            .map(|((account, peer), row)| (*account, peer.clone(), row.shown().to_owned()))
            .collect()
    }

    /// The contact's name as listed, if listed.
    pub(crate) fn shown(&self, account: AccountId, peer: &str) -> Option<&str> {
        self.rows
            .get(&(account, peer.to_owned()))
            .map(CountedButton::shown)
    }
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
