#!/usr/bin/python3
"""A room message the room refuses: join ROOM, have the bot make alice a visitor for a while,
send twice; each message is shown "Not sent" with Retry and Discard. Discard takes the first
away; once alice may speak again, Retry sends the second, and the room relays it.

    room_refused.py ROOM BOT_NICK TIMEOUT_SECONDS
"""
import sys

from otter_atspi import button, containing, press, type_into, wait_for

COMPOSER = "Type a message to everyone in the room"


def failed_line(words):
    """The row of a not-sent message: its text, and its "Not sent" state beside it."""
    def find():
        line = containing(words)()
        if line is None:
            return None
        row = line.get_parent()
        for i in range(row.get_child_count()):
            child = row.get_child_at_index(i)
            if child is not None and "Not sent" in (child.get_name() or ""):
                return row
        return None
    return find


def gone(find):
    def check():
        return True if find() is None else None
    return check


def main():
    room, bot, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
    press("Connect", timeout)
    wait_for("account online", containing("Online"), timeout)
    press("Join a room", timeout)
    type_into("The room's address", room, timeout)
    press("Join room", timeout)
    wait_for("two people in the room", containing("2 people here"), timeout)
    type_into(COMPOSER, f"{bot}: mute alice 20", timeout)
    press("Send", timeout)
    wait_for("alice made a visitor", containing("alice can only read now."), timeout)

    type_into(COMPOSER, "first try", timeout)
    press("Send", timeout)
    wait_for("the first message not sent", failed_line("alice: first try"), timeout)
    press("Discard", timeout)
    wait_for("the first message discarded", gone(containing("alice: first try")), timeout)

    type_into(COMPOSER, "second try", timeout)
    press("Send", timeout)
    wait_for("the second message not sent", failed_line("alice: second try"), timeout)
    wait_for("alice may speak again", containing("alice may speak."), timeout + 20)
    press("Retry", timeout)
    wait_for("the retried message relayed", containing("alice: second try"), timeout)
    wait_for("no failed line left", gone(failed_line("alice: second try")), timeout)
    wait_for("no Retry left", gone(button("Retry")), timeout)
    print("room refusal: shown not sent, discarded, retried and relayed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
