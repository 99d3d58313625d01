//! The root component: the only place core events enter the GUI.

use otter_core::{Command, CoreHandle, Event, EventStream, TorStatus};
use relm4::gtk::prelude::*;
use relm4::{ComponentParts, ComponentSender, RelmWidgetExt, gtk};

/// The main window.
pub(crate) struct App {
    core: CoreHandle,
    tor_status: String,
}

#[relm4::component(pub(crate))]
impl relm4::Component for App {
    type Init = (CoreHandle, EventStream);
    type Input = ();
    type Output = ();
    type CommandOutput = Event;

    view! {
        gtk::ApplicationWindow {
            set_title: Some("Otter"),
            set_default_size: (900, 600),
            connect_close_request[core = model.core.clone()] => move |_| {
                let _ = core.send(Command::Shutdown);
                gtk::glib::Propagation::Proceed
            },

            gtk::Box {
                set_orientation: gtk::Orientation::Vertical,
                set_margin_all: 12,
                set_spacing: 12,

                gtk::Label {
                    #[watch]
                    set_label: &model.tor_status,
                    set_wrap: true,
                    set_xalign: 0.0,
                },
            },
        }
    }

    fn init(
        (core, mut events): Self::Init,
        root: Self::Root,
        sender: ComponentSender<Self>,
    ) -> ComponentParts<Self> {
        // Core events reach the GUI here and only here.
        sender.command(move |out, shutdown| {
            shutdown
                .register(async move {
                    while let Some(event) = events.next().await {
                        if out.send(event).is_err() {
                            break;
                        }
                    }
                })
                .drop_on_shutdown()
        });
        let _ = core.send(Command::ProbeTor);
        let model = Self {
            core,
            tor_status: "Checking whether Tor is running…".into(),
        };
        let widgets = view_output!();
        ComponentParts { model, widgets }
    }

    fn update_cmd(&mut self, event: Event, _sender: ComponentSender<Self>, _root: &Self::Root) {
        match event {
            Event::TorStatus(TorStatus::Ready { isolates_accounts }) => {
                self.tor_status = if isolates_accounts {
                    "Connected to Tor. Every connection goes through Tor, each account on its own circuit."
                } else {
                    "Connected to a SOCKS proxy that does not separate accounts: it may not be Tor."
                }
                .into();
            }
            Event::TorStatus(TorStatus::Unreachable { explanation, .. }) => {
                self.tor_status = explanation.into();
            }
            Event::Stopped => relm4::main_application().quit(),
        }
    }
}
