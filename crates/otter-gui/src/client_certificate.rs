//! An IRC account's client certificate (CertFP): what it is for, its fingerprint, and the one
//! command that tells the network's services about it, each with a copy button.
//!
//! The core makes the certificate once and keeps it in the profile; asking again shows the
//! same one, so this dialog is both "create" and "show".

use relm4::gtk;
use relm4::gtk::prelude::*;

use crate::app::label;
use crate::copy;
use crate::i18n::{self, tr};

/// NickServ's command that binds the certificate to the account the user is logged in as
/// (Atheme, Anope and the networks' own documentation spell it the same).
pub(crate) fn nickserv_command(fingerprint: &str) -> String {
    format!("/msg NickServ CERT ADD {fingerprint}")
}

/// Shows the certificate of the account at `address`.
pub(crate) fn show(parent: &gtk::ApplicationWindow, address: &str, fingerprint: &str) {
    let dialog = gtk::Dialog::with_buttons(
        Some(&tr::client_certificate_title(address)),
        Some(parent),
        gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
        &[(&tr::dialog_close(), gtk::ResponseType::Close)],
    );
    dialog.set_default_width(520);
    let content = dialog.content_area();
    content.set_spacing(6);
    content.set_margin_top(12);
    content.set_margin_bottom(12);
    content.set_margin_start(12);
    content.set_margin_end(12);
    content.append(&label(&tr::client_certificate_explanation()));

    let shown = label(&tr::client_certificate_fingerprint(i18n::left_to_right(
        fingerprint,
    )));
    shown.set_selectable(true);
    content.append(&copy::row(
        &shown,
        fingerprint.to_owned(),
        &tr::client_certificate_copy_fingerprint(),
    ));
    let command = nickserv_command(fingerprint);
    let shown = label(&tr::client_certificate_command(i18n::left_to_right(
        &command,
    )));
    shown.set_selectable(true);
    content.append(&copy::row(
        &shown,
        command,
        &tr::client_certificate_copy_command(),
    ));
    content.append(&label(&tr::client_certificate_after()));
    dialog.connect_response(|dialog, _| dialog.close());
    dialog.present();
}
