#!/usr/bin/env bash
# A batch of sign-ups planned and published: copies the demo workspace (Courses/), adds N
# confirmed sign-ups to its State (default 1,000: new people, spread over the member
# courses and the 16 associations, some with weekdays that never suit), and times
# `circles validate`, `circles plan` and `circles publish` on it, next to the same
# workspace without sign-ups.
#
#   Benchmarks/signups-bench.sh [--signups N] [--no-build]
#
#   --signups N  how many confirmed sign-ups (default 1000)
#   --no-build   use the release binary as it is
#   CIRCLES_BIN=path  time that binary instead (no build)
#
# The sign-ups are written straight into the State file's `signup` table as confirmed rows
# (seeded, the same every run): what the web's confirmation leaves there, without the
# HTTP round trips (those are timed by the web's own benchmark). Each workspace is planned
# from no kept plan. Logs go to Benchmarks/.sweden/results/signups-* (git-ignored).
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=Benchmarks/.sweden/results
N=1000
BUILD=1
while [ $# -gt 0 ]; do
    case "$1" in
        --signups) N=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "signups-bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
mkdir -p "$OUT"

if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v true >/dev/null 2>&1; then
    echo "installing GNU time (apt-get install time)" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq time >/dev/null; else sudo apt-get install -y -qq time >/dev/null; fi
fi
if [ -n "${CIRCLES_BIN:-}" ]; then
    BIN=$CIRCLES_BIN
else
    if [ "$BUILD" = 1 ]; then
        echo "building circles (release)" >&2
        swift build -c release --product circles >&2
    fi
    BIN="$(swift build -c release --show-bin-path)/circles"
fi

# A workspace copy with State (migrated by a first, untimed plan) and no kept plan.
prepare() {  # prepare FOLDER SIGNUPS
    rm -rf "$1" && mkdir -p "$1" && cp -R Courses/. "$1"/ && rm -rf "$1/.circles"
    "$BIN" plan "$1" >/dev/null 2>&1 || [ $? = 2 ]
    python3 - "$1/.circles/state.sqlite" "$2" <<'PY'
import hashlib, random, sqlite3, sys
path, count = sys.argv[1], int(sys.argv[2])
courses = ["cirkelledarutbildning", "digital-valskola", "feministisk-grundkurs", "introduktion-nya-medlemmar",
           "kommunikation-sociala-medier", "partiprogrammet", "mediatraning"]
associations = ["arvika", "eda", "filipstad", "forshaga", "grums", "hagfors", "hammaro", "karlstad", "kil",
                "kristinehamn", "munkfors", "storfors", "sunne", "saffle", "torsby", "arjang"]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
rng = random.Random(13)
db = sqlite3.connect(path)
db.execute("DELETE FROM kept_plan")
created = "2022-01-01 10:00:00.000"
for n in range(1, count + 1):
    never = ",".join(sorted(rng.sample(days, rng.choice([0, 0, 0, 1, 2])), key=days.index))
    course = rng.choice(courses)
    db.execute(
        "INSERT INTO signup (number, course, name, email, email_key, association, role, born, gender, never, note,"
        " status, confirm_digest, person, created_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL,"
        " 'confirmed', ?, ?, ?, ?)",
        (n, course, f"Medlem {n}", f"medlem{n}@example.org", f"medlem{n}@example.org", rng.choice(associations),
         "member" if course == "mediatraning" else None, rng.randint(1950, 2005), rng.choice("fmx"), never,
         hashlib.sha256(f"code-{n}".encode()).hexdigest(), f"w{n}", created, created))
db.commit()
PY
}

ROWS=()
measure() {  # measure CASE COMMAND ARGS...
    local name=$1; shift
    local base=$OUT/signups-$name-$1
    /usr/bin/time -f "%e %U %S %M" -o "$base.time" "$BIN" "$@" >"$base.log" 2>"$base.err" || [ $? = 2 ] \
        || { cat "$base.err" >&2; exit 1; }
    # GNU time puts "Command exited with non-zero status 2" first when plan leaves something unplaced.
    read -r wall user sys kb < <(tail -n 1 "$base.time")
    ROWS+=("$name|$1|$wall|$user|$sys|$((kb / 1024))")
}

for case in without with; do
    WS=$OUT/signups-workspace-$case
    if [ "$case" = with ]; then prepare "$WS" "$N"; else prepare "$WS" 0; fi
    measure "$case" validate "$WS"
    measure "$case" plan "$WS" --json "$WS/.circles/schedule.json"
    rm -rf "$OUT/signups-calendars-$case"
    measure "$case" publish "$WS" --out "$OUT/signups-calendars-$case" --today 2022-01-01
done

echo
echo "$N confirmed sign-ups on the demo workspace ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $BIN)"
printf '%-9s %-9s %7s %7s %7s %8s\n' case command "wall s" "user s" "sys s" "peak MB"
for row in "${ROWS[@]}"; do
    IFS='|' read -r name command wall user sys mb <<<"$row"
    printf '%-9s %-9s %7s %7s %7s %8s\n' "$name" "$command" "$wall" "$user" "$sys" "$mb"
done
python3 - "$OUT/signups-workspace-with/.circles/schedule.json" "$N" <<'PY'
import json, sys
schedule = json.load(open(sys.argv[1]))
scheduled = [c for c in schedule["circles"] if c.get("sessions")]
placed = {p for c in scheduled for p in c.get("participants", []) if p.startswith("w")}
waiting = {p for c in schedule["circles"] if not c.get("sessions") for p in c.get("participants", []) if p.startswith("w")}
unassigned = {u["person"] for u in schedule.get("unassigned", []) if u["person"].startswith("w")}
print(f"sign-up people: {len(placed)} in a scheduled circle, {len(waiting)} in a circle not placed (with its reasons),"
      f" {len(unassigned)} unassigned with a reason, of {sys.argv[2]}; circles {len(scheduled)} scheduled of"
      f" {len(schedule['circles'])}, unplaced sessions {len(schedule.get('unplaced', []))}")
PY
echo "published: $(sed -n 's/^files: //p' "$OUT/signups-with-publish.log")"
