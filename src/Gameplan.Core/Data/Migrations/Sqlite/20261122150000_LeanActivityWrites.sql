-- Gameplan schema (Sqlite): fewer objects for every activity write to maintain (ADR 9, "Later").
-- The aggregates lose their foreign keys to Organizations: the composite primary key already
-- names the organisation, the rows are derived from the log (whose keys check person, metric and
-- organisation), and nothing deletes organisations. SQLite cannot drop a constraint, so both
-- tables are rebuilt. The log loses its (OrganizationId, MetricId, Date) index: no read filters
-- the log by metric (pace reads the aggregates); the metric foreign key stays, checked on insert
-- through the Metrics key, and metrics are never deleted, so no index on the log is needed for it.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md); statements end with a semicolon at line end.

CREATE TABLE "ef_temp_ActivityDays" (
    "OrganizationId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "MetricId" INTEGER NOT NULL,
    "Date" INTEGER NOT NULL,
    "Quantity" REAL NOT NULL,
    "Entries" INTEGER NOT NULL,
    CONSTRAINT "PK_ActivityDays" PRIMARY KEY ("OrganizationId", "PersonId", "MetricId", "Date")
) WITHOUT ROWID;

INSERT INTO "ef_temp_ActivityDays" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "Entries")
SELECT "OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "Entries" FROM "ActivityDays";

DROP TABLE "ActivityDays";

ALTER TABLE "ef_temp_ActivityDays" RENAME TO "ActivityDays";

CREATE TABLE "ef_temp_ActivityMonths" (
    "OrganizationId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "MetricId" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "Quantity" REAL NOT NULL,
    "Entries" INTEGER NOT NULL,
    CONSTRAINT "PK_ActivityMonths" PRIMARY KEY ("OrganizationId", "PersonId", "MetricId", "Month")
) WITHOUT ROWID;

INSERT INTO "ef_temp_ActivityMonths" ("OrganizationId", "PersonId", "MetricId", "Month", "Quantity", "Entries")
SELECT "OrganizationId", "PersonId", "MetricId", "Month", "Quantity", "Entries" FROM "ActivityMonths";

DROP TABLE "ActivityMonths";

ALTER TABLE "ef_temp_ActivityMonths" RENAME TO "ActivityMonths";

DROP INDEX "IX_ActivityLog_OrganizationId_MetricId_Date";
