#!/usr/bin/python3
"""The notification preference: Ctrl+comma, turn off "Say who wrote in notifications", close;
then as unread.py (a message arrives in a conversation that is not shown). The test reads
the notification on the session bus.

    notify_sender.py CONTACT OTHER_ADDRESS TEXT TIMEOUT_SECONDS -- SENDER_COMMAND...
"""
import sys
import time

import unread
from otter_atspi import Atspi, containing, press, wait_for
from preferences import check_box, checked, key


def main():
    timeout = float(sys.argv[sys.argv.index("--") - 1])
    # Bare Xvfb has no window manager: focus follows the pointer.
    wait_for("the window", containing("Accounts"), timeout)
    Atspi.generate_mouse_event(400, 300, "abs")
    time.sleep(0.3)
    key(0x2C)  # comma
    box = wait_for("the check box", check_box("Say who wrote in notifications"), timeout)
    wait_for("the check box on by default", checked(box), timeout)
    # The dialog opens with the focus on the language drop-down; the "require private" check
    # box is next, then this one. GTK 4.8 gives check boxes no AT-SPI action: Tab twice, then
    # space, as a keyboard user would.
    time.sleep(0.5)
    Atspi.generate_keyboard_event(0xFF09, None, Atspi.KeySynthType.SYM)  # Tab
    Atspi.generate_keyboard_event(0xFF09, None, Atspi.KeySynthType.SYM)  # Tab
    Atspi.generate_keyboard_event(0x20, None, Atspi.KeySynthType.SYM)
    def unchecked():
        return None if checked(box)() is not None else box
    wait_for("the check box off", unchecked, timeout)
    press("Close", timeout)
    return unread.main()


if __name__ == "__main__":
    sys.exit(main())
