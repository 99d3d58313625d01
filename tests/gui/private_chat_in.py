#!/usr/bin/python3
"""Drives the Otter window to a private conversation in the language LOCALE, finding every
control by the words of po/LOCALE/otter.ftl (looked up by message id, so the script follows
the translations): press Connect, open CONTACT, start the private conversation, send MESSAGE,
wait for EXPECTED_REPLY and the time beside it, written the language's way (digits, clock),
then open the verification dialog. With OTTER_SCREENSHOT_DIR set it
saves conversation-private-LOCALE.png and verify-LOCALE.png there.

    private_chat_in.py LOCALE CONTACT_LABEL MESSAGE EXPECTED_REPLY [TIMEOUT_SECONDS]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import otter_atspi as ui  # noqa: E402


def catalogue(locale):
    """Single-line messages of po/LOCALE/otter.ftl, the brand term filled in."""
    path = os.path.join(HERE, "..", "..", "po", locale, "otter.ftl")
    messages = {}
    with open(path, encoding="utf-8") as ftl:
        for line in ftl:
            match = re.match(r"^([a-z][a-z0-9-]*) = (.+)$", line.rstrip("\n"))
            if match:
                messages[match.group(1)] = match.group(2).replace("{ -app-name }", "Otter")
    return messages


# The time of a message of today as each language writes it (CLDR's digits and clock; see
# crates/otter-gui/src/i18n/conventions.rs).
MESSAGE_TIME = {
    "fa": r"[۰-۹]{1,2}:[۰-۹]{2}",
    "ar": r"[٠-٩]{1,2}:[٠-٩]{2}\u00a0[صم]",
    "hi": r"[0-9]{1,2}:[0-9]{2}\u00a0[ap]m",
    "zh-CN": r"[0-9]{2}:[0-9]{2}",
    "ru": r"[0-9]{2}:[0-9]{2}",
}


def label_matching(pattern):
    def find():
        for n in ui.nodes():
            if re.fullmatch(pattern, (n.get_name() or "").strip()) and ui.showing(n):
                return n
        return None
    return find


def main():
    locale, contact, message, reply = sys.argv[1:5]
    timeout = float(sys.argv[5]) if len(sys.argv) > 5 else 30.0
    words = catalogue(locale)
    ui.press(words["account-connect-button"], timeout)
    ui.wait_for("account online", ui.containing(words["account-status-online"]), timeout)
    ui.press(contact, timeout)
    ui.press(words["conversation-start-private-button"], timeout)
    ui.wait_for("private line", ui.containing(words["privacy-private-unverified"]), timeout)
    ui.type_into(words["compose-tooltip"], message, timeout)
    ui.press(words["compose-send-button"], timeout)
    ui.wait_for(f"reply {reply!r}", ui.containing(reply), timeout)
    if locale in MESSAGE_TIME:
        ui.wait_for("the message's time", label_matching(MESSAGE_TIME[locale]), timeout)
    ui.screenshot(f"conversation-private-{locale}")
    ui.press(words["conversation-verify-button"], timeout)
    ui.wait_for("verification dialog", ui.containing(words["verify-dialog-explanation"]), timeout)
    ui.screenshot(f"verify-{locale}")
    print(f"{locale}: private, verified dialog open")
    return 0


if __name__ == "__main__":
    sys.exit(main())
