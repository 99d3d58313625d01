//! The composer: a multi-line text box under a conversation or a room.
//!
//! - Enter sends; Shift+Enter starts a new line.
//! - Up on the first line and Down on the last walk through the lines sent in this
//!   conversation, newest first, and back to what was being written. They, and each
//!   conversation's unsent draft, are kept in memory only, for this session, and never
//!   written anywhere.
//! - While the user writes, it reports "typing" once, and "stopped" after a pause or when the
//!   box is emptied (a sent message says "active" by itself): at most one report per change of
//!   state, however fast the keys come (whether anything leaves is the caller's choice).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::{Duration, Instant};

use relm4::gtk;
use relm4::gtk::prelude::*;

use crate::i18n::tr;

/// How many sent lines each conversation remembers.
const HISTORY_KEPT: usize = 100;

/// After this long without a key, the user has stopped typing (XEP-0085 §5.2 suggests a
/// "paused" after about 5 seconds).
const TYPING_PAUSE: Duration = Duration::from_secs(5);

/// One conversation's sent lines, and where Up/Down are in them.
#[derive(Default)]
pub(crate) struct History {
    lines: Vec<String>,
    /// The line shown, counted from the oldest; `None`: the user's own draft.
    at: Option<usize>,
    /// What was being written before Up was first pressed.
    draft: String,
}

impl History {
    fn remember(&mut self, line: String) {
        self.at = None;
        self.draft.clear();
        if self.lines.last() == Some(&line) {
            return;
        }
        if self.lines.len() >= HISTORY_KEPT {
            self.lines.remove(0);
        }
        self.lines.push(line);
    }

    /// Up: an older line, if there is one.
    fn older(&mut self, current: &str) -> Option<&str> {
        let index = match self.at {
            None => {
                let last = self.lines.len().checked_sub(1)?;
                current.clone_into(&mut self.draft);
                last
            }
            Some(at) => at.checked_sub(1)?,
        };
        self.at = Some(index);
        self.lines.get(index).map(String::as_str)
    }

    /// Down: a newer line, or the draft again past the newest.
    fn newer(&mut self) -> Option<&str> {
        let at = self.at?;
        if at + 1 < self.lines.len() {
            self.at = Some(at + 1);
            self.lines.get(at + 1).map(String::as_str)
        } else {
            self.at = None;
            Some(self.draft.as_str())
        }
    }
}

struct State {
    histories: HashMap<String, History>,
    /// What was being written in the other conversations, kept until the user comes back.
    drafts: HashMap<String, String>,
    /// Whose history Up/Down walk.
    current: String,
    /// "Typing" was reported and "stopped" not yet.
    typing: bool,
    last_key: Instant,
    /// Set while the composer itself changes the text (a recalled line is not typing).
    recalling: bool,
    /// An input method is composing (Chinese, Hindi…): its Enter and arrows are its own.
    preedit: bool,
}

/// Told the conversation's key and whether the user is typing there.
type TypingReport = dyn Fn(&str, bool);

/// A composer; clones share the same box.
#[derive(Clone)]
pub(crate) struct Composer {
    root: gtk::Overlay,
    view: gtk::TextView,
    state: Rc<RefCell<State>>,
    typing: Rc<TypingReport>,
}

impl Composer {
    /// `send` is called on Enter; `typing` with the conversation's key (see `switch_to`) and
    /// `true` when the user starts writing there, `false` when they pause, empty the box or
    /// leave for another conversation.
    pub(crate) fn new(
        tooltip: &str,
        send: impl Fn() + 'static,
        typing: impl Fn(&str, bool) + 'static,
    ) -> Self {
        let view = gtk::TextView::new();
        view.set_wrap_mode(gtk::WrapMode::WordChar);
        view.set_accepts_tab(false);
        view.set_top_margin(4);
        view.set_bottom_margin(4);
        view.set_left_margin(4);
        view.set_right_margin(4);
        // Screen readers say the tooltip as the description, as for the entries.
        view.set_tooltip_text(Some(tooltip));
        let scroll = gtk::ScrolledWindow::new();
        scroll.set_child(Some(&view));
        scroll.set_hscrollbar_policy(gtk::PolicyType::Never);
        // One line to start, growing to a few before it scrolls.
        scroll.set_propagate_natural_height(true);
        scroll.set_min_content_height(32);
        scroll.set_max_content_height(120);
        scroll.add_css_class("frame");
        // A text view has no placeholder: a dim word over it while it is empty.
        let placeholder = gtk::Label::new(Some(&tr::compose_placeholder()));
        placeholder.add_css_class("dim-label");
        placeholder.set_halign(gtk::Align::Start);
        placeholder.set_valign(gtk::Align::Center);
        placeholder.set_margin_start(8);
        placeholder.set_can_target(false);
        let root = gtk::Overlay::new();
        root.set_child(Some(&scroll));
        root.add_overlay(&placeholder);
        root.set_hexpand(true);
        view.buffer().connect_changed(move |buffer| {
            placeholder.set_visible(buffer.char_count() == 0);
        });
        let composer = Self {
            root,
            view,
            state: Rc::new(RefCell::new(State {
                histories: HashMap::new(),
                drafts: HashMap::new(),
                current: String::new(),
                typing: false,
                last_key: Instant::now(),
                recalling: false,
                preedit: false,
            })),
            typing: Rc::new(typing),
        };
        composer.keys(send);
        composer.watch_typing();
        let state = composer.state.clone();
        composer.view.connect_preedit_changed(move |_, preedit| {
            state.borrow_mut().preedit = !preedit.is_empty();
        });
        composer
    }

    fn keys(&self, send: impl Fn() + 'static) {
        let keys = gtk::EventControllerKey::new();
        // Before the text view's own handling, which would insert the newline.
        keys.set_propagation_phase(gtk::PropagationPhase::Capture);
        let composer = self.clone();
        keys.connect_key_pressed(move |_, key, _, modifiers| {
            if composer.state.borrow().preedit {
                return gtk::glib::Propagation::Proceed;
            }
            let plain = !modifiers.intersects(
                gtk::gdk::ModifierType::SHIFT_MASK
                    | gtk::gdk::ModifierType::CONTROL_MASK
                    | gtk::gdk::ModifierType::ALT_MASK,
            );
            match key {
                gtk::gdk::Key::Return | gtk::gdk::Key::KP_Enter | gtk::gdk::Key::ISO_Enter
                    if plain =>
                {
                    send();
                    gtk::glib::Propagation::Stop
                }
                gtk::gdk::Key::Up | gtk::gdk::Key::KP_Up if plain && composer.on_first_line() => {
                    composer.recall(true)
                }
                gtk::gdk::Key::Down | gtk::gdk::Key::KP_Down
                    if plain && composer.on_last_line() =>
                {
                    composer.recall(false)
                }
                _ => gtk::glib::Propagation::Proceed,
            }
        });
        self.view.add_controller(keys);
    }

    fn cursor(&self) -> gtk::TextIter {
        let buffer = self.view.buffer();
        buffer.iter_at_mark(&buffer.get_insert())
    }

    // Lines of the text, not wrapped lines on screen: a long first line is one line.
    fn on_first_line(&self) -> bool {
        self.cursor().line() == 0
    }

    fn on_last_line(&self) -> bool {
        self.cursor().line() + 1 >= self.view.buffer().line_count()
    }

    /// Up (`older`) or Down through the history; does nothing past either end.
    fn recall(&self, older: bool) -> gtk::glib::Propagation {
        let current = self.text();
        let line = {
            let mut state = self.state.borrow_mut();
            let key = state.current.clone();
            let history = state.histories.entry(key).or_default();
            let line = if older {
                history.older(&current)
            } else {
                history.newer()
            };
            line.map(str::to_owned)
        };
        let Some(line) = line else {
            return gtk::glib::Propagation::Proceed;
        };
        self.state.borrow_mut().recalling = true;
        self.view.buffer().set_text(&line);
        self.state.borrow_mut().recalling = false;
        let buffer = self.view.buffer();
        buffer.place_cursor(&buffer.end_iter());
        gtk::glib::Propagation::Stop
    }

    fn watch_typing(&self) {
        let composer = self.clone();
        self.view.buffer().connect_changed(move |buffer| {
            let empty = buffer.char_count() == 0;
            let start = {
                let mut state = composer.state.borrow_mut();
                if state.recalling {
                    return;
                }
                state.last_key = Instant::now();
                !empty && !state.typing
            };
            if start {
                let key = {
                    let mut state = composer.state.borrow_mut();
                    state.typing = true;
                    state.current.clone()
                };
                (composer.typing)(&key, true);
                composer.wait_for_pause();
            } else if empty {
                composer.stopped();
            }
        });
    }

    /// Checks once a second whether the keys stopped, while "typing" is reported.
    fn wait_for_pause(&self) {
        let composer = self.clone();
        gtk::glib::timeout_add_local(Duration::from_secs(1), move || {
            let (typing, quiet) = {
                let state = composer.state.borrow();
                (state.typing, state.last_key.elapsed() >= TYPING_PAUSE)
            };
            if !typing {
                return gtk::glib::ControlFlow::Break;
            }
            if quiet {
                composer.stopped();
                return gtk::glib::ControlFlow::Break;
            }
            gtk::glib::ControlFlow::Continue
        });
    }

    /// Reports "stopped" if "typing" was reported.
    pub(crate) fn stopped(&self) {
        let (was, key) = {
            let mut state = self.state.borrow_mut();
            (
                std::mem::replace(&mut state.typing, false),
                state.current.clone(),
            )
        };
        if was {
            (self.typing)(&key, false);
        }
    }

    /// The widget to place.
    pub(crate) fn widget(&self) -> &gtk::Overlay {
        &self.root
    }

    fn text(&self) -> String {
        let buffer = self.view.buffer();
        buffer
            .text(&buffer.start_iter(), &buffer.end_iter(), false)
            .to_string()
    }

    /// Whose sent lines Up and Down recall from now on. What was being written stays with
    /// the conversation it was written in, and comes back with it.
    pub(crate) fn switch_to(&self, key: &str) {
        if self.state.borrow().current == key {
            return;
        }
        self.stopped();
        let draft = self.text();
        let restored = {
            let mut state = self.state.borrow_mut();
            let previous = std::mem::replace(&mut state.current, key.to_owned());
            if draft.is_empty() {
                state.drafts.remove(&previous);
            } else {
                state.drafts.insert(previous, draft);
            }
            state.recalling = true;
            state.drafts.remove(key).unwrap_or_default()
        };
        self.view.buffer().set_text(&restored);
        self.state.borrow_mut().recalling = false;
    }

    /// Takes what was typed (when there is more than blanks), empties the box and remembers
    /// the line for Up.
    pub(crate) fn take(&self) -> Option<String> {
        let typed = self.text();
        if typed.trim().is_empty() {
            return None;
        }
        {
            let mut state = self.state.borrow_mut();
            // Not reported: the message itself says the user is active again (XEP-0085 §5.1).
            state.typing = false;
            let key = state.current.clone();
            state
                .histories
                .entry(key)
                .or_default()
                .remember(typed.clone());
            state.recalling = true;
        }
        self.view.buffer().set_text("");
        self.state.borrow_mut().recalling = false;
        Some(typed)
    }

    pub(crate) fn set_sensitive(&self, sensitive: bool) {
        self.view.set_sensitive(sensitive);
    }

    pub(crate) fn grab_focus(&self) {
        self.view.grab_focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn up_walks_back_and_down_returns_to_the_draft() {
        let mut history = History::default();
        assert_eq!(history.older("draft"), None);
        history.remember("one".into());
        history.remember("two".into());
        assert_eq!(history.older("draft"), Some("two"));
        assert_eq!(history.older("ignored"), Some("one"));
        assert_eq!(history.older("ignored"), None);
        assert_eq!(history.newer(), Some("two"));
        assert_eq!(history.newer(), Some("draft"));
        assert_eq!(history.newer(), None);
    }

    #[test]
    fn history_is_bounded_and_skips_repeats() {
        let mut history = History::default();
        for n in 0..(HISTORY_KEPT + 10) {
            history.remember(n.to_string());
            history.remember(n.to_string());
        }
        assert_eq!(history.lines.len(), HISTORY_KEPT);
        assert_eq!(history.lines.first().map(String::as_str), Some("10"));
    }
}
