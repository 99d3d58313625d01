//! The session bus. Every GTK application exports its actions there (`org.gtk.Actions`,
//! `org.freedesktop.Application`): any other process of the user could quit Otter or trigger
//! its actions. Tails denies the application id on the bus, as it does for Pidgin; Otter also
//! refuses, itself, every incoming method call except the few the desktop needs: showing the
//! window (a second launch, a launcher), listing the actions (a second launch does it while it
//! registers), and opening a conversation from a clicked notification.

use relm4::gtk::gio::{self, prelude::*};
use relm4::gtk::glib;

/// The only action another process may trigger: the one a clicked notification asks for.
const NOTIFICATION_ACTION: &str = "show-conversation";

/// Whether another process may make this call.
fn allowed(message: &gio::DBusMessage) -> bool {
    let first_string = || {
        message
            .body()
            .filter(|body| body.n_children() > 0)
            .and_then(|body| body.child_value(0).str().map(str::to_owned))
    };
    match (message.interface().as_deref(), message.member().as_deref()) {
        (Some("org.gtk.Application" | "org.freedesktop.Application"), Some("Activate"))
        | (Some("org.gtk.Actions"), Some("DescribeAll" | "Describe" | "List")) => true,
        (Some("org.freedesktop.Application"), Some("ActivateAction"))
        | (Some("org.gtk.Actions"), Some("Activate")) => {
            first_string().as_deref() == Some(NOTIFICATION_ACTION)
        }
        _ => false,
    }
}

/// Refuses other processes' calls on `connection` (answered `AccessDenied`). The caller
/// keeps `connection` for the whole life of the app: GLib caches the session connection
/// weakly, and a dropped one would be replaced by a new one without the filter.
pub(crate) fn guard(connection: &gio::DBusConnection) {
    connection.add_filter(|connection, message, incoming| {
        if !incoming || message.message_type() != gio::DBusMessageType::MethodCall {
            return Some(message.clone());
        }
        if allowed(message) {
            return Some(message.clone());
        }
        let refusal = message.new_method_error_literal(
            "org.freedesktop.DBus.Error.AccessDenied",
            "Otter does not take calls from other programs.",
        );
        let _ = connection.send_message(&refusal, gio::DBusSendMessageFlags::NONE);
        None
    });
}

/// The session connection, if there is a session bus.
pub(crate) fn connection() -> Option<gio::DBusConnection> {
    gio::bus_get_sync(gio::BusType::Session, None::<&gio::Cancellable>).ok()
}

/// Whether another Otter is running in this session; if so, it was asked to show its window
/// and this process should simply end. Asked of the bus before anything else starts (the
/// profile is not opened twice), with the call a desktop launcher makes.
pub(crate) fn handed_to_running_instance(connection: &gio::DBusConnection, app_id: &str) -> bool {
    let owned = connection
        .call_sync(
            Some("org.freedesktop.DBus"),
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            Some(&(app_id,).to_variant()),
            None,
            gio::DBusCallFlags::NONE,
            CALL_TIMEOUT_MS,
            None::<&gio::Cancellable>,
        )
        .ok()
        .and_then(|reply| reply.child_value(0).get::<bool>())
        .unwrap_or(false);
    if !owned {
        return false;
    }
    let path = format!("/{}", app_id.replace('.', "/"));
    let platform_data = glib::VariantDict::new(None).end();
    connection
        .call_sync(
            Some(app_id),
            &path,
            "org.freedesktop.Application",
            "Activate",
            Some(&glib::Variant::tuple_from_iter([platform_data])),
            None,
            gio::DBusCallFlags::NONE,
            CALL_TIMEOUT_MS,
            None::<&gio::Cancellable>,
        )
        .is_ok()
}

/// A running Otter answers at once; a hung one must not hang the new launch.
const CALL_TIMEOUT_MS: i32 = 5_000;
