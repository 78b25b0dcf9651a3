"""Sign-up, confirmation and the personal page (issue 13; spec: ../shared/spec/web.md, "Sign-up",
"The personal page", "Privacy and security").

One served copy of the demo workspace with `web:` and `mail:` blocks; its mail goes to a real SMTP
server (aiosmtpd) on 127.0.0.1; `circles serve --now 2022-01-01T08:00`, so the demo's meetings
are still to come. Pages are driven in headless Chromium at phone width; State is read with
sqlite3 to check that each action wrote what it says, and that a refused request wrote nothing.
"""

import json
import re
import sqlite3
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait

from web_site import CIRCLES, Site, fetch, free_port, run, set_viewport

NOW = "2022-01-01T08:00"
COURSE = "digital-valskola"  # digital: anyone can be placed, wherever they live
ASSOCIATION = "karlstad"
# CSRF-bearing fields of a good sign-up; each bad submission changes one thing.
GOOD = [("name", "Ada Lind"), ("email", "ada.lind@example.net"), ("association", ASSOCIATION),
        ("born", "1990"), ("gender", "f"), ("never", "sun"), ("note", "Hörs!"), ("consent", "yes"), ("website", "")]


class Mailbox:
    """The SMTP server's side: every message accepted, by recipient."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 2.0.0 OK queued"

    def to(self, address):
        with self.lock:
            return [message_from_bytes(b, policy=policy.default) for r, b in self.messages if address in r]

    def wait_for(self, address, count=1, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            found = self.to(address)
            if len(found) >= count:
                return found
            time.sleep(0.2)
        raise AssertionError(f"no message to {address} within {timeout} s")


@pytest.fixture(scope="module")
def mailbox():
    box = Mailbox()
    server = Controller(box, hostname="127.0.0.1", port=free_port())
    server.start()
    box.port = server.port
    yield box
    server.stop()


@pytest.fixture(scope="module")
def site(tmp_path_factory, mailbox):
    port = free_port()

    def edit(workspace):
        with open(workspace / "plan.yaml", "a", encoding="utf-8") as plan:
            plan.write(
                f'web: {{ base_url: "http://127.0.0.1:{port}" }}\n'
                "mail:\n"
                '  from: "Vänsterpartiet Värmland <studier@example.org>"\n'
                f"  smtp: {{ host: 127.0.0.1, port: {mailbox.port}, security: none }}\n"
                "  remind_before: 0\n"
                "  max_per_minute: 0\n")

    site = Site(tmp_path_factory.mktemp("signup"), edit=edit, port=port, serve_args=("--now", NOW))
    yield site
    site.stop()


def state(site, sql, *args):
    with sqlite3.connect(site.workspace / ".circles" / "state.sqlite") as db:
        return db.execute(sql, args).fetchall()


def written(site):
    """Everything a form can write (mail sent by the minute loop aside)."""
    return {
        table: state(site, f"SELECT * FROM {table} ORDER BY 1")
        for table in ("signup", "absence", "leaving", "erasure", "spent_form_token", "feed_token")
    } | {"confirmations": state(site, "SELECT id, recipient FROM mail_outbox WHERE kind = 'signup-confirmation' ORDER BY id")}


def form_token(site, path):
    status, _, body = fetch(site.base + path)
    assert status == 200, path
    return re.search(rb'name="csrf" value="([^"]+)"', body).group(1).decode()


_client = [0]


def client_address():
    """A fresh X-Forwarded-For for each request, so that the per-address limits do not interfere."""
    _client[0] += 1
    return f"198.51.100.{_client[0] % 250 + 1}, 203.0.{_client[0] // 250}.{_client[0] % 250 + 1}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def post(site, path, fields, content_type="application/x-www-form-urlencoded", raw=None, client=None):
    """(status, headers, body) of one POST; redirects are not followed."""
    body = raw if raw is not None else urllib.parse.urlencode(fields).encode()
    headers = {"Content-Type": content_type, "X-Forwarded-For": client or client_address()}
    request = urllib.request.Request(site.base + path, data=body, method="POST", headers=headers)
    try:
        with _opener.open(request, timeout=20) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def signup_path(course=COURSE):
    return f"/courses/{course}/signup"


def press(driver, xpath):
    """Clicks the element and waits until the next page has replaced this one."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.XPATH, xpath).click()
    def replaced(_):
        # Chromium answers for a node of the old page either "stale element" or "does not
        # belong to the document"; both mean the next page is there.
        try:
            old.is_enabled()
            return False
        except WebDriverException:
            return True

    WebDriverWait(driver, 15).until(replaced)
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def type_into(driver, element_id, text):
    """Types like a person; a keystroke lost while the page settles is typed again."""
    element = driver.find_element(By.ID, element_id)
    for _ in range(3):
        element.clear()
        element.send_keys(text)
        if element.get_attribute("value") == text:
            return
    raise AssertionError(f"could not type into #{element_id}: {element.get_attribute('value')!r}")


def button(text):
    return f"//button[text()='{text}']"


def text_of(driver):
    return driver.find_element(By.TAG_NAME, "main").text


def plan_and_publish(site):
    run(CIRCLES, "plan", site.workspace, ok=(0, 2))
    site.publish()
    time.sleep(1)  # the server picks a new publish up within 250 ms


def test_sign_up_confirm_plan_publish_and_every_action(site, mailbox, browser, screenshots):
    set_viewport(browser, 360, 800)
    browser.get(site.base + f"/courses/{COURSE}")
    press(browser, "//a[@id='signup']")
    assert browser.current_url == site.base + signup_path()
    type_into(browser, "name", "Åsa <script>alert(1)</script> \"Öberg\" O'Hara")
    type_into(browser, "email", "asa.oberg@example.net")
    Select(browser.find_element(By.ID, "association")).select_by_value(ASSOCIATION)
    browser.find_element(By.CSS_SELECTOR, "input[name=consent]").click()
    browser.save_screenshot(str(screenshots / "signup-360.png"))
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
    press(browser, "//form[@class='form']//button[@type='submit']")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Titta i din e-post"
    assert state(site, "SELECT status, person FROM signup WHERE email = ?", "asa.oberg@example.net") == [("pending", None)], \
        (state(site, "SELECT number, status, email FROM signup"), (site.root / "serve.log").read_text()[-600:])

    message = mailbox.wait_for("asa.oberg@example.net")[0]
    plain = message.get_body(("plain",)).get_content()
    link = re.search(r"http://127\.0\.0\.1:\d+/confirm/[A-Za-z0-9_-]+", plain).group(0)
    browser.get(link)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Anmälan bekräftad"
    press(browser, "//a[text()='Till din sida']")
    page = browser.current_url
    token = page.rsplit("/", 1)[1]
    assert "Anmäld: väntar på nästa planering." in text_of(browser)
    assert "<script>" in browser.find_element(By.TAG_NAME, "h1").text  # shown as text, never run
    [(person,)] = state(site, "SELECT person FROM signup WHERE email = ?", "asa.oberg@example.net")
    assert re.fullmatch(r"w\d+", person)
    assert fetch(link)[0] == 200, "a second click on the link says the same"

    plan_and_publish(site)
    browser.get(page)
    main = text_of(browser)
    assert "Digital valskola" in main and "Träff 1 av" in main, main
    browser.save_screenshot(str(screenshots / "personal-360.png"))
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
    status, headers, feed = fetch(site.base + f"/p/{token}.ics")
    assert status == 200 and feed.count(b"BEGIN:VEVENT") >= 1 and b"valskola" in feed.lower()
    assert headers["cache-control"] == "no-store" and headers["x-robots-tag"] == "noindex"

    # I cannot come, and undo.
    press(browser, button("Jag kan inte komma"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Klart"
    assert len(state(site, "SELECT * FROM absence WHERE person = ?", person)) == 1
    browser.back()
    browser.refresh()
    assert "Du har anmält att du inte kan komma." in text_of(browser)
    press(browser, button("Ångra: jag kommer"))
    assert state(site, "SELECT * FROM absence WHERE person = ?", person) == []

    # Leave the circle, after a confirmation step.
    browser.get(page)
    press(browser, button("Lämna cirkeln"))
    assert state(site, "SELECT * FROM leaving WHERE person = ?", person) == []
    press(browser, button("Ja, lämna cirkeln"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Du har lämnat cirkeln"
    assert len(state(site, "SELECT * FROM leaving WHERE person = ?", person)) == 1
    plan_and_publish(site)
    [(schedule,)] = state(site, "SELECT schedule_json FROM kept_plan ORDER BY id DESC LIMIT 1")
    assert all(person not in c["participants"] for c in json.loads(schedule)["circles"])
    browser.get(page)
    assert "Du är inte med i någon cirkel ännu." in text_of(browser)

    # A new link: the old one stops at once, the new one works at once (feed too).
    press(browser, button("Ny länk"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Din nya länk"
    new_page = browser.find_element(By.CSS_SELECTOR, "main a").get_attribute("href")
    new_token = new_page.rsplit("/", 1)[1]
    assert new_token != token
    assert fetch(page)[0] == 404 and fetch(site.base + f"/p/{token}.ics")[0] == 404
    assert fetch(new_page)[0] == 200 and fetch(site.base + f"/p/{new_token}.ics")[0] == 200

    # Erase, after a confirmation step; a pending sign-up from the same address goes too.
    assert post(site, signup_path("feministisk-grundkurs"), good_fields(site, "feministisk-grundkurs",
                                                                        email="asa.oberg@example.net"))[0] == 200
    assert ("pending",) in state(site, "SELECT status FROM signup WHERE email = ?", "asa.oberg@example.net")
    browser.get(new_page)
    press(browser, button("Radera mina uppgifter"))
    press(browser, button("Ja, radera"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Uppgifterna är raderade"
    assert fetch(new_page)[0] == 404
    assert state(site, "SELECT * FROM signup WHERE email = ?", "asa.oberg@example.net") == []
    assert state(site, "SELECT * FROM feed_token WHERE person = ?", person) == []
    assert len(state(site, "SELECT * FROM erasure WHERE person = ?", person)) == 1
    plan_and_publish(site)
    [(schedule,)] = state(site, "SELECT schedule_json FROM kept_plan ORDER BY id DESC LIMIT 1")
    text = json.dumps(json.loads(schedule))
    assert person not in text


def good_fields(site, course=COURSE, **changes):
    fields = [(k, changes.get(k, v)) for k, v in GOOD if changes.get(k, v) is not None]
    return [("csrf", form_token(site, signup_path(course)))] + fields


BAD = {
    "missing name": (lambda s: good_fields(s, name=""), 422, "Fyll i det här fältet."),
    "over-long name": (lambda s: good_fields(s, name="A" * 101), 422, "Högst 100 tecken."),
    "name on two lines": (lambda s: good_fields(s, name="Ada\nLind"), 422, "Skriv namnet på en rad"),
    "missing e-mail": (lambda s: good_fields(s, email=""), 422, "Fyll i det här fältet."),
    "bad e-mail": (lambda s: good_fields(s, email="ada@@example"), 422, "Skriv en e-postadress"),
    "over-long e-mail": (lambda s: good_fields(s, email="a" * 250 + "@x.se"), 422, "Högst 254 tecken."),
    "over-long note": (lambda s: good_fields(s, note="x" * 501), 422, "Högst 500 tecken."),
    "wrong association": (lambda s: good_fields(s, association="atlantis"), 422, "Välj en förening i listan."),
    "role outside the audience": (lambda s: good_fields(s) + [("role", "candidate")], 422, "Välj en av de roller"),
    "bad birth year": (lambda s: good_fields(s, born="1066"), 422, "Skriv ett år mellan 1900"),
    "bad weekday": (lambda s: good_fields(s, never="someday"), 422, "Välj bland veckodagarna."),
    "no consent": (lambda s: good_fields(s, consent=None), 422, "Du behöver samtycka"),
    "no CSRF token": (lambda s: good_fields(s)[1:], 403, "Formuläret var för gammalt"),
    "wrong CSRF token": (lambda s: [("csrf", "0" * 32 + ".1640995200." + "0" * 64)] + good_fields(s)[1:], 403,
                         "Formuläret var för gammalt"),
    "token of another course": (lambda s: [("csrf", form_token(s, signup_path("mediatraning")))] + good_fields(s)[1:],
                                403, "Formuläret var för gammalt"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_submission_gets_its_status_and_message_and_writes_nothing(site, case):
    make, status, message = BAD[case]
    fields = make(site)
    before = written(site)
    got, headers, body = post(site, signup_path(), fields)
    assert got == status, body.decode()
    assert message in body.decode()
    assert written(site) == before
    if status == 422:  # the values entered are kept
        assert "ada.lind@example.net" in body.decode() or case.endswith("e-mail")


def test_robots_replays_and_unreadable_bodies_write_nothing(site):
    # The honeypot: the same answer as a real sign-up, nothing kept.
    before = written(site)
    status, _, body = post(site, signup_path(), good_fields(site, website="http://spam.example"))
    assert status == 200 and "Titta i din e-post" in body.decode()
    assert written(site) == before
    # A replayed token: the first use is a sign-up, the second is refused.
    fields = good_fields(site, email="replay@example.net")
    assert post(site, signup_path(), fields)[0] == 200
    after_first = written(site)
    status, _, body = post(site, signup_path(), fields)
    assert status == 403 and "Formuläret var för gammalt" in body.decode()
    assert written(site) == after_first
    # Bodies that are not a form in UTF-8.
    token = form_token(site, signup_path())
    good = urllib.parse.urlencode([("csrf", token)] + GOOD).encode()
    for content_type, raw, expected in [
        ("application/x-www-form-urlencoded", good + b"&note=" + b"x" * 17 * 1024, 413),
        ("multipart/form-data; boundary=xyz", b"--xyz\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAda\r\n--xyz--\r\n", 415),
        ("application/json", json.dumps(dict(GOOD)).encode(), 415),
        ("application/x-www-form-urlencoded", good.replace(b"name=Ada", b"name=%C3%28Ada"), 400),
        ("application/x-www-form-urlencoded", good.replace(b"name=Ada", b"name=\xff\xfeAda"), 400),
    ]:
        before = written(site)
        status, _, _ = post(site, signup_path(), None, content_type=content_type, raw=raw)
        assert status == expected, content_type
        assert written(site) == before


def test_the_answer_is_the_same_for_a_known_and_a_new_address(site):
    known = state(site, "SELECT 1")  # State is there
    with open(site.workspace / "people.csv", encoding="utf-8") as file:
        member = next(line.split(",")[8] for line in file.readlines()[1:] if line.split(",")[8])
    bodies = {"known": set(), "new": set()}
    times = {"known": [], "new": []}
    for index in range(30):
        for kind in ("known", "new"):
            address = member if kind == "known" else f"new{index}@example.net"
            fields = good_fields(site, email=address)
            started = time.perf_counter()
            status, headers, body = post(site, signup_path(), fields)
            times[kind].append(time.perf_counter() - started)
            assert status == 200
            bodies[kind].add(body)
    assert known and bodies["known"] == bodies["new"] and len(bodies["new"]) == 1
    known_median, new_median = statistics.median(times["known"]), statistics.median(times["new"])
    assert abs(known_median - new_median) < max(0.010, 0.25 * new_median), times


def test_wrong_tokens_are_the_plain_404_and_misses_are_limited(site):
    status, headers, body = fetch(site.base + "/no/such/page")
    for path in ("/p/" + "a" * 32, "/p/" + "b" * 32 + "/data.json", "/confirm/" + "c" * 32, "/p/" + "d" * 32 + ".ics"):
        got = fetch(site.base + path, headers={"X-Forwarded-For": "192.0.2.77"})
        assert (got[0], got[2]) == (404, body), path
    for _ in range(20):
        fetch(site.base + "/p/" + "e" * 32, headers={"X-Forwarded-For": "192.0.2.78"})
    status, headers, _ = fetch(site.base + "/p/" + "f" * 32, headers={"X-Forwarded-For": "192.0.2.78"})
    assert status == 429 and int(headers["retry-after"]) > 0
    # Another address is not affected.
    assert fetch(site.base + "/p/" + "f" * 32, headers={"X-Forwarded-For": "192.0.2.79"})[0] == 404


def test_sign_ups_are_limited_per_address(site):
    address = "192.0.2.90"
    statuses = [post(site, signup_path(), good_fields(site, email=f"limit{i}@example.net"), client=address)[0]
                for i in range(11)]
    assert statuses[:10] == [200] * 10 and statuses[10] == 429
    status, headers, _ = post(site, signup_path(), good_fields(site), client=address)
    assert status == 429 and int(headers["retry-after"]) > 0


def test_nothing_personal_reaches_the_log_or_a_public_file(site):
    log = (site.root / "serve.log").read_text(encoding="utf-8")
    rows = state(site, "SELECT name, email, note FROM signup")
    tokens = [t for (t,) in state(site, "SELECT token FROM feed_token")]
    secrets = [v for row in rows for v in row if v] + tokens + ["Åsa", "asa.oberg@example.net"]
    for secret in secrets:
        assert secret not in log
    for file in site.public_files():
        data = file.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, (file, secret)
