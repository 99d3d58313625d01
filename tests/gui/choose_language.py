#!/usr/bin/python3
"""The language chooser: open the preferences, pick a language by its own name
(as a keyboard user does: open the drop-down, arrow down to it, Enter), wait for the line
saying it applies at the next start, close the dialog, find the line again when it opens
again, then close the window.

    choose_language.py LANGUAGE_NAME NEXT_START_TEXT [TIMEOUT_SECONDS]
"""
import sys
import time

from otter_atspi import Atspi, containing, nodes, press, wait_for, walk, windows

DOWN = 0xFF54
RETURN = 0xFF0D


def combo_box():
    """The Preferences dialog's drop-down (the main window, "Otter…", has the status one)."""
    for window in windows():
        if (window.get_name() or "").startswith("Otter"):
            continue
        for n in walk(window):
            if n.get_role() == Atspi.Role.COMBO_BOX:
                return n
    return None


def label_in(item):
    """The text of the last label inside a list item or the drop-down (whose first one is
    GTK's hidden "(None)")."""
    texts = [n.get_name() or "" for n in walk(item) if n.get_role() == Atspi.Role.LABEL]
    return "".join(c for c in (texts or [""])[-1] if c not in "\u2066\u2067\u2068\u2069")


def popup_list():
    """The open drop-down's list, with its items' texts."""
    for n in nodes():
        if n.get_role() == Atspi.Role.LIST and n.get_child_count() > 10:
            items = [label_in(n.get_child_at_index(i)) for i in range(n.get_child_count())]
            # The rows exist a moment before their labels are bound.
            return (n, items) if all(items) else None
    return None


def main():
    language, next_start = sys.argv[1:3]
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 30.0
    wait_for("the window", containing("Accounts"), timeout)
    # Bare Xvfb has no window manager: keyboard focus follows the pointer.
    Atspi.generate_mouse_event(400, 300, "abs")
    time.sleep(0.3)
    press("Preferences", timeout, exact=True)
    combo = wait_for("the language drop-down", combo_box, timeout)
    # Its button opens the list, with the focus on the current choice (the system's).
    combo.get_child_at_index(0).get_action_iface().do_action(0)
    _, items = wait_for("the list of languages", popup_list, timeout)
    if language not in items:
        print(f"{language!r} is not offered: {items!r}", file=sys.stderr)
        return 1
    time.sleep(0.5)
    for _ in range(items.index(language)):
        Atspi.generate_keyboard_event(DOWN, None, Atspi.KeySynthType.SYM)
        time.sleep(0.1)
    Atspi.generate_keyboard_event(RETURN, None, Atspi.KeySynthType.SYM)
    wait_for("the next-start note", containing(next_start), timeout)
    shown = label_in(wait_for("the drop-down", combo_box, timeout))
    press("Close", timeout)
    # Opened again in the same session, the dialog still says so.
    press("Preferences", timeout, exact=True)
    wait_for("the next-start note again", containing(next_start), timeout)
    press("Close", timeout)
    # Closing the window (not killing it) lets the core finish writing the choice.
    for window in nodes():
        if window.get_role() == Atspi.Role.FRAME:
            actions = window.get_action_iface()
            names = [actions.get_action_name(i) for i in range(actions.get_n_actions())]
            actions.do_action(names.index("window.close"))
            break
    print(f"choose_language: {language} chosen; {items!r} offered; button reads {shown!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
