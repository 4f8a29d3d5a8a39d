-- Gameplan schema (PostgreSQL): where a person lands when they open Gameplan (Inbox, MyDay or Plans);
-- null means their role's default. Written by hand (see docs/decisions/0002-hand-written-migrations.md).

ALTER TABLE "People" ADD "Home" character varying(20) NULL;
