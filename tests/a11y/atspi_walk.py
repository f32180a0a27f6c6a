#!/usr/bin/python3
"""What a screen reader gets from the app (issue #13, item 6), read over AT-SPI the way Orca reads it.

Run by tests/a11y/run.sh, which starts Xvfb, a private session bus, the accessibility bus and the
app; this script finds the app in the AT-SPI desktop by its process id and asserts:
  - the window (frame) has a name;
  - after a demo number is typed and Enter pressed, the result is announced: the focus moves to a
    heading that says the result (checked by the focus event Orca listens to and by the focused
    state in the tree), or a polite announcement carries it;
  - the result screen exposes headings as headings;
  - on the Check, Result, Guide (list and one article), Message (with a checked message), Help and
    Settings screens, no focusable object is without a name (Tab would stop on it in silence).
It prints a report and exits 1 if any of these fails.

Usage: atspi_walk.py APP_PID WINDOW_ID EN_TOML
"""

import os
import subprocess
import sys
import re
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

PID = int(sys.argv[1])
WINDOW = sys.argv[2]


def read_ftl(path):
    """The app's English words (assets/i18n/en.ftl) by the code's dotted keys. A message with
    plural forms reads as its `*[other]` form; `{ $n }` reads as `{n}`."""
    words, key, lines = {}, None, []

    def close():
        if key is None:
            return
        other = [l.split("]", 1)[1].strip() for l in lines if l.startswith("*[other]")]
        text = other[0] if other else " ".join(l for l in lines if l)
        words[key.replace("-", ".")] = re.sub(r"\{ \$([a-z_]+) \}", r"{\1}", text)

    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("#") or not line.strip():
                continue
            if line[0].isspace():
                lines.append(line.strip())
            elif " =" in line:
                close()
                key, first = line.split(" =", 1)
                lines = [first.strip()]
    close()
    return words


EN = read_ftl(sys.argv[3])

# A number in the synthetic demo index (README, "Try it with the demo index"): two breaches.
DEMO_NUMBER = "+91 98765 43210"
DEMO_BREACHES = 2
# A message with red flags, so the Message screen shows its result (cards, links).
MESSAGE = "Your KYC is pending, account blocked today. Share the OTP and pay Rs 10 at http://bit.ly/x"

failures = []
events = []


def check(ok, what):
    print(("  ok    " if ok else "  FAIL  ") + what)
    if not ok:
        failures.append(what)


def pump(seconds):
    """Lets the GLib main loop deliver AT-SPI events for `seconds`."""
    ctx = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while ctx.iteration(False):
            pass
        time.sleep(0.02)


def on_event(event):
    try:
        name = event.source.get_name() or ""
        role = event.source.get_role_name()
    except GLib.Error:
        name, role = "?", "?"
    text = event.any_data if isinstance(event.any_data, str) else ""
    events.append((event.type, event.detail1, role, name, text))


listener = Atspi.EventListener.new(on_event)
for kind in ("object:state-changed:focused", "object:announcement"):
    try:
        listener.register(kind)
    except GLib.Error as e:  # an older AT-SPI without announcements
        print(f"  note  cannot listen for {kind}: {e.message}")


def find_app(timeout=40):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == PID and app.get_child_count() > 0:
                    return app
            except GLib.Error:
                pass
        pump(0.25)
    return None


def walk(node, depth=0):
    yield node, depth
    try:
        n = node.get_child_count()
    except GLib.Error:
        return
    for i in range(n):
        child = node.get_child_at_index(i)
        if child is not None:
            yield from walk(child, depth + 1)


def snapshot(app):
    """Every object of the app's tree: (role, name, states, node)."""
    app.clear_cache()
    out = []
    for node, _ in walk(app):
        try:
            states = node.get_state_set()
            out.append((node.get_role(), (node.get_name() or "").strip(), states, node))
        except GLib.Error:
            pass
    return out


def wait_for(app, predicate, what, timeout=20):
    """The tree once `predicate` holds and two walks 0.3 s apart agree (a screen that has just
    changed can be read half old, half new)."""
    end = time.monotonic() + timeout
    last = None
    while time.monotonic() < end:
        nodes = snapshot(app)
        if predicate(nodes):
            seen = [(r, n) for r, n, _, _ in nodes]
            if seen == last:
                return nodes
            last = seen
        else:
            last = None
        pump(0.3)
    print(f"  (timed out waiting for {what})")
    return snapshot(app)


def has(nodes, role=None, name=None):
    return any(
        (role is None or r == role) and (name is None or name in n) for r, n, _, _ in nodes
    )


def find(nodes, name, role=None, focusable=False):
    for r, n, s, node in nodes:
        if n == name and (role is None or r == role):
            if not focusable or s.contains(Atspi.StateType.FOCUSABLE):
                return node
    return None


def focused(nodes):
    return [(r, n) for r, n, s, _ in nodes if s.contains(Atspi.StateType.FOCUSED)]


def audit(screen, nodes):
    """Prints the screen's counts and checks that no focusable object is unnamed."""
    focusable = [(r, n, node) for r, n, s, node in nodes if s.contains(Atspi.StateType.FOCUSABLE)]
    unnamed = [(r, node) for r, n, node in focusable if not n]
    headings = [n for r, n, _, _ in nodes if r == Atspi.Role.HEADING]
    print(
        f"{screen}: {len(nodes)} objects, {len(focusable)} focusable, "
        f"{len(unnamed)} focusable without a name, {len(headings)} headings"
    )
    for r, node in unnamed[:5]:
        try:
            ext = node.get_extents(Atspi.CoordType.WINDOW)
            where = f"at {ext.x},{ext.y} {ext.width}x{ext.height}"
        except GLib.Error:
            where = ""
        print(f"        unnamed {Atspi.Role(r).value_nick} {where}")
    if os.environ.get("A11Y_DUMP"):
        for r, n, s, _ in nodes:
            flags = "F" if s.contains(Atspi.StateType.FOCUSABLE) else " "
            print(f"        {flags} {Atspi.Role(r).value_nick:14} {n[:70]!r}")
    check(not unnamed, f"{screen}: no focusable object without a name")
    return headings


def click(nodes, name, role=None):
    """Clicks a control through its AT-SPI action, as a screen reader user's Enter does."""
    node = find(nodes, name, role, focusable=True)
    if node is None:
        check(False, f"a control named {name!r} exists")
        return False
    node.do_action(0)
    return True


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True)


print("AT-SPI walk of the app (pid %d)" % PID)
app = find_app()
if app is None:
    print("  FAIL  the app never appeared on the accessibility bus")
    sys.exit(1)
frame = app.get_child_at_index(0)
frame_name = (frame.get_name() or "").strip()
print(f"application {app.get_name()!r}, window role {frame.get_role_name()!r}, name {frame_name!r}")
check(frame_name != "", "the window has a name")

# --- Check screen --------------------------------------------------------------------------------
nodes = wait_for(
    app,
    lambda ns: has(ns, Atspi.Role.ENTRY) and has(ns, name=EN["check.intro"][:30]),
    "the Check screen",
)
nodes = wait_for(app, lambda ns: not has(ns, name=EN["source.loading"]), "the demo index")
check_headings = audit("Check", nodes)
check(EN["check.heading"] in check_headings, "Check: its title is a heading")

# --- Enter on a demo number: the result must be announced -----------------------------------------
xdotool("windowfocus", "--sync", WINDOW)
pump(0.5)
xdotool("type", "--delay", "30", DEMO_NUMBER)
pump(0.5)
events.clear()
xdotool("key", "Return")
nodes = wait_for(
    app, lambda ns: not has(ns, Atspi.Role.ENTRY) and has(ns, Atspi.Role.CHECK_BOX), "the Result screen"
)
pump(1.0)
nodes = snapshot(app)
expected = EN["result.found"].replace("{n}", str(DEMO_BREACHES))
focus_now = focused(nodes)
print(f"after Enter: focused {[(Atspi.Role(r).value_nick, n) for r, n in focus_now]}")
for kind, detail, role, name, text in events:
    print(f"        event {kind} {detail} {role} {name or text!r}")
gained = [
    (role, name) for kind, detail, role, name, _ in events
    if kind.startswith("object:state-changed:focused") and detail == 1
]
announced = [text for kind, _, _, _, text in events if kind.startswith("object:announcement")]
by_focus = any(role == "heading" and expected in name for role, name in gained) and any(
    r == Atspi.Role.HEADING and expected in n for r, n in focus_now
)
by_announcement = any(expected in text for text in announced)
check(
    by_focus or by_announcement,
    f"Result: announced (focus moved to a heading saying {expected!r}, or a polite announcement)",
)
result_headings = audit("Result", nodes)
check(any(expected in h for h in result_headings), "Result: the verdict is a heading")
check(len(result_headings) >= 1 + DEMO_BREACHES, "Result: the title and each breach are headings")

# --- Scam guide: the list and one article ---------------------------------------------------------
click(nodes, EN["nav.guide"])
nodes = wait_for(app, lambda ns: has(ns, name=EN["guide.intro"][:30]), "the Guide screen")
guide_headings = audit("Guide", nodes)
check(EN["guide.heading"] in guide_headings, "Guide: its title is a heading")
links = [node for r, n, s, node in nodes if r == Atspi.Role.LINK and n]
if links:
    title = links[0].get_name()
    links[0].do_action(0)
    nodes = wait_for(app, lambda ns: has(ns, name=EN["guide.back"]), "an article")
    article_headings = audit(f"Guide article {title!r}", nodes)
    check(any(title.strip() in h for h in article_headings), "Guide article: its title is a heading")
else:
    check(False, "Guide: the article titles are links")

# --- Check a message: a message with red flags, checked ------------------------------------------
click(nodes, EN["nav.message"])
nodes = wait_for(app, lambda ns: has(ns, name=EN["message.intro"][:30]), "the Message screen")
# The rules are compiled when this screen is first shown: wait for "Preparing…" to go.
nodes = wait_for(
    app, lambda ns: not has(ns, name=EN["message.preparing"][:20]), "the message rules", timeout=60
)
entry = next((node for r, n, s, node in nodes if r == Atspi.Role.ENTRY), None)
if entry is not None:
    entry.grab_focus()
    pump(0.3)
    xdotool("type", "--delay", "5", MESSAGE)
    pump(0.5)
    nodes = snapshot(app)
    click(nodes, EN["message.button"])
    nodes = wait_for(
        app, lambda ns: has(ns, name=EN["message.report_chakshu"][:30]), "the message's result"
    )
    verdicts = [EN[k] for k in EN if k.startswith("message.verdict_")]
    check(
        any(r == Atspi.Role.HEADING and n in verdicts for r, n in focused(nodes)),
        "Message: the verdict heading has the focus once the message is checked",
    )
message_headings = audit("Message", nodes)
check(EN["message.heading"] in message_headings, "Message: its title is a heading")

# --- Report & help, Settings ----------------------------------------------------------------------
click(nodes, EN["nav.help"])
nodes = wait_for(app, lambda ns: has(ns, name=EN["help.intro"][:30]), "the Help screen")
help_headings = audit("Help", nodes)
check(EN["help.heading"] in help_headings, "Help: its title is a heading")
click(nodes, EN["nav.settings"])
nodes = wait_for(app, lambda ns: has(ns, name=EN["settings.trust_demo"][:30]), "the Settings screen")
settings_headings = audit("Settings", nodes)
check(EN["settings.trust"] in settings_headings, "Settings: its sections are headings")

print()
if failures:
    print(f"AT-SPI walk: {len(failures)} check(s) failed:")
    for f in failures:
        print(f"  - {f}")
    sys.exit(1)
print("AT-SPI walk: all checks passed")
