#!/usr/bin/python3
"""Preferences and shortcuts: Ctrl+comma opens the preferences, "Require private conversations
with everyone" is turned on, all saved conversations are deleted (after a confirmation);
then a message to the (non-OTR) bot waits for a private conversation instead of leaving, and
Ctrl+W puts the conversation away.

    preferences.py CONTACT_LABEL [TIMEOUT_SECONDS]
"""
import sys
import time

from otter_atspi import Atspi, containing, nodes, press, showing, type_into, wait_for


def key(keysym):
    """Ctrl+keysym, as typed: Control by its keycode (37 in Xvfb's default keymap)."""
    Atspi.generate_keyboard_event(37, None, Atspi.KeySynthType.PRESS)
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    Atspi.generate_keyboard_event(37, None, Atspi.KeySynthType.RELEASE)


def check_box(name):
    def find():
        for n in nodes():
            if n.get_role() == Atspi.Role.CHECK_BOX and name in (n.get_name() or "") and showing(n):
                return n
        return None
    return find


def checked(node):
    def find():
        return node if node.get_state_set().contains(Atspi.StateType.CHECKED) else None
    return find


def main():
    contact = sys.argv[1]
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 30.0
    press("Connect", timeout)
    wait_for("account online", containing("Online"), timeout)
    # Bare Xvfb has no window manager: focus follows the pointer.
    Atspi.generate_mouse_event(400, 300, "abs")
    time.sleep(0.3)
    key(0x2C)  # comma
    wait_for("Ctrl+comma opens the preferences", containing("Require private conversations with everyone"), timeout)
    # GTK 4.8 gives check boxes no AT-SPI action (nor focus): press space, as a keyboard
    # user would.
    box = wait_for("the check box", check_box("Require private conversations"), timeout)
    # The dialog opens with the focus on its first control, the language drop-down; Tab
    # moves it to this check box.
    time.sleep(0.5)
    Atspi.generate_keyboard_event(0xFF09, None, Atspi.KeySynthType.SYM)
    time.sleep(0.3)
    Atspi.generate_keyboard_event(0x20, None, Atspi.KeySynthType.SYM)
    wait_for("the check box on", checked(box), timeout)
    press("Delete all saved conversations", timeout)
    wait_for("the confirmation", containing("This cannot be undone."), timeout)
    press("Delete everything", timeout)
    wait_for("all deleted", containing("Saved messages deleted."), timeout)
    press("Close", timeout)
    press(contact, timeout)
    type_into("Type a message", "not without a private conversation", timeout)
    press("Send", timeout)
    wait_for("the message waits", containing("(waiting for a private conversation)"), timeout)
    Atspi.generate_mouse_event(400, 300, "abs")
    key(0x77)  # w
    wait_for("Ctrl+W puts the conversation away", containing("No conversation open"), timeout)
    print("preferences: required private, deleted all, shortcuts work")
    return 0


if __name__ == "__main__":
    sys.exit(main())
