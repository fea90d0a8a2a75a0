#!/usr/bin/env bash
# Throughput and latency of typical public pages of a running site, on this machine only (loopback).
# Usage: start the site (./mvnw spring-boot:run), then: bench/pages-bench.sh [BASE_URL] [SECONDS]
# Needs wrk (Debian package wrk). Each page is loaded for SECONDS (default 10) with 2 threads and 16 connections,
# after a 5-second warm-up; the script prints requests per second and latency percentiles, then stops.
set -euo pipefail

BASE=${1:-http://127.0.0.1:8080}
SECONDS_PER_PAGE=${2:-10}
case "$BASE" in
    http://127.*|http://localhost*|http://\[::1\]*) ;;
    *) echo "pages-bench: only a site on this machine (loopback) may be loaded" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "pages-bench: install wrk (apt-get install wrk)" >&2; exit 2; }
curl -fsS -o /dev/null "$BASE/" || { echo "pages-bench: no site answers at $BASE" >&2; exit 2; }

PAGES=(
    "/"
    "/universite/histoire"
    "/mobilite/aides-financieres"
    "/campus/mont-houy"
    "/services/contacts"
    "/recherche?q=etudiants+etrangers"
    "/admission/ou-candidater?diplome=MASTER&annee=1&apprentissage=false&profil=ETUDIANT&residenceFrance=true"
)

printf '%-60s %10s %8s %8s %8s\n' "page" "req/s" "p50" "p90" "p99"
for page in "${PAGES[@]}"; do
    wrk -t2 -c16 -d5s "$BASE$page" >/dev/null
    out=$(wrk -t2 -c16 -d"${SECONDS_PER_PAGE}s" --latency "$BASE$page")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p90=$(awk '$1 == "90%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" || true)
    printf '%-60.60s %10s %8s %8s %8s\n' "$page" "$rps" "$p50" "$p90" "$p99"
    [ -z "$errors" ] || echo "  $errors"
done
