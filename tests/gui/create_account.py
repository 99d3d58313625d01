#!/usr/bin/python3
"""Creating an XMPP account from the welcome (in-band registration): a random name on the
server typed, the password twice (the button says why while they differ), the port under
"Advanced"; the server creates the account, the window says so, lists it and connects it with
the password typed once.

    create_account.py DOMAIN PASSWORD PORT [TIMEOUT_SECONDS]
"""
import sys

from otter_atspi import button, containing, entry, nodes, press, type_into, wait_for


def main():
    domain, password, port = sys.argv[1:4]
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 30.0
    wait_for("the welcome", containing("Welcome to Otter"), timeout)
    press("Create a new XMPP account", timeout)
    wait_for("the create button insensitive while empty",
             button("Create account", want_sensitive=False), timeout)
    type_into("Your XMPP address", "@" + domain, timeout)
    press("Random name", timeout)

    def random_address():
        node = entry("Your XMPP address")()
        if node is None:
            return None
        text = node.get_text_iface()
        typed = text.get_text(0, text.get_character_count())
        name, _, server = typed.partition("@")
        return typed if server == domain and len(name) >= 6 and name.isalpha() else None
    address = wait_for("a random name at the server", random_address, timeout)
    type_into("The account's password", password, timeout)
    type_into("Type the password again", password + "x", timeout)
    wait_for("why: the passwords differ", containing("The two passwords differ."), timeout)
    wait_for("still insensitive", button("Create account", want_sensitive=False), timeout)
    type_into("Type the password again", password, timeout)
    press("Advanced", timeout)
    type_into("Port number on that server", port, timeout)
    press("Create account", timeout)
    wait_for("the server created it", containing(f"{address} was created and added."), timeout)
    wait_for("the account in the sidebar", containing(address), timeout)
    press("Connect", timeout)
    wait_for("the new account online", containing("Online"), timeout)
    print(f"created {address} and connected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
