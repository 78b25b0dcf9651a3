#!/usr/bin/env python3
"""Writes the demo workspace `Courses/`: Vänsterpartiet Värmland's study plan for 2022.

    scripts/make-demo-workspace.py            write Courses/ (same bytes on every run)
    scripts/make-demo-workspace.py --check    check that Courses/ is what this script writes, then
                                              run scripts/check-demo-workspace.py on it (the format
                                              of shared/spec/workspace.md and feasibility)

The plan, venues, associations and catalogue are written out by hand below; the
people and their enrolments are drawn with a fixed seed, so that the demo is the
same on every machine and a changed figure always comes from a changed script.
Every name is made up from common Swedish first and last names and every e-mail
is at example.org: none of it is a real person.

Python 3 standard library only. The check reads the YAML back with PyYAML when it
is installed; without it, it checks the model the generator holds and that the
files on disk are exactly what the generator writes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
from pathlib import Path

SEED = 2022
ROOT = Path(__file__).resolve().parent.parent
WORKSPACE = ROOT / "Courses"

# ---------------------------------------------------------------------------
# plan.yaml
# ---------------------------------------------------------------------------

PLAN = {
    "organisation": "Vänsterpartiet Värmland",
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
        {"from": "2022-02-28", "to": "2022-03-06", "reason": "Sportlov i Värmland (vecka 9)"},
        {"from": "2022-03-19", "to": "2022-03-20", "reason": "Distriktsårsmöte"},
        {"from": "2022-08-29", "to": "2022-09-10", "reason": "Valspurt", "unless_tag": "election"},
        {"date": "2022-09-11", "reason": "Valdag"},
        {"from": "2022-10-31", "to": "2022-11-06", "reason": "Höstlov (vecka 44)"},
    ],
    "travel": {"max_km": 60},
}

PLAN_COMMENTS = {
    "holidays": "Swedish public holidays and their eves are blocked",
    "windows": "when sessions may take place",
    "lunch": "digital only: nobody travels at lunch",
    "travel": "in-person: a participant's association to the venue",
}

# ---------------------------------------------------------------------------
# associations.yaml: the 16 municipalities, town centre coordinates
# ---------------------------------------------------------------------------

# id, municipality, lat, lon, inhabitants 2021 (rounded; weights the member counts)
MUNICIPALITIES = [
    ("arvika", "Arvika", 59.6553, 12.5852, 26000),
    ("eda", "Eda", 59.8840, 12.2830, 8500),            # Charlottenberg
    ("filipstad", "Filipstad", 59.7126, 14.1685, 10500),
    ("forshaga", "Forshaga", 59.5263, 13.4806, 11500),
    ("grums", "Grums", 59.3517, 13.1103, 9000),
    ("hagfors", "Hagfors", 60.0337, 13.6937, 11600),
    ("hammaro", "Hammarö", 59.3236, 13.4653, 16800),    # Skoghall
    ("karlstad", "Karlstad", 59.3793, 13.5036, 95000),
    ("kil", "Kil", 59.5050, 13.3196, 12100),
    ("kristinehamn", "Kristinehamn", 59.3098, 14.1081, 24200),
    ("munkfors", "Munkfors", 59.8366, 13.5450, 3600),
    ("storfors", "Storfors", 59.5333, 14.2710, 4000),
    ("sunne", "Sunne", 59.8370, 13.1430, 13000),
    ("saffle", "Säffle", 59.1327, 12.9277, 15200),
    ("torsby", "Torsby", 60.1370, 13.0000, 11500),
    ("arjang", "Årjäng", 59.3910, 12.1340, 10000),
]

ASSOCIATIONS = [
    {"id": a, "name": f"Vänsterpartiet {m}", "municipality": m, "location": {"lat": lat, "lon": lon}}
    for a, m, lat, lon, _ in MUNICIPALITIES
]

# How many people of the demo live in each association (400 in all, Karlstad largest).
PEOPLE_PER_ASSOCIATION = {
    "karlstad": 136, "arvika": 37, "kristinehamn": 34, "hammaro": 22, "saffle": 20,
    "sunne": 18, "hagfors": 16, "torsby": 16, "kil": 16, "forshaga": 15, "arjang": 13,
    "filipstad": 14, "grums": 13, "eda": 12, "storfors": 8, "munkfors": 10,
}
assert sum(PEOPLE_PER_ASSOCIATION.values()) == 400

# ---------------------------------------------------------------------------
# venues.yaml
# ---------------------------------------------------------------------------

SUMMER = {"from": "2022-06-27", "to": "2022-08-07"}


def room(rid, name, capacity, features):
    return {"id": rid, "name": name, "capacity": capacity, "features": features}


ALL3 = ["projector", "accessible", "whiteboard"]

VENUES = [
    {"id": "abf-karlstad", "name": "ABF Värmland, Karlstad", "municipality": "Karlstad",
     "address": "Drottninggatan 26, 652 24 Karlstad", "location": {"lat": 59.3800, "lon": 13.5010},
     "rooms": [room("stora", "Stora salen", 40, ALL3),
               room("hjalmar", "Hjalmar Branting", 18, ALL3),
               room("kata", "Kata Dalström", 16, ALL3),
               room("lilla", "Lilla rummet", 10, ["accessible", "whiteboard"])],
     "closed": [SUMMER]},
    {"id": "v-karlstad", "name": "Vänsterpartiets lokal, Karlstad", "municipality": "Karlstad",
     "address": "Västra Torggatan 9 (en trappa upp), 652 25 Karlstad",
     "location": {"lat": 59.3812, "lon": 13.4990},
     "rooms": [room("motesrummet", "Mötesrummet", 20, ["projector", "whiteboard"]),
               room("koket", "Köket", 8, [])]},
    {"id": "abf-arvika", "name": "ABF Arvika", "municipality": "Arvika",
     "address": "Storgatan 31, 671 31 Arvika", "location": {"lat": 59.6547, "lon": 12.5880},
     "rooms": [room("storsalen", "Storsalen", 26, ALL3),
               room("cirkelrummet", "Cirkelrummet", 14, ["accessible", "whiteboard"])],
     "closed": [SUMMER]},
    {"id": "abf-arjang", "name": "ABF Årjäng", "municipality": "Årjäng",
     "address": "Storgatan 12, 672 31 Årjäng", "location": {"lat": 59.3915, "lon": 12.1330},
     "rooms": [room("salen", "Salen", 14, ALL3)],
     "closed": [SUMMER]},
    {"id": "abf-saffle", "name": "ABF Säffle", "municipality": "Säffle",
     "address": "Ågatan 18, 661 30 Säffle", "location": {"lat": 59.1335, "lon": 12.9290},
     "rooms": [room("storsalen", "Storsalen", 22, ALL3),
               room("studierummet", "Studierummet", 12, ["whiteboard"])],
     "closed": [SUMMER]},
    {"id": "abf-kristinehamn", "name": "ABF Kristinehamn", "municipality": "Kristinehamn",
     "address": "Kungsgatan 40, 681 30 Kristinehamn", "location": {"lat": 59.3105, "lon": 14.1070},
     "rooms": [room("bergslagen", "Bergslagssalen", 24, ALL3),
               room("vanern", "Vänerrummet", 14, ["accessible", "whiteboard"])],
     "closed": [SUMMER]},
    {"id": "v-kristinehamn", "name": "Vänsterpartiets lokal, Kristinehamn", "municipality": "Kristinehamn",
     "address": "Östra Storgatan 7, 681 31 Kristinehamn", "location": {"lat": 59.3092, "lon": 14.1102},
     "rooms": [room("lokalen", "Lokalen", 14, ["projector", "whiteboard"])]},
    {"id": "abf-filipstad", "name": "ABF Filipstad", "municipality": "Filipstad",
     "address": "Hyttgatan 5, 682 30 Filipstad", "location": {"lat": 59.7130, "lon": 14.1690},
     "rooms": [room("salen", "Salen", 16, ALL3)],
     "closed": [SUMMER]},
    {"id": "abf-sunne", "name": "ABF Sunne", "municipality": "Sunne",
     "address": "Storgatan 44, 686 31 Sunne", "location": {"lat": 59.8365, "lon": 13.1440},
     "rooms": [room("frykensalen", "Frykensalen", 20, ALL3),
               room("lilla", "Lilla salen", 12, ["accessible"])],
     # the house is being rebuilt over the autumn holiday week and the week after
     "closed": [SUMMER, {"from": "2022-10-31", "to": "2022-11-13"}]},
    {"id": "abf-torsby", "name": "ABF Torsby", "municipality": "Torsby",
     "address": "Järnvägsgatan 8, 685 30 Torsby", "location": {"lat": 60.1360, "lon": 13.0010},
     "rooms": [room("klaralven", "Klarälvsrummet", 16, ALL3)],
     "closed": [SUMMER]},
    {"id": "abf-hagfors", "name": "ABF Hagfors", "municipality": "Hagfors",
     "address": "Dalavägen 3, 683 30 Hagfors", "location": {"lat": 60.0330, "lon": 13.6950},
     "rooms": [room("uddeholm", "Uddeholmsrummet", 18, ALL3)],
     "closed": [SUMMER]},
    {"id": "digital", "name": "Digitalt möte", "online": True,
     "url": "https://meet.example.org/{circle}",
     "rooms": [{"id": "main", "capacity": 100}]},
]

# ---------------------------------------------------------------------------
# catalogue/*.yaml
# ---------------------------------------------------------------------------

BOTH_TERMS = ["spring-2022", "autumn-2022"]

COURSES = [
    {"id": "feministisk-grundkurs", "title": "Feministisk grundkurs", "kind": "feminist-training",
     "description": (
         "Fyra träffar om partiets feministiska analys: könsmaktsordningen, hur klass och kön\n"
         "hänger ihop, och hur vi arbetar internt feministiskt i föreningen. Vi övar på att\n"
         "känna igen och bemöta härskartekniker och går igenom partiets riktlinjer mot\n"
         "sexuella trakasserier. Grundkursen är öppen för alla medlemmar.\n"),
     "abf": "study-circle", "format": "in-person", "sessions": 4, "length": "2h30m",
     "cadence": "weekly", "windows": ["evening"], "participants": {"min": 4, "max": 12},
     "audience": ["member"], "leader": "feminist-trainer", "room": {"features": ["projector"]},
     "terms": BOTH_TERMS},
    {"id": "feministisk-fordjupning", "title": "Feministisk fördjupning: internt feministiskt arbete",
     "kind": "feminist-training",
     "description": (
         "Fördjupning för dig som gått grundkursen och vill bli feministiskt ombud i din\n"
         "förening: mötesplanering, talartid, jämställda valberedningar och hur föreningen\n"
         "gör sin egen feministiska handlingsplan. Tre lördagar eller söndagar under hösten.\n"),
     "abf": "study-circle", "format": "in-person", "sessions": 3, "length": 180,
     "cadence": "biweekly", "windows": ["weekend"], "participants": {"min": 3, "max": 10},
     "audience": ["member"], "leader": "feminist-trainer", "room": {"features": ["whiteboard"]},
     "terms": ["autumn-2022"], "after": ["feministisk-grundkurs"]},
    {"id": "mediatraning", "title": "Medieträning för medlemmar och föreningar", "kind": "media-training",
     "description": (
         "Två lördagar om att synas i lokala medier: att skriva insändare och debattartiklar\n"
         "till VF och NWT, pressmeddelanden, att ge en kort intervju i lokalradion och att\n"
         "hålla föreningens Facebooksida levande. Vi spelar in och ger varandra återkoppling.\n"),
     "format": "in-person", "sessions": 2, "length": 180, "cadence": "weekly",
     "windows": ["weekend"], "participants": {"min": 4, "max": 14},
     "audience": ["member", "chair", "membership-officer"], "leader": "media-trainer",
     "room": {"features": ["projector"]}, "terms": BOTH_TERMS},
    {"id": "mediatraning-kandidater", "title": "Medieträning för kandidater till region och riksdag",
     "kind": "media-training",
     "description": (
         "Intensivhelg för våra kandidater till regionfullmäktige och riksdagen inför valet\n"
         "den 11 september: budskap och politiska prioriteringar, intervjuträning framför\n"
         "kamera, debattövningar och hur man hanterar svåra frågor och hat på nätet.\n"
         "Lördag och söndag, avslutas senast helgen före valspurten.\n"),
     "abf": "other", "format": "in-person", "sessions": 2, "length": 300, "cadence": "days",
     "windows": ["weekend"], "participants": {"min": 4, "max": 10}, "audience": ["candidate"],
     "leader": "media-trainer", "room": {"features": ["projector", "whiteboard"]},
     "terms": BOTH_TERMS, "deadline": "2022-09-04", "tags": ["election"]},
    {"id": "partiprogrammet", "title": "Studiecirkel: Vänsterpartiets partiprogram", "kind": "study-circle",
     "description": (
         "Vi läser partiprogrammet tillsammans, ett avsnitt i taget: kapitalismen och\n"
         "klassamhället, feminismen, den ekologiska krisen, demokratin och vägen till\n"
         "socialismen. Studieplan och texter från ABF; ingen läxa utöver läsningen.\n"),
     "abf": "study-circle", "format": "in-person", "sessions": 5, "length": "2h15m",
     "cadence": "biweekly", "windows": ["evening"], "participants": {"min": 4, "max": 12},
     "audience": ["member"], "leader": "study-circle-leader", "room": {"features": ["whiteboard"]},
     "terms": BOTH_TERMS},
    {"id": "medlemsvard", "title": "Medlemsvård för medlemsansvariga", "kind": "study-circle",
     "description": (
         "För föreningarnas medlemsansvariga: att ta emot nya medlemmar, medlemsregistret,\n"
         "välkomstsamtal, att ringa runt inför möten och val, och att få fler aktiva.\n"
         "Tre lördagar med en månad emellan, så att ni hinner pröva det i föreningen.\n"),
     "abf": "study-circle", "format": "in-person", "sessions": 3, "length": 180,
     "cadence": "monthly", "windows": ["weekend"], "participants": {"min": 3, "max": 12},
     "audience": ["membership-officer"], "leader": "study-circle-leader",
     "room": {"features": ["accessible"]}, "terms": BOTH_TERMS},
    {"id": "kommunikation-sociala-medier", "title": "Kommunikationsstrategin och sociala medier",
     "kind": "study-circle",
     "description": (
         "Partiets kommunikationsstrategi i praktiken: vilka vi vill nå, våra\n"
         "kärnbudskap och hur föreningen planerar sina inlägg på Facebook och Instagram.\n"
         "Hybrid: den som bor långt bort kan vara med digitalt.\n"),
     "abf": "study-circle", "format": "hybrid", "sessions": 3, "length": "2h30m",
     "cadence": "weekly", "windows": ["evening"], "participants": {"min": 4, "max": 15},
     "audience": ["member"], "leader": "media-trainer", "room": {"features": ["projector"]},
     "terms": BOTH_TERMS},
    {"id": "introduktion-nya-medlemmar", "title": "Introduktion för nya medlemmar", "kind": "study-circle",
     "description": (
         "Välkommen till Vänsterpartiet! Tre träffar om partiets historia och idéer, hur\n"
         "partiet är organiserat från förening till kongress, och hur du kan engagera dig\n"
         "i din förening. Fika ingår.\n"),
     "abf": "study-circle", "format": "in-person", "sessions": 3, "length": "2h15m",
     "cadence": "weekly", "windows": ["evening", "weekend"], "participants": {"min": 3, "max": 12},
     "audience": ["member"], "leader": "study-circle-leader", "room": {"features": ["accessible"]},
     "terms": BOTH_TERMS},
    {"id": "cirkelledarutbildning", "title": "Cirkelledarutbildning", "kind": "study-circle",
     "description": (
         "Utbildning för dig som vill leda studiecirklar i partiet: folkbildningens idé,\n"
         "gruppens dynamik, att planera en träff, studieplaner och ABF:s regler för\n"
         "rapportering och närvaro.\n"),
     "abf": "study-circle", "format": "in-person", "sessions": 3, "length": 180,
     "cadence": "biweekly", "windows": ["weekend"], "participants": {"min": 4, "max": 12},
     "audience": ["member"], "leader": "circle-leader-trainer",
     "room": {"features": ["whiteboard", "projector"]}, "terms": BOTH_TERMS},
    {"id": "ordforandetraff-var22", "title": "Ordförandeträffar våren 2022", "kind": "chairs-meeting",
     "description": (
         "Digital träff en gång i månaden för föreningarnas ordförande med distriktet:\n"
         "läget i föreningarna, valplanen, kampanjer och frågor till distriktsstyrelsen.\n"),
     "abf": "other", "format": "digital", "sessions": 5, "length": "1h30m", "cadence": "monthly",
     "windows": ["evening"], "participants": {"min": 8, "max": 20}, "audience": ["chair"],
     "leader": "chairs-host", "terms": ["spring-2022"]},
    {"id": "ordforandetraff-host22", "title": "Ordförandeträffar hösten 2022", "kind": "chairs-meeting",
     "description": (
         "Digital träff en gång i månaden för föreningarnas ordförande med distriktet.\n"
         "Hösten: valutvärdering, årsmöten och verksamhetsplan för 2023.\n"),
     "abf": "other", "format": "digital", "sessions": 4, "length": "1h30m", "cadence": "monthly",
     "windows": ["evening"], "participants": {"min": 8, "max": 20}, "audience": ["chair"],
     "leader": "chairs-host", "terms": ["autumn-2022"]},
    {"id": "digital-valskola", "title": "Digital valskola", "kind": "other",
     "description": (
         "Fyra korta lunchträffar på nätet inför valet: dörrknackning, samtal vid\n"
         "valstugan, att ringa väljare och partiets viktigaste vallöften. Pågår in i\n"
         "valspurten.\n"),
     "abf": "other", "format": "digital", "sessions": 4, "length": 45, "cadence": "weekly",
     "windows": ["lunch"], "participants": {"min": 5, "max": 40}, "audience": ["member"],
     "leader": "campaign-trainer", "terms": ["autumn-2022"], "deadline": "2022-09-11",
     "tags": ["election"]},
]

COURSE_KEYS = ["id", "title", "kind", "description", "abf", "format", "sessions", "length", "cadence",
               "windows", "participants", "audience", "leader", "room", "terms", "deadline", "after", "tags"]

# ---------------------------------------------------------------------------
# people.csv: roles that are given out by hand (the rest are members)
# ---------------------------------------------------------------------------

# Trainers per association, each a list of qualifications.
TRAINERS = {
    "karlstad": [["feminist-trainer", "study-circle-leader"], ["feminist-trainer"],
                 ["feminist-trainer", "media-trainer"], ["media-trainer"],
                 ["media-trainer", "campaign-trainer"], ["campaign-trainer"],
                 ["chairs-host", "study-circle-leader"], ["chairs-host"],
                 ["study-circle-leader"], ["study-circle-leader"],
                 ["study-circle-leader", "circle-leader-trainer"], ["circle-leader-trainer"],
                 ["media-trainer", "study-circle-leader"], ["feminist-trainer"]],
    "hammaro": [["study-circle-leader"]],
    "kil": [["study-circle-leader", "feminist-trainer"]],
    "forshaga": [["study-circle-leader"]],
    "grums": [["study-circle-leader"]],
    "arvika": [["feminist-trainer", "study-circle-leader"], ["media-trainer"], ["study-circle-leader"],
               ["media-trainer", "feminist-trainer"],
               ["circle-leader-trainer"]],
    "eda": [["study-circle-leader"]],
    "arjang": [["study-circle-leader"]],
    "kristinehamn": [["feminist-trainer"], ["media-trainer", "study-circle-leader"], ["study-circle-leader"],
                     ["circle-leader-trainer"]],
    "filipstad": [["study-circle-leader", "feminist-trainer"]],
    "saffle": [["feminist-trainer", "study-circle-leader"], ["media-trainer"]],
    "sunne": [["media-trainer", "study-circle-leader"], ["feminist-trainer"], ["circle-leader-trainer"]],
    "torsby": [["feminist-trainer", "study-circle-leader"], ["study-circle-leader", "media-trainer"]],
    "hagfors": [["study-circle-leader", "media-trainer"], ["feminist-trainer"]],
}

# Candidates per association: what they stand for (an extra column the tool ignores).
CANDIDATES = {
    "karlstad": ["riksdag;region", "riksdag;region", "riksdag", "riksdag", "region", "region", "region",
                 "region", "region", "region", "riksdag;region", "region"],
    "hammaro": ["region", "riksdag"], "kil": ["region"], "forshaga": ["region"], "grums": ["region"],
    "arvika": ["riksdag;region", "region", "region", "riksdag"], "eda": ["region"], "arjang": ["region"],
    "kristinehamn": ["riksdag;region", "region", "region", "region"], "filipstad": ["region", "riksdag"],
    "storfors": ["region"], "saffle": ["region", "riksdag"], "sunne": ["region", "region"],
    "torsby": ["riksdag;region", "region"], "hagfors": ["region", "region"], "munkfors": ["region"],
}

FEMALE = ["Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Marie",
          "Malin", "Ingrid", "Jenny", "Hanna", "Linda", "Annika", "Susanne", "Elin", "Monica", "Birgitta",
          "Sofia", "Johanna", "Ida", "Camilla", "Julia", "Åsa", "Ulla", "Elsa", "Maja", "Linnea",
          "Amanda", "Matilda", "Gunilla", "Helena", "Cecilia", "Frida", "Moa", "Klara", "Agnes", "Ebba",
          "Lisa", "Therese", "Louise", "Anneli", "Yasmin", "Leila", "Nadia", "Ingela", "Margareta", "Siv"]
MALE = ["Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Jan",
        "Daniel", "Fredrik", "Hans", "Bengt", "Stefan", "Mats", "Magnus", "Andreas", "Mattias", "Jonas",
        "Niklas", "Marcus", "Björn", "Oskar", "Emil", "Viktor", "Gustav", "Axel", "Filip", "Anton",
        "Leif", "Göran", "Ulf", "Kjell", "Rolf", "Ove", "Henrik", "Tobias", "Simon", "Linus",
        "Ahmed", "Omar", "Hassan", "Mohammed", "Ali", "Tomas", "Sven", "Arne", "Olle", "Hampus"]
NEUTRAL = ["Kim", "Alex", "Robin", "Charlie", "Sam", "Love", "Noa", "Mika", "Eli", "Tove"]
SURNAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
            "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist",
            "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
            "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg",
            "Wallin", "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman",
            "Gunnarsson", "Holm", "Wikström", "Samuelsson", "Isaksson", "Fransson", "Bergqvist",
            "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg", "Blomqvist",
            "Claesson", "Nordström", "Mårtensson", "Lundström", "Viklund", "Björklund", "Eliasson",
            "Berggren", "Sandström", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren",
            "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk", "Öberg",
            "Blom", "Martinsson", "Andreasson", "Strömberg", "Månsson", "Åkesson", "Dahl", "Norberg",
            "Ahmed", "Hassan", "Ali", "Mohammed", "Yilmaz", "Kaya", "Haddad", "Nguyen", "Rahimi", "Jovanović"]

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

# ---------------------------------------------------------------------------
# helpers shared by generator and check
# ---------------------------------------------------------------------------


def date(s):
    return dt.date.fromisoformat(s)


def clock(s):
    h, m = s.split(":")
    return int(h) * 60 + int(m)


def swedish_holidays_2022():
    """Public holidays of 2022 and their eves (what `holidays: se` blocks)."""
    days = {
        "2022-01-01": "Nyårsdagen", "2022-01-05": "Trettondagsafton", "2022-01-06": "Trettondedag jul",
        "2022-04-14": "Skärtorsdagen", "2022-04-15": "Långfredagen", "2022-04-16": "Påskafton",
        "2022-04-17": "Påskdagen", "2022-04-18": "Annandag påsk", "2022-04-30": "Valborgsmässoafton",
        "2022-05-01": "Första maj", "2022-05-25": "Dag före Kristi himmelsfärd",
        "2022-05-26": "Kristi himmelsfärdsdag", "2022-06-04": "Pingstafton", "2022-06-05": "Pingstdagen",
        "2022-06-06": "Nationaldagen", "2022-06-24": "Midsommarafton", "2022-06-25": "Midsommardagen",
        "2022-11-04": "Allhelgonaafton", "2022-11-05": "Alla helgons dag", "2022-12-24": "Julafton",
        "2022-12-25": "Juldagen", "2022-12-26": "Annandag jul", "2022-12-31": "Nyårsafton",
    }
    return {date(d) for d in days}


# ---------------------------------------------------------------------------
# generation of people and enrolments
# ---------------------------------------------------------------------------


def ascii_fold(s):
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ć": "c", "Å": "A", "Ä": "A",
                           "Ö": "O"})
    return s.translate(table).lower()


def parse_unavailable(text):
    """-> (whole weekdays, set of (weekday, from, to) hours, list of (from, to) dates)"""
    weekdays, hours, ranges = set(), set(), []
    for item in filter(None, text.split(";")):
        if item in WEEKDAYS:
            weekdays.add(item)
        elif re.fullmatch(r"(mon|tue|wed|thu|fri|sat|sun) \d\d:\d\d-\d\d:\d\d", item):
            day, span = item.split(" ")
            a, b = span.split("-")
            hours.add((day, clock(a), clock(b)))
        elif ".." in item:
            a, b = item.split("..")
            ranges.append((date(a), date(b)))
        else:
            ranges.append((date(item), date(item)))
    return weekdays, hours, ranges


def draw_unavailable(rng, kind):
    """Realistic reasons not to come: a weekday (choir, shift work), an evening's hours
    (the children's football), a holiday trip or a hospital stay."""
    if rng.random() > {"member": 0.22, "officer": 0.2, "trainer": 0.25, "chair": 0.2, "candidate": 0.15}[kind]:
        return ""
    options = [
        lambda: rng.choice(["mon", "wed", "thu"]) if kind != "chair" else rng.choice(["mon", "thu"]),
        lambda: rng.choice(["mon 18:00-20:00", "wed 18:00-20:00", "thu 17:30-19:30",
                            "wed 18:30-20:30", "mon 19:00-21:00"]),
        lambda: rng.choice(["2022-02-14..2022-02-20", "2022-04-19..2022-04-29", "2022-05-09..2022-05-15",
                            "2022-10-03..2022-10-16", "2022-11-21..2022-11-27", "2022-03-21..2022-03-27",
                            "2022-09-19..2022-09-25"]),
        lambda: rng.choice(["2022-03-15", "2022-05-10", "2022-10-12", "2022-11-15", "2022-02-08"]),
    ]
    if kind == "member":
        options.append(lambda: rng.choice(["sat", "sun"]))  # works weekends
    if kind == "trainer":
        # leaders keep their evenings free: only short absences
        options = options[2:]
    parts = [rng.choice(options)()]
    if rng.random() < 0.2:
        parts.append(rng.choice(options)())
    out = []
    for p in parts:
        if p not in out:
            out.append(p)
    return ";".join(out)


def make_people(rng):
    used_names, used_mails = set(), set()
    people = []
    for assoc, *_ in sorted(MUNICIPALITIES, key=lambda m: -PEOPLE_PER_ASSOCIATION[m[0]]):
        n = PEOPLE_PER_ASSOCIATION[assoc]
        officers = 3 if n >= 100 else 2 if n >= 15 else 1
        specs = [{"roles": ["member", "chair"], "kind": "chair"}]
        specs += [{"roles": ["member", "membership-officer"], "kind": "officer"} for _ in range(officers)]
        specs += [{"roles": ["member", "candidate"], "kind": "candidate", "candidacy": c}
                  for c in CANDIDATES.get(assoc, [])]
        specs += [{"roles": ["member", "trainer"], "kind": "trainer", "qualifications": q}
                  for q in TRAINERS.get(assoc, [])]
        specs += [{"roles": ["member"], "kind": "member"} for _ in range(n - len(specs))]
        assert len(specs) == n, assoc
        for spec in specs:
            g = rng.choices(["f", "m", "x"], weights=[53, 44, 3])[0]
            while True:
                first = rng.choice({"f": FEMALE, "m": MALE, "x": NEUTRAL}[g])
                last = rng.choice(SURNAMES)
                if (first, last) not in used_names and first != last:
                    used_names.add((first, last))
                    break
            kind = spec["kind"]
            lo, hi = {"member": (16, 85), "officer": (20, 78), "chair": (24, 74), "candidate": (19, 72),
                      "trainer": (25, 72)}[kind]
            # the party's members: many young adults, many pensioners, a few school pupils
            a, b = rng.choices([(16, 19), (20, 34), (35, 64), (65, 85)], weights=[4, 30, 44, 22])[0]
            age = max(lo, min(hi, rng.randint(a, b)))
            born = 2022 - age
            new = kind == "member" and (rng.random() < 0.27 or born + 15 > 2020)
            joined = rng.choice([2021, 2022]) if new else rng.randint(max(1970, born + 15), 2020)
            mail = ""
            if rng.random() > 0.05:
                base = f"{ascii_fold(first)}.{ascii_fold(last)}"
                mail, k = base, 1
                while mail in used_mails:
                    k += 1
                    mail = f"{base}{k}"
                used_mails.add(mail)
                mail += "@example.org"
            people.append({
                "id": None, "name": f"{first} {last}", "association": assoc,
                "roles": spec["roles"], "qualifications": spec.get("qualifications", []),
                "unavailable": draw_unavailable(rng, kind), "born": born, "gender": g, "email": mail,
                "joined": joined, "candidacy": spec.get("candidacy", ""),
            })
    # a register lists people in the order they joined, not by role or place
    rng.shuffle(people)
    people.sort(key=lambda p: p["joined"])
    for n, p in enumerate(people, start=1):
        p["id"] = f"p{n:04d}"
    return people


_COURSE_DAYS = {}


def course_days(course):
    """The dates on which a session of the course could lie, plan-wide."""
    if course["id"] not in _COURSE_DAYS:
        _COURSE_DAYS[course["id"]] = _course_days(course)
    return _COURSE_DAYS[course["id"]]


def _course_days(course):
    holidays = swedish_holidays_2022()
    terms = {t["id"]: t for t in PLAN["terms"]}
    days = set()
    for w in course["windows"]:
        days |= set(PLAN["windows"][w]["days"])
    out = []
    for tid in course["terms"]:
        d, end = date(terms[tid]["from"]), date(terms[tid]["to"])
        if "deadline" in course:
            end = min(end, date(course["deadline"]) - dt.timedelta(days=1))
        while d <= end:
            if WEEKDAYS[d.weekday()] in days and d not in holidays and not blocked(d, course):
                out.append(d)
            d += dt.timedelta(days=1)
    return out


def blocked(d, course):
    for b in PLAN["blackouts"]:
        a, z = (date(b["date"]), date(b["date"])) if "date" in b else (date(b["from"]), date(b["to"]))
        if a <= d <= z and b.get("unless_tag") not in course.get("tags", []):
            return True
    return False


def free_days(person, course):
    """How many of the course's possible days the person is free on (hours-only absences
    leave the day usable)."""
    weekdays, _, ranges = parse_unavailable(person["unavailable"])
    return sum(1 for d in course_days(course)
               if WEEKDAYS[d.weekday()] not in weekdays and not any(a <= d <= b for a, b in ranges))


def window_days(course):
    return {d for w in course["windows"] for d in PLAN["windows"][w]["days"]}


def may_enrol(person, course):
    if not set(course["audience"]) & set(person["roles"]):
        return False
    days = window_days(course)
    off = parse_unavailable(person["unavailable"])[0] & days
    if off and len(days - off) < 3:
        return False  # a circle would have to be built around their one free weekday
    if course["leader"] in person["qualifications"]:
        return False  # they lead it
    return free_days(person, course) >= 3 * course["sessions"]


NEAR_KARLSTAD = {"karlstad", "hammaro", "kil", "forshaga", "grums"}

# how many requests each open course gets (drawn from those who may take it)
WANTED = {
    "feministisk-grundkurs": 130,
    "partiprogrammet": 140,
    "mediatraning": 80,
    "kommunikation-sociala-medier": 66,
    "cirkelledarutbildning": 30,
    "digital-valskola": 70,
}


def make_enrolments(rng, people):
    courses = {c["id"]: c for c in COURSES}
    enrol = []  # (person, course)

    def take(course_id, persons):
        for p in persons:
            enrol.append((p["id"], course_id))

    def eligible(course_id, pool=None):
        return [p for p in (pool or people) if may_enrol(p, courses[course_id])]

    # everyone for whom a course is meant asks for it
    take("ordforandetraff-var22", eligible("ordforandetraff-var22"))
    take("ordforandetraff-host22", eligible("ordforandetraff-host22"))
    take("medlemsvard", eligible("medlemsvard"))
    take("mediatraning-kandidater", eligible("mediatraning-kandidater"))
    # most new members want the introduction
    new = [p for p in people if p["joined"] >= 2021]
    take("introduktion-nya-medlemmar", [p for p in eligible("introduktion-nya-medlemmar", new)
                                        if rng.random() < 0.85])
    # open courses: drawn at random among those who may take them
    for course_id in sorted(WANTED):
        pool = eligible(course_id)
        if course_id == "cirkelledarutbildning":
            pool = [p for p in pool if "trainer" not in p["roles"] and p["born"] <= 2004]
        take(course_id, rng.sample(pool, WANTED[course_id]))
    # the deepening: members near Karlstad who also asked for the basic course
    basic = {pid for pid, cid in enrol if cid == "feministisk-grundkurs"}
    pool = [p for p in eligible("feministisk-fordjupning")
            if p["id"] in basic and p["association"] in NEAR_KARLSTAD]
    take("feministisk-fordjupning", rng.sample(pool, 9))
    order = {c["id"]: i for i, c in enumerate(COURSES)}
    return sorted(set(enrol), key=lambda e: (order[e[1]], e[0]))


def make_circles(people, enrolments):
    """Circles fixed by hand: picked from the generated people so that they fit."""
    by_id = {p["id"]: p for p in people}

    def first(assoc, qualification):
        return next(p["id"] for p in people if p["association"] == assoc and qualification in p["qualifications"])

    enrolled = {}
    for pid, cid in enrolments:
        enrolled.setdefault(cid, []).append(pid)
    west = [pid for pid in enrolled["medlemsvard"] if by_id[pid]["association"] in ("arvika", "eda", "arjang")]
    host = next(p["id"] for p in people if "chairs-host" in p["qualifications"]
                and not parse_unavailable(p["unavailable"])[2])
    return [
        {"id": "fem-karlstad-var22", "course": "feministisk-grundkurs", "term": "spring-2022",
         "venue": "abf-karlstad", "leader": first("karlstad", "feminist-trainer")},
        {"id": "medlemsvard-vast-var22", "course": "medlemsvard", "term": "spring-2022",
         "venue": "abf-arvika", "participants": west},
        {"id": "ordf-digital-var22", "course": "ordforandetraff-var22", "term": "spring-2022",
         "venue": "digital", "leader": host,
         "pinned": [{"session": 1, "start": "2022-01-18T19:00", "room": "digital/main"}]},
    ]


# ---------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------

PLAIN = re.compile(r"^[A-Za-z0-9ÅÄÖåäöé][A-Za-z0-9ÅÄÖåäöé .,/()-]*$")
RESERVED = {"yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"}


def scalar(v, flow=False):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)?", v):
        return v
    if (PLAIN.match(v) and v.lower() not in RESERVED and not re.fullmatch(r"[\d.]+", v)
            and not (flow and (" " in v or "," in v))):
        return v
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow(v):
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k}: {flow(x)}" for k, x in v.items()) + " }"
    if isinstance(v, list):
        return "[" + ", ".join(flow(x) for x in v) + "]"
    return scalar(v, flow=True)


def block(d, indent=0, comments=None):
    """A mapping in block style; nested mappings of scalars and lists go in flow style
    where they stay short, lists of mappings one flow mapping a line."""
    pad = " " * indent
    lines = []
    for k, v in d.items():
        note = f"   # {comments[k]}" if comments and k in comments else ""
        if isinstance(v, str) and "\n" in v:
            lines.append(f"{pad}{k}: |")
            lines += [f"{pad}  {line}" if line else "" for line in v.rstrip("\n").split("\n")]
        elif isinstance(v, list) and v and isinstance(v[0], dict):
            lines.append(f"{pad}{k}:{note}")
            lines += [f"{pad}  - {flow(x)}" for x in v]
        elif isinstance(v, dict) and len(flow(v)) + indent + len(k) > 96:
            lines.append(f"{pad}{k}:{note}")
            lines += block(v, indent + 2, comments)
        else:
            lines.append(f"{pad}{k}: {flow(v)}{note}")
    return lines


HEADER = "# Demo workspace, written by scripts/make-demo-workspace.py: edit the script, not this file.\n"


def plan_yaml():
    return HEADER + "\n".join(block(PLAN, comments=PLAN_COMMENTS)) + "\n"


def associations_yaml():
    return HEADER + "".join(f"- {flow(a)}\n" for a in ASSOCIATIONS)


def venues_yaml():
    out = [HEADER.rstrip("\n")]
    for v in VENUES:
        lines = block(v)
        out.append("- " + lines[0])
        out += ["  " + line if line else "" for line in lines[1:]]
    return "\n".join(out) + "\n"


def course_yaml(c):
    ordered = {k: c[k] for k in COURSE_KEYS if k in c}
    return HEADER + "\n".join(block(ordered)) + "\n"


def circles_yaml(circles):
    out = [HEADER.rstrip("\n")]
    for c in circles:
        lines = block(c)
        out.append("- " + lines[0])
        out += ["  " + line for line in lines[1:]]
    return "\n".join(out) + "\n"


PEOPLE_COLUMNS = ["id", "name", "association", "roles", "qualifications", "unavailable", "born", "gender",
                  "email", "joined", "candidacy"]


def people_csv(people):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(PEOPLE_COLUMNS)
    for p in people:
        row = dict(p, roles=";".join(p["roles"]), qualifications=";".join(p["qualifications"]))
        w.writerow([row[c] for c in PEOPLE_COLUMNS])
    return buf.getvalue()


def enrolments_csv(enrolments):
    return "person,course\n" + "".join(f"{p},{c}\n" for p, c in enrolments)


def generate():
    """-> {relative path: text}, and the model (people, enrolments, circles)."""
    rng = random.Random(SEED)
    people = make_people(rng)
    enrolments = make_enrolments(rng, people)
    circles = make_circles(people, enrolments)
    files = {
        "plan.yaml": plan_yaml(),
        "associations.yaml": associations_yaml(),
        "venues.yaml": venues_yaml(),
        "people.csv": people_csv(people),
        "enrolments.csv": enrolments_csv(enrolments),
        "circles.yaml": circles_yaml(circles),
    }
    for c in COURSES:
        files[f"catalogue/{c['id']}.yaml"] = course_yaml(c)
    return files, circles


def write():
    files, _ = generate()
    old = {p.relative_to(WORKSPACE).as_posix() for p in WORKSPACE.rglob("*.yaml")} if WORKSPACE.exists() else set()
    for stale in sorted(old - set(files)):
        (WORKSPACE / stale).unlink()
    for rel, text in sorted(files.items()):
        path = WORKSPACE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} files to {WORKSPACE.relative_to(ROOT)}/")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if sys.argv[1:] == ["--check"]:
        import importlib.util
        spec = importlib.util.spec_from_file_location("check_demo", Path(__file__).with_name("check-demo-workspace.py"))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        files, _ = generate()
        stale = sorted(rel for rel, text in files.items()
                       if not (WORKSPACE / rel).exists() or (WORKSPACE / rel).read_text(encoding="utf-8") != text)
        for rel in stale:
            print(f"Courses/{rel} is not what this script writes: run it, or move the edit into the script")
        sys.exit(max(module.main([str(WORKSPACE)]), 1 if stale else 0))
    elif sys.argv[1:]:
        print(__doc__)
        sys.exit(2)
    write()
