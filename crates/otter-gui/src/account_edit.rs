//! Editing an account: the server and port to connect to, direct TLS (XMPP), whether the
//! profile keeps its password, and an IRC account's client certificate and NickServ fallback. Prefilled from the core's `AccountDetails`; produces exactly
//! the core's `AccountChanges`.
//!
//! The address and protocol are not offered: they are who the account is, and its OTR key and
//! the contacts' trust belong to them.

use otter_core::types::Password;
use otter_core::{AccountChanges, PasswordChoice, Protocol};
use relm4::gtk;
use relm4::gtk::prelude::*;

use crate::account_dialog::{Problem, host_ok, nickserv_fallback_choice};
use crate::app::{entry_words, label};
use crate::i18n::tr;

/// What the profile holds now, as `AccountDetails` said.
#[derive(Debug, Clone, Default)]
pub(crate) struct Details {
    pub(crate) server_host: String,
    pub(crate) server_port: u16,
    pub(crate) direct_tls: bool,
    pub(crate) nickserv_fallback: bool,
    pub(crate) password_remembered: bool,
}

/// The password choice in the dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PasswordAnswer {
    Keep,
    Forget,
    Remember,
}

/// Checks what was typed: host and port as when adding, a password when one is to be
/// remembered.
pub(crate) fn validate(
    host: &str,
    port: &str,
    direct_tls: bool,
    nickserv_fallback: bool,
    answer: PasswordAnswer,
    password: &str,
) -> Result<AccountChanges, Problem> {
    let host = host.trim();
    if !host.is_empty() && !host_ok(host) {
        return Err(Problem::HostForm);
    }
    let port = port.trim();
    let port = if port.is_empty() {
        0
    } else {
        match port.parse::<u16>() {
            Ok(port) if port > 0 => port,
            _ => return Err(Problem::PortForm),
        }
    };
    let password = match answer {
        PasswordAnswer::Keep => PasswordChoice::Keep,
        PasswordAnswer::Forget => PasswordChoice::Forget,
        PasswordAnswer::Remember if password.is_empty() => return Err(Problem::PasswordEmpty),
        PasswordAnswer::Remember => PasswordChoice::Remember(Password::new(password.to_owned())),
    };
    Ok(AccountChanges {
        server_host: host.to_owned(),
        server_port: port,
        direct_tls,
        nickserv_fallback,
        password,
    })
}

/// Opens the dialog for the account at `address`; `saved` receives the changes on "Save".
/// IRC accounts also get "Client certificate…", which calls `certificate`.
pub(crate) fn open(
    parent: &gtk::ApplicationWindow,
    address: &str,
    protocol: Protocol,
    details: &Details,
    saved: impl Fn(AccountChanges) + 'static,
    certificate: impl Fn() + 'static,
) {
    let dialog = gtk::Dialog::with_buttons(
        Some(&tr::account_edit_title(address)),
        Some(parent),
        gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
        &[
            (&tr::dialog_cancel(), gtk::ResponseType::Cancel),
            (&tr::account_edit_save(), gtk::ResponseType::Accept),
        ],
    );
    dialog.set_default_width(420);
    let content = dialog.content_area();
    content.set_spacing(6);
    content.set_margin_top(12);
    content.set_margin_bottom(12);
    content.set_margin_start(12);
    content.set_margin_end(12);

    let host = gtk::Entry::new();
    entry_words(
        &host,
        &tr::account_host_placeholder(),
        &tr::account_host_tooltip(),
    );
    host.set_text(&details.server_host);
    content.append(&host);
    let port = gtk::Entry::new();
    entry_words(
        &port,
        &tr::account_port_placeholder(),
        &tr::account_port_tooltip(),
    );
    port.set_input_purpose(gtk::InputPurpose::Digits);
    if details.server_port != 0 {
        port.set_text(&details.server_port.to_string());
    }
    content.append(&port);
    let direct_tls = gtk::CheckButton::with_label(&tr::account_direct_tls());
    direct_tls.set_tooltip_text(Some(&tr::account_direct_tls_tooltip()));
    direct_tls.set_active(details.direct_tls);
    // IRC connections are always TLS from the first byte; the choice is XMPP's.
    direct_tls.set_visible(protocol == Protocol::Xmpp);
    content.append(&direct_tls);
    let (nickserv, nickserv_help) = nickserv_fallback_choice(details.nickserv_fallback);
    nickserv.set_visible(protocol == Protocol::Irc);
    nickserv_help.set_visible(protocol == Protocol::Irc);
    content.append(&nickserv);
    content.append(&nickserv_help);

    let password_heading = label(&if details.password_remembered {
        tr::account_edit_password_remembered()
    } else {
        tr::account_edit_password_not_remembered()
    });
    content.append(&password_heading);
    // Toggle buttons in a group rather than radio check boxes: GTK 4.8 gives check boxes no
    // action for screen readers.
    let choices = gtk::Box::new(gtk::Orientation::Horizontal, 6);
    let keep = gtk::ToggleButton::with_label(&tr::account_edit_password_keep());
    let forget = gtk::ToggleButton::with_label(&tr::account_edit_password_forget());
    let remember = gtk::ToggleButton::with_label(&tr::account_edit_password_remember());
    forget.set_group(Some(&keep));
    remember.set_group(Some(&keep));
    keep.set_active(true);
    // Nothing to forget when nothing is kept.
    forget.set_sensitive(details.password_remembered);
    for button in [&keep, &forget, &remember] {
        choices.append(button);
    }
    content.append(&choices);
    let password = gtk::Entry::new();
    entry_words(
        &password,
        &tr::account_password_placeholder(),
        &tr::account_edit_password_tooltip(),
    );
    password.set_visibility(false);
    password.set_visible(false);
    content.append(&password);

    if protocol == Protocol::Irc {
        let button = gtk::Button::with_label(&tr::client_certificate_button());
        button.set_tooltip_text(Some(&tr::client_certificate_button_tooltip()));
        button.set_halign(gtk::Align::Start);
        button.connect_clicked(move |_| certificate());
        content.append(&button);
    }

    let problem = label("");
    problem.add_css_class("error");
    content.append(&problem);

    let read = {
        let (host, port, direct_tls, nickserv, forget, remember, password) = (
            host.clone(),
            port.clone(),
            direct_tls.clone(),
            nickserv.clone(),
            forget.clone(),
            remember.clone(),
            password.clone(),
        );
        move || {
            let answer = if remember.is_active() {
                PasswordAnswer::Remember
            } else if forget.is_active() {
                PasswordAnswer::Forget
            } else {
                PasswordAnswer::Keep
            };
            password.set_visible(answer == PasswordAnswer::Remember);
            validate(
                &host.text(),
                &port.text(),
                direct_tls.is_active(),
                protocol == Protocol::Irc && nickserv.is_active(),
                answer,
                &password.text(),
            )
        }
    };
    let check = {
        let (dialog, problem, read) = (dialog.clone(), problem.clone(), read.clone());
        move || {
            let result = read();
            dialog.set_response_sensitive(gtk::ResponseType::Accept, result.is_ok());
            problem.set_text(&result.err().map(Problem::words).unwrap_or_default());
        }
    };
    for entry in [&host, &port, &password] {
        let check = check.clone();
        entry.connect_changed(move |_| check());
    }
    for button in [&keep, &forget, &remember] {
        let check = check.clone();
        button.connect_toggled(move |_| check());
    }
    {
        let check = check.clone();
        nickserv.connect_toggled(move |_| check());
    }
    check();
    dialog.connect_response(move |dialog, response| {
        if response == gtk::ResponseType::Accept {
            match read() {
                Ok(changes) => saved(changes),
                // The button is insensitive while invalid.
                Err(_) => return,
            }
        }
        dialog.close();
    });
    dialog.present();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_checks_host_port_and_a_new_password() -> Result<(), Problem> {
        assert_eq!(
            validate("a b", "", false, false, PasswordAnswer::Keep, "").err(),
            Some(Problem::HostForm)
        );
        assert_eq!(
            validate("", "0", false, false, PasswordAnswer::Keep, "").err(),
            Some(Problem::PortForm)
        );
        assert_eq!(
            validate("", "", false, false, PasswordAnswer::Remember, "").err(),
            Some(Problem::PasswordEmpty)
        );
        let changes = validate(
            " xmpp.example.org ",
            "5223",
            true,
            false,
            PasswordAnswer::Forget,
            "",
        )?;
        assert_eq!(changes.server_host, "xmpp.example.org");
        assert_eq!(changes.server_port, 5223);
        assert!(changes.direct_tls);
        assert!(matches!(changes.password, PasswordChoice::Forget));
        let changes = validate("", "", false, true, PasswordAnswer::Remember, "pw")?;
        assert!(matches!(changes.password, PasswordChoice::Remember(_)));
        assert!(changes.nickserv_fallback);
        assert_eq!(changes.server_port, 0);
        Ok(())
    }
}
