#!/usr/bin/env python3
"""Prints the table of Benchmarks/plan-bench.sh from its measurements.

    Benchmarks/plan-table.py ROW...

Each ROW is `workspace|command|time-file|exit-code|schedule.json`: the time file is
what GNU `/usr/bin/time -v -o FILE` wrote, the JSON what `circles plan --json` wrote
(format circles-schedule/1 of shared/spec/workspace.md; `-` or a missing file when
there is none, as for `circles validate`). Python 3 standard library.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

COLUMNS = ["workspace", "command", "wall s", "peak MB", "exit", "circles", "unplaced", "unassigned",
           "hard", "soft"]


def gnu_time(path):
    """-> (wall seconds, peak resident MB) from `time -v` output, None where missing."""
    try:
        text = Path(path).read_text(errors="replace")
    except OSError:
        return None, None
    wall = rss = None
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text)
    if m:
        wall = 0.0
        for part in m.group(1).split(":"):
            wall = wall * 60 + float(part)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if m:
        rss = int(m.group(1)) / 1024
    return wall, rss


def schedule(path):
    """-> (circles, unplaced sessions, unassigned requests, hard, soft) or Nones."""
    if path in ("", "-") or not Path(path).is_file():
        return (None,) * 5
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"warning: {path}: not a schedule: {e}", file=sys.stderr)
        return (None,) * 5
    if data.get("format") != "circles-schedule/1":
        print(f"warning: {path}: format is {data.get('format')!r}, expected circles-schedule/1", file=sys.stderr)
    score = data.get("score") or {}
    return (len(data.get("circles") or []), len(data.get("unplaced") or []), len(data.get("unassigned") or []),
            score.get("hard"), score.get("soft"))


def cell(v, digits=1):
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.{digits}f}"
    return str(v)


def main(rows):
    table = [COLUMNS]
    for row in rows:
        parts = row.split("|")
        if len(parts) != 5:
            print(f"not a row (workspace|command|time-file|exit|json): {row!r}", file=sys.stderr)
            return 2
        workspace, command, time_file, code, json_file = parts
        wall, rss = gnu_time(time_file)
        table.append([workspace, command, cell(wall, 2), cell(rss), code or "-"]
                     + [cell(v) for v in schedule(json_file)])
    widths = [max(len(r[i]) for r in table) for i in range(len(COLUMNS))]
    for n, r in enumerate(table):
        print("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
        if n == 0:
            print("  ".join("-" * w for w in widths))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
