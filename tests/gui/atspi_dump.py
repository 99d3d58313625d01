#!/usr/bin/python3
"""Prints what a screen reader can read of an application's first window, as JSON, once the
window contains a text: one object per accessible with its role, name, text, description
(the tooltip), placeholder and extents relative to the window.

    atspi_dump.py APP_NAME WAIT_FOR_TEXT [TIMEOUT_SECONDS]

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


def first_window(app_name):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == app_name and app.get_child_count() > 0:
            return app.get_child_at_index(0)
    return None


def main() -> int:
    app_name, wanted = sys.argv[1:3]
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 30.0
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        try:
            window = first_window(app_name)
            if window is not None:
                seen = [describe(n) for n in walk(window)]
                if any(wanted in n["name"] or wanted in n["text"] for n in seen):
                    json.dump(seen, sys.stdout, ensure_ascii=False)
                    return 0
        except gi.repository.GLib.Error:
            pass
        time.sleep(0.2)
    print(f"timed out after {timeout}s waiting for {wanted!r}; saw: {seen!r}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
