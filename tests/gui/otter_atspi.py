"""Shared steps for the scripts that drive every window of otter-chat through AT-SPI, as a
screen-reader user would: find by accessible name, text or description (the tooltip), wait for
a control to be sensitive before pressing it, fail saying which step did not happen."""
import sys
import time
import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

warnings.filterwarnings("ignore", category=DeprecationWarning)

APP = "otter-chat"


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    try:
        count = node.get_child_count()
    except gi.repository.GLib.Error:
        return
    for i in range(count):
        # A child that went away while the tree is read costs only itself, not the siblings
        # after it (a whole page could vanish from one reading).
        try:
            child = node.get_child_at_index(i)
        except gi.repository.GLib.Error:
            continue
        yield from walk(child, depth + 1)


def windows():
    """The windows of every application named APP. The registry may still list an Otter
    that a previous step or test ended; it has no windows, or answers with an error, so the
    live one is found whatever their order."""
    desktop = Atspi.get_desktop(0)
    found = []
    for i in range(desktop.get_child_count()):
        try:
            app = desktop.get_child_at_index(i)
            if app is None or app.get_name() != APP:
                continue
            found.extend(app.get_child_at_index(j) for j in range(app.get_child_count()))
        except gi.repository.GLib.Error:
            continue
    return [window for window in found if window is not None]


def nodes():
    for w in windows():
        yield from walk(w)


def text_of(node):
    parts = [node.get_name() or ""]
    t = node.get_text_iface()
    if t is not None:
        # GTK 4.8 returns '' for get_text(0, -1); ask for the exact length.
        parts.append(t.get_text(0, t.get_character_count()))
    # Otter isolates every name (FSI…PDI); the steps look for the words around them.
    return "".join(c for c in " ".join(parts) if c not in "\u2066\u2067\u2068\u2069")


def showing(node):
    # GTK 4.8 never sets SHOWING; VISIBLE is cleared for hidden widgets (not for the hidden
    # pages of a GtkStack, which Otter does not use for that reason).
    return node.get_state_set().contains(Atspi.StateType.VISIBLE)


def sensitive(node):
    return node.get_state_set().contains(Atspi.StateType.SENSITIVE)


def wait_for(what, find, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = find()
            if found is not None:
                return found
        except gi.repository.GLib.Error:
            pass
        time.sleep(0.2)
    seen = []
    try:
        seen = [text_of(n) for n in nodes() if text_of(n).strip()]
    except gi.repository.GLib.Error:
        pass
    print(f"step failed: {what}; saw {seen!r}", file=sys.stderr)
    sys.exit(1)


def button(label, want_sensitive=True, exact=False):
    """A showing push button whose name contains label, or is label (sensitive unless
    told)."""
    def find():
        for n in nodes():
            # A name with a nick in it has the nick isolated (FSI…PDI): look at the words.
            name = "".join(c for c in (n.get_name() or "") if c not in "\u2066\u2067\u2068\u2069")
            if (
                n.get_role() in (Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON)
                and (name == label if exact else label in name)
                and showing(n)
                and sensitive(n) == want_sensitive
            ):
                return n
        return None
    return find


def containing(text):
    def find():
        for n in nodes():
            if text in text_of(n) and showing(n):
                return n
        return None
    return find


def entry(description):
    """A showing, sensitive editable text whose description (tooltip) contains description."""
    def find():
        for n in nodes():
            if (
                n.get_editable_text_iface() is not None
                and description in (n.get_description() or "")
                and showing(n)
                and sensitive(n)
            ):
                return n
        return None
    return find


def press(what, timeout, exact=False):
    wait_for(f"button {what!r}", button(what, exact=exact), timeout).do_action(0)


def type_into(description, text, timeout):
    node = wait_for(f"entry {description!r}", entry(description), timeout)
    node.get_editable_text_iface().set_text_contents(text)


def screenshot(name):
    """With OTTER_SCREENSHOT_DIR set, saves the window (mapped at 0,0 in bare Xvfb, 960x640)
    as NAME.png there: how docs/screenshots/ are made."""
    import os
    import subprocess

    directory = os.environ.get("OTTER_SCREENSHOT_DIR")
    if not directory:
        return
    # The pointer off the window, so no tooltip covers it.
    Atspi.generate_mouse_event(1270, 790, "abs")
    time.sleep(1.0)
    subprocess.run(
        ["/usr/bin/import", "-window", "root", "-crop", "960x640+0+0", "+repage",
         os.path.join(directory, name + ".png")],
        check=True,
    )


def choice(words):
    """A showing check or radio button whose name contains words."""
    def find():
        for n in nodes():
            if (
                n.get_role() in (Atspi.Role.CHECK_BOX, Atspi.Role.RADIO_BUTTON)
                and words in text_of(n)
                and showing(n)
            ):
                return n
        return None
    return find


def check_box(label):
    """A showing check box whose name contains label."""
    def find():
        for n in nodes():
            if n.get_role() == Atspi.Role.CHECK_BOX and label in (n.get_name() or "") and showing(n):
                return n
        return None
    return find


def is_checked(node):
    return node.get_state_set().contains(Atspi.StateType.CHECKED)


def checked(node):
    """For wait_for: node, once it is checked."""
    def find():
        return node if is_checked(node) else None
    return find


def turn_on(what, node, timeout):
    """Clicks a check or radio button until it is on: GTK 4.8 gives them no AT-SPI action.
    Bare Xvfb maps every window at (0, 0), so the window's coordinates are the screen's; a
    click that lands before the dialog is laid out changes nothing and is made again."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ext = node.get_component_iface().get_extents(Atspi.CoordType.WINDOW)
        # Anywhere on a check button toggles it (its words too), in either direction.
        x = ext.x + ext.width // 2
        Atspi.generate_mouse_event(x, ext.y + ext.height // 2, "b1c")
        for _ in range(10):
            time.sleep(0.2)
            if is_checked(node):
                return
    print(f"step failed: {what} not turned on", file=sys.stderr)
    sys.exit(1)


def click(node):
    """Clicks near the start of node (GTK 4.8 gives check boxes no AT-SPI action). Without a
    window manager every window, dialogs too, sits at (0, 0): its coordinates are the
    screen's."""
    box = node.get_component_iface().get_extents(Atspi.CoordType.WINDOW)
    x, y = box.x + min(10, box.width // 2), box.y + box.height // 2
    Atspi.generate_mouse_event(x, y, "abs")
    time.sleep(0.3)
    Atspi.generate_mouse_event(x, y, "b1c")
