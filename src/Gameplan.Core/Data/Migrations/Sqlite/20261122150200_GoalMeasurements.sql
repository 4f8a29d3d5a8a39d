-- Gameplan schema (Sqlite): goal measurements, a goal's metric as measured on a day (entered or
-- imported), beside the plan aggregate (docs/decisions/0011-goal-measurements-beside-the-plan.md).
-- Goals already keep their direction and baseline (Initial). Deleting a goal deletes its measurements.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md); statements end with a semicolon at line end.

CREATE TABLE "GoalMeasurements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GoalMeasurements" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "GoalId" INTEGER NOT NULL,
    "Date" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "Note" TEXT NULL,
    "Source" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" TEXT NOT NULL,
    CONSTRAINT "FK_GoalMeasurements_Goals_GoalId" FOREIGN KEY ("GoalId") REFERENCES "Goals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GoalMeasurements_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_GoalMeasurements_GoalId_Date" ON "GoalMeasurements" ("GoalId", "Date");

CREATE INDEX "IX_GoalMeasurements_OrganizationId" ON "GoalMeasurements" ("OrganizationId");
