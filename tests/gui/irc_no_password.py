#!/usr/bin/python3
"""An IRC network without SASL, from the first run: "Add an IRC network", "Other network…",
its server and port, a nick and "No password", then Connect: the network comes online with
the nick alone, and CHANNEL is joined by name from the Join dialog (and saved in her rooms),
with the bot in it.

    irc_no_password.py NETWORK PORT NICK CHANNEL BOT_NICK TIMEOUT_SECONDS
"""
import sys
import time

from otter_atspi import (Atspi, check_box, checked, click, containing, press, type_into, wait_for,
                         walk, windows)

DOWN = 0xFF54
RETURN = 0xFF0D


def dialog_node(role):
    """The first node of `role` in a window other than the main one."""
    for window in windows():
        if (window.get_name() or "").startswith("Otter"):
            continue
        for n in walk(window):
            if n.get_role() == role:
                return n
    return None


def main():
    network, port, nick, channel, bot, timeout = sys.argv[1:7]
    timeout = float(timeout)
    wait_for("the welcome", containing("Welcome to Otter"), timeout)
    # Bare Xvfb has no window manager: keyboard focus follows the pointer.
    Atspi.generate_mouse_event(400, 300, "abs")
    time.sleep(0.3)
    press("Add an IRC network", timeout)
    combo = wait_for("the network drop-down", lambda: dialog_node(Atspi.Role.COMBO_BOX), timeout)
    combo.get_child_at_index(0).get_action_iface().do_action(0)
    time.sleep(0.5)
    # OFTC, Libera.Chat, then "Other network…".
    for _ in range(2):
        Atspi.generate_keyboard_event(DOWN, None, Atspi.KeySynthType.SYM)
        time.sleep(0.1)
    Atspi.generate_keyboard_event(RETURN, None, Atspi.KeySynthType.SYM)
    type_into("The IRC network's server name", network, timeout)
    type_into("The nick you registered on this network", nick, timeout)
    wait_for(
        "a password asked for",
        containing("Type the password of your registered nick"),
        timeout,
    )
    box = wait_for("the no-password choice", check_box("No password: Otter registers"), timeout)
    click(box)
    wait_for("no password chosen", checked(box), timeout)
    press("Advanced", timeout)
    type_into("Port number on that server", port, timeout)
    press("Add account", timeout)
    press("Connect", timeout)
    wait_for("network online", containing("Online"), timeout)
    press("Join a room…", timeout)
    wait_for("the dialog asks for a channel", containing("starts with # (or &)"), timeout)
    type_into("The channel's name on this network", channel, timeout)
    saved = wait_for("the save choice", check_box("Save in my rooms"), timeout)
    click(saved)
    wait_for("saved chosen", checked(saved), timeout)
    press("Join room", timeout)
    wait_for("the not-private banner", containing("Not private: everyone in this room"), timeout)
    wait_for(f"{bot} among the people", containing(f"{bot} (moderator)"), timeout)
    print(f"irc without a password: {nick} online on {network}, {channel} joined by name")
    return 0


if __name__ == "__main__":
    sys.exit(main())
