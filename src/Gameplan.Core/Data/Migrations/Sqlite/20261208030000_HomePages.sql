-- Gameplan schema (Sqlite): where a person lands when they open Gameplan (Inbox, MyDay or Plans);
-- null means their role's default. Written by hand (see docs/decisions/0002-hand-written-migrations.md).

ALTER TABLE "People" ADD COLUMN "Home" TEXT NULL;
