#!/usr/bin/python3
"""An IRC network whose password is not remembered: Connect asks for it, and "No password"
connects with the nick alone (the field cannot be left empty otherwise); or, for a nick that
logged in before (EXPECT "refused"), does not, and says why.

    irc_prompt_no_password.py online|refused TIMEOUT_SECONDS
"""
import sys
import time

from otter_atspi import (Atspi, check_box, checked, click, containing, press, showing, wait_for,
                         walk, windows)


def in_dialog(role, name):
    """A showing node of `role` whose name has `name` in it, in a window other than the main
    one (a dialog's buttons carry more than their label in their names)."""
    def find():
        for window in windows():
            if (window.get_name() or "").startswith("Otter"):
                continue
            for n in walk(window):
                if n.get_role() == role and name in (n.get_name() or "") and showing(n):
                    return n
        return None
    return find


def main():
    expect, timeout = sys.argv[1], float(sys.argv[2])
    press("Connect", timeout)
    wait_for("the password prompt", containing("Otter keeps it only until it quits"), timeout)
    connect = wait_for(
        "the prompt's Connect", in_dialog(Atspi.Role.PUSH_BUTTON, "Connect"), timeout
    )
    # An empty password alone does nothing: the prompt stays.
    connect.do_action(0)
    time.sleep(1)
    wait_for("the prompt still there", containing("Otter keeps it only until it quits"), timeout)
    box = wait_for("the no-password choice", check_box("No password: Otter registers"), timeout)
    click(box)
    wait_for("no password chosen", checked(box), timeout)
    connect.do_action(0)
    if expect == "refused":
        wait_for("the refusal, with its reason",
                 containing("Not connected: This nick has logged in before"), timeout)
        print("irc prompt: no password refused for a nick that logged in before")
        return 0
    wait_for("network online", containing("Online"), timeout)
    print("irc prompt: connected without a password")
    return 0


if __name__ == "__main__":
    sys.exit(main())
