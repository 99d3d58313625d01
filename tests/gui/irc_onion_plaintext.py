#!/usr/bin/python3
"""An onion service without TLS, chosen in the window: "Add an IRC network", "Other network…",
first a clear-net name with "Connect without TLS" ticked (refused: the line under the fields
says it must end in .onion), then the onion name, a nick and a password, under "Advanced" the
plaintext port, with the warning shown; then Connect: the network comes online.

    irc_onion_plaintext.py CLEARNET ONION PORT NICK PASSWORD TIMEOUT_SECONDS
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
    clearnet, onion, port, nick, password, timeout = sys.argv[1:7]
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
    type_into("The IRC network's server name", clearnet, timeout)
    type_into("The nick you registered on this network", nick, timeout)
    type_into("The account's password", password, timeout)
    press("Advanced", timeout)
    type_into("Port number on that server", port, timeout)
    wait_for("the warning", containing("the server's identity is only its onion address"), timeout)
    box = wait_for("the plaintext choice", check_box("Connect without TLS"), timeout)
    click(box)
    wait_for("plaintext chosen", checked(box), timeout)
    wait_for("a clear-net name refused", containing("must end in .onion"), timeout)
    type_into("The IRC network's server name", onion, timeout)
    wait_for("the onion name accepted", lambda: not containing("must end in .onion")(), timeout)
    press("Add account", timeout)
    press("Connect", timeout)
    wait_for("network online", containing("Online"), timeout)
    print(f"onion without TLS: {nick} online on {onion}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
