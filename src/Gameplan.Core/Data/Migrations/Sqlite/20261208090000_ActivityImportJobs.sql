-- Gameplan schema (Sqlite): activity CSV uploads (issue 16): each upload's job (stage, progress, preview or
-- summary, the app instance working on it and its heartbeat) and the uploaded file in pieces of a
-- megabyte, so that any app instance reports and resumes it (docs/decisions/0050-import-jobs-live-in-the-database.md).
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md).

CREATE TABLE "ActivityImportJobs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ActivityImportJobs" PRIMARY KEY,
    "OrganizationId" INTEGER NOT NULL,
    "UserId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "MappingName" TEXT NOT NULL,
    "Mapping" TEXT NOT NULL,
    "Stage" TEXT NOT NULL,
    "SkipInvalid" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "PreviewedAt" TEXT NULL,
    "BytesRead" INTEGER NULL,
    "Rows" INTEGER NULL,
    "Storing" INTEGER NOT NULL,
    "Preview" TEXT NULL,
    "Summary" TEXT NULL,
    "Error" TEXT NULL,
    "Holder" TEXT NOT NULL,
    "HeartbeatAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Takeovers" INTEGER NOT NULL,
    CONSTRAINT "FK_ActivityImportJobs_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ActivityImportFileChunks" (
    "JobId" TEXT NOT NULL,
    "Index" INTEGER NOT NULL,
    "Data" BLOB NOT NULL,
    CONSTRAINT "PK_ActivityImportFileChunks" PRIMARY KEY ("JobId", "Index"),
    CONSTRAINT "FK_ActivityImportFileChunks_ActivityImportJobs_JobId" FOREIGN KEY ("JobId") REFERENCES "ActivityImportJobs" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ActivityImportJobs_OrganizationId_UserId" ON "ActivityImportJobs" ("OrganizationId", "UserId");

CREATE INDEX "IX_ActivityImportJobs_Stage" ON "ActivityImportJobs" ("Stage");
