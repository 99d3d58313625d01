#!/usr/bin/python3
"""The composer, the quick switcher, typing notices and editing an account, as a keyboard and
screen-reader user would:

- Ctrl+K finds the contact by part of its name ("nothing matches" for a wrong word first) and
  Enter opens the conversation;
- typed keys: Shift+Enter starts a second line, Enter sends both (the bot echoes them), Up
  brings the sent lines back;
- "/frobnicate" is refused in the conversation (never sent), "/me waves" is sent;
- "quiet line" is sent while typing notifications are off; they are turned on in the
  preferences (Ctrl+comma) and "loud line" typed and sent (the test reads the bot's log for
  what left when); the bot "starts typing" and the window says so;
- in the conversation, "/join" joins the bot's room; there "/whois" is refused, "/me" is
  relayed, "/away" sets a status the room sees, "/msg" opens the conversation and sends,
  "/part" leaves; Ctrl+K finds the room and joins it again;
- Ctrl+W puts the conversation away;
- Edit: the dialog shows the account's port; "Forget the password" and Save; after
  Disconnect, Connect asks for the password.

    composer.py CONTACT_LABEL PORT [TIMEOUT_SECONDS]
"""
import sys
import time

from otter_atspi import (
    Atspi, containing, entry, nodes, press, showing, text_of, type_into, wait_for,
)

SHIFT, CONTROL = 50, 37  # keycodes in Xvfb's default keymap
RETURN, UP, TAB, SPACE = 0xFF0D, 0xFF52, 0xFF09, 0x20


def sym(keysym):
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    time.sleep(0.05)


def with_modifier(keycode, keysym):
    Atspi.generate_keyboard_event(keycode, None, Atspi.KeySynthType.PRESS)
    sym(keysym)
    Atspi.generate_keyboard_event(keycode, None, Atspi.KeySynthType.RELEASE)
    time.sleep(0.1)


def type_keys(text):
    for c in text:
        sym(ord(c))


def pointer_on_window(x=400, y=300):
    # Bare Xvfb has no window manager: the keyboard goes where the pointer is, and every
    # window maps at (0, 0).
    Atspi.generate_mouse_event(x, y, "abs")
    time.sleep(0.3)


def composer_text(timeout):
    node = wait_for("the composer", entry("Type a message"), timeout)
    t = node.get_text_iface()
    return t.get_text(0, t.get_character_count())


def all_of(*texts):
    def find():
        for n in nodes():
            if all(t in text_of(n) for t in texts) and showing(n):
                return n
        return None
    return find


def check_box(name):
    def find():
        for n in nodes():
            if n.get_role() == Atspi.Role.CHECK_BOX and name in (n.get_name() or "") and showing(n):
                return n
        return None
    return find


def checked(node):
    def find():
        return node if node.get_state_set().contains(Atspi.StateType.CHECKED) else None
    return find


def main():
    contact, port = sys.argv[1:3]
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 30.0
    press("Connect", timeout)
    wait_for("account online", containing("Online"), timeout)

    # Ctrl+K: the quick switcher.
    pointer_on_window()
    with_modifier(CONTROL, 0x6B)  # k
    wait_for("Ctrl+K opens the switcher", containing("Go to a conversation"), timeout)
    type_into("Type part of the name", "carol", timeout)
    wait_for("a wrong word finds nothing", containing("Nothing matches."), timeout)
    type_into("Type part of the name", contact.split()[0].lower(), timeout)
    pointer_on_window(60, 60)
    sym(RETURN)
    wait_for("Enter opens the conversation", containing("Conversation with"), timeout)
    wait_for("the composer", entry("Type a message"), timeout)

    # Two lines typed as keys, sent with Enter.
    pointer_on_window()
    type_keys("first line")
    with_modifier(SHIFT, RETURN)
    type_keys("second line")
    wait_for("Shift+Enter made a second line", lambda: "first line\nsecond line" == composer_text(timeout) or None, timeout)
    sym(RETURN)
    wait_for("the bot echoes both lines", all_of("echo: first line", "second line"), timeout)
    if composer_text(timeout) != "":
        print("step failed: Enter left the text in the composer", file=sys.stderr)
        return 1
    sym(UP)
    wait_for("Up recalls the sent lines", lambda: composer_text(timeout) == "first line\nsecond line" or None, timeout)
    type_into("Type a message", "", timeout)

    # Commands.
    type_into("Type a message", "/frobnicate now", timeout)
    press("Send", timeout, exact=True)
    wait_for("an unknown command is refused", containing("/frobnicate is not a command Otter knows"), timeout)
    type_into("Type a message", "/me waves", timeout)
    press("Send", timeout, exact=True)
    wait_for("/me is sent", containing("echo: /me waves"), timeout)

    # Typing notifications: off, then on.
    type_into("Type a message", "quiet line", timeout)
    time.sleep(1.5)
    press("Send", timeout, exact=True)
    wait_for("the quiet line echoed", containing("echo: quiet line"), timeout)
    pointer_on_window()
    with_modifier(CONTROL, 0x2C)  # comma
    box = wait_for("the typing check box", check_box("Share typing notifications"), timeout)
    time.sleep(0.5)
    # From the language drop-down (focused first): require private, notification sender,
    # typing notifications.
    for _ in range(3):
        sym(TAB)
        time.sleep(0.2)
    sym(SPACE)
    wait_for("typing notifications on", checked(box), timeout)
    press("Close", timeout)
    type_into("Type a message", "loud line", timeout)
    time.sleep(1.5)
    press("Send", timeout, exact=True)
    wait_for("the loud line echoed", containing("echo: loud line"), timeout)
    type_into("Type a message", "show typing", timeout)
    press("Send", timeout, exact=True)
    wait_for("the bot is typing", containing("is typing…"), timeout)

    # Commands in a room: /join from the conversation, a command Otter cannot do, /me, /part.
    type_into("Type a message", "/join otter@conference.otter.test", timeout)
    press("Send", timeout, exact=True)
    wait_for("/join joins the room", containing("You are in this room as"), timeout)
    type_into("Type a message to everyone in the room", "/whois xmppbot", timeout)
    press("Send", timeout, exact=True)
    wait_for("/whois is refused in the room", containing("/whois is not available here yet"), timeout)
    # Not a moderator of the bot's room: the room itself refuses the topic.
    type_into("Type a message to everyone in the room", "/topic From the composer", timeout)
    press("Send", timeout, exact=True)
    wait_for("/topic reaches the room, which refuses it",
             containing("The room did not let you change the topic."), timeout)
    type_into("Type a message to everyone in the room", "/me waves at the room", timeout)
    press("Send", timeout, exact=True)
    # Relayed by the room under alice's nick (the composer's own text does not count).
    wait_for("/me reaches the room", containing("alice: /me waves at the room"), timeout)
    type_into("Type a message to everyone in the room", "/away gone fishing", timeout)
    press("Send", timeout, exact=True)
    # The sidebar's status follows (the bot's log shows what the room was told).
    wait_for("/away shows as the user's status", containing("Away"), timeout)
    # /msg from the room: the conversation opens and the line goes once it is open.
    type_into("Type a message to everyone in the room", "/msg xmppbot@otter.test via msg", timeout)
    press("Send", timeout, exact=True)
    wait_for("/msg opens the conversation and sends", containing("echo: via msg"), timeout)
    press("otter@conference.otter.test", timeout)
    type_into("Type a message to everyone in the room", "/nick alicia", timeout)
    press("Send", timeout, exact=True)
    wait_for("/nick renames her in the room", containing("alice is now alicia"), timeout)
    type_into("Type a message to everyone in the room", "/clear", timeout)
    press("Send", timeout, exact=True)

    def cleared():
        return True if containing("alice: /me waves at the room")() is None else None
    wait_for("/clear empties the room's window", cleared, timeout)
    type_into("Type a message to everyone in the room", "/part", timeout)
    press("Send", timeout, exact=True)
    wait_for("/part leaves the room", containing("You left the room."), timeout)
    # Ctrl+K finds the room too; opening it joins again.
    pointer_on_window()
    with_modifier(CONTROL, 0x6B)  # k
    type_into("Type part of the name", "conference", timeout)
    time.sleep(0.5)
    pointer_on_window(60, 60)
    sym(RETURN)
    wait_for("Ctrl+K rejoins the room", containing("You are in this room as"), timeout)

    # Ctrl+W.
    pointer_on_window()
    with_modifier(CONTROL, 0x77)  # w
    wait_for("Ctrl+W puts the conversation away", containing("No conversation open"), timeout)

    # Edit the account: forget its password.
    press("Edit", timeout, exact=True)
    wait_for("the edit dialog", containing("Otter saves this account's password."), timeout)
    wait_for("the account's port shown", lambda: next(
        (n for n in nodes() if n.get_editable_text_iface() is not None and text_of(n).endswith(port)), None), timeout)
    press("Forget the password", timeout)
    press("Save changes", timeout)
    press("Disconnect", timeout)
    wait_for("offline", containing("Offline"), timeout)
    press("Connect", timeout)
    wait_for("Connect asks for the forgotten password", containing("Password for"), timeout)
    press("Cancel", timeout)
    print("composer: switcher, two lines, history, commands, typing, edit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
