#!/usr/bin/env python3
"""The share of enrolments served: how many requests end in a circle that meets.

    Benchmarks/served-share.py [--bin PATH] [--audit PATH] [--seed N] [--threads N] [--time-limit S] WORKSPACE...
    Benchmarks/served-share.py --schedule SCHEDULE.json WORKSPACE    one schedule, no planning

Plans each workspace with `circles plan` (a fresh copy without `.circles/`, so runs are
independent and the workspace is untouched), checks the schedule with `schedule-audit`
(every hard rule, no circle of members without a common evening, every unassigned
reason true for that person) and prints one row per workspace:

    workspace  enrolments  served  share  circles  unplaced  cannot-meet  crowded-out  unassigned  problems  wall s

`enrolments` counts each (person, course) of `enrolments.csv` once; `served` those whose
person is a participant of a circle of that course with sessions. `unplaced` counts
circles, split by `unplaced[].kind` (a schedule written before the key existed counts
them under `unplaced` only). `problems` counts what `schedule-audit` found; each is
printed under the table, and the script exits 1 when there is one. The binaries default
to `.build/release/circles` and `.build/release/schedule-audit` (`swift build -c release
--product circles` and `--product schedule-audit`). Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def figures(workspace: Path, schedule: dict) -> dict:
    with open(workspace / "enrolments.csv", newline="", encoding="utf-8") as f:
        wanted = {(row["person"].strip(), row["course"].strip()) for row in csv.DictReader(f)}
    served = set()
    for circle in schedule["circles"]:
        if circle["sessions"]:
            served.update((p, circle["course"]) for p in circle["participants"])
    kinds: dict[str, set] = {}
    for session in schedule["unplaced"]:
        kinds.setdefault(session.get("kind", "?"), set()).add(session["circle"])
    return {
        "enrolments": len(wanted),
        "served": len(wanted & served),
        "circles": len(schedule["circles"]),
        "unplaced": len({s["circle"] for s in schedule["unplaced"]}),
        "cannot-meet": len(kinds.get("cannot-meet", ())),
        "crowded-out": len(kinds.get("crowded-out", ())),
        "unassigned": len(schedule["unassigned"]),
    }


def audit(binary: str, workspace: Path, schedule: Path) -> list[str]:
    """What `schedule-audit` finds wrong in `schedule`, one line each."""
    done = subprocess.run([binary, str(workspace), str(schedule)], capture_output=True, text=True)
    lines = done.stdout.splitlines()
    if done.returncode not in (0, 1) or not lines:
        sys.exit(f"served-share: {binary} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return [f"{workspace}: {line}" for line in lines[:-1]] if done.returncode == 1 else []


def plan(binary: str, auditor: str, workspace: Path, seed: int, limit: float | None,
         threads: int | None) -> tuple[dict, float, list[str]]:
    with tempfile.TemporaryDirectory(prefix="served-share-") as tmp:
        copy = Path(tmp) / workspace.name
        shutil.copytree(workspace, copy, ignore=shutil.ignore_patterns(".circles"))
        out = Path(tmp) / "schedule.json"
        command = [binary, "plan", str(copy), "--seed", str(seed), "--json", str(out)]
        if limit is not None:
            command += ["--time-limit", str(limit)]
        if threads is not None:
            command += ["--threads", str(threads)]
        start = time.monotonic()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.monotonic() - start
        if done.returncode not in (0, 2):
            sys.exit(f"served-share: {' '.join(command)} exited {done.returncode}:\n{done.stderr[-2000:]}")
        return json.loads(out.read_text(encoding="utf-8")), wall, audit(auditor, copy, out)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("workspaces", nargs="+", type=Path)
    ap.add_argument("--bin", default=str(ROOT / ".build" / "release" / "circles"))
    ap.add_argument("--audit", default=str(ROOT / ".build" / "release" / "schedule-audit"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--time-limit", type=float)
    ap.add_argument("--threads", type=int, help="passed on to `circles plan` (default: its own, one per core)")
    ap.add_argument("--schedule", type=Path, help="read this schedule instead of planning")
    args = ap.parse_args(argv)
    columns = ["enrolments", "served", "share", "circles", "unplaced", "cannot-meet", "crowded-out",
               "unassigned", "problems", "wall s"]
    print(f"{'workspace':40} " + " ".join(f"{c:>11}" for c in columns))
    counted = ["circles", "unplaced", "cannot-meet", "crowded-out", "unassigned", "problems"]
    sums = {c: 0 for c in ["enrolments", "served"] + counted}
    problems: list[str] = []
    for workspace in args.workspaces:
        if args.schedule:
            try:
                schedule, wall = json.loads(args.schedule.read_text(encoding="utf-8")), float("nan")
            except (OSError, ValueError) as error:
                sys.exit(f"served-share: cannot read the schedule {args.schedule}: {error}")
            found = audit(args.audit, workspace, args.schedule)
        else:
            schedule, wall, found = plan(args.bin, args.audit, workspace, args.seed, args.time_limit, args.threads)
        problems += found
        row = figures(workspace, schedule)
        row["problems"] = len(found)
        for c in sums:
            sums[c] += row[c]
        row["share"] = f"{100 * row['served'] / max(1, row['enrolments']):.1f}%"
        row["wall s"] = f"{wall:.1f}"
        print(f"{str(workspace):40} " + " ".join(f"{row[c]:>11}" for c in columns), flush=True)
    if len(args.workspaces) > 1:
        share = 100 * sums["served"] / max(1, sums["enrolments"])
        print(f"{'all':40} {sums['enrolments']:>11} {sums['served']:>11} {share:>10.1f}% "
              + " ".join(f"{sums[c]:>11}" for c in counted))
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
