-- Gameplan schema (Sqlite): the organisation's own plan templates beside the built-in ones (a plan
-- file with placeholders and what it is for). The name is unique in the organisation.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md).

CREATE TABLE "PlanTemplates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PlanTemplates" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Scope" TEXT NOT NULL,
    "Fits" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "AddedBy" TEXT NOT NULL,
    "AddedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PlanTemplates_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_PlanTemplates_OrganizationId_Name" ON "PlanTemplates" ("OrganizationId", "Name");
