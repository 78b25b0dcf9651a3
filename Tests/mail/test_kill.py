"""SIGKILL at random points of a batch, 20 times: no message lost, none sent twice except at
most the one in flight at each kill."""

import collections
import csv
import random
import signal
import subprocess
import time

from mail_support import BINARY, NOW, PASSWORD, run_circles


def test_killed_twenty_times_loses_nothing_and_repeats_at_most_the_one_in_flight(workspace, smtp_server):
    # A small batch: only the first people keep their addresses.
    people_file = workspace.path / "people.csv"
    with open(people_file, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
        fields = list(rows[0].keys())
    kept = 0
    for row in rows:
        if row["email"]:
            kept += 1
            if kept > 80:
                row["email"] = ""
    with open(people_file, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    smtp_server.delay = 0.1

    randomness = random.Random(16)
    environment = {"CIRCLES_SMTP_PASSWORD": PASSWORD, "PATH": "/usr/bin:/bin"}
    kills = 0
    for _ in range(20):
        before = len(smtp_server.messages)
        process = subprocess.Popen(
            [str(BINARY), "notify", str(workspace.path), "--now", NOW], env=environment,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if randomness.random() < 0.25:
            # Anywhere, queueing included.
            time.sleep(randomness.uniform(0, 1.5))
        else:
            # While sending: after the server got a message of this run.
            deadline = time.monotonic() + 60
            while len(smtp_server.messages) == before and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(randomness.uniform(0, 0.3))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait()

    final = run_circles(["notify", str(workspace.path), "--now", NOW])
    assert "still queued 0" in final.stdout
    copies = collections.Counter(message["Message-ID"] for _, _, message, _ in smtp_server.parsed())
    welcomes = collections.Counter(r[0] for _, r, _, _ in smtp_server.parsed())
    expected = workspace.recipients()
    assert 40 <= len(expected) <= 80
    assert set(welcomes) == set(expected) and len(copies) == len(expected), "every message arrived"
    assert kills >= 15, "the kills must land in the batch"
    repeated = sum(n - 1 for n in copies.values())
    assert repeated <= kills, f"{repeated} messages repeated after {kills} kills"
    assert max(copies.values()) <= 2
    print(f"{kills} kills, {repeated} messages repeated, {len(expected)} delivered")
    # Every message the outbox holds was delivered: none lost.
    import sqlite3
    with sqlite3.connect(workspace.path / ".circles" / "state.sqlite") as db:
        statuses = collections.Counter(s for (s,) in db.execute("SELECT status FROM mail_outbox"))
    assert statuses == {"sent": len(copies)}
