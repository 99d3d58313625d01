#!/usr/bin/python3
"""Checks that the window follows the desktop's dark style while it runs: on the welcome,
the window is light while KEYFILE (the desktop's settings, GSettings' keyfile backend) says
`default`; the script then writes `prefer-dark` there and waits for the window to turn dark.
With OTTER_SCREENSHOT_DIR set it saves welcome-dark.png there.

    dark_style.py KEYFILE [TIMEOUT_SECONDS]
"""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import otter_atspi as ui  # noqa: E402
from private_chat_in import catalogue  # noqa: E402


def brightness():
    """Mean lightness (0 black, 1 white) of the window, mapped at 0,0 in bare Xvfb."""
    shot = subprocess.run(
        ["/usr/bin/import", "-window", "root", "-crop", "960x640+0+0", "+repage", "png:-"],
        check=True, capture_output=True,
    ).stdout
    mean = subprocess.run(
        ["/usr/bin/convert", "png:-", "-colorspace", "Gray", "-format", "%[fx:mean]", "info:"],
        input=shot, check=True, capture_output=True,
    ).stdout
    return float(mean)


def wait_until(what, test, timeout):
    deadline = time.monotonic() + timeout
    value = brightness()
    while not test(value):
        if time.monotonic() > deadline:
            raise SystemExit(f"the window never became {what}: lightness {value:.2f}")
        time.sleep(0.25)
        value = brightness()
    return value


def desktop_style(keyfile, scheme):
    # Written whole and renamed over, as dconf and editors do: the window must not read half.
    with open(keyfile + ".new", "w", encoding="utf-8") as out:
        out.write(f"[org/gnome/desktop/interface]\ncolor-scheme='{scheme}'\n")
    os.replace(keyfile + ".new", keyfile)


def main():
    keyfile = sys.argv[1]
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 30.0
    words = catalogue("en-US")
    ui.wait_for("welcome", ui.containing(words["welcome-title"]), timeout)
    ui.wait_for("welcome choices", ui.button(words["welcome-add-xmpp-button"]), timeout)
    # Off the window, so no tooltip darkens or lightens what is measured.
    ui.Atspi.generate_mouse_event(1270, 790, "abs")
    light = wait_until("light", lambda value: value > 0.6, timeout)
    desktop_style(keyfile, "prefer-dark")
    dark = wait_until("dark", lambda value: value < 0.35, timeout)
    ui.screenshot("welcome-dark")
    print(f"light {light:.2f}, then dark {dark:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
