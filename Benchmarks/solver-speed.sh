#!/usr/bin/env bash
# Speed of the engine's hot loops, before and after a change: `itc2007 solve` on each
# instance with a fixed move budget and seed (so both binaries do the same moves),
# alternating the two binaries, best of ROUNDS runs each. Builds nothing.
#   Benchmarks/solver-speed.sh BEFORE_ITC2007 AFTER_ITC2007
#   MOVES=2000000 ROUNDS=3 INSTANCES="comp01 comp05" Benchmarks/solver-speed.sh /tmp/before/itc2007 .build/release/itc2007
# Prints per instance the CPU seconds (user+sys, steadier than wall time on a shared
# machine) and moves per CPU second of each binary, and the ratio after/before.
set -euo pipefail
[[ $# -eq 2 ]] || { sed -n '2,8p' "$0" >&2; exit 64; }
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${ITC_DIR:-}"
if [[ -z "$dir" ]]; then
    for d in "$repo/../shared/bench/itc2007" "$repo/../../shared/bench/itc2007"; do
        if [[ -d "$d" ]]; then dir="$d"; break; fi
    done
fi
moves="${MOVES:-1000000}"
rounds="${ROUNDS:-3}"
instances="${INSTANCES:-$(cd "$dir" && ls ./*.ctt | sed 's|^\./||; s|\.ctt$||' | sort | tr '\n' ' ')}"

cpu() { # binary instance -> CPU seconds of one run
    local t
    t="$( { /usr/bin/time -f '%U %S' "$1" solve "$dir/$2.ctt" --moves "$moves" --seed 1 --time-limit 3600 >/dev/null; } 2>&1 | tail -1)"
    awk '{printf "%.3f", $1 + $2}' <<<"$t"
}
best() { sort -n | head -1; }

echo "# $moves moves, seed 1, best of $rounds, $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %10s %10s %12s %12s %7s\n' instance before_s after_s before_mv/s after_mv/s ratio
total_before=0; total_after=0
for i in $instances; do
    b=(); a=()
    for _ in $(seq "$rounds"); do b+=("$(cpu "$1" "$i")"); a+=("$(cpu "$2" "$i")"); done
    tb="$(printf '%s\n' "${b[@]}" | best)"; ta="$(printf '%s\n' "${a[@]}" | best)"
    total_before="$(awk -v x="$total_before" -v y="$tb" 'BEGIN {print x + y}')"
    total_after="$(awk -v x="$total_after" -v y="$ta" 'BEGIN {print x + y}')"
    awk -v i="$i" -v b="$tb" -v a="$ta" -v m="$moves" \
        'BEGIN {printf "%-8s %10.3f %10.3f %12.0f %12.0f %7.3f\n", i, b, a, m / b, m / a, a / b}'
done
awk -v b="$total_before" -v a="$total_after" 'BEGIN {printf "total    %10.3f %10.3f %12s %12s %7.3f\n", b, a, "", "", a / b}'
