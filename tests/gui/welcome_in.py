#!/usr/bin/python3
"""Waits for the first-run welcome in LOCALE (its title as po/LOCALE/otter.ftl words it) and,
with OTTER_SCREENSHOT_DIR set, saves welcome-LOCALE.png there.

    welcome_in.py LOCALE [TIMEOUT_SECONDS]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import otter_atspi as ui  # noqa: E402
from private_chat_in import catalogue  # noqa: E402


def main():
    locale = sys.argv[1]
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 30.0
    words = catalogue(locale)
    ui.wait_for("welcome", ui.containing(words["welcome-title"]), timeout)
    ui.wait_for("welcome choices", ui.button(words["welcome-add-xmpp-button"]), timeout)
    ui.screenshot(f"welcome-{locale}")
    print(f"{locale}: welcome shown")
    return 0


if __name__ == "__main__":
    sys.exit(main())
