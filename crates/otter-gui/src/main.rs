#![doc = include_str!("../README.md")]

mod app;
mod options;

use anyhow::Context as _;

/// The application id, also the D-Bus name and the desktop file's name.
const APP_ID: &str = "im.otter.Otter";

fn main() -> anyhow::Result<()> {
    let options = options::Options::parse(std::env::args().skip(1))?;
    let (core, events) = otter_core::start(otter_core::CoreConfig {
        proxy: options.proxy,
    })
    .context("starting the core")?;
    relm4::gtk::glib::set_prgname(Some("otter-chat"));
    relm4::gtk::glib::set_application_name("Otter");
    // An explicit empty argument list: otherwise GApplication parses (and rejects) ours.
    relm4::RelmApp::new(APP_ID)
        .with_args(Vec::new())
        .run::<app::App>((core, events));
    Ok(())
}
