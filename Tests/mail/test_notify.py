"""circles notify against a real SMTP server: what is sent, to whom, how it reads back."""

import os
import re
import stat
from datetime import datetime
from zoneinfo import ZoneInfo

from mail_support import NOW, USER

SV_DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december"]


def when(text):
    """`2022-06-07T19:00:00+02:00` as the Swedish messages write it: `tisdag 7 juni 2022 kl. 19.00`."""
    t = datetime.fromisoformat(text).astimezone(ZoneInfo("Europe/Stockholm"))
    return f"{SV_DAYS[t.weekday()]} {t.day} {SV_MONTHS[t.month - 1]} {t.year} kl. {t:%H.%M}"


def people_of(circle):
    return ([circle["leader"]] if circle.get("leader") else []) + circle["participants"]


def expected_recipients(workspace):
    """Everyone in a circle (all sessions are upcoming on 2022-01-01) with an e-mail address."""
    return workspace.recipients()


def test_welcome_reads_back_exactly(workspace, smtp_server):
    result = workspace.notify()
    recipients = expected_recipients(workspace)
    received = smtp_server.parsed()
    assert len(received) == len(recipients)
    assert f"sent {len(recipients)}, failed 0" in result.stdout
    assert smtp_server.connections == 1, "one connection for the batch"
    people = workspace.people()
    feeds = workspace.feeds()
    names = {p["name"] for p in people.values()}
    addresses = {p["email"] for p in people.values() if p["email"]}
    seen = set()
    for mail_from, rcpt, message, raw in received:
        assert mail_from == "studier@example.org"
        assert len(rcpt) == 1 and rcpt[0] in recipients
        person = recipients[rcpt[0]]
        seen.add(person)
        assert message["To"].addresses[0].addr_spec == rcpt[0]
        assert len(message["To"].addresses) == 1 and message["Cc"] is None and message["Bcc"] is None
        assert message["To"].addresses[0].display_name == people[person]["name"]
        assert str(message["From"]) == "Vänsterpartiet Värmland <studier@example.org>"
        assert message["Reply-To"] == "studier@example.org"
        assert message["Subject"] == "Välkommen: dina träffar med Vänsterpartiet Värmland"
        assert message["Auto-Submitted"] == "auto-generated"
        assert re.fullmatch(r"<[0-9a-f]{32}@example\.org>", message["Message-ID"])
        assert message["Date"].datetime.tzinfo is not None
        feed = feeds[person]["url"]
        assert feed.startswith("https://kalender.example.org/p/") and feed.endswith(".ics")
        link = feed[: -len(".ics")]  # the personal page of the same token
        assert message["List-Unsubscribe"] == f"<{link}>"
        # 7-bit on the wire, every line within RFC 5322's 78 (the one-word List-Unsubscribe
        # within its 998), subject as RFC 2047 encoded-words.
        raw.decode("ascii")
        assert all(len(line) <= 78 for line in raw.split(b"\r\n") if not line.startswith(b"List-Unsubscribe:"))
        assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
        assert b"\nSubject: =?UTF-8?B?" in raw
        assert message.get_content_type() == "multipart/alternative"
        parts = list(message.iter_parts())
        assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
        assert all(p.get_content_charset() == "utf-8" for p in parts)
        assert all(p["Content-Transfer-Encoding"] == "quoted-printable" for p in parts)
        plain, html = parts[0].get_content(), parts[1].get_content()
        assert plain.startswith(f"Hej {people[person]['name']}!")
        assert link in plain and f'href="{link}"' in html
        assert "träff" in plain and "träff" in html
        # Nothing about any other member: no other name or address, no other link.
        for other in names - {people[person]["name"]}:
            pattern = r"\b" + re.escape(other) + r"\b"
            if not re.search(pattern, people[person]["name"]):
                assert not re.search(pattern, plain) and not re.search(pattern, html), "another member's name is in the message"
        text = raw.decode("ascii")
        for other in addresses - {rcpt[0]}:
            assert not re.search(r"(?<![\w.+-])" + re.escape(other), text), "another member's address is in the message"
        for other, row in feeds.items():
            if other != person:
                assert row["url"] not in plain
    assert seen == set(recipients.values())

    again = workspace.notify()
    assert "queued 0 new, sent 0" in again.stdout
    assert len(smtp_server.messages) == len(recipients)


def test_a_moved_session_tells_exactly_its_circle_once(workspace, smtp_server):
    workspace.notify()
    welcomed = len(smtp_server.messages)
    before = workspace.schedule()
    days = {}
    for c in before["circles"]:
        for s in c["sessions"]:
            days.setdefault(s["start"][:10], set()).add(c["id"])
    # The last session of a circle, on a day no other circle meets: blocking that day moves it.
    circle, session = next(
        (c, c["sessions"][-1]) for c in sorted(before["circles"], key=lambda c: c["id"])
        if len(c["sessions"]) > 1 and days[c["sessions"][-1]["start"][:10]] == {c["id"]}
        and c["sessions"][-1]["start"] > "2022-03")
    plan = workspace.path / "plan.yaml"
    text = plan.read_text(encoding="utf-8").replace(
        "blackouts:\n", f"blackouts:\n  - {{ date: {session['start'][:10]}, reason: Lokalen upptagen }}\n", 1)
    plan.write_text(text, encoding="utf-8")
    replan = workspace.publish_replan()
    assert "moved:" in replan.stdout
    after = {c["id"]: c for c in workspace.schedule()["circles"]}
    moved_circles = {c for c in after if any(
        s["start"] != t["start"] for s in after[c]["sessions"] for t in
        next(b for b in before["circles"] if b["id"] == c)["sessions"] if s["number"] == t["number"])}
    assert moved_circles == {circle["id"]}, "the test needs a re-plan that moves only one circle"
    new = next(s for s in after[circle["id"]]["sessions"] if s["number"] == session["number"])

    result = workspace.notify()
    people = workspace.people()
    expected = {people[p]["email"] for p in people_of(after[circle["id"]]) if people[p]["email"]}
    changes = smtp_server.parsed()[welcomed:]
    assert sorted(r[0] for _, r, _, _ in changes) == sorted(expected), "exactly that circle's people, one each"
    for _, _, message, _ in changes:
        assert message["Subject"] == "Ändrat: dina träffar med Vänsterpartiet Värmland"
        plain = message.get_body(preferencelist=("plain",)).get_content()
        html = message.get_body(preferencelist=("html",)).get_content()
        assert "Flyttad:" in plain and when(new["start"]) in plain and when(session["start"]) in plain
        assert plain.count("Flyttad:") == 1
        assert when(new["start"]) in html and when(session["start"]) in html
    assert f"queued {len(expected)} new, sent {len(expected)}" in result.stdout

    again = workspace.notify()
    assert "queued 0 new, sent 0" in again.stdout
    assert len(smtp_server.messages) == welcomed + len(expected)


def test_a_cancelled_circle_gives_a_cancellation(workspace, smtp_server):
    workspace.notify()
    welcomed = len(smtp_server.messages)
    circles = workspace.path / "circles.yaml"
    text = circles.read_text(encoding="utf-8")
    block = re.search(r"- id: medlemsvard-vast-var22\n(  .*\n)+", text).group(0)
    members = re.search(r"participants: \[(.*)\]", block).group(1).split(", ")
    circles.write_text(text.replace(block, ""), encoding="utf-8")
    enrolments = workspace.path / "enrolments.csv"
    lines = enrolments.read_text(encoding="utf-8").splitlines(keepends=True)
    enrolments.write_text("".join(
        l for l in lines if not (l.split(",")[0] in members and "medlemsvard" in l)), encoding="utf-8")
    replan = workspace.publish_replan()
    assert "cancelled" in replan.stdout
    workspace.notify()
    people = workspace.people()
    told = {r[0]: m for _, r, m, _ in smtp_server.parsed()[welcomed:]}
    for member in members:
        if not people[member]["email"]:
            continue
        message = told[people[member]["email"]]
        plain = message.get_body(preferencelist=("plain",)).get_content()
        assert "Inställd:" in plain and "Medlemsvård" in plain or "medlemsv" in plain.lower()
        assert plain.count("Inställd:") >= 3


def test_server_down_keeps_everything_queued(workspace, smtp_server):
    workspace.set_port(1)  # nothing listens on port 1
    result = workspace.notify(expect=1)
    assert "cannot send through 127.0.0.1:1" in result.stderr
    assert "every message stays queued" in result.stderr
    queued = [row for row in workspace.outbox() if row[2] == "queued"]
    assert queued and len(smtp_server.messages) == 0
    workspace.set_port(smtp_server.port)
    workspace.notify()
    assert len(smtp_server.messages) == len(queued)
    assert all(row[2] == "sent" for row in workspace.outbox())


def test_one_refused_recipient_fails_alone(workspace, smtp_server):
    recipients = expected_recipients(workspace)
    refused = sorted(recipients)[3]
    smtp_server.refuse.add(refused)
    result = workspace.notify(expect=2)
    person = recipients[refused]
    assert f"failed: {person}: 550 5.1.1 <(address)>: Recipient address rejected: User unknown" in result.stdout
    assert len(smtp_server.messages) == len(recipients) - 1
    rows = {row[0]: row for row in workspace.outbox()}
    assert rows[f"welcome/{person}"][2] == "failed"
    assert rows[f"welcome/{person}"][4].startswith("550 5.1.1")
    assert all(row[2] == "sent" for id, row in rows.items() if id != f"welcome/{person}")
    workspace.notify()  # a refused message is not tried again
    assert len(smtp_server.messages) == len(recipients) - 1


def test_wrong_password_sends_nothing(workspace, smtp_server):
    result = workspace.notify(expect=1, env={"CIRCLES_SMTP_PASSWORD": "wrong"})
    assert "refused the login" in result.stderr
    assert len(smtp_server.messages) == 0


def test_dry_run_writes_private_eml_files_and_records_nothing(workspace, smtp_server):
    recipients = expected_recipients(workspace)
    result = workspace.notify("--dry-run")
    assert f"dry run: {len(recipients)} messages written" in result.stdout
    outbox = workspace.path / ".circles" / "outbox"
    files = sorted(outbox.glob("*.eml"))
    assert len(files) == len(recipients)
    assert stat.S_IMODE(os.stat(outbox).st_mode) == 0o700
    assert all(stat.S_IMODE(os.stat(f).st_mode) == 0o600 for f in files)
    assert stat.S_IMODE(os.stat(workspace.path / ".circles" / "state.sqlite").st_mode) == 0o600
    assert smtp_server.messages == [] and workspace.outbox() == []
    again = workspace.notify("--dry-run")
    assert f"dry run: {len(recipients)} messages written" in again.stdout


def test_no_mail_block_says_so(workspace):
    plan = workspace.path / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text[: text.index("mail:\n")], encoding="utf-8")
    result = workspace.notify(expect=1)
    assert "has no mail: block, so no e-mail is sent" in result.stderr


def test_serve_sends_what_is_due_every_minute(workspace, smtp_server):
    import subprocess
    import time
    from mail_support import BINARY, PASSWORD, free_port
    recipients = expected_recipients(workspace)
    # serve looks at the real clock, when the demo's 2022 sessions are past: queue the welcomes
    # as of 2022 with the server unreachable, and let serve's minute loop send them.
    workspace.set_port(1)
    workspace.notify(expect=1)
    workspace.set_port(smtp_server.port)
    log = workspace.base / "serve.log"
    done = f"mail: queued 0, sent {len(recipients)}, failed 0, deferred 0, still queued 0"
    with open(log, "w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [str(BINARY), "serve", str(workspace.path), "--out", str(workspace.base / "Calendars"), "--port",
             str(free_port())],
            env={"CIRCLES_SMTP_PASSWORD": PASSWORD, "PATH": "/usr/bin:/bin"},
            stdout=subprocess.PIPE, stderr=stderr, text=True)
        try:
            # The round's line comes after the last message is marked sent in State, a moment
            # after the server has it: wait for both.
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not (
                    len(smtp_server.messages) >= len(recipients) and done in log.read_text(encoding="utf-8")):
                time.sleep(0.2)
        finally:
            process.terminate()
            out, _ = process.communicate(timeout=30)
    err = log.read_text(encoding="utf-8")
    assert len(smtp_server.messages) == len(recipients)
    assert done in err
    for secret in workspace.secrets():
        assert secret not in out + err


def test_tls_from_the_first_byte(workspace, certificate):
    import ssl
    from aiosmtpd.controller import Controller
    from mail_support import Recorder, free_port, make_authenticator
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert), str(key))
    recorder = Recorder()
    server = Controller(
        recorder, hostname="127.0.0.1", port=free_port(), ssl_context=context, auth_required=True,
        auth_require_tls=False,  # the connection is TLS from the start; aiosmtpd only knows STARTTLS
        authenticator=make_authenticator(recorder))
    server.start()
    try:
        workspace.set_port(server.port)
        plan = workspace.path / "plan.yaml"
        plan.write_text(plan.read_text(encoding="utf-8").replace("security: starttls", "security: tls"), encoding="utf-8")
        result = workspace.notify()
        recipients = expected_recipients(workspace)
        assert f"sent {len(recipients)}, failed 0" in result.stdout
        assert len(recorder.messages) == len(recipients) and recorder.connections == 1
    finally:
        server.stop()


def test_a_server_that_refuses_the_sender_stops_the_batch_and_fails_nobody(workspace, smtp_server):
    plan = workspace.path / "plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(", user: studier", ""), encoding="utf-8")
    result = workspace.notify(expect=1)  # no AUTH: the server answers MAIL FROM with 530
    assert "the server refused the sender (530" in result.stderr
    assert smtp_server.messages == []
    assert {row[2] for row in workspace.outbox()} == {"queued"}


def test_an_untrusted_certificate_is_refused(workspace, smtp_server):
    plan = workspace.path / "plan.yaml"
    plan.write_text(re.sub(r", ca_file: [^ }]+", "", plan.read_text(encoding="utf-8")), encoding="utf-8")
    result = workspace.notify(expect=1)
    assert "cannot send through 127.0.0.1" in result.stderr
    assert smtp_server.messages == []
