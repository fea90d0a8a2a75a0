#!/usr/bin/env bash
# Search benchmark: loads generated pages into a scratch database and times the site's search query, as the
# application runs it (src/main/resources/search/search.sql, bound parameters, prepared statement), with pgbench.
# Usage: bench/search-bench.sh            (see bench/README.md; PGHOST, PGPORT, PGUSER as for psql)
# Settings: BENCH_DB (scratch database, dropped and re-created; default uphf_search_bench),
#           SIZES (cumulative numbers of generated pages; default "10000 100000"), REPEAT (runs per query; 20).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
db=${BENCH_DB:-uphf_search_bench}
sizes=${SIZES:-10000 100000}
repeat=${REPEAT:-20}
warm_up=6
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
out="$here/out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }

# The application's query, without its comments (pgbench would number the :parameters written in them too), and
# the application's bound on the number of pages ranked per query.
sed -e 's/--.*$//' "$root/src/main/resources/search/search.sql" > "$work/search.sql"
ranked=$(grep -o 'MAX_RANKED = [0-9]*' "$root/src/main/java/fr/uphf/site/search/SearchService.java" | grep -o '[0-9]*$')
params=(-D limit=10 -D offset=0 -D ranked="$ranked")

echo "== Scratch database $db: schema and seeded content by the Flyway migrations, in version order"
dropdb --if-exists "$db"
createdb "$db"
for migration in $(ls "$root"/src/main/resources/db/migration/V*.sql | sort -V); do
    psql_db -f "$migration"
done

hits() {  # the total number of hits for these words
    psql_db -At -F '|' -v q="'${1//\'/\'\'}'" -v limit=1 -v offset=0 -v ranked="$ranked" -f "$work/search.sql" \
        | awk -F '|' 'NR == 1 { print ($6 == "t" ? "> " : "") $5 } END { if (NR == 0) print 0 }'
}

percentile() {  # percentile P (0-100) of the numbers in a file, nearest rank
    sort -n "$2" | awk -v p="$1" '{ v[NR] = $1 } END { i = int((p * NR + 99) / 100); if (i < 1) i = 1; print v[i] }'
}

generated=0
for size in $sizes; do
    echo "== Generating pages $((generated + 1)) to $size"
    start=$(date +%s)
    psql_db -c "set client_min_messages = warning" -c "select setseed(0.42)" \
        -v first=$((generated + 1)) -v last="$size" -f "$here/generate-pages.sql" >/dev/null
    psql_db -c "vacuum analyze"
    generated=$size
    echo "   $(psql_db -Atc "select count(*) from page") pages in all, loaded in $(( $(date +%s) - start )) s;" \
         "table and indexes: $(psql_db -Atc "select pg_size_pretty(pg_total_relation_size('page'))")," \
         "GIN index: $(psql_db -Atc "select pg_size_pretty(pg_relation_size('page_search_idx'))")"

    {
        for words in "bourse erasmus" "étudiants étrangers"; do
            echo "-- EXPLAIN ANALYZE for « $words » with $size generated pages"
            { echo "explain (analyze, buffers)"; cat "$work/search.sql"; } \
                | psql_db -v q="'$words'" -v limit=10 -v offset=0 -v ranked="$ranked"
        done
    } > "$out/explain-$size.txt"
    echo "   plans in bench/out/explain-$size.txt"

    all="$work/all-$size.txt"
    : > "$all"
    echo "   load average before timing: $(cut -d ' ' -f 1-3 /proc/loadavg) ($(nproc) cores)"
    printf '   %-28s %8s %10s %10s\n' "query" "hits" "median ms" "p95 ms"
    while IFS= read -r words; do
        [ -z "$words" ] && continue
        rm -f "$work"/log.*
        # One session per query, as one pooled connection of the site: a prepared statement, whose first runs
        # (planned for their parameters before PostgreSQL settles on a generic plan) are not counted.
        pgbench -n -M prepared -t $((warm_up + repeat)) -f "$work/search.sql" -D q="$words" "${params[@]}" \
            -l --log-prefix="$work/log" "$db" >/dev/null
        cat "$work"/log.* | awk -v skip="$warm_up" '$2 > skip { printf "%.3f\n", $3 / 1000 }' > "$work/one.txt"
        cat "$work/one.txt" >> "$all"
        printf '   %-28s %8s %10s %10s\n' "$words" "$(hits "$words")" \
            "$(percentile 50 "$work/one.txt")" "$(percentile 95 "$work/one.txt")"
    done < "$here/queries.txt"
    printf '   %-28s %8s %10s %10s\n' "ALL ($(wc -l < "$all") runs)" "" \
        "$(percentile 50 "$all")" "$(percentile 95 "$all")"
    echo "   load average after timing: $(cut -d ' ' -f 1-3 /proc/loadavg)"
done
