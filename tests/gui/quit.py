#!/usr/bin/python3
"""Quits Otter as a user would, with Ctrl+Q, and returns at once: the caller checks that the
window goes away and what the application did before it exited.

    quit.py
"""
import sys

from otter_atspi import Atspi


def main():
    # Control by its keycode (37 in Xvfb's default keymap), then "q" by its keysym.
    Atspi.generate_keyboard_event(37, None, Atspi.KeySynthType.PRESS)
    Atspi.generate_keyboard_event(0x71, None, Atspi.KeySynthType.SYM)
    Atspi.generate_keyboard_event(37, None, Atspi.KeySynthType.RELEASE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
