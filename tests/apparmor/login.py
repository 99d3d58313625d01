#!/usr/bin/python3
"""Drives the window through AT-SPI, as a screen-reader user would: press Connect and wait until
the account is Online; then import Pidgin's folder (~/.purple, without passwords) and wait until
an imported account shows. Uses the GUI tests' finders (tests/gui/chat_with_bot.py).

    login.py TIMEOUT_SECONDS IMPORTED_ACCOUNT

Under emulation on a busy machine an AT-SPI call can outlive its reply timeout: such a call is
asked again until the step's own timeout, instead of failing the step.
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gui"))
import chat_with_bot as gui  # noqa: E402  (it also asks gi for Atspi 2.0)
from gi.repository import Atspi, GLib  # noqa: E402


def otter_windows():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == "otter-chat":
            for j in range(app.get_child_count()):
                yield app.get_child_at_index(j)


def wait_for(what, find, timeout, any_window=False):
    """find() in the main window (or, for a dialog, in any of otter-chat's windows)."""
    deadline = time.monotonic() + timeout
    problem = "not shown"
    while time.monotonic() < deadline:
        try:
            windows = list(otter_windows()) if any_window else [gui.window()]
            for w in windows:
                found = find(w) if w is not None else None
                if found is not None:
                    return found
        except GLib.Error as error:
            problem = str(error)
        time.sleep(0.5)
    print(f"step failed: {what} ({problem})", file=sys.stderr)
    sys.exit(1)


def press(what, find, timeout, any_window=False):
    node = wait_for(what, find, timeout, any_window)
    try:
        node.do_action(0)
    except GLib.Error as error:
        # The press may well have happened and only its reply be late: pressing again could undo
        # it (Connect becomes Disconnect). The next step's wait tells.
        print(f"note: pressing {what}: {error}", file=sys.stderr)


def main():
    timeout = float(sys.argv[1])
    imported = sys.argv[2]
    start = time.monotonic()
    press("Connect button", gui.button("Connect"), timeout)
    shown = time.monotonic()
    print(f"login: window shown after {shown - start:.1f} s")
    wait_for("account online", gui.containing("Online"), timeout)
    online = time.monotonic()
    print(f"login: online after {online - shown:.1f} s more")
    press("Import button", gui.button("Import from Pidgin"), timeout)
    press("dialog button", gui.button("Import without passwords"), timeout, any_window=True)
    wait_for(f"imported account {imported}", gui.containing(imported), timeout)
    print(f"import: {imported} shown after {time.monotonic() - online:.1f} s more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
