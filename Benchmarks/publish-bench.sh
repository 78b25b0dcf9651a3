#!/usr/bin/env bash
# Publishing at scale: times `circles publish` on the Sweden-sized workspace (the same one
# plan-bench.sh plans): a first publication (empty State, no Calendars yet) and unchanged
# re-publications, and prints wall, user and system time, peak memory and the phases
# (`publish --timings`).
#
#   Benchmarks/publish-bench.sh [--scale F] [--runs N] [--no-build]
#
#   --scale F   size of the Sweden workspace (default 1: 30,000 people)
#   --runs N    how many times each case is run (default 3); the table shows each run
#   --no-build  use the release binary as it is
#   CIRCLES_BIN=path  time that binary instead (no build)
#
# The workspace is copied to Benchmarks/.sweden/results/publish-workspace and planned once
# (not timed here: see plan-bench.sh); each first publication starts from that planned State
# with no published events and no tokens, into a new output folder on the same disk.
# Figures vary with the disk and with what else the machine does: run it on a quiet one.
set -euo pipefail

cd "$(dirname "$0")/.."
BENCH=Benchmarks
OUT=$BENCH/.sweden/results
SCALE=1
RUNS=3
BUILD=1
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) SCALE=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "publish-bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
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

if [ "$SCALE" = 1 ]; then SWEDEN=$BENCH/.sweden/Courses; else SWEDEN=$BENCH/.sweden/Courses-scale-$SCALE; fi
if [ ! -f "$SWEDEN/enrolments.csv" ]; then
    echo "generating $SWEDEN" >&2
    python3 "$BENCH/make-sweden-workspace.py" --scale "$SCALE" --out "$SWEDEN" >&2
fi

WS=$OUT/publish-workspace
PLANNED=$OUT/publish-planned-state.sqlite
if [ ! -f "$PLANNED" ] || [ "$SWEDEN/enrolments.csv" -nt "$PLANNED" ]; then
    rm -rf "$WS" && mkdir -p "$WS" && cp -R "$SWEDEN"/. "$WS"/ && rm -rf "$WS/.circles"
    echo "planning $WS once (not timed)" >&2
    "$BIN" plan "$WS" >/dev/null || [ $? = 2 ]
    cp "$WS/.circles/state.sqlite" "$PLANNED"
fi

ROWS=()
measure() {  # measure CASE RUN OUTPUT
    local base=$OUT/publish-$1-$2
    /usr/bin/time -f "%e %U %S %M" -o "$base.time" "$BIN" publish "$WS" --out "$3" --today 2022-01-01 --timings \
        >"$base.log" 2>"$base.err" || { cat "$base.err" >&2; exit 1; }
    read -r wall user sys kb <"$base.time"
    ROWS+=("$1|$2|$wall|$user|$sys|$((kb / 1024))|$(sed -n 's/^timings: //p' "$base.err")|$(sed -n 's/^files: //p' "$base.log")")
}

# Each first publication goes to its own new folder, all deleted only at the end: on ext4,
# creating twenty thousand files within minutes of deleting as many is several times slower
# (the inode allocator skips recently freed inodes), which would measure the disk's
# bookkeeping, not the publisher.
rm -rf "$OUT"/publish-first-*
for run in $(seq 1 "$RUNS"); do
    echo "first publication, run $run" >&2
    cp "$PLANNED" "$WS/.circles/state.sqlite"
    rm -f "$WS/.circles/feeds.csv"
    measure first "$run" "$OUT/publish-first-$run"
done
for run in $(seq 1 "$RUNS"); do
    echo "unchanged re-publication, run $run" >&2
    measure unchanged "$run" "$OUT/publish-first-$RUNS"
done
for run in $(seq 1 $((RUNS - 1))); do rm -rf "$OUT/publish-first-$run"; done

echo
echo "circles publish, Sweden-sized workspace (scale $SCALE) ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores; logs in $OUT)"
printf '%-10s %3s %7s %7s %7s %8s  %s\n' case run "wall s" "user s" "sys s" "peak MB" "phases (publish --timings)"
for row in "${ROWS[@]}"; do
    IFS='|' read -r name run wall user sys mb phases files <<<"$row"
    printf '%-10s %3s %7s %7s %7s %8s  %s\n' "$name" "$run" "$wall" "$user" "$sys" "$mb" "$phases"
done
echo "files: $(sed -n 's/^files: //p' "$OUT/publish-unchanged-1.log")"
