#!/usr/bin/python3
"""Drives the Otter window through AT-SPI to a private conversation, as a user would: press
Connect, open CONTACT, press "Start private conversation", wait for the privacy line to say
"Private but unverified" and name the contact's device, send MESSAGE and wait for
EXPECTED_REPLY.

    private_chat.py CONTACT_LABEL MESSAGE EXPECTED_REPLY [TIMEOUT_SECONDS]
"""
import importlib.util
import os
import sys

from gi.repository import Atspi

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("chat_with_bot", os.path.join(HERE, "chat_with_bot.py"))
window = importlib.util.module_from_spec(spec)
spec.loader.exec_module(window)


def enabled(find):
    """A finder that only accepts a sensitive widget: GTK ignores actions on the others."""
    def enabled_find(w):
        node = find(w)
        if node is not None and node.get_state_set().contains(Atspi.StateType.SENSITIVE):
            return node
        return None
    return enabled_find


def main():
    contact, message, reply = sys.argv[1:4]
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 30.0
    window.wait_for("Connect button", window.button("Connect"), timeout).do_action(0)
    window.wait_for("account online", window.containing("Online"), timeout)
    window.wait_for(f"contact {contact}", window.button(contact), timeout).do_action(0)
    start = window.wait_for("start button", enabled(window.button("Start private conversation")), timeout)
    start.do_action(0)
    window.wait_for("private line", window.containing("Private but unverified"), timeout)
    # The core names the contact's device (XMPP resource) the conversation is with.
    window.wait_for("device on the private line", window.containing("your contact's device"), timeout)
    entry = window.wait_for("compose entry", enabled(window.compose_entry), timeout)
    entry.get_editable_text_iface().set_text_contents(message)
    window.wait_for("Send button", window.button("Send"), timeout).do_action(0)
    window.wait_for(f"reply {reply!r}", window.containing(reply), timeout)
    print(f"private, and the window shows {reply!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
