-- Gameplan schema (Sqlite): column mappings for activity CSV files, saved by name per organisation
-- (names compared ignoring case through NormalizedName, the upper-case name).
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md); statements end with a semicolon at line end.

CREATE TABLE "ImportMappings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportMappings" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "NormalizedName" TEXT NOT NULL,
    "Definition" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ImportMappings_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_ImportMappings_OrganizationId_NormalizedName" ON "ImportMappings" ("OrganizationId", "NormalizedName");
