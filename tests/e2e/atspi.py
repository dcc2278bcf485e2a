"""Drives a running program through the accessibility bus (AT-SPI), as a
screen reader does: controls are found by role and accessible name, typed
into with the keyboard, pressed through their actions."""

import os
import subprocess
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

Atspi.init()

ROLES = {
    "button": Atspi.Role.PUSH_BUTTON,
    "check box": Atspi.Role.CHECK_BOX,
    "combo box": Atspi.Role.COMBO_BOX,
    "dialog": Atspi.Role.DIALOG,
    "entry": Atspi.Role.ENTRY,
    "frame": Atspi.Role.FRAME,
    "label": Atspi.Role.LABEL,
    "list": Atspi.Role.LIST,
    "list item": Atspi.Role.LIST_ITEM,
    "menu item": Atspi.Role.MENU_ITEM,
    "page tab": Atspi.Role.PAGE_TAB,
    "password": Atspi.Role.PASSWORD_TEXT,
    "radio button": Atspi.Role.RADIO_BUTTON,
    "table": Atspi.Role.TABLE,
    "table cell": Atspi.Role.TABLE_CELL,
    "text": Atspi.Role.TEXT,
    "window": Atspi.Role.WINDOW,
    "document": Atspi.Role.DOCUMENT_WEB,
    "link": Atspi.Role.LINK,
    "heading": Atspi.Role.HEADING,
    "section": Atspi.Role.SECTION,
    "paragraph": Atspi.Role.PARAGRAPH,
    "static": Atspi.Role.STATIC,
    "tool bar": Atspi.Role.TOOL_BAR,
}


class StepFailed(AssertionError):
    pass


def _safe(fn, default=None):
    try:
        return fn()
    except Exception:  # a node that went away while it was read
        return default


def name(acc):
    return _safe(acc.get_name, "") or ""


def role(acc):
    return _safe(acc.get_role, None)


def states(acc):
    s = _safe(acc.get_state_set, None)
    return s


def showing(acc):
    s = states(acc)
    return bool(s and s.contains(Atspi.StateType.SHOWING))


def enabled(acc):
    s = states(acc)
    return bool(s and s.contains(Atspi.StateType.ENABLED))


def checked(acc):
    s = states(acc)
    return bool(s and s.contains(Atspi.StateType.CHECKED))


def focused(acc):
    s = states(acc)
    return bool(s and s.contains(Atspi.StateType.FOCUSED))


def children(acc):
    n = _safe(acc.get_child_count, 0) or 0
    out = []
    for i in range(min(n, 2000)):
        c = _safe(lambda: acc.get_child_at_index(i))
        if c is not None:
            out.append(c)
    return out


def walk(acc, only_showing=True, depth=0, limit=60):
    if acc is None or depth > limit:
        return
    yield acc
    for c in children(acc):
        if only_showing and not showing(c) and role(c) not in (Atspi.Role.DIALOG, Atspi.Role.FRAME):
            continue
        yield from walk(c, only_showing, depth + 1, limit)


def text_of(acc):
    t = _safe(acc.get_text_iface, None)
    if t is None:
        return ""
    return _safe(lambda: t.get_text(0, t.get_character_count()), "") or ""


def apps(program):
    desktop = Atspi.get_desktop(0)
    found = [a for a in children(desktop) if name(a) == program]
    for a in found:
        # Every question asks the program: a cached state (SHOWING of a page
        # the program has just hidden) would lead to a control nobody sees.
        _safe(lambda: a.set_cache_mask(Atspi.Cache.NONE))
        _safe(a.clear_cache)
    return found


def dump(acc, indent=0, out=None):
    """The tree as a screen reader meets it, for a failure's message."""
    lines = out if out is not None else []
    for c in children(acc):
        if not showing(c) and role(c) not in (Atspi.Role.DIALOG, Atspi.Role.FRAME):
            continue
        r = _safe(c.get_role_name, "?")
        extra = text_of(c)
        lines.append("%s%s «%s»%s" % ("  " * indent, r, name(c), (" = " + extra[:60]) if extra else ""))
        if indent < 25:
            dump(c, indent + 1, lines)
    return lines


class Program:
    """One running program on the accessibility bus."""

    def __init__(self, program, timeout=60):
        self.program = program
        self.wait_for(lambda: apps(program), timeout, "%s on the accessibility bus" % program)

    def roots(self):
        return apps(self.program)

    def find_all(self, role_name, name_part=None, exact=None, within=None):
        wanted = ROLES[role_name]
        found = []
        for root in [within] if within is not None else self.roots():
            for acc in walk(root):
                if role(acc) != wanted:
                    continue
                n = name(acc)
                if exact is not None and n != exact:
                    continue
                if name_part is not None and name_part.lower() not in n.lower():
                    continue
                found.append(acc)
        return found

    def find(self, role_name, name_part=None, exact=None, within=None, timeout=20):
        result = []

        def look():
            result[:] = self.find_all(role_name, name_part, exact, within)
            return bool(result)

        what = "%s «%s»" % (role_name, exact if exact is not None else name_part)
        self.wait_for(look, timeout, what)
        return result[0]

    def gone(self, role_name, name_part=None, exact=None, timeout=20):
        what = "%s «%s» to go" % (role_name, exact if exact is not None else name_part)
        self.wait_for(lambda: not self.find_all(role_name, name_part, exact), timeout, what)

    def windows(self):
        return [w for root in self.roots() for w in children(root) if showing(w)]

    def window(self, title_part, timeout=30):
        """A top-level window or dialog of the program, by its title."""
        found = []

        def look():
            found[:] = [w for w in self.windows() if title_part.lower() in name(w).lower()]
            return bool(found)

        self.wait_for(look, timeout, "the window «%s»" % title_part)
        return found[0]

    def texts(self, within=None):
        out = []
        for root in [within] if within is not None else self.roots():
            for acc in walk(root):
                for t in (name(acc), text_of(acc)):
                    if t:
                        out.append(t)
        return out

    def wait_text(self, part, timeout=30, within=None):
        self.wait_for(lambda: any(part in t for t in self.texts(within)), timeout, "the text «%s»" % part)
        return next(t for t in self.texts(within) if part in t)

    def wait_for(self, predicate, timeout, what):
        deadline = time.monotonic() + timeout
        while True:
            if _safe(predicate, False):
                return
            if time.monotonic() > deadline:
                tree = []
                for root in _safe(self.roots, []) or []:
                    tree.extend(dump(root))
                raise StepFailed("waited %ss for %s; the program shows:\n%s" % (timeout, what, "\n".join(tree[-200:])))
            time.sleep(0.2)

    def became(self, predicate, timeout):
        deadline = time.monotonic() + timeout
        while not _safe(predicate, False):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.2)
        return True

    # Acting as a person does.
    def press(self, acc):
        action = acc.get_action_iface()
        if action is None:
            raise StepFailed("«%s» cannot be pressed" % name(acc))
        self.wait_for(lambda: enabled(acc), 20, "«%s» to be enabled" % name(acc))
        action.do_action(0)

    def press_button(self, name_part=None, exact=None, within=None, timeout=20):
        b = self.find("button", name_part, exact, within, timeout)
        self.press(b)
        return b

    def focus(self, acc):
        # A click where the field is drawn, as a person does: it also makes
        # the window the active one, which the keyboard then goes to.
        click(acc)
        comp = acc.get_component_iface()
        if comp is not None and not focused(acc):
            comp.grab_focus()
        self.wait_for(lambda: focused(acc), 10, "the focus in «%s»" % name(acc))

    def type_into(self, acc, text, clear=True):
        if not showing(acc):
            raise StepFailed("«%s» is not on the screen" % name(acc))
        self.focus(acc)
        if clear and text_of(acc):
            key_combo("ctrl+a")
            key("BackSpace")
        type_text(text)
        # A letter xdotool maps onto a spare key can be lost (see type_text):
        # the field is emptied and the text typed again, more slowly, at
        # most four times.
        # Latin text needs no mapping and gets no second try.
        for attempt in range(0 if text.isascii() or not clear else 4):
            if self.became(lambda: text_of(acc) == text, 5):
                break
            key_combo("ctrl+a")
            key("BackSpace")
            type_text(text, slower=attempt + 1)
        self.wait_for(lambda: text_of(acc) == text or role(acc) == Atspi.Role.PASSWORD_TEXT, 10,
                      "«%s» typed into «%s» (has «%s»)" % (text, name(acc), text_of(acc)))


SCALE = float(os.environ.get("QT_SCALE_FACTOR") or 1)


def click(acc):
    comp = acc.get_component_iface()
    if comp is None:
        raise StepFailed("«%s» has no place on the screen" % name(acc))
    box = comp.get_extents(Atspi.CoordType.SCREEN)
    x, y = box.x + min(box.width // 2, 40), box.y + box.height // 2
    # Qt 6 reports places in device-independent pixels; the pointer moves in
    # the screen's own.
    x, y = round(x * SCALE), round(y * SCALE)
    subprocess.run(["xdotool", "mousemove", "--sync", str(x), str(y), "click", "1"], check=True)


def type_text(text, slower=0):
    # The X server's keyboard, as the person's (xdotool sends XTest events).
    # A letter the keyboard map lacks (Cyrillic here) is mapped onto a spare
    # key first and the map put back right after; Qt fetches the map anew
    # when told of the change, and if that happens after the map was put back
    # the letter is lost. Slower typing makes that rare, type_into checks.
    delay = "15" if text.isascii() else str(80 + 70 * slower)
    subprocess.run(["xdotool", "type", "--delay", delay, text], check=True)


def key(keysym):
    subprocess.run(["xdotool", "key", keysym], check=True)


def key_combo(combo):
    subprocess.run(["xdotool", "key", combo], check=True)
