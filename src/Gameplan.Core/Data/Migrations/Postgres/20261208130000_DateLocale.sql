-- Gameplan schema (PostgreSQL): how days read on an organisation's pages, from its locale (null:
-- Gameplan's own "6 Dec 2026"). Written by hand (see docs/decisions/0002-hand-written-migrations.md).

ALTER TABLE "Organizations" ADD "DateLocale" character varying(20) NULL;
