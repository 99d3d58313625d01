#![doc = include_str!("../README.md")]

mod account_dialog;
mod app;
mod i18n;
mod options;
mod pages;
mod preferences;
mod rooms;
mod welcome;

use anyhow::Context as _;

/// The application id, also the D-Bus name and the desktop file's name.
const APP_ID: &str = "im.otter.Otter";

fn main() -> anyhow::Result<()> {
    // Before any window: the languages decide the layout direction. No override yet; a
    // command-line option or a preference will pass its locale here.
    i18n::init(None);
    let options = options::Options::parse(std::env::args().skip(1))?;
    let extra_trust_anchors = options
        .extra_ca
        .as_ref()
        .map(std::fs::read)
        .transpose()
        .context("reading --extra-ca")?;
    let (core, events) = otter_core::start(otter_core::CoreConfig {
        profile: options.profile,
        proxy: options.proxy,
        extra_trust_anchors,
    })
    .context("starting Otter")?;
    relm4::gtk::glib::set_prgname(Some("otter-chat"));
    relm4::gtk::glib::set_application_name("Otter");
    // An explicit empty argument list: otherwise GApplication parses (and rejects) ours.
    relm4::RelmApp::new(APP_ID)
        .with_args(Vec::new())
        .run::<app::App>((core, events));
    Ok(())
}
