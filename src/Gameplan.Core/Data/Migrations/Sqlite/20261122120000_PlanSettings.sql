-- Gameplan schema (Sqlite): critique settings per organisation and per plan (one JSON text column
-- each, spelled like a plan file's settings; '{}' sets nothing), and tactics tied to no strategy:
-- every tactic now belongs to its plan directly, its strategy link is optional, and tactic keys
-- are unique per plan. SQLite cannot change a column's constraints, so Tactics is rebuilt (the
-- migration class turns foreign keys off around it, so commitments and authors are kept).
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md).

ALTER TABLE "Organizations" ADD COLUMN "Settings" TEXT NOT NULL DEFAULT '{}';

ALTER TABLE "Plans" ADD COLUMN "Settings" TEXT NOT NULL DEFAULT '{}';

CREATE TABLE "ef_temp_Tactics" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Tactics" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "StrategyId" INTEGER NULL,
    "Key" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "OwnerId" INTEGER NULL,
    "OwnerIsTeam" INTEGER NOT NULL,
    "Start" TEXT NULL,
    "Due" TEXT NULL,
    "Resources" TEXT NULL,
    "EffortHours" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_Tactics_People_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_Tactics_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Tactics_Strategies_StrategyId" FOREIGN KEY ("StrategyId") REFERENCES "Strategies" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_Tactics" ("Id", "PlanId", "StrategyId", "Key", "Action", "OwnerId", "OwnerIsTeam", "Start", "Due", "Resources", "EffortHours", "Status", "Position")
SELECT t."Id", s."PlanId", t."StrategyId", t."Key", t."Action", t."OwnerId", t."OwnerIsTeam", t."Start", t."Due", t."Resources", t."EffortHours", t."Status", t."Position"
FROM "Tactics" t JOIN "Strategies" s ON s."Id" = t."StrategyId";

DROP TABLE "Tactics";

ALTER TABLE "ef_temp_Tactics" RENAME TO "Tactics";

CREATE INDEX "IX_Tactics_OwnerId" ON "Tactics" ("OwnerId");

CREATE UNIQUE INDEX "IX_Tactics_PlanId_Key" ON "Tactics" ("PlanId", "Key");

CREATE INDEX "IX_Tactics_StrategyId" ON "Tactics" ("StrategyId");
