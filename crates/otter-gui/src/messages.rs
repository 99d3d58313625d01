//! A conversation's or a room's messages: a virtualised list that stays responsive under a
//! burst.
//!
//! - Only the rows on screen exist as widgets (`gtk::ListView` over a `gio::ListStore`); the
//!   lines themselves are plain data.
//! - Lines pushed during one turn of the main loop are inserted in one `splice` from an idle
//!   callback that runs before the next frame is laid out: appending one at a time costs
//!   quadratic time in GTK 4.8 (10,000 single inserts froze the window for 0.22 s, 100,000
//!   for 31 s).
//! - The scrollback is capped at [`SCROLLBACK`] lines, so memory stays bounded however long
//!   the conversation.
//! - The view follows new lines while it is scrolled to the end, and stays put when the user
//!   has scrolled up to read.
//! - http(s) addresses in a line are links; activating one calls the list's link handler,
//!   which asks before anything leaves Otter. Nothing is fetched to preview a link.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use relm4::gtk;
use relm4::gtk::prelude::*;
use relm4::gtk::{gio, glib};

/// The most lines a list keeps; older ones are dropped from the top.
pub(crate) const SCROLLBACK: u32 = 10_000;

/// How a line looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tone {
    Normal,
    /// Not (yet) confirmed, or from history.
    Dim,
    /// A warning or a failure.
    Error,
}

/// One line's content.
#[derive(Debug)]
pub(crate) struct Line {
    pub(crate) text: String,
    pub(crate) tone: Tone,
    /// Said by screen readers as the row's description.
    pub(crate) tooltip: Option<String>,
    /// When it was written, as the user's language writes it; `None` for notices.
    pub(crate) time: Option<String>,
}

/// A line that may change later (an own message before the server confirmed it).
#[derive(Clone)]
pub(crate) struct LineRef {
    object: glib::BoxedAnyObject,
    /// Its place in the whole conversation, counted from the first line ever pushed.
    seq: u64,
}

struct Inner {
    store: gio::ListStore,
    /// Pushed, not yet in the store.
    waiting: RefCell<Vec<glib::BoxedAnyObject>>,
    /// `seq` of the store's first item.
    first: Cell<u64>,
    /// `seq` of the next line pushed.
    next: Cell<u64>,
}

impl Inner {
    fn flush(&self) {
        let waiting = std::mem::take(&mut *self.waiting.borrow_mut());
        if waiting.is_empty() {
            return;
        }
        let len = self.store.n_items();
        let added = u32::try_from(waiting.len()).unwrap_or(u32::MAX);
        let total = len.saturating_add(added);
        let drop = total.saturating_sub(SCROLLBACK).min(len);
        // Lines beyond the cap in the batch itself never reach the store.
        let skip = usize::try_from(total.saturating_sub(SCROLLBACK).saturating_sub(drop))
            .unwrap_or(usize::MAX)
            .min(waiting.len());
        // One splice: removing the oldest and appending the new lines in one change.
        if drop > 0 {
            self.store.splice(0, drop, &[] as &[glib::Object]);
        }
        self.store
            .splice(self.store.n_items(), 0, waiting.get(skip..).unwrap_or(&[]));
        let dropped = u64::from(drop).saturating_add(u64::try_from(skip).unwrap_or(u64::MAX));
        self.first.set(self.first.get().saturating_add(dropped));
    }
}

/// A scrolled, virtualised list of lines.
#[derive(Clone)]
pub(crate) struct MessageList {
    inner: Rc<Inner>,
    scroll: gtk::ScrolledWindow,
}

impl MessageList {
    /// `on_link` receives the address of a link the user activated.
    pub(crate) fn new(on_link: Rc<dyn Fn(String)>) -> Self {
        let store = gio::ListStore::new::<glib::BoxedAnyObject>();
        let factory = gtk::SignalListItemFactory::new();
        factory.connect_setup(move |_, item| {
            let Some(item) = item.downcast_ref::<gtk::ListItem>() else {
                return;
            };
            // The time before the text (after it in a right-to-left window).
            let row = gtk::Box::new(gtk::Orientation::Horizontal, 8);
            let time = gtk::Label::new(None);
            time.add_css_class("dim-label");
            time.add_css_class("numeric");
            time.set_valign(gtk::Align::Start);
            let text = gtk::Label::new(None);
            text.set_xalign(0.0);
            text.set_wrap(true);
            text.set_wrap_mode(gtk::pango::WrapMode::WordChar);
            text.set_hexpand(true);
            let on_link = on_link.clone();
            text.connect_activate_link(move |_, uri| {
                on_link(uri.to_owned());
                glib::Propagation::Stop
            });
            row.append(&time);
            row.append(&text);
            item.set_child(Some(&row));
            item.set_activatable(false);
        });
        factory.connect_bind(|_, item| {
            let Some(item) = item.downcast_ref::<gtk::ListItem>() else {
                return;
            };
            let (Some(row), Some(object)) = (
                item.child().and_downcast::<gtk::Box>(),
                item.item().and_downcast::<glib::BoxedAnyObject>(),
            ) else {
                return;
            };
            let (Some(time), Some(row)) = (
                row.first_child().and_downcast::<gtk::Label>(),
                row.last_child().and_downcast::<gtk::Label>(),
            ) else {
                return;
            };
            let line = object.borrow::<Line>();
            time.set_text(line.time.as_deref().unwrap_or_default());
            time.set_visible(line.time.is_some());
            match linked(&line.text) {
                Some(markup) => row.set_markup(&markup),
                None => row.set_text(&line.text),
            }
            row.set_tooltip_text(line.tooltip.as_deref());
            for (class, tone) in [("dim-label", Tone::Dim), ("error", Tone::Error)] {
                if line.tone == tone {
                    row.add_css_class(class);
                } else {
                    row.remove_css_class(class);
                }
            }
        });
        let view = gtk::ListView::new(
            Some(gtk::NoSelection::new(Some(store.clone()))),
            Some(factory),
        );
        let scroll = gtk::ScrolledWindow::new();
        scroll.set_hexpand(true);
        scroll.set_vexpand(true);
        scroll.set_hscrollbar_policy(gtk::PolicyType::Never);
        scroll.set_child(Some(&view));
        follow_the_end(&scroll.vadjustment());
        Self {
            inner: Rc::new(Inner {
                store,
                waiting: RefCell::new(Vec::new()),
                first: Cell::new(0),
                next: Cell::new(0),
            }),
            scroll,
        }
    }

    pub(crate) fn widget(&self) -> &gtk::ScrolledWindow {
        &self.scroll
    }

    /// Adds a line at the end; it is shown with every other line pushed in this turn of the
    /// main loop, in one insertion.
    pub(crate) fn push(&self, text: String, tone: Tone, tooltip: Option<String>) -> LineRef {
        self.push_line(Line {
            text,
            tone,
            tooltip,
            time: None,
        })
    }

    /// Adds a message written at `at` (Unix seconds; `None`: now), with its time.
    pub(crate) fn push_message(
        &self,
        text: String,
        tone: Tone,
        tooltip: Option<String>,
        at: Option<i64>,
    ) -> LineRef {
        self.push_line(Line {
            text,
            tone,
            tooltip,
            time: Some(when(at)),
        })
    }

    fn push_line(&self, line: Line) -> LineRef {
        let object = glib::BoxedAnyObject::new(line);
        let seq = self.inner.next.get();
        self.inner.next.set(seq.saturating_add(1));
        let mut waiting = self.inner.waiting.borrow_mut();
        if waiting.is_empty() {
            let inner = Rc::downgrade(&self.inner);
            // Before GTK lays out the next frame (GDK_PRIORITY_REDRAW is HIGH_IDLE + 20), after
            // every event already queued at default priority.
            glib::idle_add_local_full(glib::Priority::HIGH_IDLE, move || {
                if let Some(inner) = inner.upgrade() {
                    inner.flush();
                }
                glib::ControlFlow::Break
            });
        }
        waiting.push(object.clone());
        LineRef { object, seq }
    }

    /// Changes a line in place (its row is redrawn if it is on screen).
    pub(crate) fn change(&self, line: &LineRef, change: impl FnOnce(&mut Line)) {
        change(&mut line.object.borrow_mut::<Line>());
        let first = self.inner.first.get();
        let stored = u64::from(self.inner.store.n_items());
        if let Some(position) = line.seq.checked_sub(first)
            && position < stored
            && let Ok(position) = u32::try_from(position)
        {
            self.inner.store.items_changed(position, 1, 1);
        }
    }
}

/// Keeps the view at the end while it was at the end: new lines scroll in, unless the user
/// scrolled up.
fn follow_the_end(adjustment: &gtk::Adjustment) {
    let at_end = Rc::new(Cell::new(true));
    let moved = at_end.clone();
    adjustment.connect_value_changed(move |a| {
        moved.set(a.value() + a.page_size() >= a.upper() - 1.0);
    });
    adjustment.connect_changed(move |a| {
        if at_end.get() {
            a.set_value(a.upper() - a.page_size());
        }
    });
}

/// Characters that end an address: white space, and the isolation marks Fluent puts around
/// every variable.
fn ends_address(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{2066}'..='\u{2069}' | '<' | '>' | '"')
}

/// The byte ranges of the http(s) addresses in `text`, without trailing punctuation.
pub(crate) fn link_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    // Addresses contain no white space: look at each run of other characters.
    let mut runs = Vec::new();
    let mut run_start = None;
    for (at, c) in text.char_indices() {
        if ends_address(c) {
            if let Some(start) = run_start.take() {
                runs.push(start..at);
            }
        } else if run_start.is_none() {
            run_start = Some(at);
        }
    }
    if let Some(start) = run_start {
        runs.push(start..text.len());
    }
    let mut found = Vec::new();
    for run in runs {
        let Some(word) = text.get(run.clone()) else {
            continue;
        };
        // Lowercasing ASCII keeps every byte offset.
        let lower = word.to_ascii_lowercase();
        let Some((at, scheme)) = ["http://", "https://"]
            .iter()
            .filter_map(|scheme| lower.find(scheme).map(|at| (at, scheme.len())))
            .min()
        else {
            continue;
        };
        let Some(mut address) = word.get(at..) else {
            continue;
        };
        // "See https://example.org." links the address, not the full stop; a closing
        // parenthesis stays when the address opened one (Wikipedia's addresses do).
        while let Some(last) = address.chars().next_back() {
            let unbalanced =
                last == ')' && address.matches('(').count() < address.matches(')').count();
            if !(matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | ']' | '}') || unbalanced)
            {
                break;
            }
            address = address.get(..address.len() - last.len_utf8()).unwrap_or("");
        }
        if address.len() > scheme {
            let begin = run.start + at;
            found.push(begin..begin + address.len());
        }
    }
    found
}

/// Pango markup for `text` with its addresses as links; `None` when it has none.
pub(crate) fn linked(text: &str) -> Option<String> {
    let ranges = link_ranges(text);
    if ranges.is_empty() {
        return None;
    }
    let mut markup = String::with_capacity(text.len() * 2);
    let mut from = 0;
    for range in ranges {
        let before = text.get(from..range.start).unwrap_or("");
        markup.push_str(&glib::markup_escape_text(before));
        let address = glib::markup_escape_text(text.get(range.clone()).unwrap_or(""));
        markup.push_str(&format!("<a href=\"{address}\">{address}</a>"));
        from = range.end;
    }
    markup.push_str(&glib::markup_escape_text(text.get(from..).unwrap_or("")));
    Some(markup)
}

/// When a message was written or read, as the user's language writes times: the time alone
/// for today, with the date for another day. `at` is a kept line's Unix time; `None` is now.
fn when(at: Option<i64>) -> String {
    use gtk::glib::DateTime;
    let now = DateTime::now_local().ok();
    let then = match at {
        Some(at) => DateTime::from_unix_local(at).ok(),
        None => now.clone(),
    };
    let Some(then) = then else {
        return String::new();
    };
    let number = |n: i32| u32::try_from(n).unwrap_or(0);
    let time = (number(then.hour()), number(then.minute()));
    let today =
        now.is_some_and(|now| (now.year(), now.day_of_year()) == (then.year(), then.day_of_year()));
    if today {
        crate::i18n::time_of_day(time.0, time.1)
    } else {
        crate::i18n::date_and_time(
            (
                then.year(),
                number(then.month()),
                number(then.day_of_month()),
            ),
            time,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(text: &str) -> Vec<&str> {
        link_ranges(text)
            .into_iter()
            .map(|r| text.get(r).unwrap_or(""))
            .collect()
    }

    #[test]
    fn addresses_are_found_without_their_punctuation() {
        assert_eq!(
            links("see https://example.org/a?b=c&d. and http://x.test/(y), ok"),
            ["https://example.org/a?b=c&d", "http://x.test/(y)"]
        );
        assert_eq!(links("(https://example.org/)"), ["https://example.org/"]);
        assert_eq!(links("HTTPS://Example.org"), ["HTTPS://Example.org"]);
    }

    #[test]
    fn only_http_and_https_are_links() {
        assert!(links("file:///etc/passwd ftp://x.test javascript:alert(1) https://").is_empty());
        assert!(links("mailto:alice@example.org xmpp:bob@example.org").is_empty());
    }

    #[test]
    fn isolation_marks_end_an_address() {
        assert_eq!(
            links("\u{2068}bob\u{2069}: \u{2068}https://example.org/x\u{2069}"),
            ["https://example.org/x"]
        );
    }

    #[test]
    fn markup_escapes_everything_else() {
        assert_eq!(linked("<b>no link</b>"), None);
        assert_eq!(
            linked("<i> https://x.test/?a=1&b=\"2\"").as_deref(),
            Some(
                "&lt;i&gt; <a href=\"https://x.test/?a=1&amp;b=\">https://x.test/?a=1&amp;b=</a>&quot;2&quot;"
            )
        );
    }
}
