#!/usr/bin/env bash
# Load benchmark: `circles serve` against nginx serving the same published folder.
#
#   Benchmarks/serve-bench.sh [SECONDS]      (default 60; 10 is fine for a quick look)
#
# Builds circles in release mode, publishes a generated sample folder (200 public feeds of
# 5-50 KB, 400 private feeds of 2-20 KB, an index page), starts `circles serve` and nginx
# on two loopback ports, and runs wrk at $CONNECTIONS connections (default 64) against
# both: once plain GETs, once with If-None-Match set to each feed's current ETag (304s).
# Prints requests/s, p99 latency and errors for each, and the ratio circles/nginx.
# Everything stays on 127.0.0.1; every server it starts is stopped when it ends.
#
# Each server answers on $SERVER_THREADS threads (default 1: circles --threads, nginx
# worker_processes) and wrk runs $THREADS threads (default 1), so that on a 2-core machine
# the server and the load generator each have a core instead of four busy threads taking
# turns on two (which puts every server's p99 above 5 ms). THREADS=2 SERVER_THREADS=2 gives
# the other setup.
set -euo pipefail

duration="${1:-60}"
connections="${CONNECTIONS:-64}"
threads="${THREADS:-1}"
server_threads="${SERVER_THREADS:-1}"
circles_port="${CIRCLES_PORT:-18181}"
nginx_port="${NGINX_PORT:-18182}"
repo="$(cd "$(dirname "$0")/.." && pwd)"

# Tools: wrk and nginx from Debian, installed only when missing.
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
command -v curl >/dev/null || missing+=(curl)
if (( ${#missing[@]} > 0 )); then
    echo "serve-bench: installing ${missing[*]}" >&2
    sudo_cmd=()
    [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

echo "serve-bench: building circles (release)" >&2
(cd "$repo" && swift build -c release --product circles 2>&1 | tail -1) >&2
circles_bin="$repo/.build/release/circles"

work="$(mktemp -d /tmp/serve-bench.XXXXXX)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# --- A sample published folder, written beside and renamed in, as the publisher does. ---
staging="$work/Calendars.new"
mkdir -p "$staging"/{courses,circles,associations,venues,people}
awk -v dir="$staging" -v list="$work/paths.txt" '
function hex32(   s, i) { s = ""; for (i = 0; i < 4; i++) s = s sprintf("%08x", int(rand() * 4294967296)); return s }
function calendar(file, name, kilobytes,   bytes, n) {
    printf "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Vänsterpartiet Värmland//circles//SV\r\nX-WR-CALNAME:%s\r\n", name > file
    bytes = 120; n = 0
    while (bytes < kilobytes * 1024) {
        line = sprintf("BEGIN:VEVENT\r\nUID:%s-%d@circles.example\r\nSEQUENCE:%d\r\nDTSTAMP:20220101T120000Z\r\nDTSTART;TZID=Europe/Stockholm:2022%02d%02dT180000\r\nDTEND;TZID=Europe/Stockholm:2022%02d%02dT203000\r\nSUMMARY:%s träff %d\r\nLOCATION:ABF Värmland\\, Drottninggatan %d\\, Karlstad\r\nDESCRIPTION:Studiecirkel %s. Ta med studiematerialet. Cirkelledare: se kallelsen.\r\nEND:VEVENT\r\n", name, n, int(rand() * 3), 1 + n % 12, 1 + n % 28, 1 + n % 12, 1 + n % 28, name, n + 1, 1 + int(rand() * 40), name)
        printf "%s", line > file
        bytes += length(line); n++
    }
    printf "END:VCALENDAR\r\n" > file
    close(file)
}
BEGIN {
    srand(2022)
    split("courses circles associations venues", kinds, " ")
    for (i = 0; i < 200; i++) {
        kind = kinds[1 + i % 4]; id = sprintf("%s-%03d", substr(kind, 1, length(kind) - 1), i)
        calendar(dir "/" kind "/" id ".ics", id, 5 + int(rand() * 46))
        print "/calendars/" kind "/" id ".ics" > list
    }
    for (i = 0; i < 400; i++) {
        token = hex32()
        calendar(dir "/people/" token ".ics", "person-" i, 2 + int(rand() * 19))
        print "/p/" token ".ics" > list
    }
    print "<!doctype html><title>Kalendrar</title><h1>Vänsterpartiet Värmland</h1>" > dir "/index.html"
    print "/index.html" > list
}'
mv "$staging" "$work/Calendars"
folder="$work/Calendars"
echo "serve-bench: published $(find "$folder" -name '*.ics' | wc -l) feeds, $(du -sh "$folder" | cut -f1) in $folder" >&2

# --- The two servers. ---
"$circles_bin" serve --out "$folder" --port "$circles_port" --threads "$server_threads" >"$work/circles.log" 2>&1 &
pids+=($!)
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
user root;
worker_processes $server_threads;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    types { text/calendar ics; text/html html; }
    default_type application/octet-stream;
    charset utf-8;
    charset_types text/calendar;
    access_log $work/nginx/access.log;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    server {
        listen 127.0.0.1:$nginx_port;
        location = / { root $folder; try_files /index.html =404; }
        location = /index.html { root $folder; }
        location /calendars/ { alias $folder/; add_header Cache-Control "public, max-age=3600"; }
        location /p/ { alias $folder/people/; add_header Cache-Control "private, max-age=3600"; }
    }
}
CONF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)

for port in "$circles_port" "$nginx_port"; do
    for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/index.html" && break; sleep 0.1; done
done

# --- Each path with its ETag on each server, for the If-None-Match run. ---
etag_table() { # port -> Lua file returning { {path, etag}, ... }
    local port="$1" out="$2"
    sed "s|^|url = \"http://127.0.0.1:$port|; s|$|\"\nhead\noutput = /dev/null|" "$work/paths.txt" >"$work/curl-$port.cfg"
    curl -s -D - -K "$work/curl-$port.cfg" | tr -d '\r' | awk -v paths="$work/paths.txt" '
        BEGIN { print "return {" }
        tolower($1) == "etag:" { getline path < paths; sub(/^[^:]*: */, ""); gsub(/"/, "\\\"", $0); printf "{\"%s\", \"%s\"},\n", path, $0 }
        END { print "}" }' >"$out"
}
etag_table "$circles_port" "$work/circles-paths.lua"
etag_table "$nginx_port" "$work/nginx-paths.lua"

cat >"$work/bench.lua" <<'LUA'
-- Cycles through every published feed; with BENCH_CONDITIONAL=1 sends its ETag in If-None-Match.
local paths = dofile(os.getenv("BENCH_PATHS"))
local conditional = os.getenv("BENCH_CONDITIONAL") == "1"
local counter = math.random(#paths)
request = function()
    counter = counter % #paths + 1
    local item = paths[counter]
    local headers = {}
    if conditional then headers["If-None-Match"] = item[2] end
    return wrk.format("GET", item[1], headers)
end
LUA

for port in "$circles_port" "$nginx_port"; do
    name=$([[ $port == "$circles_port" ]] && echo circles || echo nginx)
    first=$(sed -n 2p "$work/$name-paths.lua" | cut -d'"' -f2)
    etag=$(sed -n 2p "$work/$name-paths.lua" | sed 's/^{"[^"]*", "//; s/"},$//; s/\\"/"/g')
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "http://127.0.0.1:$port$first")
    echo "serve-bench: $name answers If-None-Match with $code ($(grep -c '^{' "$work/$name-paths.lua") paths with ETags)" >&2
done

run() { # name port conditional -> "rps p99 errors"
    local name="$1" port="$2" conditional="$3" out
    out=$(BENCH_PATHS="$work/$name-paths.lua" BENCH_CONDITIONAL="$conditional" \
        wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s "$work/bench.lua" "http://127.0.0.1:$port" 2>&1)
    echo "$out" >"$work/wrk-$name-$conditional.txt"
    local rps p99 non2xx socket
    rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
    socket=$(awk -F'Socket errors: ' '/Socket errors:/ { print $2 }' <<<"$out" | tr -d ' ')
    echo "$rps ${p99:-?} ${non2xx:-0} ${socket:-none}"
}

echo "serve-bench: wrk -t$threads -c$connections -d${duration}s, servers on $server_threads thread(s), load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
printf '%-30s %12s %10s %10s %s\n' "run" "requests/s" "p99" "non-2xx/3xx" "socket errors"
declare -A rps
for mode in 0 1; do
    label=$([[ $mode == 1 ]] && echo "If-None-Match (304)" || echo "GET (200)")
    for name in circles nginx; do
        port=$([[ $name == circles ]] && echo "$circles_port" || echo "$nginx_port")
        read -r r p e s < <(run "$name" "$port" "$mode")
        rps[$name$mode]=$r
        printf '%-30s %12s %10s %10s %s\n' "$name $label" "$r" "$p" "$e" "$s"
    done
    ratio=$(awk -v a="${rps[circles$mode]}" -v b="${rps[nginx$mode]}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }')
    echo "ratio circles/nginx, $label: $ratio"
done
echo "serve-bench: load after: $(cut -d' ' -f1-3 /proc/loadavg); nproc $(nproc)" >&2
