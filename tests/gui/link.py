#!/usr/bin/python3
"""Links: an address in a message is a link, and activating it (Enter on the focused line,
as a keyboard user would) opens nothing: it asks first, showing the full address and saying
it opens outside Otter, possibly not through Tor. Cancel closes the question.

    link.py CONTACT ADDRESS [TIMEOUT_SECONDS]
"""
import sys
import time

from otter_atspi import Atspi, containing, nodes, press, showing, type_into, wait_for


def line_with(text):
    def find():
        for n in nodes():
            t = n.get_text_iface()
            if n.get_role() == Atspi.Role.LABEL and t is not None and showing(n):
                shown = t.get_text(0, t.get_character_count())
                # Without the isolation marks around every variable.
                if text in "".join(c for c in shown if c not in "\u2066\u2067\u2068\u2069"):
                    return n
        return None
    return find


def main():
    contact, address = sys.argv[1:3]
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 30.0
    press("Connect", timeout)
    wait_for("account online", containing("Online"), timeout)
    press(contact, timeout)
    type_into("Type a message", address, timeout)
    press("Send", timeout)
    wait_for("the echoed line", line_with(f"echo: {address}"), timeout)
    # Our own line: only "me: " before the address.
    line = wait_for("our line", line_with(f"me: {address}"), timeout)
    # GTK 4.8 exposes no hyperlink objects (and no character extents): click into the
    # address, which fills most of the line. The window sits at (0, 0) in bare Xvfb, so its
    # coordinates are the screen's.
    box = line.get_component_iface().get_extents(Atspi.CoordType.WINDOW)
    x, y = box.x + 120, box.y + box.height // 2
    Atspi.generate_mouse_event(x, y, "abs")
    time.sleep(0.3)
    Atspi.generate_mouse_event(x, y, "b1c")
    wait_for("the question", containing("Open this link outside Otter?"), timeout)
    wait_for("the full address and the warning",
             containing(f"{address} opens in your web browser, outside Otter."), timeout)
    press("Cancel", timeout)

    def closed():
        return None if containing("Open this link outside Otter?")() is not None else True
    wait_for("the question closed", closed, timeout)
    print("link: asked before opening, cancelled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
