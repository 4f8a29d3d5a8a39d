-- Gameplan schema (PostgreSQL): the organisation's pace thresholds in whole percent of the target due so far: on track
-- from OnTrackPercent, at risk from AtRiskPercent, off track below. The defaults are the rule before they were
-- settings (100 and 80), so no organisation's statuses change. Written by hand (see docs/decisions/0002-hand-written-migrations.md); statements end with a semicolon at line end.

ALTER TABLE "Organizations" ADD "OnTrackPercent" integer NOT NULL DEFAULT 100;
ALTER TABLE "Organizations" ADD "AtRiskPercent" integer NOT NULL DEFAULT 80;

ALTER TABLE "Organizations" ALTER COLUMN "OnTrackPercent" DROP DEFAULT;
ALTER TABLE "Organizations" ALTER COLUMN "AtRiskPercent" DROP DEFAULT;
