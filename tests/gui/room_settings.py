#!/usr/bin/python3
"""A room's settings: create a room choosing "Configure the room…", see the form the room sent
(and that the new room stays closed until it is saved), change its title and make it persistent,
save, invite the bot (BOT_ADDRESS) so it can read the room's description from the server, open
the settings again from the room's "More" menu and find the saved values there; destroy the
room with a reason. Then create another room, cancel its form, see it closed, and create it
again: the form says it is new, so the first was gone.

    room_settings.py SERVICE BOT_NICK TIMEOUT_SECONDS BOT_ADDRESS
"""
import sys

import gi

from otter_atspi import Atspi, choice, is_checked, containing, entry, nodes, press, screenshot
from otter_atspi import showing, text_of, turn_on, type_into, wait_for

TITLE = "Otter settings test"
PERSISTENT = "Persistent (room should remain even when it is empty)"


def confirm(words, timeout):
    """Presses a dialog's button named words, not the "words…" button that opened it."""
    def find():
        for n in nodes():
            name = text_of(n)
            if (
                n.get_role() == Atspi.Role.PUSH_BUTTON
                and words in name
                and "…" not in name
                and showing(n)
                and n.get_state_set().contains(Atspi.StateType.SENSITIVE)
            ):
                return n
        return None
    wait_for(f"button {words!r}", find, timeout).do_action(0)


def both(first, second):
    def find():
        for n in nodes():
            text = text_of(n)
            if first in text and second in text and showing(n):
                return n
        return None
    return find


def create(room, timeout):
    press("Join a room", timeout)
    type_into("The room's address", room, timeout)
    configure = wait_for("the configure choice", choice("Configure the room"), timeout)
    turn_on("configure", configure, timeout)
    press("Join room", timeout)
    wait_for("the new room's form", containing("This room is new: nobody else can come in"),
             timeout)


def main():
    service, bot, timeout, bot_address = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    room = "alicecfg@" + service
    press("Connect", timeout)
    wait_for("account online", containing("Online"), timeout)
    create(room, timeout)
    wait_for("the room's own words", containing("Title"), timeout)
    screenshot("room-settings")
    type_into("Title", TITLE, timeout)
    persistent = wait_for("the persistent setting", choice(PERSISTENT), timeout)
    if is_checked(persistent):
        print("the new room is already persistent: the test would prove nothing", file=sys.stderr)
        return 1
    turn_on("persistent", persistent, timeout)
    press("Save settings", timeout)
    wait_for("the settings taken", containing("The room took its new settings."), timeout)
    wait_for("joined", containing("You are in this room as"), timeout)

    # The bot reads the room's name and features from the server when it joins.
    press("Invite…", timeout)
    type_into("The address of the person to invite", bot_address, timeout)
    press("Send invitation", timeout)
    wait_for(f"{bot} came in", containing(f"{bot} joined"), timeout)

    # The room's own form, asked for again, carries what was saved.
    press("More", timeout, exact=True)
    press("Room settings…", timeout)
    title = wait_for("the title field", entry("Title"), timeout)
    text = title.get_text_iface()
    shown = text.get_text(0, text.get_character_count())
    if shown != TITLE:
        print(f"the room's title is {shown!r}, not {TITLE!r}", file=sys.stderr)
        return 1
    if containing("This room is new")() is not None:
        print("an existing room's form says it is new", file=sys.stderr)
        return 1
    if not is_checked(wait_for("the persistent setting", choice(PERSISTENT), timeout)):
        print("the room is not persistent after saving", file=sys.stderr)
        return 1
    press("Cancel", timeout)

    press("More", timeout, exact=True)
    press("Destroy room…", timeout)
    wait_for("the destroy confirmation", containing("Everyone in the room is removed"), timeout)
    type_into("Why: everyone in the room sees it", "testing destroy", timeout)
    confirm("Destroy room", timeout)
    wait_for("the room destroyed", both(room, "The room was closed."), timeout)

    # Cancelling the form of a new room removes the room.
    other = "alicecancel@" + service
    create(other, timeout)
    press("Cancel", timeout)
    wait_for("the cancelled room closed", both(other, "The room was closed."), timeout)
    create(other, timeout)
    press("Save settings", timeout)
    wait_for("the second room's settings taken", containing("The room took its new settings."),
             timeout)
    print("room settings: configured on creation, saved and read back, destroyed; a cancelled "
          "new room was gone")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except gi.repository.GLib.Error as e:
        print(f"AT-SPI: {e}", file=sys.stderr)
        sys.exit(1)
