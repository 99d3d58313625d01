//! For the GUI tests: reports labels whose text does not fit the space they were given, so
//! that a longer translation cannot cut a sentence off unnoticed.
//!
//! Debug builds only, and only with `OTTER_REPORT_CLIPPED_LABELS` set: every half second it
//! walks every window and writes one line to stderr per label found clipped in two walks in
//! a row, naming the label by its place in the widget tree (never by its text, which may be
//! a message or a name).
//!
//! A label counts as clipped when it is shown, neither ellipsizes nor scrolls on purpose, and
//! its text, laid out in the width it got (wrapped there if it wraps), is wider or higher
//! than that allocation; or when a window, or a pane of a `gtk::Paned`, cuts it.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use relm4::gtk;
use relm4::gtk::glib;
use relm4::gtk::prelude::*;

/// The environment variable that turns the reports on.
const VARIABLE: &str = "OTTER_REPORT_CLIPPED_LABELS";

/// Starts the reports if the environment asks for them.
pub(crate) fn start_if_asked() {
    if std::env::var_os(VARIABLE).is_none() {
        return;
    }
    let reported: Rc<RefCell<HashSet<String>>> = Rc::default();
    // What the previous walk found: a label is reported when two walks in a row find it,
    // so a window's first frames (before it is laid out) and animations do not count.
    let suspects: Rc<RefCell<HashSet<String>>> = Rc::default();
    #[expect(
        clippy::print_stderr,
        reason = "a report the tests read, not a log: it has to reach stderr without a subscriber"
    )]
    glib::timeout_add_local(std::time::Duration::from_millis(500), move || {
        let mut found_now = HashSet::new();
        for window in gtk::Window::list_toplevels() {
            for (path, problem) in clipped_labels(&window) {
                if suspects.borrow().contains(&path) && reported.borrow_mut().insert(path.clone()) {
                    eprintln!("clipped label: {path}: {problem}");
                }
                found_now.insert(path);
            }
        }
        *suspects.borrow_mut() = found_now;
        glib::ControlFlow::Continue
    });
}

/// `(where, what)` for every clipped label under `root`.
fn clipped_labels(root: &gtk::Widget) -> Vec<(String, String)> {
    let mut found = Vec::new();
    walk(root, &root.css_name(), &mut found);
    found
}

fn walk(widget: &gtk::Widget, path: &str, found: &mut Vec<(String, String)>) {
    if !widget.is_mapped() {
        return;
    }
    // A scrolled window shows the rest of its content on demand: nothing in it is cut.
    if widget.is::<gtk::ScrolledWindow>() {
        return;
    }
    if let Some(label) = widget.downcast_ref::<gtk::Label>()
        && let Some(problem) = label_problem(label)
    {
        found.push((path.to_owned(), problem));
    }
    let mut child = widget.first_child();
    let mut index = 0;
    while let Some(current) = child {
        walk(
            &current,
            &format!("{path}/{}[{index}]", current.css_name()),
            found,
        );
        child = current.next_sibling();
        index += 1;
    }
}

fn label_problem(label: &gtk::Label) -> Option<String> {
    if label.ellipsize() != gtk::pango::EllipsizeMode::None || label.text().is_empty() {
        return None;
    }
    // The text as the label lays it out in the space it got (content box: no margins,
    // borders or padding) against that space.
    let (width, height) = (label.width(), label.height());
    let (text_width, text_height) = label.layout().pixel_size();
    if text_width > width || text_height > height {
        return Some(format!(
            "allocated {width}x{height}, its text takes {text_width}x{text_height}"
        ));
    }
    cut_by_ancestor(label)
}

/// Whether the window, or the pane of a `gtk::Paned`, the label is in shows less than all of
/// it: a pane narrower than what it holds cuts its content rather than growing.
fn cut_by_ancestor(label: &gtk::Label) -> Option<String> {
    let mut ancestor = label.parent();
    while let Some(current) = ancestor {
        let is_pane = current
            .parent()
            .is_some_and(|parent| parent.is::<gtk::Paned>());
        if is_pane || current.is::<gtk::Window>() {
            let bounds = label.compute_bounds(&current)?;
            let (width, height) = (current.width() as f32, current.height() as f32);
            // Half a pixel of slack: bounds are fractional after scaling and centring.
            if bounds.x() < -0.5
                || bounds.y() < -0.5
                || bounds.x() + bounds.width() > width + 0.5
                || bounds.y() + bounds.height() > height + 0.5
            {
                return Some(format!(
                    "its {} shows {width}x{height} of it, it spans {}x{} at {},{}",
                    current.css_name(),
                    bounds.width(),
                    bounds.height(),
                    bounds.x(),
                    bounds.y()
                ));
            }
        }
        ancestor = current.parent();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Shows `child` in a 200-pixel pane of a window and returns what the check says of it.
    fn clipped_in_a_narrow_pane(child: &gtk::Label) -> Vec<(String, String)> {
        let paned = gtk::Paned::new(gtk::Orientation::Horizontal);
        paned.set_start_child(Some(child));
        paned.set_end_child(Some(&gtk::Box::new(gtk::Orientation::Vertical, 0)));
        paned.set_shrink_start_child(true);
        paned.set_resize_start_child(false);
        paned.set_position(200);
        let window = gtk::Window::new();
        window.set_default_size(600, 200);
        window.set_child(Some(&paned));
        window.present();
        let context = glib::MainContext::default();
        for _ in 0..200 {
            while context.iteration(false) {}
            if child.is_mapped() && child.width() > 0 {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let found = clipped_labels(window.upcast_ref());
        window.destroy();
        found
    }

    /// Needs a display (the GUI tests' Xvfb); without one it checks nothing.
    #[test]
    fn a_label_cut_by_its_pane_is_reported_and_an_ellipsized_or_wrapped_one_is_not() {
        crate::with_gtk(a_cut_label_is_reported);
    }

    fn a_cut_label_is_reported() {
        let long = "A sentence far too long for a pane two hundred pixels wide, on one line";
        let cut = gtk::Label::new(Some(long));
        let found = clipped_in_a_narrow_pane(&cut);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.ends_with("/label[0]"), "{found:?}");
        assert!(!found[0].1.contains("too long"), "the report names no text");

        let ellipsized = gtk::Label::new(Some(long));
        ellipsized.set_ellipsize(gtk::pango::EllipsizeMode::End);
        assert_eq!(clipped_in_a_narrow_pane(&ellipsized), []);

        let wrapped = gtk::Label::new(Some(long));
        wrapped.set_wrap(true);
        wrapped.set_max_width_chars(20);
        assert_eq!(clipped_in_a_narrow_pane(&wrapped), []);
    }
}
