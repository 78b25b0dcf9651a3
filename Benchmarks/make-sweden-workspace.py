#!/usr/bin/env python3
"""Writes a synthetic Sweden-sized planning workspace (format v1) for benchmarks.

    Benchmarks/make-sweden-workspace.py [--out DIR] [--seed N] [--scale F] [--quiet]

    --out DIR    where to write (default Benchmarks/.sweden/Courses, or
                 Benchmarks/.sweden/Courses-scale-F when F is not 1); git-ignored
    --seed N     the random seed (default 2022): same seed and scale, same bytes
    --scale F    1 = 30,000 people, about 27,000 requests and 3,000 circles;
                 0.1 = a tenth of the people, requests, extra venues and circles

The 290 municipalities are the real ones (Benchmarks/municipalities.py: names,
approximate coordinates of the main town, inhabitants), each with an association.
Every municipality has an ABF house next to its association; larger ones get more
venues. People are spread by inhabitants; their requests are drawn at random among
those the course is meant for, then kept only where they can form circles the way
the planner does: a group of requests at the nearest venue, a group smaller than the
course's minimum moved to the nearest venue within travel.max_km that has a full
group, and dropped when there is none. Leaders are then trained where the circles
are: for every venue and qualification, enough members of that association (or of
one nearby) become trainers that nobody leads more than two circles a year.
The result is feasible in the sense of scripts/check-demo-workspace.py.

Every name is made up from common Swedish first and last names (the demo's lists)
and every e-mail is at example.org. Python 3 standard library only. Prints figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import math
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.dont_write_bytecode = True  # no __pycache__ next to the scripts
sys.path.insert(0, str(HERE))

from municipalities import MUNICIPALITIES  # noqa: E402


def _load_demo():
    """The demo generator, for its name lists, unavailability draws and YAML writer."""
    spec = importlib.util.spec_from_file_location("make_demo", ROOT / "scripts" / "make-demo-workspace.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


demo = _load_demo()
date, clock, WEEKDAYS = demo.date, demo.clock, demo.WEEKDAYS
parse_unavailable, draw_unavailable, ascii_fold = demo.parse_unavailable, demo.draw_unavailable, demo.ascii_fold
flow, block = demo.flow, demo.block

PEOPLE = 30_000          # at scale 1
EXTRA_VENUES = 110       # venues besides each municipality's ABF house, at scale 1
MAX_KM = 60
LEADER_LOAD = 2          # circles a year the generator plans per leader (the check allows 3)
PER_PERSON = 4           # courses one person asks for, at most
ROOM_MINUTES = 1560 * 36  # a room's window minutes in a year (the check's estimate)

# ---------------------------------------------------------------------------
# plan.yaml
# ---------------------------------------------------------------------------

PLAN = {
    "organisation": "Vänsterpartiet",
    "timezone": "Europe/Stockholm",
    "language": "sv",
    "holidays": "se",
    "terms": [
        {"id": "spring-2022", "name": "Våren 2022", "from": "2022-01-10", "to": "2022-06-17"},
        {"id": "autumn-2022", "name": "Hösten 2022", "from": "2022-08-15", "to": "2022-12-16"},
    ],
    "windows": {
        "evening": {"days": ["mon", "tue", "wed", "thu"], "from": "18:00", "to": "21:30"},
        "weekend": {"days": ["sat", "sun"], "from": "10:00", "to": "16:00"},
        "lunch": {"days": ["mon", "tue", "wed", "thu", "fri"], "from": "12:00", "to": "13:00"},
    },
    "blackouts": [
        {"from": "2022-08-29", "to": "2022-09-10", "reason": "Valspurt", "unless_tag": "election"},
        {"date": "2022-09-11", "reason": "Valdag"},
        {"from": "2022-10-31", "to": "2022-11-06", "reason": "Höstlov (vecka 44)"},
    ],
    "travel": {"max_km": MAX_KM},
}

PLAN_COMMENTS = {
    "holidays": "Swedish public holidays and their eves are blocked",
    "windows": "when sessions may take place",
    "lunch": "digital only: nobody travels at lunch",
    "blackouts": "national only: sportlov differs by county and is left out",
    "travel": "in-person: a participant's association to the venue",
}

# ---------------------------------------------------------------------------
# catalogue
# ---------------------------------------------------------------------------

BOTH = ["spring-2022", "autumn-2022"]


def course(id, title, kind, description, **rest):
    return {"id": id, "title": title, "kind": kind, "description": description, **rest}


COURSES = [
    course("feministisk-grundkurs", "Feministisk grundkurs", "feminist-training",
           "Fyra träffar om partiets feministiska analys: könsmaktsordningen, klass och kön,\n"
           "härskartekniker och hur föreningen arbetar internt feministiskt.\n",
           abf="study-circle", format="in-person", sessions=4, length="2h30m", cadence="weekly",
           windows=["evening"], participants={"min": 4, "max": 12}, audience=["member"],
           leader="feminist-trainer", room={"features": ["projector"]}, terms=BOTH),
    course("feministisk-fordjupning", "Feministisk fördjupning: internt feministiskt arbete",
           "feminist-training",
           "För dig som gått grundkursen och vill bli feministiskt ombud i din förening.\n"
           "Tre lördagar eller söndagar under hösten.\n",
           abf="study-circle", format="in-person", sessions=3, length=180, cadence="biweekly",
           windows=["weekend"], participants={"min": 3, "max": 10}, audience=["member"],
           leader="feminist-trainer", room={"features": ["whiteboard"]}, terms=["autumn-2022"],
           after=["feministisk-grundkurs"]),
    course("mediatraning", "Medieträning för medlemmar och föreningar", "media-training",
           "Två lördagar om att synas i lokala medier: insändare, debattartiklar,\n"
           "pressmeddelanden, korta intervjuer och föreningens sociala medier.\n",
           format="in-person", sessions=2, length=180, cadence="weekly", windows=["weekend"],
           participants={"min": 4, "max": 14}, audience=["member", "chair", "membership-officer"],
           leader="media-trainer", room={"features": ["projector"]}, terms=BOTH),
    course("mediatraning-kandidater", "Medieträning för kandidater", "media-training",
           "Intensivhelg för kandidater till kommun, region och riksdag inför valet den\n"
           "11 september. Avslutas senast helgen före valspurten.\n",
           abf="other", format="in-person", sessions=2, length=300, cadence="days", windows=["weekend"],
           participants={"min": 4, "max": 10}, audience=["candidate"], leader="media-trainer",
           room={"features": ["projector", "whiteboard"]}, terms=BOTH, deadline="2022-09-04",
           tags=["election"]),
    course("partiprogrammet", "Studiecirkel: Vänsterpartiets partiprogram", "study-circle",
           "Vi läser partiprogrammet tillsammans, ett avsnitt i taget.\n",
           abf="study-circle", format="in-person", sessions=5, length="2h15m", cadence="biweekly",
           windows=["evening"], participants={"min": 4, "max": 12}, audience=["member"],
           leader="study-circle-leader", room={"features": ["whiteboard"]}, terms=BOTH),
    course("marxistisk-ekonomi", "Studiecirkel: marxistisk ekonomi", "study-circle",
           "Fortsättning för dig som läst partiprogrammet: arbetsvärde, mervärde, kris\n"
           "och vad det betyder för politiken i kommunen.\n",
           abf="study-circle", format="in-person", sessions=4, length="2h30m", cadence="biweekly",
           windows=["evening"], participants={"min": 4, "max": 12}, audience=["member"],
           leader="study-circle-leader", room={"features": ["whiteboard"]}, terms=["autumn-2022"],
           after=["partiprogrammet"]),
    course("medlemsvard", "Medlemsvård för medlemsansvariga", "study-circle",
           "För föreningarnas medlemsansvariga: välkomstsamtal, medlemsregistret och att\n"
           "få fler aktiva. Tre lördagar med en månad emellan.\n",
           abf="study-circle", format="in-person", sessions=3, length=180, cadence="monthly",
           windows=["weekend"], participants={"min": 3, "max": 12}, audience=["membership-officer"],
           leader="study-circle-leader", room={"features": ["accessible"]}, terms=BOTH),
    course("kommunikation-sociala-medier", "Kommunikationsstrategin och sociala medier", "study-circle",
           "Partiets kommunikationsstrategi i praktiken. Hybrid: den som bor långt bort kan\n"
           "vara med digitalt.\n",
           abf="study-circle", format="hybrid", sessions=3, length="2h30m", cadence="weekly",
           windows=["evening"], participants={"min": 4, "max": 15}, audience=["member"],
           leader="media-trainer", room={"features": ["projector"]}, terms=BOTH),
    course("introduktion-nya-medlemmar", "Introduktion för nya medlemmar", "study-circle",
           "Välkommen till Vänsterpartiet! Partiets historia och idéer, organisationen och\n"
           "hur du kan engagera dig. Fika ingår.\n",
           abf="study-circle", format="in-person", sessions=3, length="2h15m", cadence="weekly",
           windows=["evening", "weekend"], participants={"min": 3, "max": 12}, audience=["member"],
           leader="study-circle-leader", room={"features": ["accessible"]}, terms=BOTH),
    course("cirkelledarutbildning", "Cirkelledarutbildning", "study-circle",
           "För dig som vill leda studiecirklar: folkbildningens idé, gruppens dynamik och\n"
           "ABF:s regler för rapportering och närvaro.\n",
           abf="study-circle", format="in-person", sessions=3, length=180, cadence="biweekly",
           windows=["weekend"], participants={"min": 4, "max": 12}, audience=["member"],
           leader="circle-leader-trainer", room={"features": ["whiteboard", "projector"]}, terms=BOTH),
    course("facklig-organisering", "Facklig-politisk organisering", "study-circle",
           "Tre lördagar om att organisera på jobbet: klubben, skyddsombudet, avtalsrörelsen\n"
           "och hur partiet och facket arbetar tillsammans lokalt.\n",
           abf="study-circle", format="in-person", sessions=3, length=180, cadence="weekly",
           windows=["weekend"], participants={"min": 4, "max": 12}, audience=["member"],
           leader="union-trainer", room={"features": ["whiteboard"]}, terms=BOTH),
    course("talartraning", "Att tala inför publik", "other",
           "Tre kvällar med korta tal, appeller och repliker, inspelade och kommenterade.\n",
           abf="study-circle", format="in-person", sessions=3, length="2h15m", cadence="weekly",
           windows=["evening"], participants={"min": 4, "max": 10}, audience=["member", "candidate", "chair"],
           leader="media-trainer", room={"features": ["projector"]}, terms=BOTH),
    course("klimat-omstallning", "Studiecirkel: klimatet och en rättvis omställning", "study-circle",
           "Digital studiecirkel om klimatpolitik från vänster: kollektivtrafik, jobben i\n"
           "omställningen och vem som ska betala.\n",
           abf="study-circle", format="digital", sessions=4, length="2h15m", cadence="weekly",
           windows=["evening"], participants={"min": 4, "max": 15}, audience=["member"],
           leader="study-circle-leader", terms=BOTH),
    course("nyvalda-fortroendevalda", "Ny som förtroendevald", "other",
           "En helg för nyvalda i kommun- och regionfullmäktige och nämnder: sammanträden,\n"
           "budget, motioner och att samarbeta med gruppen.\n",
           abf="other", format="in-person", sessions=2, length=300, cadence="days", windows=["weekend"],
           participants={"min": 4, "max": 16}, audience=["candidate"], leader="municipal-trainer",
           room={"features": ["projector", "whiteboard"]}, terms=["autumn-2022"]),
    course("ordforandetraff-var22", "Ordförandeträffar våren 2022", "chairs-meeting",
           "Digital träff en gång i månaden för föreningarnas ordförande: läget i\n"
           "föreningarna, valplanen och kampanjerna.\n",
           abf="other", format="digital", sessions=5, length="1h30m", cadence="monthly",
           windows=["evening"], participants={"min": 8, "max": 20}, audience=["chair"],
           leader="chairs-host", terms=["spring-2022"]),
    course("ordforandetraff-host22", "Ordförandeträffar hösten 2022", "chairs-meeting",
           "Digital träff en gång i månaden för föreningarnas ordförande: valutvärdering,\n"
           "årsmöten och verksamhetsplan för 2023.\n",
           abf="other", format="digital", sessions=4, length="1h30m", cadence="monthly",
           windows=["evening"], participants={"min": 8, "max": 20}, audience=["chair"],
           leader="chairs-host", terms=["autumn-2022"]),
    course("digital-valskola", "Digital valskola", "other",
           "Fyra korta lunchträffar på nätet inför valet: dörrknackning, valstugan, att ringa\n"
           "väljare och de viktigaste vallöftena. Pågår in i valspurten.\n",
           abf="other", format="digital", sessions=4, length=45, cadence="weekly", windows=["lunch"],
           participants={"min": 5, "max": 40}, audience=["member"], leader="campaign-trainer",
           terms=["autumn-2022"], deadline="2022-09-11", tags=["election"]),
]
COURSE = {c["id"]: c for c in COURSES}

# Requests drawn at random among those who may take the course, at scale 1.
# Courses not listed are asked for by everyone they are meant for.
WANTED = {
    "feministisk-grundkurs": 3600, "partiprogrammet": 3900, "mediatraning": 2100,
    "kommunikation-sociala-medier": 1900, "cirkelledarutbildning": 900, "facklig-organisering": 1700,
    "talartraning": 1600, "klimat-omstallning": 1800, "digital-valskola": 2400,
    "nyvalda-fortroendevalda": 700,
}
# share of those who asked for the earlier course who also ask for the later one
AFTER_SHARE = {"feministisk-fordjupning": 0.22, "marxistisk-ekonomi": 0.3}
NEW_MEMBER_SHARE = 0.5  # new members who ask for the introduction

# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------


def ident(name):
    # Håbo and Habo fold to the same letters: Håbo takes the older spelling of å
    return "haabo" if name == "Håbo" else ascii_fold(name).replace(" ", "-")


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


class Place:
    def __init__(self, county, name, lat, lon, thousands):
        self.county, self.name, self.lat, self.lon, self.thousands = county, name, lat, lon, thousands
        self.id = ident(name)
        self.loc = (lat, lon)


PLACES = [Place(county, *m) for county, ms in MUNICIPALITIES.items() for m in ms]
assert len({p.id for p in PLACES}) == 290

DISTRICTS = {
    "stockholm": ["Södermalm", "Kungsholmen", "Vällingby", "Farsta", "Skärholmen", "Rinkeby", "Hägersten",
                  "Bagarmossen", "Hökarängen", "Tensta", "Östermalm", "Liljeholmen"],
    "goteborg": ["Hisingen", "Angered", "Majorna", "Frölunda", "Bergsjön", "Kortedala", "Biskopsgården"],
    "malmo": ["Rosengård", "Möllevången", "Limhamn", "Husie", "Kirseberg"],
    "uppsala": ["Gottsunda", "Gränby", "Luthagen"],
}
STREETS = ["Storgatan", "Drottninggatan", "Kungsgatan", "Järnvägsgatan", "Torggatan", "Skolgatan",
           "Nygatan", "Västra vägen", "Folkets husgatan", "Kyrkogatan", "Parkgatan", "Stationsgatan"]
ALL3 = ["projector", "accessible", "whiteboard"]
SUMMER = {"from": "2022-06-27", "to": "2022-08-07"}


def room(rid, name, capacity, features):
    return {"id": rid, "name": name, "capacity": capacity, "features": features}


def main_venue(rng, place, extra_rooms, share=1.0):
    """The ABF house of the municipality, next to the association: every in-person course
    fits into its big room. `extra_rooms` is what the circles there need on top; `share`
    scales the number of rooms (below 1: scarce rooms)."""
    n = 2 if place.thousands < 15 else 3 if place.thousands < 40 else 4 if place.thousands < 100 else 5
    n = max(n, extra_rooms)
    if share != 1:
        n = max(1, math.ceil(n * share))
    names = [("stora", "Stora salen"), ("cirkel", "Cirkelrummet"), ("lilla", "Lilla rummet"),
             ("bibliotek", "Biblioteksrummet"), ("hjalmar", "Hjalmar Branting"), ("kata", "Kata Dalström"),
             ("zeth", "Zeth Höglund"), ("fredrika", "Fredrika Bremer"), ("ture", "Ture Nerman"),
             ("elise", "Elise Ottesen-Jensen"), ("frida", "Frida Stéenhoff"), ("moa", "Moa Martinson")]
    rooms = [room("stora", "Stora salen", rng.choice([20, 24, 30, 40]), ALL3)]
    for i in range(1, n):
        rid, rname = names[i] if i < len(names) else (f"rum-{i + 1}", f"Rum {i + 1}")
        cap = rng.choice([18, 20, 24]) if i < n // 2 + 1 else rng.choice([8, 10, 12, 14, 16])
        feats = ALL3 if cap >= 18 else rng.choice([["accessible", "whiteboard"], ["projector", "whiteboard"],
                                                    ["accessible"], ALL3])
        rooms.append(room(rid, rname, cap, feats))
    return {"id": f"abf-{place.id}", "name": f"ABF {place.name}", "municipality": place.name,
            "address": f"{rng.choice(STREETS)} {rng.randint(1, 60)}, {place.name}",
            "location": {"lat": round(place.lat + 0.0008, 4), "lon": round(place.lon + 0.0008, 4)},
            "rooms": rooms, "closed": [SUMMER]}


def extra_venue(rng, place, k, used, share=1.0):
    """A further venue in a larger municipality, 1 to 6 km from the centre."""
    districts = DISTRICTS.get(place.id, [])
    if k < len(districts):
        vid, name = f"abf-{place.id}-{ident(districts[k])}", f"ABF {place.name}, {districts[k]}"
    else:
        kind = [("folkets-hus", "Folkets hus"), ("v", "Vänsterpartiets lokal,"), ("medborgarhuset",
                "Medborgarhuset"), ("bibliotek", "Stadsbiblioteket,")][(k - len(districts)) % 4]
        vid, name = f"{kind[0]}-{place.id}", f"{kind[1]} {place.name}"
        if vid in used:
            vid, name = f"{vid}-{k}", f"{name} {k}"
    used.add(vid)
    bearing, dist = rng.uniform(0, 2 * math.pi), rng.uniform(1.0, 6.0)
    lat = place.lat + dist * math.cos(bearing) / 111.2
    lon = place.lon + dist * math.sin(bearing) / (111.2 * math.cos(math.radians(place.lat)))
    rooms = []
    count = rng.choice([2, 2, 3, 3, 3, 4, 5])
    if share != 1:
        count = max(1, round(count * share))
    for i in range(count):
        cap = rng.choice([8, 10, 12, 14, 16, 20, 25])
        feats = sorted(rng.sample(ALL3, rng.randint(0, 3)), key=ALL3.index)
        rooms.append(room(f"rum-{i + 1}", ["Salen", "Mötesrummet", "Studierummet", "Lilla rummet",
                                           "Köket"][i], cap, feats))
    v = {"id": vid, "name": name, "municipality": place.name,
         "address": f"{rng.choice(STREETS)} {rng.randint(1, 90)}, {place.name}",
         "location": {"lat": round(lat, 4), "lon": round(lon, 4)}, "rooms": rooms}
    if rng.random() < 0.15:  # renovation or a let-out week
        start = date("2022-02-07") + dt.timedelta(days=7 * rng.randint(0, 38))
        v["closed"] = [{"from": start.isoformat(), "to": (start + dt.timedelta(days=13)).isoformat()}]
    return v


def extra_counts(n_extra):
    """Extra venues per municipality: by inhabitants, among the towns of 20,000 or more."""
    big = [p for p in PLACES if p.thousands >= 20]
    total = sum(p.thousands ** 0.7 for p in big)
    share = {p.id: n_extra * p.thousands ** 0.7 / total for p in big}
    out = {pid: min(9, int(s)) for pid, s in share.items()}
    for pid in sorted(share, key=lambda i: (-(share[i] - int(share[i])), i)):
        if sum(out.values()) >= n_extra:
            break
        if out[pid] < 9:
            out[pid] += 1
    return out

# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------


def people_per_place(n_people, scale):
    floor = max(4, round(10 * scale ** 0.5))
    total = sum(p.thousands for p in PLACES)
    raw = {p.id: max(floor, n_people * p.thousands / total) for p in PLACES}
    out = {k: int(v) for k, v in raw.items()}
    rest = n_people - sum(out.values())
    for pid in sorted(raw, key=lambda k: (-(raw[k] - int(raw[k])), k)):
        if rest <= 0:
            break
        out[pid] += 1
        rest -= 1
    biggest = max(out, key=out.get)
    out[biggest] += n_people - sum(out.values())
    return out


def make_people(rng, n_people, scale):
    per = people_per_place(n_people, scale)
    used_mails = Counter()
    people = []
    for place in PLACES:
        n = per[place.id]
        officers = 1 if n < 15 else 2 if n < 100 else 3 if n < 400 else 5
        candidates = max(1, round(n * 0.05))
        specs = [(["member", "chair"], "chair")]
        specs += [(["member", "membership-officer"], "officer")] * officers
        specs += [(["member", "candidate"], "candidate")] * candidates
        specs += [(["member"], "member")] * (n - len(specs))
        for roles, kind in specs[:n]:
            g = rng.choices(["f", "m", "x"], weights=[53, 44, 3])[0]
            first = rng.choice({"f": demo.FEMALE, "m": demo.MALE, "x": demo.NEUTRAL}[g])
            last = rng.choice(demo.SURNAMES)
            lo, hi = {"member": (16, 85), "officer": (20, 78), "chair": (24, 74), "candidate": (19, 72)}[kind]
            a, b = rng.choices([(16, 19), (20, 34), (35, 64), (65, 85)], weights=[4, 30, 44, 22])[0]
            born = 2022 - max(lo, min(hi, rng.randint(a, b)))
            new = kind == "member" and (rng.random() < 0.27 or born + 15 > 2020)
            joined = rng.choice([2021, 2022]) if new else rng.randint(max(1970, born + 15), 2020)
            mail = ""
            if rng.random() > 0.05:
                base = f"{ascii_fold(first)}.{ascii_fold(last)}"
                used_mails[base] += 1
                mail = (base if used_mails[base] == 1 else f"{base}{used_mails[base]}") + "@example.org"
            candidacy = ""
            if kind == "candidate":
                candidacy = rng.choices(["kommun", "kommun;region", "region", "riksdag", "riksdag;region"],
                                        weights=[50, 20, 15, 8, 7])[0]
            people.append({"id": None, "name": f"{first} {last}", "association": place.id,
                           "roles": list(roles), "qualifications": [],
                           "unavailable": draw_unavailable(rng, kind), "born": born, "gender": g,
                           "email": mail, "joined": joined, "candidacy": candidacy, "kind": kind})
    return people

# ---------------------------------------------------------------------------
# who may ask for what
# ---------------------------------------------------------------------------

HOLIDAYS = demo.swedish_holidays_2022()
TERMS = {t["id"]: t for t in PLAN["terms"]}


def blocked(d, c):
    for b in PLAN["blackouts"]:
        a, z = (date(b["date"]),) * 2 if "date" in b else (date(b["from"]), date(b["to"]))
        if a <= d <= z and b.get("unless_tag") not in c.get("tags", []):
            return True
    return d in HOLIDAYS


_DAYS = {}


def course_days(c):
    if c["id"] not in _DAYS:
        wdays = {d for w in c["windows"] for d in PLAN["windows"][w]["days"]}
        out = []
        for tid in c["terms"]:
            d, end = date(TERMS[tid]["from"]), date(TERMS[tid]["to"])
            if "deadline" in c:
                end = min(end, date(c["deadline"]) - dt.timedelta(days=1))
            while d <= end:
                if WEEKDAYS[d.weekday()] in wdays and not blocked(d, c):
                    out.append(d)
                d += dt.timedelta(days=1)
        _DAYS[c["id"]] = out
    return _DAYS[c["id"]]


_FREE = {}


def free_enough(unavailable, c):
    """The demo's rule: not built around one free weekday, free on 3 days a session."""
    key = (unavailable, c["id"])
    if key not in _FREE:
        days = {d for w in c["windows"] for d in PLAN["windows"][w]["days"]}
        weekdays, _, ranges = parse_unavailable(unavailable)
        off = weekdays & days
        free = sum(1 for d in course_days(c)
                   if WEEKDAYS[d.weekday()] not in weekdays and not any(a <= d <= b for a, b in ranges))
        _FREE[key] = not (off and len(days - off) < 3) and free >= 3 * c["sessions"]
    return _FREE[key]


def may_enrol(p, c):
    return (bool(set(c["audience"]) & set(p["roles"])) and c["leader"] not in p["qualifications"]
            and free_enough(p["unavailable"], c))

# ---------------------------------------------------------------------------
# requests and circles, formed as the planner (and the check) forms them
# ---------------------------------------------------------------------------


class World:
    def __init__(self, scale, rng):
        self.scale, self.rng = scale, rng
        self.place = {p.id: p for p in PLACES}
        # association -> associations within max_km, nearest first (itself first)
        self.near = {a.id: sorted((b.id for b in PLACES if km(a.loc, b.loc) <= MAX_KM),
                                  key=lambda b: (km(a.loc, self.place[b].loc), b)) for a in PLACES}
        self.dropped = Counter()  # course -> requests dropped for want of a group in reach

    def form(self, c, asked, closed=()):
        """asked: people who want in-person course c -> {association whose ABF house holds
        the group: [people]}; keeps the requests that can be placed."""
        lo = c["participants"]["min"]
        groups = defaultdict(list)
        for p in asked:
            groups[p["association"]].append(p)
        viable = {a for a, g in groups.items() if len(g) >= lo}
        out = {a: list(groups[a]) for a in viable}
        for a in sorted(set(groups) - viable):
            dest = next((b for b in self.near[a] if b in viable and b not in closed), None)
            if dest is None:
                self.dropped[c["id"]] += len(groups[a])
            else:
                out[dest] += groups[a]
        return out


def circles_of(c, n):
    """How many circles n requests at one venue make (the check splits evenly)."""
    return math.ceil(n / c["participants"]["max"])


def make_enrolments(world, people):
    rng, scale = world.rng, world.scale
    taken = Counter()          # person index -> courses asked for
    asked = defaultdict(list)  # course -> people

    def eligible(c, pool=None):
        return [p for p in (pool if pool is not None else people)
                if may_enrol(p, c) and taken[p["_n"]] < PER_PERSON]

    def take(c, persons):
        for p in persons:
            taken[p["_n"]] += 1
            asked[c["id"]].append(p)

    everyone = ["ordforandetraff-var22", "ordforandetraff-host22", "medlemsvard", "mediatraning-kandidater"]
    for cid in everyone:
        take(COURSE[cid], eligible(COURSE[cid]))
    new = [p for p in people if p["joined"] >= 2021]
    intro = COURSE["introduktion-nya-medlemmar"]
    take(intro, [p for p in eligible(intro, new) if rng.random() < NEW_MEMBER_SHARE])
    for cid in sorted(WANTED):
        c = COURSE[cid]
        pool = eligible(c)
        if cid == "cirkelledarutbildning":
            pool = [p for p in pool if p["born"] <= 2004]
        take(c, rng.sample(pool, min(len(pool), round(WANTED[cid] * scale))))
    for cid, share in sorted(AFTER_SHARE.items()):
        c = COURSE[cid]
        earlier = {p["_n"] for p in asked[c["after"][0]]}
        pool = [p for p in eligible(c) if p["_n"] in earlier]
        take(c, rng.sample(pool, min(len(pool), round(share * len(earlier)))))
    return asked


def place_requests(world, asked, fixed_participants):
    """-> {course: {venue: [people]}} for the requests that can be placed; the planner's
    circles. `fixed_participants` {course: association}: a circle fixed by hand there takes
    that association's requests, so nobody else is moved to it. A request for a course
    with `after` stands only if the request for the earlier course was placed (COURSES
    lists earlier courses first)."""
    placed = {}
    for c in COURSES:
        wanted = asked[c["id"]]
        for a in c.get("after", []):
            ok = {p["_n"] for g in placed[a].values() for p in g}
            world.dropped[c["id"]] += sum(1 for p in wanted if p["_n"] not in ok)
            wanted = [p for p in wanted if p["_n"] in ok]
        if c["format"] == "digital":
            keep = wanted if len(wanted) >= c["participants"]["min"] else []
            world.dropped[c["id"]] += len(wanted) - len(keep)
            placed[c["id"]] = {"digital": list(keep)}
        else:
            closed = {fixed_participants[c["id"]]} if c["id"] in fixed_participants else set()
            placed[c["id"]] = world.form(c, wanted, closed)
    return placed


# ---------------------------------------------------------------------------
# leaders
# ---------------------------------------------------------------------------


def train_leaders(world, people, placed):
    """Members become trainers where the circles need them. -> list of problems."""
    rng = world.rng
    enrolled = defaultdict(set)  # person -> courses (placed requests)
    for cid, groups in placed.items():
        for g in groups.values():
            for p in g:
                enrolled[p["_n"]].add(cid)
    led_by = defaultdict(set)  # qualification -> courses it leads
    for c in COURSES:
        led_by[c["leader"]].add(c["id"])
    need = Counter()  # (association or None for digital, qualification) -> circles
    for c in COURSES:
        for v, g in placed[c["id"]].items():
            need[(None if v == "digital" else v, c["leader"])] += circles_of(c, len(g))
    by_assoc = defaultdict(list)
    for p in people:
        by_assoc[p["association"]].append(p)
    for members in by_assoc.values():
        rng.shuffle(members)

    def can_train(p, q):
        return (p["roles"] == ["member"] and 1950 <= p["born"] <= 1997 and not p["qualifications"]
                and not enrolled[p["_n"]] & led_by[q] and len(enrolled[p["_n"]]) <= 1)

    def promote(p, q):
        p["roles"] = ["member", "trainer"]
        p["qualifications"] = [q]
        p["kind"] = "trainer"
        p["unavailable"] = draw_unavailable(rng, "trainer")

    problems = []
    big = sorted(PLACES, key=lambda x: (-x.thousands, x.id))
    for (a, q), n in sorted(need.items(), key=lambda x: (x[0][0] or "", x[0][1])):
        want = math.ceil(n / LEADER_LOAD)
        where = world.near[a] if a else [x.id for x in big]
        if a:  # leaders within 45 km: well inside max_km of the venue
            where = [b for b in where if km(world.place[a].loc, world.place[b].loc) <= 45]
        for b in where:
            for p in by_assoc[b]:
                if want and can_train(p, q):
                    promote(p, q)
                    want -= 1
            if not want:
                break
        if want:
            problems.append(f"{a or 'digital'}: {want} more {q} needed for {n} circles")
    # some trainers hold a second qualification; a few more are trained and lead nothing
    trainers = [p for p in people if "trainer" in p["roles"]]
    quals = sorted({c["leader"] for c in COURSES})
    for p in trainers:
        if rng.random() < 0.15:
            q = rng.choice(quals)
            if q not in p["qualifications"] and not enrolled[p["_n"]] & led_by[q]:
                p["qualifications"].append(q)
    spare = [p for p in people if can_train(p, "chairs-host") and not enrolled[p["_n"]]]
    for p in rng.sample(spare, min(len(spare), round(len(trainers) * 0.05))):
        promote(p, rng.choice(["feminist-trainer", "study-circle-leader", "media-trainer"]))
    return problems

# ---------------------------------------------------------------------------
# circles.yaml
# ---------------------------------------------------------------------------


def pick_fixed_medlemsvard(world, asked):
    """An association whose membership officers alone make one circle of medlemsvard."""
    c = COURSE["medlemsvard"]
    counts = Counter(p["association"] for p in asked["medlemsvard"])
    options = [a for a, n in counts.items() if c["participants"]["min"] <= n <= c["participants"]["max"]]
    north = sorted(options, key=lambda a: (-world.place[a].lat, a))
    return north[0] if north else None


def make_circles(people, placed, fixed_medlemsvard):
    def free(p):
        return not parse_unavailable(p["unavailable"])[2] and not parse_unavailable(p["unavailable"])[0]

    def local_leader(assoc, q, cid):
        return next((p for p in people if p["association"] == assoc and q in p["qualifications"]
                     and free(p) and not any(p is x for g in placed[cid].values() for x in g)), None)

    out = []
    lead = local_leader("stockholm", "feminist-trainer", "feministisk-grundkurs")
    if lead and "stockholm" in placed["feministisk-grundkurs"]:
        out.append({"id": "fem-stockholm-var22", "course": "feministisk-grundkurs", "term": "spring-2022",
                    "venue": "abf-stockholm", "leader": lead["id"]})
    if fixed_medlemsvard and fixed_medlemsvard in placed["medlemsvard"]:
        g = placed["medlemsvard"][fixed_medlemsvard]
        out.append({"id": f"medlemsvard-{fixed_medlemsvard}-var22", "course": "medlemsvard",
                    "term": "spring-2022", "venue": f"abf-{fixed_medlemsvard}",
                    "participants": sorted(p["id"] for p in g)})
    chairs = placed["ordforandetraff-var22"]["digital"]
    host = next((p for p in people if "chairs-host" in p["qualifications"] and free(p)), None)
    fit = sorted((p for p in chairs if free(p) and not parse_unavailable(p["unavailable"])[1]),
                 key=lambda p: p["id"])[:COURSE["ordforandetraff-var22"]["participants"]["max"]]
    if host and len(fit) >= COURSE["ordforandetraff-var22"]["participants"]["min"]:
        out.append({"id": "ordf-digital-var22", "course": "ordforandetraff-var22", "term": "spring-2022",
                    "venue": "digital", "leader": host["id"], "participants": [p["id"] for p in fit],
                    "pinned": [{"session": 1, "start": "2022-01-18T19:00", "room": "digital/main"}]})
    # (not a course that another one comes `after`: its people must be able to take it in spring)
    if "malmo" in placed["facklig-organisering"]:
        out.append({"id": "facklig-malmo-host22", "course": "facklig-organisering", "term": "autumn-2022",
                    "venue": "abf-malmo"})
    lead = local_leader("umea", "media-trainer", "mediatraning-kandidater")
    if lead and "umea" in placed["mediatraning-kandidater"]:
        out.append({"id": "kandidater-umea-var22", "course": "mediatraning-kandidater", "term": "spring-2022",
                    "venue": "abf-umea", "leader": lead["id"]})
    return out

# ---------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------

HEADER = ("# Synthetic Sweden workspace, written by Benchmarks/make-sweden-workspace.py "
          "(seed {seed}, scale {scale}): do not edit.\n")
PEOPLE_COLUMNS = ["id", "name", "association", "roles", "qualifications", "unavailable", "born", "gender",
                  "email", "joined", "candidacy"]


def yaml_list(header, items):
    out = [header.rstrip("\n")]
    for item in items:
        lines = block(item)
        out.append("- " + lines[0])
        out += ["  " + line if line else "" for line in lines[1:]]
    return "\n".join(out) + "\n"


def people_csv(people):
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(PEOPLE_COLUMNS)
    for p in people:
        row = dict(p, roles=";".join(p["roles"]), qualifications=";".join(p["qualifications"]))
        w.writerow([row[c] for c in PEOPLE_COLUMNS])
    return buf.getvalue()


def add_busy_evenings(rng, people, share):
    """After the requests are drawn (so the checker's placement no longer holds): a `share`
    of the members who are not trainers block one more Monday-to-Thursday evening, and
    one in five of those a weekend day too, as in the districts of issue 17."""
    for p in people:
        if "trainer" in p["roles"] or rng.random() >= share:
            continue
        parts = [x for x in p["unavailable"].split(";") if x]
        parts.append(rng.choice(["mon", "tue", "wed", "thu"]))
        if rng.random() < 0.2:
            parts.append(rng.choice(["sat", "sun"]))
        p["unavailable"] = ";".join(dict.fromkeys(parts))


def generate(seed, scale, room_share=1.0, busy=0.0):
    """-> ({relative path: text}, figures)"""
    rng = random.Random(seed)
    world = World(scale, rng)
    people = make_people(rng, round(PEOPLE * scale), scale)
    for n, p in enumerate(people):
        p["_n"] = n
    asked = make_enrolments(world, people)
    fixed_mv = pick_fixed_medlemsvard(world, asked)
    placed = place_requests(world, asked, {"medlemsvard": fixed_mv} if fixed_mv else {})
    problems = train_leaders(world, people, placed)
    if busy:
        add_busy_evenings(random.Random(seed + 1), people, busy)

    # a register lists people in the order they joined
    order = sorted(range(len(people)), key=lambda i: (people[i]["joined"], rng.random()))
    width = max(4, len(str(len(people))))
    for k, i in enumerate(order, start=1):
        people[i]["id"] = f"p{k:0{width}d}"
    people_sorted = [people[i] for i in order]

    # venues: the ABF house of every municipality, sized for its circles, then the others
    minutes_at = Counter()
    for c in COURSES:
        if c["format"] != "digital":
            for a, g in placed[c["id"]].items():
                minutes_at[a] += circles_of(c, len(g)) * c["sessions"] * demo_minutes(c["length"])
    venues = [main_venue(rng, p, math.ceil(3 * minutes_at[p.id] / ROOM_MINUTES) + 1, room_share) for p in PLACES]
    used = {v["id"] for v in venues}
    for pid, k in sorted(extra_counts(round(EXTRA_VENUES * scale)).items()):
        venues += [extra_venue(rng, world.place[pid], i, used, room_share) for i in range(k)]
    venues.append({"id": "digital", "name": "Digitalt möte", "online": True,
                   "url": "https://meet.example.org/{circle}", "rooms": [{"id": "main", "capacity": 100}]})

    circles = make_circles(people_sorted, placed, fixed_mv)
    enrol = sorted(((p["id"], cid) for cid, groups in placed.items() for g in groups.values() for p in g),
                   key=lambda e: ([c["id"] for c in COURSES].index(e[1]), e[0]))
    header = HEADER.format(seed=seed, scale=scale)
    assocs = [{"id": p.id, "name": f"Vänsterpartiet {p.name}", "municipality": p.name,
               "location": {"lat": p.lat, "lon": p.lon}} for p in PLACES]
    files = {
        "plan.yaml": header + "\n".join(block(PLAN, comments=PLAN_COMMENTS)) + "\n",
        "associations.yaml": header + "".join(f"- {flow(a)}\n" for a in assocs),
        "venues.yaml": yaml_list(header, venues),
        "people.csv": people_csv(people_sorted),
        "enrolments.csv": "person,course\n" + "".join(f"{p},{c}\n" for p, c in enrol),
        "circles.yaml": yaml_list(header, circles),
    }
    for c in COURSES:
        ordered = {k: c[k] for k in demo.COURSE_KEYS if k in c}
        files[f"catalogue/{c['id']}.yaml"] = header + "\n".join(block(ordered)) + "\n"

    per_course = {c["id"]: (sum(len(g) for g in placed[c["id"]].values()),
                            sum(circles_of(c, len(g)) for g in placed[c["id"]].values())) for c in COURSES}
    figures = {
        "municipalities": len(PLACES), "associations": len(assocs),
        "venues": len(venues) - 1, "rooms": sum(len(v["rooms"]) for v in venues if not v.get("online")),
        "people": len(people), "trainers": sum(1 for p in people if "trainer" in p["roles"]),
        "with unavailable": sum(1 for p in people if p["unavailable"]),
        "enrolments": len(enrol), "dropped requests": sum(world.dropped.values()),
        "courses": len(COURSES), "expected circles": sum(n for _, n in per_course.values()),
        "fixed circles": len(circles), "per course": per_course, "problems": problems,
    }
    return files, figures


def demo_minutes(length):
    if isinstance(length, int):
        return length
    h, _, m = length.partition("h")
    return int(h) * 60 + int(m.rstrip("m") or 0)


def write(out, files):
    old = {p.relative_to(out).as_posix() for p in out.rglob("*.yaml")} if out.exists() else set()
    for stale in sorted(old - set(files)):
        (out / stale).unlink()
    for rel, text in sorted(files.items()):
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--seed", type=int, default=2022)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--rooms", type=float, default=1.0,
                    help="scale every venue's number of rooms (0.4: scarce rooms, about 57 enrolments a room)")
    ap.add_argument("--busy", type=float, default=0.0,
                    help="share of members who block one more weekday evening, after the requests are drawn")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if not 0.01 <= args.scale <= 3:
        ap.error("--scale must be between 0.01 and 3")
    if not 0.05 <= args.rooms <= 3:
        ap.error("--rooms must be between 0.05 and 3")
    name = "Courses" if args.scale == 1 else f"Courses-scale-{args.scale:g}"
    if args.rooms != 1:
        name += f"-rooms-{args.rooms:g}"
    if args.busy:
        name += f"-busy-{args.busy:g}"
    out = args.out or HERE / ".sweden" / name
    t0 = time.monotonic()
    files, fig = generate(args.seed, args.scale, args.rooms, args.busy)
    write(out, files)
    seconds = time.monotonic() - t0
    size = sum(len(t.encode("utf-8")) for t in files.values())
    if not args.quiet:
        print(f"wrote {len(files)} files, {size / 1e6:.1f} MB, to {out} in {seconds:.1f} s "
              f"(seed {args.seed}, scale {args.scale:g})")
        for k, v in fig.items():
            if k not in ("per course", "problems"):
                print(f"  {k:18} {v}")
        for cid, (n, k) in fig["per course"].items():
            print(f"    {cid:30} {n:6} requests -> {k:4} circles")
        for p in fig["problems"]:
            print(f"  problem: {p}")
    return 1 if fig["problems"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
