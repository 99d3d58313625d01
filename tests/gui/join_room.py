#!/usr/bin/python3
"""Rooms: connect, open "Join a room", see the account's room service offered as an example,
join ROOM, see that the room says it is not private, the bot among the people, talk to the
bot and read its echo, have it set the topic, leave.

    join_room.py ROOM BOT_NICK MESSAGE [TIMEOUT_SECONDS]
"""
import sys

from otter_atspi import screenshot, containing, entry, press, type_into, wait_for


def main():
    room, bot, message = sys.argv[1:4]
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 30.0
    press("Connect", timeout)
    wait_for("account online", containing("Online"), timeout)
    press("Join a room", timeout)
    address = wait_for("the room address field", entry("The room's address"), timeout)
    hint = (address.get_attributes() or {}).get("placeholder-text", "")
    if "room@conference.otter.test" not in hint:
        print(f"the room service is not offered as an example: {hint!r}", file=sys.stderr)
        return 1
    type_into("The room's address", room, timeout)
    press("Join room", timeout)
    wait_for("the not-private banner", containing("Not private: everyone in this room"), timeout)
    wait_for("joined as alice", containing("You are in this room as"), timeout)
    wait_for(f"{bot} among the people", containing(f"{bot} (moderator)"), timeout)
    wait_for("two people in the room", containing("2 people here"), timeout)
    type_into("Type a message to everyone in the room", f"{bot}: {message}", timeout)
    press("Send", timeout)
    wait_for("our message, relayed by the room", containing(f"alice: {bot}: {message}"), timeout)
    wait_for("the bot's echo", containing(f"{bot}: echo: {message}"), timeout)
    type_into("Type a message to everyone in the room", f"{bot}: subject Otter test room", timeout)
    press("Send", timeout)
    wait_for("the topic set by the bot", containing("Topic: Otter test room"), timeout)
    screenshot("room")
    press("Leave room", timeout)
    wait_for("left", containing("You left the room."), timeout)
    print("room: joined, not private, echoed, left")
    return 0


if __name__ == "__main__":
    sys.exit(main())
