-- Gameplan schema (PostgreSQL): many organisations per installation (issue 16). A system administrator
-- (an account flag, granted only by the CLI) creates, suspends and deletes organisations; a suspended
-- organisation keeps its data while nobody of it signs in.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md).

ALTER TABLE "Organizations" ADD "SuspendedAt" timestamp with time zone NULL;

ALTER TABLE "AspNetUsers" ADD "IsSystemAdministrator" boolean NOT NULL DEFAULT FALSE;
