-- Gameplan schema (Postgres): fewer objects for every activity write to maintain (ADR 9, "Later").
-- The aggregates lose their foreign keys to Organizations (a trigger per upserted row): the
-- composite primary key already names the organisation, the rows are derived from the log (whose
-- keys check person, metric and organisation), and nothing deletes organisations. The log loses
-- its (OrganizationId, MetricId, Date) index: no read filters the log by metric (pace reads the
-- aggregates); the metric foreign key stays, checked on insert through the Metrics key, and
-- metrics are never deleted, so no index on the log is needed for it.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md); statements end with a semicolon at line end.

ALTER TABLE "ActivityDays" DROP CONSTRAINT "FK_ActivityDays_Organizations_OrganizationId";

ALTER TABLE "ActivityMonths" DROP CONSTRAINT "FK_ActivityMonths_Organizations_OrganizationId";

DROP INDEX "IX_ActivityLog_OrganizationId_MetricId_Date";
