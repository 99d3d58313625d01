#!/usr/bin/python3
"""A new room's settings dialog in the language LOCALE, every control found by the words of
po/LOCALE/otter.ftl: connect, open "Join a room", choose "Configure the room…", join, see the
dialog say in LOCALE that the room is new, with its Save and Cancel in LOCALE (the form's own
fields are the server's words, shown as sent); cancel, and see the room closed. With
OTTER_SCREENSHOT_DIR set it saves room-settings-LOCALE.png there.

    room_settings_in.py LOCALE ROOM TIMEOUT_SECONDS
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import otter_atspi as ui  # noqa: E402


def catalogue(locale):
    """Single-line messages of po/LOCALE/otter.ftl, without their variables."""
    path = os.path.join(HERE, "..", "..", "po", locale, "otter.ftl")
    messages = {}
    with open(path, encoding="utf-8") as ftl:
        for line in ftl:
            match = re.match(r"^([a-z][a-z0-9-]*) = (.+)$", line.rstrip("\n"))
            if match:
                messages[match.group(1)] = match.group(2)
    return messages


def main():
    locale, room, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
    words = catalogue(locale)
    ui.press(words["account-connect-button"], timeout)
    # Not the word "online" alone: in some languages the Tor line has it too.
    ui.wait_for("account online", ui.button(words["account-disconnect-button"]), timeout)
    ui.press(words["rooms-join-button"], timeout)
    ui.type_into(words["room-address-tooltip"], room, timeout)
    configure = ui.wait_for("the configure choice", ui.choice(words["room-create-configure"]),
                            timeout)
    ui.turn_on("configure", configure, timeout)
    ui.press(words["room-join-dialog-button"], timeout)
    ui.wait_for("the new room's form", ui.containing(words["room-form-new-room"]), timeout)
    ui.wait_for("Save in the language", ui.button(words["room-form-save"]), timeout)
    ui.screenshot(f"room-settings-{locale}")
    ui.press(words["dialog-cancel"], timeout)
    ui.wait_for("the room closed", ui.containing(words["room-left-destroyed"]), timeout)
    print(f"{locale}: a new room's settings dialog, cancelled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
