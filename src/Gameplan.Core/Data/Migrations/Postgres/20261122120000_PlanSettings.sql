-- Gameplan schema (PostgreSQL): critique settings per organisation and per plan (one JSON text
-- column each, spelled like a plan file's settings; '{}' sets nothing), and tactics tied to no
-- strategy: every tactic now belongs to its plan directly, its strategy link is optional, and
-- tactic keys are unique per plan. Written by hand (see docs/decisions/0002-hand-written-migrations.md).

ALTER TABLE "Organizations" ADD "Settings" character varying(8000) NOT NULL DEFAULT '{}';

ALTER TABLE "Plans" ADD "Settings" character varying(8000) NOT NULL DEFAULT '{}';

ALTER TABLE "Organizations" ALTER COLUMN "Settings" DROP DEFAULT;

ALTER TABLE "Plans" ALTER COLUMN "Settings" DROP DEFAULT;

ALTER TABLE "Tactics" ADD "PlanId" integer NULL;

UPDATE "Tactics" SET "PlanId" = s."PlanId" FROM "Strategies" s WHERE s."Id" = "Tactics"."StrategyId";

ALTER TABLE "Tactics" ALTER COLUMN "PlanId" SET NOT NULL;

ALTER TABLE "Tactics" ALTER COLUMN "StrategyId" DROP NOT NULL;

ALTER TABLE "Tactics" ADD CONSTRAINT "FK_Tactics_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE;

DROP INDEX "IX_Tactics_StrategyId_Key";

CREATE UNIQUE INDEX "IX_Tactics_PlanId_Key" ON "Tactics" ("PlanId", "Key");

CREATE INDEX "IX_Tactics_StrategyId" ON "Tactics" ("StrategyId");
