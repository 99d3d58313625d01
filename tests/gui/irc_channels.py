#!/usr/bin/python3
"""IRC channels: connect the network, open "IRC channels…", search for part of CHANNEL's name,
find it listed with its people, join it from the list, and see its page: not
private, the bot among the people, and no moderation menu on it (she is no operator).

    irc_channels.py CHANNEL SEARCH BOT_NICK TIMEOUT_SECONDS
"""
import sys

import time

from otter_atspi import button, containing, press, type_into, wait_for


def main():
    channel, search, bot, timeout = sys.argv[1:5]
    timeout = float(timeout)
    press("Connect", timeout)
    wait_for("network online", containing("Online"), timeout)
    press("IRC channels…", timeout)
    type_into("Search the network's channels by name", search, timeout)
    press("Search", timeout, exact=True)
    wait_for("one channel found", containing("One channel found."), timeout)
    wait_for(f"{channel} listed with its people", containing(f"{channel} (one person)"), timeout)
    press(f"Join {channel}", timeout)
    wait_for("the not-private banner", containing("Not private: everyone in this room"), timeout)
    wait_for(f"{bot} among the people", containing(f"{bot} (moderator)"), timeout)
    wait_for("two people in the channel", containing("2 people here"), timeout)
    time.sleep(1)
    if button(f"Actions for {bot}")() is not None:
        print(f"a moderation menu on {bot} for someone who is no operator", file=sys.stderr)
        return 1
    print("irc channels: searched, listed, joined")
    return 0


if __name__ == "__main__":
    sys.exit(main())
