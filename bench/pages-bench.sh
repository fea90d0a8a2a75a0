#!/usr/bin/env bash
# Throughput and latency of public pages: the site as the README runs it (./mvnw spring-boot:run) against a fresh
# database, beside nginx serving saved copies of the same pages, in the same run, on this machine (loopback only).
#
#   bench/pages-bench.sh                  # 10 s per measure, 1, 16 and 64 connections
#   SECONDS_PER_RUN=20 SOAK=180 bench/pages-bench.sh   # longer runs, then a 3-minute soak at 64 connections
#   ONLY="search guide" CONNECTIONS=64 bench/pages-bench.sh   # some of the pages, some connection counts
#
# Needs wrk and nginx (apt-get install wrk nginx-light), psql and a PostgreSQL server (PGHOST, PGPORT, PGUSER; default
# 127.0.0.1:5432, postgres). Drops and re-creates the scratch database uphf_pages_bench (BENCH_DB), nothing else.
# Prints, per page and number of connections, requests per second and the 50th and 99th latency percentiles of the
# site and of nginx, and the site's share of nginx's throughput; then the site's resident memory, and the soak.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
CONNECTIONS=${CONNECTIONS:-"1 16 64"}
SOAK=${SOAK:-0}
PORT=${BENCH_PORT:-18080}
NGINX_PORT=${BENCH_NGINX_PORT:-18081}
DB=${BENCH_DB:-uphf_pages_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

for tool in wrk nginx psql curl; do
    command -v "$tool" >/dev/null || { echo "pages-bench: $tool is missing (apt-get install wrk nginx-light postgresql-client curl)" >&2; exit 2; }
done

PAGES=(
    "home|/"
    "area|/mobilite"
    "deep|/mobilite/aides-financieres"
    "campus|/campus/mont-houy"
    "search|/recherche?q=etudiants+etrangers"
    "guide|/mobilite/estimer-mes-aides?type=STAGE&pays=DE&jours=90&niveau=M1&boursier=true&quotient=12000&logeNourri=false&gratificationHebdo=150"
)

if [ -n "${ONLY:-}" ]; then
    selected=()
    for entry in "${PAGES[@]}"; do
        [[ " $ONLY " == *" ${entry%%|*} "* ]] && selected+=("$entry")
    done
    PAGES=("${selected[@]}")
fi

WORK=$(mktemp -d)
SITE_PID=
JAVA_PID=
cleanup() {
    [ -n "$JAVA_PID" ] && kill "$JAVA_PID" 2>/dev/null || true
    [ -n "$SITE_PID" ] && kill "$SITE_PID" 2>/dev/null && wait "$SITE_PID" 2>/dev/null || true
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "Fresh database $DB; starting the site with ./mvnw spring-boot:run on port $PORT…"
psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
    SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-postgres} SERVER_PORT=$PORT MANAGEMENT_SERVER_PORT=$((PORT + 2)) \
    ./mvnw -q -o spring-boot:run >"$WORK/site.log" 2>&1 &
SITE_PID=$!
for _ in $(seq 1 180); do
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT/robots.txt" 2>/dev/null && break
    sleep 1
done
curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" || { echo "pages-bench: the site did not start:" >&2; tail -20 "$WORK/site.log" >&2; exit 1; }
JAVA_PID=$(pgrep -f "fr.uphf.site.UphfApplication" | head -1)
rss() { awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$JAVA_PID/status"; }
echo "Site up (java pid $JAVA_PID, resident memory $(rss) after start)."

mkdir -p "$WORK/www"
i=0
for entry in "${PAGES[@]}"; do
    path=${entry#*|}
    curl -fsS -o "$WORK/www/page$i.html" "http://127.0.0.1:$PORT$path"
    i=$((i + 1))
done
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    default_type text/html;
    client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;
    uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
    server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
CONF
mkdir -p "$WORK/tmp"
nginx -c "$WORK/nginx.conf"

measure() { # url connections -> "req/s p50 p99 errors"
    local threads=$(( $2 < 2 ? 1 : 2 ))
    local out
    out=$(wrk -t"$threads" -c"$2" -d"${SECONDS_PER_RUN}s" --latency "$1")
    awk '/Requests\/sec/ {rps=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2}
         /Non-2xx|Socket errors/ {err=err $0 ";"} END {printf "%s %s %s %s\n", rps, p50, p99, (err == "" ? "-" : err)}' <<<"$out"
}

echo "Warm-up: every page, 15 s at 16 connections."
for entry in "${PAGES[@]}"; do
    wrk -t2 -c16 -d15s "http://127.0.0.1:$PORT${entry#*|}" >/dev/null
done

printf '\n%-7s %5s | %10s %9s %9s | %10s %9s %9s | %6s\n' page conns "site req/s" p50 p99 "nginx r/s" p50 p99 share
i=0
for entry in "${PAGES[@]}"; do
    name=${entry%%|*}
    path=${entry#*|}
    for c in $CONNECTIONS; do
        read -r s_rps s_p50 s_p99 s_err < <(measure "http://127.0.0.1:$PORT$path" "$c")
        read -r n_rps n_p50 n_p99 n_err < <(measure "http://127.0.0.1:$NGINX_PORT/page$i.html" "$c")
        share=$(awk -v s="$s_rps" -v n="$n_rps" 'BEGIN {printf "%.2f", s / n}')
        printf '%-7s %5s | %10s %9s %9s | %10s %9s %9s | %6s\n' "$name" "$c" "$s_rps" "$s_p50" "$s_p99" "$n_rps" "$n_p50" "$n_p99" "$share"
        [ "$s_err" = "-" ] || echo "        site errors: $s_err"
    done
    i=$((i + 1))
done
echo
echo "Site resident memory after the measures: $(rss)."

if [ "$SOAK" -gt 0 ]; then
    echo "Soak: ${SOAK} s at 64 connections over the six pages; resident memory every 30 s."
    cat >"$WORK/soak.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("SOAK_PATHS")) do paths[#paths + 1] = line end
local n = 0
request = function()
    n = n + 1
    return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA
    for entry in "${PAGES[@]}"; do echo "${entry#*|}"; done >"$WORK/paths.txt"
    SOAK_PATHS="$WORK/paths.txt" wrk -t2 -c64 -d"${SOAK}s" --latency -s "$WORK/soak.lua" "http://127.0.0.1:$PORT" >"$WORK/soak.txt" &
    soak=$!
    while kill -0 "$soak" 2>/dev/null; do
        echo "  $(date +%T) resident memory $(rss)"
        sleep 30
    done
    grep -E "Requests/sec|requests in|Non-2xx|Socket errors|99%" "$WORK/soak.txt" | sed 's/^/  /'
    echo "  errors: $(grep -cE 'Non-2xx|Socket errors' "$WORK/soak.txt" || true) lines (0: none)"
    echo "Site resident memory after the soak: $(rss)."
fi
