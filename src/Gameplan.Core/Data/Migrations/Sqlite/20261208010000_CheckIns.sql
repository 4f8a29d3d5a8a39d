-- Gameplan schema (Sqlite): weekly check-ins, one a plan, person and week (its due day), with a line per
-- commitment; and the organisation's check-in day (Friday until chosen). A line names its commitment by id
-- without a foreign key, so a removed commitment's weeks stay readable; deleting a plan deletes them.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md); statements end with a semicolon at line end.

ALTER TABLE "Organizations" ADD COLUMN "CheckInDay" TEXT NOT NULL DEFAULT 'Friday';

CREATE TABLE "CheckIns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CheckIns" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "PlanId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "Week" TEXT NOT NULL,
    "Wins" TEXT NULL,
    "Blockers" TEXT NULL,
    "NextFocus" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_CheckIns_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CheckIns_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_CheckIns_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CheckInLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CheckInLines" PRIMARY KEY AUTOINCREMENT,
    "CheckInId" INTEGER NOT NULL,
    "CommitmentId" INTEGER NOT NULL,
    "Actual" TEXT NULL,
    "Confidence" TEXT NOT NULL,
    "Why" TEXT NULL,
    CONSTRAINT "FK_CheckInLines_CheckIns_CheckInId" FOREIGN KEY ("CheckInId") REFERENCES "CheckIns" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CheckInLines_CheckInId" ON "CheckInLines" ("CheckInId");

CREATE INDEX "IX_CheckIns_OrganizationId" ON "CheckIns" ("OrganizationId");

CREATE INDEX "IX_CheckIns_PersonId_Week" ON "CheckIns" ("PersonId", "Week");

CREATE UNIQUE INDEX "IX_CheckIns_PlanId_PersonId_Week" ON "CheckIns" ("PlanId", "PersonId", "Week");
