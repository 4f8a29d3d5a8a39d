-- Gameplan schema, migration 2 (Sqlite): the activity log and its metric catalogue, sized for tens of millions of rows.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md); statements end with a semicolon at line end.

CREATE TABLE "Metrics" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Metrics" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    CONSTRAINT "AK_Metrics_OrganizationId_Id" UNIQUE ("OrganizationId", "Id"),
    CONSTRAINT "FK_Metrics_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ActivityLog" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActivityLog" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "MetricId" INTEGER NOT NULL,
    "Date" INTEGER NOT NULL,
    "Quantity" REAL NOT NULL,
    "ExternalId" TEXT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_ActivityLog_Metrics_OrganizationId_MetricId" FOREIGN KEY ("OrganizationId", "MetricId") REFERENCES "Metrics" ("OrganizationId", "Id"),
    CONSTRAINT "FK_ActivityLog_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ActivityLog_People_OrganizationId_PersonId" FOREIGN KEY ("OrganizationId", "PersonId") REFERENCES "People" ("OrganizationId", "Id")
);

CREATE UNIQUE INDEX "IX_ActivityLog_OrganizationId_ExternalId" ON "ActivityLog" ("OrganizationId", "ExternalId") WHERE "ExternalId" IS NOT NULL;

CREATE INDEX "IX_ActivityLog_OrganizationId_MetricId_Date" ON "ActivityLog" ("OrganizationId", "MetricId", "Date");

CREATE INDEX "IX_ActivityLog_OrganizationId_PersonId_Date" ON "ActivityLog" ("OrganizationId", "PersonId", "Date");

CREATE UNIQUE INDEX "IX_Metrics_OrganizationId_Name" ON "Metrics" ("OrganizationId", "Name");
