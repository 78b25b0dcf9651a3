#!/usr/bin/env python3
"""Runs the demo checker (scripts/check-demo-workspace.py) on a Sweden workspace.

    Benchmarks/check-sweden-workspace.py [WORKSPACE]   (default Benchmarks/.sweden/Courses)

The checks are the demo checker's own, unchanged, with two differences:
- locations must lie in Sweden (55.2-69.1 N, 10.9-24.2 E) instead of in Värmland;
- three of its look-ups are made faster without changing what they answer: the
  dates a course may lie on are computed once per course and term, "has this person
  asked for this course" is a set look-up, and the leader search only walks the
  people who hold a qualification.
Prints the checker's figures and problems; exits 1 when there is a problem.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SWEDEN = (55.2, 69.1, 10.9, 24.2)  # lat from, to; lon from, to

spec = importlib.util.spec_from_file_location("check_demo", HERE.parent / "scripts" / "check-demo-workspace.py")
chk = importlib.util.module_from_spec(spec)
spec.loader.exec_module(chk)


def in_sweden(loc):
    return SWEDEN[0] < (loc or {}).get("lat", 0) < SWEDEN[1] and SWEDEN[2] < (loc or {}).get("lon", 0) < SWEDEN[3]


_check_places = chk.check_places


def check_places(ws, r):
    """The demo's check, with its Värmland box replaced by Sweden's."""
    inner = chk.Report()
    _check_places(ws, inner)
    r.errors += [e for e in inner.errors if "Värmland" not in e]
    for a in ws.associations:
        if not in_sweden(a.get("location")):
            r.error("associations.yaml", f"{a['id']}: location is not in Sweden")
    for v in ws.venues:
        if not v.get("online") and (not in_sweden(v.get("location")) or not v.get("address")):
            r.error("venues.yaml", f"{v['id']}: needs an address and a location in Sweden")


class Members(list):
    """A list (the checker keeps request order) that answers `in` from a set."""

    def __init__(self, items=()):
        super().__init__(items)
        self._set = set(self)

    def append(self, x):
        super().append(x)
        self._set.add(x)

    def __contains__(self, x):
        return x in self._set


_model_init, _days = chk.Model.__init__, chk.Model.days


def model_init(self, ws):
    _model_init(self, ws)
    self.enrolled = defaultdict(Members, {k: Members(v) for k, v in self.enrolled.items()})
    self._days = {}


def days(self, course, term_id):
    key = (course["id"], term_id)
    if key not in self._days:
        self._days[key] = _days(self, course, term_id)
    return self._days[key]


_assign_leaders = chk.assign_leaders


def assign_leaders(m, r, circles):
    everyone = m.ws.people
    m.ws.people = [p for p in everyone if p.get("qualifications")]
    try:
        return _assign_leaders(m, r, circles)
    finally:
        m.ws.people = everyone


chk.check_places, chk.assign_leaders = check_places, assign_leaders
chk.Model.__init__, chk.Model.days = model_init, days

if __name__ == "__main__":
    t0 = time.monotonic()
    root = sys.argv[1] if len(sys.argv) > 1 else str(HERE / ".sweden" / "Courses")
    code = chk.main([root])
    print(f"checked in {time.monotonic() - t0:.0f} s")
    sys.exit(code)
