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
//! - The first message of each day carries the day ("Today", "Yesterday", a date) above it,
//!   inside its own row: a day is not a line of its own, so it neither counts against the cap
//!   nor shifts the lines' places.
//! - A room member's nick has a colour of its own (see [`crate::nick_colour`]); the user's
//!   own nick is bold and uncoloured, so colour is never the only cue.
//! - The user's own messages carry their delivery state in words (waiting, sent, delivered,
//!   not sent); a failed one offers Retry and Discard, which go to the list's action handler.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use relm4::gtk;
use relm4::gtk::prelude::*;
use relm4::gtk::{gio, glib};

use crate::i18n::tr;

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

/// How far one of the user's own messages got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Delivery {
    /// Not left yet: queued, or held until the conversation is private.
    Waiting,
    /// Left (and, with stream management, the server confirmed it has it).
    Sent,
    /// The contact's device confirmed it (receipts, only when the user shares them).
    Delivered,
    /// Could not be sent: Retry or Discard.
    Failed,
}

/// What the user asked of one of their own messages, by its sender's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineAction {
    Retry(u64),
    Discard(u64),
}

/// A calendar day in local time: year, month (1-12), day of the month.
pub(crate) type Day = (i32, u32, u32);

/// One line's content.
#[derive(Debug)]
pub(crate) struct Line {
    pub(crate) text: String,
    pub(crate) tone: Tone,
    /// Said by screen readers as the row's description.
    pub(crate) tooltip: Option<String>,
    /// When it was written, in Unix seconds; `None` for notices. Written out only for the
    /// rows on screen.
    pub(crate) at: Option<i64>,
    /// The local day it was written; `None` for notices.
    pub(crate) day: Option<Day>,
    /// The first dated line of its day in the list: the day is shown above it.
    pub(crate) starts_day: bool,
    /// Who wrote it in a room, as it appears in `text`, and whether that is the user.
    pub(crate) nick: Option<(String, bool)>,
    /// The user's own message: how far it got.
    pub(crate) delivery: Option<Delivery>,
    /// The user's own message: its sender's id, handed back with a [`LineAction`].
    pub(crate) local: Option<u64>,
}

impl Line {
    fn new(text: String, tone: Tone, tooltip: Option<String>) -> Self {
        Self {
            text,
            tone,
            tooltip,
            at: None,
            day: None,
            starts_day: false,
            nick: None,
            delivery: None,
            local: None,
        }
    }

    /// A message written at `at` (Unix seconds; `None`: now).
    fn dated(text: String, tone: Tone, tooltip: Option<String>, at: Option<i64>) -> Self {
        let then = match at {
            Some(at) => glib::DateTime::from_unix_local(at).ok(),
            None => glib::DateTime::now_local().ok(),
        };
        Self {
            at: then.as_ref().map(glib::DateTime::to_unix),
            day: then.as_ref().map(day_of),
            ..Self::new(text, tone, tooltip)
        }
    }
}

/// The user's handler for [`LineAction`]s, set after the list is made.
type ActionHandler = Rc<RefCell<Option<Rc<dyn Fn(LineAction)>>>>;

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
    /// The day of the last dated line pushed: a line of another day starts a new one.
    last_day: Cell<Option<Day>>,
    /// Lines discarded from the middle since the list was last emptied: how far a line can
    /// be above the place its `seq` gives.
    discarded: Cell<u64>,
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
        if dropped > 0 {
            // The top line's day may have been shown above a line that is gone.
            self.show_day_at(0);
        }
    }

    /// Makes the line at `position` show its day if the line above is of another day.
    fn show_day_at(&self, position: u32) {
        let Some(object) = self
            .store
            .item(position)
            .and_downcast::<glib::BoxedAnyObject>()
        else {
            return;
        };
        // The nearest dated line above: notices have no day.
        let above = (0..position).rev().find_map(|p| {
            self.store
                .item(p)
                .and_downcast::<glib::BoxedAnyObject>()
                .and_then(|o| o.borrow::<Line>().day)
        });
        let changed = {
            let mut line = object.borrow_mut::<Line>();
            let starts = line.day.is_some() && line.day != above;
            let changed = starts != line.starts_day;
            line.starts_day = starts;
            changed
        };
        if changed {
            self.store.items_changed(position, 1, 1);
        }
    }

    /// Where `line` is in the store now. Lines only ever move up (older ones dropped, a
    /// failed one discarded), so the search starts at the place it would have without
    /// discards and goes up; without discards it is found at once.
    fn position(&self, line: &LineRef) -> Option<u32> {
        let guess = line.seq.checked_sub(self.first.get())?;
        let len = u64::from(self.store.n_items());
        let lowest = guess.saturating_sub(self.discarded.get());
        if lowest >= len {
            // Still waiting for the next insertion.
            return None;
        }
        let start = u32::try_from(guess.min(len.saturating_sub(1))).ok()?;
        let lowest = u32::try_from(lowest).ok()?;
        (lowest..=start).rev().find(|&p| {
            self.store
                .item(p)
                .is_some_and(|item| item == *line.object.upcast_ref::<glib::Object>())
        })
    }

    /// The day of the last dated line still listed (waiting lines included).
    fn last_listed_day(&self) -> Option<Day> {
        let waiting = self.waiting.borrow();
        waiting
            .iter()
            .rev()
            .find_map(|o| o.borrow::<Line>().day)
            .or_else(|| {
                (0..self.store.n_items()).rev().find_map(|p| {
                    self.store
                        .item(p)
                        .and_downcast::<glib::BoxedAnyObject>()
                        .and_then(|o| o.borrow::<Line>().day)
                })
            })
    }
}

/// A scrolled, virtualised list of lines.
#[derive(Clone)]
pub(crate) struct MessageList {
    inner: Rc<Inner>,
    scroll: gtk::ScrolledWindow,
    actions: ActionHandler,
}

impl MessageList {
    /// `on_link` receives the address of a link the user activated.
    pub(crate) fn new(on_link: Rc<dyn Fn(String)>) -> Self {
        let store = gio::ListStore::new::<glib::BoxedAnyObject>();
        let actions: ActionHandler = Rc::new(RefCell::new(None));
        let factory = gtk::SignalListItemFactory::new();
        let handler = actions.clone();
        factory.connect_setup(move |_, item| {
            let Some(item) = item.downcast_ref::<gtk::ListItem>() else {
                return;
            };
            item.set_child(Some(&build_row(&on_link)));
            item.set_activatable(false);
        });
        factory.connect_bind(move |_, item| {
            let Some(item) = item.downcast_ref::<gtk::ListItem>() else {
                return;
            };
            let (Some(parts), Some(object)) = (
                item.child()
                    .and_downcast::<gtk::Box>()
                    .and_then(|b| Row::of(&b)),
                item.item().and_downcast::<glib::BoxedAnyObject>(),
            ) else {
                return;
            };
            parts.show(&object.borrow::<Line>(), item, &handler);
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
                last_day: Cell::new(None),
                discarded: Cell::new(0),
            }),
            scroll,
            actions,
        }
    }

    pub(crate) fn widget(&self) -> &gtk::ScrolledWindow {
        &self.scroll
    }

    /// Who hears the Retry and Discard buttons of failed own messages.
    pub(crate) fn on_action(&self, handler: impl Fn(LineAction) + 'static) {
        *self.actions.borrow_mut() = Some(Rc::new(handler));
    }

    /// Adds a line at the end; it is shown with every other line pushed in this turn of the
    /// main loop, in one insertion.
    pub(crate) fn push(&self, text: String, tone: Tone, tooltip: Option<String>) -> LineRef {
        self.push_line(Line::new(text, tone, tooltip))
    }

    /// Adds a message written at `at` (Unix seconds; `None`: now), with its time.
    pub(crate) fn push_message(
        &self,
        text: String,
        tone: Tone,
        tooltip: Option<String>,
        at: Option<i64>,
    ) -> LineRef {
        self.push_line(Line::dated(text, tone, tooltip, at))
    }

    /// Adds a message the user just wrote, waiting to leave; `local` comes back with the
    /// user's Retry or Discard.
    pub(crate) fn push_own(&self, text: String, local: u64) -> LineRef {
        self.push_line(Line {
            delivery: Some(Delivery::Waiting),
            local: Some(local),
            ..Line::dated(text, Tone::Dim, None, None)
        })
    }

    /// Adds a room message `nick` wrote (`own`: the user), with the nick coloured; `at` as
    /// for [`Self::push_message`], `dated: false` for a replayed message of unknown time.
    pub(crate) fn push_said(
        &self,
        text: String,
        tone: Tone,
        nick: &str,
        own: bool,
        at: Option<Option<i64>>,
    ) -> LineRef {
        let line = match at {
            Some(at) => Line::dated(text, tone, None, at),
            None => Line::new(text, tone, None),
        };
        self.push_line(Line {
            nick: Some((nick.to_owned(), own)),
            ..line
        })
    }

    fn push_line(&self, mut line: Line) -> LineRef {
        if line.day.is_some() {
            line.starts_day = line.day != self.inner.last_day.get();
            self.inner.last_day.set(line.day);
        }
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
        if let Some(position) = self.inner.position(line) {
            self.inner.store.items_changed(position, 1, 1);
        }
    }

    /// Takes a line out of the list (a failed message the user discarded).
    pub(crate) fn remove(&self, line: &LineRef) {
        let waited = {
            let mut waiting = self.inner.waiting.borrow_mut();
            let before = waiting.len();
            waiting.retain(|o| o != &line.object);
            waiting.len() != before
        };
        if waited {
            // Not shown yet: which of the waiting lines start a day, again.
            let shown = self.inner.store.n_items();
            let mut day = (0..shown).rev().find_map(|p| {
                self.inner
                    .store
                    .item(p)
                    .and_downcast::<glib::BoxedAnyObject>()
                    .and_then(|o| o.borrow::<Line>().day)
            });
            for object in self.inner.waiting.borrow().iter() {
                let mut waiting = object.borrow_mut::<Line>();
                if waiting.day.is_some() {
                    waiting.starts_day = waiting.day != day;
                    day = waiting.day;
                }
            }
        }
        if !waited {
            let Some(position) = self.inner.position(line) else {
                return;
            };
            self.inner.store.remove(position);
            // The day it showed moves to the next line of that day.
            self.inner.show_day_at(position);
        }
        // Either way, every later line is one place higher than its `seq` says.
        self.inner
            .discarded
            .set(self.inner.discarded.get().saturating_add(1));
        self.inner.last_day.set(self.inner.last_listed_day());
    }

    /// Empties the list (not any history kept on disk).
    pub(crate) fn clear(&self) {
        self.inner.waiting.borrow_mut().clear();
        self.inner.store.remove_all();
        self.inner.first.set(self.inner.next.get());
        self.inner.discarded.set(0);
        self.inner.last_day.set(None);
    }
}

/// A "More" menu for a conversation or a room, with "Clear the window", which calls
/// `on_clear`, then the `more` items; pressing one closes the menu. A plain button that opens
/// a popover, so screen readers hear its label (GTK 4.8 names a `MenuButton` by its class).
pub(crate) fn clear_menu_and(on_clear: impl Fn() + 'static, more: Vec<gtk::Button>) -> gtk::Button {
    let clear = gtk::Button::with_label(&tr::scrollback_clear_button());
    clear.set_tooltip_text(Some(&tr::scrollback_clear_tooltip()));
    clear.add_css_class("flat");
    let items = gtk::Box::new(gtk::Orientation::Vertical, 0);
    items.append(&clear);
    let popover = gtk::Popover::new();
    for item in more {
        let shown = popover.clone();
        item.connect_clicked(move |_| shown.popdown());
        items.append(&item);
    }
    popover.set_child(Some(&items));
    let menu = gtk::Button::with_label(&tr::conversation_menu_button());
    menu.set_tooltip_text(Some(&tr::conversation_menu_tooltip()));
    popover.set_parent(&menu);
    let shown = popover.clone();
    menu.connect_clicked(move |_| shown.popup());
    clear.connect_clicked(move |_| {
        popover.popdown();
        on_clear();
    });
    menu
}

/// The widgets of one row, found again when a line is bound to it. The day heading and the
/// Retry and Discard buttons are made when a line bound to the row needs them: most rows never
/// do, and a burst realises many rows. A row with a heading is wrapped in a vertical box, and
/// unwrapped again for a line without one: every container level around a wrapping label
/// makes GTK measure it again, and a box around every row showed in the window bench's
/// bursts (more CPU, on a busy machine; the numbers were noisy).
struct Row {
    /// While the row shows a day: the box around the heading and the row, and the heading's
    /// label.
    day: Option<(gtk::Box, gtk::Label)>,
    row: gtk::Box,
    time: gtk::Label,
    text: gtk::Label,
    /// An own message's delivery state, in words.
    state: gtk::Label,
    /// Retry and Discard, once made.
    actions: Option<gtk::Box>,
}

/// The widget name of the box that holds a day heading over a row.
const DAYED: &str = "dayed";

/// A row: the time, the text, the delivery state (and, once needed, the Retry and Discard
/// buttons), from the left; from the right in a right-to-left window.
fn build_row(on_link: &Rc<dyn Fn(String)>) -> gtk::Box {
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
    let state = gtk::Label::new(None);
    state.add_css_class("caption");
    state.set_valign(gtk::Align::Start);
    state.set_visible(false);
    row.append(&time);
    row.append(&text);
    row.append(&state);
    row
}

/// The day heading: the day between two rules.
fn build_day() -> (gtk::Box, gtk::Label) {
    let day_row = gtk::Box::new(gtk::Orientation::Horizontal, 8);
    day_row.set_margin_top(6);
    let day = gtk::Label::new(None);
    day.add_css_class("heading");
    day.add_css_class("dim-label");
    let rule = || {
        let rule = gtk::Separator::new(gtk::Orientation::Horizontal);
        rule.set_hexpand(true);
        rule.set_valign(gtk::Align::Center);
        rule
    };
    day_row.append(&rule());
    day_row.append(&day);
    day_row.append(&rule());
    (day_row, day)
}

/// Retry and Discard: each hands the id of the line bound to the row at the time of the
/// click (rows are reused as the list scrolls) to the list's handler.
fn build_actions(item: &gtk::ListItem, handler: &ActionHandler) -> gtk::Box {
    let actions = gtk::Box::new(gtk::Orientation::Horizontal, 6);
    actions.set_widget_name("actions");
    actions.set_valign(gtk::Align::Start);
    let retry = gtk::Button::with_label(&tr::message_retry_button());
    retry.set_tooltip_text(Some(&tr::message_retry_tooltip()));
    let discard = gtk::Button::with_label(&tr::message_discard_button());
    discard.set_tooltip_text(Some(&tr::message_discard_tooltip()));
    for (button, retrying) in [(&retry, true), (&discard, false)] {
        let item = item.downgrade();
        let handler = handler.clone();
        button.connect_clicked(move |_| {
            let local = item
                .upgrade()
                .and_then(|item| item.item())
                .and_downcast::<glib::BoxedAnyObject>()
                .and_then(|object| object.borrow::<Line>().local);
            let handler = handler.borrow().clone();
            if let (Some(local), Some(handler)) = (local, handler) {
                handler(if retrying {
                    LineAction::Retry(local)
                } else {
                    LineAction::Discard(local)
                });
            }
        });
        actions.append(button);
    }
    actions
}

impl Row {
    /// The widgets of `child`, a list item's child: a row, or a row under its day.
    fn of(child: &gtk::Box) -> Option<Self> {
        let (day, row) = if child.widget_name() == DAYED {
            let day_row = child.first_child().and_downcast::<gtk::Box>()?;
            let day = day_row
                .first_child()?
                .next_sibling()
                .and_downcast::<gtk::Label>()?;
            let row = day_row.next_sibling().and_downcast::<gtk::Box>()?;
            (Some((child.clone(), day)), row)
        } else {
            (None, child.clone())
        };
        let time = row.first_child().and_downcast::<gtk::Label>()?;
        let text = time.next_sibling().and_downcast::<gtk::Label>()?;
        let state = text.next_sibling().and_downcast::<gtk::Label>()?;
        let actions = state.next_sibling().and_downcast::<gtk::Box>();
        Some(Self {
            day,
            row,
            time,
            text,
            state,
            actions,
        })
    }

    fn show(&self, line: &Line, item: &gtk::ListItem, handler: &ActionHandler) {
        match (line.day.filter(|_| line.starts_day), &self.day) {
            (Some(day), Some((_, label))) => label.set_text(&day_words(day)),
            (Some(day), None) => {
                let (day_row, label) = build_day();
                label.set_text(&day_words(day));
                let dayed = gtk::Box::new(gtk::Orientation::Vertical, 4);
                dayed.set_widget_name(DAYED);
                item.set_child(None::<&gtk::Widget>);
                dayed.append(&day_row);
                dayed.append(&self.row);
                item.set_child(Some(&dayed));
            }
            (None, Some((dayed, _))) => {
                item.set_child(None::<&gtk::Widget>);
                dayed.remove(&self.row);
                item.set_child(Some(&self.row));
            }
            (None, None) => {}
        }
        let then = line
            .at
            .and_then(|at| glib::DateTime::from_unix_local(at).ok());
        match then {
            Some(then) => {
                let number = |n: i32| u32::try_from(n).unwrap_or(0);
                let time = (number(then.hour()), number(then.minute()));
                self.time
                    .set_text(&crate::i18n::time_of_day(time.0, time.1));
                self.time
                    .set_tooltip_text(Some(&crate::i18n::date_and_time(day_of(&then), time)));
                self.time.set_visible(true);
            }
            None => {
                self.time.set_text("");
                self.time.set_tooltip_text(None);
                self.time.set_visible(false);
            }
        }
        let nick = line.nick.as_ref().map(|(nick, own)| {
            let colour = (!own).then(|| {
                let foreground = self.text.style_context().color();
                crate::nick_colour::for_nick(nick, crate::nick_colour::dark_text(&foreground))
            });
            (nick.as_str(), colour)
        });
        match decorated(&line.text, nick) {
            Some(markup) => self.text.set_markup(&markup),
            None => self.text.set_text(&line.text),
        }
        self.text.set_tooltip_text(line.tooltip.as_deref());
        for (class, tone) in [("dim-label", Tone::Dim), ("error", Tone::Error)] {
            if line.tone == tone {
                self.text.add_css_class(class);
            } else {
                self.text.remove_css_class(class);
            }
        }
        let (words, description) = match line.delivery {
            Some(Delivery::Waiting) => (tr::delivery_waiting(), tr::delivery_waiting_tooltip()),
            Some(Delivery::Sent) => (tr::delivery_sent(), tr::delivery_sent_tooltip()),
            Some(Delivery::Delivered) => {
                (tr::delivery_delivered(), tr::delivery_delivered_tooltip())
            }
            Some(Delivery::Failed) => (tr::delivery_failed(), tr::delivery_failed_tooltip()),
            None => (String::new(), String::new()),
        };
        self.state.set_text(&words);
        self.state
            .set_tooltip_text((!description.is_empty()).then_some(description.as_str()));
        self.state.set_visible(line.delivery.is_some());
        let failed = line.delivery == Some(Delivery::Failed);
        for (class, on) in [("error", failed), ("dim-label", !failed)] {
            if on {
                self.state.add_css_class(class);
            } else {
                self.state.remove_css_class(class);
            }
        }
        let offered = failed && line.local.is_some();
        match (&self.actions, offered) {
            (Some(actions), _) => actions.set_visible(offered),
            (None, true) => self.row.append(&build_actions(item, handler)),
            (None, false) => {}
        }
    }
}

/// A date-time's local calendar day.
fn day_of(then: &glib::DateTime) -> Day {
    let number = |n: i32| u32::try_from(n).unwrap_or(0);
    (
        then.year(),
        number(then.month()),
        number(then.day_of_month()),
    )
}

/// "Today", "Yesterday" or the date, as the user's language writes it.
fn day_words(day: Day) -> String {
    let Ok(now) = glib::DateTime::now_local() else {
        return crate::i18n::date(day);
    };
    let yesterday = now.add_days(-1).ok().map(|d| day_of(&d));
    day_words_on(day, day_of(&now), yesterday)
}

/// [`day_words`] for a known today and yesterday.
fn day_words_on(day: Day, today: Day, yesterday: Option<Day>) -> String {
    if day == today {
        tr::day_today()
    } else if Some(day) == yesterday {
        tr::day_yesterday()
    } else {
        crate::i18n::date(day)
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

/// Opening and closing markup around a span.
type Tags = (String, &'static str);

/// Pango markup for `text` with its addresses as links and, in a room, the writer's nick
/// (its first isolated occurrence) set apart: in `Some(colour)`, or bold for the user's own
/// (`None`). `None` when there is nothing to mark up.
pub(crate) fn decorated(text: &str, nick: Option<(&str, Option<String>)>) -> Option<String> {
    // Each span: its bytes, and the tags around it (`None`: a link).
    let mut spans: Vec<(std::ops::Range<usize>, Option<Tags>)> = Vec::new();
    let links = link_ranges(text);
    // Fluent isolates every variable (FSI nick PDI): the nick is found as one, not inside
    // another word or the message.
    let nick_span = nick.and_then(|(nick, colour)| {
        let isolated = format!("\u{2068}{nick}\u{2069}");
        let at = text.find(&isolated)?.saturating_add('\u{2068}'.len_utf8());
        let range = at..at.saturating_add(nick.len());
        let tags = match colour {
            Some(colour) => (format!("<span foreground=\"{colour}\">"), "</span>"),
            None => ("<b>".to_owned(), "</b>"),
        };
        (!links
            .iter()
            .any(|link| link.start < range.end && range.start < link.end))
        .then_some((range, Some(tags)))
    });
    spans.extend(nick_span);
    spans.extend(links.into_iter().map(|range| (range, None)));
    if spans.is_empty() {
        return None;
    }
    spans.sort_by_key(|(range, _)| range.start);
    let mut markup = String::with_capacity(text.len() * 2);
    let mut from = 0;
    for (range, tags) in spans {
        let before = text.get(from..range.start).unwrap_or("");
        markup.push_str(&glib::markup_escape_text(before));
        let inside = glib::markup_escape_text(text.get(range.clone()).unwrap_or(""));
        match tags {
            Some((open, close)) => markup.push_str(&format!("{open}{inside}{close}")),
            None => markup.push_str(&format!("<a href=\"{inside}\">{inside}</a>")),
        }
        from = range.end;
    }
    markup.push_str(&glib::markup_escape_text(text.get(from..).unwrap_or("")));
    Some(markup)
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

    /// Noon of a local day, in Unix seconds.
    fn noon(year: i32, month: i32, day: i32) -> i64 {
        glib::DateTime::from_local(year, month, day, 12, 0, 0.0)
            .map(|d| d.to_unix())
            .unwrap_or_default()
    }

    /// What the list holds: each line's text and whether its day is shown above it.
    fn listed(list: &MessageList) -> Vec<(String, bool)> {
        list.inner.flush();
        (0..list.inner.store.n_items())
            .filter_map(|p| {
                list.inner
                    .store
                    .item(p)
                    .and_downcast::<glib::BoxedAnyObject>()
            })
            .map(|o| {
                let line = o.borrow::<Line>();
                (line.text.clone(), line.starts_day)
            })
            .collect()
    }

    fn line(text: &str, starts_day: bool) -> (String, bool) {
        (text.to_owned(), starts_day)
    }

    /// GTK allows one thread: every case of the list in one test. Needs a display (the GUI
    /// tests' Xvfb).
    #[test]
    fn days_head_their_first_line_through_caps_discards_and_clearing() {
        crate::with_gtk(days_in_the_list);
    }

    fn days_in_the_list() {
        let list = MessageList::new(Rc::new(|_| {}));
        // An earlier day, then today (an own message is written now).
        let first = noon(2024, 5, 1);
        list.push_message("a".into(), Tone::Normal, None, Some(first));
        list.push_message("b".into(), Tone::Normal, None, Some(first + 60));
        // A notice has no day and does not restart one.
        list.push("notice".into(), Tone::Dim, None);
        list.push_message("c".into(), Tone::Normal, None, Some(first + 120));
        let own = list.push_own("d".into(), 7);
        list.push_message("e".into(), Tone::Normal, None, None);
        // A day is no line of its own.
        assert_eq!(
            listed(&list),
            [
                line("a", true),
                line("b", false),
                line("notice", false),
                line("c", false),
                line("d", true),
                line("e", false),
            ]
        );

        // Discarding the first line of a day hands the day to the next line of it; later
        // lines can still be changed.
        list.remove(&own);
        let last = list.push_message("f".into(), Tone::Normal, None, None);
        list.inner.flush();
        list.change(&last, |l| l.text = "f changed".into());
        assert_eq!(
            listed(&list),
            [
                line("a", true),
                line("b", false),
                line("notice", false),
                line("c", false),
                line("e", true),
                line("f changed", false),
            ]
        );

        // Past the cap, the oldest lines go and the first one left shows its day.
        let batch: Vec<String> = (0..SCROLLBACK).map(|n| format!("m{n}")).collect();
        for text in batch {
            list.push_message(text, Tone::Normal, None, None);
        }
        let kept = listed(&list);
        assert_eq!(kept.len(), usize::try_from(SCROLLBACK).unwrap_or(0));
        assert_eq!(kept.first(), Some(&line("m0", true)));
        assert!(kept.iter().skip(1).all(|(_, starts)| !starts));

        // Cleared: nothing left, and the next message shows its day again.
        list.clear();
        list.change(&last, |l| l.text = "gone".into());
        list.push_message("g".into(), Tone::Normal, None, None);
        assert_eq!(listed(&list), [line("g", true)]);
    }

    #[test]
    fn the_day_is_today_yesterday_or_its_date() {
        let (today, yesterday) = ((2026, 3, 1), Some((2026, 2, 28)));
        assert_eq!(day_words_on(today, today, yesterday), tr::day_today());
        assert_eq!(
            day_words_on((2026, 2, 28), today, yesterday),
            tr::day_yesterday()
        );
        let older = day_words_on((2025, 3, 1), today, yesterday);
        assert_eq!(older, crate::i18n::date((2025, 3, 1)));
        assert_ne!(older, tr::day_today());
    }

    #[test]
    fn a_nick_is_coloured_or_bold_beside_its_links() {
        let text = "\u{2068}bob\u{2069}: \u{2068}bob, see https://x.test/\u{2069}";
        assert_eq!(
            decorated(text, Some(("bob", Some("#123456".to_owned())))).as_deref(),
            Some(
                "\u{2068}<span foreground=\"#123456\">bob</span>\u{2069}: \u{2068}bob, see \
                 <a href=\"https://x.test/\">https://x.test/</a>\u{2069}"
            )
        );
        assert_eq!(
            decorated("\u{2068}<me>\u{2069}: hi", Some(("<me>", None))).as_deref(),
            Some("\u{2068}<b>&lt;me&gt;</b>\u{2069}: hi")
        );
        // Only an isolated nick is the writer's: not a word inside the message.
        assert_eq!(decorated("bob: hi", Some(("bob", None))), None);
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

    fn linked(text: &str) -> Option<String> {
        decorated(text, None)
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
