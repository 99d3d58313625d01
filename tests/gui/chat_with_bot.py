#!/usr/bin/python3
"""Drives the Otter window through AT-SPI, as a screen-reader user would, for the thin slice:
press Connect, wait until the account is online, open the contact, type a message, press
Send, and wait for the bot's answer.

    chat_with_bot.py CONTACT_LABEL MESSAGE EXPECTED_REPLY [TIMEOUT_SECONDS
        [NEWCOMER_LABEL REGISTER_COMMAND...]]

Then the conversation pane: the day above the messages, the sent message marked "Sent".
With NEWCOMER_LABEL (a contact whose address does not exist yet, so the server bounces what
is sent to it): two messages to it are marked "Not sent" with Retry and Discard; Discard
removes the first; REGISTER_COMMAND creates the address; Retry sends the second again and it
stays sent; "More" > "Clear the window" empties the window.

Exit status 0 when every step happened; 1 otherwise, saying which step failed.
"""
import sys
import time
import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

warnings.filterwarnings("ignore", category=DeprecationWarning)


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    try:
        for i in range(node.get_child_count()):
            yield from walk(node.get_child_at_index(i), depth + 1)
    except gi.repository.GLib.Error:
        return


def window():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == "otter-chat":
            for j in range(app.get_child_count()):
                w = app.get_child_at_index(j)
                if w is not None and (w.get_name() or "").startswith("Otter"):
                    return w
    return None


def text_of(node):
    parts = [node.get_name() or ""]
    t = node.get_text_iface()
    if t is not None:
        parts.append(t.get_text(0, t.get_character_count()))
    return " ".join(parts)


def wait_for(what, find, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        w = window()
        if w is not None:
            found = find(w)
            if found is not None:
                return found
        time.sleep(0.2)
    seen = [text_of(n) for n in walk(window())] if window() else []
    print(f"step failed: {what}; saw {seen!r}", file=sys.stderr)
    sys.exit(1)


def button(label):
    def find(w):
        for n in walk(w):
            if n.get_role() == Atspi.Role.PUSH_BUTTON and label in (n.get_name() or ""):
                return n
        return None
    return find


def containing(text):
    def find(w):
        for n in walk(w):
            if text in text_of(n):
                return n
        return None
    return find


def compose_entry(w):
    for n in walk(w):
        if n.get_editable_text_iface() is not None and "Type a message" in (n.get_description() or ""):
            return n
    return None


def main():
    contact, message, reply = sys.argv[1:4]
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 30.0
    wait_for("Connect button", button("Connect"), timeout).do_action(0)
    wait_for("account online", containing("Online"), timeout)
    wait_for(f"contact {contact}", button(contact), timeout).do_action(0)
    def enabled_compose_entry(w):
        entry = compose_entry(w)
        if entry is not None and entry.get_state_set().contains(Atspi.StateType.SENSITIVE):
            return entry
        return None

    entry = wait_for("compose entry enabled", enabled_compose_entry, timeout)
    entry.get_editable_text_iface().set_text_contents(message)
    wait_for("Send button", button("Send"), timeout).do_action(0)
    wait_for(f"reply {reply!r}", containing(reply), timeout)

    def acknowledged(w):
        # The sent line's description says the server has it (stream management).
        for n in walk(w):
            if message in text_of(n) and "The server has it." in (n.get_description() or ""):
                return n
        return None
    wait_for("the sent message acknowledged by the server", acknowledged, timeout)
    print(f"the window shows {reply!r}")
    pane_steps(message, timeout)
    if len(sys.argv) > 6:
        failed_message_steps(sys.argv[5], sys.argv[6:], timeout)
    return 0


def pane_steps(message, timeout):
    import otter_atspi as ui

    ui.wait_for("the day above today's first message", labelled("Today"), timeout)
    ui.wait_for("the sent message marked Sent", labelled("Sent"), timeout)
    # The day is a heading in the row of the first message, not a message of its own.
    if count(labelled_all("Today")) != 1:
        print("step failed: one Today for the day's messages", file=sys.stderr)
        sys.exit(1)


def labelled_all(text):
    import otter_atspi as ui

    return [
        n for n in ui.nodes()
        if n.get_role() == Atspi.Role.LABEL and (n.get_name() or "") == text and ui.showing(n)
    ]


def count(nodes):
    return len(nodes)


def labelled(text):
    def find():
        found = labelled_all(text)
        return found[0] if found else None
    return find


def line(text):
    """A message's label (not the entry it was typed in)."""
    import otter_atspi as ui

    def find():
        for n in ui.nodes():
            if n.get_role() == Atspi.Role.LABEL and text in ui.text_of(n) and ui.showing(n):
                return n
        return None
    return find


def failed_message_steps(newcomer, register, timeout):
    import subprocess
    import time

    import otter_atspi as ui

    ui.press(newcomer, timeout)

    # Typed before the conversation shows, text would stay with the one on screen as its draft.
    def newcomer_shown():
        for n in ui.nodes():
            words = ui.text_of(n)
            if "Conversation with" in words and "xmppbot" not in words and ui.showing(n):
                return n
        return None
    ui.wait_for("the newcomer's conversation shown", newcomer_shown, timeout)
    first, second = "first to the newcomer", "second to the newcomer"
    for text in (first, second):
        ui.type_into("Type a message", text, timeout)
        ui.press("Send", timeout, exact=True)
        ui.wait_for(f"{text!r} shown", line(text), timeout)

    def two_failed():
        buttons = [
            n for n in ui.nodes()
            if n.get_role() == Atspi.Role.PUSH_BUTTON and (n.get_name() or "") == "Retry"
            and ui.showing(n)
        ]
        return buttons if len(buttons) == 2 and len(labelled_all("Not sent")) == 2 else None
    ui.wait_for("both bounced messages marked Not sent, with Retry", two_failed, timeout)
    # The first Discard in the tree is the first message's (the list keeps their order).
    ui.press("Discard", timeout, exact=True)

    def first_gone():
        return True if line(first)() is None and line(second)() else None
    ui.wait_for("the discarded message gone, the other still there", first_gone, timeout)

    # The newcomer's address made to exist, and online (the test server keeps nothing for
    # offline users).
    newcomer_online = subprocess.Popen(
        register + ["--stay", str(timeout)], stdout=subprocess.PIPE, text=True
    )
    if newcomer_online.stdout.readline().strip() != "online":
        print("step failed: registering the newcomer's address", file=sys.stderr)
        sys.exit(1)
    ui.press("Retry", timeout, exact=True)

    def sent_again():
        if labelled_all("Not sent") or ui.button("Retry", exact=True)():
            return None
        return True
    ui.wait_for("the retried message no longer failed", sent_again, timeout)
    # A second bounce would mark it again within milliseconds: it must stay sent.
    time.sleep(2.0)
    if labelled_all("Not sent"):
        print("step failed: the retried message bounced again", file=sys.stderr)
        sys.exit(1)
    newcomer_online.terminate()
    heard = newcomer_online.communicate(timeout=timeout)[0]
    if f"received: {second}" not in heard:
        print(f"step failed: the newcomer did not receive the retried message: {heard!r}",
              file=sys.stderr)
        sys.exit(1)
    ui.press("More", timeout, exact=True)
    ui.press("Clear the window", timeout, exact=True)

    def cleared():
        if line(second)() is None and ui.containing("Window cleared.")():
            return True
        return None
    ui.wait_for("the window cleared, and said so", cleared, timeout)
    print("the pane: day, Sent, Not sent with Retry and Discard, cleared")


if __name__ == "__main__":
    sys.exit(main())
