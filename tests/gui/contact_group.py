#!/usr/bin/python3
"""Contact groups in the window, in the language LOCALE (every control found by the words of
po/LOCALE/otter.ftl): connect, open CONTACT, "More" > "Move to group…", type GROUP, press
"Move": a heading GROUP (an AT-SPI heading) shows with CONTACT under it, and OTHER_CONTACT,
in no group, under the "Other contacts" heading. Opened again, the dialog offers GROUP and
starts from it; moved to NEXT_GROUP, the GROUP heading goes and NEXT_GROUP's shows.

    contact_group.py LOCALE CONTACT_LABEL OTHER_CONTACT_LABEL GROUP NEXT_GROUP [TIMEOUT]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import otter_atspi as ui  # noqa: E402
from private_chat_in import catalogue  # noqa: E402
from gi.repository import Atspi  # noqa: E402

ISOLATES = "\u2066\u2067\u2068\u2069"


def name_of(node):
    return "".join(c for c in (node.get_name() or "") if c not in ISOLATES).strip()


def heading(text):
    def find():
        for n in ui.nodes():
            if n.get_role() == Atspi.Role.HEADING and name_of(n) == text and ui.showing(n):
                return n
        return None
    return find


def no_heading(text):
    def find():
        return None if heading(text)() is not None else True
    return find


def under(text, contact):
    """The heading `text` and, in the same part of the list, the button of `contact`."""
    def find():
        found = heading(text)()
        if found is None:
            return None
        part = found.get_parent()
        for n in ui.walk(part):
            if n.get_role() == Atspi.Role.PUSH_BUTTON and contact in name_of(n):
                return n
        return None
    return find


# A dialog's own button is named after its label twice in GTK 4.8 ("Move Move"), so the
# dialog's "Move" is pressed by the words in its name, not the exact name: the menu's "Move to
# group…" is not in the tree once the menu is closed.
def move(words, contact, group, timeout):
    ui.press(contact, timeout)
    ui.press(words["conversation-menu-button"], timeout, exact=True)
    ui.press(words["contact-group-menu"], timeout, exact=True)
    ui.type_into(words["contact-group-tooltip"], group, timeout)
    ui.press(words["contact-group-move"], timeout)


def main():
    locale, contact, other, group, next_group = sys.argv[1:6]
    timeout = float(sys.argv[6]) if len(sys.argv) > 6 else 30.0
    words = catalogue(locale)
    ui.press(words["account-connect-button"], timeout)
    ui.wait_for("account online", ui.containing(words["account-status-online"]), timeout)
    ui.wait_for(f"contact {other}", ui.button(other), timeout)

    move(words, contact, group, timeout)
    ui.wait_for(f"{contact} under the heading {group}", under(group, contact), timeout)
    ui.wait_for(
        f"{other} under the heading for no group",
        under(words["contacts-group-none"], other),
        timeout,
    )
    ui.screenshot(f"contact-groups-{locale}")

    # Again: the dialog starts from the contact's group and offers it.
    ui.press(contact, timeout)
    ui.press(words["conversation-menu-button"], timeout, exact=True)
    ui.press(words["contact-group-menu"], timeout, exact=True)
    entry = ui.wait_for("the group field", ui.entry(words["contact-group-tooltip"]), timeout)
    shown = ui.text_of(entry)
    if group not in shown:
        print(f"step failed: the group field shows {shown!r}, not {group!r}", file=sys.stderr)
        return 1
    ui.wait_for(f"{group} offered", ui.button(group, exact=True), timeout)
    entry.get_editable_text_iface().set_text_contents(next_group)
    ui.press(words["contact-group-move"], timeout)
    ui.wait_for(f"{contact} under {next_group}", under(next_group, contact), timeout)
    ui.wait_for(f"the heading {group} gone", no_heading(group), timeout)
    print(f"{locale}: {contact} moved to {group}, then {next_group}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
