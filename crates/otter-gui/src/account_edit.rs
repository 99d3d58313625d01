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

use crate::account_dialog::{
    Problem, connects_to_onion, host_ok, nickserv_fallback_choice, onion_plaintext_choice,
    port_typed,
};
use crate::app::{entry_words, label};
use crate::i18n::tr;

/// What the profile holds now, as `AccountDetails` said.
#[derive(Debug, Clone, Default)]
pub(crate) struct Details {
    pub(crate) server_host: String,
    pub(crate) server_port: u16,
    pub(crate) direct_tls: bool,
    pub(crate) nickserv_fallback: bool,
    pub(crate) onion_plaintext: bool,
    pub(crate) password_remembered: bool,
}

/// The switches of the dialog.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Switches {
    pub(crate) direct_tls: bool,
    pub(crate) nickserv_fallback: bool,
    pub(crate) onion_plaintext: bool,
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
/// `network` is the IRC network's name from the account's address ("" for XMPP): the host a
/// connection without TLS goes to when no other host is given.
pub(crate) fn validate(
    host: &str,
    port: &str,
    switches: Switches,
    network: &str,
    answer: PasswordAnswer,
    password: &str,
) -> Result<AccountChanges, Problem> {
    let host = host.trim();
    if !host.is_empty() && !host_ok(host) {
        return Err(Problem::HostForm);
    }
    if switches.onion_plaintext && !connects_to_onion(network, host) {
        return Err(Problem::PlaintextNotOnion);
    }
    let port = port_typed(port)?;
    let password = match answer {
        PasswordAnswer::Keep => PasswordChoice::Keep,
        PasswordAnswer::Forget => PasswordChoice::Forget,
        PasswordAnswer::Remember if password.is_empty() => return Err(Problem::PasswordEmpty),
        PasswordAnswer::Remember => PasswordChoice::Remember(Password::new(password.to_owned())),
    };
    Ok(AccountChanges {
        server_host: host.to_owned(),
        server_port: port,
        direct_tls: switches.direct_tls,
        nickserv_fallback: switches.nickserv_fallback,
        onion_plaintext: switches.onion_plaintext,
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
    let (plaintext, plaintext_warning) = onion_plaintext_choice(details.onion_plaintext);
    plaintext.set_visible(protocol == Protocol::Irc);
    plaintext_warning.set_visible(protocol == Protocol::Irc);
    content.append(&plaintext);
    content.append(&plaintext_warning);
    let network = match protocol {
        Protocol::Irc => address
            .rsplit_once('@')
            .map_or(address, |(_, network)| network)
            .to_owned(),
        Protocol::Xmpp => String::new(),
    };

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
        let plaintext = plaintext.clone();
        move || {
            let answer = if remember.is_active() {
                PasswordAnswer::Remember
            } else if forget.is_active() {
                PasswordAnswer::Forget
            } else {
                PasswordAnswer::Keep
            };
            password.set_visible(answer == PasswordAnswer::Remember);
            let irc = protocol == Protocol::Irc;
            let switches = Switches {
                direct_tls: direct_tls.is_active(),
                nickserv_fallback: irc && nickserv.is_active(),
                onion_plaintext: irc && plaintext.is_active(),
            };
            validate(
                &host.text(),
                &port.text(),
                switches,
                &network,
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
    for button in [&nickserv, &plaintext] {
        let check = check.clone();
        button.connect_toggled(move |_| check());
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
        let off = Switches::default();
        assert_eq!(
            validate("a b", "", off, "", PasswordAnswer::Keep, "").err(),
            Some(Problem::HostForm)
        );
        assert_eq!(
            validate("", "0", off, "", PasswordAnswer::Keep, "").err(),
            Some(Problem::PortForm)
        );
        assert_eq!(
            validate("", "", off, "", PasswordAnswer::Remember, "").err(),
            Some(Problem::PasswordEmpty)
        );
        let changes = validate(
            " xmpp.example.org ",
            "5223",
            Switches {
                direct_tls: true,
                ..off
            },
            "",
            PasswordAnswer::Forget,
            "",
        )?;
        assert_eq!(changes.server_host, "xmpp.example.org");
        assert_eq!(changes.server_port, 5223);
        assert!(changes.direct_tls);
        assert!(matches!(changes.password, PasswordChoice::Forget));
        let nickserv = Switches {
            nickserv_fallback: true,
            ..off
        };
        let changes = validate("", "", nickserv, "", PasswordAnswer::Remember, "pw")?;
        assert!(matches!(changes.password, PasswordChoice::Remember(_)));
        assert!(changes.nickserv_fallback);
        // Without TLS only to an onion service: the network's, or the host given.
        let plaintext = Switches {
            onion_plaintext: true,
            ..off
        };
        let keep = PasswordAnswer::Keep;
        assert_eq!(
            validate("", "", plaintext, "irc.oftc.net", keep, "").err(),
            Some(Problem::PlaintextNotOnion)
        );
        assert_eq!(
            validate("irc.oftc.net", "", plaintext, "net.onion", keep, "").err(),
            Some(Problem::PlaintextNotOnion)
        );
        assert!(validate("", "", plaintext, "net.onion", keep, "")?.onion_plaintext);
        assert!(validate("oftc.onion", "", plaintext, "irc.oftc.net", keep, "")?.onion_plaintext);
        assert_eq!(changes.server_port, 0);
        Ok(())
    }
}
