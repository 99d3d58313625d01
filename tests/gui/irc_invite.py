#!/usr/bin/python3
"""IRC invitations both ways: connect the network, open CHANNEL by name from the Join dialog
(she is its first member, so its operator), invite BOT_NICK with "Invite…" and see the bot
arrive; then ask the bot to invite her to OTHER and accept the invitation the window shows.

    irc_invite.py CHANNEL BOT_NICK OTHER TIMEOUT_SECONDS
"""
import sys

from otter_atspi import containing, press, type_into, wait_for


def main():
    channel, bot, other, timeout = sys.argv[1:5]
    timeout = float(timeout)
    press("Connect", timeout)
    wait_for("network online", containing("Online"), timeout)
    press("Join a room…", timeout)
    type_into("The channel's name on this network", channel, timeout)
    press("Join room", timeout)
    wait_for("alone in the channel", containing("1 person here"), timeout)
    press("Invite…", timeout)
    type_into("The nick of the person to invite", bot, timeout)
    press("Send invitation", timeout)
    wait_for("the invitation said sent", containing(f"Invitation sent to {bot}."), timeout)
    wait_for(f"{bot} came", containing("2 people here"), timeout)

    type_into("Type a message to everyone in the room", f"{bot}: invite {other}", timeout)
    press("Send", timeout, exact=True)
    wait_for("the invitation", containing(f"{bot} invites you to the room {other}."), timeout)
    press("Join", timeout, exact=True)
    press(other, timeout, exact=True)
    wait_for(f"in {other} with {bot}", containing(f"{bot} (moderator)"), timeout)
    print(f"irc invitations: {bot} invited to {channel}; invited to {other} and joined")
    return 0


if __name__ == "__main__":
    sys.exit(main())
