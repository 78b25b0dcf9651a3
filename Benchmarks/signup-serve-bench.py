#!/usr/bin/env python3
"""Sign-ups per second that `circles serve` takes: each sign-up is what a browser does, a GET
of the form (for its CSRF token) and a POST of it; every one is kept in State with its
confirmation mail queued, in one transaction.

    Benchmarks/signup-serve-bench.py [--signups N] [--clients C] [--binary PATH]

Copies the demo workspace, adds web: and mail: blocks (the mail server is a closed port: the
messages stay queued, as they would while sending lags), publishes, serves on 127.0.0.1, and
sends N sign-ups from C parallel clients, each from its own X-Forwarded-For (so that the per
address limit does not apply). Prints the figures; checks that State holds N sign-ups and N
queued confirmations afterwards.
"""

import argparse
import concurrent.futures
import re
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--signups", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--binary", default=str(REPO / ".build" / "release" / "circles"))
    options = parser.parse_args()
    binary = options.binary
    if not Path(binary).exists():
        subprocess.run(["swift", "build", "-c", "release", "--product", "circles"], cwd=REPO, check=True)
    root = Path(tempfile.mkdtemp(prefix="signup-bench-"))
    workspace = root / "Courses"
    shutil.copytree(REPO / "Courses", workspace, ignore=shutil.ignore_patterns(".circles"))
    port = free_port()
    with open(workspace / "plan.yaml", "a", encoding="utf-8") as plan:
        plan.write(f'web: {{ base_url: "http://127.0.0.1:{port}" }}\n'
                   'mail:\n  from: "Bench <bench@example.org>"\n'
                   f"  smtp: {{ host: 127.0.0.1, port: {free_port()}, security: none }}\n  remind_before: 0\n")
    subprocess.run([binary, "plan", str(workspace)], check=False, capture_output=True)
    subprocess.run([binary, "publish", str(workspace), "--out", str(root / "out"), "--today", "2022-01-01"],
                   check=True, capture_output=True)
    server = subprocess.Popen([binary, "serve", str(workspace), "--out", str(root / "out"), "--port", str(port),
                               "--now", "2022-01-01T08:00"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)

        def sign_up(index):
            client = f"10.{index // 65536 % 256}.{index // 256 % 256}.{index % 256}"
            form = urllib.request.urlopen(urllib.request.Request(
                base + "/courses/digital-valskola/signup", headers={"X-Forwarded-For": client}), timeout=30).read()
            csrf = re.search(rb'name="csrf" value="([^"]+)"', form).group(1).decode()
            body = urllib.parse.urlencode([("csrf", csrf), ("name", f"Bench {index}"), ("email", f"b{index}@example.net"),
                                           ("association", "karlstad"), ("consent", "yes"), ("website", "")]).encode()
            request = urllib.request.Request(base + "/courses/digital-valskola/signup", data=body, method="POST", headers={
                "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": client})
            started = time.perf_counter()
            with urllib.request.urlopen(request, timeout=30) as response:
                assert response.status == 200
                response.read()
            return time.perf_counter() - started

        started = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(options.clients) as pool:
            times = sorted(pool.map(sign_up, range(options.signups)))
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    with sqlite3.connect(workspace / ".circles" / "state.sqlite") as db:
        (kept,) = db.execute("SELECT count(*) FROM signup").fetchone()
        (queued,) = db.execute("SELECT count(*) FROM mail_outbox WHERE kind = 'signup-confirmation'").fetchone()
    assert kept == options.signups and queued == options.signups, (kept, queued)
    print(f"sign-ups: {options.signups} from {options.clients} clients in {wall:.2f} s wall: "
          f"{options.signups / wall:.0f} sign-ups/s (GET form + POST each); POST median "
          f"{times[len(times) // 2] * 1000:.1f} ms, p99 {times[int(len(times) * 0.99)] * 1000:.1f} ms; "
          f"State holds {kept} sign-ups and {queued} queued confirmations")
    shutil.rmtree(root)


if __name__ == "__main__":
    main()
