#!/bin/sh
# The engine's share of the SQLite import (bench/README.md, Activities): the rows an import stored,
# inserted again in one INSERT ... SELECT inside sqlite3 with all indexes and foreign keys, without
# foreign keys, without the two secondary indexes, and without any index. "user" is CPU seconds.
# Usage: bench/scripts/sqlite-insert-profile.sh /tmp/gameplan-bench/gameplan-200.db
set -eu
db="$1"
copy="$(mktemp -d)/profile.db"
cp "$db" "$copy"
insert='BEGIN; INSERT OR IGNORE INTO ActivityLog (OrganizationId,PersonId,MetricId,Date,Quantity,ExternalId,Note) SELECT OrganizationId,PersonId,MetricId,Date,Quantity,ExternalId,Note FROM src; COMMIT;'
sqlite3 "$copy" <<SQL
PRAGMA journal_mode=WAL;
PRAGMA cache_size=-131072;
CREATE TEMP TABLE src AS SELECT * FROM ActivityLog;
DELETE FROM ActivityDays; DELETE FROM ActivityMonths; DELETE FROM ActivityLog;
.timer on
.print all indexes, foreign keys on
PRAGMA foreign_keys=ON;
$insert
.timer off
DELETE FROM ActivityLog;
.timer on
.print foreign keys off
PRAGMA foreign_keys=OFF;
$insert
.timer off
DELETE FROM ActivityLog;
DROP INDEX IF EXISTS IX_ActivityLog_OrganizationId_MetricId_Date; -- gone since migration 20261122150000
DROP INDEX IX_ActivityLog_OrganizationId_PersonId_Date;
.timer on
.print without the two secondary indexes
$insert
.timer off
DELETE FROM ActivityLog;
DROP INDEX IX_ActivityLog_OrganizationId_ExternalId;
.timer on
.print without any index
$insert
SQL
rm -rf "$(dirname "$copy")"
