#!/usr/bin/python3
"""Unread counts: with one conversation open, a message arrives in another; the other
contact's button says "one unread message" to a screen reader (and shows a badge); opening that
conversation shows the message (under "Yesterday" at noon, when the sender stamped it so) and
clears the count.

    unread.py CONTACT OTHER_ADDRESS TEXT TIMEOUT_SECONDS -- SENDER_COMMAND...

SENDER_COMMAND makes CONTACT write TEXT to the account (tests/bots/send_message.py).
"""
import subprocess
import sys

from otter_atspi import Atspi, containing, nodes, press, showing, wait_for


def contact_button(name, unread):
    """CONTACT's button, with "unread" in its name or without it."""
    def find():
        for n in nodes():
            label = n.get_name() or ""
            if (
                n.get_role() == Atspi.Role.PUSH_BUTTON
                and name in label
                and ("unread" in label) == (unread is not None)
                and (unread is None or unread in label)
                and showing(n)
            ):
                return n
        return None
    return find


def main():
    split = sys.argv.index("--")
    contact, other, text, timeout = sys.argv[1:split]
    timeout = float(timeout)
    sender = sys.argv[split + 1:]
    press("Connect", timeout)
    wait_for("account online", containing("Online"), timeout)
    press(contact, timeout)
    wait_for(f"conversation with {contact}", containing("Conversation with"), timeout)
    press(other, timeout)
    wait_for(f"conversation with {other}", containing(f"Conversation with {other}"), timeout)
    subprocess.run(sender, check=True, timeout=timeout)
    wait_for(
        f"{contact} has one unread message",
        contact_button(contact, "one unread message"),
        timeout,
    ).do_action(0)
    wait_for(f"the message {text!r}", containing(text), timeout)
    # The sender stamped it yesterday noon (XEP-0203): shown under that day, at that time.
    wait_for("the day it was written", containing("Yesterday"), timeout)
    wait_for("the time it was written", containing("12:00\u00a0PM"), timeout)
    wait_for(f"{contact}'s count cleared", contact_button(contact, None), timeout)
    print("unread: counted while away, read when opened")
    return 0


if __name__ == "__main__":
    sys.exit(main())
