#!/usr/bin/env bash
# Start-up time of the packaged site: from the command to the first 200 on /, and the JVM's own
# "Started … in" figure; cold (an empty database: Flyway migrates and seeds) then warm (the same database again),
# each as a plain `java -jar` and with a class-data-sharing archive (CDS) made by a training run.
# A benchmark, not a test: it prints figures. Needs a PostgreSQL (PGHOST, PGPORT, PGUSER, PGPASSWORD; default
# 127.0.0.1:5432, postgres) and psql; drops and re-creates the scratch database uphf_startup_bench (or BENCH_DB).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-uphf_startup_bench}
PORT=${BENCH_PORT:-8390}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
OUT=bench/out/startup
mkdir -p "$OUT"

[ -f target/uphf-site-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
rm -rf "$OUT/app" && java -Djarmode=tools -jar target/uphf-site-0.1.0-SNAPSHOT.jar extract --destination "$OUT/app" >/dev/null
export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:${PGPORT:-5432}/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
    SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-postgres}

fresh_database() {
    psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
}

# One start: prints "to first 200 on / (s)" and the "Started … in" seconds, then stops the site.
measure() {
    local label=$1; shift
    local log="$OUT/$label.log"
    local start; start=$(date +%s.%N)
    "$@" --server.port=$PORT >"$log" 2>&1 &
    local pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$PORT/"; do
        sleep 0.05
        kill -0 $pid 2>/dev/null || { echo "$label: the site stopped, see $log"; return 1; }
    done
    local ready; ready=$(echo "$(date +%s.%N) - $start" | bc)
    kill $pid; wait $pid 2>/dev/null || true
    printf '%-28s first 200 after %6.2f s   %s\n' "$label" "$ready" \
        "$(grep -o 'Started UphfApplication in [0-9.]* seconds' "$log" | head -1)"
}

JAR=(java -jar "$OUT/app/uphf-site-0.1.0-SNAPSHOT.jar")
CDS=(java -XX:SharedArchiveFile="$OUT/app.jsa" -Xshare:auto -jar "$OUT/app/uphf-site-0.1.0-SNAPSHOT.jar")

fresh_database
measure "jar, cold" "${JAR[@]}"
measure "jar, warm" "${JAR[@]}"
# Training run: refreshes the context then exits, writing the archive of the classes it loaded.
java -XX:ArchiveClassesAtExit="$OUT/app.jsa" -Dspring.context.exit=onRefresh -jar "$OUT/app/uphf-site-0.1.0-SNAPSHOT.jar" \
    --server.port=$PORT >"$OUT/training.log" 2>&1 || true
fresh_database
measure "jar + CDS, cold" "${CDS[@]}"
measure "jar + CDS, warm" "${CDS[@]}"
# What else was tried: the client compiler only (quicker to start, slower once warm) and repositories bootstrapped
# in the background.
measure "jar + CDS + C1 + deferred, warm" java -XX:SharedArchiveFile="$OUT/app.jsa" -XX:TieredStopAtLevel=1 \
    -jar "$OUT/app/uphf-site-0.1.0-SNAPSHOT.jar" --spring.data.jpa.repositories.bootstrap-mode=deferred
psql -q -d postgres -c "drop database if exists $DB with (force)"
