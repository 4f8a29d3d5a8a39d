-- Gameplan schema (Sqlite): "today" is the calendar day in a time zone. Every organisation gets one
-- (an IANA id; existing organisations keep counting in UTC, as before), and a person may set their
-- own (null: the organisation's). Written by hand (see docs/decisions/0002-hand-written-migrations.md).

ALTER TABLE "Organizations" ADD COLUMN "TimeZone" TEXT NOT NULL DEFAULT 'UTC';

ALTER TABLE "People" ADD COLUMN "TimeZone" TEXT NULL;
