#!/usr/bin/python3
"""Prints what a screen reader can read of an application's windows, as JSON, once a window
contains a text: one object per accessible with its role, name, text, description (the
tooltip), placeholder and extents relative to its window.

    atspi_dump.py APP_NAME WAIT_FOR_TEXT [TIMEOUT_SECONDS [PRESS_DESCRIPTION]]

With PRESS_DESCRIPTION, once WAIT_FOR_TEXT shows, presses the button whose description
(tooltip) contains it, waits for the window it opens, and prints every window.

Exit status 0 with the JSON on stdout; 1 on timeout, printing what was seen.
"""
import json
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
    for i in range(node.get_child_count()):
        yield from walk(node.get_child_at_index(i), depth + 1)


def describe(node):
    text_iface = node.get_text_iface()
    text = ""
    justification = None
    if text_iface is not None:
        # GTK 4.8 returns '' for get_text(0, -1); ask for the exact length.
        text = text_iface.get_text(0, text_iface.get_character_count())
        justification = text_iface.get_default_attributes().get("justification")
    extents = None
    component = node.get_component_iface()
    if component is not None:
        e = component.get_extents(Atspi.CoordType.WINDOW)
        extents = [e.x, e.y, e.width, e.height]
    attributes = node.get_attributes() or {}
    return {
        "role": node.get_role_name(),
        "name": node.get_name() or "",
        "text": text,
        "description": node.get_description() or "",
        "placeholder": attributes.get("placeholder-text", ""),
        "justification": justification,
        "extents": extents,
    }


def windows(app_name):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == app_name:
            return [app.get_child_at_index(j) for j in range(app.get_child_count())]
    return []


def read_all(app_name):
    """(nodes, the accessibles themselves) of every window of the application."""
    found = [n for w in windows(app_name) for n in walk(w)]
    return [describe(n) for n in found], found


def main() -> int:
    app_name, wanted = sys.argv[1:3]
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 30.0
    press = sys.argv[4] if len(sys.argv) > 4 else None
    deadline = time.monotonic() + timeout
    seen = []
    pressed_with = None
    while time.monotonic() < deadline:
        try:
            seen, nodes = read_all(app_name)
            shown = any(wanted in n["name"] or wanted in n["text"] for n in seen)
            if shown and press is None:
                json.dump(seen, sys.stdout, ensure_ascii=False)
                return 0
            if shown and pressed_with is None:
                for described, node in zip(seen, nodes):
                    if described["role"] == "push button" and press in described["description"]:
                        node.get_action_iface().do_action(0)
                        pressed_with = len(windows(app_name))
                        break
            elif pressed_with is not None and len(windows(app_name)) > pressed_with:
                new_window = [describe(n) for n in walk(windows(app_name)[-1])]
                if any(n["role"] == "label" and n["text"] for n in new_window):
                    # Its other labels reach AT-SPI within about 250 ms in GTK 4.8.
                    time.sleep(0.5)
                    json.dump(read_all(app_name)[0], sys.stdout, ensure_ascii=False)
                    return 0
        except gi.repository.GLib.Error:
            pass
        time.sleep(0.2)
    print(f"timed out after {timeout}s waiting for {wanted!r}; saw: {seen!r}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
