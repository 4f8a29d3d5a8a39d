-- Gameplan schema (PostgreSQL): "today" is the calendar day in a time zone. Every organisation gets
-- one (an IANA id; existing organisations keep counting in UTC, as before), and a person may set
-- their own (null: the organisation's). Written by hand (see docs/decisions/0002-hand-written-migrations.md).

ALTER TABLE "Organizations" ADD "TimeZone" character varying(64) NOT NULL DEFAULT 'UTC';

ALTER TABLE "Organizations" ALTER COLUMN "TimeZone" DROP DEFAULT;

ALTER TABLE "People" ADD "TimeZone" character varying(64) NULL;
