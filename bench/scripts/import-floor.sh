#!/bin/sh
# The engine's floor for issue 5's import: what the database itself takes to store a file's rows the
# way Gameplan must (the log with its unique external-id index and person index, the day and month
# aggregates, one transaction), with no .NET code at all: the rows are parsed, looked up and
# converted into integers beforehand (not timed), then moved by plain SQL in the order an import
# does. Compared, in the same run, with the bulk loader into a bare table that the benchmark's
# ratio uses (sqlite3 .import; psql \copy). If the floor's ratio is below 0.5, no importer on this
# schema can reach 0.5. The schema comes from the migrations; foreign keys are off on SQLite (as in
# the writer's own transactions) and dropped on PostgreSQL (as in a large write).
# Usage (repository root): bench/scripts/import-floor.sh ACTIVITIES.csv [sqlite|postgres|both]
# PostgreSQL: PGHOST, PGUSER, PGPASSWORD as for psql; a throw-away database, dropped at the end.
set -eu
csv="$(realpath "$1")"
which="${2:-both}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rows=$(($(wc -l <"$csv") - 1))

sum_sqlite() { sed -nE 's/^Run Time: real ([0-9.]+).*/\1/p' "$1" | awk '{ s += $1 } END { printf "%.1f", s }'; }
sum_psql() { sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' "$1" | awk '{ s += $1 } END { printf "%.1f", s / 1000 }'; }
now() { date +%s.%N; }
report() { # name, baseline seconds, floor seconds
    awk -v n="$1" -v b="$2" -v f="$3" -v r="$rows" 'BEGIN {
        printf "%s: bulk loader %.1f s (%.0f rows/s); floor %.1f s (%.0f rows/s); floor ratio %.2f (target >= 0.5)\n", n, b, r / b, f, r / f, b / f }'
}

if [ "$which" != postgres ]; then
    db="$work/floor.db"
    for f in src/Gameplan.Core/Data/Migrations/Sqlite/*.sql; do sqlite3 "$db" <"$f"; done
    sqlite3 "$db" "PRAGMA journal_mode=WAL; CREATE TABLE bare (date, person, metric, quantity, external_id);" >/dev/null
    start=$(now)
    sqlite3 "$db" ".import --csv --skip 1 $csv bare"
    baseline=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
    sqlite3 "$db" >/dev/null <<SQL
PRAGMA cache_size=-131072;
DROP TABLE bare;
INSERT INTO "Organizations" ("Name") VALUES ('Floor');
CREATE TEMP TABLE raw (date TEXT, person TEXT, metric TEXT, quantity REAL, external_id TEXT);
.import --csv --skip 1 $csv raw
INSERT INTO "Metrics" ("OrganizationId", "Name", "Unit") SELECT DISTINCT 1, metric, 'count' FROM raw;
INSERT INTO "People" ("OrganizationId", "Handle", "Name", "Role", "IsActive") SELECT DISTINCT 1, person, person, 'Rep', 1 FROM raw;
-- DateOnly.DayNumber 0 (0001-01-01) is Julian day 1721425.5.
CREATE TABLE src AS SELECT p."Id" AS person, m."Id" AS metric, CAST(julianday(r.date) - 1721425.5 AS INTEGER) AS day,
    CAST(julianday(r.date, 'start of month') - 1721425.5 AS INTEGER) AS month, r.quantity, r.external_id
FROM raw r JOIN "People" p ON p."Handle" = r.person JOIN "Metrics" m ON m."Name" = r.metric ORDER BY r.rowid;
DROP TABLE raw;
DROP INDEX "IX_ActivityLog_OrganizationId_PersonId_Date";
SQL
    sqlite3 "$db" >"$work/sqlite.log" <<SQL
PRAGMA cache_size=-131072;
PRAGMA foreign_keys=OFF;
.timer on
BEGIN;
INSERT OR IGNORE INTO "ActivityLog" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "ExternalId", "Note")
SELECT 1, person, metric, day, quantity, external_id, NULL FROM src ORDER BY rowid;
CREATE INDEX "IX_ActivityLog_OrganizationId_PersonId_Date" ON "ActivityLog" ("OrganizationId", "PersonId", "Date");
INSERT INTO "ActivityDays" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "Entries")
SELECT 1, "PersonId", "MetricId", "Date", sum("Quantity"), count(*) FROM "ActivityLog" WHERE "Id" > 0 GROUP BY "PersonId", "MetricId", "Date"
ON CONFLICT ("OrganizationId", "PersonId", "MetricId", "Date") DO UPDATE SET "Quantity" = "Quantity" + excluded."Quantity", "Entries" = "Entries" + excluded."Entries";
INSERT INTO "ActivityMonths" ("OrganizationId", "PersonId", "MetricId", "Month", "Quantity", "Entries")
SELECT 1, person, metric, month, sum(quantity), count(*) FROM src GROUP BY person, metric, month
ON CONFLICT ("OrganizationId", "PersonId", "MetricId", "Month") DO UPDATE SET "Quantity" = "Quantity" + excluded."Quantity", "Entries" = "Entries" + excluded."Entries";
COMMIT;
SQL
    echo "SQLite steps (s): log + unique index, person index, days, months, commit:" \
        "$(sed -nE 's/^Run Time: real ([0-9.]+).*/\1/p' "$work/sqlite.log" | awk '$1 > 0.01' | tr '\n' ' ')"
    report "SQLite" "$baseline" "$(sum_sqlite "$work/sqlite.log")"
fi

if [ "$which" != sqlite ]; then
    pdb=gameplan_bench_import_floor
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $pdb" -c "CREATE DATABASE $pdb"
    trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $pdb WITH (FORCE)"; rm -rf "$work"' EXIT
    for f in src/Gameplan.Core/Data/Migrations/Postgres/*.sql; do psql -X -q -v ON_ERROR_STOP=1 -d $pdb -f "$f" >/dev/null; done
    psql -X -q -v ON_ERROR_STOP=1 -d $pdb -c 'CREATE TABLE bare (date text, person text, metric text, quantity text, external_id text)'
    start=$(now)
    psql -X -q -v ON_ERROR_STOP=1 -d $pdb -c "\\copy bare FROM '$csv' WITH (FORMAT csv, HEADER true)"
    baseline=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
    psql -X -q -v ON_ERROR_STOP=1 -d $pdb >/dev/null <<SQL
DROP TABLE bare;
INSERT INTO "Organizations" ("Name", "Settings") VALUES ('Floor', '{}');
CREATE UNLOGGED TABLE raw (date date, person text, metric text, quantity double precision, external_id text);
\\copy raw FROM '$csv' WITH (FORMAT csv, HEADER true)
INSERT INTO "Metrics" ("OrganizationId", "Name", "Unit") SELECT DISTINCT 1, metric, 'count' FROM raw;
INSERT INTO "People" ("OrganizationId", "Handle", "Name", "Role", "IsActive") SELECT DISTINCT 1, person, person, 'Rep', true FROM raw;
CREATE UNLOGGED TABLE staging AS SELECT (row_number() OVER ())::int AS seq, p."Id" AS person_id, m."Id" AS metric_id, r.date AS day,
    r.quantity, r.external_id::varchar(100) AS external_id, NULL::varchar(500) AS note
FROM raw r JOIN "People" p ON p."Handle" = r.person JOIN "Metrics" m ON m."Name" = r.metric;
DROP TABLE raw;
ANALYZE staging;
SQL
    psql -X -v ON_ERROR_STOP=1 -d $pdb >"$work/postgres.log" <<SQL
\\timing on
BEGIN;
SET LOCAL work_mem = '64MB';
ALTER TABLE "ActivityLog" DROP CONSTRAINT "FK_ActivityLog_Metrics_OrganizationId_MetricId",
    DROP CONSTRAINT "FK_ActivityLog_Organizations_OrganizationId", DROP CONSTRAINT "FK_ActivityLog_People_OrganizationId_PersonId";
DROP INDEX "IX_ActivityLog_OrganizationId_PersonId_Date";
INSERT INTO "ActivityLog" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "ExternalId", "Note")
SELECT DISTINCT ON (external_id) 1, person_id, metric_id, day, quantity, external_id, note FROM staging ORDER BY external_id, seq
ON CONFLICT ("OrganizationId", "ExternalId") WHERE "ExternalId" IS NOT NULL DO NOTHING;
INSERT INTO "ActivityDays" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "Entries")
SELECT 1, person_id, metric_id, day, sum(quantity), count(*) FROM staging GROUP BY 2, 3, 4 ORDER BY 2, 3, 4
ON CONFLICT ("OrganizationId", "PersonId", "MetricId", "Date")
DO UPDATE SET "Quantity" = "ActivityDays"."Quantity" + excluded."Quantity", "Entries" = "ActivityDays"."Entries" + excluded."Entries";
INSERT INTO "ActivityMonths" ("OrganizationId", "PersonId", "MetricId", "Month", "Quantity", "Entries")
SELECT 1, person_id, metric_id, date_trunc('month', day)::date, sum(quantity), count(*) FROM staging GROUP BY 2, 3, 4 ORDER BY 2, 3, 4
ON CONFLICT ("OrganizationId", "PersonId", "MetricId", "Month")
DO UPDATE SET "Quantity" = "ActivityMonths"."Quantity" + excluded."Quantity", "Entries" = "ActivityMonths"."Entries" + excluded."Entries";
CREATE INDEX "IX_ActivityLog_OrganizationId_PersonId_Date" ON "ActivityLog" ("OrganizationId", "PersonId", "Date");
ALTER TABLE "ActivityLog" ADD CONSTRAINT "FK_ActivityLog_Metrics_OrganizationId_MetricId" FOREIGN KEY ("OrganizationId", "MetricId") REFERENCES "Metrics" ("OrganizationId", "Id"),
    ADD CONSTRAINT "FK_ActivityLog_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    ADD CONSTRAINT "FK_ActivityLog_People_OrganizationId_PersonId" FOREIGN KEY ("OrganizationId", "PersonId") REFERENCES "People" ("OrganizationId", "Id");
COMMIT;
SQL
    echo "PostgreSQL steps (s): log + unique index, days, months, person index, foreign keys, commit:" \
        "$(sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' "$work/postgres.log" | awk '$1 > 10 { printf "%.1f ", $1 / 1000 }')"
    report "PostgreSQL" "$baseline" "$(sum_psql "$work/postgres.log")"
fi
