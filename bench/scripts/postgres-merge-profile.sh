#!/bin/sh
# EXPLAIN ANALYZE of one 50,000-row batch of the PostgreSQL activity writer's merge (the SQL of
# src/Gameplan.Core/Activities/PostgresActivitySink.cs, copied here), on a throw-away database
# built from the migrations with 1,000 people, with and without statistics on People. Shows the
# time per foreign-key trigger. Dropped at the end.
# Usage (repository root): PGHOST=127.0.0.1 PGUSER=gameplan PGPASSWORD=... bench/scripts/postgres-merge-profile.sh [analyze]
# Needs the CSV of `activities generate --reps 1000` in /tmp/gameplan-bench.
set -eu
db=gameplan_bench_merge_profile
csv=/tmp/gameplan-bench/activities-1000.csv
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
for f in src/Gameplan.Core/Data/Migrations/Postgres/*.sql; do
    psql -X -q -v ON_ERROR_STOP=1 -d $db -f "$f" >/dev/null
done
analyze=""
[ "${1:-}" = analyze ] && analyze='ANALYZE "People", "Metrics", "Organizations";'
psql -X -q -v ON_ERROR_STOP=1 -d $db <<SQL | grep -E 'Insert on|Trigger|Execution Time'
INSERT INTO "Organizations" ("Name", "Settings") VALUES ('Bench', '{}');
INSERT INTO "Metrics" ("OrganizationId", "Name", "Unit") VALUES (1,'calls','count'), (1,'emails','count'), (1,'meetings','count'), (1,'demos','count'), (1,'prospecting_minutes','minutes');
INSERT INTO "People" ("OrganizationId", "Handle", "Name", "Role", "IsActive") SELECT 1, 'rep' || lpad(i::text, 5, '0'), 'Rep ' || i, 'Rep', true FROM generate_series(0, 999) i;
$analyze
CREATE TEMP TABLE raw (date date, person text, metric text, quantity double precision, external_id text);
\copy raw FROM program 'head -n 50001 $csv' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE activity_staging AS SELECT (row_number() OVER ())::int AS seq, p."Id" AS person_id, m."Id" AS metric_id, r.date AS day, r.quantity, r.external_id, NULL::varchar(500) AS note
FROM raw r JOIN "People" p ON p."Handle" = r.person JOIN "Metrics" m ON m."Name" = r.metric;
EXPLAIN (ANALYZE, TIMING) WITH stored AS (
    INSERT INTO "ActivityLog" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "ExternalId", "Note")
    SELECT DISTINCT ON (external_id) 1, person_id, metric_id, day, quantity, external_id, note
    FROM activity_staging ORDER BY external_id, seq
    ON CONFLICT ("OrganizationId", "ExternalId") WHERE "ExternalId" IS NOT NULL DO NOTHING
    RETURNING "PersonId", "MetricId", "Date", "Quantity"),
days AS (
    INSERT INTO "ActivityDays" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "Entries")
    SELECT 1, "PersonId", "MetricId", "Date", sum("Quantity"), count(*) FROM stored
    GROUP BY "PersonId", "MetricId", "Date" ORDER BY "PersonId", "MetricId", "Date"
    ON CONFLICT ("OrganizationId", "PersonId", "MetricId", "Date")
    DO UPDATE SET "Quantity" = "ActivityDays"."Quantity" + excluded."Quantity", "Entries" = "ActivityDays"."Entries" + excluded."Entries"),
months AS (
    INSERT INTO "ActivityMonths" ("OrganizationId", "PersonId", "MetricId", "Month", "Quantity", "Entries")
    SELECT 1, "PersonId", "MetricId", date_trunc('month', "Date")::date, sum("Quantity"), count(*) FROM stored
    GROUP BY "PersonId", "MetricId", date_trunc('month', "Date")::date ORDER BY 2, 3, 4
    ON CONFLICT ("OrganizationId", "PersonId", "MetricId", "Month")
    DO UPDATE SET "Quantity" = "ActivityMonths"."Quantity" + excluded."Quantity", "Entries" = "ActivityMonths"."Entries" + excluded."Entries")
SELECT count(*)::int FROM stored;
SQL
