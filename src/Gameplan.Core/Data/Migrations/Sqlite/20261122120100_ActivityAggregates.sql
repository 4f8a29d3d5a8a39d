-- Gameplan schema (Sqlite): activity aggregates per person x metric x day and x month, kept by the
-- ActivityWriter in the same transaction as every log insert, so reads never scan the raw log;
-- people get an optional work e-mail (imports match CRM rows by it); every commitment metric gets
-- a Metric row. Written by hand (see docs/decisions/0002-hand-written-migrations.md).

ALTER TABLE "People" ADD COLUMN "Email" TEXT NULL;

CREATE UNIQUE INDEX "IX_People_OrganizationId_Email" ON "People" ("OrganizationId", "Email") WHERE "Email" IS NOT NULL;

-- WITHOUT ROWID: the primary key is the table (one b-tree per upsert instead of two). Dates are
-- day numbers (days since 0001-01-01) as in the log; Month is the first day of the month.
CREATE TABLE "ActivityDays" (
    "OrganizationId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "MetricId" INTEGER NOT NULL,
    "Date" INTEGER NOT NULL,
    "Quantity" REAL NOT NULL,
    "Entries" INTEGER NOT NULL,
    CONSTRAINT "PK_ActivityDays" PRIMARY KEY ("OrganizationId", "PersonId", "MetricId", "Date"),
    CONSTRAINT "FK_ActivityDays_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE "ActivityMonths" (
    "OrganizationId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "MetricId" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "Quantity" REAL NOT NULL,
    "Entries" INTEGER NOT NULL,
    CONSTRAINT "PK_ActivityMonths" PRIMARY KEY ("OrganizationId", "PersonId", "MetricId", "Month"),
    CONSTRAINT "FK_ActivityMonths_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
) WITHOUT ROWID;

INSERT INTO "ActivityDays" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "Entries")
SELECT "OrganizationId", "PersonId", "MetricId", "Date", sum("Quantity"), count(*)
FROM "ActivityLog" GROUP BY "OrganizationId", "PersonId", "MetricId", "Date";

INSERT INTO "ActivityMonths" ("OrganizationId", "PersonId", "MetricId", "Month", "Quantity", "Entries")
SELECT "OrganizationId", "PersonId", "MetricId", CAST(julianday("Date" + 1721425.5, 'start of month') - 1721425.5 AS INTEGER), sum("Quantity"), sum("Entries")
FROM "ActivityDays" GROUP BY "OrganizationId", "PersonId", "MetricId", CAST(julianday("Date" + 1721425.5, 'start of month') - 1721425.5 AS INTEGER);

-- One metric per name (compared case-insensitively) that a commitment of the organisation measures.
INSERT INTO "Metrics" ("OrganizationId", "Name", "Unit")
SELECT p."OrganizationId", min(c."Metric"), min(c."Unit")
FROM "Commitments" c
JOIN "Tactics" t ON t."Id" = c."TacticId"
JOIN "Strategies" s ON s."Id" = t."StrategyId"
JOIN "Plans" p ON p."Id" = s."PlanId"
WHERE NOT EXISTS (SELECT 1 FROM "Metrics" m WHERE m."OrganizationId" = p."OrganizationId" AND lower(m."Name") = lower(c."Metric"))
GROUP BY p."OrganizationId", lower(c."Metric");
