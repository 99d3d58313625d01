#!/usr/bin/python3
"""An IRC account's client certificate, as a user registers it: connect, Edit, "Client
certificate…" shows the fingerprint and the NickServ command; Copy the command, join
CHANNEL, paste the command into its composer (it must arrive whole) and send it (it opens a
conversation with NickServ, which answers there);
then disconnect and connect again. The fingerprint shown is written to FINGERPRINT_FILE for the
test to compare with what the services recorded and how the next login went.

    client_certificate.py FINGERPRINT_FILE CHANNEL TIMEOUT_SECONDS
"""
import re
import sys
import time

from otter_atspi import (
    Atspi, containing, entry, nodes, press, showing, text_of, type_into, wait_for,
)

FINGERPRINT = re.compile(r"Fingerprint \(SHA-256\): \W*([0-9a-f]{64})")


def described_button(description):
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


def shown_fingerprint():
    for n in nodes():
        match = FINGERPRINT.search(text_of(n))
        if match and showing(n):
            return match.group(1)
    return None


def composer_text(timeout):
    node = wait_for("the composer", entry("Type a message"), timeout)
    t = node.get_text_iface()
    return node, t.get_text(0, t.get_character_count())


def main():
    fingerprint_file, channel, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
    press("Connect", timeout)
    wait_for("network online", containing("Online"), timeout)
    press("Edit", timeout, exact=True)
    press("Client certificate…", timeout)
    fingerprint = wait_for("the certificate's fingerprint", shown_fingerprint, timeout)
    command = f"/msg NickServ CERT ADD {fingerprint}"
    wait_for("the command to send", containing(command), timeout)
    wait_for("the copy button", described_button("Copy the command"), timeout).do_action(0)
    wait_for("the button saying it copied", containing("Copied"), timeout)
    press("Close", timeout)
    press("Cancel", timeout)

    # "Any conversation on this network": the channel the bot is in.
    press("IRC channels…", timeout)
    type_into("Search the network's channels by name", channel, timeout)
    press("Search", timeout, exact=True)
    press(f"Join {channel}", timeout)
    wait_for("the channel", containing("Not private: everyone in this room"), timeout)
    node, _ = composer_text(timeout)
    node.get_editable_text_iface().paste_text(0)
    deadline = time.monotonic() + timeout
    _, pasted = composer_text(timeout)
    while pasted != command and time.monotonic() < deadline:
        time.sleep(0.25)
        _, pasted = composer_text(timeout)
    if pasted != command:
        print(f"pasted {pasted!r}, copied {command!r}", file=sys.stderr)
        return 1
    press("Send", timeout, exact=True)
    wait_for("the fingerprint added", containing(f"Added fingerprint {fingerprint}"), timeout)

    press("Disconnect", timeout)
    wait_for("network offline", containing("Offline"), timeout)
    press("Connect", timeout)
    wait_for("network online again", containing("Online"), timeout)
    with open(fingerprint_file, "w", encoding="ascii") as out:
        out.write(fingerprint)
    print("client certificate: shown, copied, registered, used")
    return 0


if __name__ == "__main__":
    sys.exit(main())
