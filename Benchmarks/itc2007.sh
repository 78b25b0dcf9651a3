#!/usr/bin/env bash
# ITC-2007 track 3 benchmark: release build, every instance x seed, a table of
# checker costs (the independent checker, not the engine's own score).
#   Benchmarks/itc2007.sh                      # 60 s, seeds 1 2 3, all instances
#   TIME_LIMIT=10 SEEDS="1" Benchmarks/itc2007.sh
#   ITC_DIR=/path/to/itc2007 INSTANCES="comp01 comp05" Benchmarks/itc2007.sh
#   THREADS=1 JOBS=2 Benchmarks/itc2007.sh     # one chain per run, two runs at once
# Environment: ITC_DIR (instances and best-known.tsv; default ../shared/bench/itc2007
# relative to the repository), TIME_LIMIT (seconds per run), SEEDS, INSTANCES,
# OUT_DIR (solutions; default a temporary folder), JOBS (runs at once; default 1),
# THREADS (annealing chains per run; default the solver's: one per core).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${ITC_DIR:-$repo/../shared/bench/itc2007}"
time_limit="${TIME_LIMIT:-60}"
seeds="${SEEDS:-1 2 3}"
jobs="${JOBS:-1}"
threads="${THREADS:-$(nproc)}"
out_dir="${OUT_DIR:-$(mktemp -d)}"
mkdir -p "$out_dir"
if [[ -z "${INSTANCES:-}" ]]; then
    INSTANCES="$(cd "$dir" && ls ./*.ctt | sed 's|^\./||; s|\.ctt$||' | sort | tr '\n' ' ')"
fi

(cd "$repo" && swift build -c release --product itc2007 >&2)
bin="$(cd "$repo" && swift build -c release --show-bin-path)/itc2007"

run() { # instance seed
    local log="$out_dir/$1.$2.log"
    "$bin" solve "$dir/$1.ctt" --time-limit "$time_limit" --seed "$2" --threads "$threads" --out "$out_dir/$1.$2.sol" >"$log" 2>&1 || true
}
export -f run; export bin dir time_limit out_dir threads
for i in $INSTANCES; do for s in $seeds; do echo "$i $s"; done; done | xargs -P "$jobs" -n 2 bash -c 'run "$0" "$1"'

echo "# time limit ${time_limit}s, threads $threads, seeds: $seeds, $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s' instance; for s in $seeds; do printf '%8s' "s$s"; done
printf '%8s%8s%8s%8s%7s\n' median best known gap agree
sum_median=0; sum_best=0
for i in $INSTANCES; do
    costs=(); agree=yes
    for s in $seeds; do
        log="$out_dir/$i.$s.log"
        line="$(grep '^checker:' "$log" || true)"
        hard="$(awk '{print $3}' <<<"$line")"; cost="$(awk '{print $5}' <<<"$line")"
        [[ "$(grep '^agree:' "$log" | awk '{print $2}')" == yes ]] || agree=NO
        if [[ -z "$cost" ]]; then costs+=("err"); elif [[ "$hard" != 0 ]]; then costs+=("inf"); else costs+=("$cost"); fi
    done
    median="$(printf '%s\n' "${costs[@]}" | grep -E '^[0-9]+$' | sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}')"
    best="$(printf '%s\n' "${costs[@]}" | grep -E '^[0-9]+$' | sort -n | head -1)"
    known="$(awk -v i="$i" '$1==i {print $2}' "$dir/best-known.tsv" 2>/dev/null)"
    gap="-"
    if [[ -n "$known" && "$median" != "-" ]]; then
        gap="$(awk -v m="$median" -v k="$known" 'BEGIN {if (k==0) print "-"; else printf "%.2f", m/k}')"
        sum_median=$((sum_median + median)); sum_best=$((sum_best + known))
    fi
    printf '%-8s' "$i"; for c in "${costs[@]}"; do printf '%8s' "$c"; done
    printf '%8s%8s%8s%8s%7s\n' "$median" "${best:--}" "${known:--}" "$gap" "$agree"
done
echo "total of medians $sum_median, total best-known $sum_best, ratio $(awk -v m=$sum_median -v k=$sum_best 'BEGIN {if (k>0) printf "%.2f", m/k}')"
echo "solutions and logs: $out_dir"
