#!/usr/bin/env python3
"""Scales the kept plan of a workspace by a factor, to time `circles publish` at national size.

Usage: scale-kept-plan.py WORKSPACE FACTOR

Reads the last plan kept in WORKSPACE/.circles/state.sqlite (run `circles plan` first) and keeps a
new one holding FACTOR copies of every circle: copy k > 0 has circle id `<id>-s<k>` and its people
`<person>-s<k>`, so the copies are new circles of new people (as a larger district would have),
not the same members in more circles. Publishing reads only the schedule and the workspace's venues
and courses, so nothing else needs to grow. Example (about 5,500 sessions, 9,000 private feeds):

    circles plan Courses && Benchmarks/Feeds/scale-kept-plan.py Courses 25
    time circles publish Courses --out /tmp/Calendars --today 2022-01-01
"""
import json
import sqlite3
import sys
import datetime

workspace, factor = sys.argv[1], int(sys.argv[2])
db = sqlite3.connect(f"{workspace}/.circles/state.sqlite")
row = db.execute("SELECT schedule_json, seed FROM kept_plan ORDER BY id DESC LIMIT 1").fetchone()
if row is None:
    sys.exit(f"{workspace}: no kept plan; run `circles plan {workspace}` first")
schedule = json.loads(row[0])
circles = []
for k in range(factor):
    suffix = "" if k == 0 else f"-s{k}"
    for circle in schedule["circles"]:
        copy = dict(circle)
        copy["id"] = circle["id"] + suffix
        copy["participants"] = [p + suffix for p in circle["participants"]]
        if circle.get("leader"):
            copy["leader"] = circle["leader"] + suffix
        circles.append(copy)
schedule["circles"] = circles
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.000")
db.execute("INSERT INTO kept_plan (schedule_json, seed, planned_at) VALUES (?, ?, ?)",
           (json.dumps(schedule, sort_keys=True), row[1], now))
db.commit()
sessions = sum(len(c["sessions"]) for c in circles)
print(f"kept a plan of {len(circles)} circles, {sessions} sessions")
