//! The way out when the profile's database cannot be used (damaged, or written by a newer
//! Otter): a small window that says so in the user's language and offers to set it aside and
//! start with no accounts, instead of an error on a terminal that a Tails user never sees.

use std::cell::Cell;
use std::path::Path;
use std::rc::Rc;

use relm4::gtk::{self, glib, prelude::*};

use crate::i18n::tr;

/// Asks the user what to do; `true` when they chose to set the profile aside and start.
/// Closing the window is quitting.
pub(crate) fn ask_to_set_aside(problem: otter_core::ProfileProblem, profile: &Path) -> bool {
    let folder = profile.display().to_string();
    let what = match problem {
        otter_core::ProfileProblem::Damaged => tr::profile_damaged_explanation(&folder),
        otter_core::ProfileProblem::Newer => tr::profile_newer_explanation(&folder),
    };
    let window = gtk::Window::builder()
        .title(tr::window_title())
        .default_width(520)
        .resizable(false)
        .build();
    let content = gtk::Box::builder()
        .orientation(gtk::Orientation::Vertical)
        .spacing(12)
        .margin_top(24)
        .margin_bottom(24)
        .margin_start(24)
        .margin_end(24)
        .build();
    let title = gtk::Label::builder()
        .label(tr::profile_problem_title())
        .wrap(true)
        .xalign(0.0)
        .css_classes(["title-2"])
        .build();
    let explanation = |text: String| {
        gtk::Label::builder()
            .label(text)
            .wrap(true)
            .max_width_chars(60)
            .xalign(0.0)
            .build()
    };
    let buttons = gtk::Box::builder()
        .orientation(gtk::Orientation::Horizontal)
        .spacing(12)
        .halign(gtk::Align::End)
        .build();
    let quit = gtk::Button::with_label(&tr::profile_quit_button());
    let set_aside = gtk::Button::with_label(&tr::profile_set_aside_button());
    set_aside.add_css_class("suggested-action");
    buttons.append(&quit);
    buttons.append(&set_aside);
    content.append(&title);
    content.append(&explanation(what));
    content.append(&explanation(tr::profile_set_aside_explanation()));
    content.append(&buttons);
    window.set_child(Some(&content));

    let chosen = Rc::new(Cell::new(false));
    let main_loop = glib::MainLoop::new(None, false);
    {
        let (chosen, main_loop, window) = (chosen.clone(), main_loop.clone(), window.clone());
        set_aside.connect_clicked(move |_| {
            chosen.set(true);
            window.close();
            main_loop.quit();
        });
    }
    {
        let (main_loop, window) = (main_loop.clone(), window.clone());
        quit.connect_clicked(move |_| {
            window.close();
            main_loop.quit();
        });
    }
    {
        let main_loop = main_loop.clone();
        window.connect_close_request(move |_| {
            main_loop.quit();
            glib::Propagation::Proceed
        });
    }
    window.present();
    main_loop.run();
    chosen.get()
}
