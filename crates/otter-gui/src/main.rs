#![doc = include_str!("../README.md")]

mod app;
mod options;

use anyhow::Context as _;

/// The application id, also the D-Bus name and the desktop file's name.
const APP_ID: &str = "im.otter.Otter";

fn main() -> anyhow::Result<()> {
    let options = options::Options::from_command_line()?;
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
    // relm4 would panic without a display; this says why and exits with 1, as the manual says.
    relm4::gtk::init().context("opening the display")?;
    // An explicit empty argument list: otherwise GApplication parses (and rejects) ours.
    relm4::RelmApp::new(APP_ID)
        .with_args(Vec::new())
        .run::<app::App>((core, events));
    Ok(())
}
