#!/usr/bin/python3
"""Logs the window's first account in through AT-SPI: press Connect, wait until the window says
Online. Uses the GUI tests' helpers (tests/gui/chat_with_bot.py).

    login.py TIMEOUT_SECONDS
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gui"))
import chat_with_bot as gui  # noqa: E402


def main():
    timeout = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    start = time.monotonic()
    gui.wait_for("Connect button", gui.button("Connect"), timeout).do_action(0)
    shown = time.monotonic()
    print(f"login: window shown after {shown - start:.1f} s")
    gui.wait_for("account online", gui.containing("Online"), timeout)
    print(f"login: online after {time.monotonic() - shown:.1f} s more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
