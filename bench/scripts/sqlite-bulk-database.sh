#!/bin/sh
# Fills a migrated, seeded SQLite database with a generated CSV by plain SQL inside sqlite3 (the log,
# then the day and month aggregates as the migration computes them), for the pace and dashboard
# steps when Gameplan's own import of 12.5M rows takes too long on a busy machine. Not a
# measurement: the result holds the same rows the import would store.
# Usage: bench/scripts/sqlite-bulk-database.sh SEEDED.db ACTIVITIES.csv
set -eu
db="$1"
csv="$2"
sqlite3 "$db" <<SQL
PRAGMA journal_mode=WAL;
PRAGMA cache_size=-262144;
PRAGMA temp_store=FILE;
CREATE TEMP TABLE raw (date TEXT, person TEXT, metric TEXT, quantity REAL, external_id TEXT);
.import --csv --skip 1 $csv raw
BEGIN;
-- DateOnly.DayNumber 0 (0001-01-01) is Julian day 1721425.5.
INSERT INTO "ActivityLog" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "ExternalId", "Note")
SELECT p."OrganizationId", p."Id", m."Id", CAST(julianday(r.date) - 1721425.5 AS INTEGER), r.quantity, r.external_id, NULL
FROM raw r JOIN "People" p ON p."Handle" = r.person JOIN "Metrics" m ON m."Name" = r.metric AND m."OrganizationId" = p."OrganizationId";
INSERT INTO "ActivityDays" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "Entries")
SELECT "OrganizationId", "PersonId", "MetricId", "Date", sum("Quantity"), count(*)
FROM "ActivityLog" GROUP BY "OrganizationId", "PersonId", "MetricId", "Date";
INSERT INTO "ActivityMonths" ("OrganizationId", "PersonId", "MetricId", "Month", "Quantity", "Entries")
SELECT "OrganizationId", "PersonId", "MetricId", CAST(julianday("Date" + 1721425.5, 'start of month') - 1721425.5 AS INTEGER), sum("Quantity"), sum("Entries")
FROM "ActivityDays" GROUP BY "OrganizationId", "PersonId", "MetricId", CAST(julianday("Date" + 1721425.5, 'start of month') - 1721425.5 AS INTEGER);
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SELECT count(*) || ' log rows, ' || (SELECT count(*) FROM "ActivityDays") || ' day rows, ' || (SELECT count(*) FROM "ActivityMonths") || ' month rows' FROM "ActivityLog";
SQL
