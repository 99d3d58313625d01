#!/usr/bin/python3
"""First run: the welcome shows, "Add an existing XMPP account" opens the account dialog, its
button stays insensitive and says why until the form is valid, the port is set under
"Advanced", the account appears in the sidebar (the welcome gone) and connects with the
password typed once (not remembered).

    first_run.py ADDRESS PASSWORD PORT [TIMEOUT_SECONDS]
"""
import sys

from otter_atspi import screenshot, button, containing, press, type_into, wait_for


def main():
    address, password, port = sys.argv[1:4]
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 30.0
    wait_for("the welcome", containing("Welcome to Otter"), timeout)
    wait_for("the offer to create an account", button("Create a new XMPP account"), timeout)
    screenshot("welcome")
    press("Add an existing XMPP account", timeout)
    wait_for("the add button insensitive while empty", button("Add account", want_sensitive=False), timeout)
    wait_for("why: no address", containing("Type your address."), timeout)
    type_into("Your XMPP address", "alice", timeout)
    wait_for("why: not an address", containing("An XMPP address looks like"), timeout)
    type_into("Your XMPP address", address, timeout)
    wait_for("why: no password", containing("Type the password."), timeout)
    wait_for("still insensitive", button("Add account", want_sensitive=False), timeout)
    type_into("The account's password", password, timeout)
    press("Advanced", timeout)
    wait_for("the help about Tor and SRV records", containing("DNS SRV records"), timeout)
    type_into("Port number on that server", "70000", timeout)
    wait_for("why: a bad port", containing("The port is a number"), timeout)
    type_into("Port number on that server", port, timeout)
    press("Add account", timeout)
    wait_for("the account in the sidebar", containing(address), timeout)

    def welcome_gone():
        return None if containing("Welcome to Otter")() is not None else True
    wait_for("the welcome gone", welcome_gone, timeout)
    press("Connect", timeout)
    wait_for("account online", containing("Online"), timeout)
    print("first run: account added and online")
    return 0


if __name__ == "__main__":
    sys.exit(main())
