#!/usr/bin/python3
"""IRC commands typed in a channel: connect the network, join CHANNEL by name, "/whois BOT"
shows in the channel who the bot is, the account it logged in to and its channels (with its
operator sign); "/who CHANNEL" lists its two people, the bot with its operator sign; then a
channel of her own (she opens it, so she is its operator): "/mode +b eve!*@*" bans (the ban
told in the channel as one line), "/mode +b" lists the ban with who set it; "/raw" refuses a message
to a person with its reason, asks once before the first line (Cancel sends nothing), and
sends the next without asking.

    irc_commands.py CHANNEL OWN_CHANNEL BOT_NICK TIMEOUT_SECONDS
"""
import sys
import time

from otter_atspi import containing, entry, press, type_into, wait_for

ROOM_COMPOSER = "Type a message to everyone in the room"


def join(channel, people, timeout):
    press("Join a room…", timeout)
    wait_for("the dialog asks for a channel", containing("starts with # (or &)"), timeout)
    type_into("The channel's name on this network", channel, timeout)
    press("Join room", timeout)
    wait_for(f"{channel} joined", containing(people), timeout)


def composer_empty():
    node = entry(ROOM_COMPOSER)()
    if node is None:
        return None
    t = node.get_text_iface()
    return node if t.get_character_count() == 0 else None


def say(line, timeout):
    type_into(ROOM_COMPOSER, line, timeout)
    press("Send", timeout, exact=True)
    # The line has left the composer before the next one is typed.
    wait_for(f"{line!r} taken from the composer", composer_empty, timeout)


def main():
    channel, own, bot, timeout = sys.argv[1:5]
    timeout = float(timeout)
    press("Connect", timeout)
    wait_for("network online", containing("Online"), timeout)
    join(channel, "2 people here", timeout)
    wait_for(f"{bot} among the people", containing(f"{bot} (moderator)"), timeout)

    say(f"/whois {bot}", timeout)
    wait_for("who the bot is", containing(f"{bot} is "), timeout)
    wait_for("the bot's services account", containing(f"Logged in as {bot}"), timeout)
    wait_for("the bot's channels", containing(f"Channels: @{channel}"), timeout)
    say(f"/who {channel}", timeout)
    wait_for("the channel's people counted", containing(f"{channel}: 2 people"), timeout)
    wait_for("the bot with its operator sign", containing(f"@{bot} ("), timeout)

    join(own, "1 person here", timeout)
    say("/mode +b eve!*@*", timeout)
    wait_for("the ban told in the channel", containing("alice bans eve!*@*."), timeout)
    say("/mode +b", timeout)
    wait_for("the ban list", containing(f"Bans in {own}: 1"), timeout)
    wait_for("the ban with who set it", containing("eve!*@*, set by alice"), timeout)
    # /raw: a message to a person is refused (it would bypass OTR), with the reason.
    say(f"/raw PRIVMSG {bot} :raw-line-never-sent", timeout)
    wait_for("/raw to a person refused",
             containing("/raw does not send messages or notices to a person"), timeout)
    # The first line asks once, saying it is unchecked; Cancel sends nothing.
    say(f"/raw TOPIC {own} :cancelled raw topic", timeout)
    wait_for("the confirmation", containing("Send lines unchecked?"), timeout)
    press("Cancel", timeout)
    say(f"/raw TOPIC {own} :first raw topic", timeout)
    press("Send unchecked", timeout)
    wait_for("the first raw line's topic", containing("first raw topic"), timeout)
    # Agreed once: the next goes without asking. (A network linked to services refuses a
    # second topic change within the same second.)
    time.sleep(1.5)
    say(f"/raw TOPIC {own} :second raw topic", timeout)
    wait_for("the second raw line's topic", containing("second raw topic"), timeout)
    if containing("cancelled raw topic")() is not None:
        print("a cancelled /raw line was sent", file=sys.stderr)
        return 1
    print("irc commands: whois, who, ban, ban list, raw")
    return 0


if __name__ == "__main__":
    sys.exit(main())
