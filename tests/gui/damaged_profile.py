#!/usr/bin/python3
"""A profile whose database is damaged: the window says so, offers to set it aside, and once
the user agrees, the first-run welcome follows.

    damaged_profile.py [TIMEOUT_SECONDS]
"""
import sys

from otter_atspi import containing, press, wait_for


def main():
    timeout = float(sys.argv[1]) if len(sys.argv) > 1 else 30.0
    wait_for("the explanation", containing("is damaged"), timeout)
    wait_for("nothing is deleted", containing("Nothing is deleted."), timeout)
    press("Move it and start with no accounts", timeout)
    wait_for("the welcome", containing("Welcome to Otter"), timeout)
    print("damaged profile: set aside, welcome shown")
    return 0


if __name__ == "__main__":
    sys.exit(main())
