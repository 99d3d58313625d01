#!/usr/bin/python3
"""Rooms: connect, open "Join a room", see the account's room service (found by the server's
service discovery) named with a copy button, prefilled in the address field and offered as an
example, join ROOM, see that the room says it is not private, the bot among the people, talk to the
bot and read its echo (the bot's nick in its XEP-0392 colour, alice's own nick bold and
uncoloured), have it set the topic; try to set it too and be refused, take the bot's nick and
be refused, change nick; leave; join again and see the room's replayed history at the time the
room gives (XEP-0203), under the day; clear the room's window and leave. Then create a room of
one's own, invite the bot (BOT_ADDRESS), make it a moderator and not, remove it with a
reason, set the topic.

    join_room.py ROOM BOT_NICK MESSAGE TIMEOUT_SECONDS BOT_ADDRESS
"""
import colorsys
import hashlib
import sys
import time

from otter_atspi import (
    Atspi, screenshot, containing, entry, nodes, press, showing, text_of, type_into, wait_for,
)


def described(description):
    """A showing push button whose tooltip contains description."""
    def find():
        for n in nodes():
            if (
                n.get_role() == Atspi.Role.PUSH_BUTTON
                and description in (n.get_description() or "")
                and showing(n)
            ):
                return n
        return None
    return find


def nick_style(node, nick):
    """The text attributes of `nick` where it starts in a message's label."""
    text = node.get_text_iface()
    whole = text.get_text(0, text.get_character_count())
    at = whole.index(nick)
    return dict(text.get_attribute_run(at, False)[0] or {})


def xep_0392_hue(nick):
    digest = hashlib.sha1(nick.encode("utf-8")).digest()
    return (digest[0] | digest[1] << 8) / 65536 * 360


def check_nick_colours(bot, message):
    bots = containing(f"{bot}: echo: {message}")()
    ours = containing(f"alice: {bot}: {message}")()
    bot_style, our_style = nick_style(bots, bot), nick_style(ours, "alice")
    colour = bot_style.get("fg-color", "")
    try:
        r, g, b = (int(c) / 65535 for c in colour.split(","))
    except ValueError:
        print(f"the bot's nick has no colour: {bot_style!r}", file=sys.stderr)
        return False
    hue = colorsys.rgb_to_hls(r, g, b)[0] * 360
    # The window rounds to 8 bits per channel: a degree or two off.
    if min(abs(hue - xep_0392_hue(bot)), 360 - abs(hue - xep_0392_hue(bot))) > 3:
        print(f"the bot's nick is {colour} (hue {hue:.1f}), not XEP-0392's "
              f"{xep_0392_hue(bot):.1f}", file=sys.stderr)
        return False
    if "fg-color" in our_style or int(our_style.get("weight", "400")) < 700:
        print(f"alice's own nick is not bold and uncoloured: {our_style!r}", file=sys.stderr)
        return False
    return True


def main():
    room, bot, message = sys.argv[1:4]
    timeout = float(sys.argv[4])
    bot_address = sys.argv[5]
    press("Connect", timeout)
    wait_for("account online", containing("Online"), timeout)
    # The server names its room service a moment after the login: a dialog opened before
    # that offers the usual name only, so it is opened again until the service shows.
    deadline = time.monotonic() + timeout
    while True:
        press("Join a room", timeout)
        address = wait_for("the room address field", entry("The room's address"), timeout)
        time.sleep(0.5)
        if any("Rooms on this server" in text_of(n) and "conference.otter.test" in text_of(n)
               and showing(n) for n in nodes()):
            break
        if time.monotonic() > deadline:
            print("the room service was never offered", file=sys.stderr)
            return 1
        press("Cancel", timeout)
    hint = (address.get_attributes() or {}).get("placeholder-text", "")
    if "room@conference.otter.test" not in hint:
        print(f"the room service is not offered as an example: {hint!r}", file=sys.stderr)
        return 1
    text = address.get_text_iface()
    prefilled = text.get_text(0, text.get_character_count())
    if prefilled != "@conference.otter.test":
        print(f"the room field is not prefilled with the service: {prefilled!r}", file=sys.stderr)
        return 1
    if wait_for("the copy button", described("Copy the address of this server's room"),
                timeout) is None:
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
    if not check_nick_colours(bot, message):
        return 1
    type_into("Type a message to everyone in the room", f"{bot}: subject Otter test room", timeout)
    press("Send", timeout)
    wait_for("the topic set by the bot", containing("Topic: Otter test room"), timeout)
    screenshot("room")

    # Not a moderator here: the room refuses her topic, and says so in the room.
    press("Change topic…", timeout)
    type_into("The topic everyone in the room sees", "alice was here", timeout)
    press("Set topic", timeout)
    wait_for("the refused topic", containing("The room did not let you change the topic."), timeout)
    wait_for("the old topic kept", containing("Topic: Otter test room"), timeout)

    # The bot's nick is taken; another one is hers, and everyone sees the change.
    press("Change nick…", timeout)
    type_into("The name others in the room see", bot, timeout)
    press("Use this nick", timeout)
    wait_for("the nick in use", containing("Someone in this room already uses that nick"), timeout)
    press("Change nick…", timeout)
    type_into("The name others in the room see", "alicia", timeout)
    press("Use this nick", timeout)
    wait_for("the rename", containing("alice is now alicia"), timeout)
    wait_for("joined as alicia", containing("You are in this room as alicia."), timeout)
    press("Leave room", timeout)
    wait_for("left", containing("You left the room."), timeout)
    press("Join a room", timeout)
    type_into("The room's address", room, timeout)
    press("Join room", timeout)
    replayed = wait_for("the echo replayed as history",
                        containing(f"{bot} (earlier): echo: {message}"), timeout)
    # The row's first label is the time: shown for a replayed message, from its stamp.
    time_label = replayed.get_parent().get_child_at_index(0)
    shown_time = time_label.get_name() or ""
    if (
        shown_time == (replayed.get_name() or "")
        or not showing(time_label)
        or not any(c.isdigit() for c in shown_time)
    ):
        print(f"the replayed message has no time: {shown_time!r}", file=sys.stderr)
        return 1
    wait_for("the day above the messages", containing("Today"), timeout)
    press("More", timeout, exact=True)
    press("Clear the window", timeout, exact=True)

    def cleared():
        return True if containing(f"{bot} (earlier): echo: {message}")() is None else None
    wait_for("the room's window cleared", cleared, timeout)
    press("Leave room", timeout)
    wait_for("left again", containing("You left the room."), timeout)

    # A room of her own: she owns it, so she invites and moderates.
    own_room = "alicemade@" + room.split("@", 1)[1]
    press("Join a room", timeout)
    type_into("The room's address", own_room, timeout)
    press("Join room", timeout)
    wait_for("the new room made", containing("You created this room."), timeout)
    press("Invite…", timeout)
    type_into("The address of the person to invite", bot_address, timeout)
    type_into("A few words sent with the invitation", "come in", timeout)
    press("Send invitation", timeout)
    wait_for("the invitation said", containing(f"Invitation sent to {bot_address}."), timeout)
    wait_for(f"{bot} came in", containing(f"{bot} joined"), timeout)
    press(f"Actions for {bot}", timeout)
    press("Make moderator", timeout, exact=True)
    wait_for(f"{bot} moderates", containing(f"{bot} is now a moderator."), timeout)
    press(f"Actions for {bot}", timeout)
    press("Remove as moderator", timeout, exact=True)
    wait_for(f"{bot} no longer moderates", containing(f"{bot} may speak."), timeout)
    press(f"Actions for {bot}", timeout)
    press("Remove from the room", timeout, exact=True)
    wait_for("the confirmation", containing(f"Remove {bot} from the room?"), timeout)
    type_into("Why: everyone in the room sees it", "testing", timeout)
    press("Remove", timeout)
    wait_for(f"{bot} removed", containing(f"{bot} was removed from the room."), timeout)
    wait_for("alone again", containing("1 person here"), timeout)
    press("Change topic…", timeout)
    type_into("The topic everyone in the room sees", "Made by alice", timeout)
    press("Set topic", timeout)
    wait_for("her topic", containing("Topic: Made by alice"), timeout)
    screenshot("room-moderation")
    print("room: joined, not private, echoed, refused, renamed, left, history replayed with its "
          "time, cleared; own room moderated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
