#!/usr/bin/python3
"""An account whose password is not remembered: Connect asks for it, a wrong one is refused
and asked for again, the right one connects.

    password_prompt.py ADDRESS WRONG RIGHT [TIMEOUT_SECONDS]
"""
import sys
import time

from otter_atspi import Atspi, containing, press, showing, type_into, wait_for, walk, windows


def prompt_connect():
    """The prompt's own Connect button (the account row in the main window has one too)."""
    for window in windows():
        # The main window is "Otter" (or "Otter — contact"); the prompt is the other one.
        if (window.get_name() or "").startswith("Otter"):
            continue
        for node in walk(window):
            if (node.get_role() == Atspi.Role.PUSH_BUTTON
                    and "Connect" in (node.get_name() or "") and showing(node)):
                return node
    return None


def main():
    address, wrong, right = sys.argv[1:4]
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 30.0
    press("Connect", timeout)
    wait_for("the prompt", containing(f"Type the password of {address}"), timeout)
    type_into("The account's password", wrong, timeout)
    wait_for("the prompt's Connect", prompt_connect, timeout).do_action(0)
    wait_for("the wrong password refused", containing("refused the login"), timeout)
    time.sleep(0.5)
    press("Connect", timeout)
    wait_for("asked again", containing(f"Type the password of {address}"), timeout)
    type_into("The account's password", right, timeout)
    wait_for("the prompt's Connect", prompt_connect, timeout).do_action(0)
    wait_for("account online", containing("Online"), timeout)
    print("password prompt: asked, refused, asked again, online")
    return 0


if __name__ == "__main__":
    sys.exit(main())
