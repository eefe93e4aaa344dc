#!/usr/bin/env bash
# HTTP throughput of CORS handling: cors-playground serve (in its Starlette, Express,
# Flask-CORS and django-cors-headers modes), Express 4 + cors, uvicorn + Starlette's
# CORSMiddleware and nginx (add_header ... always), all with the same policy (throughput/policy.json),
# measured with wrk over 127.0.0.1 in one run, taking turns (round-robin, several rounds), for two
# workloads: a preflight (OPTIONS) and a simple cross-origin GET. Prints Markdown on stdout,
# progress on stderr.
#
#   bench/throughput.sh                                   # uses build/bin/cors-playground
#   CORS_PLAYGROUND=/tmp/bench-bin/cors-playground bench/throughput.sh
#
# Settings (environment):
#   CORS_PLAYGROUND    the binary (default: build/bin/cors-playground; a copy is safer when the
#                      build directory is being rebuilt)
#   BENCH_DURATION     wrk duration per measurement (default 5s)
#   BENCH_ROUNDS       rounds; each round measures every server and workload once (default 5)
#   BENCH_WARMUP       wrk warm-up per server and workload before the rounds (default 1s, 0 = none)
#   BENCH_THREADS      wrk -t (default 1)
#   BENCH_CONNECTIONS  wrk -c (default 32)
#   BENCH_NGINX_AUTO   1 = also measure nginx with worker_processes auto (default 1)
#   BENCH_CACHE        where express@4 and cors@2 are npm-installed (default bench/.cache, git-ignored)
#   BENCH_KEEP         1 = keep the temporary folder (server logs, nginx prefixes, wrk output)
#
# Needs: wrk, curl, nginx, node + npm (npm registry reachable on first run), Debian's
# /usr/bin/python3 with python3-uvicorn and python3-starlette (python3-uvloop and
# python3-httptools are used when installed).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
helpers=$here/throughput

BIN=${CORS_PLAYGROUND:-$repo/build/bin/cors-playground}
QT_FLOOR=${QT_FLOOR:-$(dirname "$(dirname "$BIN")")/bench/qt_http_floor}
DURATION=${BENCH_DURATION:-5s}
ROUNDS=${BENCH_ROUNDS:-5}
WARMUP=${BENCH_WARMUP:-1s}
THREADS=${BENCH_THREADS:-1}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
NGINX_AUTO=${BENCH_NGINX_AUTO:-1}
CACHE=${BENCH_CACHE:-$here/.cache}
PY=/usr/bin/python3
ORIGIN=https://app.example

log() { echo "[throughput] $*" >&2; }
die() { echo "throughput.sh: error: $*" >&2; exit 1; }

# ---------------------------------------------------------------- prerequisites
for tool in wrk curl nginx node npm "$PY"; do
    command -v "$tool" >/dev/null || die "$tool not found"
done
[ -x "$BIN" ] || die "cors-playground binary not found: $BIN (set CORS_PLAYGROUND)"
[ -x "$QT_FLOOR" ] || die "qt_http_floor not found: $QT_FLOOR (build the project, or set QT_FLOOR)"
"$BIN" --version >/dev/null 2>&1 || die "$BIN --version fails"
# Debian's python, not a pyenv one: no PYTHONPATH/PYTHONHOME from the caller.
unset PYTHONHOME PYTHONPATH
"$PY" -c 'import uvicorn, starlette' 2>/dev/null \
    || die "$PY cannot import uvicorn and starlette (apt-get install python3-uvicorn python3-starlette)"
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROUNDS must be a positive whole number"

# uvicorn's loop and HTTP implementation: uvloop/httptools only if Debian's packages are there.
UV_LOOP=asyncio
"$PY" -c 'import uvloop' 2>/dev/null && UV_LOOP=uvloop
UV_HTTP=h11
"$PY" -c 'import httptools, uvicorn.protocols.http.httptools_impl' 2>/dev/null && UV_HTTP=httptools

# express@4 and cors@2, installed at benchmark time into the (git-ignored) cache folder.
node_dir=$CACHE/node
if [ ! -f "$node_dir/node_modules/express/package.json" ] || [ ! -f "$node_dir/node_modules/cors/package.json" ]; then
    log "npm install express@4 cors@2 into $node_dir"
    mkdir -p "$node_dir"
    [ -f "$node_dir/package.json" ] || echo '{"private": true}' >"$node_dir/package.json"
    (cd "$node_dir" && npm install --no-audit --no-fund --loglevel=error express@4 cors@2 >&2) \
        || die "npm install express@4 cors@2 failed"
fi
node_version_of() { node -p "require('$node_dir/node_modules/$1/package.json').version"; }
EXPRESS_VERSION=$(node_version_of express)
CORS_VERSION=$(node_version_of cors)
[[ $EXPRESS_VERSION == 4.* ]] || die "express in $node_dir is $EXPRESS_VERSION, not 4.x"

# Other load on the machine (a build running beside the benchmark skews it): shown in the report.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- servers
work=$(mktemp -d /tmp/cors-throughput.XXXXXX)
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for _ in $(seq 50); do
        local alive=0
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [ $alive = 0 ] && break
        sleep 0.1
    done
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    if [ "${BENCH_KEEP:-0}" = 1 ]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# qt-floor is not a CORS server but Qt's HTTP server with constant answers: what serve costs
# at the very least (bench/qt_http_floor.cpp).
# The playground in each framework mode, configured like the others (throughput/policy-*.json):
# issue 13 wants none more than 10% slower than its Starlette mode.
frameworks=(express flask-cors django-cors-headers)
servers=(cors-playground "${frameworks[@]/#/cors-playground-}" qt-floor express uvicorn nginx-1)
[ "$NGINX_AUTO" = 1 ] && servers+=(nginx-auto)
declare -A port pid_of
# One free port per server, all taken at once so they differ.
read -r -a free_ports < <("$PY" -c '
import socket, sys
socks = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))' "${#servers[@]}")
for i in "${!servers[@]}"; do port[${servers[$i]}]=${free_ports[$i]}; done

start() {  # start NAME COMMAND...: in the background, output to $work/NAME.log
    local name=$1; shift
    "$@" >"$work/$name.log" 2>&1 &
    pids+=($!)
    pid_of[$name]=$!
}

start cors-playground "$BIN" serve --policy "$helpers/policy.json" --bind 127.0.0.1 \
    --port "${port[cors-playground]}" --quiet
for framework in "${frameworks[@]}"; do
    start "cors-playground-$framework" "$BIN" serve --policy "$helpers/policy-$framework.json" \
        --bind 127.0.0.1 --port "${port[cors-playground-$framework]}" --quiet
done
start qt-floor "$QT_FLOOR" "${port[qt-floor]}"
start express env NODE_ENV=production NODE_PATH="$node_dir/node_modules" \
    node "$helpers/express_server.js" "${port[express]}"
start uvicorn env PYTHONPATH="$helpers" PYTHONDONTWRITEBYTECODE=1 "$PY" -m uvicorn starlette_app:app \
    --host 127.0.0.1 --port "${port[uvicorn]}" --workers 1 --no-access-log --log-level warning \
    --loop "$UV_LOOP" --http "$UV_HTTP"
nginx_start() {  # nginx_start NAME WORKERS: own prefix and config, not the system service
    local name=$1 workers=$2 prefix=$work/$1
    mkdir -p "$prefix"
    sed -e "s|@WORKERS@|$workers|" -e "s|@PORT@|${port[$name]}|" -e "s|@PREFIX@|$prefix|g" \
        "$helpers/nginx.conf.in" >"$prefix/nginx.conf"
    nginx -t -q -p "$prefix" -e "$prefix/error.log" -c "$prefix/nginx.conf" -g 'daemon off;' \
        || die "nginx config test failed ($prefix/nginx.conf)"
    start "$name" nginx -p "$prefix" -e "$prefix/error.log" -c "$prefix/nginx.conf" -g 'daemon off;'
}
nginx_start nginx-1 1
[ "$NGINX_AUTO" = 1 ] && nginx_start nginx-auto auto

for s in "${servers[@]}"; do
    ready=0
    for _ in $(seq 150); do
        kill -0 "${pid_of[$s]}" 2>/dev/null || { cat "$work/$s.log" >&2; die "$s exited at start"; }
        if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:${port[$s]}/"; then ready=1; break; fi
        sleep 0.1
    done
    [ $ready = 1 ] || { cat "$work/$s.log" >&2; die "$s did not answer on 127.0.0.1:${port[$s]}"; }
done
log "servers up: $(for s in "${servers[@]}"; do printf '%s=%s ' "$s" "${port[$s]}"; done)"

# ---------------------------------------------------------------- checks with curl
header() {  # header FILE NAME: the value of the last such header line, CR removed
    tr -d '\r' <"$1" | awk -v n="$(echo "$2" | tr 'A-Z' 'a-z')" -F': *' \
        'tolower($1) == n { sub(/^[^:]*: */, ""); v = $0 } END { print v }'
}
has_token() {  # has_token LIST TOKEN: comma-separated LIST contains TOKEN (case-insensitive)
    echo "$1" | tr 'A-Z' 'a-z' | tr -d ' ' | tr ',' '\n' | grep -qx "$(echo "$2" | tr 'A-Z' 'a-z')"
}
one_of() {  # one_of VALUE CHOICE...
    local v=$1; shift
    for c; do [ "$v" = "$c" ] && return 0; done
    return 1
}
failures=()
expect() {  # expect SERVER WHAT CONDITION...
    local s=$1 what=$2; shift 2
    "$@" || failures+=("$s: $what")
}
declare -A body_size pre_status
for s in "${servers[@]}"; do
    url="http://127.0.0.1:${port[$s]}/"
    d=$work/check-$s; mkdir -p "$d"
    pre_status[$s]=$(curl -sS -X OPTIONS -H "Origin: $ORIGIN" -H 'Access-Control-Request-Method: PUT' \
        -H 'Access-Control-Request-Headers: x-api-key' -D "$d/pre.h" -o "$d/pre.b" -w '%{http_code}' "$url")
    get_status=$(curl -sS -H "Origin: $ORIGIN" -D "$d/get.h" -o "$d/get.b" -w '%{http_code}' "$url")
    curl -sS -H 'Origin: https://evil.example' -D "$d/evil.h" -o /dev/null "$url"
    body_size[$s]=$(stat -c %s "$d/get.b")

    expect "$s" "preflight status ${pre_status[$s]} is not 200/204" one_of "${pre_status[$s]}" 200 204
    expect "$s" "preflight Access-Control-Allow-Origin" [ "$(header "$d/pre.h" Access-Control-Allow-Origin)" = "$ORIGIN" ]
    expect "$s" "preflight Access-Control-Allow-Credentials" [ "$(header "$d/pre.h" Access-Control-Allow-Credentials)" = true ]
    expect "$s" "preflight Access-Control-Allow-Methods lacks PUT" has_token "$(header "$d/pre.h" Access-Control-Allow-Methods)" PUT
    expect "$s" "preflight Access-Control-Allow-Headers lacks x-api-key" has_token "$(header "$d/pre.h" Access-Control-Allow-Headers)" x-api-key
    expect "$s" "preflight Access-Control-Max-Age" [ "$(header "$d/pre.h" Access-Control-Max-Age)" = 600 ]
    expect "$s" "GET status $get_status is not 200" [ "$get_status" = 200 ]
    expect "$s" "GET Access-Control-Allow-Origin" [ "$(header "$d/get.h" Access-Control-Allow-Origin)" = "$ORIGIN" ]
    expect "$s" "GET Access-Control-Allow-Credentials" [ "$(header "$d/get.h" Access-Control-Allow-Credentials)" = true ]
    expect "$s" "GET Access-Control-Expose-Headers lacks X-Request-ID" has_token "$(header "$d/get.h" Access-Control-Expose-Headers)" X-Request-ID
    expect "$s" "GET from https://evil.example got an Access-Control-Allow-Origin" [ -z "$(header "$d/evil.h" Access-Control-Allow-Origin)" ]
done
if [ ${#failures[@]} -gt 0 ]; then
    for s in "${servers[@]}"; do
        echo "--- $s preflight response:" >&2; tr -d '\r' <"$work/check-$s/pre.h" >&2
        echo "--- $s GET response:" >&2; tr -d '\r' <"$work/check-$s/get.h" >&2
    done
    printf 'CHECK FAILED: %s\n' "${failures[@]}" >&2
    die "the servers do not all give the expected CORS headers"
fi
log "curl checks passed"

# ---------------------------------------------------------------- measurements
workloads=(preflight get)
runs=$(( ${#servers[@]} * ${#workloads[@]} ))
seconds() { local v=${1%s}; [[ $v =~ ^[0-9]+$ ]] && echo "$v" || echo 0; }
log "about $(( runs * (ROUNDS * $(seconds "$DURATION") + $(seconds "$WARMUP")) ))s of wrk: $ROUNDS rounds x $runs runs of $DURATION"

results=$work/results.tsv
: >"$results"
run_wrk() {  # run_wrk WORKLOAD DURATION SERVER -> wrk's output on stdout
    local out
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" -s "$helpers/$1.lua" "http://127.0.0.1:${port[$3]}/" 2>&1) \
        || { echo "$out" >&2; die "wrk failed on $3 $1"; }
    # wrk goes on with a plain GET when it cannot load the script: make sure it did load it.
    grep -qx "lua-script: $1" <<<"$out" || { echo "$out" >&2; die "wrk did not run $1.lua on $3"; }
    echo "$out"
}
if [ "$(seconds "$WARMUP")" != 0 ]; then
    for s in "${servers[@]}"; do
        for w in "${workloads[@]}"; do run_wrk "$w" "$WARMUP" "$s" >/dev/null || exit 1; done
    done
fi
n=${#servers[@]}
for r in $(seq "$ROUNDS"); do
    for i in $(seq 0 $((n - 1))); do
        s=${servers[$(( (i + r - 1) % n ))]}   # each round starts with the next server
        for w in "${workloads[@]}"; do
            out=$(run_wrk "$w" "$DURATION" "$s") || exit 1
            echo "$out" >>"$work/wrk-$s-$w.txt"
            rps=$(echo "$out" | awk '/^Requests\/sec:/ { print $2 }')
            non2xx=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ { print $NF }')
            errors=$(echo "$out" | awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }')
            [ -n "$rps" ] || { echo "$out" >&2; die "no Requests/sec from wrk on $s $w"; }
            printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$s" "$w" "$r" "$rps" "${non2xx:-0}" "${errors:-0}" >>"$results"
            log "round $r/$ROUNDS $s $w: $rps req/s"
        done
    done
done
for s in "${servers[@]}"; do
    kill -0 "${pid_of[$s]}" 2>/dev/null || die "$s died during the benchmark (see $work/$s.log)"
done

load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- report
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo "# CORS throughput: cors-playground vs Express+cors vs uvicorn+Starlette vs nginx"
echo
echo "- Date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "- Machine: ${cpu:-unknown CPU}, $(nproc) cores, $(uname -srm)"
echo "- Load average (1, 5, 15 min) before: $load_before, after: $load_after (wrk and one server alone keep it around 2-3; more means something else was running too)"
echo "- cors-playground: $("$BIN" --version 2>&1 | head -1) ($BIN)"
echo "- node $(node -v), express $EXPRESS_VERSION, cors $CORS_VERSION (NODE_ENV=production)"
echo "- uvicorn $("$PY" -c 'import uvicorn; print(uvicorn.__version__)'), starlette $("$PY" -c 'import starlette; print(starlette.__version__)'), $("$PY" -V 2>&1) ($PY); loop=$UV_LOOP, http=$UV_HTTP, 1 worker"
echo "- $(nginx -v 2>&1 | sed 's/^nginx version: //'): nginx-1 = worker_processes 1$([ "$NGINX_AUTO" = 1 ] && echo ", nginx-auto = worker_processes auto ($(nproc) workers here)"); access_log off, keepalive_requests 1000000"
echo "- $(wrk -v 2>&1 | head -1 | sed 's/ \[.*//'): -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds taking turns (round-robin, each round starting with the next server), warm-up $WARMUP per server and workload; all over 127.0.0.1, wrk and servers share the $(nproc) cores"
echo "- Workloads: preflight = OPTIONS / with Origin: $ORIGIN, Access-Control-Request-Method: PUT, Access-Control-Request-Headers: x-api-key; get = GET / with Origin: $ORIGIN"
echo "- Responses: preflight status / GET body size: $(for s in "${servers[@]}"; do printf '%s %s / %s B; ' "$s" "${pre_status[$s]}" "${body_size[$s]}"; done | sed 's/; $//')"
echo
echo "## Preflight response headers (curl, before measuring)"
for s in "${servers[@]}"; do
    echo
    echo "$s:"
    echo '```text'
    tr -d '\r' <"$work/check-$s/pre.h" | sed '/^$/d'
    echo '```'
done
echo
echo "## Requests per second (median of $ROUNDS rounds)"
echo
"$PY" "$helpers/report.py" "$results"
