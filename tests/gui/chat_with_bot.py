#!/usr/bin/python3
"""Drives the Otter window through AT-SPI, as a screen-reader user would, for the thin slice:
press Connect, wait until the account is online, open the contact, type a message, press
Send, and wait for the bot's answer.

    chat_with_bot.py CONTACT_LABEL MESSAGE EXPECTED_REPLY [TIMEOUT_SECONDS]

Exit status 0 when EXPECTED_REPLY appears in the window; 1 otherwise, saying which step failed.
"""
import sys
import time
import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

warnings.filterwarnings("ignore", category=DeprecationWarning)


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    try:
        for i in range(node.get_child_count()):
            yield from walk(node.get_child_at_index(i), depth + 1)
    except gi.repository.GLib.Error:
        return


def window():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == "otter-chat":
            for j in range(app.get_child_count()):
                w = app.get_child_at_index(j)
                if w is not None and (w.get_name() or "").startswith("Otter"):
                    return w
    return None


def text_of(node):
    parts = [node.get_name() or ""]
    t = node.get_text_iface()
    if t is not None:
        parts.append(t.get_text(0, t.get_character_count()))
    return " ".join(parts)


def wait_for(what, find, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        w = window()
        if w is not None:
            found = find(w)
            if found is not None:
                return found
        time.sleep(0.2)
    seen = [text_of(n) for n in walk(window())] if window() else []
    print(f"step failed: {what}; saw {seen!r}", file=sys.stderr)
    sys.exit(1)


def button(label):
    def find(w):
        for n in walk(w):
            if n.get_role() == Atspi.Role.PUSH_BUTTON and label in (n.get_name() or ""):
                return n
        return None
    return find


def containing(text):
    def find(w):
        for n in walk(w):
            if text in text_of(n):
                return n
        return None
    return find


def compose_entry(w):
    for n in walk(w):
        if n.get_editable_text_iface() is not None and "Type a message" in (n.get_description() or ""):
            return n
    return None


def main():
    contact, message, reply = sys.argv[1:4]
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 30.0
    wait_for("Connect button", button("Connect"), timeout).do_action(0)
    wait_for("account online", containing("Online"), timeout)
    wait_for(f"contact {contact}", button(contact), timeout).do_action(0)
    def enabled_compose_entry(w):
        entry = compose_entry(w)
        if entry is not None and entry.get_state_set().contains(Atspi.StateType.SENSITIVE):
            return entry
        return None

    entry = wait_for("compose entry enabled", enabled_compose_entry, timeout)
    entry.get_editable_text_iface().set_text_contents(message)
    wait_for("Send button", button("Send"), timeout).do_action(0)
    wait_for(f"reply {reply!r}", containing(reply), timeout)

    def acknowledged(w):
        # The sent line's description says the server has it (stream management).
        for n in walk(w):
            if message in text_of(n) and "The server has it." in (n.get_description() or ""):
                return n
        return None
    wait_for("the sent message acknowledged by the server", acknowledged, timeout)
    print(f"the window shows {reply!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
