#!/usr/bin/python3
"""Unread counts on rooms: join ROOM, then show a one-to-one conversation; someone says TEXT
in the room; the room's button in the sidebar says "one unread message" to a screen reader;
opening the room shows the message and clears the count.

    room_unread.py ROOM CONTACT TEXT TIMEOUT_SECONDS -- SENDER_COMMAND...

SENDER_COMMAND joins ROOM and says TEXT (tests/bots/send_message.py --room).
"""
import subprocess
import sys

from otter_atspi import containing, press, type_into, wait_for
from unread import contact_button


def main():
    split = sys.argv.index("--")
    room, contact, text, timeout = sys.argv[1:split]
    timeout = float(timeout)
    sender = sys.argv[split + 1:]
    press("Connect", timeout)
    wait_for("account online", containing("Online"), timeout)
    press("Join a room", timeout)
    type_into("The room's address", room, timeout)
    press("Join room", timeout)
    wait_for("two people in the room", containing("2 people here"), timeout)
    press(contact, timeout)
    wait_for(f"conversation with {contact}", containing("Conversation with"), timeout)
    subprocess.run(sender, check=True, timeout=timeout)
    wait_for(
        f"{room} has one unread message",
        contact_button(room, "one unread message"),
        timeout,
    ).do_action(0)
    wait_for(f"the message {text!r}", containing(text), timeout)
    wait_for(f"{room}'s count cleared", contact_button(room, None), timeout)
    print("room unread: counted while away, read when opened")
    return 0


if __name__ == "__main__":
    sys.exit(main())
