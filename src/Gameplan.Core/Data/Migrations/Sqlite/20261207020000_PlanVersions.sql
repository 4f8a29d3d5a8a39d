-- Gameplan schema (Sqlite): plan versions, the plan file of a plan as it was submitted or approved, numbered
-- per plan, beside the plan aggregate (docs/decisions/0027-plan-versions-are-plan-files.md). Deleting a plan
-- deletes its versions. The organisation's reapproval rule: which changes to an approved plan send it back to
-- review (existing organisations get the default, goals and strategies).
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md); statements end with a semicolon at line end.

CREATE TABLE "PlanVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PlanVersions" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "PlanId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "File" TEXT NOT NULL,
    "By" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Reason" TEXT NULL,
    CONSTRAINT "FK_PlanVersions_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PlanVersions_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_PlanVersions_PlanId_Number" ON "PlanVersions" ("PlanId", "Number");

CREATE INDEX "IX_PlanVersions_OrganizationId" ON "PlanVersions" ("OrganizationId");

ALTER TABLE "Organizations" ADD COLUMN "Reapproval" TEXT NOT NULL DEFAULT 'GoalsAndStrategies';
