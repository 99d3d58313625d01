//! Adding an account: an XMPP address or an IRC network, checked as the user types; or
//! creating a new XMPP account on its server, with a random name for a throwaway account; or
//! a temporary XMPP account (no password, a new address from the server at each connection).
//!
//! The "Add account" button stays insensitive until the form is valid, and the line under the
//! fields says, in plain words, what is still missing. What the dialog produces is exactly the
//! core's `AccountSettings`, plus the password for this session when it is not remembered.

use otter_core::types::Password;
use otter_core::{AccountSettings, Protocol};
use relm4::gtk;
use relm4::gtk::prelude::*;

use crate::app::{entry_words, label};
use crate::i18n::tr;

/// Which kind of account the dialog adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Xmpp,
    Irc,
}

/// Add an account that exists, or create one on the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Add,
    /// XMPP in-band registration: the password is typed twice.
    Create,
}

/// The IRC networks offered by name; the last choice of the list is "Other network…".
pub(crate) const IRC_PRESETS: &[(&str, &str)] =
    &[("OFTC", "irc.oftc.net"), ("Libera.Chat", "irc.libera.chat")];

/// What the user typed.
#[derive(Debug, Default, Clone)]
pub(crate) struct Form {
    /// XMPP: the address; IRC: the nick.
    pub(crate) address: String,
    /// IRC: the network's server name (from a preset or typed).
    pub(crate) network: String,
    pub(crate) password: String,
    /// IRC: register with the nick alone, without logging in (a network without SASL).
    pub(crate) no_password: bool,
    /// XMPP, adding: a temporary account; `address` is then the server's name.
    pub(crate) temporary: bool,
    /// Creating: the password typed again (`None` when adding).
    pub(crate) repeated: Option<String>,
    pub(crate) remember: bool,
    pub(crate) host: String,
    pub(crate) port: String,
    /// IRC: NickServ `IDENTIFY` where the network has no SASL (off unless ticked).
    pub(crate) nickserv_fallback: bool,
    /// IRC: without TLS, to an onion service only (off unless ticked).
    pub(crate) onion_plaintext: bool,
}

/// Why the form cannot be sent yet; each is one sentence for the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Problem {
    AddressEmpty,
    AddressForm,
    AddressSpaces,
    ServerForm,
    NickEmpty,
    NickForm,
    NetworkEmpty,
    PasswordEmpty,
    PasswordMismatch,
    IrcPassword,
    HostForm,
    PortForm,
    PlaintextNotOnion,
}

impl Problem {
    pub(crate) fn words(self) -> String {
        match self {
            Self::AddressEmpty => tr::account_problem_address_empty(),
            Self::AddressForm => tr::account_problem_address_form(),
            Self::AddressSpaces => tr::account_problem_address_spaces(),
            Self::ServerForm => tr::account_problem_temporary_server(),
            Self::NickEmpty => tr::account_problem_nick_empty(),
            Self::NickForm => tr::account_problem_nick_form(),
            Self::NetworkEmpty => tr::account_problem_network_empty(),
            Self::PasswordEmpty => tr::account_problem_password_empty(),
            Self::PasswordMismatch => tr::account_problem_password_mismatch(),
            Self::IrcPassword => tr::account_problem_irc_password(),
            Self::HostForm => tr::account_problem_host_form(),
            Self::PortForm => tr::account_problem_port_form(),
            Self::PlaintextNotOnion => tr::account_problem_plaintext_not_onion(),
        }
    }
}

/// A valid form: the account to add, and the password to keep in memory for this session when
/// it is not remembered (so "Connect" works without asking again).
#[derive(Debug)]
pub(crate) struct Valid {
    pub(crate) settings: AccountSettings,
    pub(crate) session_password: Option<Password>,
}

pub(crate) fn host_ok(host: &str) -> bool {
    !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// Checks the form in the order the fields appear, so the first problem named is the one the
/// user reaches first.
pub(crate) fn validate(kind: Kind, form: &Form) -> Result<Valid, Problem> {
    let address = form.address.trim();
    let address = match kind {
        Kind::Xmpp => {
            if address.is_empty() {
                return Err(Problem::AddressEmpty);
            }
            if address.chars().any(char::is_whitespace) {
                return Err(Problem::AddressSpaces);
            }
            if form.temporary {
                // The core reads an address without "@" as a temporary account; a full
                // address pasted here stands for its server.
                let server = address
                    .rsplit_once('@')
                    .map_or(address, |(_, domain)| domain);
                if !host_ok(server) || !server.contains('.') {
                    return Err(Problem::ServerForm);
                }
                return temporary(server, form);
            }
            match address.split_once('@') {
                Some((user, domain))
                    if !user.is_empty() && !domain.contains('@') && host_ok(domain) =>
                {
                    address.to_owned()
                }
                _ => return Err(Problem::AddressForm),
            }
        }
        Kind::Irc => {
            if address.is_empty() {
                return Err(Problem::NickEmpty);
            }
            let bad_start = address
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || c == '-');
            if bad_start || address.chars().any(|c| c.is_whitespace() || c == '@') {
                return Err(Problem::NickForm);
            }
            let network = form.network.trim();
            if network.is_empty() {
                return Err(Problem::NetworkEmpty);
            }
            if !host_ok(network) {
                return Err(Problem::HostForm);
            }
            format!("{address}@{network}")
        }
    };
    let no_password = kind == Kind::Irc && form.no_password;
    if form.password.is_empty() && !no_password {
        return Err(match kind {
            Kind::Xmpp => Problem::PasswordEmpty,
            Kind::Irc => Problem::IrcPassword,
        });
    }
    if form.repeated.as_ref().is_some_and(|r| *r != form.password) {
        return Err(Problem::PasswordMismatch);
    }
    let host = form.host.trim();
    if !host.is_empty() && !host_ok(host) {
        return Err(Problem::HostForm);
    }
    let port = port_typed(&form.port)?;
    let onion_plaintext = kind == Kind::Irc && form.onion_plaintext;
    if onion_plaintext && !connects_to_onion(form.network.trim(), host) {
        return Err(Problem::PlaintextNotOnion);
    }
    // Without a password the core registers without SASL, and refuses to for a nick that
    // logged in before; nothing is remembered, so the next session asks again.
    let password = Password::new(if no_password {
        String::new()
    } else {
        form.password.clone()
    });
    let remember = form.remember && !no_password;
    Ok(Valid {
        settings: AccountSettings {
            protocol: match kind {
                Kind::Xmpp => Protocol::Xmpp,
                Kind::Irc => Protocol::Irc,
            },
            address,
            server_host: host.to_owned(),
            server_port: port,
            direct_tls: false,
            // Without a password there is nothing to identify with.
            nickserv_fallback: kind == Kind::Irc && form.nickserv_fallback && !no_password,
            onion_plaintext,
            remembered_password: remember.then(|| password.clone()),
        },
        session_password: (!remember).then_some(password),
    })
}

/// Whether the host connected to (`host`, or else the network's name) is an onion service:
/// only those may be reached without TLS (the core refuses anything else too).
pub(crate) fn connects_to_onion(network: &str, host: &str) -> bool {
    let host = if host.is_empty() { network } else { host };
    host_ok(host)
        && host
            .trim_end_matches('.')
            .to_ascii_lowercase()
            .ends_with(".onion")
}

/// The IRC choice of a connection without TLS to an onion service, and its warning; shared by
/// adding and editing an account.
pub(crate) fn onion_plaintext_choice(active: bool) -> (gtk::CheckButton, gtk::Label) {
    let choice = gtk::CheckButton::with_label(&tr::account_irc_onion_plaintext());
    choice.set_active(active);
    let warning = label(&tr::account_irc_onion_plaintext_warning());
    warning.add_css_class("dim-label");
    (choice, warning)
}

/// The IRC choice of NickServ `IDENTIFY` as a fallback login, and the words on why SASL is
/// better; shared by adding and editing an account.
pub(crate) fn nickserv_fallback_choice(active: bool) -> (gtk::CheckButton, gtk::Label) {
    let choice = gtk::CheckButton::with_label(&tr::account_irc_nickserv_fallback());
    choice.set_active(active);
    let help = label(&tr::account_irc_nickserv_fallback_help());
    help.add_css_class("dim-label");
    (choice, help)
}

/// The connect-port override as typed: empty is none (0, the protocol's default), otherwise a
/// port from 1 to 65535.
pub(crate) fn port_typed(typed: &str) -> Result<u16, Problem> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(0);
    }
    match typed.parse::<u16>() {
        Ok(port) if port > 0 => Ok(port),
        _ => Err(Problem::PortForm),
    }
}

/// A temporary account on `server`: nothing about a password, only the advanced settings.
fn temporary(server: &str, form: &Form) -> Result<Valid, Problem> {
    let host = form.host.trim();
    if !host.is_empty() && !host_ok(host) {
        return Err(Problem::HostForm);
    }
    let port = port_typed(&form.port)?;
    Ok(Valid {
        settings: AccountSettings {
            protocol: Protocol::Xmpp,
            address: server.to_lowercase(),
            server_host: host.to_owned(),
            server_port: port,
            direct_tls: false,
            remembered_password: None,
            nickserv_fallback: false,
            onion_plaintext: false,
        },
        session_password: None,
    })
}

/// `name@domain`, keeping the domain already typed (if any).
fn with_local_part(typed: &str, name: &str) -> String {
    match typed.trim().split_once('@') {
        Some((_, domain)) => format!("{name}@{domain}"),
        None => format!("{name}@"),
    }
}

/// Opens the dialog; `added` receives the account once the user presses "Add account" (or
/// "Create account").
pub(crate) fn open(
    parent: &gtk::ApplicationWindow,
    kind: Kind,
    mode: Mode,
    added: impl Fn(Valid) + 'static,
) -> gtk::Dialog {
    // Only XMPP accounts are created here.
    let mode = if kind == Kind::Xmpp { mode } else { Mode::Add };
    let (title, accept) = match (kind, mode) {
        (Kind::Xmpp, Mode::Create) => (
            tr::account_dialog_create_title(),
            tr::account_dialog_create_button(),
        ),
        (Kind::Xmpp, Mode::Add) => (
            tr::account_dialog_xmpp_title(),
            tr::account_dialog_add_button(),
        ),
        (Kind::Irc, _) => (
            tr::account_dialog_irc_title(),
            tr::account_dialog_add_button(),
        ),
    };
    let dialog = gtk::Dialog::with_buttons(
        Some(&title),
        Some(parent),
        gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
        &[
            (&tr::dialog_cancel(), gtk::ResponseType::Cancel),
            (&accept, gtk::ResponseType::Accept),
        ],
    );
    dialog.set_default_width(420);
    let content = dialog.content_area();
    content.set_spacing(6);
    content.set_margin_top(12);
    content.set_margin_bottom(12);
    content.set_margin_start(12);
    content.set_margin_end(12);

    let address = gtk::Entry::new();
    let network = gtk::DropDown::from_strings(&[]);
    let custom_network = gtk::Entry::new();
    match kind {
        Kind::Xmpp => {
            entry_words(
                &address,
                &tr::account_address_placeholder(),
                &tr::account_address_tooltip(),
            );
            content.append(&address);
            if mode == Mode::Create {
                let random = gtk::Button::with_label(&tr::account_random_name_button());
                random.set_tooltip_text(Some(&tr::account_random_name_tooltip()));
                random.set_halign(gtk::Align::Start);
                let target = address.clone();
                random.connect_clicked(move |_| {
                    // No random bytes: leave the field as typed rather than invent a weak name.
                    if let Ok(name) = otter_core::random_account_name() {
                        target.set_text(&with_local_part(&target.text(), &name));
                    }
                });
                content.append(&random);
            }
        }
        Kind::Irc => {
            let names: Vec<String> = IRC_PRESETS
                .iter()
                .map(|(name, _)| (*name).to_owned())
                .chain([tr::account_network_custom()])
                .collect();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            network.set_model(Some(&gtk::StringList::new(&names)));
            network.set_tooltip_text(Some(&tr::account_network_tooltip()));
            content.append(&network);
            entry_words(
                &custom_network,
                &tr::account_network_custom_placeholder(),
                &tr::account_network_custom_tooltip(),
            );
            custom_network.set_visible(false);
            content.append(&custom_network);
            entry_words(
                &address,
                &tr::account_nick_placeholder(),
                &tr::account_nick_tooltip(),
            );
            content.append(&address);
        }
    }
    // Only when adding: creating an account makes one with a password.
    let temporary = gtk::CheckButton::with_label(&tr::account_temporary());
    temporary.set_tooltip_text(Some(&tr::account_temporary_help()));
    let temporary_help = label(&tr::account_temporary_help());
    temporary_help.add_css_class("dim-label");
    temporary_help.set_visible(false);
    temporary.set_visible(kind == Kind::Xmpp && mode == Mode::Add);
    content.append(&temporary);
    content.append(&temporary_help);
    let no_password = gtk::CheckButton::with_label(&tr::account_irc_no_password());
    no_password.set_tooltip_text(Some(&tr::account_irc_no_password_tooltip()));
    no_password.set_visible(kind == Kind::Irc);
    content.append(&no_password);
    let password = gtk::Entry::new();
    entry_words(
        &password,
        &tr::account_password_placeholder(),
        &tr::account_password_tooltip(),
    );
    password.set_visibility(false);
    content.append(&password);
    let repeated = gtk::Entry::new();
    entry_words(
        &repeated,
        &tr::account_password_repeat_placeholder(),
        &tr::account_password_repeat_tooltip(),
    );
    repeated.set_visibility(false);
    repeated.set_visible(mode == Mode::Create);
    content.append(&repeated);
    let remember = gtk::CheckButton::with_label(&tr::account_remember_password());
    remember.set_tooltip_text(Some(&tr::account_remember_password_tooltip()));
    remember.set_active(false);
    content.append(&remember);

    // A toggle button rather than a GtkExpander: GTK 4.8 leaves the expander unnamed and
    // without an action for screen readers.
    let advanced = gtk::ToggleButton::with_label(&tr::account_advanced());
    advanced.set_halign(gtk::Align::Start);
    let advanced_box = gtk::Box::new(gtk::Orientation::Vertical, 6);
    let host = gtk::Entry::new();
    entry_words(
        &host,
        &tr::account_host_placeholder(),
        &tr::account_host_tooltip(),
    );
    let port = gtk::Entry::new();
    entry_words(
        &port,
        &tr::account_port_placeholder(),
        &tr::account_port_tooltip(),
    );
    port.set_input_purpose(gtk::InputPurpose::Digits);
    advanced_box.append(&host);
    advanced_box.append(&port);
    let help = label(&tr::account_advanced_help());
    help.add_css_class("dim-label");
    advanced_box.append(&help);
    let (nickserv, nickserv_help) = nickserv_fallback_choice(false);
    nickserv.set_visible(kind == Kind::Irc);
    nickserv_help.set_visible(kind == Kind::Irc);
    advanced_box.append(&nickserv);
    advanced_box.append(&nickserv_help);
    let (plaintext, plaintext_warning) = onion_plaintext_choice(false);
    plaintext.set_visible(kind == Kind::Irc);
    plaintext_warning.set_visible(kind == Kind::Irc);
    advanced_box.append(&plaintext);
    advanced_box.append(&plaintext_warning);
    advanced_box.set_visible(false);
    let shown = advanced_box.clone();
    advanced.connect_toggled(move |toggle| shown.set_visible(toggle.is_active()));
    content.append(&advanced);
    content.append(&advanced_box);

    let problem = label("");
    problem.add_css_class("error");
    content.append(&problem);

    let read = {
        let (address, network, custom_network, password, repeated, remember, host, port) = (
            address.clone(),
            network.clone(),
            custom_network.clone(),
            password.clone(),
            repeated.clone(),
            remember.clone(),
            host.clone(),
            port.clone(),
        );
        let (no_password, nickserv) = (no_password.clone(), nickserv.clone());
        let (plaintext, temporary) = (plaintext.clone(), temporary.clone());
        move || {
            let chosen = usize::try_from(network.selected()).unwrap_or(usize::MAX);
            let preset = IRC_PRESETS.get(chosen).map(|(_, host)| (*host).to_owned());
            custom_network.set_visible(kind == Kind::Irc && preset.is_none());
            Form {
                address: address.text().to_string(),
                network: preset.unwrap_or_else(|| custom_network.text().to_string()),
                password: password.text().to_string(),
                no_password: no_password.is_active(),
                temporary: kind == Kind::Xmpp && mode == Mode::Add && temporary.is_active(),
                repeated: (mode == Mode::Create).then(|| repeated.text().to_string()),
                remember: remember.is_active(),
                host: host.text().to_string(),
                port: port.text().to_string(),
                nickserv_fallback: nickserv.is_active(),
                onion_plaintext: plaintext.is_active(),
            }
        }
    };
    let check = {
        let dialog = dialog.clone();
        let problem = problem.clone();
        let read = read.clone();
        move || {
            let result = validate(kind, &read());
            dialog.set_response_sensitive(gtk::ResponseType::Accept, result.is_ok());
            problem.set_text(&result.err().map(Problem::words).unwrap_or_default());
        }
    };
    for entry in [
        &address,
        &custom_network,
        &password,
        &repeated,
        &host,
        &port,
    ] {
        let check = check.clone();
        entry.connect_changed(move |_| check());
    }
    {
        let check = check.clone();
        network.connect_selected_notify(move |_| check());
    }
    {
        let check = check.clone();
        plaintext.connect_toggled(move |_| check());
    }
    {
        let check = check.clone();
        let (password, remember) = (password.clone(), remember.clone());
        let nickserv = nickserv.clone();
        no_password.connect_toggled(move |toggle| {
            // No password: nothing to type, remember or identify with.
            password.set_sensitive(!toggle.is_active());
            remember.set_sensitive(!toggle.is_active());
            nickserv.set_sensitive(!toggle.is_active());
            check();
        });
    }
    {
        let check = check.clone();
        let (address, password, remember) = (address.clone(), password.clone(), remember.clone());
        temporary.connect_toggled(move |toggle| {
            let on = toggle.is_active();
            // No password exists: the fields for one go away rather than sit there unused.
            password.set_visible(!on);
            remember.set_visible(!on);
            temporary_help.set_visible(on);
            if on {
                entry_words(
                    &address,
                    &tr::account_temporary_server_placeholder(),
                    &tr::account_temporary_server_tooltip(),
                );
            } else {
                entry_words(
                    &address,
                    &tr::account_address_placeholder(),
                    &tr::account_address_tooltip(),
                );
            }
            check();
        });
    }
    check();

    dialog.connect_response(move |dialog, response| {
        if response == gtk::ResponseType::Accept {
            match validate(kind, &read()) {
                Ok(valid) => added(valid),
                // The button is insensitive while invalid; nothing to add.
                Err(_) => return,
            }
        }
        dialog.close();
    });
    dialog.present();
    dialog
}

#[cfg(test)]
mod tests {
    use super::*;

    fn xmpp(address: &str, password: &str) -> Form {
        Form {
            address: address.into(),
            password: password.into(),
            ..Form::default()
        }
    }

    #[test]
    fn an_xmpp_address_needs_a_name_an_at_and_a_server() {
        for (typed, problem) in [
            ("", Problem::AddressEmpty),
            ("alice", Problem::AddressForm),
            ("@example.org", Problem::AddressForm),
            ("alice@", Problem::AddressForm),
            ("alice@ex/ample", Problem::AddressForm),
            ("alice @example.org", Problem::AddressSpaces),
        ] {
            assert_eq!(
                validate(Kind::Xmpp, &xmpp(typed, "pw")).err(),
                Some(problem),
                "{typed:?}"
            );
        }
        assert_eq!(
            validate(Kind::Xmpp, &xmpp("alice@example.org", "")).err(),
            Some(Problem::PasswordEmpty)
        );
    }

    #[test]
    fn the_password_is_remembered_only_when_asked() -> Result<(), Problem> {
        let valid = validate(Kind::Xmpp, &xmpp(" alice@example.org ", "pw"))?;
        assert_eq!(valid.settings.address, "alice@example.org");
        assert!(valid.settings.remembered_password.is_none());
        assert!(valid.session_password.is_some());
        let mut form = xmpp("alice@example.org", "pw");
        form.remember = true;
        let valid = validate(Kind::Xmpp, &form)?;
        assert!(valid.settings.remembered_password.is_some());
        assert!(valid.session_password.is_none());
        Ok(())
    }

    #[test]
    fn a_new_account_s_password_is_typed_twice_alike() -> Result<(), Problem> {
        let mut form = xmpp("alice@example.org", "pw");
        form.repeated = Some("pW".into());
        assert_eq!(
            validate(Kind::Xmpp, &form).err(),
            Some(Problem::PasswordMismatch)
        );
        form.repeated = Some("pw".into());
        validate(Kind::Xmpp, &form)?;
        Ok(())
    }

    #[test]
    fn a_random_name_keeps_the_server_typed() {
        assert_eq!(
            with_local_part(" me@example.org ", "bokatinemu"),
            "bokatinemu@example.org"
        );
        assert_eq!(with_local_part("", "bokatinemu"), "bokatinemu@");
    }

    #[test]
    fn advanced_host_and_port_are_checked() -> Result<(), Problem> {
        let mut form = xmpp("alice@example.org", "pw");
        form.port = "70000".into();
        assert_eq!(validate(Kind::Xmpp, &form).err(), Some(Problem::PortForm));
        form.port = "5222".into();
        form.host = "xmpp.example.org:5222".into();
        assert_eq!(validate(Kind::Xmpp, &form).err(), Some(Problem::HostForm));
        form.host = "abcdefabcdefabcd.onion".into();
        let valid = validate(Kind::Xmpp, &form)?;
        assert_eq!(valid.settings.server_host, "abcdefabcdefabcd.onion");
        assert_eq!(valid.settings.server_port, 5222);
        Ok(())
    }

    #[test]
    fn a_temporary_account_is_its_server_alone_without_a_password() -> Result<(), Problem> {
        let mut form = xmpp("Anon.Example.org", "");
        form.temporary = true;
        form.remember = true;
        let valid = validate(Kind::Xmpp, &form)?;
        assert_eq!(valid.settings.address, "anon.example.org");
        assert!(valid.settings.remembered_password.is_none());
        assert!(valid.session_password.is_none());
        // A full address stands for its server; its name goes nowhere.
        form.address = "alice@anon.example.org".into();
        assert_eq!(
            validate(Kind::Xmpp, &form)?.settings.address,
            "anon.example.org"
        );
        for bad in ["localhost", "anon example.org", "@", "a/b.org"] {
            form.address = bad.into();
            assert!(validate(Kind::Xmpp, &form).is_err(), "{bad}");
        }
        Ok(())
    }

    #[test]
    fn an_irc_account_is_nick_at_network() -> Result<(), Problem> {
        let mut form = Form {
            address: "otterfan".into(),
            network: "irc.oftc.net".into(),
            ..Form::default()
        };
        assert_eq!(validate(Kind::Irc, &form).err(), Some(Problem::IrcPassword));
        form.password = "pw".into();
        let valid = validate(Kind::Irc, &form)?;
        assert_eq!(valid.settings.address, "otterfan@irc.oftc.net");
        assert_eq!(valid.settings.protocol, Protocol::Irc);
        form.password = String::new();
        form.no_password = true;
        form.remember = true;
        let valid = validate(Kind::Irc, &form)?;
        assert!(
            valid.settings.remembered_password.is_none(),
            "nothing to keep"
        );
        assert_eq!(
            valid.session_password.as_ref().map(Password::reveal),
            Some(""),
            "the core registers without SASL"
        );
        // Only IRC can go without: XMPP has no such thing.
        let mut xmpp_form = xmpp("alice@example.org", "");
        xmpp_form.no_password = true;
        assert_eq!(
            validate(Kind::Xmpp, &xmpp_form).err(),
            Some(Problem::PasswordEmpty)
        );
        form.nickserv_fallback = true;
        assert!(
            !validate(Kind::Irc, &form)?.settings.nickserv_fallback,
            "no password to identify with"
        );
        form.no_password = false;
        form.password = "pw".into();
        assert!(validate(Kind::Irc, &form)?.settings.nickserv_fallback);
        xmpp_form.password = "pw".into();
        xmpp_form.nickserv_fallback = true;
        assert!(!validate(Kind::Xmpp, &xmpp_form)?.settings.nickserv_fallback);
        form.onion_plaintext = true;
        assert_eq!(
            validate(Kind::Irc, &form).err(),
            Some(Problem::PlaintextNotOnion),
            "irc.oftc.net is not an onion service"
        );
        form.host = "onion.example.org".into();
        assert_eq!(
            validate(Kind::Irc, &form).err(),
            Some(Problem::PlaintextNotOnion)
        );
        form.host = "oftcnetwork.onion".into();
        assert!(validate(Kind::Irc, &form)?.settings.onion_plaintext);
        form.host = String::new();
        form.network = "IRC.Network.Onion".into();
        assert!(validate(Kind::Irc, &form)?.settings.onion_plaintext);
        form.network = "irc.oftc.net".into();
        form.onion_plaintext = false;
        form.address = "9lives".into();
        assert_eq!(validate(Kind::Irc, &form).err(), Some(Problem::NickForm));
        form.address = "otterfan".into();
        form.network = String::new();
        assert_eq!(
            validate(Kind::Irc, &form).err(),
            Some(Problem::NetworkEmpty)
        );
        Ok(())
    }
}
