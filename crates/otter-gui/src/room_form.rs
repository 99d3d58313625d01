//! A room's settings: the configuration form the room sent (XEP-0004), drawn field by field.
//!
//! - Everything in the form is the server's text: labels, descriptions, options and values
//!   are shown as they came (plain text, bidi-isolated, clipped), never looked up as Fluent
//!   messages. Only the dialog's own words are Otter's.
//! - Only what the user changed is answered; every other field keeps the room's value (the
//!   core sends hidden fields back untouched).
//! - The core already bounds the form (128 fields, 128 options each); the dialog draws at
//!   most [`MAX_SHOWN_FIELDS`] fields and [`MAX_SHOWN_CHOICES`] list choices, says how many
//!   it left out, and scrolls inside a fixed height, so no form can make it grow without end.

use std::collections::BTreeSet;

use otter_core::{RoomForm, RoomFormAnswer, RoomFormField, RoomFormFieldKind};
use relm4::gtk;
use relm4::gtk::prelude::*;

use crate::app::label;
use crate::i18n::{self, tr};

/// The most fields drawn; the rest keep their values.
pub(crate) const MAX_SHOWN_FIELDS: usize = 64;
/// The most choices of list fields drawn in all; a list past it is left out.
pub(crate) const MAX_SHOWN_CHOICES: usize = 256;
/// The most characters of one label, option or description shown.
const MAX_SHOWN_CHARS: usize = 300;
/// The most characters of the form's title and instructions shown.
const MAX_SHOWN_INSTRUCTIONS: usize = 1000;
/// The height the fields scroll in.
const FIELDS_HEIGHT: i32 = 420;

/// What the user decided.
#[derive(Debug)]
pub(crate) enum FormOutcome {
    Save(Vec<RoomFormAnswer>),
    Cancel,
}

/// The server's text, clipped and isolated so it reads in its own direction inside ours.
fn shown(text: &str, most: usize) -> String {
    let mut clipped: String = text.chars().take(most).collect();
    if clipped.len() < text.len() {
        clipped.push('…');
    }
    i18n::isolate(&clipped)
}

/// What the field is called: its label, else its name.
fn field_name(field: &RoomFormField) -> String {
    let name = field
        .label
        .as_deref()
        .filter(|l| !l.trim().is_empty())
        .or(field.var.as_deref())
        .unwrap_or_default();
    shown(name, MAX_SHOWN_CHARS)
}

fn is_true(values: &[String]) -> bool {
    values
        .first()
        .is_some_and(|v| matches!(v.as_str(), "1" | "true"))
}

/// The words of a list option.
fn option_words(option: &otter_core::RoomFormOption) -> String {
    shown(
        option
            .label
            .as_deref()
            .filter(|l| !l.trim().is_empty())
            .unwrap_or(&option.value),
        MAX_SHOWN_CHARS,
    )
}

/// Reads a drawn field's answer: `None` while unchanged.
type Answer = Box<dyn Fn() -> Option<RoomFormAnswer>>;
/// What is wrong with a drawn field's value, in words (`None`: nothing).
type Check = Box<dyn Fn() -> Option<String>>;

/// One drawn field: how to read its answer (`None`: unchanged), and what is wrong with it.
struct Drawn {
    answer: Answer,
    check: Check,
}

/// An address as a form's address field takes it: `name@server` or `server` (a room's
/// address, with `/nick` after it, too), one word. The core checks it fully.
fn address_ok(address: &str) -> bool {
    let bare = address.split_once('/').map_or(address, |(bare, _)| bare);
    let (name, server) = bare.split_once('@').unwrap_or(("x", bare));
    !name.is_empty()
        && !server.is_empty()
        && !server.contains('@')
        && !address.chars().any(char::is_whitespace)
}

/// The lines of a multi-line field: every line of text, or the addresses of an address list
/// (trimmed, empty lines left out).
fn lines_of(text: &str, addresses: bool) -> Vec<String> {
    if addresses {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    } else {
        let text = text.strip_suffix('\n').unwrap_or(text);
        if text.is_empty() {
            Vec::new()
        } else {
            text.split('\n').map(str::to_owned).collect()
        }
    }
}

/// Draws one field into `into`; `None` for what is not drawn (hidden fields).
fn draw(field: &RoomFormField, into: &gtk::Box) -> Option<Drawn> {
    let var = field.var.clone().unwrap_or_default();
    let name = field_name(field);
    let tooltip = field
        .description
        .as_deref()
        .map(|d| shown(d, MAX_SHOWN_CHARS))
        .unwrap_or_else(|| name.clone());
    let heading = || {
        let row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        let text = label(&name);
        row.append(&text);
        if field.required {
            let required = gtk::Label::new(Some(&tr::room_form_required()));
            required.add_css_class("dim-label");
            row.append(&required);
        }
        into.append(&row);
        text
    };
    let (required, problem_name) = (field.required, name.clone());
    // Empty though required, or not an address: the words that say so.
    let problem = move |empty: bool, addresses_ok: bool| {
        if required && empty {
            Some(tr::room_form_problem_required(problem_name.as_str()))
        } else if !addresses_ok {
            Some(tr::room_form_problem_address(problem_name.as_str()))
        } else {
            None
        }
    };
    let drawn: (Answer, Check) = match field.kind {
        RoomFormFieldKind::Hidden => return None,
        RoomFormFieldKind::Fixed => {
            let text = field.values.join("\n");
            if !text.trim().is_empty() {
                let fixed = label(&shown(&text, MAX_SHOWN_INSTRUCTIONS));
                fixed.add_css_class("dim-label");
                into.append(&fixed);
            }
            return None;
        }
        RoomFormFieldKind::Boolean => {
            let was = is_true(&field.values);
            let check = gtk::CheckButton::with_label(&name);
            check.set_active(was);
            check.set_tooltip_text(Some(&tooltip));
            if field.required {
                let row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
                row.append(&check);
                let required = gtk::Label::new(Some(&tr::room_form_required()));
                required.add_css_class("dim-label");
                row.append(&required);
                into.append(&row);
            } else {
                into.append(&check);
            }
            (
                Box::new(move || {
                    let now = check.is_active();
                    (now != was).then(|| RoomFormAnswer {
                        var: var.clone(),
                        values: vec![if now { "1" } else { "0" }.to_owned()],
                    })
                }),
                Box::new(|| None),
            )
        }
        RoomFormFieldKind::TextSingle
        | RoomFormFieldKind::TextPrivate
        | RoomFormFieldKind::JidSingle => {
            let heading = heading();
            let entry = gtk::Entry::new();
            let was = field.values.first().cloned().unwrap_or_default();
            entry.set_text(&was);
            entry.set_tooltip_text(Some(&tooltip));
            if field.kind == RoomFormFieldKind::TextPrivate {
                entry.set_visibility(false);
                entry.set_input_purpose(gtk::InputPurpose::Password);
            }
            heading.set_mnemonic_widget(Some(&entry));
            into.append(&entry);
            let read = entry.clone();
            let kind = field.kind;
            // A password is taken as typed, spaces and all.
            let typed = move |entry: &gtk::Entry| -> String {
                let text = entry.text();
                if kind == RoomFormFieldKind::TextPrivate {
                    text.to_string()
                } else {
                    text.trim().to_owned()
                }
            };
            let was = if kind == RoomFormFieldKind::TextPrivate {
                was
            } else {
                was.trim().to_owned()
            };
            (
                Box::new(move || {
                    let now = typed(&entry);
                    (now != was).then(|| RoomFormAnswer {
                        var: var.clone(),
                        values: if now.is_empty() {
                            Vec::new()
                        } else {
                            vec![now]
                        },
                    })
                }),
                Box::new(move || {
                    let now = typed(&read);
                    problem(
                        now.is_empty(),
                        kind != RoomFormFieldKind::JidSingle || now.is_empty() || address_ok(&now),
                    )
                }),
            )
        }
        RoomFormFieldKind::TextMulti | RoomFormFieldKind::JidMulti => {
            let heading = heading();
            let view = gtk::TextView::new();
            view.set_wrap_mode(gtk::WrapMode::WordChar);
            view.buffer().set_text(&field.values.join("\n"));
            view.set_tooltip_text(Some(&tooltip));
            heading.set_mnemonic_widget(Some(&view));
            let scroll = gtk::ScrolledWindow::new();
            scroll.set_min_content_height(60);
            scroll.set_max_content_height(120);
            scroll.set_propagate_natural_height(true);
            scroll.set_child(Some(&view));
            scroll.add_css_class("frame");
            into.append(&scroll);
            let addresses = field.kind == RoomFormFieldKind::JidMulti;
            let lines = move |buffer: &gtk::TextBuffer| -> Vec<String> {
                let (start, end) = buffer.bounds();
                lines_of(&buffer.text(&start, &end, false), addresses)
            };
            // As the room sent it, read the way the typed text is read: untouched is unchanged.
            let initial = lines_of(&field.values.join("\n"), addresses);
            let buffer = view.buffer();
            let read = buffer.clone();
            (
                Box::new(move || {
                    let now = lines(&buffer);
                    (now != initial).then(|| RoomFormAnswer {
                        var: var.clone(),
                        values: now,
                    })
                }),
                Box::new(move || {
                    let now = lines(&read);
                    problem(
                        now.is_empty(),
                        !addresses || now.iter().all(|a| address_ok(a)),
                    )
                }),
            )
        }
        RoomFormFieldKind::ListSingle => {
            let heading = heading();
            let current = field.values.first();
            let mut words: Vec<String> = field.options.iter().map(option_words).collect();
            let mut values: Vec<Option<String>> = field
                .options
                .iter()
                .map(|o| Some(o.value.clone()))
                .collect();
            let at = current.and_then(|c| field.options.iter().position(|o| o.value == *c));
            // A value that is none of the options stays first, chosen, and is never sent back.
            let was = match at {
                Some(at) => at,
                None => {
                    words.insert(
                        0,
                        current.map_or_else(tr::room_form_not_set, |c| shown(c, MAX_SHOWN_CHARS)),
                    );
                    values.insert(0, None);
                    0
                }
            };
            let refs: Vec<&str> = words.iter().map(String::as_str).collect();
            let choice = gtk::DropDown::from_strings(&refs);
            choice.set_selected(u32::try_from(was).unwrap_or(0));
            choice.set_tooltip_text(Some(&tooltip));
            heading.set_mnemonic_widget(Some(&choice));
            into.append(&choice);
            (
                Box::new(move || {
                    let now = usize::try_from(choice.selected()).ok()?;
                    if now == was {
                        return None;
                    }
                    let value = values.get(now).cloned().flatten()?;
                    Some(RoomFormAnswer {
                        var: var.clone(),
                        values: vec![value],
                    })
                }),
                Box::new(|| None),
            )
        }
        RoomFormFieldKind::ListMulti => {
            let heading = heading();
            let group = gtk::Box::new(gtk::Orientation::Vertical, 2);
            group.set_margin_start(12);
            group.set_tooltip_text(Some(&tooltip));
            let was: BTreeSet<String> = field.values.iter().cloned().collect();
            let checks: Vec<(gtk::CheckButton, String)> = field
                .options
                .iter()
                .map(|option| {
                    let check = gtk::CheckButton::with_label(&option_words(option));
                    check.set_active(was.contains(&option.value));
                    group.append(&check);
                    (check, option.value.clone())
                })
                .collect();
            heading.set_mnemonic_widget(Some(&group));
            into.append(&group);
            (
                Box::new(move || {
                    let now: Vec<String> = checks
                        .iter()
                        .filter(|(check, _)| check.is_active())
                        .map(|(_, value)| value.clone())
                        .collect();
                    let same = now.len() == was.len() && now.iter().all(|v| was.contains(v));
                    (!same).then(|| RoomFormAnswer {
                        var: var.clone(),
                        values: now,
                    })
                }),
                Box::new(|| None),
            )
        }
    };
    Some(Drawn {
        answer: drawn.0,
        check: drawn.1,
    })
}

/// The settings dialog of `room`; `decided` hears Save (with the changed fields) or Cancel
/// (also when the user closes the dialog), once. Destroying the dialog says nothing. `new_room`: the room was just made, and cancelling
/// removes it, which the dialog says.
pub(crate) fn dialog(
    window: &gtk::ApplicationWindow,
    room: &str,
    form: &RoomForm,
    new_room: bool,
    decided: impl Fn(FormOutcome) + 'static,
) -> gtk::Dialog {
    let dialog = gtk::Dialog::with_buttons(
        Some(&tr::room_form_title(room)),
        Some(window),
        gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
        &[
            (&tr::dialog_cancel(), gtk::ResponseType::Cancel),
            (&tr::room_form_save(), gtk::ResponseType::Accept),
        ],
    );
    dialog.set_default_width(480);
    let content = dialog.content_area();
    content.set_spacing(6);
    content.set_margin_top(12);
    content.set_margin_bottom(12);
    content.set_margin_start(12);
    content.set_margin_end(12);
    let heading = label(&tr::room_form_title(room));
    heading.add_css_class("title-4");
    content.append(&heading);
    if new_room {
        let warning = label(&tr::room_form_new_room());
        warning.add_css_class("warning");
        content.append(&warning);
    }
    for text in [&form.title, &form.instructions].into_iter().flatten() {
        if !text.trim().is_empty() {
            let from_room = label(&shown(text, MAX_SHOWN_INSTRUCTIONS));
            from_room.add_css_class("dim-label");
            content.append(&from_room);
        }
    }
    let fields = gtk::Box::new(gtk::Orientation::Vertical, 6);
    let mut drawn = Vec::new();
    let (mut shown_fields, mut choices, mut left_out) = (0_usize, 0_usize, 0_usize);
    for field in &form.fields {
        if field.kind == RoomFormFieldKind::Hidden {
            continue;
        }
        let lists = matches!(
            field.kind,
            RoomFormFieldKind::ListMulti | RoomFormFieldKind::ListSingle
        );
        if shown_fields >= MAX_SHOWN_FIELDS
            || (lists && choices.saturating_add(field.options.len()) > MAX_SHOWN_CHOICES)
        {
            left_out = left_out.saturating_add(1);
            continue;
        }
        shown_fields = shown_fields.saturating_add(1);
        if lists {
            choices = choices.saturating_add(field.options.len());
        }
        drawn.extend(draw(field, &fields));
    }
    if left_out > 0 {
        let note = label(&tr::room_form_left_out(left_out));
        note.add_css_class("dim-label");
        fields.append(&note);
    }
    let scroll = gtk::ScrolledWindow::new();
    scroll.set_hscrollbar_policy(gtk::PolicyType::Never);
    scroll.set_max_content_height(FIELDS_HEIGHT);
    scroll.set_propagate_natural_height(true);
    scroll.set_vexpand(true);
    scroll.set_child(Some(&fields));
    content.append(&scroll);
    let problem = label("");
    problem.add_css_class("error");
    content.append(&problem);
    dialog.connect_response(move |dialog, response| {
        if response == gtk::ResponseType::Accept {
            if let Some(why) = drawn.iter().find_map(|d| (d.check)()) {
                problem.set_text(&why);
                return;
            }
            decided(FormOutcome::Save(
                drawn.iter().filter_map(|d| (d.answer)()).collect(),
            ));
        } else {
            decided(FormOutcome::Cancel);
        }
        // Not `close`: a dialog's close request is one more response (a Cancel).
        dialog.destroy();
    });
    dialog.present();
    dialog
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_server_s_text_is_clipped_and_isolated() {
        let long = "a".repeat(MAX_SHOWN_CHARS + 50);
        let clipped = shown(&long, MAX_SHOWN_CHARS);
        assert_eq!(clipped.chars().count(), MAX_SHOWN_CHARS + 3);
        assert!(clipped.starts_with('\u{2068}') && clipped.ends_with("…\u{2069}"));
        assert_eq!(shown("Title", 10), "\u{2068}Title\u{2069}");
    }

    #[test]
    fn an_address_field_takes_one_address_in_one_word() {
        for good in [
            "alice@otter.test",
            "otter.test",
            "room@conference.otter.test/nick",
        ] {
            assert!(address_ok(good), "{good}");
        }
        for bad in ["", "@otter.test", "alice@", "a b@otter.test", "a@b@c"] {
            assert!(!address_ok(bad), "{bad}");
        }
    }

    #[test]
    fn multi_line_fields_read_as_sent_are_unchanged() {
        assert_eq!(lines_of("one\n\n  two\n", false), ["one", "", "  two"]);
        assert_eq!(lines_of(" a@b.c \n\nd@e.f", true), ["a@b.c", "d@e.f"]);
        assert!(lines_of("", false).is_empty());
    }

    #[test]
    fn a_field_is_called_by_its_label_else_its_name() {
        let mut field = RoomFormField {
            var: Some("muc#roomconfig_roomname".into()),
            kind: RoomFormFieldKind::TextSingle,
            label: Some("Title".into()),
            description: None,
            required: false,
            values: Vec::new(),
            options: Vec::new(),
        };
        assert_eq!(field_name(&field), "\u{2068}Title\u{2069}");
        field.label = Some("  ".into());
        assert_eq!(
            field_name(&field),
            "\u{2068}muc#roomconfig_roomname\u{2069}"
        );
    }
}
