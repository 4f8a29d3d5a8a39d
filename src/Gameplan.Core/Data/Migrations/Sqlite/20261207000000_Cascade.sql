-- Gameplan schema (Sqlite): the cascade. A plan names the parent plan it carries out (by id; by the
-- name an imported file gave while no plan matches it) and the parent's strategy or goal by key; a
-- goal names the parent goal it contributes to and the amount, in that goal's unit.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md).

ALTER TABLE "Plans" ADD COLUMN "ParentPlanId" INTEGER NULL CONSTRAINT "FK_Plans_Plans_ParentPlanId" REFERENCES "Plans" ("Id") ON DELETE SET NULL;

ALTER TABLE "Plans" ADD COLUMN "ParentPlanName" TEXT NULL;

ALTER TABLE "Plans" ADD COLUMN "ParentStrategyKey" TEXT NULL;

ALTER TABLE "Plans" ADD COLUMN "ParentGoalKey" TEXT NULL;

CREATE INDEX "IX_Plans_ParentPlanId" ON "Plans" ("ParentPlanId");

ALTER TABLE "Goals" ADD COLUMN "ContributesTo" TEXT NULL;

ALTER TABLE "Goals" ADD COLUMN "ContributionAmount" TEXT NULL;
