-- Gameplan schema (PostgreSQL): activity CSV uploads (issue 16): each upload's job (stage, progress, preview
-- or summary, the app instance working on it and its heartbeat) and the uploaded file in pieces of a
-- megabyte, so that any app instance reports and resumes it (docs/decisions/0050-import-jobs-live-in-the-database.md).
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md).

CREATE TABLE "ActivityImportJobs" (
    "Id" character varying(32) NOT NULL,
    "OrganizationId" integer NOT NULL,
    "UserId" integer NOT NULL,
    "FileName" character varying(255) NOT NULL,
    "Size" bigint NOT NULL,
    "MappingName" character varying(300) NOT NULL,
    "Mapping" character varying(300000) NOT NULL,
    "Stage" character varying(20) NOT NULL,
    "SkipInvalid" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "PreviewedAt" timestamp with time zone NULL,
    "BytesRead" bigint NULL,
    "Rows" bigint NULL,
    "Storing" boolean NOT NULL,
    "Preview" character varying(2000000) NULL,
    "Summary" character varying(2000000) NULL,
    "Error" character varying(1000) NULL,
    "Holder" character varying(200) NOT NULL,
    "HeartbeatAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    "Takeovers" integer NOT NULL,
    CONSTRAINT "PK_ActivityImportJobs" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ActivityImportJobs_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ActivityImportFileChunks" (
    "JobId" character varying(32) NOT NULL,
    "Index" integer NOT NULL,
    "Data" bytea NOT NULL,
    CONSTRAINT "PK_ActivityImportFileChunks" PRIMARY KEY ("JobId", "Index"),
    CONSTRAINT "FK_ActivityImportFileChunks_ActivityImportJobs_JobId" FOREIGN KEY ("JobId") REFERENCES "ActivityImportJobs" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ActivityImportJobs_OrganizationId_UserId" ON "ActivityImportJobs" ("OrganizationId", "UserId");

CREATE INDEX "IX_ActivityImportJobs_Stage" ON "ActivityImportJobs" ("Stage");
