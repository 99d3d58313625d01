//! The right-hand side of the window: one page shown at a time (the welcome, the conversation,
//! a room).
//!
//! Not a `gtk::Stack`: GTK 4.8 hides a stack's other pages without clearing their `visible`
//! state, so a screen reader (and the AT-SPI tests) would read every page at once. Hidden
//! pages here are really not visible.

use relm4::gtk;
use relm4::gtk::prelude::*;

pub(crate) struct Pages {
    container: gtk::Box,
    pages: Vec<(String, gtk::Widget)>,
    shown: Option<String>,
}

impl Pages {
    pub(crate) fn new() -> Self {
        let container = gtk::Box::new(gtk::Orientation::Vertical, 0);
        container.set_hexpand(true);
        container.set_vexpand(true);
        Self {
            container,
            pages: Vec::new(),
            shown: None,
        }
    }

    pub(crate) fn widget(&self) -> &gtk::Box {
        &self.container
    }

    pub(crate) fn add(&mut self, name: &str, page: &impl IsA<gtk::Widget>) {
        page.set_vexpand(true);
        page.set_visible(false);
        self.container.append(page);
        self.pages.push((name.to_owned(), page.clone().upcast()));
    }

    pub(crate) fn show(&mut self, name: &str) {
        for (page_name, page) in &self.pages {
            page.set_visible(page_name == name);
        }
        self.shown = Some(name.to_owned());
    }

    pub(crate) fn shown(&self) -> Option<&str> {
        self.shown.as_deref()
    }
}
