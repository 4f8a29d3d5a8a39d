-- Gameplan schema (Sqlite): how days read on an organisation's pages, from its locale (null: Gameplan's
-- own "6 Dec 2026"). Written by hand (see docs/decisions/0002-hand-written-migrations.md).

ALTER TABLE "Organizations" ADD COLUMN "DateLocale" TEXT NULL;
