-- Gameplan schema (Postgres): activity aggregates per person x metric x day and x month, kept by the
-- ActivityWriter in the same transaction as every log insert, so reads never scan the raw log;
-- people get an optional work e-mail (imports match CRM rows by it); every commitment metric gets
-- a Metric row. Written by hand (see docs/decisions/0002-hand-written-migrations.md).

ALTER TABLE "People" ADD "Email" character varying(254);

CREATE UNIQUE INDEX "IX_People_OrganizationId_Email" ON "People" ("OrganizationId", "Email") WHERE "Email" IS NOT NULL;

-- Month is the first day of the month.
CREATE TABLE "ActivityDays" (
    "OrganizationId" integer NOT NULL,
    "PersonId" integer NOT NULL,
    "MetricId" integer NOT NULL,
    "Date" date NOT NULL,
    "Quantity" double precision NOT NULL,
    "Entries" integer NOT NULL,
    CONSTRAINT "PK_ActivityDays" PRIMARY KEY ("OrganizationId", "PersonId", "MetricId", "Date"),
    CONSTRAINT "FK_ActivityDays_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ActivityMonths" (
    "OrganizationId" integer NOT NULL,
    "PersonId" integer NOT NULL,
    "MetricId" integer NOT NULL,
    "Month" date NOT NULL,
    "Quantity" double precision NOT NULL,
    "Entries" integer NOT NULL,
    CONSTRAINT "PK_ActivityMonths" PRIMARY KEY ("OrganizationId", "PersonId", "MetricId", "Month"),
    CONSTRAINT "FK_ActivityMonths_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

INSERT INTO "ActivityDays" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "Entries")
SELECT "OrganizationId", "PersonId", "MetricId", "Date", sum("Quantity"), count(*)
FROM "ActivityLog" GROUP BY "OrganizationId", "PersonId", "MetricId", "Date";

INSERT INTO "ActivityMonths" ("OrganizationId", "PersonId", "MetricId", "Month", "Quantity", "Entries")
SELECT "OrganizationId", "PersonId", "MetricId", date_trunc('month', "Date")::date, sum("Quantity"), sum("Entries")
FROM "ActivityDays" GROUP BY "OrganizationId", "PersonId", "MetricId", date_trunc('month', "Date")::date;

-- One metric per name (compared case-insensitively) that a commitment of the organisation measures.
INSERT INTO "Metrics" ("OrganizationId", "Name", "Unit")
SELECT p."OrganizationId", min(c."Metric"), min(c."Unit")
FROM "Commitments" c
JOIN "Tactics" t ON t."Id" = c."TacticId"
JOIN "Strategies" s ON s."Id" = t."StrategyId"
JOIN "Plans" p ON p."Id" = s."PlanId"
WHERE NOT EXISTS (SELECT 1 FROM "Metrics" m WHERE m."OrganizationId" = p."OrganizationId" AND lower(m."Name") = lower(c."Metric"))
GROUP BY p."OrganizationId", lower(c."Metric");
