//! Requests that wait for the user in the sidebar: someone asking to add them as a contact
//! (and to see when they are online), an invitation to a room. Nothing is accepted or joined
//! without the user's answer; each request goes away once answered.

use relm4::gtk;
use relm4::gtk::prelude::*;

use crate::app::label;

/// The column of requests, empty (and so invisible) most of the time.
pub(crate) struct Requests {
    column: gtk::Box,
}

impl Requests {
    pub(crate) fn new() -> Self {
        Self {
            column: gtk::Box::new(gtk::Orientation::Vertical, 6),
        }
    }

    pub(crate) fn widget(&self) -> &gtk::Box {
        &self.column
    }

    /// Shows `question` with two answers; the chosen one runs, then the request goes away.
    pub(crate) fn ask(
        &self,
        question: &str,
        yes: (String, impl Fn() + 'static),
        no: (String, impl Fn() + 'static),
    ) {
        let request = gtk::Box::new(gtk::Orientation::Vertical, 4);
        request.add_css_class("card");
        let words = label(question);
        words.set_wrap(true);
        words.set_max_width_chars(30);
        request.append(&words);
        let answers = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        answers.set_halign(gtk::Align::End);
        let refuse = gtk::Button::with_label(&no.0);
        let accept = gtk::Button::with_label(&yes.0);
        accept.add_css_class("suggested-action");
        answers.append(&refuse);
        answers.append(&accept);
        request.append(&answers);
        let (column, shown) = (self.column.clone(), request.clone());
        let (on_yes, on_no) = (yes.1, no.1);
        accept.connect_clicked(move |_| {
            on_yes();
            column.remove(&shown);
        });
        let (column, shown) = (self.column.clone(), request.clone());
        refuse.connect_clicked(move |_| {
            on_no();
            column.remove(&shown);
        });
        self.column.append(&request);
    }
}
