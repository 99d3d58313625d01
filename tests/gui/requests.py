#!/usr/bin/python3
"""Requests in the sidebar: once alice is online, bob asks to add her (he adds her in his own
client); the request shows with bob's address, "Accept" answers it and it goes away. The
contact's availability shows beside them.

    requests.py ROSTER_ADD_SCRIPT PORT CA BOB_PASSWORD [TIMEOUT_SECONDS]
"""
import subprocess
import sys
import time

from otter_atspi import containing, nodes, press, showing, text_of, wait_for


def main():
    roster_add, port, ca, bob_password = sys.argv[1:5]
    timeout = float(sys.argv[5]) if len(sys.argv) > 5 else 30.0
    press("Connect", timeout)
    wait_for("account online", containing("Online"), timeout)
    def availability_shown():
        # The status drop-down says "Available" too: the contact's row is a second one.
        shown = [n for n in nodes() if set(text_of(n).split()) == {"Available"} and showing(n)]
        return True if len(shown) >= 2 else None
    wait_for("the echo bot's availability beside it", availability_shown, timeout)
    subprocess.run(
        ["/usr/bin/python3", roster_add, "--port", port, "--server-name", "otter.test",
         "--ca", ca, "--jid", "bob@otter.test", "--password", bob_password,
         "--contact", "alice@otter.test"],
        check=True, timeout=timeout)
    wait_for("bob's request", containing("bob@otter.test asks to add you"), timeout)
    # The echo bot's own request, left from when alice added it, may be there too: answer
    # every request.
    while containing("asks to add you as a contact")() is not None:
        press("Accept", timeout)
        time.sleep(0.5)

    def request_gone():
        return None if containing("asks to add you as a contact")() is not None else True
    wait_for("the request answered and gone", request_gone, timeout)
    print("requests: bob's request shown, accepted and gone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
