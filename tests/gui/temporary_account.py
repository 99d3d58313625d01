#!/usr/bin/python3
"""A temporary XMPP account from the first run: "Add an existing XMPP account", "Temporary
account", its one-sentence explanation, the password fields gone, the server's name alone
(a full address is not what the field asks for), the port under "Advanced"; Connect asks for
no password and the account comes online, the status saying the address the server made up;
ROOM is joined under NICK and the bot answers. With a seventh argument `refused`, SERVER
allows no temporary accounts and the status says so.

    temporary_account.py SERVER PORT ROOM NICK BOT_NICK TIMEOUT_SECONDS [refused]
"""
import sys
import time

from otter_atspi import (Atspi, button, check_box, checked, click, containing, entry, press,
                         text_of, type_into, wait_for)


def main():
    server, port, room, nick, bot, timeout = sys.argv[1:7]
    refused = sys.argv[7] if len(sys.argv) > 7 else ""
    timeout = float(timeout)
    wait_for("the welcome", containing("Welcome to Otter"), timeout)
    # Bare Xvfb has no window manager: keyboard focus follows the pointer.
    Atspi.generate_mouse_event(400, 300, "abs")
    time.sleep(0.3)
    press("Add an existing XMPP account", timeout)
    box = wait_for("the temporary choice", check_box("Temporary account (no password"), timeout)
    click(box)
    wait_for("temporary chosen", checked(box), timeout)
    wait_for("the explanation", containing("gives you a new address each time you connect"),
             timeout)
    if entry("The account's password")() is not None:
        print("a password field is still offered", file=sys.stderr)
        return 1
    type_into("The name of a server that allows temporary accounts", "example", timeout)
    wait_for("why: a server's name alone", containing("Type the server's name alone"), timeout)
    wait_for("insensitive while wrong", button("Add account", want_sensitive=False), timeout)
    type_into("The name of a server that allows temporary accounts", server, timeout)
    press("Advanced", timeout)
    type_into("Port number on that server", port, timeout)
    press("Add account", timeout)
    wait_for("the account in the sidebar", containing(server), timeout)
    press("Connect", timeout)
    if refused == "refused":
        wait_for("the refusal, in words",
                 containing("This server does not allow temporary accounts."), timeout)
        print(f"{server} refuses temporary accounts, and the window says so")
        return 0
    status = wait_for("online as the address the server made up", containing("Online as"),
                      timeout)
    if f"@{server}" not in text_of(status):
        print(f"the status does not name the address: {text_of(status)!r}", file=sys.stderr)
        return 1
    press("Join a room", timeout)
    type_into("The room's address", room, timeout)
    type_into("The name others in the room see", nick, timeout)
    press("Join room", timeout)
    wait_for(f"{bot} among the people", containing(f"{bot} (moderator)"), timeout)
    type_into("Type a message to everyone in the room", f"{bot}: hello from nowhere", timeout)
    press("Send", timeout)
    wait_for("the bot's echo", containing(f"{bot}: echo: hello from nowhere"), timeout)
    print(f"temporary account on {server} online, {room} joined as {nick}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
