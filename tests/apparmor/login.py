#!/usr/bin/python3
"""Drives the window through AT-SPI, as a screen-reader user would: press Connect and wait until
the account is Online; then import Pidgin's folder (~/.purple, without passwords) and wait until
an imported account shows. Uses the GUI tests' helpers (tests/gui/chat_with_bot.py).

    login.py TIMEOUT_SECONDS IMPORTED_ACCOUNT
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gui"))
import chat_with_bot as gui  # noqa: E402  (it also asks gi for Atspi 2.0)
from gi.repository import Atspi  # noqa: E402


def dialog_button(label, timeout):
    """A button in any window of otter-chat: the import's question is a dialog of its own."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is None or app.get_name() != "otter-chat":
                continue
            for j in range(app.get_child_count()):
                found = gui.button(label)(app.get_child_at_index(j))
                if found is not None:
                    return found
        time.sleep(0.2)
    print(f"step failed: dialog button {label!r}", file=sys.stderr)
    sys.exit(1)


def main():
    timeout = float(sys.argv[1])
    imported = sys.argv[2]
    start = time.monotonic()
    gui.wait_for("Connect button", gui.button("Connect"), timeout).do_action(0)
    shown = time.monotonic()
    print(f"login: window shown after {shown - start:.1f} s")
    gui.wait_for("account online", gui.containing("Online"), timeout)
    online = time.monotonic()
    print(f"login: online after {online - shown:.1f} s more")
    gui.wait_for("Import button", gui.button("Import from Pidgin"), timeout).do_action(0)
    dialog_button("Import without passwords", timeout).do_action(0)
    gui.wait_for(f"imported account {imported}", gui.containing(imported), timeout)
    print(f"import: {imported} shown after {time.monotonic() - online:.1f} s more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
