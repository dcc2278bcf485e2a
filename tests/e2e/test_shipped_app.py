"""The shipped app as a person uses it (issue: manual sections 3, 4.3, 6):
the real `mygas` process against the real `mygas-server`, driven through the
accessibility bus by role and accessible name, as a screen reader user does.
Each step names what a person does; a crash, a hang or a step a person could
not do fails the suite, with the program's tree and a screenshot."""

import os
import re
import shutil
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import atspi  # noqa: E402
import shipped  # noqa: E402

LOGIN = "e2e-%d@mygas.example" % os.getpid()
PASSWORD = "gas2026"
# A demo account anyone can link (docs/demo.md), with its PIN; its company
# takes readings on every day of the month.
ACCOUNT_COMPANY = "Лесногорск"
ACCOUNT_NUMBER = "66012345"
ACCOUNT_PIN = "118256"

work = tempfile.mkdtemp(prefix="mygas-e2e-")
artifacts = os.environ.get("MYGAS_E2E_ARTIFACTS", os.path.join(work, "shots"))
os.makedirs(artifacts, exist_ok=True)
server = shipped.Server(os.path.join(work, "server"))
app = shipped.App(os.path.join(work, "home"))
os.makedirs(app.home, exist_ok=True)
passed = []


def step(title):
    def wrap(fn):
        def run(*args):
            app.check_alive()
            started = time.monotonic()
            try:
                result = fn(*args)
            except Exception:
                shot = os.path.join(artifacts, "fail-%02d.png" % (len(passed) + 1))
                shipped.screenshot(shot)
                print("FAIL: %s\n%s\nscreenshot: %s\napp log:\n%s" % (
                    title, traceback.format_exc(), shot, shipped.tail(app.log)), flush=True)
                raise
            app.check_alive()
            passed.append(title)
            print("ok %d - %s (%.1f s)" % (len(passed), title, time.monotonic() - started), flush=True)
            shipped.screenshot(os.path.join(artifacts, "%02d.png" % len(passed)))
            return result
        return run
    return wrap
