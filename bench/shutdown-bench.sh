#!/usr/bin/env bash
# Stopping the packaged site under load: wrk keeps 64 connections busy on a public page, the site gets SIGTERM in
# the middle of the run, and the script says what the clients saw. A benchmark, not a test: it prints figures.
# Three runs: wrk ending 1 s after SIGTERM (within the draining, before the port closes), with the site's settings
# then without the draining (uphf.shutdown.drain=0s); then wrk going on 5 s after SIGTERM, past the port's closing.
#
#   bench/shutdown-bench.sh
#   PAGE=/recherche?q=campus BEFORE=8 bench/shutdown-bench.sh
#
# Needs wrk (Debian package wrk), psql and a PostgreSQL (PGHOST, PGPORT, PGUSER, PGPASSWORD; default 127.0.0.1:5432,
# postgres). Creates the scratch database uphf_res_bench (or BENCH_DB) and drops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-uphf_res_bench}
PORT=${BENCH_PORT:-8391}
PAGE=${PAGE:-/universite}
CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-10}  # seconds of load before the measured run, for the JIT
BEFORE=${BEFORE:-5}   # seconds of the measured run before SIGTERM
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
OUT=bench/out/shutdown
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

[ -f target/uphf-site-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
psql -q -d postgres -tc "select 1 from pg_database where datname = '$DB'" | grep -q 1 || psql -q -d postgres -c "create database $DB"
export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:${PGPORT:-5432}/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
    SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-postgres}

# One run: start the site with these extra arguments, load it, SIGTERM it after BEFORE seconds, stop the load AFTER
# seconds later, report.
run() {
    local label=$1 after=$2; shift 2
    local log="$OUT/$label.log"
    java -jar target/uphf-site-0.1.0-SNAPSHOT.jar --server.port="$PORT" "$@" >"$log" 2>&1 &
    local site=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$PORT$PAGE"; do
        sleep 0.2
        kill -0 $site 2>/dev/null || { echo "$label: the site stopped, see $log"; return 1; }
    done
    wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "http://127.0.0.1:$PORT$PAGE" >/dev/null
    wrk -t2 -c"$CONNECTIONS" -d"$((BEFORE + after))s" --timeout 10s -s bench/shutdown.lua "http://127.0.0.1:$PORT$PAGE" >"$OUT/$label.wrk" &
    local load=$!
    sleep "$BEFORE"
    local term; term=$(date +%s.%N)
    kill -TERM $site
    local status=0
    wait $site || status=$?
    local stopped; stopped=$(echo "$(date +%s.%N) - $term" | bc)
    wait $load
    local wrk_out; wrk_out=$(cat "$OUT/$label.wrk")
    local errors; errors=$(grep -o 'Socket errors: .*' <<<"$wrk_out" || echo "Socket errors: none")
    local connect read write timeout
    connect=$(grep -o 'connect [0-9]*' <<<"$errors" | grep -o '[0-9]*' || echo 0)
    read=$(grep -o 'read [0-9]*' <<<"$errors" | grep -o '[0-9]*' || echo 0)
    write=$(grep -o 'write [0-9]*' <<<"$errors" | grep -o '[0-9]*' || echo 0)
    timeout=$(grep -o 'timeout [0-9]*' <<<"$errors" | grep -o '[0-9]*' || echo 0)
    echo "== $label: SIGTERM after ${BEFORE} s of load, load stopped ${after} s later; the site exited (status $status)" \
        "$(printf '%.1f' "$stopped") s after SIGTERM"
    grep -E 'requests in|answers:|Requests/sec' <<<"$wrk_out" | sed 's/^ */   /'
    # wrk connects without blocking: a connection refused once the port is closed shows as a write error.
    echo "   requests lost in flight (read errors: connection closed before the answer; timeouts: none in 10 s): $((read + timeout))"
    echo "   new connections refused once the port was closed, no request sent (connect + write errors): $((connect + write))"
    grep -o 'Commencing graceful shutdown.*\|Graceful shutdown complete\|Graceful shutdown aborted.*' "$log" \
        | sed 's/^/   site: /' || true
}

run "draining" 1
run "no-draining" 1 --uphf.shutdown.drain=0s
run "draining-then-refused" 5
psql -q -d postgres -c "drop database if exists $DB with (force)"
