#!/usr/bin/env python3
"""Checks a planning workspace (default `Courses/`) against the format v1
(shared/spec/workspace.md) and checks that it can be planned without a hard violation.

    scripts/check-demo-workspace.py [WORKSPACE]

Format: ids well-formed and unique, every reference resolves, values in range,
audience roles, ABF's rules for study circles. Feasibility, with a simple circle
formation much like the planner's: every enrolment lands in a circle whose venue
has a suitable room within travel.max_km of the person's association (digital
courses: anywhere), every circle gets a qualified leader within reach without
overloading anyone, the rooms are big enough, the cadence fits the course's days,
and the circles fixed in circles.yaml agree with all of it.

Prints the figures and every problem; exits 1 when there is a problem.
Python 3 standard library; reads YAML with PyYAML when it is installed, else with
a small reader for the block and flow subset the demo uses.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
KINDS = {"feminist-training", "media-training", "study-circle", "chairs-meeting", "other"}
FORMATS = {"in-person", "digital", "hybrid"}
CADENCES = {"weekly": (5, 9), "biweekly": (12, 16), "monthly": (25, 35), "days": (1, 1)}
ROLES = {"member", "trainer", "chair", "candidate", "membership-officer"}
FEATURES = {"projector", "accessible", "whiteboard"}
COURSE_KEYS = {"id", "title", "kind", "description", "abf", "format", "sessions", "length", "cadence",
               "windows", "participants", "audience", "leader", "room", "terms", "deadline", "after", "tags"}
COURSE_REQUIRED = {"id", "title", "kind", "format", "sessions", "length", "cadence", "windows",
                   "participants", "audience", "leader", "terms"}
LOAD_CAP = 3          # circles a leader takes on in a year, at most
STUDY_HOUR = 45

# ---------------------------------------------------------------------------
# a small YAML reader (only when PyYAML is missing)
# ---------------------------------------------------------------------------


def _strip_comment(text):
    quote = False
    for i, ch in enumerate(text):
        if ch == '"' and (i == 0 or text[i - 1] != "\\"):
            quote = not quote
        elif ch == "#" and not quote and (i == 0 or text[i - 1] in " \t"):
            return text[:i].rstrip()
    return text.rstrip()


def _scalar(text):
    text = text.strip()
    if text.startswith('"'):
        return bytes(text[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") \
            if "\\" in text else text[1:-1]
    if text.startswith("'"):
        return text[1:-1].replace("''", "'")
    if text in ("true", "True"):
        return True
    if text in ("false", "False"):
        return False
    if text in ("", "~", "null"):
        return None
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d+", text):
        return float(text)
    return text


def _flow(text, i=0):
    """-> (value, index after it) for a flow collection or scalar at text[i]."""
    while text[i] == " ":
        i += 1
    if text[i] in "{[":
        close = "}" if text[i] == "{" else "]"
        out = {} if close == "}" else []
        i += 1
        while True:
            while text[i] in " ,":
                i += 1
            if text[i] == close:
                return out, i + 1
            if close == "}":
                m = re.compile(r"([A-Za-z_][\w-]*)\s*:\s*").match(text, i)
                if not m:
                    raise ValueError(f"expected a key in {text!r}")
                value, i = _flow(text, m.end())
                out[m.group(1)] = value
            else:
                value, i = _flow(text, i)
                out.append(value)
    if text[i] == '"':
        j = i + 1
        while text[j] != '"' or text[j - 1] == "\\":
            j += 1
        return _scalar(text[i:j + 1]), j + 1
    j = i
    while j < len(text) and text[j] not in ",}]":
        j += 1
    return _scalar(text[i:j]), j


KEY = re.compile(r"^([A-Za-z_][\w-]*):(?:\s+(.*))?$")


def mini_yaml(source):
    raw = source.split("\n")
    lines = []  # [indent, text, raw line number]
    for n, line in enumerate(raw):
        text = _strip_comment(line)
        if text.strip():
            lines.append([len(text) - len(text.lstrip()), text.strip(), n])

    def value_after(text, i, indent):
        if text is None or text == "":
            if i < len(lines) and (lines[i][0] > indent or (lines[i][0] == indent and lines[i][1].startswith("-"))):
                return node(i, lines[i][0])
            return None, i
        if text in ("|", "|-"):
            start = lines[i - 1][2] + 1
            body, n = [], start
            while n < len(raw) and (not raw[n].strip() or len(raw[n]) - len(raw[n].lstrip()) > indent):
                body.append(raw[n])
                n += 1
            while body and not body[-1].strip():
                body.pop()
            cut = min(len(b) - len(b.lstrip()) for b in body if b.strip())
            while i < len(lines) and lines[i][2] < n:
                i += 1
            return "\n".join(b[cut:] for b in body) + ("\n" if text == "|" else ""), i
        if text[0] in "{[":
            return _flow(text)[0], i
        return _scalar(text), i

    def node(i, indent):
        if lines[i][1].startswith("-"):
            out = []
            while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("-"):
                rest = lines[i][1][1:].strip()
                if KEY.match(rest) and rest[0] not in "{[\"":
                    lines[i] = [indent + 2, rest, lines[i][2]]
                    value, i = node(i, indent + 2)
                else:
                    value, i = value_after(rest, i + 1, indent)
                out.append(value)
            return out, i
        out = {}
        while i < len(lines) and lines[i][0] == indent and not lines[i][1].startswith("-"):
            m = KEY.match(lines[i][1])
            if not m:
                raise ValueError(f"line {lines[i][2] + 1}: expected `key: value`")
            out[m.group(1)], i = value_after(m.group(2), i + 1, indent)
        return out, i

    if not lines:
        return None
    value, i = node(0, lines[0][0])
    if i != len(lines):
        raise ValueError(f"line {lines[i][2] + 1}: unexpected indentation")
    return value


def load_yaml(path):
    text = path.read_text(encoding="utf-8")
    try:
        import yaml  # PyYAML, when there
    except ImportError:
        return mini_yaml(text)
    return _dates_to_text(yaml.safe_load(text))


def _dates_to_text(v):
    if isinstance(v, dict):
        return {k: _dates_to_text(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_dates_to_text(x) for x in v]
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def date(s):
    return dt.date.fromisoformat(str(s))


def minutes(value):
    if isinstance(value, int):
        return value
    m = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?", str(value))
    if not m or not value:
        raise ValueError(f"not a duration: {value!r}")
    return int(m.group(1) or 0) * 60 + int(m.group(2) or 0)


def clock(s):
    m = re.fullmatch(r"(\d\d):(\d\d)", str(s))
    if not m:
        raise ValueError(f"not a time of day: {s!r}")
    return int(m.group(1)) * 60 + int(m.group(2))


def holidays_2022():
    """Swedish public holidays of 2022 and their eves (`holidays: se`)."""
    return {date(d) for d in [
        "2022-01-01", "2022-01-05", "2022-01-06", "2022-04-14", "2022-04-15", "2022-04-16", "2022-04-17",
        "2022-04-18", "2022-04-30", "2022-05-01", "2022-05-25", "2022-05-26", "2022-06-04", "2022-06-05",
        "2022-06-06", "2022-06-24", "2022-06-25", "2022-11-04", "2022-11-05", "2022-12-24", "2022-12-25",
        "2022-12-26", "2022-12-31"]}


def parse_unavailable(text):
    weekdays, hours, ranges = set(), [], []
    for item in filter(None, (text or "").split(";")):
        if item in WEEKDAYS:
            weekdays.add(item)
        elif re.fullmatch(r"(mon|tue|wed|thu|fri|sat|sun) \d\d:\d\d-\d\d:\d\d", item):
            day, span = item.split(" ")
            a, b = span.split("-")
            if clock(a) >= clock(b):
                raise ValueError(f"{item!r}: the hours end before they start")
            hours.append((day, clock(a), clock(b)))
        elif re.fullmatch(r"\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d", item):
            a, b = map(date, item.split(".."))
            if a > b:
                raise ValueError(f"{item!r}: the range ends before it starts")
            ranges.append((a, b))
        elif re.fullmatch(r"\d{4}-\d\d-\d\d", item):
            ranges.append((date(item), date(item)))
        else:
            raise ValueError(f"{item!r} is not a weekday, a date, a range A..B or `wed 18:00-20:00`")
    return weekdays, hours, ranges


def free_on(unav, day, start=None, end=None):
    weekdays, hours, ranges = unav
    wd = WEEKDAYS[day.weekday()]
    if wd in weekdays or any(a <= day <= b for a, b in ranges):
        return False
    if start is not None:
        return not any(d == wd and a < end and start < b for d, a, b in hours)
    return True


class Report:
    def __init__(self):
        self.errors = []
        self.notes = []

    def error(self, where, message):
        self.errors.append(f"{where}: {message}")

# ---------------------------------------------------------------------------
# the check
# ---------------------------------------------------------------------------


class Workspace:
    def __init__(self, root: Path, r: Report):
        self.root, self.r = root, r
        self.plan = load_yaml(root / "plan.yaml")
        self.venues = load_yaml(root / "venues.yaml") or []
        self.associations = load_yaml(root / "associations.yaml") or []
        self.courses = []
        for path in sorted((root / "catalogue").glob("*.yaml")):
            c = load_yaml(path)
            c["_file"] = f"catalogue/{path.name}"
            self.courses.append(c)
        circles = root / "circles.yaml"
        self.circles = (load_yaml(circles) or []) if circles.exists() else []
        self.people = self._csv("people.csv", {"id", "name", "association", "roles"})
        self.enrolments = self._csv("enrolments.csv", {"person", "course"})

    def _csv(self, name, required):
        with open(self.root / name, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
            missing = required - set(rows[0].keys() if rows else required)
            if missing:
                self.r.error(name, f"header lacks {sorted(missing)}")
        for n, row in enumerate(rows, start=2):
            row["_line"] = n
        return rows


def unique_ids(r, where, items, key="id"):
    seen = set()
    for it in items:
        i = it.get(key)
        if not isinstance(i, str) or not ID.match(i):
            r.error(where, f"id {i!r} is not lower-case ASCII, digits and '-'")
        elif i in seen:
            r.error(where, f"id {i!r} given twice")
        seen.add(i)
    return seen


def check_plan(ws, r):
    p = ws.plan
    for k in ("organisation", "timezone", "language", "holidays", "terms", "windows", "travel"):
        if k not in p:
            r.error("plan.yaml", f"missing `{k}`")
    if p.get("language") not in ("sv", "en"):
        r.error("plan.yaml", "language must be sv or en")
    unique_ids(r, "plan.yaml terms", p["terms"])
    for t in p["terms"]:
        if date(t["from"]) > date(t["to"]):
            r.error("plan.yaml", f"term {t['id']} ends before it starts")
    for name, w in p["windows"].items():
        if not ID.match(name):
            r.error("plan.yaml", f"window name {name!r} is not an id")
        if not set(w["days"]) <= set(WEEKDAYS) or clock(w["from"]) >= clock(w["to"]):
            r.error("plan.yaml", f"window {name}: days or hours wrong")
    for b in p.get("blackouts", []):
        if not ("date" in b) ^ ("from" in b and "to" in b):
            r.error("plan.yaml", f"blackout {b}: give `date` or `from` and `to`")
    if not isinstance(p["travel"].get("max_km"), (int, float)):
        r.error("plan.yaml", "travel.max_km must be a number")


def check_places(ws, r):
    unique_ids(r, "associations.yaml", ws.associations)
    for a in ws.associations:
        loc = a.get("location", {})
        if not (58.5 < loc.get("lat", 0) < 61 and 11.5 < loc.get("lon", 0) < 15):
            r.error("associations.yaml", f"{a['id']}: location is not in Värmland")
    unique_ids(r, "venues.yaml", ws.venues)
    for v in ws.venues:
        unique_ids(r, f"venues.yaml {v['id']} rooms", v.get("rooms", []))
        for room in v.get("rooms", []):
            if not isinstance(room.get("capacity"), int) or room["capacity"] < 1:
                r.error("venues.yaml", f"{v['id']}/{room.get('id')}: capacity must be a positive number")
            if not set(room.get("features", [])) <= FEATURES:
                r.error("venues.yaml", f"{v['id']}/{room['id']}: unknown feature")
        if v.get("online"):
            if "{circle}" not in v.get("url", ""):
                r.error("venues.yaml", f"{v['id']}: an online venue needs a url with {{circle}}")
        else:
            loc = v.get("location", {})
            if not (58.5 < loc.get("lat", 0) < 61 and 11.5 < loc.get("lon", 0) < 15) or not v.get("address"):
                r.error("venues.yaml", f"{v['id']}: needs an address and a location in Värmland")
        for c in v.get("closed", []):
            if date(c["from"]) > date(c["to"]):
                r.error("venues.yaml", f"{v['id']}: closed period ends before it starts")


class Model:
    """Everything resolved, for the feasibility part."""

    def __init__(self, ws):
        self.ws = ws
        self.max_km = ws.plan["travel"]["max_km"]
        self.terms = {t["id"]: t for t in ws.plan["terms"]}
        self.windows = ws.plan["windows"]
        self.assoc = {a["id"]: a for a in ws.associations}
        self.venue = {v["id"]: v for v in ws.venues}
        self.course = {c["id"]: c for c in ws.courses}
        self.person = {p["id"]: p for p in ws.people}
        self.holidays = holidays_2022()
        self.enrolled = defaultdict(list)
        for e in ws.enrolments:
            self.enrolled[e["course"]].append(e["person"])

    def blocked(self, day, course):
        for b in self.ws.plan.get("blackouts", []):
            a, z = (date(b["date"]),) * 2 if "date" in b else (date(b["from"]), date(b["to"]))
            if a <= day <= z and b.get("unless_tag") not in (course.get("tags") or []):
                return True
        return day in self.holidays

    def days(self, course, term_id):
        """Dates a session of the course may lie on in a term (venue closures aside)."""
        t = self.terms[term_id]
        wdays = set()
        for w in course["windows"]:
            wdays |= set(self.windows[w]["days"])
        d, end = date(t["from"]), date(t["to"])
        if course.get("deadline"):
            end = min(end, date(course["deadline"]) - dt.timedelta(days=1))
        out = []
        while d <= end:
            if WEEKDAYS[d.weekday()] in wdays and not self.blocked(d, course):
                out.append(d)
            d += dt.timedelta(days=1)
        return out

    def chain_exists(self, course, term_id):
        """Is there a run of `sessions` dates with the cadence's gaps?"""
        days = self.days(course, term_id)
        lo, hi = CADENCES[course["cadence"]]
        have = set(days)
        best = {d: 1 for d in days}
        for d in days:
            for gap in range(lo, hi + 1):
                nxt = d + dt.timedelta(days=gap)
                if nxt in have:
                    best[nxt] = max(best[nxt], best[d] + 1)
        return max(best.values(), default=0) >= course["sessions"]

    def rooms_for(self, course):
        """venue id -> the largest suitable room's capacity, for the course's format."""
        need = set((course.get("room") or {}).get("features", []))
        out = {}
        for v in self.ws.venues:
            if bool(v.get("online")) != (course["format"] == "digital"):
                continue
            caps = [room["capacity"] for room in v.get("rooms", []) if need <= set(room.get("features", []))]
            if caps:
                out[v["id"]] = max(caps)
        return out

    def dist(self, person_id, venue_id):
        v = self.venue[venue_id]
        if v.get("online"):
            return 0.0
        return km(self.assoc[self.person[person_id]["association"]]["location"], v["location"])


def check_courses(ws, m, r):
    unique_ids(r, "catalogue", ws.courses)
    qualifications = {q for p in ws.people for q in filter(None, p.get("qualifications", "").split(";"))}
    for c in ws.courses:
        f = c["_file"]
        keys = set(c) - {"_file"}
        if keys - COURSE_KEYS:
            r.error(f, f"unknown keys {sorted(keys - COURSE_KEYS)}")
        if COURSE_REQUIRED - keys:
            r.error(f, f"missing {sorted(COURSE_REQUIRED - keys)}")
            continue
        if f != f"catalogue/{c['id']}.yaml":
            r.error(f, "the file is not named after the course id")
        if c["kind"] not in KINDS or c["format"] not in FORMATS or c["cadence"] not in CADENCES:
            r.error(f, "kind, format or cadence is not one of the allowed values")
        if c.get("abf") not in (None, "study-circle", "other"):
            r.error(f, "abf must be study-circle or other")
        length = minutes(c["length"])
        for w in c["windows"]:
            if w not in m.windows:
                r.error(f, f"window {w!r} is not in plan.yaml")
            elif clock(m.windows[w]["to"]) - clock(m.windows[w]["from"]) < length:
                r.error(f, f"a {length}-minute session does not fit window {w}")
        lo, hi = c["participants"]["min"], c["participants"]["max"]
        if not 1 <= lo <= hi:
            r.error(f, "participants: need 1 <= min <= max")
        if not set(c["audience"]) <= ROLES:
            r.error(f, f"audience has unknown roles {sorted(set(c['audience']) - ROLES)}")
        if not ID.match(c["leader"]) or c["leader"] not in qualifications:
            r.error(f, f"nobody in people.csv holds the qualification {c['leader']!r}")
        for tid in c["terms"]:
            if tid not in m.terms:
                r.error(f, f"term {tid!r} is not in plan.yaml")
            elif not m.chain_exists(c, tid):
                r.error(f, f"{c['sessions']} {c['cadence']} sessions do not fit into {tid}")
        for a in c.get("after") or []:
            if a not in m.course:
                r.error(f, f"after: unknown course {a!r}")
            elif min(date(m.terms[t]["from"]) for t in m.course[a]["terms"]) >= \
                    max(date(m.terms[t]["to"]) for t in c["terms"]):
                r.error(f, f"after: {a} is never given before this course")
        seen, todo = set(), list(c.get("after") or [])
        while todo:
            a = todo.pop()
            if a == c["id"]:
                r.error(f, "after: the course depends on itself")
                break
            if a in m.course and a not in seen:
                seen.add(a)
                todo += m.course[a].get("after") or []
        for tag in c.get("tags") or []:
            if not ID.match(tag):
                r.error(f, f"tag {tag!r} is not an id")
        rooms = m.rooms_for(c)
        if not rooms or max(rooms.values()) < lo + 1:
            r.error(f, "no venue has a suitable room for even the smallest circle")
        if c["format"] != "digital" and not c.get("room"):
            r.error(f, "an in-person course should say which room features it needs")
        if c.get("abf") == "study-circle":
            hours = length // STUDY_HOUR
            per_week = {"days": 7, "weekly": 2, "biweekly": 1, "monthly": 1}[c["cadence"]]
            if c["sessions"] < 3:
                r.error(f, "ABF: a study circle meets at least 3 times")
            if hours * c["sessions"] < 9:
                r.error(f, f"ABF: {hours * c['sessions']} study hours, at least 9 are needed")
            if length > 180 or hours > 4:
                r.error(f, "ABF: at most 4 study hours (3 hours) in one meeting")
            if min(per_week, c["sessions"]) > 3 or min(per_week, c["sessions"]) * hours > 12:
                r.error(f, "ABF: at most 3 meetings and 12 study hours a week")
            if lo + 1 < 3 or hi + 1 > 20:
                r.error(f, "ABF: a circle has 3 to 20 people, the leader included")


def check_people(ws, m, r):
    unique_ids(r, "people.csv", ws.people)
    emails = Counter(p.get("email") for p in ws.people if p.get("email"))
    for p in ws.people:
        where = f"people.csv:{p['_line']}"
        if p["association"] not in m.assoc:
            r.error(where, f"association {p['association']!r} is not in associations.yaml")
        roles = set(p["roles"].split(";"))
        if not roles <= ROLES:
            r.error(where, f"unknown roles {sorted(roles - ROLES)}")
        quals = [q for q in p.get("qualifications", "").split(";") if q]
        if any(not ID.match(q) for q in quals):
            r.error(where, "a qualification is not an id")
        if quals and "trainer" not in roles:
            r.error(where, "has qualifications but not the trainer role")
        try:
            parse_unavailable(p.get("unavailable", ""))
        except ValueError as e:
            r.error(where, f"unavailable: {e}")
        born = int(p["born"])
        if not 16 <= 2022 - born <= 85:
            r.error(where, f"born {born}: the demo keeps ages 16 to 85 (ABF: at least 13)")
        if p.get("gender") not in ("f", "m", "x"):
            r.error(where, "gender must be f, m or x")
        if p.get("email") and (not p["email"].endswith("@example.org") or emails[p["email"]] > 1):
            r.error(where, "demo e-mails are unique and at example.org")


def check_enrolments(ws, m, r):
    seen = set()
    for e in ws.enrolments:
        where = f"enrolments.csv:{e['_line']}"
        p, c = m.person.get(e["person"]), m.course.get(e["course"])
        if not p or not c:
            r.error(where, f"unknown {'person' if not p else 'course'}")
            continue
        if (p["id"], c["id"]) in seen:
            r.error(where, "the same request twice")
        seen.add((p["id"], c["id"]))
        if not set(p["roles"].split(";")) & set(c["audience"]):
            r.error(where, f"{p['id']} has none of the roles {c['audience']}")
        if c["leader"] in p.get("qualifications", "").split(";"):
            r.error(where, f"{p['id']} is a leader of {c['id']} and should not also take it")
        unav = parse_unavailable(p.get("unavailable", ""))
        days = {d for w in c["windows"] for d in m.windows[w]["days"]}
        if unav[0] & days and len(days - unav[0]) < 3:
            r.error(where, f"{p['id']} is away on {sorted(unav[0] & days)}, which leaves too few of "
                           f"{c['id']}'s weekdays for a circle to be formed around")
        free = sum(free_on(unav, d) for t in c["terms"] for d in m.days(c, t))
        if free < 3 * c["sessions"]:
            r.error(where, f"{p['id']} is free on only {free} of the days {c['id']} can be given on")
        for a in c.get("after") or []:
            if p["id"] not in m.enrolled[a]:
                r.error(where, f"{p['id']} takes {c['id']} but has not asked for {a} first")


def check_fixed_circles(ws, m, r):
    unique_ids(r, "circles.yaml", ws.circles)
    taken = defaultdict(set)
    for fc in ws.circles:
        where = f"circles.yaml {fc['id']}"
        c = m.course.get(fc.get("course"))
        if not c:
            r.error(where, "unknown course")
            continue
        if fc.get("term") not in c["terms"]:
            r.error(where, f"term {fc.get('term')!r} is not one of the course's terms")
        v = fc.get("venue")
        rooms = m.rooms_for(c)
        if v and v not in rooms:
            r.error(where, f"venue {v!r} is unknown or has no room for this course")
        leader = fc.get("leader")
        if leader and c["leader"] not in m.person.get(leader, {}).get("qualifications", "").split(";"):
            r.error(where, f"leader {leader} lacks the qualification {c['leader']}")
        if leader and v and m.dist(leader, v) > m.max_km:
            r.error(where, f"leader {leader} lives more than {m.max_km} km from {v}")
        people = fc.get("participants") or m.enrolled[c["id"]]
        for pid in fc.get("participants") or []:
            if pid not in m.enrolled[c["id"]]:
                r.error(where, f"participant {pid} has not asked for {c['id']}")
            if pid in taken[c["id"]]:
                r.error(where, f"participant {pid} is in two fixed circles of {c['id']}")
            taken[c["id"]].add(pid)
            if v and m.dist(pid, v) > m.max_km:
                r.error(where, f"participant {pid} lives more than {m.max_km} km from {v}")
        if fc.get("participants"):
            n = len(fc["participants"])
            if not c["participants"]["min"] <= n <= c["participants"]["max"]:
                r.error(where, f"{n} participants, the course takes {c['participants']}")
            if v and rooms.get(v, 0) < n + 1:
                r.error(where, "no room big enough for the participants and the leader")
        for pin in fc.get("pinned") or []:
            check_pin(m, r, where, fc, c, pin, people, leader)


def check_pin(m, r, where, fc, c, pin, people, leader):
    if not 1 <= pin["session"] <= c["sessions"]:
        r.error(where, f"pinned session {pin['session']} does not exist")
    start = dt.datetime.fromisoformat(str(pin["start"]))
    day, t0 = start.date(), start.hour * 60 + start.minute
    t1 = t0 + minutes(c["length"])
    t = m.terms[fc["term"]]
    if not date(t["from"]) <= day <= date(t["to"]) or m.blocked(day, c):
        r.error(where, f"pinned {day} is outside the term or on a blocked day")
    if not any(WEEKDAYS[day.weekday()] in m.windows[w]["days"] and clock(m.windows[w]["from"]) <= t0
               and t1 <= clock(m.windows[w]["to"]) for w in c["windows"]):
        r.error(where, f"pinned {start} is in none of the course's windows")
    vid, _, rid = pin["room"].partition("/")
    venue = m.venue.get(vid)
    room = next((x for x in (venue or {}).get("rooms", []) if x["id"] == rid), None)
    if not room or (fc.get("venue") and fc["venue"] != vid):
        r.error(where, f"pinned room {pin['room']} is unknown or not at the circle's venue")
    elif room["capacity"] < len(people) + 1:
        r.error(where, f"pinned room {pin['room']} is too small")
    for cl in (venue or {}).get("closed", []):
        if date(cl["from"]) <= day <= date(cl["to"]):
            r.error(where, f"{vid} is closed on {day}")
    for pid in list(people) + ([leader] if leader else []):
        if not free_on(parse_unavailable(m.person[pid].get("unavailable", "")), day, t0, t1):
            r.error(where, f"{pid} is unavailable at the pinned session {start}")

# ---------------------------------------------------------------------------
# feasibility: circle formation and leaders
# ---------------------------------------------------------------------------


def form_circles(m, r, c):
    """-> list of circles {course, venue, people, fixed}; every request lands in one
    or is reported."""
    lo, hi = c["participants"]["min"], c["participants"]["max"]
    rooms = m.rooms_for(c)
    fixed = [fc for fc in m.ws.circles if fc["course"] == c["id"]]
    placed = {pid for fc in fixed for pid in fc.get("participants") or []}
    circles = [{"course": c["id"], "venue": fc.get("venue"), "people": list(fc["participants"]),
                "fixed": fc} for fc in fixed if fc.get("participants")]
    pool = [pid for pid in m.enrolled[c["id"]] if pid not in placed]
    cap = {v: min(hi, size - 1) for v, size in rooms.items()}
    if c["format"] == "digital":
        v = max(cap, key=cap.get)
        groups = {v: pool}
        reach = {pid: [v] for pid in pool}
    else:
        reach = {pid: sorted((v for v in rooms if m.dist(pid, v) <= m.max_km), key=lambda v: m.dist(pid, v))
                 for pid in pool}
        groups = defaultdict(list)
        for pid in pool:
            if not reach[pid]:
                r.error(f"enrolment {pid} {c['id']}", f"no venue with a suitable room within {m.max_km} km")
            else:
                groups[reach[pid][0]].append(pid)
        # a venue with a fixed circle but no participants fixed gets people first
        for fc in fixed:
            if fc.get("venue") and not fc.get("participants") and fc["venue"] not in groups:
                groups[fc["venue"]] = []
        while True:
            small = sorted((v for v in groups if len(groups[v]) < lo and groups[v]),
                           key=lambda v: (len(groups[v]), v))
            if not small:
                break
            v = small[0]
            members = groups.pop(v)
            # push: everyone can join a viable group elsewhere
            dest = {pid: [w for w in reach[pid] if w != v and len(groups.get(w, [])) >= lo] for pid in members}
            if all(dest.values()):
                for pid in members:
                    groups[dest[pid][0]].append(pid)
                continue
            # pull: people from large groups who can reach v come over
            donors = sorted(((m.dist(pid, v), pid, w) for w, g in groups.items() for pid in g
                             if v in reach[pid]), key=lambda x: x[:2])
            pulled = []
            for _, pid, w in donors:
                if len(members) + len(pulled) >= lo:
                    break
                if len(groups[w]) - sum(1 for _, x in pulled if x == w) - 1 >= lo:
                    pulled.append((pid, w))
            if len(members) + len(pulled) >= lo:
                for pid, w in pulled:
                    groups[w].remove(pid)
                groups[v] = members + [pid for pid, _ in pulled]
                continue
            # push anywhere that has people
            for pid in members:
                other = [w for w in reach[pid] if w != v and groups.get(w)]
                if other:
                    groups[other[0]].append(pid)
                else:
                    r.error(f"enrolment {pid} {c['id']}",
                            f"only {len(members)} within reach of {v}, the course needs {lo}")
        for fc in fixed:
            if fc.get("venue") and not fc.get("participants") and len(groups.get(fc["venue"], [])) < lo:
                r.error(f"circles.yaml {fc['id']}", f"too few requests near {fc['venue']} to fill it")
    for v in sorted(groups):
        g = sorted(groups[v])
        if not g:
            continue
        k = math.ceil(len(g) / cap[v])
        if len(g) < k * lo:
            r.error(f"course {c['id']}", f"{len(g)} requests at {v} cannot make {k} circles of {lo} to {cap[v]}")
        for i in range(k):
            part = g[i::k]
            fc = next((f for f in fixed if f.get("venue") == v and not f.get("participants")), None) if i == 0 else None
            circles.append({"course": c["id"], "venue": v, "people": part, "fixed": fc})
    for circle in circles:
        if circle["venue"] and rooms.get(circle["venue"], 0) < len(circle["people"]) + 1:
            r.error(f"course {c['id']}", f"no room at {circle['venue']} for {len(circle['people'])} and a leader")
    return circles


def usable_dates(m, course, term_id, venue_id, people):
    """Dates in the term on which some start time in the course's windows suits
    everyone in `people` (conflicts with other circles aside)."""
    length = minutes(course["length"])
    closed = [(date(c["from"]), date(c["to"])) for c in (m.venue.get(venue_id) or {}).get("closed", [])]
    unav = [parse_unavailable(m.person[pid].get("unavailable", "")) for pid in people]
    out = []
    for day in m.days(course, term_id):
        if any(a <= day <= b for a, b in closed):
            continue
        for w in course["windows"]:
            win = m.windows[w]
            if WEEKDAYS[day.weekday()] not in win["days"]:
                continue
            starts = range(clock(win["from"]), clock(win["to"]) - length + 1, 15)
            if any(all(free_on(u, day, t, t + length) for u in unav) for t in starts):
                out.append(day)
                break
    return out


def circle_fits(m, circle, leader):
    """Can the circle meet `sessions` times with its cadence in one of its terms,
    with everyone in it free every time?"""
    c = m.course[circle["course"]]
    terms = [circle["fixed"]["term"]] if circle["fixed"] else c["terms"]
    lo, hi = CADENCES[c["cadence"]]
    for t in terms:
        days = usable_dates(m, c, t, circle["venue"], circle["people"] + ([leader] if leader else []))
        have, best = set(days), {d: 1 for d in days}
        for d in days:
            for gap in range(lo, hi + 1):
                nxt = d + dt.timedelta(days=gap)
                if nxt in have:
                    best[nxt] = max(best[nxt], best[d] + 1)
        if max(best.values(), default=0) >= c["sessions"]:
            return True
    return False


def assign_leaders(m, r, circles):
    load = Counter()
    for circle in circles:
        if circle["fixed"] and circle["fixed"].get("leader"):
            circle["leader"] = circle["fixed"]["leader"]
            load[circle["leader"]] += 1
            if not circle_fits(m, circle, circle["leader"]):
                r.error(f"circles.yaml {circle['fixed']['id']}", "its people are never all free on enough dates")

    def eligible(circle):
        c = m.course[circle["course"]]
        return [p["id"] for p in m.ws.people if c["leader"] in p.get("qualifications", "").split(";")
                and p["id"] not in m.enrolled[c["id"]]
                and (circle["venue"] is None or m.dist(p["id"], circle["venue"]) <= m.max_km)]

    open_ = sorted((x for x in circles if "leader" not in x), key=lambda x: (len(eligible(x)), x["course"]))
    for circle in open_:
        options = [pid for pid in eligible(circle) if load[pid] < LOAD_CAP and circle_fits(m, circle, pid)]
        if not options:
            r.error(f"course {circle['course']}", f"no free qualified leader within reach of {circle['venue']} "
                    f"who can meet {sorted(circle['people'])} on enough dates")
            circle["leader"] = None
            continue
        best = min(options, key=lambda pid: (load[pid], m.dist(pid, circle["venue"] or "digital"), pid))
        circle["leader"] = best
        load[best] += 1
    return load


def check_after_order(m, r, circles):
    """Whoever takes a course with `after` must be able to finish the earlier course
    in a term that ends before the later course's first term starts."""
    for c in m.ws.courses:
        first = min(date(m.terms[t]["from"]) for t in c["terms"])
        for a in c.get("after") or []:
            earlier = [t for t in m.course[a]["terms"] if date(m.terms[t]["to"]) < first]
            if not earlier:
                continue  # both in one term: the planner orders them there
            for pid in m.enrolled[c["id"]]:
                circle = next((x for x in circles if x["course"] == a and pid in x["people"]), None)
                if circle is None:
                    continue  # reported already
                fits = any(circle_fits(m, dict(circle, fixed={"term": t}), circle.get("leader"))
                           for t in earlier if not circle["fixed"] or circle["fixed"]["term"] == t)
                if not fits:
                    r.error(f"enrolment {pid} {c['id']}", f"their {a} circle cannot finish in {earlier} first")


def main(argv):
    root = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "Courses"
    r = Report()
    ws = Workspace(root, r)
    m = Model(ws)
    check_plan(ws, r)
    check_places(ws, r)
    check_people(ws, m, r)
    check_courses(ws, m, r)
    check_enrolments(ws, m, r)
    check_fixed_circles(ws, m, r)

    circles = []
    for c in ws.courses:
        if 0 < len(m.enrolled[c["id"]]) < c["participants"]["min"]:
            r.error(c["_file"], f"{len(m.enrolled[c['id']])} requests, fewer than one circle's minimum")
        circles += form_circles(m, r, c)
    load = assign_leaders(m, r, circles)
    check_after_order(m, r, circles)

    # figures
    print(f"workspace {root}")
    roles = Counter(role for p in ws.people for role in p["roles"].split(";"))
    print(f"people: {len(ws.people)} in {len(ws.associations)} associations; roles: "
          + ", ".join(f"{k} {v}" for k, v in sorted(roles.items())))
    per_assoc = Counter(p["association"] for p in ws.people)
    print("  per association: " + ", ".join(f"{a} {n}" for a, n in per_assoc.most_common()))
    quals = Counter(q for p in ws.people for q in filter(None, p.get("qualifications", "").split(";")))
    print("  qualifications: " + ", ".join(f"{k} {v}" for k, v in sorted(quals.items())))
    print(f"  with something in `unavailable`: {sum(1 for p in ws.people if p.get('unavailable'))}")
    per_person = Counter(e["person"] for e in ws.enrolments)
    print(f"enrolments: {len(ws.enrolments)} by {len(per_person)} people "
          f"(most by one person: {max(per_person.values())})")
    for c in ws.courses:
        cs = [x for x in circles if x["course"] == c["id"]]
        sizes = ", ".join(f"{x['venue']} {len(x['people'])}" for x in sorted(cs, key=lambda x: x["venue"] or ""))
        print(f"  {c['id']:30} {len(m.enrolled[c['id']]):4} requests -> {len(cs):2} circles ({sizes})")
    print(f"circles expected: {len(circles)}; leaders used: {len(load)}, most circles for one leader: "
          f"{max(load.values(), default=0)} (cap {LOAD_CAP})")
    for q in sorted(quals):
        holders = [p["id"] for p in ws.people if q in p.get("qualifications", "").split(";")]
        print(f"  {q:22} circles per holder: " + " ".join(str(load[h]) for h in holders))
    # rough room time: sessions*length per venue against its window hours
    for v in sorted({x["venue"] for x in circles if x["venue"]}):
        if m.venue[v].get("online"):
            continue
        used = sum(m.course[x["course"]]["sessions"] * minutes(m.course[x["course"]]["length"])
                   for x in circles if x["venue"] == v)
        weekly = sum((clock(w["to"]) - clock(w["from"])) * len(w["days"]) for n, w in m.windows.items()
                     if n != "lunch")
        avail = weekly * 36 * len(m.venue[v]["rooms"])  # about 36 usable weeks
        print(f"  room time at {v}: {used / 60:.0f} h of about {avail / 60:.0f} h in the windows")
        if used > avail / 3:
            r.error(f"venues.yaml {v}", f"{used} room-minutes asked of {avail}: too tight")
    if r.errors:
        print(f"\n{len(r.errors)} problem(s):")
        for e in r.errors:
            print("  " + e)
        return 1
    print("\nok: no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
