#!/usr/bin/python3
"""Waits until an application's window shows a text, reading it through AT-SPI as a screen
reader would.

    atspi_wait.py APP_NAME WINDOW_TITLE_PREFIX TEXT [TIMEOUT_SECONDS]

Exit status 0 when a window of APP_NAME whose title starts with WINDOW_TITLE_PREFIX contains an
accessible object whose name or text contains TEXT; 1 on timeout, printing what was seen.
"""
import sys
import time

import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

# get_text_iface is deprecated in newer at-spi2 but is what Debian 12 (2.46) offers.
warnings.filterwarnings("ignore", category=DeprecationWarning)


def texts(node, depth=0):
    """Names and texts of node and its descendants."""
    if node is None or depth > 40:
        return
    try:
        name = node.get_name()
        if name:
            yield name
        text = node.get_text_iface()
        if text is not None:
            # GTK 4.8 returns '' for get_text(0, -1); ask for the exact length.
            yield text.get_text(0, text.get_character_count())
        for i in range(node.get_child_count()):
            yield from texts(node.get_child_at_index(i), depth + 1)
    except gi.repository.GLib.Error:
        return


def main() -> int:
    app_name, title_prefix, wanted = sys.argv[1:4]
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 20.0
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is None or app.get_name() != app_name:
                continue
            for j in range(app.get_child_count()):
                window = app.get_child_at_index(j)
                if window is None or not (window.get_name() or "").startswith(title_prefix):
                    continue
                seen = list(texts(window))
                if any(wanted in t for t in seen):
                    print(f"found {wanted!r} in window {window.get_name()!r}")
                    return 0
        time.sleep(0.2)
    print(f"timed out after {timeout}s waiting for {wanted!r}; saw: {seen!r}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
