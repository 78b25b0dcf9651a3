"""Fixtures for the e-mail tests: a real SMTP server (aiosmtpd) on 127.0.0.1 with STARTTLS on a
certificate made here with openssl and AUTH, and a published copy of the demo workspace with a
mail: block, driven through the built binary `.build/debug/circles`."""

import asyncio
import csv
import email
import email.policy
import os
import re
import shutil
import socket
import ssl
import subprocess
import threading
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

ROOT = Path(__file__).resolve().parents[2]
BINARY = ROOT / ".build" / "debug" / "circles"
PASSWORD = "s3cret-Lösen-42"
USER = "studier"
TODAY = "2022-01-01"
NOW = "2022-01-01T08:00"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Recorder:
    """The server's side: every message accepted, refusals and delays on demand."""

    def __init__(self):
        self.messages = []  # (mail_from, rcpt_tos, bytes)
        self.refuse = set()
        self.delay = 0.0
        self.connections = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        with self.lock:
            self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 2.0.0 OK queued"

    def parsed(self):
        with self.lock:
            return [(f, r, email.message_from_bytes(b, policy=email.policy.default), b) for f, r, b in self.messages]


def make_authenticator(recorder):
    """Checks user and password; counts logins, which is counting connections (one AUTH each)."""
    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
        if ok:
            recorder.connections += 1
        return AuthResult(success=ok, handled=False)
    return authenticator


@pytest.fixture(scope="session")
def certificate(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1, also the CA file libcurl is told to trust."""
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
         "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")],
        check=True, capture_output=True)
    return folder / "cert.pem", folder / "key.pem"


@pytest.fixture
def smtp_server(certificate):
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert), str(key))
    recorder = Recorder()
    server = Controller(
        recorder, hostname="127.0.0.1", port=free_port(), tls_context=context, require_starttls=True,
        auth_required=True, authenticator=make_authenticator(recorder))
    server.start()
    recorder.port = server.port
    yield recorder
    server.stop()


@pytest.fixture(scope="session")
def published(tmp_path_factory, certificate):
    """The demo workspace with web: and mail: blocks, published once (tokens made) as of 2022-01-01."""
    assert BINARY.exists(), f"{BINARY} is missing: run `swift build` (make test does)"
    base = tmp_path_factory.mktemp("published")
    workspace = base / "Courses"
    shutil.copytree(ROOT / "Courses", workspace, ignore=shutil.ignore_patterns(".circles"))
    with open(workspace / "plan.yaml", "a", encoding="utf-8") as plan:
        plan.write(
            "web: { base_url: \"https://kalender.example.org\" }\n"
            "mail:\n"
            "  from: \"Vänsterpartiet Värmland <studier@example.org>\"\n"
            "  reply_to: studier@example.org\n"
            f"  smtp: {{ host: 127.0.0.1, port: 2525, security: starttls, user: {USER}, ca_file: {certificate[0]} }}\n"
            "  remind_before: 24h\n"
            "  max_per_minute: 0\n")
    run_circles(["publish", str(workspace), "--out", str(base / "Calendars"), "--today", TODAY])
    return base


class Workspace:
    """A private copy of the published workspace, pointed at one SMTP port."""

    def __init__(self, base, port):
        self.base = base
        self.path = base / "Courses"
        self.set_port(port)

    def set_port(self, port):
        plan = self.path / "plan.yaml"
        plan.write_text(re.sub(r"port: \d+", f"port: {port}", plan.read_text(encoding="utf-8")), encoding="utf-8")

    def people(self):
        with open(self.path / "people.csv", encoding="utf-8") as f:
            return {row["id"]: row for row in csv.DictReader(f)}

    def feeds(self):
        with open(self.path / ".circles" / "feeds.csv", encoding="utf-8") as f:
            return {row["person"]: row for row in csv.DictReader(f)}

    def secrets(self):
        """What must never be in any output: the password, every token, every member's address."""
        tokens = [row["url"].rsplit("/", 1)[1].removesuffix(".ics") for row in self.feeds().values()]
        addresses = [p["email"] for p in self.people().values() if p["email"]]
        return [PASSWORD] + tokens + addresses

    def notify(self, *args, expect=0, env=None):
        result = run_circles(["notify", str(self.path), "--now", NOW, *args], env=env, expect=expect)
        output = result.stdout + result.stderr
        for secret in self.secrets():
            assert secret not in output, "a password, token or address reached the output"
        return result

    def publish_replan(self):
        result = run_circles(["publish", str(self.path), "--out", str(self.base / "Calendars"), "--replan", "--today", TODAY])
        for secret in self.secrets():
            assert secret not in result.stdout + result.stderr
        return result

    def schedule(self):
        """The kept plan, read from State as the next publish uses it."""
        import json
        import sqlite3
        with sqlite3.connect(self.path / ".circles" / "state.sqlite") as db:
            (text,) = db.execute("SELECT schedule_json FROM kept_plan ORDER BY id DESC LIMIT 1").fetchone()
        return json.loads(text)

    def recipients(self):
        """Address -> person id of everyone in a circle with an e-mail address."""
        people = self.people()
        ids = {p for c in self.schedule()["circles"] for p in ([c["leader"]] if c.get("leader") else []) + c["participants"]}
        return {people[p]["email"]: p for p in ids if people[p]["email"]}

    def outbox(self):
        import sqlite3
        with sqlite3.connect(self.path / ".circles" / "state.sqlite") as db:
            return db.execute("SELECT id, person, status, attempts, last_reply FROM mail_outbox ORDER BY id").fetchall()


@pytest.fixture
def workspace(published, smtp_server, tmp_path):
    copy = tmp_path / "ws"
    shutil.copytree(published, copy)
    return Workspace(copy, smtp_server.port)


def run_circles(args, env=None, expect=0, timeout=300):
    environment = dict(os.environ)
    environment["CIRCLES_SMTP_PASSWORD"] = PASSWORD
    if env:
        environment.update(env)
    result = subprocess.run([str(BINARY), *args], capture_output=True, text=True, env=environment, timeout=timeout)
    if expect is not None:
        assert result.returncode == expect, f"circles {args[0]} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result
