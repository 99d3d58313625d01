#![doc = include_str!("../README.md")]

mod account_dialog;
mod account_edit;
mod app;
mod client_certificate;
#[cfg(debug_assertions)]
mod clipping;
mod commands;
mod composer;
mod contacts;
mod copy;
mod i18n;
mod messages;
mod nick_colour;
mod options;
mod pages;
mod password_prompt;
mod preferences;
mod quick_switcher;
mod recovery;
mod requests;
mod room_form;
mod rooms;
mod session_bus;
mod welcome;

use anyhow::Context as _;

/// Runs `test` on the one thread a test binary may use GTK from (GTK allows one; the harness
/// runs tests on several), GTK initialised there once. Needs a display (the GUI tests' Xvfb):
/// without one it runs nothing and returns `false`.
#[cfg(test)]
pub(crate) fn with_gtk(test: impl FnOnce() + Send + std::panic::UnwindSafe + 'static) -> bool {
    if std::env::var_os("DISPLAY").is_none() {
        return false;
    }
    relm4::gtk::test_synced(test);
    true
}

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
    // Before any window (the profile's recovery window too): screen readers and the tests
    // know the app by these.
    relm4::gtk::glib::set_prgname(Some("otter-chat"));
    relm4::gtk::glib::set_application_name("Otter");
    // One Otter per session: a second launch shows the running window and ends, before it
    // opens the profile. The connection is kept to the end, with its filter (`session_bus`).
    let bus = session_bus::connection();
    if let Some(bus) = &bus {
        if session_bus::handed_to_running_instance(bus, APP_ID) {
            return Ok(());
        }
        session_bus::guard(bus);
    }
    let config = otter_core::CoreConfig {
        profile: options.profile,
        proxy: options.proxy,
        extra_trust_anchors,
    };
    let (core, events) = match otter_core::start(config.clone()) {
        Ok(started) => started,
        Err(error) => {
            // A profile that cannot be used gets a way out in the window; anything else
            // (no runtime, a bad --extra-ca) is for the command line.
            let problem = error
                .profile_problem()
                .ok_or(error)
                .context("starting Otter")?;
            i18n::init(options.lang.as_deref());
            relm4::gtk::init().context("opening the display")?;
            if !recovery::ask_to_set_aside(problem, &config.profile) {
                return Ok(());
            }
            otter_core::set_profile_aside(&config.profile).context("setting the profile aside")?;
            otter_core::start(config).context("starting Otter")?
        }
    };
    // Before any window: the language decides the words and the layout direction. `--lang`
    // wins, then the choice kept in the profile, then the system's (LANGUAGE, LC_ALL, LANG).
    let (preferences, events) = first_preferences(events);
    i18n::init(options.lang.as_deref().or(preferences.language.as_deref()));
    // relm4 would panic without a display; this says why and exits with 1, as the manual says.
    relm4::gtk::init().context("opening the display")?;
    #[cfg(debug_assertions)]
    clipping::start_if_asked();
    // An explicit empty argument list: otherwise GApplication parses (and rejects) ours.
    relm4::RelmApp::new(APP_ID)
        .with_args(Vec::new())
        .run::<app::App>((
            core,
            events,
            preferences.require_private_everywhere,
            preferences.language,
        ));
    drop(bus);
    Ok(())
}

/// What the profile says before anything is drawn.
#[derive(Default)]
struct Preferences {
    language: Option<String>,
    /// "Require private conversations with everyone" as saved (`None`: the core did not say).
    require_private_everywhere: Option<bool>,
}

/// Waits (briefly) for the core's first event, which is its `Preferences`. A core that does
/// not answer in time leaves the system's language in place; the window still opens.
fn first_preferences(
    mut events: otter_core::EventStream,
) -> (Preferences, otter_core::EventStream) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while std::time::Instant::now() < deadline {
        match events.try_next() {
            Some(otter_core::Event::Preferences {
                language,
                require_private_everywhere,
            }) => {
                let preferences = Preferences {
                    language,
                    require_private_everywhere: Some(require_private_everywhere),
                };
                return (preferences, events);
            }
            Some(_) => {}
            None => std::thread::sleep(std::time::Duration::from_millis(5)),
        }
    }
    (Preferences::default(), events)
}
