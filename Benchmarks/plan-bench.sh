#!/usr/bin/env bash
# Planning at scale: times `circles plan` on the demo workspace and on a synthetic
# Sweden-sized one, and prints wall time, peak memory and what the schedule says.
#
#   Benchmarks/plan-bench.sh [--scale F] [--rooms F] [--busy F] [--seed N] [--time-limit S] [--timeout S] [--no-build]
#   Benchmarks/plan-bench.sh --self-test     the table from a hand-made schedule, no build
#
#   --scale F       size of the Sweden workspace (default 1: 30,000 people); other sizes
#                   live in Benchmarks/.sweden/Courses-scale-F
#   --rooms F       scale every venue's rooms (0.3: scarce rooms), Courses[-scale-F]-rooms-F
#   --busy F        a share F of members block one more evening (issue 17), ...-busy-F
#   --seed N        the planner's seed (default 1); the workspace's own seed is fixed
#   --time-limit S  passed on to `circles plan`
#   --no-build      use the release binary as it is
#   --timeout S     stop any one command after S seconds of wall time (exit 124 in the
#                   table); the planner's --time-limit bounds its search, not the rest
#   CIRCLES_BIN=path  time that binary instead (no build), e.g. one from another worktree
#
# Results (schedules, logs, time -v output) go to Benchmarks/.sweden/results/ (git-ignored).
# Each workspace is planned from a fresh copy there, without its .circles/ (the kept plan
# the next run would start from), so runs are independent and Courses/.circles/ is untouched.
# `circles plan` exits 0 (all placed), 2 (something unplaced) or 1 (error); the table
# shows the code as it is. `circles validate` is timed too when the binary has it.
set -euo pipefail

cd "$(dirname "$0")/.."
BENCH=Benchmarks
OUT=$BENCH/.sweden/results
SCALE=1
ROOMS=1
BUSY=0
SEED=1
LIMIT=()
BUILD=1
SELFTEST=0
TIMEOUT=()
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) SCALE=$2; shift 2 ;;
        --rooms) ROOMS=$2; shift 2 ;;
        --busy) BUSY=$2; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        --time-limit) LIMIT=(--time-limit "$2"); shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --timeout) TIMEOUT=(timeout "$2"); shift 2 ;;
        --self-test) SELFTEST=1; shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "plan-bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
mkdir -p "$OUT"

# GNU time (Debian package `time`) for wall time and peak memory
if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v true >/dev/null 2>&1; then
    echo "installing GNU time (apt-get install time)" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq time >/dev/null; else sudo apt-get install -y -qq time >/dev/null; fi
fi

if [ "$SELFTEST" = 1 ]; then
    # a schedule as the spec shows it: 2 circles, 1 unplaced session, 1 unassigned request
    cat > "$OUT/self-test.json" <<'EOF'
{ "format": "circles-schedule/1", "workspace": "Courses", "seed": 1,
  "circles": [
    { "id": "fem-karlstad-var22", "course": "feministisk-grundkurs", "term": "spring-2022",
      "leader": "p0001", "participants": ["p0002", "p0017"], "venue": "abf-karlstad",
      "sessions": [ { "number": 1, "start": "2022-02-01T18:30:00+01:00", "end": "2022-02-01T21:00:00+01:00",
                      "room": "abf-karlstad/stora" } ] },
    { "id": "media-torsby-host22", "course": "mediatraning", "term": "autumn-2022",
      "leader": "p0009", "participants": ["p0120", "p0121", "p0122", "p0123"], "venue": "abf-torsby",
      "sessions": [] } ],
  "unplaced": [ { "circle": "media-torsby-host22", "session": 3,
                  "reasons": ["leader p0009 unavailable on every remaining evening before deadline 2022-08-14"] } ],
  "unassigned": [ { "person": "p0120", "course": "mediatraning-kandidater",
                    "reason": "no circle within 60 km with room for one more" } ],
  "score": { "hard": 0, "soft": 1234, "parts": { "irregular-weekday": 12, "room-changes": 3 } } }
EOF
    set +e
    /usr/bin/time -v -o "$OUT/self-test.time" python3 -c 'import time; b = bytearray(50 << 20); time.sleep(0.3); exit(2)'
    code=$?
    set -e
    python3 "$BENCH/plan-table.py" "self-test|plan|$OUT/self-test.time|$code|$OUT/self-test.json" \
        "no-schedule|validate|$OUT/self-test.time|0|-"
    exit 0
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
[ -x "$BIN" ] || { echo "plan-bench: no circles binary at $BIN" >&2; exit 1; }

if [ "$SCALE" = 1 ]; then SWEDEN=$BENCH/.sweden/Courses; else SWEDEN=$BENCH/.sweden/Courses-scale-$SCALE; fi
if [ "$ROOMS" != 1 ]; then SWEDEN=$SWEDEN-rooms-$ROOMS; fi
if [ "$BUSY" != 0 ]; then SWEDEN=$SWEDEN-busy-$BUSY; fi
if [ ! -f "$SWEDEN/enrolments.csv" ]; then
    echo "generating $SWEDEN" >&2
    python3 "$BENCH/make-sweden-workspace.py" --scale "$SCALE" --rooms "$ROOMS" --busy "$BUSY" --out "$SWEDEN" >&2
fi

# `circles help X` fails for a subcommand the binary does not have (`circles X --help`
# would print the top-level help and succeed)
has() { "$BIN" help "$1" >/dev/null 2>&1; }

ROWS=()
run() {  # run NAME WORKSPACE COMMAND ARGS...
    local name=$1 ws=$2 cmd=$3; shift 3
    local base=$OUT/$name-$cmd code json=-
    [ "$cmd" = plan ] && json=$base.json && rm -f "$json"
    echo "circles $cmd $ws $*" >&2
    set +e
    if [ "$cmd" = plan ]; then
        /usr/bin/time -v -o "$base.time" ${TIMEOUT[@]+"${TIMEOUT[@]}"} "$BIN" plan "$ws" "$@" --json "$json" >"$base.log" 2>&1
    else
        /usr/bin/time -v -o "$base.time" ${TIMEOUT[@]+"${TIMEOUT[@]}"} "$BIN" "$cmd" "$ws" "$@" >"$base.log" 2>&1
    fi
    code=$?
    set -e
    if [ "$code" != 0 ] && [ "$code" != 2 ]; then
        echo "  exit $code, last lines of $base.log:" >&2
        tail -n 5 "$base.log" | sed 's/^/    /' >&2
    fi
    ROWS+=("$name|$cmd|$base.time|$code|$json")
}

for pair in "Courses:Courses" "sweden-$SCALE:$SWEDEN"; do
    name=${pair%%:*} src=${pair#*:}
    # `circles plan` keeps its schedule in WORKSPACE/.circles/ and starts from the kept one:
    # every run gets a fresh copy without it, and the real Courses/.circles/ is left alone
    ws=$OUT/$name-workspace
    rm -rf "$ws" && mkdir -p "$ws" && cp -R "$src"/. "$ws"/ && rm -rf "$ws/.circles"
    if has validate; then run "$name" "$ws" validate; fi
    if has plan; then
        run "$name" "$ws" plan --seed "$SEED" ${LIMIT[@]+"${LIMIT[@]}"}
    else
        echo "circles has no \`plan\` yet: nothing to time on $ws" >&2
    fi
done

if [ ${#ROWS[@]} -eq 0 ]; then
    echo "nothing measured: this circles binary has neither \`plan\` nor \`validate\`" >&2
    exit 1
fi
echo
echo "circles plan --seed $SEED ${LIMIT[*]:-} ${TIMEOUT[*]:-} ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores; results in $OUT)"
python3 "$BENCH/plan-table.py" "${ROWS[@]}"
