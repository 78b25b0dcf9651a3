#!/usr/bin/env bash
# E-mail at scale: `circles notify --dry-run` (every welcome composed and written as .eml)
# and real sending of the same welcomes to a local SMTP server (aiosmtpd, `security: none`
# on 127.0.0.1, no AUTH, messages discarded), with wall time, messages per second and peak
# memory (/usr/bin/time -v).
#
#   Benchmarks/notify-bench.sh [--scale F] [--demo] [--no-build]
#
#   --scale F   size of the Sweden workspace (default 1: 30,000 people)
#   --demo      the demo workspace Courses/ (400 people) instead
#   --no-build  use the release binary as it is
#   CIRCLES_BIN=path  time that binary instead (no build)
#
# The workspace is copied to Benchmarks/.sweden/results/notify-workspace, given web: and mail:
# blocks, planned and published once (not timed), as of 2022-01-01.
set -euo pipefail

cd "$(dirname "$0")/.."
BENCH=Benchmarks
OUT=$BENCH/.sweden/results
SCALE=1
DEMO=0
BUILD=1
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) SCALE=$2; shift 2 ;;
        --demo) DEMO=1; shift ;;
        --no-build) BUILD=0; shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "notify-bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
mkdir -p "$OUT"
if [ -n "${CIRCLES_BIN:-}" ]; then
    BIN=$CIRCLES_BIN
else
    if [ "$BUILD" = 1 ]; then swift build -c release --product circles >&2; fi
    BIN="$(swift build -c release --show-bin-path)/circles"
fi

if [ "$DEMO" = 1 ]; then
    SOURCE=Courses
else
    if [ "$SCALE" = 1 ]; then SOURCE=$BENCH/.sweden/Courses; else SOURCE=$BENCH/.sweden/Courses-scale-$SCALE; fi
    if [ ! -f "$SOURCE/enrolments.csv" ]; then
        python3 "$BENCH/make-sweden-workspace.py" --scale "$SCALE" --out "$SOURCE" >&2
    fi
fi
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
WS=$OUT/notify-workspace
rm -rf "$WS" "$OUT/notify-calendars"
cp -r "$SOURCE" "$WS"
rm -rf "$WS/.circles"
cat >> "$WS/plan.yaml" <<YAML
web: { base_url: "https://kalender.example.org" }
mail:
  from: "Vänsterpartiet Värmland <studier@example.org>"
  smtp: { host: 127.0.0.1, port: $PORT, security: none }
  remind_before: 24h
  max_per_minute: 0
YAML
echo "planning and publishing $WS (not timed)" >&2
"$BIN" publish "$WS" --out "$OUT/notify-calendars" --today 2022-01-01 >/dev/null

measure() {  # label, command...
    local label=$1; shift
    /usr/bin/time -v "$@" >"$OUT/notify-$label.out" 2>"$OUT/notify-$label.time" || true
    local wall rss count
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$OUT/notify-$label.time")
    rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$OUT/notify-$label.time")
    count=$(grep -oE '(sent|dry run:) [0-9]+' "$OUT/notify-$label.out" | grep -oE '[0-9]+' | head -1)
    python3 -c "print(f'$label: {int(\"$count\")} messages in {float(\"$wall\"):.1f} s = {int(\"$count\") / float(\"$wall\"):.0f} messages/s, peak {int(\"$rss\")} MB')"
    cat "$OUT/notify-$label.out" >&2
}

measure dry-run "$BIN" notify "$WS" --dry-run --now 2022-01-01T08:00
python3 -m aiosmtpd -n -l "127.0.0.1:$PORT" -c aiosmtpd.handlers.Sink &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
sleep 1
measure send "$BIN" notify "$WS" --now 2022-01-01T08:00
