-- Gameplan schema (Sqlite): the organisation's fiscal year (the month it starts in) and its planning
-- cycles: a period's timeline (opens, drafts due, reviews due). Dates are inclusive.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md).

ALTER TABLE "Organizations" ADD COLUMN "FiscalYearStartMonth" INTEGER NOT NULL DEFAULT 1;

CREATE TABLE "PlanningCycles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PlanningCycles" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "PeriodStart" TEXT NOT NULL,
    "PeriodEnd" TEXT NOT NULL,
    "Opens" TEXT NOT NULL,
    "DraftsDue" TEXT NOT NULL,
    "ReviewsDue" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PlanningCycles_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_PlanningCycles_OrganizationId_PeriodStart" ON "PlanningCycles" ("OrganizationId", "PeriodStart");
