-- Gameplan schema (PostgreSQL): the cascade. A plan names the parent plan it carries out (by id; by
-- the name an imported file gave while no plan matches it) and the parent's strategy or goal by key;
-- a goal names the parent goal it contributes to and the amount, in that goal's unit.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md).

ALTER TABLE "Plans" ADD "ParentPlanId" integer NULL;

ALTER TABLE "Plans" ADD "ParentPlanName" character varying(200) NULL;

ALTER TABLE "Plans" ADD "ParentStrategyKey" character varying(40) NULL;

ALTER TABLE "Plans" ADD "ParentGoalKey" character varying(40) NULL;

ALTER TABLE "Plans" ADD CONSTRAINT "FK_Plans_Plans_ParentPlanId" FOREIGN KEY ("ParentPlanId") REFERENCES "Plans" ("Id") ON DELETE SET NULL;

CREATE INDEX "IX_Plans_ParentPlanId" ON "Plans" ("ParentPlanId");

ALTER TABLE "Goals" ADD "ContributesTo" character varying(40) NULL;

ALTER TABLE "Goals" ADD "ContributionAmount" numeric(18,4) NULL;
