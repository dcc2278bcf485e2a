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


def demo_code(p):
    """Reads the newest confirmation code in «Демо-почта», as a person does."""
    p.press_button(exact="Демо-почта")
    mail = p.window("Демо-почта")
    code = []

    def newest():
        for t in p.texts(mail):
            m = re.search(r"\b(\d{6})\b", t)
            if m:
                code[:] = [m.group(1)]
                return True
        return False

    p.wait_for(newest, 30, "a code in «Демо-почта»")
    return code[0]


@step("register with an e-mail address and a password")
def register(p):
    p.press_button(exact="Регистрация")
    p.find("button", exact="Зарегистрироваться")  # the registration page is there
    p.type_into(p.find("text", exact="Логин"), LOGIN)
    p.type_into(p.find("password", exact="Пароль"), PASSWORD)
    p.type_into(p.find("password", exact="Подтверждение пароля"), PASSWORD)
    p.press_button(exact="Зарегистрироваться")
    p.find("text", exact="Код подтверждения", timeout=30)


@step("confirm the code read in «Демо-почта»")
def confirm_code(p):
    code = demo_code(p)
    p.type_into(p.find("text", exact="Код подтверждения"), code)
    p.press_button(exact="Подтвердить")


@step("meet the assistant («Хорошо») and accept the consent («Я согласен»)")
def welcome_and_consent(p):
    p.press_button(exact="Хорошо", timeout=30)
    p.press_button(exact="Я согласен", timeout=30)


def choose(p, combo, item_part):
    """Opens a combo box and picks an item, as with the keyboard."""
    p.focus(combo)
    atspi.key("alt+Down")
    item = p.find("list item", item_part, timeout=10)
    p.wait_for(lambda: atspi.showing(item), 10, "the list of «%s»" % atspi.name(combo))
    atspi.click(item)
    p.wait_for(lambda: item_part.lower() in atspi.name(combo).lower() or
               item_part.lower() in atspi.text_of(combo).lower(), 10, "«%s» chosen" % item_part)


@step("link a personal account («Подключить лицевой счет»: company, number)")
def link_account(p):
    p.press_button(exact="Подключить лицевой счет", timeout=30)
    dialog = p.window("Подключить лицевой счет")
    choose(p, p.find("combo box", "Региональная газовая компания", within=dialog), ACCOUNT_COMPANY)
    p.type_into(p.find("text", exact="Номер лицевого счета", within=dialog), ACCOUNT_NUMBER)
    p.press_button(exact="Продолжить", within=dialog)
    p.gone("button", exact="Продолжить", timeout=30)
    p.wait_text(ACCOUNT_NUMBER, timeout=60)
